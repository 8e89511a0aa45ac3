"""In a real JupyterLab in Chromium: Python's errors in Dutch, the stale-answer message, Run All to the end.

JupyterLab sends each cell's id with its code and Jupyter Server tells the kernel which notebook it
belongs to; these tests prove academy.runs sees both as a trainee's Lab sends them. The Lab's own
commands are driven through its command registry (``expose_app_in_browser``), so the tests do not
depend on the language of the menus.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request

import nbformat
import pytest

from conftest import BIN, ROOT, tool_env
from test_site_browser import browser  # noqa: F401 (the fixture: Debian's chromium, or how to install it)

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHECK = "from academy.checks import linda as controle\ncontrole.p_bankbediende()"
TRIAL = {"begin": "import academy\nleeftijd = 35", "antwoord": "p_bankbediende = 0.5", "controle": CHECK,
         "typo": "print(leeftjd)"}
STARTUP_SECONDS = 180  # Lab and a kernel on a machine shared with other test runs


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab serving a folder with chapter 7 (as released) and a small trial notebook."""
    folder = tmp_path_factory.mktemp("lab")
    shutil.copy(ROOT / "notebooks" / "07-bias" / "bias.ipynb", folder)
    trial = nbformat.v4.new_notebook()
    trial.cells = [nbformat.v4.new_code_cell(source, id=cell_id) for cell_id, source in TRIAL.items()]
    trial.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(trial, folder / "proef.ipynb")
    settings = tmp_path_factory.mktemp("lab-settings")
    env = {**tool_env(), "JUPYTERLAB_SETTINGS_DIR": str(settings / "user"),
           "JUPYTERLAB_WORKSPACES_DIR": str(settings / "workspaces"),
           "JUPYTER_RUNTIME_DIR": str(settings / "runtime")}
    port = free_port()
    process = subprocess.Popen(
        [str(BIN / "jupyter-lab"), "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
         "--IdentityProvider.token=", "--ServerApp.password=", f"--ServerApp.root_dir={folder}",
         "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None", "--allow-root"],
        cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/status", timeout=5)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError(f"JupyterLab did not start:\n{process.stderr.read()}")
            time.sleep(0.5)
    yield url
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


class Notebook:
    """A notebook open in JupyterLab, driven through the Lab's commands as a trainee's clicks would."""

    def __init__(self, browser, lab: str, name: str):
        self.page = browser.new_page(viewport={"width": 1366, "height": 768})
        self.page.goto(f"{lab}/lab/tree/{name}")
        self.page.wait_for_function(
            """() => { const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
                       const kernel = panel && panel.sessionContext && panel.sessionContext.session
                                      && panel.sessionContext.session.kernel;
                       return kernel && kernel.status === 'idle'; }""", timeout=STARTUP_SECONDS * 1000)

    def run(self, index: int, source: str | None = None) -> str:
        """Type ``source`` into cell ``index`` (if given), run it and return what its output shows."""
        return self.page.evaluate(
            """async ([index, source]) => {
                   const panel = window.jupyterapp.shell.currentWidget, notebook = panel.content;
                   if (source !== null) notebook.widgets[index].model.sharedModel.setSource(source);
                   notebook.activeCellIndex = index;
                   await window.jupyterapp.commands.execute('notebook:run-cell');
                   return notebook.widgets[index].outputArea.node.innerText; }""", [index, source])

    def edit_and_save(self, index: int, source: str) -> None:
        self.page.evaluate(
            """async ([index, source]) => {
                   const panel = window.jupyterapp.shell.currentWidget;
                   panel.content.widgets[index].model.sharedModel.setSource(source);
                   await panel.context.save(); }""", [index, source])

    def run_all(self) -> list:
        """Run All Cells, as the menu does; then each code cell's execution count (None: it never ran)."""
        self.page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        self.page.wait_for_function(
            "() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.status === 'idle'",
            timeout=STARTUP_SECONDS * 1000)
        return self.page.evaluate(
            """() => window.jupyterapp.shell.currentWidget.content.widgets
                     .filter(cell => cell.model.type === 'code').map(cell => cell.model.executionCount)""")

    def close(self):
        self.page.close()


def test_dutch_errors_and_no_stale_check_in_jupyterlab(browser, lab):  # noqa: F811 (the fixture)
    notebook = Notebook(browser, lab, "proef.ipynb")
    try:
        notebook.run(0)
        assert notebook.run(1) == ""
        shown = notebook.run(1, "p_bankbediende = 0,04")
        assert shown.startswith("Schrijf een kommagetal met een punt: `0.04`"), shown
        assert "SyntaxError" in shown
        assert "gaf een foutmelding" in notebook.run(2), "the check judged the old 0.5"
        assert "Bedoel je `leeftijd`?" in notebook.run(3)

        notebook.run(1, "p_bankbediende = 0.5")
        notebook.edit_and_save(1, "p_bankbediende = 0.0409")  # changed and saved, not run
        assert "veranderd, maar nog niet opnieuw uitgevoerd" in notebook.run(2)
        notebook.run(1)
        assert "Goed zo" in notebook.run(2)
    finally:
        notebook.close()


def test_run_all_reaches_the_last_cell_of_chapter_7_with_every_exercise_empty(browser, lab):  # noqa: F811
    notebook = Notebook(browser, lab, "bias.ipynb")
    try:
        counts = notebook.run_all()
        assert all(count is not None for count in counts), counts
    finally:
        notebook.close()
