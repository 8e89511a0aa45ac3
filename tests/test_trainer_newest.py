"""The newest submission wins: of several files of one trainee the one received last is filed.

With equal or unknown times nothing is filed (or graded) for that trainee until the trainer
chooses with `python -m academy_trainer choose`; every file stays in the inbox and is listed.
"""

from __future__ import annotations

import os
import zipfile
from datetime import datetime, timezone

import nbformat
import pytest

from academy_trainer.cli import main
from academy_trainer.course import Course
from academy_trainer.grading import autograde_chapters
from academy_trainer.inbox import Placement, decide
from academy_trainer.summary import summarise
from trainer_fixtures import CHAPTER, NOTEBOOK, complete, release_chapter_one, released

DRAFT, FINAL = b"draft", b"final"


def plan(files: dict[str, tuple[str, str, bytes]], existing=None, chosen=None) -> dict[str, Placement]:
    """decide() for anna's files {name: (received, packed, content)}, in nbgrader's (name) order."""
    placements = [Placement(name, "anna", NOTEBOOK, received=received, packed=packed)
                  for name, (received, packed, _content) in sorted(files.items())]
    decide(placements, CHAPTER, existing or {}, {name: c for name, (_r, _p, c) in files.items()}, chosen or {})
    return {p.file: p for p in placements}


@pytest.mark.parametrize("draft_name, final_name", [("anna_databasespel.ipynb", "databasespel-anna.ipynb"),
                                                    ("databasespel-anna.ipynb", "anna_databasespel.ipynb")])
def test_the_file_received_last_wins_in_either_name_order(draft_name, final_name):
    mailed = plan({draft_name: ("2030-01-01 09:00:00", "", DRAFT), final_name: ("2030-01-02 09:00:00", "", FINAL)})
    zipped = plan({f"mail/{draft_name}": ("2030-01-03 08:00:00", "2030-01-01 09:00:00", DRAFT),
                   f"mail/{final_name}": ("2030-01-03 08:00:00", "2030-01-01 09:05:00", FINAL)})
    for placements, prefix in ((mailed, ""), (zipped, "mail/")):
        assert placements[prefix + final_name].placed
        assert not placements[prefix + draft_name].placed and placements[prefix + draft_name].kind == "older"
        assert f"older than {prefix + final_name}" in placements[prefix + draft_name].reason


def test_equal_or_unknown_times_file_nothing_until_the_trainer_chooses():
    for times in (("2030-01-01 09:00:00", "2030-01-01 09:00:00"), ("2030-01-01 09:00:00", "")):
        files = {"anna_databasespel.ipynb": (times[0], "", DRAFT), "anna/databasespel.ipynb": (times[1], "", FINAL)}
        placements = plan(files)
        assert {p.kind for p in placements.values()} == {"choose"}
        assert "choose 01-databasespel anna FILE" in placements["anna/databasespel.ipynb"].reason
        chosen = plan(files, chosen={"anna": "anna/databasespel.ipynb"})
        assert chosen["anna/databasespel.ipynb"].placed and not chosen["anna_databasespel.ipynb"].placed


def test_a_submission_already_filed_is_replaced_only_by_a_newer_file():
    mailed = {"anna_databasespel.ipynb": ("2030-01-02 09:00:00", "", FINAL)}
    older = plan(mailed, existing={"anna": ("2030-01-03 09:00:00", {NOTEBOOK: DRAFT})})["anna_databasespel.ipynb"]
    assert older.kind == "older" and "kept that one" in older.reason
    newer = plan(mailed, existing={"anna": ("2030-01-01 09:00:00", {NOTEBOOK: DRAFT})})["anna_databasespel.ipynb"]
    assert newer.placed and "replaces it" in newer.note
    same = plan(mailed, existing={"anna": ("2030-01-02 09:00:00", {NOTEBOOK: FINAL})})["anna_databasespel.ipynb"]
    assert same.kind == "filed", "filing the inbox again changes nothing"
    unknown = plan(mailed, existing={"anna": (None, {NOTEBOOK: DRAFT})})["anna_databasespel.ipynb"]
    assert unknown.kind == "choose" and "already has a submission" in unknown.reason


def at(path, day: int, hour: int = 9) -> None:
    moment = datetime(2030, 1, day, hour, tzinfo=timezone.utc).timestamp()
    os.utime(path, (moment, moment))


