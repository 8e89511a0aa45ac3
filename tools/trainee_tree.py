"""The trainees' copy of the course, on its own branch: what JupyterHub and Binder open.

The repository holds ``source/`` (solutions, hidden tests, mark schemes,
trainer notes) and the trainers' tools. The JupyterHub button (nbgitpuller)
and the Binder button copy a whole branch into the trainee's file browser, so
they must not open ``main``: they open the branch named in ``_config.yml``
(``repository: branch``), which holds only what a trainee needs:

    notebooks/        the trainee notebooks (made by nbgrader from source/)
    data/             the data files and their datasheet
    academy/          the trainees' package, whole (the trainers' tools are academy_trainer)
    pyproject.toml, requirements.txt, runtime.txt, postBuild   what Binder builds from
    README.md         a short note in Dutch (TRAINEE_README)

The JupyterLite wheel (``tools/lite.py``) ships the same ``academy``.

    python -m tools.trainee_tree build DIR   # write the tree into DIR
    python -m tools.trainee_tree push        # commit it onto the branch and push (the publish workflow)

``build`` empties DIR first, so it refuses a folder that holds anything but an
earlier tree (one with its :data:`MARKER` file), and a folder that holds the
repository itself.

``push`` adds one commit on top of the branch (a first push starts it), so a
hub's nbgitpuller can merge each new version into a trainee's folder; it pushes
nothing when the tree is unchanged, and nothing at all when a notebook in the
tree holds an answer or a trainer note (``academy_trainer.release.answers_given_away``).
It works in the repository's own git (its remote and credentials) with a
separate index, and never touches the checkout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "academy"  # the trainees' package; the trainers' tools are a package of their own (academy_trainer)
BUILD_FILES = ("pyproject.toml", "requirements.txt", "runtime.txt", "postBuild")
DATA_FILES = ("*.csv", "README.md")
SKIP_PARTS = {"__pycache__", "_data", ".ipynb_checkpoints"}
MARKER = ".trainee-tree"  # written by build: a folder holding it may be emptied again (never pushed)

TRAINEE_README = """\
# Datagedreven werken in het sociaal domein

Dit is de cursus voor cursisten. Je werkt in de map `notebooks/`: daar staat elk
hoofdstuk als notebook. Open een hoofdstuk en voer de cellen van boven naar beneden uit
met **Shift + Enter**.

| map | wat staat erin |
| --- | --- |
| `notebooks/` | de hoofdstukken |
| `data/` | de data van de cursus; alle personen zijn verzonnen (zie `data/README.md`) |
| `academy/` | het hulppakket van de cursus: controles, widgets, grafieken |

Deze map wordt automatisch gemaakt uit de cursus. Je eigen werk in de notebooks blijft
staan als de cursus een nieuwe versie krijgt.
"""


def trainee_branch(config: Path = ROOT / "_config.yml") -> str:
    """The branch the launch buttons open (``repository: branch`` in ``_config.yml``)."""
    return yaml.safe_load(config.read_text(encoding="utf-8"))["repository"]["branch"]


def package_files(root: Path = ROOT) -> list[Path]:
    """The files of ``academy`` a trainee gets: all of them (no caches)."""
    return [path for path in sorted((root / PACKAGE).rglob("*"))
            if path.is_file() and path.suffix != ".pyc" and not SKIP_PARTS & set(path.parts)]


def copy_package(target: Path, root: Path = ROOT) -> Path:
    """The package ``academy`` into ``target/academy``."""
    for path in package_files(root):
        out = target / path.relative_to(root)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, out)
    return target / PACKAGE


def data_files(root: Path = ROOT) -> list[Path]:
    return sorted(p for pattern in DATA_FILES for p in (root / "data").glob(pattern))


def refusal(out: Path, root: Path = ROOT) -> str | None:
    """Why ``build`` must not empty ``out``, or None when it may."""
    if root.resolve().is_relative_to(out.resolve()):
        return f"{out} holds the repository {root}; give a new or empty folder"
    if out.exists() and not out.is_dir():
        return f"{out} is a file, not a folder"
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        return (f"{out} is not empty and holds no earlier trainees' tree ({MARKER}); "
                "give a new or empty folder, build empties it first")
    return None


def build(out: Path, root: Path = ROOT) -> Path:
    """Write the trainees' tree into ``out``: a new or empty folder, or an earlier tree (replaced)."""
    problem = refusal(out, root)
    if problem:
        raise ValueError(problem)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    (out / MARKER).write_text("Written by python -m tools.trainee_tree build; emptied by the next build.\n",
                              encoding="utf-8")
    for path in sorted((root / "notebooks").glob("*/*.ipynb")):
        target = out / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    (out / "data").mkdir()
    for path in data_files(root):
        shutil.copy2(path, out / "data" / path.name)
    copy_package(out, root)
    for name in BUILD_FILES:
        shutil.copy2(root / name, out / name)
    (out / "README.md").write_text(TRAINEE_README, encoding="utf-8")
    return out


