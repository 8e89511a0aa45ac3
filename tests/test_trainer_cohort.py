"""A cohort as trainees really hand it in, graded by the trainer's commands (nbgrader underneath).

Each odd submission is graded correctly or reported by name with the reason;
grades.csv lists every trainee; no submission is lost or overwritten.
"""

from __future__ import annotations

import copy
import csv
import os
from datetime import datetime, timedelta, timezone

import nbformat
import pytest

from academy_trainer.cli import main
from academy_trainer.course import Course
from academy_trainer.summary import summarise
from conftest import make_course, nbgrader_meta
from leaks import find_leaks
from trainer_fixtures import (AUTO_POINTS, CHAPTER, NOTEBOOK, cell, complete, partly_right, released, with_answer,
                              write_submission)

pytestmark = pytest.mark.slow
DUE = "2030-01-01 12:00:00 UTC"
DUE_TIME = datetime(2030, 1, 1, 12, 0, tzinfo=timezone.utc)


def build_cohort(root):
    """Write the cohort's submissions (hub-style into submitted/, e-mail style into inbox/)."""
    right = complete(root)
    write_submission(root, "anna", right)
    write_submission(root, "bram", released(root))
    write_submission(root, "cem", partly_right(root))
    wrong = released(root)
    with_answer(wrong, "tel-de-kaarten", "aantal_kaarten = '200'\naantal_personen = '20'\naantal_bronnen = '3'")
    with_answer(wrong, "per-persoon", "per_persoon = 'tabel'")
    with_answer(wrong, "kenmerken-per-bron", "kenmerken_per_bron = ['zwart', 'rood']")
    write_submission(root, "dewi", wrong)
    # A cell that never ends (it waits rather than spins: the test suite shares the machine's two cores).
    write_submission(root, "eva", with_answer(complete(root), "tel-de-kaarten",
                                              "import time\nwhile True:\n    time.sleep(1)"))
    top = complete(root)
    top.cells.insert(0, nbformat.v4.new_code_cell("raise RuntimeError('oeps')"))
    write_submission(root, "fleur", top)
    deleted = complete(root)
    deleted.cells = [c for c in deleted.cells if nbgrader_meta(c).get("grade_id") != "controle-per-persoon"]
    write_submission(root, "gijs", deleted)
    cheat = with_answer(complete(root), "tel-de-kaarten", "aantal_kaarten = 1\naantal_personen = 1\naantal_bronnen = 1")
    cell(cheat, "controle-tel-de-kaarten").source = "print('alles goed')"
    write_submission(root, "hans", cheat)
    doubled = complete(root)
    original = cell(doubled, "kenmerken-per-bron")
    doubled.cells.insert(doubled.cells.index(original) + 1, copy.deepcopy(original))
    write_submission(root, "ilse", doubled)
    inbox = root / "inbox" / CHAPTER / "joost"
    inbox.mkdir(parents=True)
    (inbox / "Kopie van databasespel (1).ipynb").write_text(nbformat.writes(right))
    arrived = (DUE_TIME + timedelta(days=2)).timestamp()  # e-mailed two days late: saved from the mail then
    os.utime(inbox / "Kopie van databasespel (1).ipynb", (arrived, arrived))
    write_submission(root, "karin", '{"cells": [ {"cell_type": "code", "source": "aantal', name=NOTEBOOK)
    huge = complete(root)
    huge.cells[3].outputs = [nbformat.v4.new_output("stream", name="stdout", text="x" * 5_000_000)]
    huge.cells.insert(4, nbformat.v4.new_code_cell("for i in range(20_000):\n    print(i)"))
    write_submission(root, "lars", huge)
    write_submission(root, "mila", right, timestamp="2030-01-02 12:00:00 UTC")
    write_submission(root, "noor", right, name="databasespel-kopie.ipynb")
    (root / "students.csv").write_text("id\n" + "\n".join(
        "anna bram cem dewi eva fleur gijs hans ilse joost karin lars mila noor otto".split()) + "\n")


