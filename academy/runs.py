"""What the trainee ran in this kernel: which cell made which name, and whether that cell raised.

A check reads the trainee's variable; this module tells it when that value is stale:
the cell that makes it raised an error, was never run, or was changed (and saved)
after it ran. IPython's events ``pre_run_cell`` and ``post_run_cell`` give every
cell's source, its id (sent by JupyterLab) and whether it raised. The notebook on
disk (``JPY_SESSION_NAME``, set by Jupyter Server for a notebook's kernel) tells
which cells exist but were not run. Under ``nbgrader autograde`` there is no such
notebook, so only "the cell raised" applies: the check judges what the notebook computes.
"""

from __future__ import annotations

import ast
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    cell_id: str | None
    source: str
    succeeded: bool
    finished: float  # time.time() when the cell ended


_by_name: dict[str, Run] = {}   # the last run of a cell that assigns the name
_by_cell: dict[str, Run] = {}   # the last run of each cell id
_current: dict[str, str | None] = {"cell_id": None}
_ASSIGNMENT = re.compile(r"^\s*([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)?[-+*/]?=(?!=)", re.M)


def assigned_names(source: str) -> set[str]:
    """Names a cell makes: assignments, imports, functions, classes, loop variables.

    A cell with a syntax error cannot be parsed, so lines like ``x = ...`` are read instead."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set(_ASSIGNMENT.findall(source))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def _before(info) -> None:
    _current["cell_id"] = getattr(info, "cell_id", None)


def _after(result) -> None:
    info = result.info
    if info is None or getattr(info, "silent", False):
        return
    run = Run(getattr(info, "cell_id", None), info.raw_cell, bool(result.success), time.time())
    if run.cell_id:
        _by_cell[run.cell_id] = run
    for name in assigned_names(info.raw_cell):
        _by_name[name] = run


def install(shell) -> None:
    """Follow every cell the shell runs (once per kernel)."""
    if getattr(shell, "_academy_runs", False):
        return
    shell.events.register("pre_run_cell", _before)
    shell.events.register("post_run_cell", _after)
    shell._academy_runs = True


@dataclass(frozen=True)
class SavedCell:
    cell_id: str
    source: str


def _notebook() -> tuple[list[SavedCell], float] | None:
    """The code cells of the notebook this kernel belongs to, as last saved, and when it was saved."""
    path = Path(os.environ.get("JPY_SESSION_NAME", ""))
    if path.suffix != ".ipynb" or not path.is_file():
        return None
    try:
        saved = path.stat().st_mtime
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return None
    return [SavedCell(str(c.get("id")), "".join(c.get("source", ""))) for c in cells
            if c.get("cell_type") == "code"], saved


def cells_above_making(name: str) -> tuple[list[SavedCell], float] | None:
    """The saved code cells above the running cell that make ``name`` (nearest first), and when they were saved.

    None when the notebook or the running cell is not known (nbgrader, a plain kernel)."""
    found = _notebook()
    if found is None:
        return None
    cells, saved = found
    ids = [cell.cell_id for cell in cells]
    if _current["cell_id"] not in ids:
        return None
    above = cells[:ids.index(_current["cell_id"])]
    return [cell for cell in reversed(above) if name in assigned_names(cell.source)], saved


def _failed(name: str) -> str:
    return (f"De cel waarin je `{name}` maakt, gaf een foutmelding. Los die fout eerst op en voer die cel "
            "opnieuw uit. Voer daarna deze controle uit.")


def stale(name: str) -> str | None:
    """A Dutch sentence when the value of ``name`` is not what the trainee's answer cell makes now.

    With the notebook known, the answer cell is the nearest saved cell above the check that makes
    ``name``; without it (nbgrader), the last cell that made ``name``."""
    makers, saved = cells_above_making(name) or ([], 0.0)
    if not makers:
        run = _by_name.get(name)
        return _failed(name) if run is not None and not run.succeeded else None
    answer_cell = makers[0]
    last = _by_cell.get(answer_cell.cell_id)
    if last is None:
        return (f"Je hebt de cel waarin je `{name}` maakt nog niet uitgevoerd. Klik in die cel en druk op "
                "Shift + Enter. Voer daarna deze controle uit.")
    if not last.succeeded:
        return _failed(name)
    if last.source != answer_cell.source and saved > last.finished:
        return (f"Je hebt de cel waarin je `{name}` maakt veranderd, maar nog niet opnieuw uitgevoerd. "
                "Voer die cel opnieuw uit (Shift + Enter). Voer daarna deze controle uit.")
    return None


def ran_successfully(cell_id: str) -> bool:
    """Whether the cell with this id ran in this kernel without an error."""
    run = _by_cell.get(cell_id)
    return run is not None and run.succeeded
