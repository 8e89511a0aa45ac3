"""The JupyterLite part of the public site (``_build/html/lite``).

A trainee with only a browser opens a chapter there: JupyterLab runs in the
page and Python runs in the browser (Pyodide). The site holds the trainee
notebooks, the data, and a wheel of ``academy`` with the data packed inside
(``academy/_data``, which :func:`academy.datasets.data_dir` falls back to).
The wheel holds the trainees' package ``academy`` whole, as the trainees'
branch does (``tools/trainee_tree.py``); the trainers' tools are another
package (``academy_trainer``) and never go in.

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
are fetched by the trainee's browser at run time from the Pyodide CDN and PyPI,
unless the publisher passes a Pyodide distribution (``make book PYODIDE=path``,
:func:`build`'s ``pyodide``): then the site serves Python from its own
origin with the PyPI fallback off.

The interface is Dutch (the language pack ``jupyterlab-language-pack-nl-NL``,
chosen in the settings, with our own translations of the menu items it lacks
in ``academy/lab_translations``, shared with the trainees' JupyterLab), and a small plugin of our own
(``tools/lite_extension``, hand-written, no build step) tells the trainee in
Dutch when Python does not start within :data:`PYTHON_TIMEOUT_SECONDS`, with
links to the chapter on the site, on the hub and as a download.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tarfile
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path
from urllib.parse import quote

import yaml

from academy import lab_translations
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

    try:
        await piplite.install("academy")
    except Exception:
        class HetCursuspakketLaadtNiet(Exception):
            def _render_traceback_(self):
                return [\"""%s\"""]

        raise HetCursuspakketLaadtNiet() from None""" % "\n".join((
    "Het cursuspakket kon niet worden geladen, dus de cellen hieronder werken nu niet.",
    "Laad de pagina opnieuw en voer deze cel nog een keer uit.",
    "Lukt het dan nog niet? Lees het hoofdstuk op de website van de cursus,",
    "open het notebook op de JupyterHub van je organisatie, of download het notebook.",
))


def build_wheel(out: Path) -> Path:
    """``pip wheel`` of the trainees' package ``academy`` with ``data/`` copied into ``academy/_data``."""
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
EXTENSIONS = ["@jupyterlite/pyodide-kernel-extension", "@jupyter-widgets/jupyterlab-manager", "anywidget",
              "jupyterlab_pygments"]  # anywidget: the course's widgets (academy/widgets/browser.py)
OWN_EXTENSION = Path(__file__).resolve().parent / "lite_extension"  # the Dutch "Python start niet" message

LOCALE = "nl_NL"  # from jupyterlab-language-pack-nl-NL (requirements.txt), which jupyter lite build finds itself
# The language pack leaves many menu items English (it has some 400 of JupyterLab's strings): ours fill in
# those a trainee meets most (the Run, Kernel, Edit and File menus). English text -> Dutch, or -> [singular,
# plural] for a text JupyterLab counts ("Cut Cell", "Cut Cells").
PYTHON_TIMEOUT_SECONDS = 60  # Python not ready after this long: the trainee gets the message
KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
PYODIDE_FILES = ("pyodide.mjs", "pyodide-lock.json")  # what makes a folder a Pyodide distribution


def labextension_dir(name: str) -> Path:
    path = Path(sys.prefix) / "share" / "jupyter" / "labextensions" / name
    if not (path / "package.json").is_file():
        raise FileNotFoundError(f"Lab extension {name} is not installed in {sys.prefix} (see requirements.txt).")
    return path


def extension_dirs() -> list[Path]:
    return [*(labextension_dir(name) for name in EXTENSIONS), OWN_EXTENSION]


def cdn_pyodide_url() -> str:
    """Where the Pyodide kernel fetches Python from when the site does not serve it."""
    from jupyterlite_pyodide_kernel.constants import PYODIDE_CDN_URL

    return f"{PYODIDE_CDN_URL}/pyodide.mjs"


