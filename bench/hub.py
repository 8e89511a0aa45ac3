"""The hub as a trainee meets it: the site's link of chapter 1 -> login -> chapter open -> its first cell done.

Root only (Linux accounts, tools/hub_classroom.py). Cold: a trainee's first visit (her server is
started, the trainees' branch cloned, a kernel started; her browser has never seen the hub). Warm:
the same trainee comes back the next time, logged out, in the same browser (it kept JupyterLab's
files in its cache, as every browser does), her server and kernel still running (the pull finds
nothing new). Also reported, without a goal: warm in a browser that has never seen the hub (a
new computer, or a cleared cache). Each timing is one trainee in Debian's chromium; the median
over ``repeats`` trainees is reported, and the same routes without a browser
(bench/hub_trainee.py) say how much of it is the hub's. Crowd: ``crowd``
new trainees at once, each the cold route without a browser (thirty Chromiums on the hub's own
two cores would measure the browsers); whether all succeed, the time until the last one's first
cells are done, and the peak memory of the hub's whole process tree (hub, proxy, servers, kernels;
RSS and PSS)."""

from __future__ import annotations

import os
import statistics
import threading
import time
from pathlib import Path

from bench.hub_trainee import Trainee
from tools.hub_classroom import (CHROMIUM, CHROMIUM_ARGS, WAIT_MS, classroom, log_in_by_link, open_chapter,
                                 run_first_code_cell)

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "_build" / "screenshots"
TARGETS = {"cold": 15.0, "warm": 3.0}
GROUPS = {"trainees_group": "hubbench-cursisten", "trainers_group": "hubbench-docenten"}


def visit(session, room, user: str, link: str, phases: list | None = None) -> float:
    """Seconds from following the site's link of chapter 1 to its first cell done, for one trainee.

    The trainee's route from the site: the link, the hub's login form, her server (started when
    it is not running), nbgitpuller, Lab with the notebook and its kernel, the first cell. ``phases``
    gets the seconds of each step: logged in with her server running (nbgitpuller's page answered),
    chapter open (pulled, notebook and kernel ready), first cell done."""
    marks = [time.perf_counter()]
    pulled_page = []
    page = session.new_page()  # a browser session (context): what it cached stays; log her out first
    page.set_default_timeout(WAIT_MS)
    page.on("response", lambda response: not pulled_page and f"/user/{user}/git-pull?" in response.url
            and response.status == 200 and pulled_page.append(time.perf_counter()))
    log_in_by_link(page, room, user, link)
    open_chapter(page)
    marks += [pulled_page[0] if pulled_page else marks[0], time.perf_counter()]
    try:
        run_first_code_cell(page)
    except Exception:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"hub-bench-{user}.png"))  # what stood in the way
        raise
    marks.append(time.perf_counter())
    page.close()
    if phases is not None:
        phases.append([round(b - a, 2) for a, b in zip(marks, marks[1:])])
    return marks[-1] - marks[0]


def crowd_visit(room, user: str, link: str, outcomes: dict) -> None:
    """One trainee of the crowd: the browser's requests without a browser (bench/hub_trainee.py)."""
    try:
        outcomes[user] = Trainee(room.url, user, room.password).cold_route(link)
    except Exception as error:  # noqa: BLE001 (a failed trainee is a figure, not the end of the run)
        outcomes[user] = f"failed: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"


def run_crowd(size: int, site: Path) -> dict:
    from bench.measure import TreeSampler

    trainees = [f"hubcrowd-{n}" for n in range(1, size + 1)]
    outcomes: dict = {}
    load = [round(x, 1) for x in os.getloadavg()]
    with classroom([], trainees, GROUPS) as room:
        link = room.chapter_link(site)
        threads = [threading.Thread(target=crowd_visit, args=(room, user, link, outcomes)) for user in trainees]
        with TreeSampler(room.hub_pid, interval=0.5, proportional=True) as sampler:
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            seconds = time.perf_counter() - started
        load_after = os.getloadavg()
    failed = {user: outcome for user, outcome in outcomes.items() if isinstance(outcome, str)}
    done = [outcome for outcome in outcomes.values() if isinstance(outcome, dict)]
    steps = {step: round(statistics.median(o[step] for o in done), 2) for step in (done[0] if done else {})}
    return {"trainees": size, "succeeded": size - len(failed), "failed": failed,
            "seconds_until_last": round(seconds, 1), "median_steps": steps,
            "slowest": max(done, key=lambda o: o["total"]) if done else None,
            "hub_peak_mb": round(sampler.peak / 2**20), "hub_peak_pss_mb": round(sampler.peak_pss / 2**20),
            "processes_at_peak": sampler.processes_at_peak, "load_average_before": load,
            "load_average_after": [round(x, 1) for x in load_after]}