@pytest.mark.slow
def test_mail_and_zip_file_the_final_not_the_draft_and_a_tie_waits_for_the_trainer(tmp_path, capsys):
    root = release_chapter_one(tmp_path)
    course = Course(root)
    (root / "students.csv").write_text("id\nanna\nbram\ncem\ndewi\neva\nfrank\n")
    inbox = root / "inbox" / CHAPTER
    inbox.mkdir(parents=True)
    draft_text, final_text = nbformat.writes(released(root)), nbformat.writes(complete(root))
    # By mail: anna's draft comes first by name, bram's final does; the draft arrived a day earlier.
    for student, (draft_name, final_name) in {"anna": ("anna_databasespel.ipynb", "databasespel-anna.ipynb"),
                                              "bram": ("databasespel-bram.ipynb", "bram_databasespel.ipynb")}.items():
        (inbox / draft_name).write_text(draft_text)
        (inbox / final_name).write_text(final_text)
        at(inbox / draft_name, 1)
        at(inbox / final_name, 2)
    # In one zip: the zip's own times of its files say which came last, in either name order too.
    with zipfile.ZipFile(inbox / "mail.zip", "w") as archive:
        archive.writestr(zipfile.ZipInfo("cem_databasespel.ipynb", (2030, 1, 1, 9, 0, 0)), draft_text)
        archive.writestr(zipfile.ZipInfo("databasespel_cem.ipynb", (2030, 1, 1, 10, 0, 0)), final_text)
        archive.writestr(zipfile.ZipInfo("dewi_databasespel.ipynb", (2030, 1, 1, 10, 0, 0)), final_text)
        archive.writestr(zipfile.ZipInfo("databasespel_dewi.ipynb", (2030, 1, 1, 9, 0, 0)), draft_text)
    # eva's two files arrived at the same moment: nobody can tell which is the final one.
    (inbox / "eva_databasespel.ipynb").write_text(draft_text)
    (inbox / "eva").mkdir()
    (inbox / "eva" / NOTEBOOK).write_text(final_text)
    at(inbox / "eva_databasespel.ipynb", 2)
    at(inbox / "eva" / NOTEBOOK, 2)
    # frank handed in on the hub (no time kept) and mailed a file too.
    hub = root / "submitted" / "frank" / CHAPTER
    hub.mkdir(parents=True)
    (hub / NOTEBOOK).write_text(draft_text)
    (inbox / "frank_databasespel.ipynb").write_text(final_text)
    run = lambda *args: main(["--course-dir", str(root), *args])  # noqa: E731
    dropped = {p: p.read_bytes() for p in inbox.rglob("*") if p.is_file()}

    assert run("zip-collect", CHAPTER) == 1  # two trainees wait for the trainer's choice
    out = capsys.readouterr().out
    for student in ("anna", "bram", "cem", "dewi"):
        assert (root / "submitted" / student / CHAPTER / NOTEBOOK).read_text() == final_text, student
    assert not (root / "submitted" / "eva").exists(), "nothing filed for eva until the trainer chooses"
    assert (hub / NOTEBOOK).read_text() == draft_text
    choose_lines = [line for line in out.splitlines() if line.startswith("  CHOOSE")]
    assert len(choose_lines) == 3 and all("choose 01-databasespel" in line for line in choose_lines)
    assert sum(line.startswith("  kept ") and "older than" in line for line in out.splitlines()) == 4
    assert {p: p.read_bytes() for p in inbox.rglob("*") if p.is_file()} == dropped, "every file stays in the inbox"

    statuses = {row.student: row.status for row in summarise(course, CHAPTER).rows}
    assert statuses["eva"] == statuses["frank"] == "choose" and statuses["anna"] == "not graded"
    assert run("summary", CHAPTER) == 0
    assert "choose: eva, frank" in capsys.readouterr().out
    [held] = autograde_chapters(course, [CHAPTER], students=["frank"])
    assert not held.success and "not graded until you choose" in held.reason
    assert not (root / "autograded" / "frank").exists()

    assert run("choose", CHAPTER, "eva", "eva/databasespel.ipynb") == 1  # frank still waits
    assert (root / "submitted" / "eva" / CHAPTER / NOTEBOOK).read_text() == final_text
    capsys.readouterr()
    assert run("choose", CHAPTER, "frank", "frank_databasespel.ipynb") == 0
    assert (hub / NOTEBOOK).read_text() == final_text
    replaced = list((root / "inbox" / ".replaced" / CHAPTER / "frank").rglob(NOTEBOOK))
    assert [p.read_text() for p in replaced] == [draft_text], "the replaced hub submission is kept"
    out = capsys.readouterr().out
    assert "CHOOSE" not in out
    assert {row.status for row in summarise(course, CHAPTER).rows} == {"not graded"}
    assert run("choose", CHAPTER, "frank", "iets.ipynb") == 2
    assert "is not a file of frank" in capsys.readouterr().err
