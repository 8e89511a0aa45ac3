"""Class results for the discussion, from synthetic submissions: counts right, no names, never exec."""

from __future__ import annotations

import shutil

import nbformat
import pytest

from academy_trainer.class_results import answer_in_source, class_results, format_sections
from academy_trainer.course import Course
from conftest import ROOT



def course_with(tmp_path, chapters):
    root = tmp_path / "course"
    root.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", root)
    for chapter in chapters:
        (root / "source" / chapter).mkdir(parents=True)
    return root


def submit(root, chapter, student, source, grade_id):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import pandas as pd"), nbformat.v4.new_code_cell(source)]
    nb.cells[1].metadata["nbgrader"] = {"grade_id": grade_id, "solution": True}
    folder = root / "submitted" / student / chapter
    folder.mkdir(parents=True)
    (folder / "nb.ipynb").write_text(nbformat.writes(nb))


def test_answers_are_read_as_literals_never_run(tmp_path):
    assert answer_in_source("# plak hier\nrangorde = ['F', 'D']\n", "rangorde") == ["F", "D"]
    assert answer_in_source("rangorde = ['A']\nrangorde = ['B']", "rangorde") == ["B"]
    assert answer_in_source("rangorde = ['C',\n   'D']\nprint(", "rangorde") == ["C", "D"]  # a syntax error below
    target = tmp_path / "ran"
    with pytest.raises(ValueError):
        answer_in_source(f"rangorde = open({str(target)!r}, 'w')", "rangorde")
    assert not target.exists()
    with pytest.raises(KeyError):
        answer_in_source("x = 1", "rangorde")


def test_class_results_from_synthetic_submissions(tmp_path):
    from academy.dialogue import STATEMENT_IDS

    root = course_with(tmp_path, ["05-datadialoog", "06-linda"])  # no chapter 9 yet
    rankings = {"anna": "FDABCE", "bram": "DFABCE", "cem": "ABCFED", "dewi": "CDEFAB"}
    for student, letters in rankings.items():
        submit(root, "06-linda", student, f"rangorde = {list(letters)!r}", "rangorde")
    submit(root, "06-linda", "eva", "rangorde = ['A', 'A']", "rangorde")  # invalid
    submit(root, "06-linda", "fleur", "# SCHRIJF HIER JE CODE", "rangorde")  # no answer
    for student, position in {"anna": 5, "bram": 4, "cem": 4}.items():
        submit(root, "05-datadialoog", student, f"posities = {dict.fromkeys(STATEMENT_IDS, position)!r}", "posities")

    sections = {s.key: s for s in class_results(Course(root), tmp_path / "out")}
    text = format_sections(list(sections.values()))

    linda = sections["linda"]
    assert "2 van de 4 geldige rangordes" in linda.lines[0] and "89%" in linda.lines[0]  # anna, cem
    assert (tmp_path / "out" / "linda.png").stat().st_size > 10_000
    dialogue = sections["dialoog"]
    assert "3 ingevulde polls." in dialogue.lines
    assert (tmp_path / "out" / "datadialoog.png").exists()
    assert any("no chapter 09" in note for note in sections["volwassenheid"].notes)
    # Problems are named by pseudonym, never by id; no trainee id appears anywhere on screen.
    assert sum("cursist" in note for note in linda.notes) == 2
    for student in ("anna", "bram", "cem", "dewi", "eva", "fleur"):
        assert student not in text


def test_the_maturity_radar_shows_the_class_average(tmp_path):
    from academy.widgets.maturity import CATEGORY_IDS

    root = course_with(tmp_path, ["09-afronding"])
    anna = {category: 1 + number % 5 for number, category in enumerate(CATEGORY_IDS)}  # cultuur: 2
    submit(root, "09-afronding", "anna", f"datavolwassenheid = {anna!r}", "scan")
    submit(root, "09-afronding", "bram", f"datavolwassenheid = {dict.fromkeys(CATEGORY_IDS, 5)!r}", "scan")
    section = {s.key: s for s in class_results(Course(root), tmp_path / "out")}["volwassenheid"]
    assert "2 ingevulde scans" in section.lines[0]
    assert "  Cultuur: 3.5" in section.lines
    assert (tmp_path / "out" / "datavolwassenheid.png").exists()