def hub_pull_url(config: dict) -> str:
    """The start of a chapter's JupyterHub link (nbgitpuller), as the site's JupyterHub button makes it;
    the notebook's path inside ``notebooks/`` completes it. Empty without a hub in ``_config.yml``."""
    hub = config.get("launch_buttons", {}).get("jupyterhub_url")
    repository = config.get("repository", {})
    if not hub or not repository.get("url"):
        return ""
    name = repository["url"].rstrip("/").rsplit("/", 1)[-1]
    return (f"{hub.rstrip('/')}/hub/user-redirect/git-pull?repo={quote(repository['url'])}"
            f"&branch={quote(repository.get('branch', 'main'))}&urlpath=lab/tree/{name}/notebooks/")


def site_config(pyodide: bool = False) -> dict:
    """``jupyter-lite.json``: the name, the Dutch interface, the message's settings, and (``pyodide``:
    the site serves Python itself) no fallback to PyPI. ``jupyter lite build`` adds ``pyodideUrl``."""
    book = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    data = {
        "appName": "Datagedreven werken · JupyterLite",
        "settingsOverrides": {"@jupyterlab/translation-extension:plugin": {"locale": LOCALE}},
        # Read by tools/lite_extension; siteRoot is relative to the Lite site (the book is around it).
        "academyPythonHelp": {"timeoutSeconds": PYTHON_TIMEOUT_SECONDS, "pyodideUrl": cdn_pyodide_url(),
                              "siteRoot": "../", "hubPullUrl": hub_pull_url(book)},
    }
    if pyodide:
        data["litePluginSettings"] = {KERNEL_PLUGIN: {"disablePyPIFallback": True}}
    return {"jupyter-lite-schema-version": 0, "jupyter-config-data": data}


def write_config(lite_dir: Path, pyodide: bool = False) -> None:
    """The build's settings (which extensions) and the site's (:func:`site_config`)."""
    lite_dir.mkdir(parents=True, exist_ok=True)  # absent on a fresh clone
    build = {"LiteBuildConfig": {"ignore_sys_prefix": ["federated_extensions"],
                                 "federated_extensions": [str(path) for path in extension_dirs()]}}
    (lite_dir / "jupyter_lite_config.json").write_text(json.dumps(build, indent=2), encoding="utf-8")
    (lite_dir / "jupyter-lite.json").write_text(json.dumps(site_config(pyodide), indent=2), encoding="utf-8")


def add_own_translations(site: Path) -> None:
    """Fill in what the language pack leaves English in the built site's translation (the pack's own stay)."""
    built = site / "api" / "translations" / f"{LOCALE}.json"
    pack = json.loads(built.read_text(encoding="utf-8"))
    lab_translations.fill_in(pack["data"])
    built.write_text(json.dumps(pack, ensure_ascii=False, indent=2), encoding="utf-8")


def check_pyodide(path: Path) -> Path:
    """A publisher's Pyodide as a folder: the folder itself, or a ``.tar.bz2`` as released, unpacked once
    into ``_build/pyodide-dist`` (reused while the archive is unchanged). A clear error for anything else."""
    path = Path(path).expanduser().resolve()
    if path.is_file() and path.name.endswith(".tar.bz2"):
        path = unpack_pyodide(path)
    elif not path.is_dir():
        raise FileNotFoundError(f"PYODIDE={path} is neither a Pyodide folder nor a pyodide-*.tar.bz2 archive "
                                "(see README, 'Voor publishers').")
    missing = [name for name in PYODIDE_FILES if not (path / name).is_file()]
    if missing:
        raise FileNotFoundError(f"PYODIDE={path} is not a Pyodide distribution: {', '.join(missing)} missing "
                                "(see README, 'Voor publishers').")
    return path


UNPACKED = ROOT / "_build" / "pyodide-dist"


def unpack_pyodide(archive: Path) -> Path:
    """The ``pyodide/`` folder of a release archive, unpacked once per archive (by name, size and time)."""
    stat = archive.stat()
    key = hashlib.sha256(f"{archive} {stat.st_size} {stat.st_mtime_ns}".encode()).hexdigest()[:16]
    target = UNPACKED / key
    if not (target / ".complete").exists():
        shutil.rmtree(UNPACKED, ignore_errors=True)  # an older archive's
        target.mkdir(parents=True)
        with tarfile.open(archive) as packed:
            packed.extractall(target, filter="data")
        (target / ".complete").touch()
    return target / "pyodide"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pyodide_packages(pyodide: Path) -> set[str]:
    """The packages a Pyodide distribution holds, by its ``pyodide-lock.json`` (normalised names)."""
    lock = json.loads((pyodide / "pyodide-lock.json").read_text(encoding="utf-8"))
    return {_normal(name) for name in lock["packages"]}


