"""A copied answer or test cell must not stop the grading (nbgrader #1083, #1933).

When a trainee copies a cell, its nbgrader metadata (the grade_id) is copied
too. nbgrader's ``DeduplicateIds`` keeps the last copy and empties the
metadata of the others (``"nbgrader": {}``), but the next step,
``CheckCellMetadata``, then reads that empty dict as an outdated schema and
aborts with "use an old version of the nbgrader metadata format". Removing
the emptied metadata finishes what ``DeduplicateIds`` meant: the earlier
copies become plain cells and the notebook is graded.

Set in the course's ``nbgrader_config.py``, so plain ``nbgrader autograde`` and the
trainer command both use it::

    from academy.trainer.duplicates import AUTOGRADE_SANITIZERS
    c.Autograde.sanitize_preprocessors = AUTOGRADE_SANITIZERS
"""

from __future__ import annotations

from nbgrader.converters import Autograde
from nbgrader.preprocessors import DeduplicateIds, NbGraderPreprocessor


class DropEmptiedMetadata(NbGraderPreprocessor):
    """Remove the ``nbgrader`` metadata that ``DeduplicateIds`` emptied."""

    def preprocess_cell(self, cell, resources, index):
        if cell.get("metadata", {}).get("nbgrader", None) == {}:
            del cell.metadata["nbgrader"]
        return cell, resources


def _sanitizers() -> list:
    steps = list(Autograde.class_traits()["sanitize_preprocessors"].default())
    steps.insert(steps.index(DeduplicateIds) + 1, DropEmptiedMetadata)
    return steps


AUTOGRADE_SANITIZERS = _sanitizers()
