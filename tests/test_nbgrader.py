"""nbgrader round trip per chapter, with nbgrader's own commands in a temporary course.

The round trip is also where every chapter runs in a real kernel, twice: Anna's notebook (every
exercise answered as in the source, hidden tests put back by autograde) must run without an error
and every check must confirm her answer; Bram's untouched notebook must run to the end with only
its checks failing, each with one Dutch sentence and no stack of the course's internals.
"""

from __future__ import annotations

import csv
import re
import shutil

import pytest
from nbgrader.api import Gradebook

from conftest import CHAPTERS, ROOT, nbgrader, nbgrader_meta, read_nb
from leaks import find_leaks
from tools.authoring import RAISES

pytestmark = pytest.mark.slow
SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)


def filled_in(release_path, source_path):
    """The trainee notebook with every exercise answered as in the source."""
    source = {nbgrader_meta(c).get("grade_id"): c for c in read_nb(source_path).cells}
    nb = read_nb(release_path)
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if meta.get("solution"):
            original = source[meta["grade_id"]].source
            answers = SOLUTION.findall(original)
            cell.source = "\n".join(answers) if answers else original
    return nb


def submit(course, student, chapter, notebooks):
    folder = course / "submitted" / student / chapter
    folder.mkdir(parents=True)
    for name, nb in notebooks.items():
        (folder / name).write_text(__import__("nbformat").writes(nb), encoding="utf-8")


def errors(nb) -> list[int]:
    return [i for i, cell in enumerate(nb.cells)
            if cell.cell_type == "code" and any(o.output_type == "error" for o in cell.get("outputs", []))]


def assert_every_check_confirms(graded) -> None:
    """A notebook with every answer right: no cell failed, and each check said so."""
    assert not errors(graded), "a cell failed with the source's answers"
    for cell in graded.cells:
        if cell.cell_type == "code" and nbgrader_meta(cell).get("grade"):
            printed = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
            assert "Goed zo" in printed, f"check {nbgrader_meta(cell)['grade_id']} did not confirm the solution"


def assert_run_all_reaches_the_end(graded) -> None:
    """An untouched notebook: every cell ran, and only the checks failed, tagged raises-exception.

    autograde runs every cell whatever fails; JupyterLab's Run All (and nbclient) stops at a failing
    cell unless it is tagged raises-exception, so with only tagged cells failing Run All reaches the end."""
    code_cells = [c for c in graded.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code_cells), "a cell did not run"
    checks = [i for i, c in enumerate(graded.cells) if c.cell_type == "code" and nbgrader_meta(c).get("grade")]
    assert checks and errors(graded) == checks, "only the (unanswered) checks may fail"
    for index in checks:
        assert RAISES in graded.cells[index].metadata.get("tags", [])
        error = next(o for o in graded.cells[index].outputs if o.output_type == "error")
        assert error.ename in ("WrongAnswer", "AssertionError")
        assert "nog niet gemaakt" in error.evalue
        # Only the sentence, no stack of the course's internals (academy sets IPython's Minimal mode).
        shown = "\n".join(error.traceback)
        assert "File " not in shown and "Traceback" not in shown and len(error.traceback) <= 2, shown


def grades(course, chapter, student):
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        submission = gradebook.find_submission(chapter, student)
        return [
            (grade.name, grade.score, grade.max_score, grade.needs_manual_grade, grade.cell_type)
            for notebook in submission.notebooks for grade in notebook.grades
        ]


@pytest.fixture(scope="module")
def graded_course(released_course, tmp_path_factory):
    """Anna and Bram hand in every chapter; nbgrader's own commands grade all chapters at once.

    One ``autograde``, one ``generate_feedback`` and one ``export`` for the whole course (an
    assignment id of ``*`` is a glob for nbgrader), as a trainer does after a course day; each
    chapter's outcome is checked by its own test below."""
    course = tmp_path_factory.mktemp("round-trip") / "course"
    shutil.copytree(released_course, course)
    for chapter in CHAPTERS:
        release_dir = course / "notebooks" / chapter
        names = sorted(p.name for p in release_dir.glob("*.ipynb"))
        submit(course, "anna", chapter,
               {n: filled_in(release_dir / n, course / "source" / chapter / n) for n in names})
        submit(course, "bram", chapter, {n: read_nb(release_dir / n) for n in names})
    nbgrader("autograde", "*", "--force", cwd=course)
    nbgrader("generate_feedback", "*", "--force", cwd=course)
    nbgrader("export", "--to", str(course / "grades.csv"), cwd=course)
    return course


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_round_trip(graded_course, chapter):
    course = graded_course
    names = sorted(p.name for p in (course / "notebooks" / chapter).glob("*.ipynb"))
    for name, score, max_score, manual, kind in grades(course, chapter, "anna"):
        if kind == "code":
            assert score == max_score, f"anna should get full marks on {name}"
        else:
            assert manual, f"reflection {name} waits for the trainer"
    for name, score, max_score, manual, kind in grades(course, chapter, "bram"):
        if kind == "code":
            assert score == 0, f"an untouched notebook scores 0 on {name}"
    # Bram's checks fail although they are tagged raises-exception (so Run All goes on): still an error, still 0.
    for name in names:
        assert_every_check_confirms(read_nb(course / "autograded" / "anna" / chapter / name))
        assert_run_all_reaches_the_end(read_nb(course / "autograded" / "bram" / chapter / name))

    feedback = sorted((course / "feedback").glob(f"*/{chapter}/*.html"))
    assert len(feedback) == 2 * len(names)
    # Anna's feedback shows her own (right) answers, but never a hidden test.
    assert find_leaks(feedback, kinds=("hidden",), markers=["BEGIN HIDDEN TESTS"]) == []

    with (course / "grades.csv").open() as handle:
        rows = [row for row in csv.DictReader(handle) if row["assignment"] == chapter]
    assert {row["student_id"] for row in rows} == {"anna", "bram"}


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_committed_release_is_what_nbgrader_makes_now(released_course, chapter):
    fresh = sorted((released_course / "notebooks" / chapter).glob("*"))
    committed = sorted((ROOT / "notebooks" / chapter).glob("*"))
    assert [p.name for p in committed] == [p.name for p in fresh], "run: make release"
    for new, old in zip(fresh, committed):
        assert read_nb(old) == read_nb(new), f"{old} is stale: run make release"


def test_trainee_notebooks_give_nothing_away():
    files = sorted((ROOT / "notebooks").rglob("*"))
    files = [p for p in files if p.is_file()]
    assert files
    assert find_leaks(files) == []
