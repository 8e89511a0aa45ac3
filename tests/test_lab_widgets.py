"""The course's widgets in a real JupyterLab (Debian's chromium): keyboard, and choices back in Python.

A JupyterLab server is started on a free port with a token, in a temporary
folder holding one notebook with the card table and the Linda ranking. By
keyboard only: an arrow key in the card table's sort menu sorts the cards
and does not move the notebook's active cell; ▼ on the ranking moves an
option and keeps the focus on it; → on chapter 7's threshold slider has Python
draw the next stop's table and chart (with a kernel, stops are drawn when first
reached); chapter 5's poll and chapter 9's scan are answered with the arrow
keys (the scan's radar appears, then changes); → on chapter 4's selection
slider has Python draw the next stop's bars. Python then holds every choice:
chapters 5, 6 and 9's own check cells (as released in notebooks/) pass with
the answers the widgets made; "Deel met de groep" sends the ranking to a
trainer's live session (class-live) from Lab.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT, nbgrader_meta, read_nb
from test_site_browser import SCREENSHOTS, browser  # noqa: F401 (fixture)
from tools.live_session import live_server

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def released_check(notebook: str, grade_id: str) -> str:
    """The source of a chapter's check cell as trainees get it (notebooks/, no hidden tests)."""
    cells = read_nb(ROOT / "notebooks" / notebook).cells
    return next(cell.source for cell in cells if nbgrader_meta(cell).get("grade_id") == grade_id)


# The levels chosen by keyboard: in the poll one per statement (13), in the scan one per category (7).
POLL_LEVELS = [1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4, 5]
SCAN_LEVELS = [3, 2, 4, 1, 5, 2, 3]  # its lowest level: datakennis, 1

