"""The trainer command as a trainer meets it: without an activated venv, on a fresh course, on a broken one.

Also the one-line reasons and notes the autograde report prints.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from academy_trainer.cli import main
from academy_trainer.grading import _grade_notes, failure_reason
from conftest import BIN, make_course
from trainer_fixtures import CHAPTER, complete, write_submission


def trainer(root, *args, path="/usr/bin:/bin"):
    """``.venv/bin/python -m academy_trainer`` with a PATH that lacks the venv (not activated)."""
    return subprocess.run([sys.executable, "-m", "academy_trainer", "--course-dir", str(root), *args],
                          env={"PATH": path, "HOME": str(root.parent)}, capture_output=True, text=True)


@pytest.mark.slow
def test_the_command_works_without_the_venv_on_path_and_reading_creates_no_gradebook(tmp_path):
    root = make_course(tmp_path, [CHAPTER])
    gradebook = root / "gradebook.db"

    result = trainer(root, "summary")
    assert result.returncode == 0, result.stderr
    assert "No submissions yet" in result.stdout
    result = trainer(root, "summary", CHAPTER)
    assert result.returncode == 0, result.stderr
    assert "submitted: 0 of 0" in result.stdout
    result = trainer(root, "autograde", CHAPTER)
    assert result.returncode == 2 and "run `python -m academy_trainer release 01-databasespel` first" in result.stderr
    assert not gradebook.exists(), "looking is not writing: no gradebook.db appears"

    assert trainer(root, "release", CHAPTER).returncode == 0
    again = trainer(root, "release", CHAPTER)
    assert again.returncode == 0 and again.stderr == "", "releasing again is routine: no nbgrader warning"
    write_submission(root, "anna", complete(root))
    result = trainer(root, "autograde", CHAPTER, "--workers", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    result = trainer(root, "summary", CHAPTER)
    assert result.returncode == 0 and "anna" in result.stdout and "8/10" in result.stdout, result.stdout


def test_nbgraders_gradebook_finds_this_venvs_alembic_in_process(tmp_path, monkeypatch, capsys):
    """A new gradebook runs `alembic` by name, in the trainer's own process: the venv's bin comes first."""
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    assert main(["--course-dir", str(make_course(tmp_path, [CHAPTER])), "summary"]) == 0
    assert shutil.which("alembic") == str(BIN / "alembic")


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(tmp_path, capsys):
    root = make_course(tmp_path, [CHAPTER])
    (root / "gradebook.db").write_bytes(b"dit is geen database")

    assert main(["--course-dir", str(root), "summary", CHAPTER]) == 3
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: summary stopped unexpectedly: DatabaseError:") and "--debug" in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err

    assert main(["--course-dir", str(root), "--debug", "summary", CHAPTER]) == 3
    assert "Traceback (most recent call last)" in capsys.readouterr().err


# What nbgrader's API logs when a trainee is not in the gradebook (autograde without create).
NO_STUDENT_LOG = """Traceback (most recent call last):
  File ".../nbgrader/converters/base.py", line 468, in convert_notebooks
nbgrader.converters.base.NbGraderException: Please see the the above traceback for details on the specific errors on the above failures.

[ERROR] No student with ID 'zoe' exists in the database
[ERROR] There was an error processing assignment: /course/submitted/zoe/01-databasespel
[ERROR] Traceback (most recent call last):
      File ".../nbgrader/converters/autograde.py", line 94, in init_assignment
        raise NbGraderException(msg)
    nbgrader.converters.base.NbGraderException: No student with ID 'zoe' exists in the database

