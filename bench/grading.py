"""Autograding: seconds per submitted notebook, what dominates, and a whole cohort.

Everything runs in a temporary course (the chapters' sources, the course's
``nbgrader_config.py``, a fresh gradebook), with submissions that answer every
exercise as the source does, so each graded notebook runs to the end.

* Per notebook: ``nbgrader autograde <chapter> --student <one>`` against the
  floor ``nbgrader autograde`` of a one-cell notebook (``x = 1``).
* Where the floor goes: Python with nbgrader imported, a kernel started and
  stopped, and the rest (configuration, gradebook database, copying files).
* Cohort: every chapter for ``cohort`` trainees, end to end: autograde (with
  ``python -m academy_trainer autograde`` in parallel workers when that
  command exists, else sequential ``nbgrader autograde``), feedback (the
  trainer's parallel ``feedback``, else ``nbgrader generate_feedback``), export;
  then the gradebook is checked: one graded submission per trainee and
  chapter, no more, no fewer.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import nbformat

from bench import chapters as chapter_bench
from bench.measure import BIN, median_pair, median_runs, ratio, run_command

ROOT = Path(__file__).resolve().parents[1]
FLOOR = "00-vloer"
STUDENT = "cursist-00"  # the one graded again and again for the per-notebook figure
TARGET_PER_NOTEBOOK = 1.3  # x floor
TARGET_COHORT = 300.0  # seconds, 30 trainees x all chapters on 2 cores
SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)


def trainer_available() -> bool:
    return importlib.util.find_spec("academy_trainer.cli") is not None


def nbgrader(course: Path, *args: str):
    return run_command([str(BIN / "nbgrader"), *args, "--log-level=WARN"], cwd=course)


def make_course(folder: Path, chapters: list[str], root: Path = ROOT) -> Path:
    """A course with the given chapters and a one-cell floor assignment, all released."""
    (folder / "source").mkdir(parents=True)
    shutil.copy(root / "nbgrader_config.py", folder)
    for chapter in chapters:
        shutil.copytree(root / "source" / chapter, folder / "source" / chapter)
    floor = nbformat.v4.new_notebook()
    floor.cells.append(nbformat.v4.new_code_cell("x = 1"))
    (folder / "source" / FLOOR).mkdir()
    nbformat.write(floor, folder / "source" / FLOOR / "vloer.ipynb")
    for chapter in [FLOOR, *chapters]:
        nbgrader(folder, "generate_assignment", chapter, "--force")
    return folder


def answered(release: Path, source: Path) -> nbformat.NotebookNode:
    """The trainee notebook with every exercise answered as in the instructor's source."""
    solutions = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in nbformat.read(source, 4).cells}
    nb = nbformat.read(release, 4)
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and meta.get("grade_id") in solutions:
            original = solutions[meta["grade_id"]].source
            found = SOLUTION.findall(original)
            cell.source = "\n".join(found) if found else original
    return nb


def submit(course: Path, chapter: str, students: list[str]) -> int:
    """Hand in an answered notebook for each student; returns notebooks per submission."""
    releases = sorted((course / "notebooks" / chapter).glob("*.ipynb"))
    notebooks = {p.name: answered(p, course / "source" / chapter / p.name) for p in releases}
    for student in students:
        folder = course / "submitted" / student / chapter
        folder.mkdir(parents=True, exist_ok=True)
        for name, nb in notebooks.items():
            nbformat.write(nb, folder / name)
        (folder / "timestamp.txt").write_text("2026-01-01 12:00:00.000000 UTC")
    return len(notebooks)


def per_notebook(course: Path, chapter: str, repeats: int) -> dict:
    runs = {"chapter": [], "floor": []}

    def grade(kind, assignment):
        runs[kind].append(nbgrader(course, "autograde", assignment, "--student", STUDENT, "--force"))

    median_pair(lambda: grade("chapter", chapter), lambda: grade("floor", FLOOR), repeats)
    chapter_run, floor_run = median_runs(runs["chapter"]), median_runs(runs["floor"])
    notebooks = len(list((course / "source" / chapter).glob("*.ipynb")))
    per = round(chapter_run["seconds"] / notebooks, 3)
    times = ratio(per, floor_run["seconds"])
    return {"chapter": chapter, "notebooks": notebooks, "seconds_per_notebook": per,
            "floor_seconds": floor_run["seconds"], "times_floor": times,
            "cpu_seconds_per_notebook": round(chapter_run["cpu_seconds"] / notebooks, 3),
            "floor_cpu_seconds": floor_run["cpu_seconds"],
            "cpu_times_floor": ratio(chapter_run["cpu_seconds"] / notebooks, floor_run["cpu_seconds"]),
            "target_times_floor": TARGET_PER_NOTEBOOK, "meets_target": times is not None and times <= TARGET_PER_NOTEBOOK,
            "max_rss_mb": chapter_run["max_rss_mb"], "peak_tree_mb": chapter_run["peak_tree_mb"]}


