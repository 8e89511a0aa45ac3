"""The course's two packages by audience: ``academy`` (what trainees run: every chapter imports it) and
``academy_trainer`` (the trainer's tools: release, grading, feedback, class results, printing).

The trainees' branch and the JupyterLite wheel take ``academy`` whole, so nothing in it may need the
trainer's package; and inside either package no module needs one that needs it back (an import cycle),
also not through an import inside a function. Read from the code, nothing is run."""

from __future__ import annotations

from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

from code_imports import imported_modules, module_name
from conftest import ROOT
from tools import trainee_tree

TRAINEES, TRAINERS = "academy", "academy_trainer"


def modules(package: str, root: Path = ROOT) -> dict[str, Path]:
    return {module_name(path, root): path for path in sorted((root / package).rglob("*.py"))}


def import_graph(package: str, root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the other modules of the same package it imports."""
    inside = modules(package, root)
    return {name: {m for m in imported_modules(path, root) if m in inside and m != name}
            for name, path in inside.items()}


def a_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of the graph (its modules, the first one again at the end), or [] when there is none."""
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as error:
        return error.args[1]
    return []


def test_the_trainees_package_imports_nothing_of_the_trainers():
    borrowed = {name: sorted(m for m in imported_modules(path) if m.split(".")[0] == TRAINERS)
                for name, path in modules(TRAINEES).items()}
    assert {name: found for name, found in borrowed.items() if found} == {}, \
        "the trainees' branch and JupyterLite do not have academy_trainer"


@pytest.mark.parametrize("package", [TRAINEES, TRAINERS])
def test_no_import_cycle_inside_a_package(package):
    graph = import_graph(package)
    assert len(graph) > 10 and any(graph.values()), "the modules and their imports were read"
    assert a_cycle(graph) == []


def test_a_cycle_through_an_import_inside_a_function_is_found(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "deck.py").write_text("from pkg.names import canonical\n")
    (package / "names.py").write_text("def tables():\n    from pkg import deck\n    return deck\n")
    (package / "other.py").write_text("from . import deck\n")
    graph = import_graph("pkg", tmp_path)
    assert graph == {"pkg": set(), "pkg.deck": {"pkg.names"}, "pkg.names": {"pkg.deck"}, "pkg.other": {"pkg.deck"}}
    assert sorted(set(a_cycle(graph))) == ["pkg.deck", "pkg.names"]


def test_the_trainees_get_the_whole_trainees_package_and_nothing_of_the_trainers():
    shipped = {path.relative_to(ROOT).as_posix() for path in trainee_tree.package_files()}
    sources = {path.relative_to(ROOT).as_posix() for path in modules(TRAINEES).values()}
    assert sources <= shipped and "academy/widgets/js/slider.js" in shipped
    assert not any(name.startswith(f"{TRAINERS}/") for name in shipped)
