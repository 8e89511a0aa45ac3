"""Parallel grading loses and doubles nothing: it stores exactly what sequential nbgrader stores.

The workers fork each kernel from a server that imported the libraries once
(academy_trainer.forkkernel); plain nbgrader starts every kernel from scratch.
"""

from __future__ import annotations

import shutil
import signal

import pytest
from nbgrader.api import Comment, Gradebook, Grade, SubmittedAssignment

from academy_trainer.course import Course
from academy_trainer.grading import autograde_chapters
from conftest import nbgrader
from trainer_fixtures import (AUTO_POINTS, CHAPTER, cell, copy_course, complete, partly_right, release_chapter_one,
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


def test_two_workers_store_what_sequential_nbgrader_stores(tmp_path):
    base = release_chapter_one(tmp_path / "base")
    cohort = {
        "anna": complete(base), "bram": released(base), "cem": partly_right(base),
        "dewi": with_answer(complete(base), "tel-de-kaarten", "aantal_kaarten = '200'"),
        "eva": complete(base), "floor": partly_right(base),
    }
    for student, nb in cohort.items():
        write_submission(base, student, nb)
    write_submission(base, "karin", '{"cells": [')  # cut off: broken, never handed to nbgrader
    sequential = copy_course(base, tmp_path / "sequential")
    parallel = copy_course(base, tmp_path / "parallel")
    shutil.rmtree(sequential / "submitted" / "karin")  # nbgrader would store a 0 for it; the trainer stores nothing

    nbgrader("autograde", CHAPTER, cwd=sequential, check=False)  # nbgrader's own command, one notebook at a time
    seen = []
    results = autograde_chapters(Course(parallel), [CHAPTER], workers=2,
                                 progress=lambda d, t, r: seen.append((d, r.student)))

    assert sorted(r.student for r in results) == sorted([*cohort, "karin"])
    assert [r.student for r in results if not r.success] == ["karin"] and results[-1].broken
    assert [d for d, _ in seen] == list(range(1, 7)), "progress counts every graded trainee once"
    assert gradebook_rows(parallel) == gradebook_rows(sequential)
    assert autograded_files(parallel) == autograded_files(sequential)
    assert "fork kernel server did not start" not in (parallel / "trainer.log").read_text(), "the fast path was used"
    rows, (submissions, grades, comments) = gradebook_rows(parallel)
    assert submissions == 6 and grades == 6 * 4 and comments == 6 * 4  # three tests and one reflection each
    scores = {r.student: r.score for r in results}
    assert scores["anna"] == scores["eva"] == AUTO_POINTS
    assert scores["bram"] == 0 and scores["cem"] == scores["floor"] == 3 and scores["dewi"] == 5
    for student in cohort:
        assert (parallel / "autograded" / student / CHAPTER / "databasespel.ipynb").exists()

    # Without --force an already graded cohort is skipped (the broken one is reported again) ...
    again = autograde_chapters(Course(parallel), [CHAPTER], workers=2)
    assert all("already autograded" in " ".join(r.notes) for r in again if r.student != "karin")
    # ... with --force everyone is graded again, and the gradebook still holds what nbgrader --force stores.
    nbgrader("autograde", CHAPTER, "--force", cwd=sequential, check=False)
    forced = autograde_chapters(Course(parallel), [CHAPTER], workers=2, force=True)
    assert [r.student for r in forced if not r.success] == ["karin"]
    assert not any("already autograded" in " ".join(r.notes) for r in forced)
    assert gradebook_rows(parallel) == gradebook_rows(sequential)
    assert gradebook_rows(parallel)[1] == (submissions, grades, comments), "nothing doubled"
    assert autograded_files(parallel) == autograded_files(sequential)


def test_several_chapters_in_one_run_store_what_nbgrader_stores_per_chapter(tmp_path):
    """`autograde` without a chapter grades every chapter with submissions, one set of workers for all."""
    import nbformat

    from academy_trainer.cli import main
    from conftest import ROOT, read_nb

    other, other_nb = "05-datadialoog", "datadialoog.ipynb"
    base = release_chapter_one(tmp_path / "base")
    shutil.copytree(ROOT / "source" / other, base / "source" / other)
    nbgrader("generate_assignment", other, "--force", cwd=base)
    for student, nb in {"anna": complete(base), "bram": partly_right(base), "cem": released(base)}.items():
        write_submission(base, student, nb)
    for student in ("anna", "cem"):  # bram did not hand in chapter 5
        folder = base / "submitted" / student / other
        folder.mkdir(parents=True)
        nbformat.write(read_nb(base / "notebooks" / other / other_nb), folder / other_nb)
    sequential = copy_course(base, tmp_path / "sequential")
    parallel = copy_course(base, tmp_path / "parallel")

    for chapter in (CHAPTER, other):
        nbgrader("autograde", chapter, cwd=sequential)
    assert main(["--course-dir", str(parallel), "autograde", "--workers", "2"]) == 0

    assert gradebook_rows(parallel) == gradebook_rows(sequential)
    assert autograded_files(parallel) == autograded_files(sequential)
    assert len(autograded_files(parallel)) == 5


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_the_trainer_command_leaves_no_worker_kernel_or_copy_behind(tmp_path, signum):
    """A trainer closes the terminal or kills the command: its workers, fork servers and kernels stop too,
    and the private courses in the temporary folder (copies of trainees' work) are removed."""
    import subprocess
    import sys
    import time

    import psutil

    from academy_trainer.course import tool_env

    course = release_chapter_one(tmp_path / "course")
    slow = complete(course)  # 8 x 4 s of grading left: far more than the workers get to stop
    with_answer(slow, "tel-de-kaarten", "import time\ntime.sleep(4)\n" + cell(slow, "tel-de-kaarten").source)
    for number in range(8):
        write_submission(course, f"cursist-{number}", slow)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    command = subprocess.Popen([sys.executable, "-m", "academy_trainer", "autograde", CHAPTER, "--workers", "2"],
                               cwd=course, env=tool_env() | {"TMPDIR": str(temporary)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    trainer = psutil.Process(command.pid)
    deadline = time.monotonic() + 120
    while not any("forkserver" in " ".join(p.cmdline()) for p in trainer.children(recursive=True)):
        assert time.monotonic() < deadline and command.poll() is None, "the workers never started their servers"
        time.sleep(0.2)
    assert list(temporary.glob("academy-grading-*/worker-*/submitted")), "the workers grade in private copies"
    family = trainer.children(recursive=True)
    tracker = [p for p in family if "resource_tracker" in " ".join(p.cmdline())]  # multiprocessing's, not ours
    command.send_signal(signum)
    assert command.wait(timeout=120) in (-signal.SIGKILL, 128 + signal.SIGTERM)
    if signum == signal.SIGTERM:  # the command waited for its workers, each for its fork server, each for its kernels
        reaped_late = [p for p in family if p not in tracker and psutil.pid_exists(p.pid)]
        assert reaped_late == [], f"not waited for: {[p.pid for p in reaped_late]}"
    # Each process waits for its children (no zombie); after a kill -9 the orphans stop by themselves and
    # init reaps them. Waited for as long as that takes on a busy machine; the limit only stops a hang.
    gone, alive = psutil.wait_procs(family, timeout=120)
    assert alive == [], f"left behind: {[' '.join(p.cmdline())[:80] for p in alive]}"
    deadline = time.monotonic() + 120  # after a kill -9 a reaper removes them once its worker has exited
    while list(temporary.glob("academy-grading-*")) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = sorted(str(path.relative_to(temporary)) for path in temporary.glob("academy-grading-*/**/*"))
    assert list(temporary.glob("academy-grading-*")) == [], f"copies of trainees' work left behind: {left[:20]}"

    def started_by_this_command(process):
        try:
            return process.environ().get("TMPDIR") == str(temporary)
        except psutil.Error:
            return False

    deadline = time.monotonic() + 120
    while (stayed := [p for p in psutil.process_iter() if started_by_this_command(p)]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert stayed == [], f"still running: {[' '.join(p.cmdline())[:80] for p in stayed]}"
