"""JupyterLite in Chromium without internet: Dutch menus, an honest Dutch message, and a self-hosted Python.

Every request the browser makes (the page's, the kernel's worker's) goes
through one route that lets only the local test server through, so the
browser has no internet. The Pyodide kernel then cannot start; the trainee
must see the course's Dutch message (``tools/lite_extension``) with the other
ways to the chapter. With a Pyodide served by the site itself (the npm
``pyodide`` core, pinned in package.json, as ``make book PYODIDE=path`` does
with a full distribution) the kernel asks only the site's own origin.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from conftest import ROOT, read_nb
from dutch_interface import english_left
from test_site_browser import base_url, browser  # noqa: F401 (fixtures: the site served, Chromium)
from tools import lite, site_assets

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHAPTER = "01-databasespel/databasespel.ipynb"
NOTICE = "#academy-python-help"
# The message comes after the set time at the latest; the lab itself needs time to load on a busy machine.
NOTICE_WAIT_MS = (lite.PYTHON_TIMEOUT_SECONDS + 90) * 1000
SHORT_TIMEOUT_SECONDS = 10
DUTCH_MENUS = {"Bestand", "Bewerk", "Weergave", "Uitvoeren", "Instellingen"}


class Offline:
    """A browser context where only ``base`` answers: every other request is recorded and refused."""

    def __init__(self, browser, base: str):  # noqa: F811 (the fixture's value)
        self.base = base
        self.requests: list[str] = []
        # No service worker: its own fetches would bypass the route below.
        self.context = browser.new_context(service_workers="block")
        self.context.route("**/*", self._only_local)
        self.page = self.context.new_page()

    def _only_local(self, route):
        url = route.request.url
        self.requests.append(url)
        if url.startswith((self.base, "data:", "blob:")):
            route.continue_()
        else:
            route.abort("internetdisconnected")

    def elsewhere(self) -> list[str]:
        return [url for url in self.requests if not url.startswith((self.base, "data:", "blob:"))]

    def close(self):
        self.context.close()


def open_chapter(offline: Offline) -> None:
    offline.page.goto(f"{offline.base}lite/{lite.APP}?path={CHAPTER}")
    offline.page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)


def menus(page) -> set[str]:
    return {label.strip() for label in page.locator(".lm-MenuBar-itemLabel").all_inner_texts()}


def test_offline_the_chapter_in_lite_says_in_dutch_what_happened_and_where_to_go(browser, base_url, site):  # noqa: F811
    offline = Offline(browser, base_url)
    try:
        open_chapter(offline)
        assert DUTCH_MENUS <= menus(offline.page), f"menus: {sorted(menus(offline.page))}"
        offline.page.locator(".lm-MenuBar-itemLabel", has_text="Uitvoeren").click()
        run_menu = offline.page.locator(".lm-Menu-itemLabel").all_inner_texts()
        assert "Alle cellen uitvoeren" in run_menu and "Run All Cells" not in run_menu, run_menu
        offline.page.keyboard.press("Escape")
        assert english_left(offline.page) == []
        notice = offline.page.wait_for_selector(NOTICE, timeout=NOTICE_WAIT_MS)
        text = notice.inner_text()
        assert "Python start niet" in text and "internet" in text, text
        links = {a.inner_text(): a.get_attribute("href")
                 for a in offline.page.locator(f"{NOTICE} a").element_handles()}
        page_link, hub_link, download = (next(href for label, href in links.items() if word in label)
                                         for word in ("website", "JupyterHub", "Download"))
        # The chapter's page and the trainee notebook, in this very site.
        chapter_page = site / urlsplit(page_link).path.removeprefix(urlsplit(base_url).path)
        assert chapter_page.is_file() and "Hoofdstuk 1" in chapter_page.read_text(encoding="utf-8")
        notebook = site / unquote(urlsplit(download).path.removeprefix(urlsplit(base_url).path))
        assert read_nb(notebook).cells == read_nb(ROOT / "notebooks" / CHAPTER).cells
        # The hub link is the one the chapter page's JupyterHub button carries.
        button = next(href for href in _hrefs(chapter_page) if "/hub/user-redirect/git-pull?" in href)
        assert parse_qs(urlsplit(hub_link).query) == parse_qs(urlsplit(button).query)
        # Without internet only Pyodide was asked for elsewhere: the lab itself is the site's own.
        assert all("pyodide" in url for url in offline.elsewhere()), offline.elsewhere()
        offline.page.get_by_role("button", name="Sluiten").click()
        assert offline.page.locator(NOTICE).count() == 0, "the trainee can close the message"
    finally:
        offline.close()


def _hrefs(page: Path) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8"))]


class _LoggingHandler(http.server.SimpleHTTPRequestHandler):
    served: list[str]

    def log_message(self, *args):
        self.served.append(self.path)


@pytest.fixture(scope="module")
def npm_pyodide_site(tmp_path_factory):
    """The Lite site built with the npm ``pyodide`` core, served; its own build folder, reused across runs."""
    core = site_assets.install() / "pyodide"
    out = lite.build(tmp_path_factory.mktemp("lite-npm-pyodide") / "lite", pyodide=core,
                     work=ROOT / "_build" / "lite-src-npm-pyodide")
    # This test is about where Python comes from, not about the set time (the offline test keeps that):
    # a shorter time in this copy saves most of a minute.
    config = out / "jupyter-lite.json"
    settings = json.loads(config.read_text(encoding="utf-8"))
    settings["jupyter-config-data"]["academyPythonHelp"]["timeoutSeconds"] = SHORT_TIMEOUT_SECONDS
    config.write_text(json.dumps(settings), encoding="utf-8")
    served: list[str] = []
    handler = functools.partial(type("Handler", (_LoggingHandler,), {"served": served}), directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield out, f"http://127.0.0.1:{server.server_port}/", served
    server.shutdown()


def test_with_its_own_pyodide_the_site_asks_no_other_host(browser, npm_pyodide_site):  # noqa: F811
    out, base, served = npm_pyodide_site
    settings = json.loads((out / "jupyter-lite.json").read_text(encoding="utf-8"))["jupyter-config-data"]
    kernel = settings["litePluginSettings"][lite.KERNEL_PLUGIN]
    assert kernel["pyodideUrl"] == "./static/pyodide/pyodide.mjs" and kernel["disablePyPIFallback"] is True
    index = json.loads((out / "pypi" / "all.json").read_text(encoding="utf-8"))
    assert {"academy", "seaborn", "ipywidgets", "comm", "jupyterlab-widgets"} <= set(index), "what Pyodide lacks"
    offline = Offline(browser, base)
    try:
        offline.page.goto(f"{base}{lite.APP}?path={CHAPTER}")
        # The npm core lacks micropip, so the kernel never gets ready: the message comes after the set time,
        # when the kernel has asked for everything it would load.
        runtime = {"pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"}

        def asked() -> set[str]:
            return {path.split("?")[0].removeprefix("/static/pyodide/") for path in served}

        offline.page.wait_for_selector(NOTICE, timeout=NOTICE_WAIT_MS)
        for _ in range(120):  # the worker may still be fetching when the message shows on a busy machine
            if runtime <= asked():
                break
            offline.page.wait_for_timeout(500)
        assert runtime <= asked(), f"the runtime from the site itself; served: {sorted(asked())}"
        assert offline.elsewhere() == [], "nothing from a CDN or PyPI"
        assert any("/static/pyodide/" in url for url in offline.requests), "the route saw the kernel's requests"
    finally:
        offline.close()
