"""Widget reaction time on the static site: from a click or key to the next painted frame.

Each chapter page of ``_build/html`` is opened in Debian's chromium (no
Python behind it); an interaction is started inside the page (a menu choice,
a slider step, a radio button, a ▼) and the time runs until the browser has
drawn the next frame after it. Median of ``repeats`` interactions per widget,
the first one not counted (it warms up the page). Goal: at most 100 ms.
"""

from __future__ import annotations

import functools
import http.server
import statistics
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 100
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

# widget -> (chapter page, what the page waits for, the interaction number `i` as a JS statement).
INTERACTIONS = {
    "card table: sort": ("01-databasespel/databasespel.html", ".academy-cards",
                         "const s = document.querySelector('.academy-cards select');"
                         "s.value = i % 2 ? 'persoon' : 'bron'; s.dispatchEvent(new Event('change'));"),
    "card table: shuffle": ("01-databasespel/databasespel.html", ".academy-cards",
                            "document.querySelector('.academy-cards button').click();"),
    "selection slider (ch. 4)": ("04-verbanden/verbanden.html", ".academy-slider",
                                 "const r = document.querySelector('.academy-slider input');"
                                 "r.value = i % 11; r.dispatchEvent(new Event('input')); r.dispatchEvent(new Event('change'));"),
    "poll (ch. 5)": ("05-datadialoog/datadialoog.html", ".academy-scale",
                     "document.querySelectorAll('.academy-scale input[type=radio]')[i % 5].click();"),
    "ranking (ch. 6)": ("06-linda/linda.html", ".academy-ranking",
                        "document.querySelector('.academy-ranking button[data-direction=down]:not(:disabled)').click();"),
    "threshold slider (ch. 7)": ("07-bias/bias.html", ".academy-slider",
                                 "const r = document.querySelector('.academy-slider input');"
                                 "r.value = i % 10; r.dispatchEvent(new Event('input')); r.dispatchEvent(new Event('change'));"),
    "maturity scan with radar (ch. 9)": ("09-afronding/afronding.html", ".academy-scale",
                                         "const groups = [...document.querySelectorAll('.academy-scale fieldset')];"
                                         "groups.forEach((g, at) => { if (at || i === 0) g.querySelectorAll('input')[2].click(); });"
                                         "groups[0].querySelectorAll('input')[i % 5].click();"),
}

TIMED = """async (i) => {
    const started = performance.now();
    %s
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - started;
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run(html: Path = ROOT / "_build" / "html", repeats: int = 15) -> dict:
    from playwright.sync_api import sync_playwright

    if not (html / "index.html").exists():
        raise RuntimeError(f"No built site in {html}: build the book first (make book).")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    widgets = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for name, (page_path, ready, action) in INTERACTIONS.items():
                page = browser.new_page(viewport={"width": 1366, "height": 768})
                page.goto(f"http://127.0.0.1:{server.server_port}/book/chapters/{page_path}", wait_until="networkidle")
                page.wait_for_selector(ready, timeout=30_000)
                times = [page.evaluate(TIMED % action, i) for i in range(repeats + 1)][1:]
                page.close()
                median = round(statistics.median(times), 1)
                widgets[name] = {"page": page_path, "median_ms": median, "max_ms": round(max(times), 1),
                                 "runs": repeats, "meets_target": median <= TARGET_MS}
            browser.close()
    finally:
        server.shutdown()
    return {"html": str(html), "target_ms": TARGET_MS, "widgets": widgets}


def rows(result: dict) -> list[tuple]:
    return [(f"widget {name}, static page (ms)", entry["median_ms"], None, None, f"<= {result['target_ms']} ms",
             entry["meets_target"]) for name, entry in result["widgets"].items()]