def kernel_packages() -> set[str]:
    """The packages the Pyodide kernel brings itself (its own piplite wheels: a widgetsnbextension stand-in, ...)."""
    wheels = (labextension_dir(EXTENSIONS[0]) / "static" / "pypi").glob("*.whl")
    return {_normal(wheel.name.split("-")[0]) for wheel in wheels}


def lacking(pyodide: Path) -> dict[str, str]:
    """What ``academy`` needs that neither this Pyodide nor the kernel brings (:func:`wheels_beside_pyodide`)."""
    return wheels_beside_pyodide(pyodide_packages(pyodide) | kernel_packages())


def wheels_beside_pyodide(available: set[str]) -> dict[str, str]:
    """Name -> version of the packages ``academy`` needs in the browser that are not in ``available``.

    With the PyPI fallback off, the site must serve them: pure-Python wheels at the versions in .venv
    (pinned in requirements.txt), with what they need in turn. Pyodide resolves its own packages' needs."""
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    todo, needed = list(project["dependencies"]), {}
    while todo:
        requirement = Requirement(todo.pop())
        name = _normal(requirement.name)
        unused = requirement.marker and not requirement.marker.evaluate({"extra": ""})  # an extra, another platform
        if name in available or name in needed or unused:
            continue
        needed[name] = metadata.version(name)
        todo += metadata.requires(name) or []
    return dict(sorted(needed.items()))


WHEEL_CACHE = ROOT / "_build" / "pyodide-wheels"  # the wheels of wheels_beside_pyodide, fetched once


def fetch_wheels(needed: dict[str, str]) -> Path:
    """``pip download`` the pure-Python wheels ``needed`` from PyPI once (cached, like ``npm ci``)."""
    folder = WHEEL_CACHE / hashlib.sha256(json.dumps(needed).encode()).hexdigest()[:16]
    if not (folder / ".complete").exists():
        shutil.rmtree(WHEEL_CACHE, ignore_errors=True)  # older sets
        pins = [f"{name}=={version}" for name, version in needed.items()]
        # --platform any: pure-Python wheels only (psygnal also ships CPython builds, which Pyodide cannot run).
        result = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                                 "--only-binary=:all:", "--platform", "any",
                                 "--disable-pip-version-check", "--dest", str(folder), *pins],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"Fetching {' '.join(pins)} from PyPI failed (needed once, beside Pyodide):\n"
                               f"{result.stdout}\n{result.stderr}")
        (folder / ".complete").touch()
    return folder


def pyodide_stamp(pyodide: Path | None) -> str:
    """Names, sizes and times of a Pyodide's files: a full distribution is too big to hash on every build."""
    if pyodide is None:
        return "no pyodide"
    files = sorted(p for p in pyodide.rglob("*") if p.is_file())
    return "\n".join(f"{p.relative_to(pyodide)} {p.stat().st_size} {p.stat().st_mtime_ns}" for p in files)


LITE_PACKAGES = ("jupyterlite-core", "jupyterlite-pyodide-kernel", "jupyterlab-language-pack-nl-NL")


def _input_files(notebooks: Path) -> list[tuple[str, Path]]:
    """Every file the Lite site is made from, with a stable name."""
    files = [(f"notebooks/{p.relative_to(notebooks).as_posix()}", p) for p in sorted(notebooks.glob("*/*.ipynb"))]
    files += [(f"data/{p.name}", p) for p in trainee_tree.data_files(ROOT)]
    files += [(p.relative_to(ROOT).as_posix(), p) for p in trainee_tree.package_files(ROOT)]
    files += [("pyproject.toml", ROOT / "pyproject.toml"), ("tools/lite.py", Path(__file__).resolve()),
              ("tools/trainee_tree.py", Path(trainee_tree.__file__).resolve())]
    files += [(f"labextension/{name}", labextension_dir(name) / "package.json") for name in EXTENSIONS]
    files += [(f"tools/lite_extension/{p.relative_to(OWN_EXTENSION).as_posix()}", p)
              for p in sorted(OWN_EXTENSION.rglob("*")) if p.is_file()]
    files += [(path.relative_to(ROOT).as_posix(), path) for path in lab_translations.own_translation_files().values()]
    return files


