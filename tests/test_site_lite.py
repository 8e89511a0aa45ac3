"""The JupyterLite part of the site: every chapter, the data and the package are inside.

What runs in the browser kernel needs Pyodide from the internet, which this
machine lacks; so these tests check what the trainee's browser will be given,
and that the packed package finds its data without the repository around it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
import yaml

from academy import lab_translations
from conftest import ROOT, read_nb
from tools import lite, trainee_tree
from tools.site_extension import trainee_notebook

pytestmark = pytest.mark.slow
TRAINEE_NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*/*.ipynb"))


def toc_chapters() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [c["file"] for part in toc.get("parts", []) for c in part.get("chapters", [])]
    return [f for f in files if trainee_notebook(f)]


def listing(site, path: str = "") -> dict[str, str]:
    """What Lite's file browser shows in a folder: name -> type."""
    data = json.loads((site / "lite" / "api" / "contents" / path / "all.json").read_text(encoding="utf-8"))
    return {item["name"]: item["type"] for item in data["content"]}


def test_lite_lists_every_trainee_notebook(site):
    top = listing(site)
    for path in TRAINEE_NOTEBOOKS:
        chapter = path.parent.name
        assert top.get(chapter) == "directory", f"{chapter} is not in JupyterLite"
        assert listing(site, chapter).get(path.name) == "notebook"
        staged = read_nb(site / "lite" / "files" / chapter / path.name)
        trainee = read_nb(path)
        assert [c.source for c in staged.cells[1:]] == [c.source for c in trainee.cells], "the trainee's cells, unchanged"
        assert "piplite.install" in staged.cells[0].source


def test_every_chapter_page_opens_its_notebook_in_lite(site):
    for page in toc_chapters():
        html = (site / f"{page}.html").read_text(encoding="utf-8")
        notebook = trainee_notebook(page).removeprefix("notebooks/")
        assert f"lite/{lite.APP}?path={notebook}" in html, page
        assert (site / "lite" / "files" / notebook).is_file()
        assert "mybinder.org" in html and "/hub/user-redirect/git-pull?" in html, f"{page}: Binder and JupyterHub"
        assert f"urlpath=lab/tree/notebooks/{notebook}" in html, f"{page}: Binder opens notebooks/, not the build copy"


