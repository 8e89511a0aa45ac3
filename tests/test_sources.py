"""The source notebooks: well formed for nbgrader (tools/authoring.py), with what every chapter needs."""

from __future__ import annotations

import nbformat
import pytest

from conftest import ROOT, SOURCE_NOTEBOOKS, nbgrader_meta, read_nb
from leaks import secret_lines
from tools import authoring

TEMPLATE = ROOT / "source" / "_template" / "sjabloon.ipynb"  # what a new chapter starts from


@pytest.mark.parametrize("path", [*SOURCE_NOTEBOOKS, TEMPLATE], ids=lambda p: p.parent.name)
def test_source_passes_the_authoring_check(path):
    # What a course author runs after editing a chapter in JupyterLab: python -m tools.authoring check
    assert authoring.problems(path) == []


def test_the_authoring_check_finds_and_fixes_a_hand_edit(tmp_path):
    path = tmp_path / "chapter.ipynb"
    nb = read_nb(SOURCE_NOTEBOOKS[0])
    test_cell = next(c for c in nb.cells if nbgrader_meta(c).get("grade") and c.cell_type == "code")
    test_cell.metadata["tags"] = []
    test_cell.outputs = [nbformat.v4.new_output("stream", text="Goed zo!")]
    answer_cell = next(c for c in nb.cells if nbgrader_meta(c).get("solution") and c.cell_type == "code")
    answer_cell.source = answer_cell.source.replace("### END SOLUTION", "")
    path.write_text(nbformat.writes(nb), encoding="utf-8")
    found = "\n".join(authoring.problems(path))
    assert "has output" in found and authoring.RAISES in found and "END SOLUTION" in found
    assert authoring.main(["check", "--fix", str(path)]) == 1  # the missing marker needs a person
    assert [p for p in authoring.problems(path) if "END SOLUTION" not in p] == []
    assert authoring.RAISES in read_nb(path).cells[nb.cells.index(test_cell)].metadata["tags"]


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
