"""Check the chapters' nbgrader source notebooks: python -m tools.authoring check [--fix] [notebook ...]

A chapter is edited where it reads: ``source/<chapter>/<name>.ipynb`` in
JupyterLab (with nbgrader's "Create Assignment" toolbar for answer and test
cells). This check holds what a hand edit can easily get wrong, with one line
per problem saying what to do; ``--fix`` repairs the mechanical ones (outputs
left in, a missing tag). The test suite runs it on every chapter.

Cell kinds, with the nbgrader metadata each needs (schema 3):

- narrative and demonstration: plain markdown and code cells, run by everybody;
- answer cell (``solution``, code): the solution sits between
  ``### BEGIN SOLUTION`` and ``### END SOLUTION``; nbgrader replaces it with a stub;
- test cell (``grade``, code, locked): the visible check (Dutch feedback via
  ``academy.checks``) and hidden tests between ``### BEGIN HIDDEN TESTS`` and
  ``### END HIDDEN TESTS``; tagged ``raises-exception`` so Run All goes on past
  an empty answer (nbgrader still scores it 0);
- reflection (``grade`` and ``solution``, markdown): the model answer and mark scheme;
- trainer note: a markdown cell tagged ``trainer``, removed from the release.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "source"

GLOSSARY_WORD = "**begrippenlijst**"  # the site turns it into a link to the glossary (tools/publish.py)

# JupyterLab's Run All (and nbclient) go on past a cell with this tag when it raises; nbgrader still scores it 0.
RAISES = "raises-exception"
NBGRADER_KEYS = {"grade", "grade_id", "locked", "schema_version", "solution", "task"}


def source_notebooks(root: Path = ROOT) -> list[Path]:
    """Every chapter's source notebook, in course order."""
    return sorted((root / "source").glob("[0-9][0-9]-*/*.ipynb"))


def canonical(nb: nbformat.NotebookNode) -> str:
    """The file as JupyterLab (nbformat) writes it: stable, so a save changes only what was edited."""
    return nbformat.writes(nb) + "\n"


def _is_test(cell) -> bool:
    meta = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and meta.get("grade") and not meta.get("solution")


def _fix(nb: nbformat.NotebookNode) -> None:
    """Repair what needs no judgement: outputs left in by a run, a test cell without its tag."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        if _is_test(cell) and RAISES not in cell.metadata.get("tags", []):
            cell.metadata["tags"] = [*cell.metadata.get("tags", []), RAISES]


def problems(path: Path) -> list[str]:
    """What is wrong with one source notebook, one readable line each (empty: all is well)."""
    text = path.read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=4)
    found = []
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as error:
        found.append(f"not a valid notebook: {error.message}")
    ids = [cell.get("id") for cell in nb.cells]
    if None in ids or len(set(ids)) != len(ids):
        found.append("every cell needs its own id: open and save the notebook in JupyterLab 4")
    if nb.metadata.get("kernelspec", {}).get("name") != "python3":
        found.append("the kernel must be 'python3' (Kernel > Change Kernel > Python 3)")
    grade_ids = []
    for index, cell in enumerate(nb.cells):
        where = f"cell {index} ({cell.source.strip().splitlines()[0][:40] if cell.source.strip() else 'empty'!r})"
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count):
            found.append(f"{where}: has output; clear all outputs before saving (or run with --fix)")
        meta = cell.metadata.get("nbgrader")
        if meta is None:
            continue
        missing = NBGRADER_KEYS - set(meta)
        if missing or meta.get("schema_version") != 3:
            found.append(f"{where}: nbgrader metadata incomplete ({', '.join(sorted(missing)) or 'schema'}): "
                         "set the cell type again in the Create Assignment toolbar")
            continue
        grade_ids.append(meta["grade_id"])
        if meta["grade"] and not meta.get("points"):
            found.append(f"{where}: a graded cell needs points")
        if cell.cell_type == "code" and meta["solution"]:
            if "### BEGIN SOLUTION" not in cell.source or "### END SOLUTION" not in cell.source:
                found.append(f"{where}: an answer cell needs ### BEGIN SOLUTION and ### END SOLUTION")
        if _is_test(cell):
            if not meta["locked"]:
                found.append(f"{where}: a test cell must be read-only (locked)")
            if "### BEGIN HIDDEN TESTS" not in cell.source or "### END HIDDEN TESTS" not in cell.source:
                found.append(f"{where}: a test cell needs hidden tests (### BEGIN/END HIDDEN TESTS)")
            if "academy.checks" not in cell.source:
                found.append(f"{where}: a test cell gives its Dutch feedback through academy.checks")
            if RAISES not in cell.metadata.get("tags", []):
                found.append(f"{where}: a test cell needs the tag {RAISES!r} (or run with --fix)")
    duplicates = sorted({g for g in grade_ids if grade_ids.count(g) > 1})
    if duplicates:
        found.append(f"grade ids used twice: {', '.join(duplicates)}")
    if not found and text != canonical(nb):
        found.append("not saved as JupyterLab saves it (run with --fix)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.authoring", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check"])
    parser.add_argument("--fix", action="store_true", help="clear outputs, add missing tags, save canonically")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every chapter in source/")
    args = parser.parse_intermixed_args(argv)
    failed = 0
    for path in args.notebooks or source_notebooks():
        if args.fix:
            nb = nbformat.read(path, as_version=4)
            _fix(nb)
            path.write_text(canonical(nb), encoding="utf-8")
        for problem in problems(path):
            print(f"{path}: {problem}")
            failed += 1
    print(f"{failed} problem(s)" if failed else "all source notebooks are well formed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
