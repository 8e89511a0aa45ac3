"""What trainees do to cells must not stop or skew the grading: copied cells, deleted test cells.

Set in the course's ``nbgrader_config.py``, so plain ``nbgrader autograde`` and the
trainer command both use it::

    from academy_trainer.sanitize import AUTOGRADE_SANITIZERS
    c.Autograde.sanitize_preprocessors = AUTOGRADE_SANITIZERS
    c.OverwriteCells.add_missing_cells = True

**A copied cell** (nbgrader #1083, #1933). When a trainee copies a cell, its
nbgrader metadata (the grade_id) is copied too. nbgrader's ``DeduplicateIds``
keeps the last copy and empties the metadata of the others (``"nbgrader": {}``),
but the next step, ``CheckCellMetadata``, then reads that empty dict as an
outdated schema and aborts with "use an old version of the nbgrader metadata
format". ``DropEmptiedMetadata`` finishes what ``DeduplicateIds`` meant: the
earlier copies become plain cells and the notebook is graded.

**A deleted test cell.** With ``OverwriteCells.add_missing_cells`` nbgrader
puts a deleted grade cell back from the gradebook (hidden tests included) and
grades it. It places the cell after the cell that precedes it in the source;
when that cell was deleted too (an answer cell and its test), nbgrader 0.9
raises ``KeyError`` and the whole notebook is not graded. ``RestoreDeletedCells``
places it after the nearest earlier cell that is still there instead.
"""

from __future__ import annotations

from nbgrader import utils
from nbgrader.converters import Autograde
from nbgrader.preprocessors import DeduplicateIds, NbGraderPreprocessor, OverwriteCells


class DropEmptiedMetadata(NbGraderPreprocessor):
    """Remove the ``nbgrader`` metadata that ``DeduplicateIds`` emptied."""

    def preprocess_cell(self, cell, resources, index):
        if cell.get("metadata", {}).get("nbgrader", None) == {}:
            del cell.metadata["nbgrader"]
        return cell, resources


class RestoreDeletedCells(OverwriteCells):
    """nbgrader's ``OverwriteCells``; a deleted grade cell goes back after the nearest earlier cell still there."""

    def add_missing_grade_cells(self, nb, resources):
        source = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        grade_cells = {cell.name: cell for cell in source.grade_cells}
        answers = {cell.name for cell in source.solution_cells}
        present = {cell.metadata.nbgrader["grade_id"]: cell for cell in nb.cells
                   if utils.is_grade(cell) or utils.is_solution(cell)}
        anchor = None  # the last cell, in the source's order, that is in the notebook
        for source_cell in source.source_cells:  # the source's order (nbgrader relies on it too)
            name = source_cell.name
            if name in present:
                anchor = present[name]
                continue
            if name not in grade_cells:
                continue  # a deleted answer cell is not put back (nbgrader does not either)
            self.log.warning("Missing grade cell %s encountered, adding to notebook", name)
            cell = self.missing_cell_transform(source_cell, grade_cells[name].max_score, is_solution=name in answers)
            index = 0 if anchor is None else next(i for i, c in enumerate(nb.cells) if c is anchor) + 1
            nb.cells.insert(index, cell)
            present[name] = anchor = nb.cells[index]
        return nb, resources


def _sanitizers() -> list:
    steps = list(Autograde.class_traits()["sanitize_preprocessors"].default())
    steps.insert(steps.index(DeduplicateIds) + 1, DropEmptiedMetadata)
    steps[steps.index(OverwriteCells)] = RestoreDeletedCells
    return steps


AUTOGRADE_SANITIZERS = _sanitizers()
