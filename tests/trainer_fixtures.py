"""Helpers for the trainer tests: a released chapter-1 course and synthetic submissions."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import nbformat

from conftest import make_course, nbgrader, nbgrader_meta, read_nb
from test_nbgrader import filled_in

CHAPTER = "01-databasespel"
NOTEBOOK = "databasespel.ipynb"
AUTO_POINTS = 8  # the chapter's autograded points (3 + 3 + 2); the reflection (2) is graded by hand


_RELEASED: dict[tuple[str, ...], Path] = {}  # per test process: a released course for each extra configuration


def release_chapter_one(tmp: Path, *extra_config: str) -> Path:
    """A temporary course with chapter 1 released (nbgrader generate_assignment), in ``tmp/course``.

    nbgrader releases it once per test process and configuration; each test gets its own copy."""
    if extra_config not in _RELEASED:
        course = make_course(Path(tempfile.mkdtemp(prefix="released-chapter-one-")), [CHAPTER])
        atexit.register(shutil.rmtree, course.parent, ignore_errors=True)
        if extra_config:
            with (course / "nbgrader_config.py").open("a") as handle:
                handle.write("\n" + "\n".join(extra_config) + "\n")
        nbgrader("generate_assignment", CHAPTER, "--force", cwd=course)
        _RELEASED[extra_config] = course
    return copy_course(_RELEASED[extra_config], tmp / "course")


def copy_course(course: Path, target: Path) -> Path:
    shutil.copytree(course, target)
    return target


def released(course: Path):
    return read_nb(course / "notebooks" / CHAPTER / NOTEBOOK)


def complete(course: Path):
    """Every exercise answered as in the source."""
    return filled_in(course / "notebooks" / CHAPTER / NOTEBOOK, course / "source" / CHAPTER / NOTEBOOK)


def cell(nb, grade_id: str):
    return next(c for c in nb.cells if nbgrader_meta(c).get("grade_id") == grade_id)


def with_answer(nb, grade_id: str, source: str):
    cell(nb, grade_id).source = source
    return nb


def write_submission(course: Path, student: str, nb, name: str = NOTEBOOK, timestamp: str | None = None) -> Path:
    folder = course / "submitted" / student / CHAPTER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(nb if isinstance(nb, str) else nbformat.writes(nb), encoding="utf-8")
    if timestamp:
        (folder / "timestamp.txt").write_text(timestamp)
    return path


def partly_right(course: Path):
    """Only the first exercise answered (right)."""
    nb = released(course)
    right = complete(course)
    cell(nb, "tel-de-kaarten").source = cell(right, "tel-de-kaarten").source
    return nb