def floor_breakdown(course: Path, repeats: int) -> dict:
    """Split the one-cell floor into Python + nbgrader import, kernel start/stop, and the rest."""
    imports = [run_command([sys.executable, "-c", "import nbgrader.apps.nbgraderapp, nbgrader.converters, "
                            "nbconvert.preprocessors, academy_trainer.release"], cwd=course) for _ in range(repeats)]
    one_cell = nbformat.v4.new_notebook()
    one_cell.cells.append(nbformat.v4.new_code_cell("x = 1"))
    kernel = median_pair(lambda: chapter_bench.execute(one_cell, course), lambda: None, repeats)[0].wall
    floor_run = median_runs([nbgrader(course, "autograde", FLOOR, "--student", STUDENT, "--force")
                             for _ in range(repeats)])
    floor = floor_run["seconds"]
    python_import = median_runs(imports)["seconds"]
    return {"floor_seconds": floor, "floor_cpu_seconds": floor_run["cpu_seconds"],
            "python_and_nbgrader_import": python_import,
            "kernel_start_and_stop": round(kernel, 3),
            "rest_config_gradebook_files": round(floor - python_import - kernel, 3)}


def cohort_run(course: Path, chapters: list[str], students: list[str], workers: int | None) -> dict:
    """Grade every chapter for every student, then feedback and export; timed per step.

    With the trainer command that is what a trainer runs after a course day: one ``autograde`` and
    one ``feedback`` for all chapters (one set of workers and fork servers), then ``nbgrader export``."""
    parallel = trainer_available()
    steps: dict[str, list] = {"autograde": [], "feedback": [], "export": []}
    trainer = [sys.executable, "-m", "academy_trainer", "--course-dir", str(course)]
    extra = ["--workers", str(workers)] if workers else []
    floor = None
    if parallel:
        # The floor of a batch: the one-cell assignment graded for every trainee the same way (not in the total).
        floor = run_command([*trainer, "autograde", FLOOR, "--force", *extra], cwd=course, check=False)
        # Not checked: a trainee that cannot be graded shows in the gradebook check below.
        steps["autograde"].append(run_command([*trainer, "autograde", *chapters, "--force", *extra],
                                              cwd=course, check=False))
        steps["feedback"].append(run_command([*trainer, "feedback", *chapters, *extra], cwd=course))
    else:
        for chapter in chapters:
            steps["autograde"].append(nbgrader(course, "autograde", chapter, "--force"))
            steps["feedback"].append(nbgrader(course, "generate_feedback", chapter, "--force"))
    steps["export"].append(nbgrader(course, "export", f"--to={course / 'grades.csv'}"))
    total = sum(r.seconds for runs in steps.values() for r in runs)
    return {
        "autograder": ("python -m academy_trainer autograde and feedback, all chapters in one run (parallel "
                       "workers" + (f": {workers})" if workers else ", one per core)")) if parallel
                      else "nbgrader autograde (sequential; the parallel trainer command is not there yet)",
        "seconds": round(total, 1),
        "cpu_seconds": round(sum(r.cpu_seconds for runs in steps.values() for r in runs), 1),
        "steps_seconds": {name: round(sum(r.seconds for r in runs), 1) for name, runs in steps.items()},
        "max_rss_mb": max(r.max_rss_mb for runs in steps.values() for r in runs),
        "peak_tree_mb": max(r.peak_tree_mb for runs in steps.values() for r in runs),
        "grades_check": check_gradebook(course, chapters, students),
        "failed_commands": [r.output[-1500:] for runs in steps.values() for r in runs if r.returncode != 0],
        "batch_per_notebook": batch_per_notebook(floor, steps["autograde"][0], chapters) if floor else [],
    }


# A progress line of the trainer's autograde: "[12/270] 01-databasespel cursist-03   8/8  (1.2 s)";
# with one chapter the chapter's name is left out.
PROGRESS = re.compile(r"^\[\s*\d+/\d+\] (\S+)\s.*\((\d+(?:\.\d+)?) s\)\s*$")


