"""The JupyterHub classroom, end to end with real processes: hub/jupyterhub_config.py on 127.0.0.1.

Root makes real Linux accounts (a trainer and two trainees, with passwords for PAM) and removes
them afterwards; the users' environment under /opt/academy-hub is built once and reused
(tools/hub.py install). In Debian's chromium a trainee logs in, opens chapter 1 with the site's
JupyterHub link (nbgitpuller pulls the trainees' branch from a local git repository), answers an
exercise, sees the check pass and submits in the Assignments tab; the trainer collects, grades and
releases feedback with the trainer command as their own Linux user; the trainee fetches it and sees
her grade and no hidden test. A course update on the branch is pulled without losing her work.
Then every denial a trainee must meet is tried as that Linux user.

Without root the tests fail and say how to run them; ACADEMY_ALLOW_SKIP=1 skips them instead.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import ALLOW_SKIP, ROOT, missing_system_tool
from leaks import find_leaks
from test_site_browser import SCREENSHOTS, browser, require_chromium  # noqa: F401 (browser: a fixture)
from tools import hub
from tools.hub_classroom import (CHAPTER, NOTEBOOK, WAIT_MS, Classroom, as_user, classroom, log_in, open_chapter,
                                 wait_for)
from tools.live_session import post
from tools.trainee_tree import trainee_branch

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# Names of this run only: two runs at once (helpers, parallel workers) must not delete each other's accounts.
RUN = os.getpid() % 100_000
TRAINER, ANNA, BRAM = f"hubtest-docent-{RUN}", f"hubtest-anna-{RUN}", f"hubtest-bram-{RUN}"
GROUPS = {"trainees_group": f"hubtest-cursisten-{RUN}", "trainers_group": f"hubtest-docenten-{RUN}"}
NOT_ROOT = ("The hub test makes Linux accounts and starts servers as them: run it as root "
            "(sudo .venv/bin/python -m pytest tests/test_hub.py), or set ACADEMY_ALLOW_SKIP=1 to skip it.")
NO_TOOLS = ("The hub test needs Debian's python3 with venv, npm and git: `apt-get install python3-venv npm git` "
            "(.ci/run does this), or set ACADEMY_ALLOW_SKIP=1 to skip it.")


def require_hub_prerequisites() -> None:
    if os.geteuid() != 0:
        missing_system_tool(NOT_ROOT)
    if not (hub.SYSTEM_PYTHON.exists() and shutil.which("npm") and shutil.which("git")):
        missing_system_tool(NO_TOOLS)


@pytest.mark.parametrize("allow_skip, outcome", [("", pytest.fail.Exception), ("1", pytest.skip.Exception)])
def test_without_root_the_hub_test_says_how_to_run_it(monkeypatch, allow_skip, outcome):
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    monkeypatch.setenv(ALLOW_SKIP, allow_skip)
    with pytest.raises(outcome, match="run it as root"):
        require_hub_prerequisites()


@pytest.fixture(scope="module")
def running_hub():
    require_hub_prerequisites()
    require_chromium()
    with classroom([TRAINER], [ANNA, BRAM], GROUPS) as room:
        yield room


def trainer(room: Classroom, *args: str) -> subprocess.CompletedProcess:
    result = room.trainer_command(TRAINER, *args)
    assert result.returncode == 0, f"trainer {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result


def solution(grade_id: str) -> str:
    source = json.loads((ROOT / "source" / CHAPTER / NOTEBOOK).read_text(encoding="utf-8"))
    cell = next(c for c in source["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id") == grade_id)
    return re.search(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", "".join(cell["source"]), re.S).group(1)


def run_all_cells(page) -> None:
    """Shift+Enter from the first cell down, as the chapter tells trainees; then wait until none runs."""
    cells = page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell")
    cells.first.click()
    page.keyboard.press("Escape")
    for _ in range(cells.count() - 1):
        page.keyboard.press("Shift+Enter")
    page.keyboard.press("Control+Enter")  # the last one: Shift+Enter would add an empty cell
    page.wait_for_function("() => ![...document.querySelectorAll('.jp-InputPrompt')]"
                           ".some(p => p.textContent.includes('*'))", timeout=WAIT_MS)


def open_assignments(page):
    page.click("text=Nbgrader")
    page.click("text=Assignment List")
    return page.wait_for_selector("#nbgrader-assignment-list", timeout=WAIT_MS)


@pytest.fixture(scope="module")
def anna_route(running_hub, browser, site):
    """Anna's route through chapter 1, up to the feedback fetched; her page and the chapter link."""
    running = running_hub
    trainer(running, "release", CHAPTER, "--exchange")
    link = running.chapter_link(site)
    assert f"branch={trainee_branch()}" in link and f"urlpath=lab/tree/{hub.pulled_folder()}/notebooks/" in link

    page = log_in(browser, running, ANNA)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    open_chapter(page, link)
    notebook = running.home(ANNA) / hub.pulled_folder() / "notebooks" / CHAPTER / NOTEBOOK
    assert notebook.exists(), "nbgitpuller put the chapter in her home"
    exercise = page.locator(".jp-NotebookPanel .jp-CodeCell", has_text="# Maak aantal_kaarten")
    exercise.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(solution("tel-de-kaarten"))
    run_all_cells(page)
    check = page.locator(".jp-NotebookPanel .jp-CodeCell", has_text="controle.tel_de_kaarten()")
    try:
        check.locator(".jp-OutputArea-output").first.wait_for(timeout=WAIT_MS)
        check.scroll_into_view_if_needed()
        # text_content, not inner_text: the Lab skips drawing cells out of view (CSS content-visibility),
        # and an output that arrives in parts (the check's Markdown, its line) is complete only a moment later.
        wait_for(lambda: "Goed zo" in (check.locator(".jp-OutputArea").text_content() or ""),
                 "the check's 'Goed zo'", WAIT_MS / 1000)
    finally:
        page.screenshot(path=str(SCREENSHOTS / "hub-chapter-1.png"), full_page=True)
    page.keyboard.press("Control+s")
    wait_for(lambda: "aantal_kaarten = len(kaarten)" in notebook.read_text(encoding="utf-8"), "the notebook saved")

    panel = open_assignments(page)
    panel.wait_for_selector(f"text={CHAPTER}")
    page.locator("#nbgrader-assignment-list button", has_text="Submit").first.click()
    inbound = running.exchange / hub.course_id() / "inbound"
    wait_for(lambda: inbound.is_dir() and any(p.name.startswith(f"{ANNA}+{CHAPTER}+") for p in inbound.iterdir()),
             "her submission in the exchange")

    collected = trainer(running, "collect", CHAPTER).stdout
    assert "1 new" in collected and ANNA in collected
    trainer(running, "autograde", CHAPTER)
    released = trainer(running, "feedback", CHAPTER, "--exchange").stdout
    assert f"feedback released to the exchange for 1 trainees: {ANNA}" in released

    page.reload()
    open_assignments(page)
    page.locator("#nbgrader-assignment-list button", has_text="Fetch Feedback").first.click()
    page.wait_for_selector("#nbgrader-assignment-list >> text=view feedback", timeout=WAIT_MS)
    return page, link, notebook


