"""Filing downloaded notebooks: every file placed or reported, nothing overwritten."""

from __future__ import annotations

import zipfile

import pytest

from academy.trainer.course import Course
from academy.trainer.inbox import match_file, zip_collect
from conftest import make_course

CHAPTER = "01-databasespel"
NOTEBOOKS = ["databasespel.ipynb"]


@pytest.mark.parametrize("path, student", [
    ("anna_01-databasespel.ipynb", "anna"),
    ("01-databasespel-bram.ipynb", "bram"),
    ("cem_databasespel.ipynb", "cem"),
    ("databasespel.dewi.ipynb", "dewi"),
    ("eva/databasespel.ipynb", "eva"),
    ("inzendingen/floor/databasespel.ipynb", "floor"),
    ("j.de-vries@gemeente.nl_01-databasespel.ipynb", "j.de-vries@gemeente.nl"),
])
def test_the_trainee_is_read_from_the_name_or_folder(path, student):
    placement = match_file(path, CHAPTER, NOTEBOOKS)
    assert (placement.student, placement.notebook, placement.reason) == (student, "databasespel.ipynb", "")


def test_a_renamed_notebook_is_filed_under_the_chapters_name():
    placement = match_file("gijs/Kopie van databasespel (1).ipynb", CHAPTER, NOTEBOOKS)
    assert (placement.student, placement.notebook) == ("gijs", "databasespel.ipynb")
    assert placement.note
    placement = match_file("hans/mijn werk.ipynb", CHAPTER, NOTEBOOKS)
    assert (placement.student, placement.notebook) == ("hans", "databasespel.ipynb")
    assert "renamed" in placement.note


@pytest.mark.parametrize("path, reason", [
    ("verslag.pdf", "not a notebook"),
    ("databasespel.ipynb", "no trainee"),
    ("__MACOSX/._anna_databasespel.ipynb", "system file"),
    ("iemand anders_01-databasespel.ipynb", "not a valid student id"),
])
def test_files_that_cannot_be_placed_say_why(path, reason):
    assert reason in match_file(path, CHAPTER, NOTEBOOKS).reason


def test_a_roster_refuses_strangers_and_fixes_the_case():
    assert "not on the student list" in match_file("zoe_databasespel.ipynb", CHAPTER, NOTEBOOKS, ["anna"]).reason
    assert match_file("Anna_databasespel.ipynb", CHAPTER, NOTEBOOKS, ["anna"]).student == "anna"


def test_a_chapter_with_several_notebooks_needs_the_notebook_name():
    notebooks = ["deel1.ipynb", "deel2.ipynb"]
    assert match_file("anna_deel2.ipynb", "03-koppelen", notebooks).notebook == "deel2.ipynb"
    assert "several notebooks" in match_file("anna_03-koppelen.ipynb", "03-koppelen", notebooks).reason


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
    with zipfile.ZipFile(inbox / "mail.zip", "w") as archive:
        archive.writestr("cem/Kopie van databasespel.ipynb", notebook)
        archive.writestr("databasespel-bram.ipynb", notebook)  # bram twice

    placements = zip_collect(course, CHAPTER)

    placed = {p.file: p.student for p in placements if p.placed}
    refused = {p.file: p.reason for p in placements if not p.placed}
    assert placed == {"bram_01-databasespel.ipynb": "bram", "mail/cem/Kopie van databasespel.ipynb": "cem"}
    assert set(refused) == {"anna_databasespel.ipynb", "verslag.pdf", "databasespel.ipynb",
                            "mail/databasespel-bram.ipynb"}
    assert "already has a submission" in refused["anna_databasespel.ipynb"]
    assert "second file" in refused["mail/databasespel-bram.ipynb"]
    assert existing.read_text() == "anna's hub submission", "an existing submission is never overwritten"
    for student in ("bram", "cem"):
        assert (root / "submitted" / student / CHAPTER / "databasespel.ipynb").read_text() == notebook
    assert sorted(p.name for p in inbox.iterdir()) == sorted(
        ["bram_01-databasespel.ipynb", "anna_databasespel.ipynb", "verslag.pdf", "databasespel.ipynb", "mail.zip"]
    ), "the inbox is left as the trainer dropped it"
