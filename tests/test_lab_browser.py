"""The trainees' JupyterLab in a real browser, started exactly as `make lab` starts it.

The command is what `make -n lab` prints (the settings folder lab/ on JUPYTER_CONFIG_PATH),
run on a copy of notebooks/ (the Lab saves what it opens), on a free port with a token, with
Jupyter's own folders in a temporary directory so no personal setting counts. Debian's chromium
(Playwright) opens chapter 1: the menus are Dutch, no news pop-up, none of nbgrader's trainer
tools (Create Assignment, Formgrader, Courses), the Assignments list stays; running the chapter's
first check shows its Dutch message as rendered Markdown.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from conftest import ROOT, tool_env
from dutch_interface import english_left
from test_site_browser import browser, require_chromium  # noqa: F401 (fixtures)
from tools.hub_classroom import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.browser]

START_LIMIT = 180  # seconds: upper bound for a loaded machine, not an expected time
UI_LIMIT = 90_000  # milliseconds, likewise
TRAINER_TOOLS = ("Create Assignment", "Formgrader", "Courses", "Course List")
# Chapter 1's code cell with its imports, and its first check (the exercise above it left empty).
IMPORTS, FIRST_CHECK = "from academy.cards import", "controle.tel_de_kaarten()"


def make_lab_command() -> str:
    """The command `make lab` runs (its last line; earlier lines would set up the venv)."""
    env = {**tool_env(), "MAKEFLAGS": ""}
    printed = subprocess.run(["make", "-n", "--no-print-directory", "lab"], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True).stdout
    return printed.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """The trainees' JupyterLab on a copy of notebooks/; yields its base URL (with the token)."""
    require_chromium()
    home = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", home / "notebooks")
    token = secrets.token_hex(16)
    jupyter_dirs = {"JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data", "JUPYTER_RUNTIME_DIR": "runtime",
                    "JUPYTERLAB_SETTINGS_DIR": "user-settings", "JUPYTERLAB_WORKSPACES_DIR": "workspaces",
                    "IPYTHONDIR": "ipython"}
    env = {**tool_env(), **{name: str(home / folder) for name, folder in jupyter_dirs.items()}}
    env.pop("JUPYTER_CONFIG_PATH", None)
    options = ["--no-browser", "--ServerApp.port=0", f"--IdentityProvider.token={token}"]
    if os.geteuid() == 0:
        options.append("--allow-root")  # CI runs as root; a trainee never does
    log = (home / "lab.log").open("w")
    server = subprocess.Popen(f"{make_lab_command()} {' '.join(options)}", shell=True, cwd=home, env=env,
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        def started():
            assert server.poll() is None, f"JupyterLab stopped:\n{(home / 'lab.log').read_text()}"
            found = list((home / "runtime").glob("jpserver-*.json"))
            return json.loads(found[0].read_text()) if found else None

        info = wait_for(started, "JupyterLab to start", START_LIMIT)
        base = f"http://127.0.0.1:{info['port']}/"

        def answers():
            try:
                return urllib.request.urlopen(f"{base}api/status?token={token}", timeout=10).status == 200
            except OSError:  # not listening yet (urllib's URLError is an OSError)
                return False

        wait_for(answers, "JupyterLab to answer", START_LIMIT)
        yield base, token, home
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def code_cell(page, text: str):
    return page.locator(".jp-Notebook .jp-CodeCell", has_text=text).first


def covering_dialog(page) -> str:
    """What a dialog over the notebook says (seen once, under heavy load), with a screenshot of it."""
    dialogs = page.locator(".jp-Dialog")
    if not dialogs.count():
        return "no dialog is open"
    path = ROOT / "_build" / "screenshots" / "lab-dialog.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    return f"a dialog is open: {' | '.join(dialogs.all_inner_texts())!r} (screenshot: {path})"


def run_cell(page, text: str) -> None:
    """Run the code cell with ``text`` as a trainee does (click in it, Shift+Enter) and wait until it has run.

    While the Lab is still settling it may move the focus away from a cell just clicked, so a
    Shift+Enter that did not queue the cell (its prompt shows neither [*] nor a number) is tried again."""
    cell = code_cell(page, text)
    prompt = cell.locator(".jp-InputPrompt")
    deadline = time.monotonic() + UI_LIMIT / 1000
    while not re.search(r"\[(\*|\d+)\]", prompt.inner_text()):
        assert time.monotonic() < deadline, f"the cell with {text!r} never started"
        try:
            cell.locator(".jp-InputArea-editor").click()
        except PlaywrightTimeout:  # something covers the cell: a trainee would see it too
            raise AssertionError(f"the cell with {text!r} cannot be clicked; {covering_dialog(page)}") from None
        cell.locator(".jp-InputArea-editor .cm-focused").wait_for(timeout=UI_LIMIT)
        page.keyboard.press("Shift+Enter")
        try:
            prompt.filter(has_text=re.compile(r"\[(\*|\d+)\]")).wait_for(timeout=5_000)
        except PlaywrightTimeout:
            pass
    prompt.filter(has_text=re.compile(r"\[\d+\]")).wait_for(timeout=UI_LIMIT)


@pytest.fixture(scope="module")
def chapter(lab, browser):  # noqa: F811 (the fixture imported above)
    """Chapter 1 open in the Lab; its imports and its first check (the exercise left empty) have run."""
    base, token, _home = lab
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(f"{base}lab/tree/01-databasespel/databasespel.ipynb?token={token}")
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=UI_LIMIT)
    run_cell(page, IMPORTS)
    run_cell(page, FIRST_CHECK)
    yield page
    page.close()


