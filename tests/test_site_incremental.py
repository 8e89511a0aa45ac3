"""A second `make book` reuses the first only where nothing changed: a changed or removed
chapter always shows in the next build, and a build that broke off is never reused.

The expensive steps (jupyter-book, jupyter lite build) are replaced by stand-ins that
write what they were given, so these tests are fast; the real build is tested in
test_book.py and test_site_browser.py.
"""

from __future__ import annotations

import shutil

import nbformat
import pytest

from conftest import ROOT
from tools import lite, publish


def notebook(text: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(text)])


def write_chapters(folder, chapters: dict[str, str]) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    for name, text in chapters.items():
        path = folder / name / f"{name}.ipynb"
        path.parent.mkdir(parents=True)
        nbformat.write(notebook(text), path)


# ---- staging ------------------------------------------------------------------------------------

def test_stage_removes_a_chapter_whose_trainee_notebook_is_gone(tmp_path):
    source, target = tmp_path / "notebooks", tmp_path / "staged"
    write_chapters(source, {"01-a": "# A", "02-b": "# B"})
    publish.stage(source, target)
    write_chapters(source, {"01-a": "# A, changed"})
    publish.stage(source, target)
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*")) == ["01-a", "01-a/01-a.ipynb"]
    assert "changed" in (target / "01-a" / "01-a.ipynb").read_text(encoding="utf-8")


def test_the_public_edition_skips_exercises_and_the_trainer_edition_runs_them(tmp_path):
    solution = nbformat.v4.new_code_cell("x = 1", metadata={"nbgrader": {"solution": True, "grade_id": "a"}})
    intro = nbformat.v4.new_markdown_cell(f"Zie de {publish.GLOSSARY_WORD}.")
    path = tmp_path / "a.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[intro, solution]), path)
    for skip, tags in ((True, [publish.SKIP]), (False, [])):
        cells = nbformat.reads(publish.staged_text(path, skip_exercises=skip), as_version=4).cells
        assert cells[1].metadata.get("tags", []) == tags
        assert publish.GLOSSARY_LINK in cells[0].source


# ---- the public book ----------------------------------------------------------------------------

@pytest.fixture
def book(tmp_path, monkeypatch):
    """A repository of two chapters with jupyter-book, Lite and the assets replaced by recorders."""
    root = tmp_path / "repo"
    for name in publish.BOOK_FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, root / name)
    for folder in ("book", "academy", "data"):
        (root / folder).mkdir()
    (root / "pyproject.toml").write_text("[project]\n")
    (root / "book" / "welkom.md").write_text("# Welkom\n", encoding="utf-8")
    write_chapters(root / "notebooks", {"01-a": "# A", "02-b": "# B"})
    assets = root / "_build" / "site-assets"
    (assets / "vendor").mkdir(parents=True)
    (assets / "vendor" / "embed.js").write_text("// widgets\n")
    builds = []

    def fake_build(book_root, extra=(), fresh=True):
        """Writes one page per staged chapter into _build/html, like Sphinx would (and keeps old pages)."""
        html = book_root / "_build" / "html"
        for path in (book_root / "book" / "chapters").glob("*/*.ipynb"):
            page = html / path.relative_to(book_root).with_suffix(".html")
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        builds.append(fresh)

    def fake_lite(output, pyodide=None):
        output.mkdir(parents=True, exist_ok=True)

    monkeypatch.setattr(publish, "ROOT", root)
    monkeypatch.setattr(publish, "INPUTS_STAMP", root / "_build" / "public-book-inputs.sha256")
    monkeypatch.setattr(publish.site_assets, "ASSETS", assets)
    monkeypatch.setattr(publish.site_assets, "stage", lambda: assets / "vendor")
    monkeypatch.setattr(publish.site_assets, "check_widget_state", lambda html: None)
    monkeypatch.setattr(publish.lite, "build", fake_lite)
    monkeypatch.setattr(publish, "build", fake_build)
    return root, builds


def pages(root) -> dict[str, str]:
    html = root / "_build" / "html"
    return {p.relative_to(html).as_posix(): p.read_text(encoding="utf-8") for p in html.rglob("*.html")}


def test_an_unchanged_book_keeps_its_build_and_a_changed_one_is_built_afresh(book):
    root, builds = book
    publish.public()
    publish.public()
    assert builds == [True, False], "the second, unchanged build keeps doctrees and pages"

    write_chapters(root / "notebooks", {"01-a": "# A, new text", "02-b": "# B"})
    publish.public()
    assert builds[-1] is True
    assert "new text" in pages(root)["book/chapters/01-a/01-a.html"]


def test_a_removed_chapter_leaves_no_page_behind(book):
    root, builds = book
    publish.public()
    write_chapters(root / "notebooks", {"01-a": "# A"})
    publish.public()
    assert builds == [True, True]
    assert list(pages(root)) == ["book/chapters/01-a/01-a.html"]