CELLS = [
    "from academy.widgets.card_table import CardTable, view\ntafel = CardTable(seed=2024)\nview(tafel)",
    "print('sortering:', tafel.sort_by)",
    "from academy.widgets import ranking\nmodel = ranking.Ranking()\nranking.view(model)",
    "from academy.checks import linda as controle\nrangorde = model.to_answer()\ncontrole.rangorde()",
    "from academy.widgets import threshold\ndrempel = threshold.ThresholdExplorer()\nthreshold.view(drempel)",
    "print('drempel:', drempel.threshold)",
    "from academy.widgets import poll\npeiling = poll.Poll()\npoll.view(peiling)",
    "posities = peiling.to_answer()\nprint(peiling.literal())\n"
    + released_check("05-datadialoog/datadialoog.ipynb", "controle-posities"),
    "from academy.widgets import maturity\nscan = maturity.MaturityScan()\nmaturity.view(scan)",
    "datavolwassenheid = scan.to_answer()\nprint(scan.literal())\n"
    + released_check("09-afronding/afronding.ipynb", "controle-scan"),
    "from academy.widgets import selection\nexperiment = selection.SelectionExperiment()\nselection.view(experiment)",
    "print('sterkte:', experiment.strength)\nprint(experiment.message())",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A running JupyterLab with the notebook; yields its URL (with the token)."""
    folder = tmp_path_factory.mktemp("lab")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in CELLS])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, folder / "widgets.ipynb")
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(folder / ".runtime"),
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={folder}",
         f"--LabApp.workspaces_dir={folder / '.workspaces'}", "--ServerApp.port_retries=0", "--allow-root"],
        cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):  # the server is up within seconds, even on a busy machine
            if server.poll() is not None:
                pytest.fail(f"JupyterLab stopped: {server.stderr.read()[-2000:]}")
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5)
                break
            except OSError:
                time.sleep(0.5)
        yield f"{base}/lab/tree/widgets.ipynb?token={token}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def run_cell(page, index: int) -> None:
    cell = page.locator(".jp-NotebookPanel .jp-CodeCell").nth(index)
    cell.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    page.wait_for_function(  # "[3]:" once run ("[*]:" while running)
        "(i) => /\\[\\d+\\]/.test(document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell')[i]"
        ".querySelector('.jp-InputPrompt').textContent)", arg=index, timeout=120_000)


def active_cell(page) -> int:
    return page.evaluate("[...document.querySelectorAll('.jp-NotebookPanel .jp-Cell')]"
                         ".findIndex((cell) => cell.classList.contains('jp-mod-active'))")


def output(page, index: int) -> str:
    return page.locator(".jp-NotebookPanel .jp-CodeCell").nth(index).locator(".jp-OutputArea").inner_text()


def run_and_read(page, index: int, text: str) -> str:
    """Run cell ``index`` and return its output once it shows ``text``."""
    run_cell(page, index)
    page.wait_for_function("([i, text]) => document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell')[i]"
                           ".querySelector('.jp-OutputArea').innerText.includes(text)", arg=[index, text])
    return output(page, index)


def choose_by_keyboard(page, widget, levels: list[int]) -> None:
    """In the scale widget's groups, from the first: Space on its first button, then → up to the level."""
    for group, level in zip(widget.locator("fieldset").all(), levels):
        group.get_by_role("radio").first.focus()
        page.keyboard.press("Space")
        for _ in range(level - 1):
            page.keyboard.press("ArrowRight")


def test_widgets_work_by_keyboard_in_jupyterlab_and_python_gets_the_choices(browser, lab, tmp_path):  # noqa: F811
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    try:
        page.goto(lab)
        page.wait_for_selector(".jp-NotebookPanel .jp-CodeCell .cm-content", timeout=120_000)
        page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=120_000)  # the status bar

        run_cell(page, 0)
        page.wait_for_selector(".academy-cards .kaart", timeout=60_000)
        sort = page.locator(".academy-cards select").first
        sort.focus()
        before = active_cell(page)
        page.keyboard.press("ArrowDown")  # from "geschud" to "persoon"
        page.wait_for_function("document.querySelector('.academy-cards [role=status]').textContent"
                               ".includes('gesorteerd: persoon')")
        assert active_cell(page) == before, "the arrow key moved the notebook's active cell"
        run_cell(page, 1)
        page.wait_for_function("document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell')[1].innerText"
                               ".includes('sortering:')")
        assert "sortering: persoon" in output(page, 1)

        run_cell(page, 2)
        page.get_by_role("button", name="A lager (minder waarschijnlijk)").focus()
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "A lager (minder waarschijnlijk)"
        assert page.locator(".academy-ranking pre").inner_text().startswith("rangorde = ['B', 'A'")
        run_cell(page, 3)
        page.wait_for_function("document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell')[3].innerText"
                               ".includes('rangorde')")
        assert "Je rangorde is compleet: B, A, C, D, E, F" in output(page, 3)

        # "Deel met de groep" from Lab: the address typed in the widget (Lab's shortcuts leave the keys alone).
        with live_server(tmp_path / "live") as server:
            widget = page.locator(".academy-ranking")
            widget.get_by_label("Adres met sessiecode van de docent").focus()
            page.keyboard.type(server.address)
            page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            page.wait_for_function("document.querySelector('.academy-ranking .academy-share-status').dataset.status"
                                   " === 'sent'", timeout=60_000)
            shared = (server.folder / "answers.jsonl").read_text(encoding="utf-8")
            assert '"answer": ["B", "A", "C", "D", "E", "F"]' in shared

        run_cell(page, 4)
        page.get_by_role("slider", name="Hoog risico vanaf score").focus()
        page.keyboard.press("ArrowRight")  # from 5 to 6: a stop not drawn yet
        page.wait_for_function("(document.querySelector('.academy-slider [aria-live] img') || {}).alt"
                               "?.includes('vanaf score 6')", timeout=60_000)
        assert "Hoog risico vanaf score 6" in page.locator(".academy-slider [aria-live]").inner_text()
        run_cell(page, 5)
        page.wait_for_function("document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell')[5].innerText"
                               ".includes('drempel:')")
        assert "drempel: 6" in output(page, 5)

        # Chapter 5's poll: its own check passes with the positions chosen by keyboard.
        run_cell(page, 6)
        widget = page.locator(".academy-scale").first
        widget.locator("fieldset").first.wait_for(timeout=60_000)
        choose_by_keyboard(page, widget, POLL_LEVELS)
        line = widget.locator("pre").inner_text()
        printed = run_and_read(page, 7, "stellingen")
        assert line in printed, "Python's answer differs from the line the widget shows to copy"
        assert "Je koos bij alle 13 stellingen een positie" in printed
        positions = dict(item.split(": ") for item in line.removeprefix("posities = {").rstrip("}").split(", "))
        assert [int(level) for level in positions.values()] == POLL_LEVELS

        # Chapter 9's scan: the radar appears with the last category, changes with a move, and the check passes.
        run_cell(page, 8)
        widget = page.locator(".academy-scale").nth(1)
        widget.locator("fieldset").first.wait_for(timeout=60_000)
        choose_by_keyboard(page, widget, SCAN_LEVELS[:-1])
        assert widget.locator(".academy-radar").count() == 0
        widget.locator("fieldset").last.get_by_role("radio").first.focus()
        page.keyboard.press("Space")  # datakwaliteit 1 ...
        page.keyboard.press("ArrowRight")
        radar = widget.locator(".academy-radar")
        shape = radar.locator("polygon").last.get_attribute("points")
        assert "Datakwaliteit 2 (Gecontroleerd)" in radar.get_attribute("aria-label")
        page.keyboard.press("ArrowRight")  # ... 3: the last level of SCAN_LEVELS
        assert "Datakwaliteit 3 (Gestandaardiseerd)" in radar.get_attribute("aria-label")
        assert radar.locator("polygon").last.get_attribute("points") != shape
        printed = run_and_read(page, 9, "scan")
        assert widget.locator("pre").inner_text() in printed
        assert "Je scan is compleet. Je laagste niveau is 1 (Initieel), bij: datakennis." in printed

        # Chapter 4's selection slider (no check reads it): → has Python draw the next stop's bars.
        run_cell(page, 10)
        widget = page.locator(".academy-slider", has_text="Hoe sterk kiezen consulenten")
        bars = widget.locator("[aria-live] img")
        first = bars.get_attribute("src", timeout=60_000)
        widget.get_by_role("slider").focus()
        page.keyboard.press("ArrowRight")  # from 0 to 0,1: a stop not drawn yet
        page.wait_for_function("(el) => (el.querySelector('[aria-live] img') || {}).alt?.includes('selectie 0,1')",
                               arg=widget.element_handle(), timeout=60_000)
        assert bars.get_attribute("src") != first
        shown = widget.locator("[aria-live] p").first.inner_text()
        printed = run_and_read(page, 11, "Echt effect")  # the last line printed
        assert "sterkte: 0.1" in printed
        assert shown in printed, "the slider shows a different message than Python's model gives"
    finally:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "jupyterlab-widgets.png"))  # what the test saw last
        page.close()
