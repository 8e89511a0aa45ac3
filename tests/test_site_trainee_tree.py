"""What trainees get outside the book: the trainees' branch (JupyterHub, Binder) and the
package JupyterLite installs. Both hold the trainees' package academy (not academy_trainer),
which must import only what the package declares, and neither gives an answer away."""

from __future__ import annotations

import re
import json
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import nbformat
import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from code_imports import imports, module_file
from conftest import CHAPTERS, ROOT
from leaks import find_leaks, text_files
from tools import trainee_tree

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


# ---- which modules a trainee uses, and what they import -----------------------------------------

def chapter_code() -> list[str]:
    cells = []
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        cells += ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    return cells


def modules_trainees_use() -> set[Path]:
    """The academy files the chapters import, followed through their own imports (and parent packages)."""
    todo = {n for code in chapter_code() for n in imports(code) if n.split(".")[0] == "academy"}
    seen: set[Path] = set()
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for depth in range(1, len(parts) + 1):  # importing a.b.c runs a/__init__ and a/b/__init__ too
            path = module_file(".".join(parts[:depth]))
            if path is not None and path not in seen:
                seen.add(path)
                todo |= {n for n in imports(path.read_text(encoding="utf-8")) if n.split(".")[0] == "academy"}
    return seen


def declared_dependencies() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {canonicalize_name(Requirement(requirement).name) for requirement in project["dependencies"]}


def third_party(files) -> dict[str, set[str]]:
    """Top-level import name -> the files importing it, for every import that is neither stdlib nor academy."""
    found: dict[str, set[str]] = {}
    for path in files:
        for name in imports(path.read_text(encoding="utf-8")):
            top = name.split(".")[0]
            if top not in sys.stdlib_module_names and top not in ("academy", "__future__"):
                found.setdefault(top, set()).add(path.relative_to(ROOT).as_posix())
    return found


def test_imports_are_read_from_code_and_from_cells_with_magics():
    assert imports("import pandas as pd\nfrom sklearn.tree import X\n") == {"pandas", "sklearn.tree", "sklearn.tree.X"}
    assert imports("%matplotlib inline\nfrom academy.checks import linda") == {"academy.checks", "academy.checks.linda"}


def test_chapters_use_only_the_trainees_part_of_academy():
    used = {p.relative_to(ROOT).as_posix() for p in modules_trainees_use()}
    assert "academy/cards.py" in used and "academy/checks/voedselbank.py" in used
    shipped = {p.relative_to(ROOT).as_posix() for p in trainee_tree.package_files()}
    assert used - shipped == set(), "a chapter imports a module the trainees do not get"


def is_server_extension(path: Path) -> bool:
    return "def _load_jupyter_server_extension" in path.read_text(encoding="utf-8")


def test_the_package_declares_every_library_the_trainees_modules_import():
    """piplite installs only the declared dependencies in JupyterLite: a missing one breaks a chapter there.

    A server extension runs in the Jupyter server, never in a kernel: its libraries are the extra "lab"."""
    distributions = metadata.packages_distributions()
    modules = [p for p in trainee_tree.package_files() if p.suffix == ".py"]
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    server_side = {canonicalize_name(Requirement(requirement).name) for requirement in extras["lab"]}
    for files, declared in (([p for p in modules if not is_server_extension(p)], declared_dependencies()),
                            ([p for p in modules if is_server_extension(p)], server_side)):
        needed = third_party(files)
        missing = {}
        for name, users in sorted(needed.items()):
            provided = {canonicalize_name(d) for d in distributions.get(name, [name])}
            if not provided & declared:
                missing[name] = sorted(users)
        assert missing == {}, "add these to pyproject.toml ([project] dependencies, or the extra lab)"
    assert "sklearn" in third_party(modules), "the clustering and prediction chapters use scikit-learn"


# ---- the trainees' tree --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    return trainee_tree.build(tmp_path_factory.mktemp("trainees") / "tree")