def notebook_seconds(output: str, chapters: list[str]) -> dict[str, list[float]]:
    """Seconds each graded notebook took in a worker, per chapter, from the trainer's progress lines.

    A failed one (a dead kernel's time limit) says nothing about grading time: the gradebook check reports it."""
    found: dict[str, list[float]] = {}
    for line in output.splitlines():
        match = PROGRESS.match(line)
        if match and "FAILED" not in line:
            chapter = chapters[0] if len(chapters) == 1 else match.group(1)
            found.setdefault(chapter, []).append(float(match.group(2)))
    return found


def batch_per_notebook(floor_run, cohort_run, chapters: list[str]) -> list[dict]:
    """Seconds per notebook in a worker when the trainer command grades a batch (forked kernels), against
    the one-cell floor graded the same way: what each trainee's notebook costs, without the start-up."""
    floor_times = notebook_seconds(floor_run.output, [FLOOR]).get(FLOOR)
    per_chapter = notebook_seconds(cohort_run.output, chapters)
    if not floor_times:
        return []
    floor = statistics.median(floor_times)
    out = []
    for chapter in chapters:
        if not per_chapter.get(chapter):
            continue
        per = statistics.median(per_chapter[chapter])
        times = ratio(per, floor)
        out.append({"chapter": chapter, "seconds_per_notebook": round(per, 3), "floor_seconds": round(floor, 3),
                    "times_floor": times, "target_times_floor": TARGET_PER_NOTEBOOK,
                    "statistic": "median over the cohort, seconds in a worker",
                    "meets_target": times is not None and times <= TARGET_PER_NOTEBOOK})
    return out


def check_gradebook(course: Path, chapters: list[str], students: list[str]) -> dict:
    """Every (student, chapter) graded exactly once, with an autograded notebook on disk."""
    from nbgrader.api import Gradebook

    expected = {(s, c) for s in students for c in chapters}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        stored = [(sub.student_id, assignment.name)
                  for assignment in gradebook.assignments if assignment.name in chapters
                  for sub in assignment.submissions if sub.student_id in students]
        scored = sum(1 for s, c in stored if gradebook.find_submission(c, s).score is not None)
    on_disk = {(s, c) for s in students for c in chapters if any((course / "autograded" / s / c).glob("*.ipynb"))}
    return {"expected": len(expected), "in_gradebook": len(stored), "distinct": len(set(stored)),
            "with_score": scored, "missing": sorted(map(list, expected - set(stored)))[:10],
            "autograded_on_disk": len(on_disk),
            "ok": set(stored) == expected and len(stored) == len(expected) and on_disk == expected}


def run(chapters: list[str] | None = None, repeats: int = 3, cohort: int = 30, workers: int | None = None,
        root: Path = ROOT, per_notebook_figures: bool = True) -> dict:
    chapters = chapters or sorted(p.name for p in (root / "source").glob("[0-9][0-9]-*") if p.is_dir())
    students = [f"cursist-{n:02d}" for n in range(max(cohort, 1))]
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as tmp:
        course = make_course(Path(tmp) / "course", chapters, root)
        submit(course, FLOOR, students if cohort else [STUDENT])
        for chapter in chapters:
            submit(course, chapter, students)
        result = {"repeats": repeats, "floor": f"nbgrader autograde of a one-cell notebook ({FLOOR})",
                  "per_notebook": []}
        if per_notebook_figures:
            result["per_notebook"] = [per_notebook(course, chapter, repeats) for chapter in chapters]
            result["floor_breakdown"] = floor_breakdown(course, repeats)
        if cohort:
            entry = cohort_run(course, chapters, students, workers)
            entry.update({"trainees": cohort, "chapters": len(chapters), "target_seconds": TARGET_COHORT,
                          "meets_target": entry["seconds"] <= TARGET_COHORT and entry["grades_check"]["ok"],
                          "seconds_per_notebook": round(entry["steps_seconds"]["autograde"]
                                                        / max(1, cohort * len(chapters)), 3)})
            result["cohort"] = entry
    return result


def rows(result: dict) -> list[tuple]:
    out = [(f"autograde {e['chapter']} per notebook", e["seconds_per_notebook"], e["floor_seconds"],
            e["times_floor"], f"<= {e['target_times_floor']}x floor", e["meets_target"])
           for e in result["per_notebook"]]
    cohort = result.get("cohort")
    for e in (cohort or {}).get("batch_per_notebook", []):
        out.append((f"autograde {e['chapter']} per notebook, trainer batch", e["seconds_per_notebook"],
                    e["floor_seconds"], e["times_floor"], f"<= {e['target_times_floor']}x floor", e["meets_target"]))
    if cohort:
        out.append((f"cohort {cohort['trainees']} x {cohort['chapters']} chapters", cohort["seconds"], None, None,
                    f"<= {TARGET_COHORT:g} s, grades ok", cohort["meets_target"]))
    return out
