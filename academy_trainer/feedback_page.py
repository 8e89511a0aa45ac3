"""The feedback page a trainee gets: nbgrader's feedback HTML, in Dutch, loading nothing from other hosts.

``nbgrader generate_feedback`` renders each graded notebook with an HTML exporter and
nbgrader's English template ("Student's answer", "Comments", MathJax from a CDN).
``nbgrader_config.py`` gives it this exporter instead, with the course's template
``templates/feedback-nl``: Dutch labels, Dutch numbers, no script or style from
elsewhere (the chapters have no formulas, so no MathJax). Formgrader keeps its own
template: only GenerateFeedback uses this class.
"""

from __future__ import annotations

from pathlib import Path

from nbconvert.exporters import HTMLExporter
from traitlets import Bool

from academy import dutch

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "feedback-nl"


class FeedbackPageExporter(HTMLExporter):
    """HTMLExporter whose template can write points the Dutch way (``| dutch_number``).

    No "In [4]:" / "Out[7]:" prompts: English, and of no use to a trainee reading feedback."""

    exclude_input_prompt = Bool(True).tag(config=True)
    exclude_output_prompt = Bool(True).tag(config=True)

    def default_filters(self):
        yield from super().default_filters()
        yield "dutch_number", lambda value: dutch.short(float(value), 2)
