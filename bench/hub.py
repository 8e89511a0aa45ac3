"""The hub as a trainee meets it: login -> chapter 1 open (nbgitpuller) -> its first cell done.

Root only (Linux accounts, tools/hub_classroom.py). Cold: a trainee's first visit (her server is
started, the trainees' branch cloned, a kernel started). Warm: the same trainee again in a new
browser session, her server still running (the pull finds nothing new). Each timing is one
trainee; the median over ``repeats`` trainees is reported. Not measured yet: 30 trainees at once.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from tools.hub_classroom import CHROMIUM, CHROMIUM_ARGS, classroom, log_in, open_chapter, run_first_code_cell

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"cold": 15.0, "warm": 3.0}
GROUPS = {"trainees_group": "hubbench-cursisten", "trainers_group": "hubbench-docenten"}


def visit(browser, room, user: str, link: str) -> float:
    """Seconds from the login page to the chapter's first cell done, for one trainee."""
    started = time.perf_counter()
    page = log_in(browser, room, user)
    open_chapter(page, link)
    run_first_code_cell(page)
    seconds = time.perf_counter() - started
    page.context.close()
    return seconds


def run(repeats: int = 3, site: Path = ROOT / "_build" / "html") -> dict:
    if os.geteuid() != 0:
        return {"skipped": "needs root (Linux accounts): sudo .venv/bin/python -m bench --only hub"}
    from playwright.sync_api import sync_playwright

    trainees = [f"hubbench-{n}" for n in range(1, repeats + 1)]
    with classroom([], trainees, GROUPS) as room, sync_playwright() as playwright:
        link = room.chapter_link(site)
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        cold = [visit(browser, room, user, link) for user in trainees]
        warm = [visit(browser, room, user, link) for user in trainees]
        browser.close()
    result = {}
    for name, seconds in (("cold", cold), ("warm", warm)):
        median = round(statistics.median(seconds), 2)
        result[name] = {"seconds": median, "runs": [round(s, 2) for s in seconds],
                        "target_seconds": TARGETS[name], "meets_target": median <= TARGETS[name]}
    return result


def rows(result: dict) -> list[tuple]:
    if "skipped" in result:
        return [(f"hub: {result['skipped']}", None, None, None, "", None)]
    return [(f"hub login -> chapter 1 -> first cell, {name} (s)", entry["seconds"], None, None,
             f"<= {entry['target_seconds']:g} s", entry["meets_target"]) for name, entry in result.items()]
