"""The public site in a real browser: Debian's chromium driven by Playwright.

Every page is served from a local HTTP server and must load with no console
error, no failed request for one of its own files and no request to another
host (widgets, MathJax and fonts are served by the site itself); every link
inside the site resolves; every image has alt text; axe-core (bundled with
axe-playwright-python, injected from disk) finds no serious or critical
accessibility violation. Chapter 1 draws the card table, and once its
scripts ran no theme label is English.

Without Debian's chromium these tests fail and say how to install it; set
ACADEMY_ALLOW_SKIP=1 to skip them instead (a machine that cannot have it).
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from conftest import ALLOW_SKIP, ROOT, missing_system_tool
from tools import site_language

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = ROOT / "_build" / "screenshots"
BLOCKING = ("serious", "critical")


def toc_pages() -> list[str]:
    """Every page of the public edition, as a path inside the site."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files += [chapter["file"] for chapter in part.get("chapters", [])]
    return ["index.html", "genindex.html", "search.html", *(f"{file}.html" for file in files)]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # the test reports failed requests itself
        pass


@pytest.fixture(scope="module")
def base_url(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


NO_CHROMIUM = (f"Debian's chromium is not installed at {CHROMIUM}: the site's browser tests need it. "
               "Install it with `apt-get install chromium` (.ci/run does this), "
               f"or set {ALLOW_SKIP}=1 to skip these tests.")


def require_chromium() -> None:
    """Fail with how to install chromium, or skip when the environment explicitly allows it."""
    if not CHROMIUM.exists():
        missing_system_tool(NO_CHROMIUM)


def test_a_missing_chromium_fails_unless_skipping_is_allowed(monkeypatch, tmp_path):
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv(ALLOW_SKIP, raising=False)
    with pytest.raises(pytest.fail.Exception, match="apt-get install chromium"):
        require_chromium()
    monkeypatch.setenv(ALLOW_SKIP, "1")
    with pytest.raises(pytest.skip.Exception):
        require_chromium()


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """One page opened in the browser, with everything that went wrong while loading it."""

    def __init__(self, browser, base_url: str, path: str, wait_for: str | None = None):
        self.base = base_url
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page()
        self.page.route("**/*", self._only_local)
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(
            f"console error: {m.text} ({m.location.get('url', '')})"))  # a failed load names its URL there
        self.page.on("pageerror", lambda e: self.problems.append(f"script error: {e}"))
        self.page.on("requestfailed", lambda r: self._local(r.url) and self.problems.append(f"failed: {r.url}"))
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))
        self.page.goto(base_url + path, wait_until="networkidle")
        if wait_for:
            self.page.wait_for_selector(wait_for, timeout=20_000)

    def _local(self, url: str) -> bool:
        return url.startswith(self.base)

    def _only_local(self, route):
        url = route.request.url
        self.requests.append(url)
        if self._local(url) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.problems.append(f"request to another host: {url}")
            route.abort()

    def close(self):
        self.page.close()


def broken_links(page, base: str, site: Path) -> list[str]:
    """Links inside the site whose file (or #anchor in it) does not exist."""
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    broken = []
    for href in sorted(set(hrefs)):
        if not href.startswith(base):
            continue
        parts = urlsplit(href)
        path = unquote(parts.path[len(urlsplit(base).path):])
        target = site / path
        if path == "" or path.endswith("/"):
            target = target / "index.html"
        if not target.is_file():
            broken.append(f"broken link: {href}")
        elif parts.fragment and target.suffix == ".html":
            anchor = unquote(parts.fragment)
            if not re.search(rf'id="{re.escape(anchor)}"', target.read_text(encoding="utf-8")):
                broken.append(f"broken anchor: {href}")
    return broken


def images_without_alt(page) -> list[str]:
    """Images with no alt text, or a file name where the text should be."""
    images = page.eval_on_selector_all("img", "imgs => imgs.map(i => [i.getAttribute('src'), i.getAttribute('alt')])")
    return [f"image without alt text: {src[:100]}" for src, alt in images
            if not (alt or "").strip() or re.search(r"\.(png|jpe?g|svg|gif)$", alt.strip(), re.I)]


def accessibility_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"axe {v['impact']}: {v['id']} ({v['help']}) at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"] if v.get("impact") in BLOCKING]


