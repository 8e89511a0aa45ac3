"""Chapters run in a real Jupyter kernel: sources top to bottom, releases as trainees get them."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT, SOURCE_NOTEBOOKS, nbgrader_meta, read_nb

pytestmark = pytest.mark.slow


def execute(nb, path, allow_errors=False):
    client = NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=allow_errors,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def errors(nb) -> list[int]:
    return [i for i, cell in enumerate(nb.cells)
            if cell.cell_type == "code" and any(o.output_type == "error" for o in cell.get("outputs", []))]


@pytest.mark.parametrize("path", SOURCE_NOTEBOOKS, ids=lambda p: p.parent.name)
def test_source_runs_top_to_bottom_and_every_check_passes(path):
    nb = execute(read_nb(path), path)
    assert not errors(nb)
    checks = [c for c in nb.cells if nbgrader_meta(c).get("grade") and c.cell_type == "code"]
    for cell in checks:
        printed = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
        assert "Goed zo" in printed, f"check {nbgrader_meta(cell)['grade_id']} did not confirm the solution"


@pytest.mark.parametrize("path", SOURCE_NOTEBOOKS, ids=lambda p: p.parent.name)
def test_run_all_on_an_untouched_notebook_reaches_the_end_and_only_checks_fail(path):
    """Run All Cells with every exercise empty: nbclient, like JupyterLab, stops at a cell that raises
    unless it is tagged raises-exception, so the last cell running proves the chapter is not cut short."""
    released = ROOT / "notebooks" / path.parent.name / path.name
    nb = execute(read_nb(released), released)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code_cells), "Run All stopped before the last cell"
    failing = errors(nb)
    tests = [i for i, c in enumerate(nb.cells) if nbgrader_meta(c).get("grade") and c.cell_type == "code"]
    assert failing == tests, "only the (unanswered) checks may fail"
    for index in failing:
        error = next(o for o in nb.cells[index].outputs if o.output_type == "error")
        assert error.ename in ("WrongAnswer", "AssertionError")
        assert "nog niet gemaakt" in error.evalue
        # Only the sentence, no stack of the course's internals (academy sets IPython's Minimal mode).
        shown = "\n".join(error.traceback)
        assert "File " not in shown and "Traceback" not in shown and len(error.traceback) <= 2, shown
