"""Benchmark: pseudonymising, k-anonymity and linking three sources at scale.

Does what chapters 2 and 3 do with 20 persons also work for a municipality?
Each operation runs on a synthetic population (``academy.datasets.population``)
of 10,000, 100,000 and 1,000,000 residents. For each size we report the median
of a few runs, the time per row, how the time grows per 10x more rows (10 is
linear), and the operation's *floor*: the cheapest thing that has to happen
anyway, measured in the same run on the same data, so a slow machine and a
slow implementation can be told apart:

* pseudonymise (HMAC-SHA256 with a key, per BSN) vs one plain SHA-256 per BSN;
* k-anonymity on four quasi-identifiers vs one ``value_counts`` on one column;
* linking three sources on a pseudonym vs one pandas merge of two int columns.

Targets for 1M rows (2-core machine): pseudonymise <= 2 s, k-anonymity <= 1 s,
linking <= 3 s. Run ``python bench/privacy_linkage.py``; the results are merged
into ``bench/results.json`` under the key ``"privacy_linkage"``.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from academy.datasets.population import make_population, make_sources
from academy.linkage import link_all, linkage_report
from academy.privacy import k_anonymity, pseudonymise

RESULTS = Path(__file__).resolve().parent / "results.json"
RESULTS_KEY = "privacy_linkage"
KEY = b"benchmark-sleutel"
QUASI_IDENTIFIERS = ["Leeftijd", "Geslacht", "Postcode", "Migratieachtergrond"]
TARGETS_AT_1M = {"pseudonymise": 2.0, "k_anonymity": 1.0, "link_three": 3.0, "linkage_report": None}
FLOORS = {
    "pseudonymise": "plain SHA-256 of each BSN (hashlib, no key)",
    "k_anonymity": "value_counts of one column (Postcode)",
    "link_three": "one pandas merge of two int64 columns",
    "linkage_report": "one pandas merge of two int64 columns",
}


def _median_seconds(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _cases(rows: int) -> dict:
    """For each operation: (the operation, its floor), both ready to call on data of ``rows`` rows."""
    population = make_population(rows)
    sources = make_sources(population, coverage=1.0)
    # As CBS does: every source gets the keyed pseudonym of the BSN instead of the BSN.
    linkable = {name: table.assign(bsn=pseudonymise(table["bsn"], KEY)).rename(columns={"bsn": "pseudoniem"})
                for name, table in sources.items()}
    bsns = population["bsn"]
    left = pd.DataFrame({"k": linkable["zwart"]["pseudoniem"].to_numpy()})
    right = pd.DataFrame({"k": linkable["rood"]["pseudoniem"].to_numpy()})

    def plain_hashes():
        sha256 = hashlib.sha256
        return [sha256(str(v).encode()).digest() for v in bsns.tolist()]

    def one_merge():
        return left.merge(right, on="k")

    return {
        "pseudonymise": (lambda: pseudonymise(bsns, KEY), plain_hashes),
        "k_anonymity": (lambda: k_anonymity(population, QUASI_IDENTIFIERS),
                        lambda: population["Postcode"].value_counts()),
        "link_three": (lambda: link_all(linkable, on="pseudoniem"), one_merge),
        "linkage_report": (lambda: linkage_report(linkable, on="pseudoniem"), one_merge),
    }


def run(sizes=(10_000, 100_000, 1_000_000), repeats: int = 3) -> dict:
    """Measure every operation at every size; returns a JSON-safe dict."""
    operations = {name: {"floor": FLOORS[name], "target_seconds_at_1M": TARGETS_AT_1M[name], "runs": []}
                  for name in TARGETS_AT_1M}
    for rows in sizes:
        for name, (operation, floor) in _cases(int(rows)).items():
            seconds = _median_seconds(operation, repeats)
            floor_seconds = _median_seconds(floor, repeats)
            runs = operations[name]["runs"]
            previous = runs[-1] if runs else None
            growth = None
            if previous and rows != previous["rows"]:
                # Time ratio per 10x more rows: 10 means linear growth.
                steps = math.log10(rows / previous["rows"])
                growth = round((seconds / previous["seconds"]) ** (1 / steps), 2)
            target = TARGETS_AT_1M[name]
            runs.append({
                "rows": int(rows),
                "seconds": round(seconds, 6),
                "us_per_row": round(seconds / rows * 1e6, 3),
                "floor_seconds": round(floor_seconds, 6),
                "floor_us_per_row": round(floor_seconds / rows * 1e6, 3),
                "times_floor": round(seconds / floor_seconds, 2) if floor_seconds else None,
                "growth_per_10x": growth,
                "meets_target": (seconds <= target) if (target and rows == 1_000_000) else None,
            })
    return {
        "sizes": [int(s) for s in sizes],
        "repeats": repeats,
        "statistic": "median seconds",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "pandas": pd.__version__,
            "numpy": np.__version__,
            "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        },
        "operations": operations,
    }


def table(result: dict) -> str:
    """The results as a plain-text table."""
    lines = [f"{'operation':<16}{'rows':>10}{'seconds':>10}{'µs/row':>9}{'floor s':>10}"
             f"{'x floor':>9}{'growth/10x':>12}{'target':>8}"]
    for name, operation in result["operations"].items():
        for entry in operation["runs"]:
            target = {True: "ok", False: "MISSED", None: ""}[entry["meets_target"]]
            growth = "" if entry["growth_per_10x"] is None else f"{entry['growth_per_10x']:.2f}"
            lines.append(
                f"{name:<16}{entry['rows']:>10,}{entry['seconds']:>10.3f}{entry['us_per_row']:>9.2f}"
                f"{entry['floor_seconds']:>10.3f}{entry['times_floor']:>9.2f}{growth:>12}{target:>8}"
            )
    return "\n".join(lines)


def save(result: dict, path: Path = RESULTS) -> Path:
    """Merge ``result`` into the JSON file under ``"privacy_linkage"``, keeping other keys."""
    stored = json.loads(path.read_text()) if path.exists() else {}
    stored[RESULTS_KEY] = result
    path.write_text(json.dumps(stored, indent=2) + "\n")
    return path


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-save", action="store_true", help="print only, do not write results.json")
    args = parser.parse_args(argv)
    result = run(tuple(args.sizes), args.repeats)
    print(table(result))
    if not args.no_save:
        print("written to", save(result))


if __name__ == "__main__":
    sys.exit(main())