def test_the_lab_speaks_dutch(chapter):
    menus = chapter.locator("#jp-menu-panel .lm-MenuBar-itemLabel").all_inner_texts()
    assert "Bestand" in menus and "Weergave" in menus and "Uitvoeren" in menus, menus
    assert "File" not in menus and "Edit" not in menus


def test_the_first_check_says_in_dutch_what_is_missing_as_rendered_text(chapter):
    check = code_cell(chapter, FIRST_CHECK)
    message = check.locator(".jp-OutputArea .jp-RenderedMarkdown")
    message.wait_for(timeout=UI_LIMIT)
    assert "nog niet gemaakt" in message.inner_text()
    assert message.locator("code", has_text="aantal_kaarten").count() == 1, "backticks became code"
    shown = check.locator(".jp-OutputArea").inner_text()
    assert "WrongAnswer" not in shown and "AssertionError" not in shown and "`" not in shown, shown
    assert "Nog niet gelukt" in shown


def test_no_news_pop_up(chapter):
    # By now the Lab has started, run a chapter's cells and had ample time to ask.
    chapter.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=UI_LIMIT)
    toasts = chapter.locator(".Toastify__toast").all_inner_texts()
    assert not [t for t in toasts if "nieuws" in t.lower() or "news" in t.lower()], toasts


def test_no_trainer_tools_but_the_assignments_list_stays(chapter):
    side_tabs = " ".join(chapter.locator(".jp-SideBar .lm-TabBar-tab").evaluate_all(
        "tabs => tabs.map(tab => tab.title + ' ' + tab.innerText)"))
    assert "Create Assignment" not in side_tabs, side_tabs
    chapter.locator("#jp-menu-panel .lm-MenuBar-item", has_text="Nbgrader").click()
    items = chapter.locator(".lm-Menu-itemLabel").all_inner_texts()
    chapter.keyboard.press("Escape")
    assert "Assignment List" in items, items
    assert not [item for item in items if any(tool in item for tool in TRAINER_TOOLS)], items


def test_the_command_palette_offers_no_trainer_tools(chapter):
    chapter.keyboard.press("Escape")
    chapter.keyboard.press("Control+Shift+C")
    search = chapter.locator(".jp-ModalCommandPalette input")
    search.wait_for(timeout=UI_LIMIT)
    found = {}
    for word in ("assignment", "formgrader", "course"):
        search.fill(word)
        found[word] = chapter.locator(".jp-ModalCommandPalette .lm-CommandPalette-itemLabel").all_inner_texts()
    chapter.keyboard.press("Escape")
    assert "Assignment List" in found["assignment"], found
    assert not [item for items in found.values() for item in items
                if any(tool in item for tool in TRAINER_TOOLS)], found


def test_the_server_has_no_formgrader(lab):
    base, token, _home = lab
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{base}formgrader?token={token}", timeout=30)
    assert refused.value.code == 404


def test_the_lab_s_menus_toolbar_and_status_bar_are_dutch(chapter):
    """The language pack leaves much of JupyterLab 4.6 English ("Run All Cells"); academy.lab_translations,
    switched on in lab/, fills it in."""
    assert english_left(chapter) == []


def test_the_site_s_jupyterhub_button_pulls_the_course_with_nbgitpuller(lab, tmp_path):
    """The pull behind the site's JupyterHub button (nbgitpuller), in the trainees' Lab with its own
    extensions, among them academy.quick_pull (nbgitpuller's page goes on as soon as the pull is done)."""
    base, token, home = lab
    repo = tmp_path / "cursus.git"
    git = ["git", "-c", "user.name=Docent", "-c", "user.email=docent@example.org", "-C", str(repo)]
    subprocess.run(["git", "init", "-q", "-b", "cursisten", str(repo)], check=True)
    (repo / "hoofdstuk.txt").write_text("Hoofdstuk 1\n")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "cursus"], check=True)

    query = urllib.parse.urlencode({"repo": f"file://{repo}", "branch": "cursisten", "targetpath": "cursus",
                                    "token": token})
    with urllib.request.urlopen(f"{base}git-pull/api?{query}", timeout=START_LIMIT) as stream:
        phases = [json.loads(line[5:]).get("phase") for line in stream.read().decode().splitlines()
                  if line.startswith("data:")]
    assert phases[-1] == "finished", phases
    assert (home / "notebooks" / "cursus" / "hoofdstuk.txt").read_text() == "Hoofdstuk 1\n"  # make lab serves notebooks/
    log = (home / "lab.log").read_text()
    assert re.search(r"academy\.quick_pull \| extension was successfully loaded", log), log[-2000:]