def test_lite_holds_the_data_and_the_package_with_its_data(site):
    for name in ("cards.csv", "compas.csv"):
        assert (site / "lite" / "files" / "data" / name).is_file()
    (wheel,) = (site / "lite" / "pypi").glob("academy-*.whl")
    index = json.loads((site / "lite" / "pypi" / "all.json").read_text(encoding="utf-8"))
    assert wheel.name in {d["filename"] for d in index["academy"]["releases"]["0.1.0"]}
    with zipfile.ZipFile(wheel) as packed:
        names = set(packed.namelist())
        (metadata_file,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        requires = {line.split(":", 1)[1].strip() for line in packed.read(metadata_file).decode().splitlines()
                    if line.startswith("Requires-Dist:")}
    assert {"academy/_data/cards.csv", "academy/cards.py", "academy/widgets/card_table.py"} <= names
    assert {p.relative_to(ROOT).as_posix() for p in trainee_tree.package_files()} <= names, "academy, whole"
    assert not any(n.startswith("academy_trainer/") for n in names), \
        "the grading and release tools (with solution markers) stay out of the browser"
    assert {"scikit-learn", "seaborn", "ipywidgets"} <= requires, "piplite installs what academy imports"
    config = json.loads((site / "lite" / "jupyter-lite.json").read_text(encoding="utf-8"))
    assert "./pypi/all.json" in " ".join(
        config["jupyter-config-data"]["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]["pipliteUrls"])


def test_the_wheel_finds_its_own_data_without_the_repository(site, tmp_path):
    (wheel,) = (site / "lite" / "pypi").glob("academy-*.whl")
    with zipfile.ZipFile(wheel) as packed:
        packed.extractall(tmp_path / "site-packages")
    code = ("import academy, academy.datasets as d, academy.cards as c; "
            "print(academy.__file__); print(d.data_dir()); print(len(c.load_deck()))")
    env = {"PYTHONPATH": str(tmp_path / "site-packages"), "PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    module, data, cards = out.stdout.split()
    assert module.startswith(str(tmp_path)), "the wheel's academy, not the repository's"
    assert data == str(tmp_path / "site-packages" / "academy" / "_data")
    assert int(cards) == 200


def test_lite_notebook_cell_does_nothing_outside_the_browser():
    nb = lite.lite_notebook(TRAINEE_NOTEBOOKS[0])
    namespace: dict = {}
    # The cell awaits at top level (fine in IPython and Pyodide); outside the browser the branch never runs.
    source = nb.cells[0].source.replace("await ", "")
    exec(compile(source, "install-cell", "exec"), namespace)
    assert "piplite" not in namespace


# In a kernel: pretend to be Pyodide, with a piplite whose install fails as it does without the wheels.
FAKE_PYODIDE = """\
import sys, types
sys.platform = "emscripten"
piplite = types.ModuleType("piplite")
async def install(name):
    if FAIL:
        raise ValueError(f"Can't find a pure Python 3 wheel for: '{name}'")
piplite.install = install
sys.modules["piplite"] = piplite
"""


@pytest.mark.parametrize("fail", [False, True])
def test_in_the_browser_the_cell_installs_the_package_or_says_in_dutch_what_to_do(fail):
    from nbclient import NotebookClient

    install = lite.lite_notebook(TRAINEE_NOTEBOOKS[0]).cells[0]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(f"FAIL = {fail}\n{FAKE_PYODIDE}"), install])
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True).execute()
    outputs = nb.cells[1].outputs
    if not fail:
        assert outputs == [], "a quiet install"
        return
    (error,) = outputs
    shown = "\n".join(error.traceback)
    assert "Het cursuspakket kon niet worden geladen" in shown and "website" in shown and "JupyterHub" in shown
    assert "wheel" not in shown and "Traceback" not in shown and "Error" not in shown, shown


MENU_CONTEXT = "menu\x04"


def test_lite_speaks_dutch_and_brings_its_python_message(site):
    config = json.loads((site / "lite" / "jupyter-lite.json").read_text(encoding="utf-8"))["jupyter-config-data"]
    assert config["settingsOverrides"]["@jupyterlab/translation-extension:plugin"]["locale"] == lite.LOCALE
    translations = site / "lite" / "api" / "translations"
    assert lite.LOCALE in json.loads((translations / "all.json").read_text(encoding="utf-8"))["data"]
    dutch = json.loads((translations / f"{lite.LOCALE}.json").read_text(encoding="utf-8"))["data"]["jupyterlab"]
    assert dutch["menu\x04File"] == ["Bestand"], "the menus come from the language pack"
    assert dutch["Run All Cells"] == ["Alle cellen uitvoeren"], "what the pack lacks comes from ours"
    # Menu titles come from the settings schemas and are looked up with the context "menu".
    lite_dir = site / "lite"
    # Our translations serve JupyterLite and the trainees' JupyterLab (academy.lab_translations).
    lab_dir = Path(sys.prefix) / "share" / "jupyter"
    code = "".join(p.read_text(encoding="utf-8", errors="replace")
                   for folder in (lite_dir / "build", lite_dir / "extensions", lab_dir / "lab" / "static",
                                  lab_dir / "labextensions") for p in folder.rglob("*.js"))
    schemas = "".join(p.read_text(encoding="utf-8") for p in (lite_dir / "build" / "schemas").rglob("*.json"))
    built = json.loads((translations / f"{lite.LOCALE}.json").read_text(encoding="utf-8"))["data"]
    for domain, path in lab_translations.own_translation_files().items():
        own = json.loads(path.read_text(encoding="utf-8"))
        unused = [english for english in own if json.dumps(english, ensure_ascii=False) not in code
                  and not (english.startswith(MENU_CONTEXT) and json.dumps(english.removeprefix(MENU_CONTEXT)) in schemas)]
        assert unused == [], "each of our translations is a text JupyterLab really shows"
        assert all(english in built[domain] for english in own), f"ours are in the site's {domain} translation"
    (plugin,) = [e for e in config["federated_extensions"] if e["name"] == "academy-python-help"]
    assert (site / "lite" / "extensions" / plugin["name"] / plugin["load"]).is_file()
    help_settings = config["academyPythonHelp"]
    assert help_settings["timeoutSeconds"] == lite.PYTHON_TIMEOUT_SECONDS
    assert help_settings["pyodideUrl"] == lite.cdn_pyodide_url(), "without PYODIDE, Python comes from the CDN"
    assert "disablePyPIFallback" not in config["litePluginSettings"][lite.KERNEL_PLUGIN]


def requirement_pins() -> dict[str, str]:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    pins = (line.split("==") for line in lines if "==" in line and not line.startswith("#"))
    return {lite._normal(name): version.strip() for name, version in pins}


def test_what_pyodide_lacks_is_served_beside_it_at_the_pinned_versions():
    from tools import site_assets

    core = site_assets.install() / "pyodide"
    needed = lite.lacking(core)
    # Not in Pyodide's own distribution: with the PyPI fallback off, the site must serve these itself.
    assert set(needed) == {"seaborn", "ipywidgets", "comm", "jupyterlab-widgets", "anywidget", "psygnal"}
    pins = requirement_pins()
    assert {name: pins[name] for name in needed} == needed


def test_a_pyodide_that_is_not_one_is_refused_with_the_readme_s_section(tmp_path):
    (tmp_path / "pyodide.mjs").write_text("")
    with pytest.raises(FileNotFoundError, match="pyodide-lock.json missing.*Voor publishers"):
        lite.build(tmp_path / "out", pyodide=tmp_path, work=tmp_path / "work")
    archive = tmp_path / "pyodide.zip"
    archive.write_text("")
    with pytest.raises(FileNotFoundError, match="neither a Pyodide folder"):
        lite.check_pyodide(archive)


def test_a_released_pyodide_archive_is_unpacked_once_and_used_as_its_folder(tmp_path, monkeypatch):
    import tarfile

    monkeypatch.setattr(lite, "UNPACKED", tmp_path / "unpacked")
    release = tmp_path / "release" / "pyodide"
    release.mkdir(parents=True)
    for name in lite.PYODIDE_FILES:
        (release / name).write_text(name)
    archive = tmp_path / "pyodide-314.0.6.tar.bz2"
    with tarfile.open(archive, "w:bz2") as packed:
        packed.add(release, arcname="pyodide")
    folder = lite.check_pyodide(archive)
    assert folder.parent.parent == tmp_path / "unpacked" and folder.name == "pyodide"
    assert {p.name for p in folder.iterdir()} == set(lite.PYODIDE_FILES)
    (folder / "pyodide.mjs").write_text("kept")
    assert lite.check_pyodide(archive) == folder and (folder / "pyodide.mjs").read_text() == "kept", "unpacked once"