def test_a_configuration_change_or_a_broken_build_is_never_reused(book, monkeypatch):
    root, builds = book
    publish.public()
    with open(root / "_toc.yml", "a", encoding="utf-8") as toc:
        toc.write("\n# changed\n")
    publish.public()
    assert builds == [True, True]

    def broken(*args, **kwargs):
        raise RuntimeError("a warning")

    monkeypatch.setattr(publish.site_assets, "check_widget_state", broken)
    with pytest.raises(RuntimeError):
        publish.public()
    monkeypatch.setattr(publish.site_assets, "check_widget_state", lambda html: None)
    publish.public()
    assert builds[-1] is True, "after a failed build the next one starts from scratch"


# ---- the JupyterLite site -----------------------------------------------------------------------

@pytest.fixture
def lite_work(tmp_path, monkeypatch):
    """tools.lite with its work folder in tmp and `jupyter lite build` replaced by a recorder."""
    runs = []

    def fake_lite_build(contents, wheel, output, work, extra):
        output.mkdir(parents=True)
        (output / "jupyter-lite.json").write_text("{}")
        listing = sorted(p.relative_to(contents).as_posix() for p in contents.rglob("*.ipynb"))
        (output / "files.txt").write_text("\n".join(listing))
        runs.append(listing)

    work = tmp_path / "lite-src"
    monkeypatch.setattr(lite, "WORK", work)
    monkeypatch.setattr(lite, "build_wheel", lambda out: out / "academy-0-py3-none-any.whl")
    monkeypatch.setattr(lite, "_run_lite_build", fake_lite_build)
    monkeypatch.setattr(lite, "add_own_translations", lambda site: None)  # the stand-in builds no translations
    return runs


def test_lite_is_reused_only_while_its_inputs_are_unchanged(tmp_path, lite_work):
    notebooks, output = tmp_path / "notebooks", tmp_path / "html" / "lite"
    write_chapters(notebooks, {"01-a": "# A", "02-b": "# B"})
    lite.build(output, notebooks)
    lite.build(output, notebooks)
    assert len(lite_work) == 1, "nothing changed: the last build is copied"
    assert (output / "files.txt").read_text() == "01-a/01-a.ipynb\n02-b/02-b.ipynb"

    write_chapters(notebooks, {"01-a": "# A, changed", "02-b": "# B"})
    lite.build(output, notebooks)
    assert len(lite_work) == 2, "a changed notebook rebuilds"

    write_chapters(notebooks, {"01-a": "# A, changed"})
    lite.build(output, notebooks)
    assert len(lite_work) == 3
    assert (output / "files.txt").read_text() == "01-a/01-a.ipynb", "a removed chapter is gone from Lite"


def test_lite_inputs_cover_the_package_the_data_and_the_notebooks():
    names = [name for name, _ in lite._input_files(ROOT / "notebooks")]
    assert "academy/__init__.py" in names and "pyproject.toml" in names
    assert any(n.startswith("data/") and n.endswith(".csv") for n in names)
    assert any(n.startswith("notebooks/01-databasespel/") for n in names)


def test_cached_outputs_are_forgotten_when_the_package_or_the_data_change(tmp_path, monkeypatch):
    """jupyter-cache keys a notebook on its own code only; a change in academy/ must still show."""
    monkeypatch.setattr(publish, "ROOT", tmp_path)
    (tmp_path / "academy").mkdir()
    (tmp_path / "academy" / "cards.py").write_text("ROLE = 'list'\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "deck.csv").write_text("a,b\n")
    (tmp_path / "pyproject.toml").write_text("[project]\n")
    build, cache = tmp_path / "_build", tmp_path / "_build" / ".jupyter_cache"
    cache.mkdir(parents=True)
    assert publish.forget_stale_outputs(build) and not cache.exists(), "a cache of unknown origin is not trusted"
    cache.mkdir()
    assert not publish.forget_stale_outputs(build) and cache.exists()
    (tmp_path / "academy" / "cards.py").write_text("ROLE = 'listitem'\n")
    assert publish.forget_stale_outputs(build) and not cache.exists()
    cache.mkdir()
    (tmp_path / "data" / "deck.csv").write_text("a,b\n1,2\n")
    assert publish.forget_stale_outputs(build) and not cache.exists()


def test_the_trainers_tools_do_not_count_as_what_chapters_run(tmp_path, monkeypatch):
    monkeypatch.setattr(publish, "ROOT", tmp_path)
    for name in ("academy_trainer/cli.py", "academy/cards.py", "pyproject.toml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x = 1\n")
    (tmp_path / "data").mkdir()
    before = publish.execution_inputs()
    (tmp_path / "academy_trainer" / "cli.py").write_text("x = 2\n")
    assert publish.execution_inputs() == before
    (tmp_path / "academy" / "cards.py").write_text("x = 2\n")
    assert publish.execution_inputs() != before
