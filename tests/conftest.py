"""Shared fixtures: the repository, the chapters, a temporary nbgrader course."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from academy_trainer.course import tool_env  # noqa: F401 (tests import it from here)

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CHAPTERS = sorted(p.name for p in (ROOT / "source").glob("[0-9][0-9]-*") if p.is_dir())
SOURCE_NOTEBOOKS = sorted((ROOT / "source").glob("[0-9][0-9]-*/*.ipynb"))
ALLOW_SKIP = "ACADEMY_ALLOW_SKIP"


def missing_system_tool(message: str) -> None:
    """A test needs a system tool that is not installed (Debian's chromium, poppler-utils).

    It fails with ``message``, which says how to install the tool; ACADEMY_ALLOW_SKIP=1 skips it
    instead, on a machine that cannot have the tool."""
    if os.environ.get(ALLOW_SKIP) == "1":
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


def run(args: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    """Run a command (nbgrader, jupyter) and show its output when it fails."""
    result = subprocess.run(args, cwd=cwd, env=tool_env(), capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def nbgrader(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    return run([str(BIN / "nbgrader"), *args, "--log-level=WARN"], cwd=cwd, check=check)


def read_nb(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def make_course(tmp: Path, chapters: list[str] | None = None) -> Path:
    """A fresh course directory with the given chapters' sources and our config."""
    course = tmp / "course"
    (course / "source").mkdir(parents=True)
    for chapter in chapters or CHAPTERS:
        shutil.copytree(ROOT / "source" / chapter, course / "source" / chapter)
    shutil.copy(ROOT / "nbgrader_config.py", course)
    return course


@pytest.fixture(scope="session")
def site() -> Path:
    """The public site, built once per session exactly as `make book` does (fails on any Sphinx warning).

    `make test` runs the tests in two processes (pytest-xdist); each may ask for the site. A lock
    lets one build it; the other then waits and finds the build up to date (publish reuses it)."""
    from tools import publish

    lock_file = ROOT / "_build" / ".site.lock"
    lock_file.parent.mkdir(exist_ok=True)
    with lock_file.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        return publish.public()


@pytest.fixture(scope="session")
def released_course(tmp_path_factory) -> Path:
    """A temporary course where every chapter was released with nbgrader (one command: ``*`` is a glob)."""
    course = make_course(tmp_path_factory.mktemp("released"))
    nbgrader("generate_assignment", "*", "--force", cwd=course)
    return course


LONGEST_MODULES = ["test_nbgrader", "test_site_browser", "test_trainer_parallel", "test_hub", "test_trainer_interrupt",
                   "test_trainer_cohort", "test_site_publish", "test_site_widgets", "test_trainer_exchange"]


def pytest_collection_modifyitems(config, items):
    """Modules with slow tests first (a stable sort: each module's tests stay together and in order).

    `make test` runs test processes that take whole modules; started last, the long end-to-end
    modules would leave one process working alone at the end while the others have nothing left."""
    slow = {item.nodeid.split("::")[0] for item in items if item.get_closest_marker("slow")}
    # The longest first (each 1-3 minutes, measured with --durations), then the other slow ones with
    # the trainer's modules (no site build) ahead; only the order changes if this list gets out of date.
    longest = [f"tests/{name}.py" for name in LONGEST_MODULES]
    order = [m for m in longest if m in slow] + sorted(slow - set(longest), reverse=True)
    rank = {module: index for index, module in enumerate(order)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))