def test_a_trainee_works_submits_and_reads_her_feedback(running_hub, anna_route):
    page, _, notebook = anna_route
    feedback = sorted((notebook.parent / "feedback").glob(f"*/{NOTEBOOK[:-6]}.html"))
    assert len(feedback) == 1, "the feedback is fetched next to her chapter"
    relative = feedback[0].relative_to(running_hub.home(ANNA)).as_posix()
    page.goto(f"{running_hub.url}/user/{ANNA}/files/{quote(relative)}")
    text = page.inner_text("body")
    # nbgrader's page says "Score: 3.0 / 10.0"; the course's Dutch feedback page "punten: 3 van 10".
    assert re.search(r"Score: 3\.0 / 10\.0|punten: 3 van 10", text), "exercise 1 right (3 points) of 10"
    assert "aantal_kaarten = len(kaarten)" in text
    assert find_leaks(feedback, kinds=("hidden",), markers=["BEGIN HIDDEN TESTS"]) == []


def test_a_trainees_kernel_talks_over_private_sockets_not_ports(running_hub, anna_route):
    """With a class starting kernels at once, TCP ports picked as free collided and a kernel never answered
    (bench/README.md); her kernel uses Unix sockets in her own runtime folder, which no one else can open."""
    runtime = running_hub.home(ANNA) / ".local" / "share" / "jupyter" / "runtime"
    connections = [json.loads(p.read_text()) for p in runtime.glob("kernel-*.json")]
    assert connections and {c["transport"] for c in connections} == {"ipc"}
    assert all(c["ip"].startswith(str(runtime)) for c in connections)
    assert denied(BRAM, "ls", str(runtime))