def test_a_realistic_cohort(tmp_path, capsys):
    root = make_course(tmp_path, [CHAPTER])
    with (root / "nbgrader_config.py").open("a") as handle:
        # Short enough for a test, long enough for the chapter's imports on a busy 2-core machine.
        handle.write("\nc.Execute.timeout = 30\n")
    run = lambda *args: main(["--course-dir", str(root), *args])  # noqa: E731
    assert run("release", CHAPTER, "--duedate", DUE) == 0
    build_cohort(root)
    assert run("students", str(root / "students.csv")) == 0
    before = {p: p.read_bytes() for p in (root / "submitted").rglob("*") if p.is_file()}

    assert run("zip-collect", CHAPTER) == 0
    assert run("autograde", CHAPTER, "--workers", "2") == 1  # two submissions cannot be graded
    assert run("autograde", CHAPTER, "--student", "otto") == 1  # otto handed in nothing
    out = capsys.readouterr().out

    # Nothing lost or overwritten: every file handed in is still there, byte for byte.
    for path, content in before.items():
        assert path.read_bytes() == content
    assert (root / "submitted" / "joost" / CHAPTER / NOTEBOOK).exists()

    scores = {row.student: row for row in summarise(Course(root), CHAPTER).rows}
    expected = {"anna": AUTO_POINTS, "bram": 0, "cem": 3, "dewi": 0, "eva": 5, "fleur": AUTO_POINTS,
                "gijs": AUTO_POINTS, "hans": 5, "ilse": AUTO_POINTS, "joost": AUTO_POINTS, "lars": AUTO_POINTS,
                "mila": AUTO_POINTS}
    assert {s: scores[s].score for s in expected} == expected
    assert not scores["karin"].graded and not scores["noor"].graded and not scores["otto"].submitted
    assert scores["mila"].seconds_late == 24 * 3600 and scores["anna"].seconds_late == 0
    assert scores["joost"].seconds_late == 2 * 24 * 3600, "a late e-mail is late too"
    assert "vraag-1-waarom-zo" in scores["anna"].waiting  # the reflection waits for the trainer

    def report(student):  # the lines the trainer reads about one trainee
        return " ".join(line for line in out.splitlines() if line.startswith(f"  {student}: "))

    assert "BROKEN: databasespel.ipynb is cut off" in report("karin"), "the unreadable notebook is named, with why"
    assert "stopped" in report("eva"), "the endless loop is named"
    assert "test cell 'controle-per-persoon' was deleted; nbgrader put it back and graded it" in report("gijs")
    assert "test cell 'controle-tel-de-kaarten' was edited; nbgrader restored the original" in report("hans")
    assert "rename it to databasespel.ipynb" in report("noor")
    assert "FAILED: No notebooks found" in report("noor"), "nbgrader's own reason, not its generic last line"
    assert "FAILED: no submission in" in report("otto")
    assert "Please see the the above traceback" not in out
    for student in ("anna", "joost", "lars", "mila"):  # untouched tests (with hidden tests) are not reported
        assert "test cell" not in report(student), report(student)
    assert "joost/Kopie van databasespel (1).ipynb -> joost" in out

    assert run("summary", CHAPTER) == 0
    summary = capsys.readouterr().out
    assert "missing: otto" in summary and "not autograded yet" in summary
    assert "1.0 d" in summary and "2.0 d" in summary  # mila (hub) and joost (e-mail) are late

    assert run("export", "--to", str(tmp_path / "grades.csv")) == 0
    with (tmp_path / "grades.csv").open() as handle:
        rows = [row for row in csv.DictReader(handle) if row["assignment"] == CHAPTER]
    assert sorted(row["student_id"] for row in rows) == sorted(
        "anna bram cem dewi eva fleur gijs hans ilse joost karin lars mila noor otto".split())
    status = {row["student_id"]: row["status"] for row in rows}
    assert (status["bram"], status["karin"], status["otto"], status["noor"]) == (
        "graded", "broken", "missing", "not graded"), "a real zero, a broken file, nothing handed in"

    assert run("feedback", CHAPTER) == 0
    feedback = sorted((root / "feedback").glob(f"*/{CHAPTER}/*.html"))
    assert len(feedback) == 12  # every graded trainee (not karin, not noor)
    assert find_leaks(feedback, kinds=("hidden",), markers=["BEGIN HIDDEN TESTS"]) == []
