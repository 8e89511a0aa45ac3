"""The course's nbgrader configuration, as plain nbgrader commands use it."""

from __future__ import annotations

import copy

import pytest

from conftest import nbgrader, read_nb
from trainer_fixtures import AUTO_POINTS, CHAPTER, NOTEBOOK, cell, complete, release_chapter_one, write_submission

pytestmark = pytest.mark.slow


def autograded_score(course, student: str) -> float:
    nb = read_nb(course / "autograded" / student / CHAPTER / NOTEBOOK)
    points = 0.0
    for c in nb.cells:
        meta = c.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution") and c.cell_type == "code":
            failed = any(o.get("output_type") == "error" for o in c.get("outputs", []))
            points += 0 if failed else meta["points"]
    return points


def test_plain_autograde_grades_a_notebook_with_a_copied_cell(tmp_path):
    """Without the sanitizers nbgrader aborts this trainee: 'old version of the nbgrader metadata format'."""
    course = release_chapter_one(tmp_path)
    doubled = complete(course)
    original = cell(doubled, "kenmerken-per-bron")
    doubled.cells.insert(doubled.cells.index(original), copy.deepcopy(original))  # the copy above the original
    test_cell = cell(doubled, "controle-tel-de-kaarten")
    doubled.cells.insert(doubled.cells.index(test_cell) + 1, copy.deepcopy(test_cell))
    write_submission(course, "ilse", doubled)

    result = nbgrader("autograde", CHAPTER, "--force", cwd=course, check=False)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "old version of the nbgrader metadata format" not in result.stdout + result.stderr
    assert autograded_score(course, "ilse") == AUTO_POINTS
