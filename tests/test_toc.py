"""The table of contents and the committed chapters agree (a missing notebook breaks `make book`)."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import CHAPTERS, ROOT

STAGED = "book/chapters/"  # where tools.publish stages notebooks/ for the build


def toc_files() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]
    for part in toc["parts"]:
        files += [entry["file"] for entry in part["chapters"]]
    return files


def test_every_page_of_the_toc_exists():
    for page in toc_files():
        if page.startswith(STAGED):
            notebook = ROOT / "notebooks" / f"{page.removeprefix(STAGED)}.ipynb"
            assert notebook.is_file(), f"_toc.yml lists {page}, but {notebook.relative_to(ROOT)} is not committed"
        else:
            assert any(Path(ROOT, page).with_suffix(s).is_file() for s in (".md", ".ipynb")), page


def test_every_chapter_is_in_the_toc_in_course_order():
    staged = [page.removeprefix(STAGED).split("/")[0] for page in toc_files() if page.startswith(STAGED)]
    assert staged == CHAPTERS, "every chapter in source/ appears once in _toc.yml, in course order"
