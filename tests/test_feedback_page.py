"""The feedback page nbgrader makes for a trainee is Dutch and loads nothing from other hosts.

Plain `nbgrader generate_feedback` with the course's nbgrader_config.py, on a real autograded
submission of chapter 1 with a trainer's comment.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from nbgrader.api import Gradebook

from academy_trainer.course import load_config
from academy_trainer.feedback_page import TEMPLATE_NAME
from conftest import nbgrader
from trainer_fixtures import CHAPTER, NOTEBOOK, partly_right, release_chapter_one, with_answer, write_submission

pytestmark = pytest.mark.slow

ENGLISH = ("Student's answer", "Student's task", "Comments", "Score", "Test cell", "Grade cell", "(Top)",
           "WrongAnswer", "AssertionError")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""")


def loaded_from_elsewhere(soup: BeautifulSoup) -> list[str]:
    """Every script, style sheet, image, frame or CSS url() the page would load from another host.

    Links a reader may click (<a href>) load nothing by themselves."""
    addresses = [tag.get("src") for tag in soup.find_all(src=True)]
    addresses += [tag.get("href") for tag in soup.find_all("link", href=True)]
    for style in soup.find_all("style"):
        addresses += [a or b for a, b in CSS_URL.findall(style.get_text())]
    addresses += [a or b for tag in soup.find_all(style=True) for a, b in CSS_URL.findall(tag["style"])]
    return [a for a in addresses if urlsplit(a).netloc or a.startswith("//")]


@pytest.fixture(scope="module")
def feedback_page(tmp_path_factory) -> BeautifulSoup:
    course = release_chapter_one(tmp_path_factory.mktemp("feedback-page"))
    # One answer right, one wrong (so a check's Dutch message is in the page).
    write_submission(course, "anna", with_answer(partly_right(course), "per-persoon", "per_persoon = 5"))
    nbgrader("autograde", CHAPTER, "--force", cwd=course)
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        comment = gradebook.find_comment("tel-de-kaarten", NOTEBOOK.removesuffix(".ipynb"), CHAPTER, "anna")
        comment.manual_comment = "Mooi geteld, **Anna**."
        gradebook.db.commit()
    nbgrader("generate_feedback", CHAPTER, "--force", cwd=course)
    page = course / "feedback" / "anna" / CHAPTER / NOTEBOOK.replace(".ipynb", ".html")
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def test_the_feedback_page_is_dutch(feedback_page):
    text = feedback_page.get_text(" ")
    assert feedback_page.html["lang"] == "nl"
    assert [word for word in ENGLISH if word in text] == []
    assert not re.search(r"\b(In|Out)\s*\[\d+\]", text), "no English cell prompts"
    assert "Jouw antwoord" in text and "Controle" in text and "Opmerking van de trainer" in text
    assert "databasespel (punten: 3 van 10)" in text, "her total: the first exercise (3) of 8 + 2 by hand"
    # The trainer's comment and the check's message are rendered Markdown, not raw asterisks or backticks.
    assert feedback_page.find("strong", string="Anna") is not None
    assert feedback_page.find("code", string="per_persoon") is not None


def test_the_feedback_page_loads_nothing_from_other_hosts(feedback_page):
    assert loaded_from_elsewhere(feedback_page) == []
    assert "mathjax" not in str(feedback_page).lower()


def test_formgrader_keeps_nbgraders_own_template(tmp_path):
    """The Dutch template is set on the feedback exporter's own class, not on every HTMLExporter."""
    from nbconvert.exporters import HTMLExporter

    from conftest import ROOT

    config = load_config(ROOT)
    assert HTMLExporter(config=config).template_name != TEMPLATE_NAME