def test_a_course_update_keeps_the_trainees_work(running_hub, anna_route, tmp_path):
    page, link, notebook = anna_route
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", "--branch", trainee_branch(), running_hub.repo_path, str(clone)], check=True)
    readme = clone / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nNieuw in deze versie: een extra oefening.\n")
    for args in (["add", "README.md"], ["-c", "user.name=Docent", "-c", "user.email=docent@example.org",
                                        "commit", "--quiet", "-m", "Course update"], ["push", "--quiet"]):
        subprocess.run(["git", "-C", str(clone), *args], check=True)

    open_chapter(page, link)
    pulled = notebook.parents[2]
    assert "Nieuw in deze versie" in (pulled / "README.md").read_text(encoding="utf-8"), "the update arrived"
    kept = notebook.read_text(encoding="utf-8")
    assert "aantal_kaarten = len(kaarten)" in kept and "Goed zo" in kept, "her answer and its check are still there"


def denied(user: str, *command: str) -> bool:
    result = as_user(user, *command)
    return result.returncode != 0 and "Permission denied" in result.stderr


def test_a_trainee_cannot_reach_others_work_the_course_or_the_hub(running_hub, anna_route, browser):
    page = anna_route[0]
    anna_home = running_hub.home(ANNA)
    course = running_hub.home(TRAINER) / hub.COURSE_FOLDER
    exchange = running_hub.exchange / hub.course_id()
    anna_notebook = anna_route[2]
    anna_feedback = next((anna_notebook.parent / "feedback").rglob("*.html"))
    submitted = next((course / "submitted" / ANNA / CHAPTER).glob("*.ipynb"))
    inbound = next(p for p in (exchange / "inbound").iterdir() if p.name.startswith(ANNA))
    for path in (anna_home, course, course / "source", exchange / "inbound", exchange / "feedback"):
        assert denied(BRAM, "ls", str(path)), f"{BRAM} could list {path}"
    for path in (anna_notebook, anna_feedback, submitted, course / "gradebook.db", course / "source" / CHAPTER / NOTEBOOK,
                 running_hub.folder / "state" / "jupyterhub_cookie_secret", running_hub.folder / "state" / "proxy_token",
                 running_hub.folder / "state" / "jupyterhub.sqlite"):
        assert path.exists() and denied(BRAM, "cat", str(path)), f"{BRAM} could read {path}"
    # Only the names in inbound/ are hidden (nbgrader's design): a submission's name has a random part.
    assert re.fullmatch(rf"{ANNA}\+{CHAPTER}\+[^+]+\+[A-Za-z0-9_-]{{8,}}", inbound.name)
    assert as_user(BRAM, "python3", "-c", "import academy_trainer",
                   env=hub.user_environment(running_hub.home(BRAM), False, running_hub.folder, hub.env_dir())
                   ).returncode != 0, "the trainer command is not in the trainees' environment"

    # The formgrader: not in a trainee's own server, and another user's server refuses her.
    own = page.goto(f"{running_hub.url}/user/{ANNA}/formgrader")
    assert own.status == 404
    trainer_page = log_in(browser, running_hub, TRAINER)
    assert trainer_page.goto(f"{running_hub.url}/user/{TRAINER}/formgrader").status == 200
    trainer_page.wait_for_selector(f"text={CHAPTER}", timeout=WAIT_MS)
    theirs = page.goto(f"{running_hub.url}/user/{TRAINER}/formgrader")
    assert theirs.status == 403 or "formgrader" not in page.url


