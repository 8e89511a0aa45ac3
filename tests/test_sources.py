"""The source notebooks: in sync with their chapter scripts, well formed for nbgrader."""

from __future__ import annotations

import nbformat
import pytest

from conftest import ROOT, SOURCE_NOTEBOOKS, nbgrader_meta, read_nb
from leaks import secret_lines
from tools.authoring import notebook
from tools.build_sources import chapter_modules

MODULES = list(chapter_modules())


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.CHAPTER)
def test_committed_source_is_what_the_script_makes(module):
    path = ROOT / "source" / module.CHAPTER / f"{module.NAME}.ipynb"
    assert path.exists(), f"run: python -m tools.build_sources ({path} is missing)"
    assert read_nb(path) == notebook(module.cells), f"{path} is stale: run python -m tools.build_sources"


@pytest.mark.parametrize("path", SOURCE_NOTEBOOKS, ids=lambda p: p.parent.name)
def test_chapter_has_what_every_chapter_needs(path):
    nb = read_nb(path)
    nbformat.validate(nb)
    cells = nb.cells
    text = "\n".join(cell.source for cell in cells)
    assert cells[0].source.startswith("# Hoofdstuk")
    assert "Wat leer je?" in cells[0].source
    assert "Samenvatting" in text
    tests = [c for c in cells if nbgrader_meta(c).get("grade") and c.cell_type == "code"]
    reflections = [c for c in cells if nbgrader_meta(c).get("grade") and c.cell_type == "markdown"]
    trainer = [c for c in cells if "trainer" in c.metadata.get("tags", [])]
    assert len(tests) >= 3, "at least three autograded exercises"
    assert all("BEGIN HIDDEN TESTS" in c.source for c in tests), "every test cell has hidden tests"
    assert all("academy.checks" in c.source for c in tests), "visible feedback comes from academy.checks"
    assert reflections and all(nbgrader_meta(c).get("solution") for c in reflections)
    assert trainer, "a trainer section"
    ids = [nbgrader_meta(c)["grade_id"] for c in cells if nbgrader_meta(c)]
    assert len(ids) == len(set(ids)), "grade ids are unique"


@pytest.mark.parametrize("path", SOURCE_NOTEBOOKS, ids=lambda p: p.parent.name)
def test_every_figure_has_dutch_alt_text(path):
    # myst-nb puts this text in the <img alt> of the book; a screen reader has nothing else.
    for cell in read_nb(path).cells:
        if cell.cell_type == "code" and "plt.show()" in cell.source:
            alt = cell.metadata.get("mystnb", {}).get("image", {}).get("alt", "")
            assert len(alt) > 40, f"a figure without alt text in {path.name}: {cell.source[:80]!r}"


def test_secrets_are_found_so_the_leak_scan_can_fail():
    # The scan below is only as good as what it looks for.
    assert len(secret_lines()) >= 5 * len(SOURCE_NOTEBOOKS)


def test_the_leak_scan_finds_secrets_in_the_sources_themselves():
    from leaks import find_leaks
    findings = find_leaks(SOURCE_NOTEBOOKS)
    assert any("marker 'BEGIN SOLUTION'" in f for f in findings)
    assert any("secret line" in f for f in findings)
