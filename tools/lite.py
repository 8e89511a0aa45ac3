"""The JupyterLite part of the public site (``_build/html/lite``).

A trainee with only a browser opens a chapter there: JupyterLab runs in the
page and Python runs in the browser (Pyodide). The site holds the trainee
notebooks, the data, and a wheel of ``academy`` with the data packed inside
(``academy/_data``, which :func:`academy.datasets.data_dir` falls back to).
The wheel holds the trainees' part of the package only, as the trainees'
branch does (``tools/trainee_tree.py``): no grading or release tools.

Each notebook gets one extra first cell that installs ``academy`` from that
wheel when (and only when) it runs in the browser; in a normal kernel the
cell does nothing, so a notebook downloaded from Lite still grades normally.

The build is reused when nothing it is made from changed: the digest of its
inputs (:func:`inputs_digest`: notebooks, data, the package's sources, the
lab extensions, the JupyterLite version and this module) is stored beside a
copy of the last build in ``_build/lite-src/site``; any difference rebuilds
from scratch.

The build itself needs no internet. Pyodide (the Python of the browser
kernel) and the packages ``academy`` needs (its ``dependencies`` in
``pyproject.toml``: pandas, numpy, matplotlib, seaborn, scikit-learn, ...)
are fetched by the trainee's browser at run time from the Pyodide CDN and PyPI.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools import digest, trainee_tree

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "_build" / "lite-src"
APP = "lab/index.html"  # where a chapter opens, inside the Lite site

INSTALL_TAG = "jupyterlite-install"
INSTALL_CELL = """\
# Werk je in JupyterLite (in je browser)? Dan zet deze cel eerst het cursuspakket klaar.
# Dat duurt de eerste keer even. Op een JupyterHub of je eigen computer doet deze cel niets.
import sys

if sys.platform == "emscripten":
    import piplite

    await piplite.install("academy")"""


def build_wheel(out: Path) -> Path:
    """``pip wheel`` of the trainees' part of the package with ``data/`` copied into ``academy/_data``."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "academy-src"
        tree.mkdir()
        shutil.copy(ROOT / "pyproject.toml", tree)
        data = trainee_tree.copy_package(tree, ROOT) / "_data"
        data.mkdir()
        for path in trainee_tree.data_files(ROOT):
            shutil.copy(path, data)
        (tree / "MANIFEST.in").write_text("graft academy/_data\n", encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("academy-*.whl"):
            old.unlink()
        # No index, no isolation, no version check: the build must work offline.
        result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
                                 "--no-build-isolation", "--disable-pip-version-check",
                                 "--wheel-dir", str(out), str(tree)], capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"Building the academy wheel failed:\n{result.stdout}\n{result.stderr}")
    (wheel,) = out.glob("academy-*.whl")
    return wheel


def lite_notebook(path: Path):
    """The trainee notebook with the install cell in front (an ``nbformat.NotebookNode``)."""
    import nbformat  # slow to import (its schema checker): only when Lite is rebuilt

    nb = nbformat.read(path, as_version=4)
    cell = nbformat.v4.new_code_cell(INSTALL_CELL, metadata={"tags": [INSTALL_TAG]})
    cell.id = INSTALL_TAG
    nb.cells.insert(0, cell)
    # Pyodide's kernel, so the notebook opens without asking which kernel to use.
    nb.metadata["kernelspec"] = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
    return nb


def stage_contents(notebooks: Path, target: Path) -> list[Path]:
    """Trainee notebooks (one folder per chapter) and the data, as Lite shows them."""
    import nbformat

    shutil.rmtree(target, ignore_errors=True)
    staged = []
    for path in sorted(notebooks.glob("*/*.ipynb")):
        out = target / path.relative_to(notebooks)
        out.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(lite_notebook(path), out)
        staged.append(out)
    (target / "data").mkdir(parents=True)
    for path in trainee_tree.data_files(ROOT):
        shutil.copy(path, target / "data")
    return staged


# The lab extensions the browser gets. Not every one in .venv: nbgrader's and
# Notebook 7's need a Jupyter server and would show menus that cannot work.
EXTENSIONS = ["@jupyterlite/pyodide-kernel-extension", "@jupyter-widgets/jupyterlab-manager", "jupyterlab_pygments"]


