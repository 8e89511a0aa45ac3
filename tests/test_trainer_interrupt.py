"""A stopped autograde keeps what it finished: Ctrl-C, kill or a closed terminal in the middle of a cohort.

Every trainee the command reported as graded is in the gradebook, with its autograded
notebook; a rerun grades only the rest; in the end every trainee is graded once.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys

import pytest
from nbgrader.api import Gradebook, Grade, SubmittedAssignment

from academy_trainer.course import tool_env
from trainer_fixtures import AUTO_POINTS, CHAPTER, NOTEBOOK, cell, complete, release_chapter_one, with_answer, \
    write_submission

pytestmark = pytest.mark.slow
COHORT = [f"cursist-{number}" for number in range(6)]
PROGRESS = re.compile(r"^\[\s*(\d+)/(\d+)\] (\S+)\s+(\S+)")


def autograde(course, stop: int | None = None) -> tuple[list[tuple[str, str]], int, int, str]:
    """Run the trainer's autograde; with ``stop``, send that signal once a trainee is reported graded.

    Returns the progress lines as (trainee, score), the total the run set out to grade, the exit status
    and what it wrote to stderr."""
    command = subprocess.Popen([sys.executable, "-m", "academy_trainer", "autograde", CHAPTER, "--workers", "2"],
                               cwd=course, env=tool_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    graded, total = [], 0
    for line in command.stdout:
        if match := PROGRESS.match(line):
            total = int(match[2])
            graded.append((match[3], match[4]))
            if stop and len(graded) == 1:
                command.send_signal(stop)
    errors = command.stderr.read()
    return graded, total, command.wait(timeout=120), errors


def stored(course) -> dict[str, float]:
    """Each trainee's score in the gradebook; fails on a submission or grade stored twice."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        submissions = gradebook.db.query(SubmittedAssignment).all()
        assert gradebook.db.query(Grade).count() == 4 * len(submissions), "every grade once"
        scores = {s.student.id: s.score for s in submissions}
    assert len(scores) == len(submissions), "one submission per trainee"
    return scores


def test_a_stopped_autograde_keeps_the_finished_trainees_and_the_rerun_grades_the_rest(tmp_path):
    course = release_chapter_one(tmp_path)
    slow = complete(course)  # long enough to stop the command while others are still being graded
    with_answer(slow, "tel-de-kaarten", "import time\ntime.sleep(3)\n" + cell(slow, "tel-de-kaarten").source)
    for student in COHORT:
        write_submission(course, student, slow)

    seen: list[str] = []
    stopped = []
    for stop in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM, None):  # Ctrl-C, a closed terminal, kill; then done
        if stop and len(COHORT) - len(seen) < 2:
            continue  # the stop must come while there is work left
        graded, total, status, errors = autograde(course, stop)
        assert total == len(COHORT) - len(seen), "a rerun grades only what is left"
        assert graded and all(score == f"{AUTO_POINTS}/10" for _student, score in graded)
        seen += [student for student, _score in graded]
        assert len(seen) == len(set(seen)), "nobody graded twice"
        if stop:  # one line that says what happened and what to do; nbgrader's and the kernels' output is in the log
            stopped.append(stop)
            assert status == 128 + stop
            assert errors.startswith(f"stopped ({signal.Signals(stop).name})") and "run the same command" in errors
            assert len(errors.splitlines()) == 1, errors
        else:
            assert status == 0 and errors == "", "routine warnings go to trainer.log, not to the terminal"
        scores = stored(course)
        assert sorted(scores) == sorted(seen), "every trainee reported as graded is in the gradebook, no other"
        for student in seen:
            assert (course / "autograded" / student / CHAPTER / NOTEBOOK).exists()
    assert sorted(seen) == COHORT and stopped, "stopped at least once, and in the end everyone graded once"
    assert set(stored(course).values()) == {AUTO_POINTS}
    assert not list((course / "autograded").rglob(".*.incoming")), "no half-moved folder"
    assert "== " in (course / "trainer.log").read_text()
