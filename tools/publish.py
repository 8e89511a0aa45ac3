"""Build the public site (``make book``) from the trainee notebooks.

The site shows every chapter as trainees receive it: narrative, tables,
plots and widgets executed; exercise and test cells shown but not run (a
stub or a failing check would put a traceback on the page). So the trainee
notebooks in ``notebooks/`` are staged into ``book/chapters/`` with those
cells tagged ``skip-execution``, the book is built with warnings as errors,
and the download links are pointed back at the untouched trainee notebooks.
The JupyterLite site (``tools/lite.py``) is built into ``_build/html/lite``.

A second build reuses the first where that is safe. Sphinx keeps its doctrees
and ``_build/html`` (and so rewrites only what is missing or out of date) only
when the last public build finished without an error and nothing the book is
built from changed since (:func:`book_inputs`: pages, staged chapters,
configuration, table of contents, site extension, versions of the build
packages). Any change, a chapter edited, added or removed, builds the book
from scratch (notebook outputs still come from the execution cache): an
incremental Sphinx build would keep other pages' navigation and an unchanged
page's warnings from before. The Lite site is reused when its inputs are
unchanged (``tools.lite.build``).

The execution cache (jupyter-cache) knows a notebook's code, not the code of
``academy`` it imports or the data it reads: when those change, the cached
outputs are forgotten so every chapter runs again (:func:`forget_stale_outputs`).

The trainer edition (``make trainer-book``) is built from ``source/`` in a
separate folder (``_build/trainer-src``, with its own config and cache) into
``_build/trainer``: solutions, hidden tests, mark schemes and trainer notes
shown, every cell run. It never touches ``_build/html``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from academy.widgets.browser import EVERY_STOP
from tools import lite, site_assets, trainee_tree
from tools.authoring import GLOSSARY_WORD
from tools.digest import inputs_digest

ROOT = Path(__file__).resolve().parents[1]
SKIP = "skip-execution"


def is_answer_or_test(cell: dict) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return cell.get("cell_type") == "code" and bool(meta.get("solution") or meta.get("grade"))


# Chapters name the glossary in bold ("Zo werkt dit hoofdstuk"); on the site the word becomes a link.
# In JupyterLab there is no glossary page beside the notebook, so the notebooks carry the word only.
GLOSSARY_LINK = "[**begrippenlijst**](../../begrippenlijst.md)"  # from book/chapters/<chapter>/


def link_glossary(cell: dict) -> None:
    if cell.get("cell_type") == "markdown":
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if GLOSSARY_WORD in source:
            cell["source"] = source.replace(GLOSSARY_WORD, GLOSSARY_LINK)


def staged_text(path: Path, skip_exercises: bool = True) -> str:
    """The notebook as a book page: the glossary linked and (``skip_exercises``, the public
    edition) its exercise and test cells tagged to be skipped. The trainer edition runs them all.

    Plain JSON, written the way nbformat writes a notebook: importing nbformat costs
    seconds (its schema checker), and a build with nothing changed should not pay that."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        link_glossary(cell)
        if skip_exercises and is_answer_or_test(cell):
            tags = cell.setdefault("metadata", {}).setdefault("tags", [])
            if SKIP not in tags:
                tags.append(SKIP)
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)


def stage(source: Path, target: Path) -> list[Path]:
    """Copy each trainee notebook, tagging exercise and test cells to be skipped.

    A staged notebook whose trainee notebook is gone is removed."""
    staged = []
    for path in sorted(source.glob("*/*.ipynb")):
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        text = staged_text(path)
        # Leave unchanged files alone so the build can reuse its cache.
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            out.write_text(text, encoding="utf-8")
        staged.append(out)
    for old in set(target.glob("*/*.ipynb")) - set(staged):
        old.unlink()
    for folder in target.iterdir() if target.is_dir() else ():
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return staged


def restore_downloads(source: Path, html: Path, staged_root: Path) -> None:
    """Downloads offer the trainee notebook itself, without the build's tags."""
    for path in sorted(source.glob("*/*.ipynb")):
        rel = staged_root.relative_to(ROOT) / path.relative_to(source)
        target = html / "_sources" / rel
        if target.exists():
            shutil.copyfile(path, target)


def build(book_root: Path, extra: tuple[str, ...] = (), fresh: bool = True) -> None:
    """Run jupyter-book with warnings as errors; output goes to ``book_root/_build``.

    ``fresh`` removes the doctrees first: stale ones keep old widget state, and a
    warning of an unchanged page is not raised again (QuantEcon's advice)."""
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    command = [str(jupyter_book), "build", str(book_root), "--warningiserror", "--keep-going", *extra]
    if fresh:
        shutil.rmtree(book_root / "_build" / ".doctrees", ignore_errors=True)
    # The page has no Python: every slider stop is drawn during the build (academy/widgets/browser.py).
    subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, EVERY_STOP: "1"})