def test_the_hub_environment_has_every_package_the_trainees_academy_needs():
    """The trainees' academy is installed without dependencies (tools.hub install): hub/requirements.txt must pin
    each one, or a widget or a chart fails only on the hub."""
    import tomllib

    needed = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pinned = {line.split("==")[0].strip().lower().replace("_", "-")
              for line in (ROOT / "hub" / "requirements.txt").read_text(encoding="utf-8").splitlines()
              if "==" in line and not line.startswith("#")}
    names = {re.split(r"[<>=!\[ ]", name)[0].lower().replace("_", "-") for name in needed}
    assert names - pinned == set(), "add these to hub/requirements.txt"


def server_environ(user: str) -> dict:
    """The environment of ``user``'s running server (and so of her kernels): read as root from /proc."""
    pid = subprocess.run(["pgrep", "-u", user, "-f", "jupyterhub-singleuser"], capture_output=True, text=True
                         ).stdout.split()[0]
    pairs = (Path(f"/proc/{pid}/environ").read_bytes().decode()).split("\0")
    return dict(pair.split("=", 1) for pair in pairs if "=" in pair)


def test_live_class_results_trainees_share_and_only_trainers_read(running_hub, anna_route, browser):
    """The class-live service: Anna shares with her server's hub token (as her kernel would), twice; a share
    without a valid token is refused; the trainer's page counts her once; Anna cannot open it."""
    page = anna_route[0]
    server = server_environ(ANNA)
    service = server["ACADEMY_LIVE_URL"]
    kernel_env = {**hub.user_environment(running_hub.home(ANNA), False, running_hub.folder, hub.env_dir()),
                  "ACADEMY_LIVE_URL": service, "JUPYTERHUB_API_TOKEN": server["JUPYTERHUB_API_TOKEN"]}
    share = ("from academy import share; "
             "print(share.send('linda', ['C', 'E', 'F', 'D', 'A', 'B']).status)")
    said = [as_user(ANNA, "python3", "-c", share, env=kernel_env) for _ in range(2)]
    assert [s.stdout.split()[-1:] for s in said] == [["sent"], ["replaced"]], [s.stderr for s in said]
    for token, status in (("", "no_code"), ("not-a-token", "no_token")):  # no token: no hub route, no code either
        refused = as_user(BRAM, "python3", "-c", share, env={**kernel_env, "JUPYTERHUB_API_TOKEN": token})
        assert refused.stdout.split()[-1:] == [status], refused.stderr
    status, reply = post(f"{service}share", {"question": "linda", "trainee": "trainee-0001",
                                             "answer": ["C", "E", "F", "D", "A", "B"]})
    assert (status, reply["status"]) == (403, "no_token")

    trainer_page = log_in(browser, running_hub, TRAINER)
    trainer_page.goto(f"{running_hub.url}/services/class-live/docent/")
    assert trainer_page.locator('[data-count="linda"]').inner_text() == "1", "Anna counted once"
    trainer_page.click("text=Sessie sluiten")  # a form with the service's xsrf token
    trainer_page.wait_for_selector("text=Deze sessie is gesloten")
    assert as_user(ANNA, "python3", "-c", share, env=kernel_env).stdout.split()[-1:] == ["closed"]
    denied_page = page.goto(f"{running_hub.url}/services/class-live/docent/")
    assert denied_page.status == 403 and 'data-count' not in page.content()
    answers = next((running_hub.folder / "state" / "class-live").glob("*/answers.jsonl"))
    assert ANNA not in answers.read_text(encoding="utf-8"), "no names on disk"
    assert denied(BRAM, "cat", str(answers)), "the answers are the hub's, root only"
