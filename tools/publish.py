"""Build the public site (``make book``) from the trainee notebooks.

The site shows every chapter as trainees receive it: narrative, tables,
plots and widgets executed; exercise and test cells shown but not run (a
stub or a failing check would put a traceback on the page). So the trainee
notebooks in ``notebooks/`` are staged into ``book/chapters/`` with those
cells tagged ``skip-execution``, the book is built with warnings as errors,
and the download links are pointed back at the untouched trainee notebooks.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

from tools import lite, site_assets

ROOT = Path(__file__).resolve().parents[1]
SKIP = "skip-execution"


def is_answer_or_test(cell) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return cell.cell_type == "code" and bool(meta.get("solution") or meta.get("grade"))


def stage(source: Path, target: Path) -> list[Path]:
    """Copy each trainee notebook, tagging exercise and test cells to be skipped."""
    staged = []
    for path in sorted(source.glob("*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if is_answer_or_test(cell):
                tags = cell.metadata.setdefault("tags", [])
                if SKIP not in tags:
                    tags.append(SKIP)
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        text = nbformat.writes(nb)
        # Leave unchanged files alone so the build can reuse its cache.
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            out.write_text(text, encoding="utf-8")
        staged.append(out)
    return staged


def restore_downloads(source: Path, html: Path, staged_root: Path) -> None:
    """Downloads offer the trainee notebook itself, without the build's tags."""
    for path in sorted(source.glob("*/*.ipynb")):
        rel = staged_root.relative_to(ROOT) / path.relative_to(source)
        target = html / "_sources" / rel
        if target.exists():
            shutil.copyfile(path, target)


def build(book_root: Path, extra: tuple[str, ...] = ()) -> None:
    """Run jupyter-book with warnings as errors; output goes to ``book_root/_build``."""
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    command = [str(jupyter_book), "build", str(book_root), "--warningiserror", "--keep-going", *extra]
    # Stale doctrees keep old widget state and warnings (QuantEcon's advice).
    shutil.rmtree(book_root / "_build" / ".doctrees", ignore_errors=True)
    subprocess.run(command, check=True, cwd=ROOT)


def public() -> Path:
    chapters = ROOT / "book" / "chapters"
    html = ROOT / "_build" / "html"
    stage(ROOT / "notebooks", chapters)
    site_assets.stage()
    # A fresh output folder: a page left over from an older build could hold anything.
    shutil.rmtree(html, ignore_errors=True)
    build(ROOT)
    restore_downloads(ROOT / "notebooks", html, chapters)
    lite.build(html / "lite")
    print(f"The public site is in {html}")
    return html


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edition", choices=["public"], help="which edition to build")
    parser.parse_args(argv)
    public()


if __name__ == "__main__":
    main()
