"""Build the public site (``make book``) from the trainee notebooks.

The site shows every chapter as trainees receive it: narrative, tables,
plots and widgets executed; exercise and test cells shown but not run (a
stub or a failing check would put a traceback on the page). So the trainee
notebooks in ``notebooks/`` are staged into ``book/chapters/`` with those
cells tagged ``skip-execution``, the book is built with warnings as errors,
and the download links are pointed back at the untouched trainee notebooks.
The JupyterLite site (``tools/lite.py``) is built into ``_build/html/lite``.

The trainer edition (``make trainer-book``) is built from ``source/`` in a
separate folder (``_build/trainer-src``, with its own config and cache) into
``_build/trainer``: solutions, hidden tests, mark schemes and trainer notes
shown, every cell run. It never touches ``_build/html``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import yaml

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
    (html / ".nojekyll").touch()  # served as is, also from a gh-pages branch
    print(f"The public site is in {html}")
    return html


TRAINER_BANNER = "Trainerseditie met antwoorden, beoordelingen en trainersnotities. Niet publiceren."


def trainer_config(public: dict) -> dict:
    """The public config, made into the trainer edition's: absolute paths, no launch buttons."""
    config = yaml.safe_load(yaml.safe_dump(public))  # a deep copy
    config["title"] = f"{public['title']} (trainerseditie)"
    config["html"]["announcement"] = TRAINER_BANNER
    config["html"]["favicon"] = str(ROOT / public["html"]["favicon"])
    config.pop("launch_buttons", None)
    sphinx = config["sphinx"]
    sphinx["local_extensions"] = {name: str(ROOT / path) for name, path in sphinx["local_extensions"].items()}
    sphinx["config"]["html_extra_path"] = [str(ROOT / path) for path in sphinx["config"]["html_extra_path"]]
    sphinx["config"]["site_jupyterlite"] = False
    return config


def trainer() -> Path:
    work = ROOT / "_build" / "trainer-src"
    out = ROOT / "_build" / "trainer"
    book = work / "book"
    # The pages around the chapters as they are; the chapters from source/, with solutions, all run.
    shutil.rmtree(book, ignore_errors=True)
    shutil.copytree(ROOT / "book", book, ignore=shutil.ignore_patterns("chapters", ".ipynb_checkpoints"))
    for path in sorted((ROOT / "source").glob("[0-9][0-9]-*/*.ipynb")):
        target = book / "chapters" / path.relative_to(ROOT / "source")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    public_config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    (work / "_config.yml").write_text(yaml.safe_dump(trainer_config(public_config), allow_unicode=True), encoding="utf-8")
    shutil.copyfile(ROOT / "_toc.yml", work / "_toc.yml")
    site_assets.stage()
    shutil.rmtree(work / "_build" / "html", ignore_errors=True)
    build(work)
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(work / "_build" / "html", out)
    print(f"The trainer edition is in {out} (never publish it)")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edition", choices=["public", "trainer"], help="which edition to build")
    args = parser.parse_args(argv)
    public() if args.edition == "public" else trainer()


if __name__ == "__main__":
    main()