def test_the_tree_holds_every_chapter_the_data_and_what_binder_builds_from(tree):
    for chapter in CHAPTERS:
        released = sorted(p.name for p in (ROOT / "notebooks" / chapter).glob("*.ipynb"))
        assert released and sorted(p.name for p in (tree / "notebooks" / chapter).glob("*.ipynb")) == released
        for name in released:
            assert (tree / "notebooks" / chapter / name).read_bytes() == (ROOT / "notebooks" / chapter / name).read_bytes()
    assert {p.name for p in (tree / "data").iterdir()} == {p.name for p in trainee_tree.data_files()}
    assert {"cards.csv", "README.md"} <= {p.name for p in (tree / "data").iterdir()}
    for name in trainee_tree.BUILD_FILES:
        assert (tree / name).read_bytes() == (ROOT / name).read_bytes()
    assert (tree / "postBuild").stat().st_mode & 0o111, "Binder runs postBuild"


def test_the_tree_holds_no_source_no_trainer_tools_and_gives_nothing_away(tree):
    top = {p.name for p in tree.iterdir()}
    assert top == {"notebooks", "data", "academy", "README.md", trainee_tree.MARKER, *trainee_tree.BUILD_FILES}
    assert {p.relative_to(tree).as_posix() for p in (tree / "academy").rglob("*") if p.is_file()} == \
        {p.relative_to(ROOT).as_posix() for p in trainee_tree.package_files()}, "the trainees' package, whole"
    files = text_files(tree)
    assert any(p.suffix == ".ipynb" for p in files) and any(p.suffix == ".py" for p in files)
    assert find_leaks(files) == []


def test_the_trees_package_finds_the_trees_data(tree):
    code = "import academy.datasets as d, academy.cards as c; print(d.data_dir()); print(len(c.load_deck()))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tree, check=True,
                         env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg"})
    data, cards = out.stdout.split()
    assert data == str(tree / "data") and int(cards) == 200


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def git_identity(monkeypatch):
    for name, value in (("NAME", "Test"), ("EMAIL", "test@example.org")):
        monkeypatch.setenv(f"GIT_AUTHOR_{name}", value)
        monkeypatch.setenv(f"GIT_COMMITTER_{name}", value)


def committed_clone(tmp_path: Path, folders=("notebooks", "data", "academy")) -> tuple[Path, Path]:
    """A repository holding these folders of this one and what the tree needs, with a bare repository as origin."""
    origin, clone = tmp_path / "origin.git", tmp_path / "clone"
    git(tmp_path, "init", "--quiet", "--bare", str(origin))
    git(tmp_path, "init", "--quiet", str(clone))
    for name in folders:
        subprocess.run(["cp", "-r", str(ROOT / name), str(clone / name)], check=True)
    for name in (*trainee_tree.BUILD_FILES, "_config.yml"):
        subprocess.run(["cp", "-p", str(ROOT / name), str(clone / name)], check=True)
    git(clone, "add", "--all")
    git(clone, "commit", "--quiet", "-m", "course")
    git(clone, "remote", "add", "origin", str(origin))
    return origin, clone


def test_push_adds_one_commit_per_change_on_the_trainees_branch(tmp_path, git_identity):
    """In a clone of this repository with a local bare repository as origin."""
    origin, clone = committed_clone(tmp_path)
    branch = trainee_tree.trainee_branch()

    first = trainee_tree.push(clone)
    assert first and git(origin, "rev-parse", branch) == first
    assert trainee_tree.push(clone) is None, "nothing changed, nothing pushed"
    nbformat.write(nbformat.v4.new_notebook(), clone / "notebooks" / CHAPTERS[0] / "extra.ipynb")
    second = trainee_tree.push(clone)
    assert git(origin, "rev-parse", f"{branch}~1") == first, "a new commit on top: nbgitpuller can merge it"
    files = git(origin, "ls-tree", "-r", "--name-only", second).splitlines()
    assert f"notebooks/{CHAPTERS[0]}/extra.ipynb" in files
    assert not any(f.startswith(("source/", "academy_trainer/", "tests/")) for f in files)
    assert trainee_tree.MARKER not in files, "the build's marker stays out of the trainees' folders"
    assert git(clone, "status", "--porcelain") == "?? notebooks/" + f"{CHAPTERS[0]}/extra.ipynb", "checkout untouched"


