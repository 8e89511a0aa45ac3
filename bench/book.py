"""Book build: cold (clean cache, every chapter executed) and warm (nothing changed).

The build runs in a copy of the repository in a temporary folder, so the
shared ``_build/`` others are looking at is never touched. The copy leaves out
``.venv``, ``_build`` and git; it borrows ``_build/npm`` (the npm packages the
site serves, installed once by ``tools.site_assets``) through a symlink, so a
cold build measures the book, not an npm download.

The floor is ``jupyter-book build`` of a one-page book with the same
``_config.yml`` (the copy built with a one-page ``--toc``): Sphinx, myst-nb
and the theme starting up and writing a page.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from bench.measure import CommandRun, median_runs, ratio, run_command

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"cold": 90.0, "warm": 15.0}
LEFT_OUT = shutil.ignore_patterns(".venv", "_build", ".git", "__pycache__", ".pytest_cache", "node_modules",
                                  ".ipynb_checkpoints", ".jupyter_cache", "submitted", "autograded", "feedback",
                                  "gradebook.db")
STAGED = ("book/chapters",)  # made by tools.publish: part of what a cold build does
FLOOR_PAGE = Path("_bench_floor/index.md")  # only in the copy; the real toc never lists it


def copy_repository(target: Path, root: Path = ROOT) -> Path:
    """A copy of ``root`` at ``target`` to build in, sharing only the installed npm packages."""
    shutil.copytree(root, target, ignore=LEFT_OUT, symlinks=True)
    npm = root / "_build" / "npm"
    if npm.is_dir():
        (target / "_build").mkdir(exist_ok=True)
        (target / "_build" / "npm").symlink_to(npm, target_is_directory=True)
    return target


def make_cold(copy: Path) -> None:
    """Remove everything a build makes or caches (jupyter-cache, html, doctrees, staged chapters)."""
    build = copy / "_build"
    if build.is_dir():
        for item in build.iterdir():
            if item.name != "npm":
                shutil.rmtree(item) if item.is_dir() and not item.is_symlink() else item.unlink()
    for folder in STAGED:
        shutil.rmtree(copy / folder, ignore_errors=True)


def publish(copy: Path) -> CommandRun:
    return run_command([sys.executable, "-m", "tools.publish", "public"], cwd=copy)


def make_floor_book(copy: Path, folder: Path) -> Path:
    """A table of contents with one small page, built from the copy with the copy's configuration
    (which names favicon, assets and other files by paths relative to the book)."""
    folder.mkdir(parents=True)
    page = copy / FLOOR_PAGE
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("# Vloer\n\nEen boek van één pagina.\n", encoding="utf-8")
    (folder / "_toc.yml").write_text(f"format: jb-book\nroot: {FLOOR_PAGE.with_suffix('').as_posix()}\n")
    return folder


def build_floor(copy: Path, folder: Path) -> CommandRun:
    shutil.rmtree(folder / "_build", ignore_errors=True)
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    return run_command([str(jupyter_book), "build", str(copy), "--toc", str(folder / "_toc.yml"),
                        "--path-output", str(folder), "--warningiserror", "--keep-going"], cwd=copy)


def run(repeats: int = 3, root: Path = ROOT, keep_html: Path | None = None) -> dict:
    """Cold and warm builds of the book in a copy of ``root``; ``keep_html`` receives the last site."""
    with tempfile.TemporaryDirectory(prefix="bench-book-") as tmp:
        copy = copy_repository(Path(tmp) / "repo", root)
        cold, warm, floor = [], [], []
        floor_book = None
        for _ in range(repeats):
            make_cold(copy)
            cold.append(publish(copy))
            warm.append(publish(copy))
            floor_book = floor_book or make_floor_book(copy, Path(tmp) / "floor")
            floor.append(build_floor(copy, floor_book))
        if keep_html is not None:
            shutil.rmtree(keep_html, ignore_errors=True)
            shutil.copytree(copy / "_build" / "html", keep_html)
        chapters = sorted(p.relative_to(copy / "book").as_posix() for p in (copy / "book" / "chapters").rglob("*.ipynb"))
    result = {"repeats": repeats, "statistic": "median seconds of `python -m tools.publish public`",
              "chapters_built": chapters,
              "floor": "jupyter-book build of a one-page book with the same _config.yml",
              "floor_run": median_runs(floor)}
    for kind, runs in (("cold", cold), ("warm", warm)):
        entry = median_runs(runs)
        entry["times_floor"] = ratio(entry["seconds"], result["floor_run"]["seconds"])
        entry["target_seconds"] = TARGETS[kind]
        entry["meets_target"] = entry["seconds"] <= TARGETS[kind]
        result[kind] = entry
    return result


def rows(result: dict) -> list[tuple]:
    floor = result["floor_run"]["seconds"]
    return [(f"book build {kind} ({len(result['chapters_built'])} chapters)", result[kind]["seconds"], floor,
             result[kind]["times_floor"], f"<= {TARGETS[kind]:g} s", result[kind]["meets_target"])
            for kind in ("cold", "warm")]