def inputs_digest(notebooks: Path = ROOT / "notebooks", pyodide: Path | None = None) -> str:
    """SHA-256 over the names and bytes of every input, the site's settings, the publisher's Pyodide
    (:func:`pyodide_stamp`) and the versions of the builder."""
    settings = json.dumps(site_config(pyodide is not None), sort_keys=True)
    beside = json.dumps(lacking(pyodide) if pyodide else {})
    return digest.inputs_digest(_input_files(notebooks), LITE_PACKAGES,
                                extra="\0".join([sys.version, settings, pyodide_stamp(pyodide), beside]))


def stage_pyodide(pyodide: Path | None, work: Path) -> list[str]:
    """Put the publisher's Pyodide folder where ``jupyter lite build`` takes it from (``static/pyodide``
    in the Lite folder, a link: a full distribution is big), and return the extra arguments: the
    packages Pyodide lacks as piplite wheels (:func:`wheels_beside_pyodide`). Without a Pyodide,
    nothing is left from before."""
    well_known = work / "static" / "pyodide"
    if well_known.is_symlink():
        well_known.unlink()
    shutil.rmtree(well_known, ignore_errors=True)
    if pyodide is None:
        return []
    well_known.parent.mkdir(parents=True, exist_ok=True)
    well_known.symlink_to(pyodide, target_is_directory=True)
    wheels = fetch_wheels(lacking(pyodide))
    return [arg for wheel in sorted(wheels.glob("*.whl")) for arg in ("--piplite-wheels", str(wheel))]


def _run_lite_build(contents: Path, wheel: Path, output: Path, work: Path, extra: list[str]) -> None:
    jupyter = Path(sys.executable).with_name("jupyter")
    result = subprocess.run([str(jupyter), "lite", "build", "--apps", "lab", "--no-sourcemaps",
                             "--no-unused-shared-packages", "--contents", str(contents),
                             "--piplite-wheels", str(wheel), "--output-dir", str(output),
                             "--lite-dir", str(work), "--log-level", "WARN", *extra],
                            cwd=work, capture_output=True, text=True)
    if result.returncode != 0:  # its task list is long; show it only when something broke
        raise RuntimeError(f"jupyter lite build failed:\n{result.stdout[-5000:]}\n{result.stderr[-5000:]}")


def build(output: Path, notebooks: Path = ROOT / "notebooks", pyodide: Path | None = None,
          work: Path | None = None) -> Path:
    """Build the Lite site into ``output`` (replacing it), or copy the last build if its inputs are unchanged.

    ``pyodide``: a Pyodide distribution (folder or ``.tar.bz2``, :func:`check_pyodide`) the site serves
    itself, with the PyPI fallback off.
    ``work``: the build's own folder (default :data:`WORK`), with the last build (``site``) and its digest."""
    work = WORK if work is None else work
    pyodide = check_pyodide(pyodide) if pyodide is not None else None
    digest = inputs_digest(notebooks, pyodide)
    cache, cache_digest = work / "site", work / "site.sha256"
    cached = cache_digest.exists() and cache_digest.read_text() == digest and (cache / "jupyter-lite.json").is_file()
    if not cached:
        cache_digest.unlink(missing_ok=True)  # a build that breaks off leaves no valid cache
        shutil.rmtree(cache, ignore_errors=True)
        # jupyter lite build (doit) remembers its tasks in the Lite folder and skips a task whose inputs
        # look unchanged even though its output was removed (jupyter-lite.json lost our settings): forget them.
        for state in work.glob(".jupyterlite.doit.db*"):
            state.unlink()
        contents = work / "contents"
        write_config(work, pyodide is not None)
        stage_contents(notebooks, contents)
        wheel = build_wheel(work / "wheels")
        _run_lite_build(contents, wheel, cache, work, stage_pyodide(pyodide, work))
        add_own_translations(cache)
        cache_digest.write_text(digest)
    shutil.rmtree(output, ignore_errors=True)
    shutil.copytree(cache, output)
    print(f"The JupyterLite site is in {output}" + (" (inputs unchanged: last build reused)" if cached else ""))
    return output


if __name__ == "__main__":
    print(build(ROOT / "_build" / "html" / "lite"))
