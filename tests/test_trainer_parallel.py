"""Parallel grading loses and doubles nothing: it stores exactly what sequential nbgrader stores.

The workers fork each kernel from a server that imported the libraries once
(academy_trainer.forkkernel); plain nbgrader starts every kernel from scratch.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

import pytest
from nbgrader.api import Comment, Gradebook, Grade, SubmittedAssignment

from academy_trainer import feedback
from academy_trainer.cli import main
from academy_trainer.course import Course
from academy_trainer.feedback import generate_feedback_chapters
from academy_trainer.grading import autograde_chapters
from conftest import ROOT, nbgrader, read_nb
from trainer_fixtures import (AUTO_POINTS, CHAPTER, cell, copy_course, complete, partly_right, release_chapter_one,
                              released, with_answer, write_submission)

pytestmark = pytest.mark.slow
OTHER, OTHER_NOTEBOOK = "05-datadialoog", "datadialoog.ipynb"
# A progress line of the trainer's autograde over several chapters: "[3/8] 01-databasespel cem      3/10  (1.2 s)"
PROGRESS = re.compile(r"^\[\s*(\d+)/\d+\] (\S+) (\S+)\s+(\d+/\d+)\s", re.M)


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


RANDOM_ID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{32}\b")


def short_temporary(request, prefix: str) -> Path:
    """A TMPDIR in /tmp, removed after the test: multiprocessing's fork server puts its socket there, and a
    socket's path may be at most 107 characters (pytest's tmp_path can be longer)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    request.addfinalizer(lambda: shutil.rmtree(folder, ignore_errors=True))
    return folder


def feedback_pages(course):
    """Each feedback page and its text, without the random ids of widget outputs (the same notebook,
    grades and comments make the same page)."""
    return {p.relative_to(course).as_posix(): RANDOM_ID.sub("ID", p.read_text(encoding="utf-8"))
            for p in sorted((course / "feedback").rglob("*.html"))}


