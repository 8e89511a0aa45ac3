"""The benchmark harness runs on tiny inputs (the benchmarks themselves are `make bench`, not tests)."""

from __future__ import annotations

import json
import shutil

import nbformat
import pytest

from bench import __main__ as bench_main
from bench import chapters, grading, hub, site


def code_notebook(*sources: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    return nb


def test_floor_imports_what_the_chapter_imports_and_nothing_else():
    nb = code_notebook("%xmode Minimal\nimport json\nfrom os import (path,\n    sep)\nx = json.dumps(1)",
                       "# SCHRIJF HIER JE CODE\nif :",  # a stub that does not parse
                       "import json\nimport math as m\nprint(m.pi)")
    assert chapters.import_lines(nb) == ["import json", "from os import path, sep", "import math as m"]
    floor = chapters.floor_notebook(nb)
    assert [c.source for c in floor.cells] == ["import json\nfrom os import path, sep\nimport math as m"]


@pytest.mark.slow
def test_chapter_figure_runs_a_notebook_and_its_floor(tmp_path):
    path = tmp_path / "01-klein" / "klein.ipynb"
    path.parent.mkdir()
    nb = code_notebook("import json", "import time\ntime.sleep(0.5)", "time.sleep(0.2)")
    nb.cells[2].metadata["nbgrader"] = {"grade": True, "grade_id": "controle", "points": 1}  # a check cell
    nbformat.write(nb, path)
    result = chapters.run([path], repeats=1)
    [entry] = result["chapters"]
    assert entry["notebook"] == "01-klein/klein.ipynb"
    assert entry["floor"] == "fresh kernel running only: import json; import time"
    assert entry["seconds"] > 0.5 and entry["floor_seconds"] > 0  # the chapter's sleep is inside the timing
    assert entry["times_floor"] == round(entry["seconds"] / entry["floor_seconds"], 2)
    assert chapters.rows(result)[0][0].startswith("execute 01-klein/klein.ipynb [cpu ")
    assert entry["check_cells"] == 1 and 0.2 <= entry["check_median_seconds"] < entry["seconds"]
    assert chapters.rows(result)[1][0].startswith("check cell answers 01-klein/klein.ipynb")


def tiny_site(root):
    html = root / "html"
    (html / "_static" / "fonts").mkdir(parents=True)
    (html / "book" / "chapters" / "01-klein").mkdir(parents=True)
    (html / "index.html").write_text('<meta http-equiv="refresh" content="0; url=book/welkom.html">')
    (html / "_static" / "theme.css").write_text(
        "@font-face{font-family:x;src:url(fonts/a.woff2) format('woff2'),url(fonts/a.ttf) format('truetype')}"
        "body{background:url('bg.png')}")
    (html / "_static" / "fonts" / "a.woff2").write_bytes(b"w" * 1000)
    (html / "_static" / "fonts" / "a.ttf").write_bytes(b"t" * 5000)  # a fallback no browser fetches
    (html / "_static" / "bg.png").write_bytes(b"p" * 100)
    (html / "_static" / "app.js").write_bytes(b"j" * 2000)
    head = '<link rel="stylesheet" href="{up}_static/theme.css"><script src="{up}_static/app.js?v=1"></script>'
    (html / "book" / "welkom.html").write_text(head.format(up="../"))
    (html / "book" / "chapters" / "01-klein" / "klein.html").write_text(
        head.format(up="../../../") + '<script src="https://cdn.example.org/x.js"></script>'
        '<img src="big.png"><script src="../../../_static/app.js"></script>')
    (html / "book" / "chapters" / "01-klein" / "big.png").write_bytes(b"b" * 3000)
    (html / "lite" / "files").mkdir(parents=True)
    (html / "lite" / "jupyter-lite.json").write_text("{}")
    (html / "lite" / "files" / "x.ipynb").write_bytes(b"n" * 700)
    return html


def test_site_weight_counts_what_a_page_loads_once(tmp_path):
    html = tiny_site(tmp_path)
    result = site.run(html)
    page = result["heaviest_chapter_page"]
    assert page["page"] == "book/chapters/01-klein/klein.html"
    own = (html / "book/chapters/01-klein/klein.html").stat().st_size
    css = (html / "_static/theme.css").stat().st_size
    # The page, its stylesheet, the woff2 (not the ttf), the background, the script once, the image.
    assert page["bytes"] == own + css + 1000 + 100 + 2000 + 3000
    assert page["external"] == ["https://cdn.example.org/x.js"]
    assert result["floor_page"]["page"] == "book/welkom.html"
    assert result["lite_folders"] == ["lite"]
    assert result["lite_mb"] == round((700 + 2) / 2**20, 2)
    assert result["meets_target"] is True


def test_main_runs_a_subset_and_merges_into_earlier_results(tmp_path, capsys):
    html = tiny_site(tmp_path)
    output = tmp_path / "results.json"
    output.write_text(json.dumps({"chapters": {"chapters": [{
        "notebook": "01-a/a.ipynb", "seconds": 3.0, "floor_seconds": 2.0, "times_floor": 1.5,
        "target_times_floor": 1.5, "meets_target": True}]}}))
    assert bench_main.main(["--only", "site", "--html", str(html), "--output", str(output)]) == 0
    printed = capsys.readouterr().out
    assert "heaviest page book/chapters/01-klein/klein.html" in printed
    stored = json.loads(output.read_text())
    assert stored["chapters"]["chapters"][0]["seconds"] == 3.0  # kept from the earlier run
    assert stored["site"]["heaviest_chapter_page"]["page"] == "book/chapters/01-klein/klein.html"
    assert stored["table"][0][0].startswith("execute 01-a/a.ipynb")
    assert stored["runs"]["site"]["sections"] == ["site"]


def test_a_run_of_some_chapters_keeps_the_other_chapters(tmp_path):
    def entry(name, seconds):
        return {"notebook": name, "seconds": seconds, "floor_seconds": 1.0, "times_floor": seconds,
                "target_times_floor": 1.5, "meets_target": seconds <= 1.5}

    output = tmp_path / "results.json"
    output.write_text(json.dumps({"chapters": {"chapters": [entry("01-a/a.ipynb", 1.0), entry("02-b/b.ipynb", 2.0)]}}))
    run = {"sections": ["chapters"]}
    stored = bench_main.save({"chapters": {"chapters": [entry("02-b/b.ipynb", 1.2), entry("03-c/c.ipynb", 3.0)]},
                              "run": run}, output)
    assert [(e["notebook"], e["seconds"]) for e in stored["chapters"]["chapters"]] == [
        ("01-a/a.ipynb", 1.0), ("02-b/b.ipynb", 1.2), ("03-c/c.ipynb", 3.0)]


def test_hub_figures_say_they_need_root(monkeypatch):
    monkeypatch.setattr(hub.os, "geteuid", lambda: 1000)
    result = hub.run(repeats=1, crowd=0)
    [row] = hub.rows(result)
    assert "needs root" in row[0] and row[1] is None


def test_unknown_section_is_refused():
    with pytest.raises(SystemExit):
        bench_main.parse(["--only", "chapters,speed"])


@pytest.mark.slow
def test_grading_figure_grades_a_tiny_cohort_exactly_once(tmp_path):
    root = tmp_path / "repo"
    (root / "source" / "01-klein").mkdir(parents=True)
    shutil.copy(grading.ROOT / "nbgrader_config.py", root)
    nb = code_notebook("antwoord = None\n### BEGIN SOLUTION\nantwoord = 42\n### END SOLUTION", "assert antwoord == 42")
    nb.cells[0].metadata["nbgrader"] = {"grade": False, "grade_id": "antwoord", "locked": False, "points": 0,
                                        "schema_version": 3, "solution": True, "task": False}
    nb.cells[1].metadata["nbgrader"] = {"grade": True, "grade_id": "test_antwoord", "locked": True, "points": 1,
                                        "schema_version": 3, "solution": False, "task": False}
    nbformat.write(nb, root / "source" / "01-klein" / "klein.ipynb")
    # The cohort only: the per-notebook figures repeat the same nbgrader calls (and take minutes). One worker:
    # the figures are read the same way, and parallel grading has its own test (test_trainer_parallel.py).
    result = grading.run(repeats=1, cohort=2, workers=1, root=root, per_notebook_figures=False)
    assert result["cohort"]["steps_seconds"]["autograde"] > 0
    check = result["cohort"]["grades_check"]
    assert check == {"expected": 2, "in_gradebook": 2, "distinct": 2, "with_score": 2, "missing": [],
                     "autograded_on_disk": 2, "ok": True}
    [batch] = result["cohort"]["batch_per_notebook"]
    assert batch["chapter"] == "01-klein" and batch["seconds_per_notebook"] > 0 and batch["floor_seconds"] > 0
    assert batch["times_floor"] == round(batch["seconds_per_notebook"] / batch["floor_seconds"], 2)
    assert any(row[0] == "autograde 01-klein per notebook, trainer batch" for row in grading.rows(result))


def test_notebook_seconds_are_read_from_the_trainers_progress_lines():
    several = ("[ 1/3] 01-klein anna        8/8  (1.2 s)\n[ 2/3] 02-groot bram    FAILED  Kernel died (60.0 s)\n"
               "[ 3/3] 01-klein cem        0/8  (0.8 s)\n01-klein: 2 submissions; 0 could not be graded\n")
    assert grading.notebook_seconds(several, ["01-klein", "02-groot"]) == {"01-klein": [1.2, 0.8]}
    one = "[1/3] anna                      8/8  (1.5 s)\n[2/3] bram   FAILED  x (0.5 s)\n[3/3] cem   4/8  (0.7 s)\n"
    assert grading.notebook_seconds(one, ["01-klein"]) == {"01-klein": [1.5, 0.7]}  # a failure is no grading time


def test_the_live_bench_counts_a_small_crowd_on_the_trainers_page():
    from bench import live

    result = live.run(repeats=1, crowd=3)
    assert result["all_arrived"] and result["runs"][0]["sent"] == 9
    assert [row[0] for row in live.rows(result)][0].startswith("live results: 3 trainees")
