"""What must never reach a trainee, taken from the source notebooks.

Markers (solution, hidden tests, mark scheme) and the actual text of every
solution, hidden test (in the notebooks and in the chapters' hidden_checks.py),
model answer and trainer note: any of these in the
trainee notebooks, the public site, the package wheel JupyterLite installs or
the trainees' branch gives an answer away.
"""

from __future__ import annotations

import ast
import html
import re
import zipfile
from pathlib import Path

from academy.checks.question import HIDDEN_CHECKS
from conftest import SOURCE_NOTEBOOKS, nbgrader_meta, read_nb

MARKERS = ["BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "BEGIN MARK SCHEME", "Voor de trainer"]
_REGION = {
    "solution": re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S),
    "hidden": re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S),
}


def _lines(text: str) -> list[str]:
    """Distinctive lines only: short or generic lines would match innocent text."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if len(line) >= 25 and not line.startswith(("#", "import ", "from "))]


ALL_KINDS = ("solution", "hidden", "answer", "trainer")


def secret_lines(notebooks=SOURCE_NOTEBOOKS, kinds=ALL_KINDS) -> dict[str, str]:
    """Every distinctive secret line of these kinds, with where it comes from."""
    secrets: dict[str, str] = {}
    for path in notebooks:
        for index, cell in enumerate(read_nb(path).cells):
            where = f"{path.parent.name}/{path.name} cell {index}"
            meta = nbgrader_meta(cell)
            texts = [m for kind, pattern in _REGION.items() if kind in kinds for m in pattern.findall(cell.source)]
            if "answer" in kinds and cell.cell_type == "markdown" and meta.get("solution"):
                texts.append(cell.source)  # model answer and mark scheme
            if "trainer" in kinds and "trainer" in cell.get("metadata", {}).get("tags", []):
                texts.append(cell.source)
            for text in texts:
                for line in _lines(text):
                    secrets.setdefault(line, where)
    if "hidden" in kinds:
        for path, text in hidden_check_bodies(notebooks).items():
            for line in _lines(text):
                secrets.setdefault(line, str(path.relative_to(path.parents[2])))
    return secrets


def hidden_check_bodies(notebooks=SOURCE_NOTEBOOKS) -> dict[Path, str]:
    """The code of the hidden check functions beside these notebooks (source/<chapter>/hidden_checks.py)."""
    bodies = {}
    for path in sorted({nb.parent / HIDDEN_CHECKS for nb in notebooks}):
        if path.is_file():
            source = path.read_text(encoding="utf-8")
            functions = [node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)]
            bodies[path] = "\n".join(ast.get_source_segment(source, node) for node in functions)
    return bodies


def find_leaks(files: list[Path], kinds=ALL_KINDS, markers=MARKERS) -> list[str]:
    """Every marker or secret line found in these files, as readable findings."""
    secrets = secret_lines(kinds=kinds)
    findings = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        # Compare on the plain text: HTML splits code into highlighted spans, JSON escapes quotes.
        if path.suffix in (".html", ".htm"):
            plain = html.unescape(re.sub(r"<[^>]+>", "", text))
        else:
            plain = text.replace('\\"', '"')
        for marker in markers:
            if marker in plain:
                findings.append(f"{path}: marker {marker!r}")
        for line, where in secrets.items():
            if line in plain:
                findings.append(f"{path}: secret line from {where}: {line[:60]!r}")
    return findings


# Files a trainee can open or a page can show; binary files (images, fonts) cannot hold an answer as text.
TEXT_SUFFIXES = {".py", ".ipynb", ".md", ".txt", ".json", ".csv", ".toml", ".cfg", ".html", ".js", ""}


def text_files(folder: Path) -> list[Path]:
    """Every text file below ``folder``."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES)


def unpacked(archive: Path, into: Path) -> list[Path]:
    """The text files inside a wheel (a zip), unpacked into ``into`` so :func:`find_leaks` can read them."""
    with zipfile.ZipFile(archive) as packed:
        packed.extractall(into)
    return text_files(into)
