"""Parallel grading loses and doubles nothing: it stores exactly what sequential nbgrader stores.

The workers fork each kernel from a server that imported the libraries once
(academy.trainer.forkkernel); plain nbgrader starts every kernel from scratch.
"""

from __future__ import annotations

import pytest
from nbgrader.api import Comment, Gradebook, Grade, SubmittedAssignment

from academy.trainer.course import Course
from academy.trainer.grading import autograde
from conftest import nbgrader
from trainer_fixtures import (AUTO_POINTS, CHAPTER, copy_course, complete, partly_right, release_chapter_one,
                              released, with_answer, write_submission)

pytestmark = pytest.mark.slow


def gradebook_rows(course):
    """Every grade and comment nbgrader stored, and how many rows there are (a double would show)."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        rows = sorted(
            (s.student.id, nb.name, g.name, g.auto_score, g.needs_manual_grade, nb.late_submission_penalty)
            for s in gradebook.db.query(SubmittedAssignment) for nb in s.notebooks for g in nb.grades)
        rows += sorted((s.student.id, nb.name, c.name, c.auto_comment)
                       for s in gradebook.db.query(SubmittedAssignment) for nb in s.notebooks for c in nb.comments)
        counts = tuple(gradebook.db.query(table).count() for table in (SubmittedAssignment, Grade, Comment))
    return rows, counts


def autograded_files(course):
    return sorted(p.relative_to(course).as_posix() for p in (course / "autograded").rglob("*.ipynb"))


def test_two_workers_store_what_sequential_nbgrader_stores(tmp_path, capfd):
    base = release_chapter_one(tmp_path / "base")
    cohort = {
        "anna": complete(base), "bram": released(base), "cem": partly_right(base),
        "dewi": with_answer(complete(base), "tel-de-kaarten", "aantal_kaarten = '200'"),
        "eva": complete(base), "floor": partly_right(base),
    }
    for student, nb in cohort.items():
        write_submission(base, student, nb)
    write_submission(base, "karin", '{"cells": [')  # not JSON: nbgrader cannot grade it
    sequential = copy_course(base, tmp_path / "sequential")
    parallel = copy_course(base, tmp_path / "parallel")

    nbgrader("autograde", CHAPTER, cwd=sequential, check=False)  # nbgrader's own command, one notebook at a time
    seen = []
    results = autograde(Course(parallel), CHAPTER, workers=2, progress=lambda d, t, r: seen.append((d, r.student)))

    assert sorted(r.student for r in results) == sorted([*cohort, "karin"])
    assert [r.student for r in results if not r.success] == ["karin"]
    assert [d for d, _ in seen] == list(range(1, 8)), "progress counts every trainee once"
    assert gradebook_rows(parallel) == gradebook_rows(sequential)
    assert autograded_files(parallel) == autograded_files(sequential)
    assert "fork kernel server did not start" not in capfd.readouterr().err, "the fast path was used"
    rows, (submissions, grades, comments) = gradebook_rows(parallel)
    assert grades == 7 * 4 and comments == 7 * 4  # three tests and one reflection each; four answer cells
    scores = {r.student: r.score for r in results}
    assert scores["anna"] == scores["eva"] == AUTO_POINTS
    assert scores["bram"] == 0 and scores["cem"] == scores["floor"] == 3 and scores["dewi"] == 5
    for student in cohort:
        assert (parallel / "autograded" / student / CHAPTER / "databasespel.ipynb").exists()

    # Without --force an already graded cohort is skipped (only the failed one is tried again) ...
    again = autograde(Course(parallel), CHAPTER, workers=2)
    assert all("already autograded" in " ".join(r.notes) for r in again if r.student != "karin")
    # ... with --force everyone is graded again, and the gradebook still holds what nbgrader --force stores.
    nbgrader("autograde", CHAPTER, "--force", cwd=sequential, check=False)
    forced = autograde(Course(parallel), CHAPTER, workers=2, force=True)
    assert [r.student for r in forced if not r.success] == ["karin"]
    assert not any("already autograded" in " ".join(r.notes) for r in forced)
    assert gradebook_rows(parallel) == gradebook_rows(sequential)
    assert gradebook_rows(parallel)[1] == (submissions, grades, comments), "nothing doubled"
    assert autograded_files(parallel) == autograded_files(sequential)
