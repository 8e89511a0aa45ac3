"""A throw-away classroom on the course's hub: Linux accounts, a running hub, a browser session.

Used by tests/test_hub.py and bench/hub.py (root only). :func:`classroom` makes the hub's folders
in a new folder under /tmp, the trainers' and trainees' accounts (PAM passwords), a course
directory for each trainer, the trainees' branch served by git daemon, and starts the hub on free
ports of 127.0.0.1; on leaving it stops everything and removes the accounts and the folder.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from tools import hub

CHAPTER, NOTEBOOK = "01-databasespel", "databasespel.ipynb"
# Debian's chromium, as tests/test_site_browser.py launches it (Playwright's own download fails here).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT_MS = 120_000  # an upper bound for a server start or a chapter run on a busy machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, what: str, seconds: float = 120):
    """Poll ``condition`` until it is true (an upper bound, not a timing assertion)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"gave up waiting for {what}")


def as_user(user: str, *command: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``command`` as a Linux user, with that user's HOME and nothing else of ours."""
    home = pwd.getpwnam(user).pw_dir
    environment = {"HOME": home, "USER": user, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run(["runuser", "-u", user, "--", "env", "-i",
                           *(f"{k}={v}" for k, v in environment.items()), *command],
                          cwd=cwd or home, capture_output=True, text=True)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


class Classroom:
    """A running hub and what was made for it."""

    def __init__(self, folder: Path, port: int, repo: str, repo_path: str, password: str):
        self.folder, self.port, self.password = folder, port, password
        self.repo, self.repo_path = repo, repo_path  # the trainees' repository: its URL, its folder
        self.url = f"http://127.0.0.1:{port}"
        self.exchange = folder / "exchange"

    @staticmethod
    def home(user: str) -> Path:
        return Path(pwd.getpwnam(user).pw_dir)

    def trainer_command(self, trainer: str, *args: str) -> subprocess.CompletedProcess:
        """The trainer command in the trainer's course directory, as in a terminal of their server."""
        home = self.home(trainer)
        env = hub.user_environment(home, True, self.folder, hub.env_dir())
        return as_user(trainer, "python", "-m", "academy_trainer", *args, cwd=home / hub.COURSE_FOLDER, env=env)

    def chapter_link(self, site: Path) -> str:
        """Chapter 1's JupyterHub link as the built site has it, with this hub and repository put in."""
        page = (site / "book" / "chapters" / CHAPTER / f"{NOTEBOOK[:-6]}.html").read_text(encoding="utf-8")
        link = re.search(r'href="(https://[^"]*/hub/user-redirect/git-pull\?[^"]*)"', page).group(1)
        link = re.sub(r"^https://[^/]+", self.url, link.replace("&amp;", "&"))
        return re.sub(r"repo=[^&]+", f"repo={quote(self.repo)}", link)


@contextmanager
def classroom(trainers: list[str], trainees: list[str], groups: dict[str, str]):
    """A hub with these accounts (``groups``: trainees_group, trainers_group); see the module's docstring."""
    hub.install()  # reused while hub/ and the trainees' package are unchanged
    password = "proef-" + os.urandom(6).hex()
    folder = Path(tempfile.mkdtemp(prefix="academy-hub-test-"))
    daemon = process = None
    try:
        hub.prepare(folder, folder / "exchange")
        for name in trainees:
            hub.add_user(name, groups["trainees_group"], password)
        for name in trainers:
            hub.add_user(name, groups["trainers_group"], password)
            hub.give_course(name)
        repo_path = hub.trainees_repository(folder / "git")
        daemon, repo = hub.serve_repositories(folder / "git", free_port())
        port = free_port()
        process = hub.start(folder, port=str(port), api_port=str(free_port()), proxy_api_port=str(free_port()),
                            live_port=str(free_port()), **groups)
        room = Classroom(folder, port, repo, repo_path, password)
        room.hub_pid = process.pid  # the hub: the proxy, the users' servers and their kernels are its descendants
        wait_for(lambda: process.poll() is not None or _answers(f"{room.url}/hub/api/"), "the hub to start")
        if process.poll() is not None:
            raise RuntimeError(f"the hub stopped:\n{(folder / 'hub.log').read_text()}")
        yield room
    finally:
        if process and process.poll() is None:
            process.send_signal(signal.SIGTERM)  # the hub stops the users' servers and the proxy
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        if daemon:
            os.killpg(daemon.pid, signal.SIGTERM)
            daemon.wait()
        for name in (*trainees, *trainers):
            hub.remove_user(name)
        for group in groups.values():
            subprocess.run(["groupdel", group], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def new_page(browser):
    """A page in a new browser session (no cookies: logged out)."""
    page = browser.new_context().new_page()
    page.set_default_timeout(WAIT_MS)
    return page


def _submit_login(page, room: Classroom, user: str) -> None:
    page.fill("#username_input", user)
    page.fill("#password_input", room.password)
    page.click("#login_submit")


def log_in(browser, room: Classroom, user: str):
    """A new browser session of ``user``: logged in at the hub, their server started; the page."""
    page = new_page(browser)
    page.goto(f"{room.url}/hub/login")
    _submit_login(page, room, user)
    page.wait_for_url(re.compile(rf"/user/{user}/lab"), timeout=WAIT_MS)
    return page


def log_in_by_link(page, room: Classroom, user: str, link: str) -> None:
    """``user`` follows the site's link in a logged-out ``page``: the hub asks her to log in first.

    Then her server starts (if it is not running) and nbgitpuller's page opens."""
    page.goto(link)
    _submit_login(page, room, user)


def open_chapter(page, link: str | None = None) -> None:
    """Follow the site's link (None: it was followed already, as by :func:`log_in_by_link`): nbgitpuller
    pulls, then Lab opens the notebook with its kernel idle."""
    if link:
        page.goto(link)
    page.wait_for_url(re.compile(rf"/lab/tree/.*{NOTEBOOK}"), timeout=WAIT_MS)
    page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first.wait_for(timeout=WAIT_MS)
    # The indicator says idle before the notebook has a kernel at all: wait for the kernel's name too
    # (a key press before that is often lost, and the next try only comes after a long wait).
    page.wait_for_function("() => /Python/.test(document.querySelector("
                           "'.jp-NotebookPanel-toolbar .jp-Toolbar-kernelName')?.textContent || '')",
                           timeout=WAIT_MS)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=WAIT_MS)


def run_first_code_cell(page) -> None:
    """Run the chapter's first code cell (its imports) and wait for its output.

    A key press while Lab is still laying the notebook out can be lost, so it is pressed again
    until the cell's prompt shows that it runs or ran. When Lab asks which kernel to start (it does
    when the notebook's earlier kernel is gone), the trainee accepts the one it proposes."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    cell = page.locator(".jp-NotebookPanel .jp-CodeCell").first
    prompt = cell.locator(".jp-InputPrompt")
    for _ in range(5):
        dialog = page.locator(".jp-Dialog .jp-mod-accept")
        if dialog.count():
            dialog.first.click()
        cell.click()
        page.keyboard.press("Escape")
        page.keyboard.press("Control+Enter")
        try:
            page.wait_for_function("p => /\\[(\\*|\\d+)\\]/.test(p.textContent)", arg=prompt.element_handle(),
                                   timeout=15_000)
            break
        except PlaywrightTimeout:
            continue
    cell.locator(".jp-OutputArea-output").first.wait_for(timeout=WAIT_MS)
