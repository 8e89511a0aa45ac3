"""Chapter 10 is easy to add: the template folder plus one _toc.yml line reaches the release,
the grading, the trainees' branch and the book (README, "Voor cursusauteurs").

The test does what the README tells a course author, in a copy of the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import BIN, ROOT, read_nb, tool_env
from leaks import MARKERS
from test_nbgrader import filled_in, grades, submit

pytestmark = pytest.mark.slow
CHAPTER, NAME = "10-proef", "proef"
TOC_LINE = f"      - file: book/chapters/{CHAPTER}/{NAME}\n"


def run(args: list[str], cwd, repo) -> None:
    """A command in the copy, with the copy's academy (its new checks module) first on the path."""
    env = {**tool_env(), "PYTHONPATH": str(repo)}
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(map(str, args))}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """A copy of the repository with chapter 10 added as the README says."""
    repo = tmp_path_factory.mktemp("new-chapter") / "repo"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True)
    for rel in filter(None, tracked.stdout.split("\0")):
        if (ROOT / rel).is_file():
            (repo / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, repo / rel)
    # 1. the template folder, renamed; 2. its checks module, pointed at the new folder.
    shutil.copytree(repo / "source" / "_template", repo / "source" / CHAPTER)
    notebook = repo / "source" / CHAPTER / "sjabloon.ipynb"
    notebook.rename(notebook.with_name(f"{NAME}.ipynb"))
    text = notebook.with_name(f"{NAME}.ipynb").read_text(encoding="utf-8")
    notebook.with_name(f"{NAME}.ipynb").write_text(text.replace("sjabloon", NAME), encoding="utf-8")
    checks = (repo / "academy" / "checks" / "sjabloon.py").read_text(encoding="utf-8")
    (repo / "academy" / "checks" / f"{NAME}.py").write_text(
        checks.replace('CHAPTER = "_template"', f'CHAPTER = "{CHAPTER}"'), encoding="utf-8")
    # 3. one line in _toc.yml, after the last chapter.
    toc = (repo / "_toc.yml").read_text(encoding="utf-8")
    last = "      - file: book/chapters/09-afronding/afronding\n"
    (repo / "_toc.yml").write_text(toc.replace(last, last + TOC_LINE), encoding="utf-8")
    # 4. make release, for the new chapter.
    run([BIN / "nbgrader", "generate_assignment", CHAPTER, "--force", "--log-level=WARN"], repo, repo)
    return repo


def test_the_authoring_check_passes_the_new_chapter(repo):
    run([sys.executable, "-m", "tools.authoring", "check", f"source/{CHAPTER}/{NAME}.ipynb"], repo, repo)


def test_the_release_has_the_chapter_and_nothing_hidden(repo):
    released = repo / "notebooks" / CHAPTER
    assert sorted(p.name for p in released.iterdir()) == [f"{NAME}.ipynb"]  # no *_checks.py
    text = (released / f"{NAME}.ipynb").read_text(encoding="utf-8")
    assert "controle.tel_de_personen()" in text
    assert not [marker for marker in MARKERS if marker in text]
    assert "hidden()" not in text and "nunique()\n" not in text.replace('\\n"', "\n")


def test_grading_gives_the_right_answer_full_marks(repo):
    for student, fill in (("anna", True), ("bram", False)):
        release = repo / "notebooks" / CHAPTER / f"{NAME}.ipynb"
        nb = filled_in(release, repo / "source" / CHAPTER / f"{NAME}.ipynb") if fill else read_nb(release)
        submit(repo, student, CHAPTER, {f"{NAME}.ipynb": nb})
    run([BIN / "nbgrader", "autograde", CHAPTER, "--force", "--log-level=WARN"], repo, repo)
    code = {s: [(score, top) for _, score, top, _, kind in grades(repo, CHAPTER, s) if kind == "code"]
            for s in ("anna", "bram")}
    assert code["anna"] and all(score == top for score, top in code["anna"])
    assert code["bram"] and all(score == 0 for score, _ in code["bram"])


def test_the_trainees_branch_has_the_chapter_and_its_checks(repo, tmp_path):
    run([sys.executable, "-m", "tools.trainee_tree", "build", str(tmp_path / "tree")], repo, repo)
    tree = tmp_path / "tree"
    assert (tree / "notebooks" / CHAPTER / f"{NAME}.ipynb").is_file()
    assert (tree / "academy" / "checks" / f"{NAME}.py").is_file()
    assert not list(tree.rglob("*_checks.py")) and not (tree / "source").exists()


def test_the_book_builds_the_chapter_from_its_toc_line(repo):
    # The book as `make book` stages it, built with the course's own configuration; to keep the test
    # affordable the table of contents holds the new chapter's line as its only chapter (and the reference pages).
    toc = yaml.safe_load((repo / "_toc.yml").read_text(encoding="utf-8"))
    entry = {"file": f"book/chapters/{CHAPTER}/{NAME}"}
    assert entry in toc["parts"][0]["chapters"]
    toc["parts"][0]["chapters"] = [entry]
    (repo / "_toc.yml").write_text(yaml.safe_dump(toc), encoding="utf-8")
    if (ROOT / "_build" / "site-assets").is_dir():  # the bundled widget scripts, as `make book` stages them
        shutil.copytree(ROOT / "_build" / "site-assets", repo / "_build" / "site-assets")
    script = ("from pathlib import Path; from tools import publish, site_assets; "
              "site_assets.stage() if not Path('_build/site-assets').is_dir() else None; "
              "publish.stage(Path('notebooks'), Path('book/chapters')); publish.build(Path('.'))")
    run([sys.executable, "-c", script], repo, repo)
    page = repo / "_build" / "html" / "book" / "chapters" / CHAPTER / f"{NAME}.html"
    assert "Hoofdstuk 10" in page.read_text(encoding="utf-8")