def test_two_workers_store_what_sequential_nbgrader_stores(tmp_path, capsys, monkeypatch):
    """`autograde` without a chapter grades every chapter with submissions, one set of two workers for all,
    and stores what nbgrader's own command stores chapter by chapter."""
    base = release_chapter_one(tmp_path / "base")
    shutil.copytree(ROOT / "source" / OTHER, base / "source" / OTHER)
    nbgrader("generate_assignment", OTHER, "--force", cwd=base)
    cohort = {
        "anna": complete(base), "bram": released(base), "cem": partly_right(base),
        "dewi": with_answer(complete(base), "tel-de-kaarten", "aantal_kaarten = '200'"),
        "eva": complete(base), "floor": partly_right(base),
    }
    for student, nb in cohort.items():
        write_submission(base, student, nb)
    write_submission(base, "karin", '{"cells": [')  # cut off: broken, never handed to nbgrader
    for student in ("anna", "cem"):  # the others did not hand in chapter 5
        folder = base / "submitted" / student / OTHER
        folder.mkdir(parents=True)
        nbformat.write(read_nb(base / "notebooks" / OTHER / OTHER_NOTEBOOK), folder / OTHER_NOTEBOOK)
    sequential = copy_course(base, tmp_path / "sequential")
    parallel = copy_course(base, tmp_path / "parallel")
    shutil.rmtree(sequential / "submitted" / "karin")  # nbgrader would store a 0 for it; the trainer stores nothing

    nbgrader("autograde", "*", cwd=sequential, check=False)  # nbgrader's own command, one notebook at a time
    assert main(["--course-dir", str(parallel), "autograde", "--workers", "2"]) == 1, "karin's file is broken"
    out = capsys.readouterr().out

    progress = PROGRESS.findall(out)
    assert [int(done) for done, *_ in progress] == list(range(1, 9)), "progress counts every graded trainee once"
    assert sorted((chapter, student) for _, chapter, student, _ in progress) == sorted(
        [(CHAPTER, student) for student in cohort] + [(OTHER, "anna"), (OTHER, "cem")])
    scores = {student: score for _, chapter, student, score in progress if chapter == CHAPTER}
    assert scores["anna"] == scores["eva"] == f"{AUTO_POINTS}/10"
    assert (scores["bram"], scores["cem"], scores["floor"], scores["dewi"]) == ("0/10", "3/10", "3/10", "5/10")
    assert "  karin: BROKEN" in out
    assert gradebook_rows(parallel) == gradebook_rows(sequential)
    assert autograded_files(parallel) == autograded_files(sequential)
    assert len(autograded_files(parallel)) == 8
    assert "fork kernel server did not start" not in (parallel / "trainer.log").read_text(), "the fast path was used"
    rows, counts = gradebook_rows(parallel)
    chapter_one = [row for row in rows if row[1] == "databasespel"]
    assert len(chapter_one) == 6 * 4 + 6 * 4  # three tests and one reflection each: a grade and a comment

    # Without --force an already graded cohort is skipped (the broken one is reported again) ...
    again = autograde_chapters(Course(parallel), [CHAPTER], workers=2)
    assert all("already autograded" in " ".join(r.notes) for r in again if r.student != "karin")
    assert [r.student for r in again if r.broken] == ["karin"]
    # ... with --force everyone is graded again (the same answers: the same grades), and nothing is doubled.
    forced = autograde_chapters(Course(parallel), [CHAPTER], workers=2, force=True)
    assert [r.student for r in forced if not r.success] == ["karin"]
    assert not any("already autograded" in " ".join(r.notes) for r in forced)
    assert len({r.worker for r in forced if r.success}) == 2, "graded by two workers"
    assert gradebook_rows(parallel) == gradebook_rows(sequential)
    assert gradebook_rows(parallel)[1] == counts, "nothing doubled"
    assert autograded_files(parallel) == autograded_files(sequential)

    # Feedback in two processes (here a worker for every trainee) makes what nbgrader's own command makes
    # from the same graded notebooks (another kernel run may split a printed line in two outputs).
    reference = copy_course(parallel, tmp_path / "reference")
    monkeypatch.setattr(feedback, "JOBS_PER_WORKER", 1)
    assert generate_feedback_chapters(Course(parallel), [CHAPTER, OTHER], workers=2) == {CHAPTER: {}, OTHER: {}}
    nbgrader("generate_feedback", "*", cwd=reference)
    assert feedback_pages(parallel) == feedback_pages(reference)
    assert len(feedback_pages(parallel)) == 8


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_the_trainer_command_leaves_no_worker_kernel_or_copy_behind(tmp_path, signum, request):
    """A trainer closes the terminal or kills the command: its workers, fork servers and kernels stop too,
    and the private courses in the temporary folder (copies of trainees' work) are removed."""
    import time

    import psutil

    from academy_trainer.course import tool_env

    course = release_chapter_one(tmp_path / "course")
    slow = complete(course)  # 8 x 4 s of grading left: far more than the workers get to stop
    with_answer(slow, "tel-de-kaarten", "import time\ntime.sleep(4)\n" + cell(slow, "tel-de-kaarten").source)
    for number in range(8):
        write_submission(course, f"cursist-{number}", slow)
    temporary = short_temporary(request, "kill-")
    command = subprocess.Popen([sys.executable, "-m", "academy_trainer", "autograde", CHAPTER, "--workers", "2"],
                               cwd=course, env=tool_env() | {"TMPDIR": str(temporary)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    trainer = psutil.Process(command.pid)
    deadline = time.monotonic() + 120
    while not any("academy_trainer.forkserver" in " ".join(p.cmdline()) for p in trainer.children(recursive=True)):
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


@pytest.mark.parametrize("length, method", [(10, "forkserver"), (100, "spawn")])
def test_workers_come_from_a_fork_server_unless_its_socket_path_is_too_long(request, length, method):
    """A trainer's TMPDIR can be long; the socket of the fork server cannot (107 characters): then the
    workers start their own Python, slower but the same."""
    temporary = short_temporary(request, "t" * length)
    probe = "from academy_trainer.grading import worker_context; print(worker_context().get_start_method())"
    done = subprocess.run([sys.executable, "-c", probe], env={**os.environ, "TMPDIR": str(temporary)},
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == method
    assert list(temporary.iterdir()) == [], "multiprocessing cleans up after itself"


def test_the_fork_server_is_stopped_even_when_a_worker_never_lets_go(request):
    """A worker that never exits keeps the fork server's "alive" pipe open: the command still ends (the
    server is killed after the patience), instead of waiting for it forever."""
    temporary = short_temporary(request, "stop-")
    probe = """
import multiprocessing.forkserver, time, psutil
from academy_trainer.grading import stop_fork_server, worker_context
context = worker_context()
assert context.get_start_method() == "forkserver"
holder = context.Process(target=time.sleep, args=(600,), daemon=True)
holder.start()
server = multiprocessing.forkserver._forkserver._forkserver_pid
stop_fork_server(patience=2)
print("server gone:", not psutil.pid_exists(server))
holder.kill()
holder.join()
"""
    done = subprocess.run([sys.executable, "-c", probe], env={**os.environ, "TMPDIR": str(temporary)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "server gone: True"
