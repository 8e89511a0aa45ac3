"""Filing downloaded notebooks: every file placed or reported, nothing overwritten."""

from __future__ import annotations

import os
import zipfile
from datetime import datetime, timezone

import pytest

from academy_trainer.course import Course, TrainerError
from academy_trainer.inbox import match_file, zip_collect
from conftest import make_course

CHAPTER = "01-databasespel"
NOTEBOOKS = ["databasespel.ipynb"]
ROSTER = ["anna", "bram", "cem", "dewi", "eva", "floor", "gijs", "hans", "j.de-vries@gemeente.nl"]


@pytest.mark.parametrize("path, student", [
    ("anna_01-databasespel.ipynb", "anna"),
    ("01-databasespel-bram.ipynb", "bram"),
    ("cem_databasespel.ipynb", "cem"),
    ("databasespel.dewi.ipynb", "dewi"),
    ("eva/databasespel.ipynb", "eva"),
    ("inzendingen/floor/databasespel.ipynb", "floor"),
    ("anna/Downloads/databasespel.ipynb", "anna"),  # anna.zip with her Downloads folder in it
    ("gijs/Documents/Downloads/Kopie van databasespel.ipynb", "gijs"),
    ("j.de-vries@gemeente.nl_01-databasespel.ipynb", "j.de-vries@gemeente.nl"),
    ("Eva_Databasespel.IPYNB", "eva"),  # capitals in the name and the extension
])
def test_the_trainee_is_read_from_the_name_or_folder(path, student):
    placement = match_file(path, CHAPTER, NOTEBOOKS, ROSTER)
    assert (placement.student, placement.notebook, placement.reason) == (student, "databasespel.ipynb", "")


def test_a_renamed_notebook_is_filed_under_the_chapters_name():
    placement = match_file("gijs/Kopie van databasespel (1).ipynb", CHAPTER, NOTEBOOKS, ROSTER)
    assert (placement.student, placement.notebook) == ("gijs", "databasespel.ipynb")
    assert placement.note
    placement = match_file("hans/mijn werk.ipynb", CHAPTER, NOTEBOOKS, ROSTER)
    assert (placement.student, placement.notebook) == ("hans", "databasespel.ipynb")
    assert "renamed" in placement.note


@pytest.mark.parametrize("path, reason", [
    ("verslag.pdf", "not a notebook"),
    ("databasespel.ipynb", "no trainee"),
    ("__MACOSX/._anna_databasespel.ipynb", "system file"),
    ("iemand anders_01-databasespel.ipynb", "not a valid student id"),
    # No id is made up: a folder or the rest of a name that is not on the student list is refused.
    ("mail/databasespel.ipynb", "'mail' is not on the student list"),
    ("databasespel_anna_final.ipynb", "'anna_final' is not on the student list"),
    ("zoe_databasespel.ipynb", "'zoe' is not on the student list"),
])
def test_files_that_cannot_be_placed_say_why(path, reason):
    assert reason in match_file(path, CHAPTER, NOTEBOOKS, ROSTER).reason


def test_the_student_list_spells_the_id():
    assert match_file("Anna_databasespel.ipynb", CHAPTER, NOTEBOOKS, ["anna"]).student == "anna"


def test_a_chapter_with_several_notebooks_needs_the_notebook_name():
    notebooks = ["deel1.ipynb", "deel2.ipynb"]
    assert match_file("anna_deel2.ipynb", "03-koppelen", notebooks, ROSTER).notebook == "deel2.ipynb"
    assert "several notebooks" in match_file("anna_03-koppelen.ipynb", "03-koppelen", notebooks, ROSTER).reason


def stamp(path, moment: datetime) -> None:
    os.utime(path, (moment.timestamp(), moment.timestamp()))


def timestamp(root, student) -> str:
    return (root / "submitted" / student / CHAPTER / "timestamp.txt").read_text()


