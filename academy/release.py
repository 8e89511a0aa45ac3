"""nbgrader preprocessors that shape what trainees and the public receive.

Trainer notes (discussion prompts, expected answers, timing) live in cells
tagged ``trainer`` in ``source/``. They are for the trainer edition only:
``RemoveTrainerNotes`` drops them when nbgrader generates the trainee
notebook, next to nbgrader's own removal of solutions and hidden tests.
"""

from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor

TRAINER_TAG = "trainer"


def is_trainer_note(cell) -> bool:
    return TRAINER_TAG in cell.get("metadata", {}).get("tags", [])


class RemoveTrainerNotes(NbGraderPreprocessor):
    """Drop every cell tagged ``trainer``."""

    def preprocess(self, nb, resources):
        nb.cells = [cell for cell in nb.cells if not is_trainer_note(cell)]
        return nb, resources
