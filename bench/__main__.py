"""``python -m bench``: measure, print a table, write ``bench/results.json``.

Sections (``--only`` picks some, comma-separated): chapters, book, site,
widgets, grading, privacy, hub (root only), live. Memory peaks come with book and grading. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from bench import book, chapters, grading, hub, live, site, widgets

RESULTS = Path(__file__).resolve().parent / "results.json"
SECTIONS = ("chapters", "book", "site", "widgets", "grading", "privacy", "hub", "live")


def privacy_rows(result: dict) -> list[tuple]:
    out = []
    for name, operation in result["operations"].items():
        target = operation["target_seconds_at_1M"]
        for entry in operation["runs"]:
            at_1m = entry["rows"] == 1_000_000
            out.append((f"{name} {entry['rows']:,} rows", entry["seconds"], entry["floor_seconds"],
                        entry["times_floor"], f"<= {target:g} s" if target and at_1m else "", entry["meets_target"]))
    return out


def memory(results: dict) -> dict:
    """Peak memory (MB) of the cold build and of grading, from the runs above."""
    found = {}
    if "book" in results:
        cold = results["book"]["cold"]
        found["cold_build"] = {"max_rss_mb": cold["max_rss_mb"], "peak_tree_mb": cold["peak_tree_mb"]}
    if "grading" in results:
        per = results["grading"]["per_notebook"]
        if per:
            found["grading_one_notebook"] = {"max_rss_mb": max(e["max_rss_mb"] for e in per),
                                             "peak_tree_mb": max(e["peak_tree_mb"] for e in per)}
        if "cohort" in results["grading"]:
            cohort = results["grading"]["cohort"]
            found["grading_cohort"] = {"max_rss_mb": cohort["max_rss_mb"], "peak_tree_mb": cohort["peak_tree_mb"]}
    return found


def memory_rows(found: dict) -> list[tuple]:
    return [(f"peak memory {name} (MB, whole tree)", entry["peak_tree_mb"], None, None,
             f"largest process {entry['max_rss_mb']:g} MB", None) for name, entry in found.items()]


def format_table(rows: list[tuple]) -> str:
    """Rows of (figure, value, floor, x floor, target, met) as aligned text."""
    def cell(value, digits=2):
        return "" if value is None else f"{value:.{digits}f}" if isinstance(value, float) else str(value)

    header = ("figure", "value", "floor", "x floor", "target", "")
    lines = [[name, cell(value, 3), cell(floor, 3), cell(times), target,
              {True: "ok", False: "MISSED", None: ""}[met]] for name, value, floor, times, target, met in rows]
    widths = [max(len(str(r[i])) for r in [header, *lines]) for i in range(len(header))]
    fmt = lambda r: "  ".join(str(v).ljust(w) if i in (0, 4) else str(v).rjust(w)  # noqa: E731
                              for i, (v, w) in enumerate(zip(r, widths)))
    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *map(fmt, lines)])


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections to run (default: all of {','.join(SECTIONS)})")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure; the median is reported")
    parser.add_argument("--chapters", help="comma-separated chapter folders (default: every chapter in source/)")
    parser.add_argument("--cohort", type=int, default=30, help="trainees in the cohort run (0: skip it)")
    parser.add_argument("--crowd", type=int, default=30, help="trainees logging in at once at the hub (0: skip it), and sharing at once with the live page")
    parser.add_argument("--workers", type=int, help="grading workers for the cohort (default: one per core)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000],
                        help="population sizes for privacy and linkage")
    parser.add_argument("--html", type=Path, help="site to weigh when the book is not built in this run "
                        "(default: _build/html)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="results file (merged, not replaced)")
    parser.add_argument("--no-save", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    args.only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(args.only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    return args


ROWS = {"chapters": chapters.rows, "book": book.rows, "site": site.rows, "widgets": widgets.rows,
        "grading": grading.rows, "privacy_linkage": privacy_rows, "hub": hub.rows, "live": live.rows,
        "memory": memory_rows}


def table_rows(results: dict) -> list[tuple]:
    """The table's rows for whatever sections ``results`` holds."""
    return [row for key, rows in ROWS.items() if key in results for row in rows(results[key])]


def run(args: argparse.Namespace) -> dict:
    """Run the chosen sections; returns {section: result} plus memory peaks and run details."""
    results: dict = {}
    names = args.chapters.split(",") if args.chapters else None
    notebooks = (sorted(p for name in names for p in (chapters.ROOT / "source" / name).glob("*.ipynb"))
                 if names else None)
    timings = {}
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        built_html = Path(tmp) / "html"
        for section in [s for s in SECTIONS if s in args.only]:
            print(f"== {section}", file=sys.stderr, flush=True)
            started = time.perf_counter()
            if section == "chapters":
                results[section] = chapters.run(notebooks, args.repeats)
            elif section == "book":
                results[section] = book.run(args.repeats, keep_html=built_html)
            elif section == "site":
                html = built_html if built_html.exists() else (args.html or site.ROOT / "_build" / "html")
                results[section] = site.run(html)
                results[section]["html"] = "the cold build of this run" if html == built_html else str(html)
            elif section == "widgets":
                html = built_html if built_html.exists() else (args.html or widgets.ROOT / "_build" / "html")
                results[section] = widgets.run(html)
            elif section == "grading":
                results[section] = grading.run(names, args.repeats, args.cohort, args.workers)
            elif section == "privacy":
                from bench import privacy_linkage

                results["privacy_linkage"] = privacy_linkage.run(tuple(args.sizes), args.repeats)
            elif section == "hub":
                results[section] = hub.run(args.repeats, args.crowd)
            elif section == "live":
                results[section] = live.run(args.repeats, args.crowd or 30)
            timings[section] = {"seconds": round(time.perf_counter() - started, 1),
                                # Other work on the machine swells wall times: say how busy it was.
                                "load_average_after": [round(x, 2) for x in os.getloadavg()]}
    if memory(results):
        results["memory"] = memory(results)
    results["run"] = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
                      "sections": list(timings), "section_seconds": timings, "repeats": args.repeats,
                      "machine": machine()}
    return results


def save(results: dict, path: Path) -> dict:
    """Merge into ``path``: sections not run this time keep their earlier figures; the table covers all."""
    stored = json.loads(path.read_text()) if path.exists() else {}
    runs = stored.get("runs", {})
    runs.update({section: results["run"] for section in results["run"]["sections"]})
    if "chapters" in results and "chapters" in stored:
        # A run of some chapters (--chapters) replaces those chapters' figures, keeps the others.
        fresh = {entry["notebook"] for entry in results["chapters"]["chapters"]}
        kept = [entry for entry in stored["chapters"]["chapters"] if entry["notebook"] not in fresh]
        results["chapters"]["chapters"] = sorted(kept + results["chapters"]["chapters"], key=lambda e: e["notebook"])
    stored.update({k: v for k, v in results.items() if k != "run"})
    stored["memory"] = memory(stored)
    stored["runs"] = runs  # when and where each section was last measured
    stored["table"] = [list(row) for row in table_rows(stored)]
    path.write_text(json.dumps(stored, indent=2, ensure_ascii=False) + "\n")
    return stored


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    results = run(args)
    print(format_table(table_rows(results)))
    if not args.no_save:
        save(results, args.output)
        print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