# What the public book is built from besides book/ and the staged site assets.
BOOK_FILES = ("_config.yml", "_toc.yml", "tools/site_extension.py", "tools/site_language.py", "tools/publish.py")
BUILD_PACKAGES = ("jupyter-book", "sphinx", "myst-nb", "myst-parser", "sphinx-book-theme", "pydata-sphinx-theme",
                  "sphinx-design", "sphinx-togglebutton", "sphinx-copybutton", "sphinx-thebe")
INPUTS_STAMP = ROOT / "_build" / "public-book-inputs.sha256"  # written when a public build finished


def book_inputs() -> str:
    """Digest of everything the public book is built from: its pages and staged chapters, the
    served JavaScript (names and bytes), the Dutch theme labels, configuration, table of contents,
    site extensions, and the build packages' versions."""
    folders = (ROOT / "book", site_assets.ASSETS, ROOT / "tools" / "site_static" / "locale")
    files = [p for folder in folders for p in sorted(folder.rglob("*"))
             if p.is_file() and ".ipynb_checkpoints" not in p.parts]
    return inputs_digest(_named([*files, *(ROOT / name for name in BOOK_FILES)]), BUILD_PACKAGES)


def execution_inputs() -> str:
    """Digest of what the chapters' outputs depend on besides their own code: the trainees' package
    ``academy`` and the data (what the trainees' tree and JupyterLite ship), and ``pyproject.toml``.
    The trainers' package ``academy_trainer`` is left out: no chapter imports it."""
    return inputs_digest(_named([*trainee_tree.package_files(ROOT), *trainee_tree.data_files(ROOT),
                                 ROOT / "pyproject.toml"]))


def _named(paths: list[Path]) -> list[tuple[str, Path]]:
    return [(path.relative_to(ROOT).as_posix(), path) for path in paths]


EXECUTION_CACHE = ".jupyter_cache"  # inside the book's _build; the publish workflow caches both
EXECUTION_STAMP = "execution-inputs.sha256"


def forget_stale_outputs(book_build: Path) -> bool:
    """Empty the execution cache in ``book_build`` if ``academy`` or the data changed since it was filled."""
    cache, stamp = book_build / EXECUTION_CACHE, book_build / EXECUTION_STAMP
    inputs = execution_inputs()
    stale = stamp.exists() and stamp.read_text() != inputs or not stamp.exists() and cache.exists()
    if stale:
        shutil.rmtree(cache, ignore_errors=True)
    book_build.mkdir(parents=True, exist_ok=True)
    stamp.write_text(inputs)
    return stale


def public(pyodide: Path | None = None) -> Path:
    """The public site; ``pyodide`` (``make book PYODIDE=path``): the Lite site serves that Python itself."""
    chapters = ROOT / "book" / "chapters"
    html = ROOT / "_build" / "html"
    stage(ROOT / "notebooks", chapters)
    site_assets.stage()
    stale_outputs = forget_stale_outputs(ROOT / "_build")
    inputs = book_inputs()
    reuse = not stale_outputs and INPUTS_STAMP.exists() and INPUTS_STAMP.read_text() == inputs and html.is_dir()
    INPUTS_STAMP.unlink(missing_ok=True)  # a build that breaks off is never reused
    if not reuse:
        # A fresh output folder: a page left over from an older build could hold anything.
        shutil.rmtree(html, ignore_errors=True)
    build(ROOT, fresh=not reuse)
    restore_downloads(ROOT / "notebooks", html, chapters)
    site_assets.check_widget_state(html)
    lite.build(html / "lite", pyodide=pyodide)
    (html / ".nojekyll").touch()  # served as is, also from a gh-pages branch
    INPUTS_STAMP.write_text(inputs)
    print(f"The public site is in {html}" + (" (unchanged pages reused)" if reuse else ""))
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
        target.write_text(staged_text(path, skip_exercises=False), encoding="utf-8")
    public_config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    (work / "_config.yml").write_text(yaml.safe_dump(trainer_config(public_config), allow_unicode=True), encoding="utf-8")
    shutil.copyfile(ROOT / "_toc.yml", work / "_toc.yml")
    site_assets.stage()
    shutil.rmtree(work / "_build" / "html", ignore_errors=True)
    forget_stale_outputs(work / "_build")
    build(work)
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(work / "_build" / "html", out)
    print(f"The trainer edition is in {out} (never publish it)")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edition", choices=["public", "trainer"], help="which edition to build")
    parser.add_argument("--pyodide", type=Path, default=None,
                        help="a Pyodide distribution (folder or .tar.bz2) for JupyterLite to serve itself")
    args = parser.parse_args(argv)
    public(args.pyodide) if args.edition == "public" else trainer()


if __name__ == "__main__":
    main()
