"""The course's nbgrader configuration, as plain nbgrader commands use it."""

from __future__ import annotations

import copy
import sys

import nbformat

import pytest

from conftest import nbgrader, nbgrader_meta, read_nb, run
from trainer_fixtures import (AUTO_POINTS, CHAPTER, NOTEBOOK, cell, complete, copy_course, release_chapter_one,
                              write_submission)

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


def without(nb, *grade_ids):
    nb.cells = [c for c in nb.cells if nbgrader_meta(c).get("grade_id") not in grade_ids]
    return nb


def test_plain_autograde_puts_a_deleted_test_cell_back_and_grades_it(tmp_path):
    course = release_chapter_one(tmp_path / "ours")
    write_submission(course, "gijs", without(complete(course), "controle-per-persoon"))
    # The answer and its test deleted: nbgrader's own OverwriteCells raises KeyError on this one.
    write_submission(course, "hans", without(complete(course), "per-persoon", "controle-per-persoon"))
    theirs = copy_course(course, tmp_path / "theirs")
    with (theirs / "nbgrader_config.py").open("a") as handle:
        handle.write("from nbgrader.preprocessors import OverwriteCells\n"
                     "from academy_trainer.sanitize import RestoreDeletedCells\n"
                     "c.Autograde.sanitize_preprocessors = [OverwriteCells if p is RestoreDeletedCells else p "
                     "for p in AUTOGRADE_SANITIZERS]\n")

    result = nbgrader("autograde", CHAPTER, cwd=course, check=False)

    assert result.returncode == 0, result.stdout + result.stderr
    assert autograded_score(course, "gijs") == AUTO_POINTS, "the test cell is back, with its hidden tests"
    assert autograded_score(course, "hans") == AUTO_POINTS - 3, "the test is back and fails: no answer"
    for student in ("gijs", "hans"):
        nb = read_nb(course / "autograded" / student / CHAPTER / NOTEBOOK)
        ids = [nbgrader_meta(c).get("grade_id") for c in nb.cells if nbgrader_meta(c)]
        assert ids.index("controle-per-persoon") == ids.index("controle-tel-de-kaarten") + 1 + (student == "gijs")
        restored = cell(nb, "controle-per-persoon").source
        assert restored.startswith("# Deze cel (controle-per-persoon) was weg uit je notebook."), restored
        assert "BEGIN HIDDEN TESTS" in restored

    plain = nbgrader("autograde", CHAPTER, cwd=theirs, check=False)
    assert plain.returncode != 0 and "KeyError: 'per-persoon'" in plain.stdout + plain.stderr
    assert not (theirs / "autograded" / "hans").exists()


def test_release_stops_on_a_config_that_fails_to_load(tmp_path):
    """nbgrader only logs a failing nbgrader_config.py and releases with its defaults: `make release` stops first."""
    course = release_chapter_one(tmp_path)
    check_config = [sys.executable, "-m", "academy_trainer.release", "check-config"]
    assert run(check_config, cwd=course).returncode == 0

    config = course / "nbgrader_config.py"
    config.write_text(config.read_text().replace("from academy_trainer.release", "from academy_trainer.no_such_module"))
    assert nbgrader("generate_assignment", CHAPTER, "--force", cwd=course).returncode == 0  # nbgrader goes on

    result = run(check_config, cwd=course, check=False)
    assert result.returncode == 1
    assert "nbgrader_config.py fails to load" in result.stderr and "no_such_module" in result.stderr


def test_release_check_finds_a_trainer_note_and_an_answer(tmp_path):
    course = release_chapter_one(tmp_path)
    check = [sys.executable, "-m", "academy_trainer.release", "check", "notebooks"]
    assert run(check, cwd=course).returncode == 0

    path = course / "notebooks" / CHAPTER / NOTEBOOK
    nb = read_nb(path)
    nb.cells.append(nbformat.v4.new_markdown_cell("## Voor de trainer", metadata={"tags": ["trainer"]}))
    nb.cells.append(nbformat.v4.new_code_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION"))
    nbformat.write(nb, path)

    result = run(check, cwd=course, check=False)
    assert result.returncode == 1
    assert "a trainer note" in result.stderr and "'BEGIN SOLUTION'" in result.stderr