def test_push_refuses_a_tree_that_gives_an_answer_away(tmp_path, git_identity):
    """Its own check, not only the workflow's leak scan before it: nothing reaches the branch."""
    origin, clone = committed_clone(tmp_path, folders=("data", "academy"))
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION")])
    (clone / "notebooks" / "01-a").mkdir(parents=True)
    nbformat.write(nb, clone / "notebooks" / "01-a" / "a.ipynb")
    with pytest.raises(RuntimeError, match="BEGIN SOLUTION"):
        trainee_tree.push(clone)
    assert git(origin, "branch", "--list") == "", "nothing pushed"


def small_course(root: Path) -> Path:
    """The least a trainees' tree is built from."""
    for name in ("notebooks/01-a/a.ipynb", "data/cards.csv", "academy/__init__.py", *trainee_tree.BUILD_FILES):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("{}\n" if name.endswith(".ipynb") else "x\n", encoding="utf-8")
    return root


def test_build_replaces_an_earlier_tree_and_fills_a_new_or_empty_folder(tmp_path):
    course = small_course(tmp_path / "course")
    out = trainee_tree.build(tmp_path / "new" / "tree", course)
    (out / "notebooks" / "old.ipynb").write_text("{}", encoding="utf-8")
    trainee_tree.build(out, course)
    assert not (out / "notebooks" / "old.ipynb").exists() and (out / "notebooks" / "01-a" / "a.ipynb").is_file()
    (tmp_path / "empty").mkdir()
    assert (trainee_tree.build(tmp_path / "empty", course) / "README.md").is_file()


def test_build_refuses_a_folder_it_did_not_write_and_one_holding_the_repository(tmp_path):
    """`build .` or `build ~` must not empty the repository or a home folder."""
    course = small_course(tmp_path / "home" / "course")
    mine = tmp_path / "home" / "notes.txt"
    mine.write_text("mine", encoding="utf-8")
    for folder in (tmp_path / "home", course, course / "notebooks", mine):
        with pytest.raises(ValueError, match="give a new or empty folder|is a file"):
            trainee_tree.build(folder, course)
    (tmp_path / "home" / trainee_tree.MARKER).write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="holds the repository"):
        trainee_tree.build(tmp_path / "home", course)  # even with a marker
    assert mine.read_text(encoding="utf-8") == "mine" and (course / "notebooks" / "01-a" / "a.ipynb").is_file()
    with pytest.raises(SystemExit, match="error: .* not empty"):
        trainee_tree.main(["build", str(mine.parent / "course" / "data")])


def test_the_branch_is_set_in_one_place():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert trainee_tree.trainee_branch() == config["repository"]["branch"] != "main"


def test_the_publish_workflow_pushes_the_tree_after_the_leak_scan():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    push = next(i for i, run in enumerate(runs) if "tools.trainee_tree push" in run)
    scan = next(i for i, run in enumerate(runs) if "pytest" in run)
    assert scan < push, "nothing is pushed before the leak scan passed"
    assert workflow["permissions"]["contents"] == "write", "pushing the branch needs contents: write"


@pytest.mark.slow
def test_jupyterhub_and_binder_open_the_trainees_branch(site):
    branch = trainee_tree.trainee_branch()
    page = (site / "book" / "chapters" / "01-databasespel" / "databasespel.html").read_text(encoding="utf-8")
    links = [href.replace("&amp;", "&") for href in re.findall(r'href="(https://[^"]+)"', page)]
    hub = next(link for link in links if "/hub/user-redirect/git-pull?" in link)
    assert parse_qs(urlsplit(hub).query)["branch"] == [branch]
    assert parse_qs(urlsplit(hub).query)["urlpath"][0].endswith("/notebooks/01-databasespel/databasespel.ipynb")
    binder = next(link for link in links if "mybinder.org" in link)
    assert urlsplit(binder).path.endswith(f"/{branch}")
