"""Live class results: a crowd of trainees sharing at once with the trainer's ``class-live`` server.

The server runs as the trainer starts it (tools/live_session.py, laptop route, a session code);
``crowd`` trainees (HTTP clients in threads, not browsers) each share their Linda ranking, poll
and maturity scan at the same moment. Figures: whether every share arrived (a "sent" reply for
each, and the trainer's page counting the whole crowd for every question), the time from the
first share until the page shows them all, and the slowest single share. Median over ``repeats``
sessions.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

from academy.dialogue import STATEMENT_IDS
from academy.widgets.maturity import CATEGORY_IDS
from tools.live_session import get, live_server, post

TARGET_SECONDS = 5.0  # the page refreshes every 3 s: a crowd's answers within one or two refreshes


def answers(rng: random.Random) -> dict:
    ranking = list("ABCDEF")
    rng.shuffle(ranking)
    return {"linda": ranking, "dialoog": {sid: rng.randint(1, 5) for sid in STATEMENT_IDS},
            "volwassenheid": {cid: rng.randint(1, 5) for cid in CATEGORY_IDS}}


def one_session(crowd: int, seed: int) -> dict:
    rng = random.Random(seed)
    trainees = [(f"bench-trainee-{n:03d}", answers(rng)) for n in range(crowd)]
    with tempfile.TemporaryDirectory(prefix="bench-live-") as tmp, live_server(Path(tmp)) as server:
        replies, slowest = [], [0.0]
        go = threading.Event()

        def trainee(name: str, given: dict) -> None:
            go.wait()
            for question, answer in given.items():
                started = time.perf_counter()
                replies.append(post(f"{server.url}/share", {"code": server.code, "question": question,
                                                            "trainee": name, "answer": answer})[1]["status"])
                slowest[0] = max(slowest[0], time.perf_counter() - started)

        threads = [threading.Thread(target=trainee, args=pair) for pair in trainees]
        for thread in threads:
            thread.start()
        started = time.perf_counter()
        go.set()
        wanted = [f'data-count="{q}">{crowd}<' for q in ("linda", "dialoog", "volwassenheid")]
        while True:  # as the trainer's page sees it: a GET of the page
            page = get(server.page)[1]
            if all(w in page for w in wanted):
                shown = round(time.perf_counter() - started, 2)
                break
            if time.perf_counter() - started > 120:
                shown = None
                break
            time.sleep(0.05)
        for thread in threads:
            thread.join()
    return {"sent": replies.count("sent"), "shares": 3 * crowd, "seconds_until_page_shows_all": shown,
            "slowest_share_seconds": round(slowest[0], 3)}


def run(repeats: int = 3, crowd: int = 30) -> dict:
    sessions = [one_session(crowd, seed) for seed in range(repeats)]
    shown = [s["seconds_until_page_shows_all"] for s in sessions]
    arrived = all(s["sent"] == s["shares"] for s in sessions) and None not in shown
    median = round(statistics.median(x for x in shown if x is not None), 2) if any(x is not None for x in shown) else None
    return {"trainees": crowd, "all_arrived": arrived, "seconds_until_page_shows_all": median,
            "runs": sessions, "target_seconds": TARGET_SECONDS,
            "meets_target": arrived and median is not None and median <= TARGET_SECONDS}


def rows(result: dict) -> list[tuple]:
    slowest = max(s["slowest_share_seconds"] for s in result["runs"])
    return [(f"live results: {result['trainees']} trainees share at once, until the page shows all (s)",
             result["seconds_until_page_shows_all"], None, None, f"<= {result['target_seconds']:g} s, all arrive",
             result["meets_target"]),
            ("  slowest single share (s)", slowest, None, None, "", None)]