def _git(repo: Path, *args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                            env={**os.environ, **(env or {})})
    if check and result.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def push(repo: Path = ROOT, remote: str = "origin", branch: str | None = None) -> str | None:
    """Commit the trainees' tree onto ``branch`` of ``remote`` and push it; the new commit, or None if unchanged."""
    from academy_trainer.release import answers_given_away  # imports nbgrader: slow, so only here

    branch = branch or trainee_branch(repo / "_config.yml")
    with tempfile.TemporaryDirectory() as tmp:
        tree_dir = build(Path(tmp) / "tree", repo)
        findings = answers_given_away(tree_dir)
        if findings:
            raise RuntimeError("The trainees' tree gives answers or trainer notes away; nothing pushed:\n"
                               + "\n".join(findings))
        ref = f"refs/heads/{branch}"
        exists = bool(_git(repo, "ls-remote", "--heads", remote, ref).stdout.strip())
        parent = None
        if exists:
            _git(repo, "fetch", "--quiet", "--depth", "1", remote, ref)
            parent = _git(repo, "rev-parse", "FETCH_HEAD").stdout.strip()
        # A separate index and work tree: the checkout and its index stay as they are.
        env = {"GIT_DIR": _git(repo, "rev-parse", "--absolute-git-dir").stdout.strip(),
               "GIT_INDEX_FILE": str(Path(tmp) / "index"), "GIT_WORK_TREE": str(tree_dir)}
        _git(tree_dir, "add", "--all", "--force", "--", ".", f":(exclude){MARKER}", env=env)
        tree = _git(tree_dir, "write-tree", env=env).stdout.strip()
        if parent and _git(repo, "rev-parse", f"{parent}^{{tree}}").stdout.strip() == tree:
            print(f"The trainees' branch {branch} is up to date")
            return None
        source = _git(repo, "rev-parse", "--short", "HEAD").stdout.strip()
        message = f"Trainees' copy of the course from {source} (tools/trainee_tree.py)"
        commit = _git(repo, "commit-tree", tree, *(["-p", parent] if parent else []), "-m", message).stdout.strip()
        _git(repo, "push", "--quiet", remote, f"{commit}:{ref}")
    print(f"Pushed the trainees' copy to {remote} {branch} ({commit[:12]})")
    return commit


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build", help="write the trainees' tree into a folder")
    build_command.add_argument("folder", type=Path)
    push_command = commands.add_parser("push", help="commit the tree onto the trainees' branch and push it")
    push_command.add_argument("--remote", default="origin")
    args = parser.parse_args(argv)
    if args.command == "build":
        try:
            print(build(args.folder))
        except ValueError as refused:
            raise SystemExit(f"error: {refused}") from None
    else:
        push(remote=args.remote)


if __name__ == "__main__":
    main()
