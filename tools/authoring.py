"""Build nbgrader source notebooks from readable Python chapter scripts.

Each ``tools/chapters/<chapter>.py`` describes one chapter as a list of cells
made with the functions below and writes ``source/<chapter>/<name>.ipynb``.
The script is where a chapter is edited; ``tests/test_sources.py`` checks
that the committed notebook is what the script makes.

Cell kinds, with the nbgrader metadata each needs (schema 3):

- ``md`` / ``code``: narrative and demonstration, run by everybody;
- ``exercise``: an autograded answer cell; the solution sits between
  ``### BEGIN SOLUTION`` and ``### END SOLUTION`` and nbgrader replaces it
  with a stub;
- ``check``: the test cell of an exercise: a visible part (Dutch feedback via
  ``academy.checks``) and hidden tests that nbgrader strips from the release;
- ``reflection``: a manually graded markdown answer whose source holds the
  model answer and mark scheme (replaced by a stub for trainees);
- ``trainer``: a trainer note, removed from the trainee notebook.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import nbformat

from academy_trainer.release import TRAINER_TAG

ROOT = Path(__file__).resolve().parents[1]


def _clean(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def _nbgrader(grade_id: str, *, grade: bool, solution: bool, locked: bool, points: float | None = None) -> dict:
    meta = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": locked,
        "schema_version": 3,
        "solution": solution,
        "task": False,
    }
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def md(text: str, tags: tuple[str, ...] = ()):
    cell = nbformat.v4.new_markdown_cell(_clean(text))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


GLOSSARY_WORD = "**begrippenlijst**"  # the site turns it into a link to the glossary (tools/publish.py)
# Every chapter uses this sentence, so the link is on every chapter page.
GLOSSARY_HINT = f"Een woord dat je niet kent? Zoek het op in de {GLOSSARY_WORD} van de cursus."
# Tables show 0,25 (academy.dutch.table_number); Python code needs 0.25, and reads 0,25 as a pair.
DECIMAL_HINT = ("In tabellen staan kommagetallen zoals je gewend bent: 0,25. In je eigen code schrijf je een punt: "
                "`0.25`. Python leest `0,25` als twee getallen.")

HOW_IT_WORKS = f"""
## Zo werkt dit hoofdstuk

Voer de cellen van boven naar beneden uit (**Shift + Enter**). Bij een oefening schrijf je je antwoord
op de plek van `# SCHRIJF HIER JE CODE`. Voer daarna de controlecel eronder uit. Bij een vraag schrijf
je een kort antwoord in gewone taal (dubbelklik op de cel om te typen). Kom je er niet uit? Klik op
**Hint**, of ga gewoon verder: de rest van het hoofdstuk werkt ook zonder jouw antwoord.
{DECIMAL_HINT}
{GLOSSARY_HINT}
"""


def how_it_works(extra: str = ""):
    """The "Zo werkt dit hoofdstuk" cell every chapter after the first opens with, plus a chapter's own note."""
    return md(HOW_IT_WORKS + ("\n" + _clean(extra) if extra else ""))


def code(source: str, tags: tuple[str, ...] = (), alt: str | None = None):
    """A code cell; ``alt`` is the Dutch alt text of the figure it draws (read by myst-nb)."""
    cell = nbformat.v4.new_code_cell(_clean(source))
    if tags:
        cell.metadata["tags"] = list(tags)
    if alt:
        cell.metadata["mystnb"] = {"image": {"alt": alt}}
    return cell


def exercise(grade_id: str, prompt: str, solution: str):
    """An answer cell: a comment saying what to make, then the solution."""
    source = f"{_clean(prompt)}\n### BEGIN SOLUTION\n{_clean(solution)}\n### END SOLUTION"
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata.update(_nbgrader(grade_id, grade=False, solution=True, locked=False))
    return cell


# JupyterLab's Run All (and nbclient) go on past a cell with this tag when it raises; nbgrader still scores it 0.
RAISES = "raises-exception"


def check(grade_id: str, points: float, visible: str, hidden: str):
    """A locked test cell: visible feedback first, hidden tests after.

    A failing check does not stop Run All Cells: an empty exercise must not hide the rest of the chapter."""
    source = f"{_clean(visible)}\n### BEGIN HIDDEN TESTS\n{_clean(hidden)}\n### END HIDDEN TESTS"
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [RAISES]})
    cell.metadata.update(_nbgrader(grade_id, grade=True, solution=False, locked=True, points=points))
    return cell


def reflection(grade_id: str, points: float, model_answer: str):
    """A manually graded answer; its source is the mark scheme for the trainer."""
    cell = nbformat.v4.new_markdown_cell(_clean(model_answer))
    cell.metadata.update(_nbgrader(grade_id, grade=True, solution=True, locked=False, points=points))
    return cell


def trainer(text: str):
    """A note for the trainer edition only."""
    return md(text, tags=(TRAINER_TAG,))


def notebook(cells: list) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python", "version": "3.11"}
    # Cell ids must be stable, or every rebuild would change the file.
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index:03d}"
    return nb


def write(nb: nbformat.NotebookNode, chapter: str, name: str) -> Path:
    path = ROOT / "source" / chapter / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.validate(nb)
    path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    return path
