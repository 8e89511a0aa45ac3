"""One object per question: the notebook's visible and hidden test cells both call it, the hidden check stays home."""

from __future__ import annotations

import ast
import importlib
import re

import pytest

from academy.checks.question import HIDDEN_CHECKS, Question, hidden_checks_file
from conftest import ROOT, SOURCE_NOTEBOOKS, nbgrader_meta, read_nb

HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
# Chapters whose questions are objects (since issue 16: every chapter with a graded cell).
CHAPTERS = sorted(path.parent for path in (ROOT / "source").glob(f"*/{HIDDEN_CHECKS}"))


def grade_cells(chapter):
    notebook = read_nb(next(chapter.glob("*.ipynb")))
    return [c for c in notebook.cells if c.cell_type == "code" and nbgrader_meta(c).get("grade")]


def test_every_graded_chapter_has_its_questions_as_objects():
    graded = [notebook.parent for notebook in SOURCE_NOTEBOOKS if grade_cells(notebook.parent)]
    assert graded and [chapter.name for chapter in graded if chapter not in CHAPTERS] == []


def questions_of(chapter) -> list[Question]:
    """The questions of the check module the chapter's graded cells import."""
    imported = re.search(r"from academy\.checks import (\w+) as controle", grade_cells(chapter)[0].source)
    module = importlib.import_module(f"academy.checks.{imported.group(1)}")
    return [value for value in vars(module).values() if isinstance(value, Question)]


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.name)
def test_visible_and_hidden_tests_call_the_same_question(chapter):
    module = None
    for cell in grade_cells(chapter):
        imported = re.search(r"from academy\.checks import (\w+) as controle", cell.source)
        module = importlib.import_module(f"academy.checks.{imported.group(1)}")
        visible = cell.source.split("### BEGIN HIDDEN TESTS")[0]
        name = re.search(r"^controle\.(\w+)\(\)$", visible, re.M).group(1)
        assert isinstance(getattr(module, name), Question)
        assert getattr(module, name).chapter == chapter.name
        assert HIDDEN.search(cell.source).group(1).strip() == f"controle.{name}.hidden()"
    hidden = {node.name for node in ast.parse((chapter / HIDDEN_CHECKS).read_text()).body
              if isinstance(node, ast.FunctionDef)}
    questions = {question.__name__ for question in questions_of(chapter)}
    assert questions <= hidden, "every question has its hidden check"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.name)
def test_hidden_checks_type_no_number_the_data_determine(chapter):
    # The expected values come from the question (computed from the data), never typed in.
    tree = ast.parse((chapter / HIDDEN_CHECKS).read_text())
    numbers = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
               and isinstance(node.value, (int, float)) and not isinstance(node.value, bool)]
    assert numbers == []


def test_hidden_checks_are_found_from_the_autograded_folder(tmp_path):
    course = tmp_path / "course"
    real = course / "source" / "03-datakoppeling" / HIDDEN_CHECKS
    # A submission could bring a source/ folder of its own: the course's file wins.
    planted = course / "autograded" / "anna" / "03-datakoppeling" / "source" / "03-datakoppeling" / HIDDEN_CHECKS
    for path in (real, planted):
        path.parent.mkdir(parents=True)
        path.write_text("")
    assert hidden_checks_file("03-datakoppeling", planted.parents[2]) == real
    with pytest.raises(FileNotFoundError, match="grade inside the course folder"):
        hidden_checks_file("03-datakoppeling", tmp_path.parent)



def test_the_leak_scan_looks_for_the_hidden_checks(tmp_path):
    # The scans of notebooks/, the site, the trainees' branch and the Lite wheel use these lines.
    from leaks import find_leaks, secret_lines
    hidden = [line for line, where in secret_lines().items() if HIDDEN_CHECKS in where]
    assert len(hidden) >= 3 * len(CHAPTERS)
    leaked = tmp_path / "page.html"
    leaked.write_text(f"<p>{hidden[0]}</p>")
    assert find_leaks([leaked]) != []


def test_no_hidden_check_line_is_also_in_the_trainees_package():
    # Quick form of the site's leak scan: a line shared with academy/ would be found in the Lite wheel.
    from leaks import secret_lines
    package = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "academy").rglob("*.py"))
    assert [line for line in secret_lines() if line in package] == []


def _texts(value) -> set[str]:
    """The texts a right answer holds: the value itself, or the texts in its list or among its mapping's values."""
    if isinstance(value, str):
        return {value}
    items = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple, set)) else ()
    return {item for item in items if isinstance(item, str)}


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.name)
def test_hidden_checks_type_no_text_a_right_answer_holds(chapter):
    # As with numbers: a category or a principle in the right answer comes from the question, never typed in.
    typed = {node.value for node in ast.walk(ast.parse((chapter / HIDDEN_CHECKS).read_text()))
             if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    answers = {text for question in questions_of(chapter) for name in question.names
               for text in _texts(question.expected[name])}
    assert typed & answers == set()