def _summary(seconds: list[float], phases: list, load: list, target: float | None) -> dict:
    median = round(statistics.median(seconds), 2)
    result = {"seconds": median, "runs": [round(s, 2) for s in seconds], "phases": phases, "load_average_before": load}
    if target is not None:
        result.update(target_seconds=target, meets_target=median <= target)
    return result


def run_browser(repeats: int, site: Path) -> dict:
    """Cold and warm, each trainee in Debian's chromium (one browser at a time); then the same route for
    other trainees without a browser (bench/hub_trainee.py): the hub's own part of those seconds."""
    from playwright.sync_api import sync_playwright

    trainees = [f"hubbench-{n}" for n in range(1, repeats + 1)]
    plain = [f"hubplain-{n}" for n in range(1, repeats + 1)]
    load = [round(x, 1) for x in os.getloadavg()]
    with classroom([], trainees + plain, GROUPS) as room, sync_playwright() as playwright:
        link = room.chapter_link(site)
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        phases = {"cold": [], "warm": [], "warm, nothing cached": []}
        own = {user: browser.new_context() for user in trainees}  # each trainee's own browser
        cold = [visit(own[user], room, user, link, phases["cold"]) for user in trainees]
        for user in trainees:
            own[user].clear_cookies()  # logged out (or the hub's cookie expired); the cache stays
        warm = [visit(own[user], room, user, link, phases["warm"]) for user in trainees]
        uncached = [visit(browser.new_context(), room, user, link, phases["warm, nothing cached"])
                    for user in trainees]  # each a new session, closed with the browser
        browser.close()
        plain_load = [round(x, 1) for x in os.getloadavg()]
        plain_steps = {name: [Trainee(room.url, user, room.password).cold_route(link) for user in plain]
                       for name in ("cold", "warm")}  # warm: a new session, her server and kernel running
    result = {name: _summary(seconds, phases[name], load, TARGETS.get(name)) for name, seconds in
              (("cold", cold), ("warm", warm), ("warm, nothing cached", uncached))}
    for name, steps in plain_steps.items():
        result[f"{name} without browser"] = _summary([s["total"] for s in steps], steps, plain_load, None)
    return result


def run(repeats: int = 3, crowd: int = 30, site: Path = ROOT / "_build" / "html") -> dict:
    if os.geteuid() != 0:
        return {"skipped": "needs root (Linux accounts): sudo .venv/bin/python -m bench --only hub"}
    result = run_browser(repeats, site) if repeats else {}
    if crowd:
        result["crowd"] = run_crowd(crowd, site)
    return result


def rows(result: dict) -> list[tuple]:
    if "skipped" in result:
        return [(f"hub: {result['skipped']}", None, None, None, "", None)]
    out = [(f"hub login -> chapter 1 -> first cell, {name} (s)", result[name]["seconds"], None, None,
            f"<= {result[name]['target_seconds']:g} s", result[name]["meets_target"]) for name in TARGETS if name in result]
    out += [(f"  {name} (s)", result[name]["seconds"], None, None, "", None)
            for name in ("warm, nothing cached",) if name in result]
    out += [(f"  {name}: the hub's part (no browser) (s)", result[name]["seconds"], None, None, "", None)
            for name in ("cold without browser", "warm without browser") if name in result]
    if "crowd" in result:
        crowd = result["crowd"]
        out.append((f"hub {crowd['trainees']} trainees at once: until the last first cell (s)",
                    crowd["seconds_until_last"], None, None, "all succeed",
                    crowd["succeeded"] == crowd["trainees"]))
        out.append(("  hub peak memory, whole process tree, PSS (MB)", crowd["hub_peak_pss_mb"], None, None, "", None))
    return out