def labextension_dir(name: str) -> Path:
    path = Path(sys.prefix) / "share" / "jupyter" / "labextensions" / name
    if not (path / "package.json").is_file():
        raise FileNotFoundError(f"Lab extension {name} is not installed in {sys.prefix} (see requirements.txt).")
    return path


def write_config(lite_dir: Path) -> None:
    """The build's settings (which extensions) and the site's (its name)."""
    lite_dir.mkdir(parents=True, exist_ok=True)  # absent on a fresh clone
    build = {"LiteBuildConfig": {"ignore_sys_prefix": ["federated_extensions"],
                                 "federated_extensions": [str(labextension_dir(n)) for n in EXTENSIONS]}}
    (lite_dir / "jupyter_lite_config.json").write_text(json.dumps(build, indent=2), encoding="utf-8")
    site = {"jupyter-lite-schema-version": 0,
            "jupyter-config-data": {"appName": "Datagedreven werken · JupyterLite"}}
    (lite_dir / "jupyter-lite.json").write_text(json.dumps(site, indent=2), encoding="utf-8")


LITE_PACKAGES = ("jupyterlite-core", "jupyterlite-pyodide-kernel")
CACHE = WORK / "site"  # the last build, reused while its inputs are unchanged
CACHE_DIGEST = WORK / "site.sha256"


def _input_files(notebooks: Path) -> list[tuple[str, Path]]:
    """Every file the Lite site is made from, with a stable name."""
    files = [(f"notebooks/{p.relative_to(notebooks).as_posix()}", p) for p in sorted(notebooks.glob("*/*.ipynb"))]
    files += [(f"data/{p.name}", p) for p in trainee_tree.data_files(ROOT)]
    files += [(p.relative_to(ROOT).as_posix(), p) for p in trainee_tree.package_files(ROOT)]
    files += [("pyproject.toml", ROOT / "pyproject.toml"), ("tools/lite.py", Path(__file__).resolve()),
              ("tools/trainee_tree.py", Path(trainee_tree.__file__).resolve())]
    files += [(f"labextension/{name}", labextension_dir(name) / "package.json") for name in EXTENSIONS]
    return files


def inputs_digest(notebooks: Path = ROOT / "notebooks") -> str:
    """SHA-256 over the names and bytes of every input, and the versions of the builder."""
    return digest.inputs_digest(_input_files(notebooks), LITE_PACKAGES, extra=sys.version)


def _run_lite_build(contents: Path, wheel: Path, output: Path) -> None:
    jupyter = Path(sys.executable).with_name("jupyter")
    result = subprocess.run([str(jupyter), "lite", "build", "--apps", "lab", "--no-sourcemaps",
                             "--no-unused-shared-packages", "--contents", str(contents),
                             "--piplite-wheels", str(wheel), "--output-dir", str(output),
                             "--lite-dir", str(WORK), "--log-level", "WARN"],
                            cwd=WORK, capture_output=True, text=True)
    if result.returncode != 0:  # its task list is long; show it only when something broke
        raise RuntimeError(f"jupyter lite build failed:\n{result.stdout[-5000:]}\n{result.stderr[-5000:]}")


def build(output: Path, notebooks: Path = ROOT / "notebooks") -> Path:
    """Build the Lite site into ``output`` (replacing it), or copy the last build if its inputs are unchanged."""
    digest = inputs_digest(notebooks)
    cached = CACHE_DIGEST.exists() and CACHE_DIGEST.read_text() == digest and (CACHE / "jupyter-lite.json").is_file()
    if not cached:
        CACHE_DIGEST.unlink(missing_ok=True)  # a build that breaks off leaves no valid cache
        shutil.rmtree(CACHE, ignore_errors=True)
        contents = WORK / "contents"
        write_config(WORK)
        stage_contents(notebooks, contents)
        wheel = build_wheel(WORK / "wheels")
        _run_lite_build(contents, wheel, CACHE)
        CACHE_DIGEST.write_text(digest)
    shutil.rmtree(output, ignore_errors=True)
    shutil.copytree(CACHE, output)
    print(f"The JupyterLite site is in {output}" + (" (inputs unchanged: last build reused)" if cached else ""))
    return output


if __name__ == "__main__":
    print(build(ROOT / "_build" / "html" / "lite"))
