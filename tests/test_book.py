"""The public book builds with warnings as errors and shows chapters in trainee form."""

from __future__ import annotations

import re

import pytest

from conftest import CHAPTERS, ROOT, read_nb
from leaks import find_leaks

pytestmark = pytest.mark.slow


def chapter_pages(site):
    return {chapter: next((site / "book" / "chapters" / chapter).glob("*.html")) for chapter in CHAPTERS}


def test_every_chapter_page_is_built_in_dutch(site):
    for chapter, page in chapter_pages(site).items():
        text = page.read_text(encoding="utf-8")
        assert 'lang="nl"' in text, chapter
        assert "Hoofdstuk" in text


def test_exercises_show_in_trainee_form_without_tracebacks(site):
    for chapter, page in chapter_pages(site).items():
        text = page.read_text(encoding="utf-8")
        assert "SCHRIJF HIER JE CODE" in text, f"{chapter}: exercise stubs are shown"
        assert "SCHRIJF HIER JE ANTWOORD" in text, f"{chapter}: reflection stubs are shown"
        for sign in ("Traceback", "NameError", "WrongAnswer", "AssertionError"):
            assert sign not in text, f"{chapter}: {sign} on the page"


def test_narrative_cells_were_executed(site):
    page = chapter_pages(site)["01-databasespel"].read_text(encoding="utf-8")
    assert "B. Bos" in page  # the table of the deck is an output of the chapter
    assert re.search(r"application/vnd\.jupyter\.widget-state\+json", page), "the card table's state is saved"


def test_downloads_offer_the_trainee_notebook(site):
    for chapter in CHAPTERS:
        for released in (ROOT / "notebooks" / chapter).glob("*.ipynb"):
            download = site / "_sources" / "book" / "chapters" / chapter / released.name
            assert read_nb(download) == read_nb(released)


def test_site_gives_nothing_away(site):
    files = [p for p in site.rglob("*") if p.is_file() and p.suffix in (".html", ".ipynb", ".js", ".txt", ".json")]
    assert find_leaks(files) == []