@pytest.mark.parametrize("path", toc_pages())
def test_page_loads_cleanly_and_is_accessible(browser, base_url, site, path):
    visit = Visit(browser, base_url, path)
    try:
        problems = visit.problems + broken_links(visit.page, base_url, site)
        problems += images_without_alt(visit.page) + accessibility_violations(visit.page)
        if any("/vendor/mathjax/" in url for url in visit.requests):
            visit.page.wait_for_function("window.MathJax && MathJax.startup && MathJax.startup.promise")
            visit.page.evaluate("MathJax.startup.promise")
            if visit.page.locator("mjx-container").count() == 0:
                problems.append("MathJax is loaded but typeset nothing")
    finally:
        visit.close()
    assert problems == [], "\n".join(problems)


def test_chapter_one_draws_the_card_table(browser, base_url):
    visit = Visit(browser, base_url, "book/chapters/01-databasespel/databasespel.html", wait_for=".kaart")
    try:
        tiles = visit.page.locator(".kaart")
        assert tiles.count() >= 20, "the dealt pile shows on the page"
        assert tiles.first.is_visible()
        assert any("/vendor/jupyter-widgets/embed.js" in url for url in visit.requests)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        visit.page.locator(".kaart").first.scroll_into_view_if_needed()
        visit.page.screenshot(path=str(SCREENSHOTS / "hoofdstuk-1.png"))
        assert visit.problems == []
    finally:
        visit.close()


LABELS_JS = """() => {
    const names = %s;
    const labels = [document.body.innerText];
    for (const el of document.querySelectorAll("*")) {
        for (const name of names) { if (el.getAttribute(name)) labels.push(el.getAttribute(name)); }
        if (el.tagName.toLowerCase() === "title") labels.push(el.textContent);
    }
    return labels;
}""" % json.dumps(site_language.ATTRIBUTES)


def test_no_english_label_once_the_scripts_ran(browser, base_url):
    """Scripts add labels too (the copy button's, the theme's tooltips)."""
    visit = Visit(browser, base_url, "book/chapters/01-databasespel/databasespel.html", wait_for="button.copybtn")
    try:
        labels = visit.page.evaluate(LABELS_JS)
        assert site_language.english_in(labels) == []
        assert site_language.COPY_BUTTON["copy_to_clipboard"] in labels
    finally:
        visit.close()


def test_search_finds_a_word_of_chapter_one(browser, base_url):
    visit = Visit(browser, base_url, "search.html?q=kaarten", wait_for="#search-results li")
    try:
        assert "databasespel" in visit.page.locator("#search-results").inner_html()
        visit.page.wait_for_selector("#search-results p.search-summary:not(:empty)")
        assert "Klaar met zoeken" in visit.page.locator("#search-results").inner_text()
    finally:
        visit.close()


def test_jupyterlite_opens_and_lists_every_chapter(browser, base_url):
    from tools.lite import APP

    chapters = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]-*") if p.is_dir())
    visit = Visit(browser, base_url, f"lite/{APP}", wait_for=".jp-DirListing-item")
    try:
        shown = visit.page.locator(".jp-DirListing-itemText").all_inner_texts()
        assert set(chapters) | {"data"} <= {name.strip() for name in shown}
        # Pyodide comes from its CDN only when a notebook starts a kernel; the lab itself is local.
        assert visit.problems == [], "\n".join(visit.problems)
    finally:
        visit.close()


def test_a_chapter_opens_in_jupyterlite_and_only_pyodide_needs_the_internet(browser, base_url):
    from tools.lite import APP, INSTALL_TAG

    visit = Visit(browser, base_url, f"lite/{APP}?path=01-databasespel/databasespel.ipynb",
                  wait_for=".jp-NotebookPanel .jp-Cell")
    try:
        visit.page.wait_for_selector(".jp-NotebookPanel .jp-MarkdownCell h1", timeout=20_000)
        first = visit.page.locator(".jp-NotebookPanel .jp-Cell").first.inner_text()
        assert "piplite.install" in first, f"the {INSTALL_TAG} cell comes first"
        assert "Hoofdstuk 1" in visit.page.locator(".jp-NotebookPanel").inner_text()
        # This machine has no internet: the kernel's Pyodide (README, "Voor publishers") cannot load.
        other = [p for p in visit.problems if "/pyodide/" not in p]
        assert other == [], "\n".join(other)
    finally:
        visit.close()
