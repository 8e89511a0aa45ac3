"""Chapter execution: each source notebook in a fresh kernel vs a notebook of only its imports.

The floor is what no chapter can avoid: starting a kernel and importing the
libraries it uses. What a chapter adds on top (loading data, fitting, drawing
plots, building widgets, running its checks) is the part an author controls.
"""

from __future__ import annotations

import ast
import statistics
from datetime import datetime
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from bench.measure import median_pair, ratio

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.5
CHECK_TARGET_SECONDS = 0.3  # a trainee runs a check cell and waits for its answer
MAGIC = ("%", "!")


def source_notebooks(root: Path = ROOT) -> list[Path]:
    return sorted((root / "source").glob("[0-9][0-9]-*/*.ipynb"))


def import_lines(nb: nbformat.NotebookNode) -> list[str]:
    """Every top-level import statement of the notebook's code cells, once, in order."""
    found: list[str] = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        code = "\n".join("" if line.lstrip().startswith(MAGIC) else line for line in cell.source.splitlines())
        try:
            tree = ast.parse(code)
        except SyntaxError:
            continue  # an answer stub: nothing a floor needs
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                statement = ast.unparse(node)
                if statement not in found:
                    found.append(statement)
    return found


def floor_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A one-cell notebook that imports what ``nb`` imports and does nothing else."""
    floor = nbformat.v4.new_notebook(metadata=nb.metadata)
    floor.cells.append(nbformat.v4.new_code_cell("\n".join(import_lines(nb))))
    return floor


def execute(nb: nbformat.NotebookNode, folder: Path, timeout: int = 600) -> nbformat.NotebookNode:
    """Run a copy of ``nb`` in a fresh kernel started in ``folder`` (start and shutdown included); the copy."""
    client = NotebookClient(nbformat.from_dict(nb), timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(folder)}},
                            extra_arguments=["--IPKernelApp.log_level=ERROR"])  # no TCP warning per kernel
    return client.execute()


def check_seconds(executed: nbformat.NotebookNode) -> list[float]:
    """How long each check cell (an nbgrader test cell) took to answer: the kernel's start of the cell to its
    reply, from the timings nbclient records in the cell's metadata."""
    found = []
    for cell in executed.cells:
        timing = cell.metadata.get("execution", {})
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade") and timing:
            start, end = (datetime.fromisoformat(timing[key].replace("Z", "+00:00"))
                          for key in ("iopub.execute_input", "shell.execute_reply"))
            found.append((end - start).total_seconds())
    return found


def measure(path: Path, repeats: int) -> dict:
    nb = nbformat.read(path, as_version=4)
    floor = floor_notebook(nb)
    checks: list[float] = []
    chapter, floor_time = median_pair(lambda: checks.extend(check_seconds(execute(nb, path.parent))),
                                      lambda: execute(floor, path.parent), repeats)
    seconds, floor_seconds = round(chapter.wall, 3), round(floor_time.wall, 3)
    cpu, floor_cpu = round(chapter.cpu, 3), round(floor_time.cpu, 3)
    times = ratio(seconds, floor_seconds)  # of the figures shown, so a reader gets the same ratio
    return {
        "notebook": f"{path.parent.name}/{path.name}",
        "seconds": seconds,
        "floor_seconds": floor_seconds,
        "cpu_seconds": cpu,
        "floor_cpu_seconds": floor_cpu,
        "cpu_times_floor": ratio(cpu, floor_cpu),
        "floor": "fresh kernel running only: " + "; ".join(import_lines(nb)),
        "times_floor": times,
        "target_times_floor": TARGET_RATIO,
        "meets_target": times is not None and times <= TARGET_RATIO,
        **_check_figures(checks),
    }


def _check_figures(checks: list[float]) -> dict:
    """The median answer time of the chapter's check cells over every run (none: a chapter without checks)."""
    if not checks:
        return {}
    median = round(statistics.median(checks), 3)
    return {"check_cells": len(checks), "check_median_seconds": median, "check_max_seconds": round(max(checks), 3),
            "check_target_seconds": CHECK_TARGET_SECONDS, "check_meets_target": median <= CHECK_TARGET_SECONDS}


def run(notebooks: list[Path] | None = None, repeats: int = 3) -> dict:
    notebooks = source_notebooks() if notebooks is None else notebooks
    return {"repeats": repeats, "statistic": "median seconds, kernel start to shutdown; check cells: median "
                                             "seconds from the kernel starting the cell to its reply",
            "chapters": [measure(Path(p), repeats) for p in notebooks]}


def rows(result: dict) -> list[tuple]:
    out = []
    for entry in result["chapters"]:
        out.append((f"execute {entry['notebook']} [cpu {entry.get('cpu_times_floor')}x]", entry["seconds"],
                    entry["floor_seconds"], entry["times_floor"],
                    f"<= {entry['target_times_floor']}x floor", entry["meets_target"]))
        if "check_median_seconds" in entry:
            out.append((f"check cell answers {entry['notebook']} (median of {entry['check_cells']}, "
                        f"max {entry['check_max_seconds']} s)", entry["check_median_seconds"], None, None,
                        f"<= {entry['check_target_seconds']} s", entry["check_meets_target"]))
    return out