[ERROR] There was an error processing assignment '01-databasespel' for student 'zoe'
[ERROR] Please see the the above traceback for details on the specific errors on the above failures.
"""


def test_a_failure_reason_is_nbgraders_specific_error_not_its_generic_last_line():
    assert failure_reason(NO_STUDENT_LOG) == "No student with ID 'zoe' exists in the database"
    assert failure_reason("[ERROR] Kernel died while waiting for execute reply.\n"
                          "[ERROR] Please see the the above traceback for details.") == \
        "Kernel died while waiting for execute reply."


def test_only_a_test_cell_without_a_score_is_reported_not_an_answer_graded_by_hand():
    record = {"notebooks": [{
        "name": "databasespel", "late_submission_penalty": None,
        "answers": ["eigen-code", "vraag-1"],
        "grades": [("eigen-code", "code", None, True),  # a code answer the trainer grades by hand
                   ("vraag-1", "markdown", None, True),
                   ("controle-1", "code", 3.0, False),
                   ("controle-2", "code", None, True)],  # a test nbgrader did not run
    }]}
    assert _grade_notes(record) == [
        "test cell 'controle-2' not found in databasespel (deleted?): grade it by hand"]


def test_a_trainee_named_without_a_chapter_is_graded_only_in_the_chapters_they_handed_in(tmp_path, monkeypatch,
                                                                                          capsys):
    """`autograde --student anna`: anna's chapters, not a "no submission" failure for every chapter of the others."""
    from academy_trainer import grading
    from academy_trainer.course import Course, tool_env

    other = "05-datadialoog"
    root = make_course(tmp_path, [CHAPTER, other])
    monkeypatch.setenv("PATH", tool_env()["PATH"])  # a new gradebook runs alembic
    with Course(root).gradebook() as gradebook:
        for chapter in (CHAPTER, other):
            gradebook.add_assignment(chapter)
    for student, chapters in {"anna": [CHAPTER], "bram": [CHAPTER, other]}.items():
        for chapter in chapters:
            folder = root / "submitted" / student / chapter
            folder.mkdir(parents=True)
            for notebook in (root / "source" / chapter).glob("*.ipynb"):
                shutil.copy(notebook, folder)
    graded = []

    def grade(course, todo, report, fork_kernels):  # stands in for nbgrader: records what it was given
        graded.extend(todo)
        return [grading.GradeResult(student, True, chapter=chapter) for chapter, student in todo]

    monkeypatch.setattr(grading, "_grade_in_course", grade)
    trainer = lambda *args: main(["--course-dir", str(root), "autograde", "--workers", "1", *args])  # noqa: E731

    assert trainer("--student", "anna") == 0
    assert graded == [(CHAPTER, "anna")]
    assert "no submission" not in capsys.readouterr().out
    graded.clear()
    assert trainer("--student", "anna", "--student", "bram") == 0
    assert graded == [(CHAPTER, "anna"), (CHAPTER, "bram"), (other, "bram")]
    # A chapter named: a trainee who did not hand it in is reported.
    graded.clear()
    assert trainer(other, "--student", "anna") == 1
    assert graded == [] and f"anna: FAILED: no submission in {root / 'submitted' / 'anna' / other}" in \
        capsys.readouterr().out
    # A name with no submission at all (a typo?) stops before any grading.
    assert trainer("--student", "ana") == 2
    assert "no submission of ana in" in capsys.readouterr().err and graded == []


def test_feedback_without_a_chapter_takes_the_autograded_chapters_not_the_collected_ones(tmp_path, monkeypatch,
                                                                                         capsys):
    """A chapter collected but not yet autograded has nothing to give feedback on: it is left out, and with
    nothing autograded at all the trainer is told to autograde first (not to collect)."""
    from academy_trainer import feedback

    other = "05-datadialoog"
    root = make_course(tmp_path, [CHAPTER, other])
    for kind, chapters in {"submitted": [CHAPTER, other], "autograded": [CHAPTER]}.items():
        for chapter in chapters:
            (root / kind / "anna" / chapter).mkdir(parents=True)
            (root / kind / "anna" / chapter / "x.ipynb").write_text("{}")
    given = []
    monkeypatch.setattr(feedback, "generate_feedback_chapters",
                        lambda course, chapters, workers: given.extend(chapters) or {c: {} for c in chapters})
    assert main(["--course-dir", str(root), "feedback"]) == 0
    assert given == [CHAPTER]

    shutil.rmtree(root / "autograded")
    assert main(["--course-dir", str(root), "feedback"]) == 2
    error = capsys.readouterr().err
    assert "no autograded work in" in error and "autograde first" in error