@pytest.mark.slow
def test_zip_collect_places_every_file_or_says_why(tmp_path):
    root = make_course(tmp_path, [CHAPTER])
    course = Course(root)
    notebook = (root / "source" / CHAPTER / "databasespel.ipynb").read_text()
    existing = root / "submitted" / "anna" / CHAPTER / "databasespel.ipynb"
    existing.parent.mkdir(parents=True)
    existing.write_text("anna's hub submission")
    inbox = root / "inbox" / CHAPTER
    inbox.mkdir(parents=True)
    (inbox / "bram_01-databasespel.ipynb").write_text(notebook)
    (inbox / "anna_databasespel.ipynb").write_text(notebook)  # anna already submitted
    (inbox / "verslag.pdf").write_bytes(b"%PDF")
    (inbox / "databasespel.ipynb").write_text(notebook)  # whose?
    (inbox / "DEWI_DATABASESPEL.IPYNB").write_text(notebook)
    with zipfile.ZipFile(inbox / "mail.zip", "w") as archive:
        archive.writestr("cem/Kopie van databasespel.ipynb", notebook)
        archive.writestr("databasespel-bram.ipynb", notebook)  # bram twice
        archive.writestr("databasespel.ipynb", notebook)  # not trainee 'mail'
    with zipfile.ZipFile(inbox / "floor.zip", "w") as archive:  # her Downloads folder, zipped
        archive.writestr("Downloads/databasespel.ipynb", notebook)
    stamp(inbox / "bram_01-databasespel.ipynb", datetime(2030, 1, 2, 12, 0, tzinfo=timezone.utc))
    stamp(inbox / "mail.zip", datetime(2030, 1, 3, 8, 30, tzinfo=timezone.utc))

    with pytest.raises(TrainerError, match="No student list"):
        zip_collect(course, CHAPTER)
    assert not (root / "submitted" / "bram").exists(), "without a student list nothing is filed"

    (root / "students.csv").write_text("id\nanna\nbram\ncem\ndewi\neva\nfloor\n")
    placements = zip_collect(course, CHAPTER)

    placed = {p.file: p.student for p in placements if p.placed}
    refused = {p.file: p.reason for p in placements if not p.placed}
    assert placed == {"mail/databasespel-bram.ipynb": "bram", "mail/cem/Kopie van databasespel.ipynb": "cem",
                      "DEWI_DATABASESPEL.IPYNB": "dewi", "floor/Downloads/databasespel.ipynb": "floor"}
    assert set(refused) == {"anna_databasespel.ipynb", "verslag.pdf", "databasespel.ipynb",
                            "bram_01-databasespel.ipynb", "mail/databasespel.ipynb"}
    # anna's hub submission has no time of receipt: which one is newer is unknown, so the trainer chooses.
    assert "already has a submission" in refused["anna_databasespel.ipynb"]
    assert "choose 01-databasespel anna" in refused["anna_databasespel.ipynb"]
    assert "older than mail/databasespel-bram.ipynb" in refused["bram_01-databasespel.ipynb"], "the newest wins"
    assert "'mail' is not on the student list" in refused["mail/databasespel.ipynb"]
    assert existing.read_text() == "anna's hub submission", "an existing submission is never overwritten"
    for student in ("bram", "cem", "dewi", "floor"):
        folder = root / "submitted" / student / CHAPTER
        assert sorted(p.name for p in folder.glob("*.ipynb")) == ["databasespel.ipynb"], student
        assert (folder / "databasespel.ipynb").read_text() == notebook
        assert not list(folder.glob("*.IPYNB"))
    # When the file arrived (its modification time; for a zip, the zip's) is the submission's time.
    assert timestamp(root, "bram") == "2030-01-03 08:30:00"
    assert timestamp(root, "cem") == "2030-01-03 08:30:00"
    assert sorted(p.name for p in inbox.iterdir()) == sorted(
        ["bram_01-databasespel.ipynb", "anna_databasespel.ipynb", "verslag.pdf", "databasespel.ipynb",
         "DEWI_DATABASESPEL.IPYNB", "mail.zip", "floor.zip"]
    ), "the inbox is left as the trainer dropped it"

    # A time of receipt given by the trainer (a local time) counts for every file of the run.
    (inbox / "eva_databasespel.ipynb").write_text(notebook)
    with pytest.raises(TrainerError, match="not a date and time"):
        zip_collect(course, CHAPTER, received="gisteren")
    placements = zip_collect(course, CHAPTER, received="2030-01-05 09:15:00 Europe/Amsterdam")
    assert [p.student for p in placements if p.placed] == ["eva"]
    assert timestamp(root, "eva") == "2030-01-05 08:15:00"
    # What was filed before stays filed (also bram's: his two files now have the same time).
    assert {p.student for p in placements if p.kind == "filed"} == {"bram", "cem", "dewi", "floor"}
    assert [p.student for p in placements if p.kind == "choose"] == ["anna"]
