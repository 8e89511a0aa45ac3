"""Chapter execution: each source notebook in a fresh kernel vs a notebook of only its imports.

The floor is what no chapter can avoid: starting a kernel and importing the
libraries it uses. What a chapter adds on top (loading data, fitting, drawing
plots, building widgets, running its checks) is the part an author controls.
"""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from bench.measure import median_pair, ratio

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.5
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


def execute(nb: nbformat.NotebookNode, folder: Path, timeout: int = 600) -> None:
    """Run a copy of ``nb`` in a fresh kernel started in ``folder`` (start and shutdown included)."""
    client = NotebookClient(nbformat.from_dict(nb), timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(folder)}},
                            extra_arguments=["--IPKernelApp.log_level=ERROR"])  # no TCP warning per kernel
    client.execute()


def measure(path: Path, repeats: int) -> dict:
    nb = nbformat.read(path, as_version=4)
    floor = floor_notebook(nb)
    chapter, floor_time = median_pair(lambda: execute(nb, path.parent), lambda: execute(floor, path.parent), repeats)
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
    }


def run(notebooks: list[Path] | None = None, repeats: int = 3) -> dict:
    notebooks = source_notebooks() if notebooks is None else notebooks
    return {"repeats": repeats, "statistic": "median seconds, kernel start to shutdown",
            "chapters": [measure(Path(p), repeats) for p in notebooks]}


def rows(result: dict) -> list[tuple]:
    return [(f"execute {entry['notebook']} [cpu {entry.get('cpu_times_floor')}x]", entry["seconds"],
             entry["floor_seconds"], entry["times_floor"],
             f"<= {entry['target_times_floor']}x floor", entry["meets_target"])
            for entry in result["chapters"]]
