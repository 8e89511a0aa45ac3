"""nbgrader configuration of the course (run nbgrader from the repository root)."""

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.converters import GenerateAssignment
from nbgrader.preprocessors import ClearHiddenTests, ComputeChecksums, GetGrades

from academy_trainer.release import RemoveTrainerNotes
from academy_trainer.feedback_page import TEMPLATE_NAME, TEMPLATES, FeedbackPageExporter
from academy_trainer.sanitize import AUTOGRADE_SANITIZERS

c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.course_id = "datagedreven-werken"
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "notebooks"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
# A chapter's hidden checks and figure checks (*_checks.py) stay in source/<chapter>/: never released;
# grading finds the hidden checks there (academy/checks/question.py). nbgrader's own defaults, plus those.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", "*_checks.py"]

# What a trainee sees where an answer goes.
c.ClearSolutions.code_stub = {"python": "# SCHRIJF HIER JE CODE"}
c.ClearSolutions.text_stub = "SCHRIJF HIER JE ANTWOORD"

# Trainer notes never reach trainees: drop them before the checksums are taken.
defaults = list(GenerateAssignment.class_traits()["preprocessors"].default())
defaults.insert(defaults.index(ComputeChecksums), RemoveTrainerNotes)
c.GenerateAssignment.preprocessors = defaults

# A copied answer or test cell must not stop plain `nbgrader autograde` (nbgrader #1083, #1933),
# and a deleted test cell is put back from the gradebook and graded (academy_trainer/sanitize.py).
c.Autograde.sanitize_preprocessors = AUTOGRADE_SANITIZERS
c.OverwriteCells.add_missing_cells = True
# The first line of a cell put back; the trainee reads it in the feedback.
c.OverwriteCells.missing_cell_notification = (
    "Deze cel ({cell_id}) was weg uit je notebook. Bij het nakijken is de cel teruggezet.\n\n")

# A chapter runs in seconds; an endless loop in a submission costs at most this
# many seconds per cell, and the rest of the cohort is graded.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True
# Show the Dutch sentence of a failed check, not a stack of internals.
c.Execute.extra_arguments = ["--InteractiveShell.xmode=Minimal"]

# Feedback handed back must not show hidden tests (nbgrader #917).
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
# The feedback page is Dutch and loads nothing from other hosts (academy_trainer/feedback_page.py).
# Set on the exporter's own class, so formgrader keeps nbgrader's template.
c.GenerateFeedback.exporter_class = FeedbackPageExporter
c.FeedbackPageExporter.template_name = TEMPLATE_NAME
c.FeedbackPageExporter.extra_template_basedirs = [str(TEMPLATES)]
c.FeedbackPageExporter.language_code = "nl"
