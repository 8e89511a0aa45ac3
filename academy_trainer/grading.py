"""Autograde the cohort's submissions of one or more chapters: parallel, and safe for the gradebook.

nbgrader grades one notebook at a time, and its SQLite gradebook does not
take concurrent writers (nbgrader #174). So grading is split in two:

1. N worker processes each get a private copy of the course (configuration,
   the chapter's source folder, a copy of the gradebook). A worker grades one
   trainee at a time with nbgrader's own API (``NbGraderAPI.autograde``, what
   the formgrader uses) in its private course, then reads back from its own
   gradebook what nbgrader wrote for that trainee.
2. The main process is the only writer of the real gradebook: it stores what
   each worker reported (auto scores, the "needs manual grade" flags, the
   "No response." comments, timestamp, late penalty) and moves the autograded
   notebooks into place, trainee by trainee as the results arrive: a stopped
   run keeps what it finished, and the next run grades only the rest.

A submission with a broken file (``broken.py``), or one waiting for the
trainer's choice between files (``inbox.py``), is not handed to nbgrader.

Because every worker starts from a copy of the real gradebook, nbgrader
makes the same decisions it would make in the real course (an earlier manual
grade still flags a cell for review). With one worker, or a gradebook that is
not a SQLite file, nbgrader grades in the course itself, one trainee at a time.

Each notebook still runs in its own fresh kernel process, but (unless
``fork_kernels=False``) that kernel is forked from a server that imported
ipykernel, pandas, matplotlib, seaborn, scikit-learn and ``academy`` once
(``academy_trainer.forkkernel``): those imports were most of the CPU time.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import queue
import re
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from academy_trainer.broken import submission_problems
from academy_trainer.course import CONFIG_FILE, Course, TrainerError, load_config, log_to, stderr_to_log
from academy_trainer.inbox import undecided
from academy_trainer.stopping import raise_if_stopped, whole

TIMED_OUT = {"CellTimeoutError", "KeyboardInterrupt", "DeadKernelError"}


@dataclass
class GradeResult:
    """The outcome of autograding one trainee's submission."""

    student: str
    success: bool
    seconds: float = 0.0
    score: float | None = None
    max_score: float | None = None
    reason: str = ""  # why grading failed, in one line
    kept: bool = False  # graded in an earlier run, left as it was (no --force)
    broken: bool = False  # not graded: a handed-in file is not a gradable notebook (reason says which, and why)
    notes: list[str] = field(default_factory=list)  # what the trainer should look at
    record: dict | None = None  # what nbgrader wrote to the gradebook (worker -> main)
    worker: str = ""  # the private course folder that graded it
    chapter: str = ""


def default_workers() -> int:
    return os.cpu_count() or 1


# A worker process pays off only with enough work: its start (nbgrader's API, a fork server's
# imports) costs about as much as autograding 3 notebooks of chapter 1 (measured on 2 cores:
# 4 submissions are graded as fast by one worker as by two, 6 faster by two).
SUBMISSIONS_PER_WORKER = 3


def useful_workers(wanted: int, jobs: int, per_worker: int) -> int:
    """At most ``wanted`` workers, and no more than there is work for: one per ``per_worker`` jobs."""
    return max(1, min(wanted, jobs // per_worker))


def autograde_chapters(course: Course, chapters: list[str], students: list[str] | None = None,
                       workers: int | None = None, force: bool = False,
                       progress: Callable[[int, int, GradeResult], None] | None = None,
                       fork_kernels: bool = True, only_submitted: bool = False) -> list[GradeResult]:
    """Autograde several chapters in one go: one set of workers (and fork servers) for all of them.

    Returns one result per chapter and trainee (``students``, default: everyone who
    submitted that chapter), chapter by chapter. A named trainee without a submission
    of a chapter gets a failed result, or (``only_submitted``) is left out of that chapter.
    A trainee already autograded (and not resubmitted since) is left alone unless
    ``force``, as ``nbgrader autograde`` does. ``fork_kernels=False`` starts every
    kernel as plain nbgrader does.
    """
    pairs = []
    for chapter in chapters:
        course.check_chapter(chapter)
        _check_released(course, chapter)
        submitted = course.students_with(chapter)
        who = submitted if students is None else [s for s in students if s in submitted or not only_submitted]
        pairs += [(chapter, student) for student in who]
    absent = {(c, s): GradeResult(s, False, reason=f"no submission in {course.submission_folder(s, c)}", chapter=c)
              for c, s in pairs if not course.submission_folder(s, c).is_dir()}
    todo = [(c, s) for c, s in pairs if (c, s) not in absent and (force or needs_grading(course, c, s))]
    held = {}  # not graded: waiting for the trainer's choice, or broken
    waiting = {chapter: undecided(course, chapter) for chapter in chapters}
    for chapter, student in todo:  # never handed to nbgrader: it would fail with a raw error, or store a 0
        if files := waiting[chapter].get(student):
            held[chapter, student] = GradeResult(
                student, False, chapter=chapter, reason=f"not graded until you choose between the submission and "
                f"{', '.join(files)}: `python -m academy_trainer choose {chapter} {student} FILE`")
        elif problems := submission_problems(course, chapter, student):
            held[chapter, student] = GradeResult(student, False, reason="; ".join(problems), broken=True,
                                                   chapter=chapter)
    todo = [pair for pair in todo if pair not in held]
    workers = useful_workers(workers or default_workers(), len(todo), SUBMISSIONS_PER_WORKER)
    if not course.db_url.startswith("sqlite:///"):
        workers = 1  # a server database takes concurrent writers, but we cannot copy it
    report = progress or (lambda done, total, result: None)
    if workers == 1:
        results = _grade_in_course(course, todo, report, fork_kernels)
    else:
        results = _grade_in_workers(course, todo, workers, report, fork_kernels)
    by_pair = {(r.chapter, r.student): r for r in results} | absent | held
    final = []
    for chapter, student in pairs:
        result = by_pair.get((chapter, student)) or GradeResult(
            student, True, notes=["already autograded; use --force to grade again"], kept=True, chapter=chapter)
        if (chapter, student) in todo:
            result.notes = (submission_notes(course, chapter, student)
                            + cell_notes(course, chapter, student, result.record) + result.notes)
        final.append(result)
    return final


def needs_grading(course: Course, chapter: str, student: str) -> bool:
    """nbgrader's own rule: not autograded yet, or resubmitted since (a newer timestamp)."""
    done = course.folder("autograded") / student / chapter
    if not done.exists():
        return True
    new = course.coursedir.get_existing_timestamp(str(course.submission_folder(student, chapter)))
    old = course.coursedir.get_existing_timestamp(str(done))
    return new is not None and old is not None and new > old


def _check_released(course: Course, chapter: str) -> None:
    from nbgrader.api import MissingEntry

    if not course.has_gradebook():
        raise TrainerError(f"There is no gradebook ({course.db_url}) yet: run "
                           f"`python -m academy_trainer release {chapter}` first.")
    with course.gradebook() as gradebook:
        try:
            gradebook.find_assignment(chapter)
        except MissingEntry:
            raise TrainerError(f"{chapter} is not in the gradebook yet: run "
                               f"`python -m academy_trainer release {chapter}` first.") from None


# -- grading with nbgrader's API ------------------------------------------------------------------

def _make_api(root: Path, overrides: dict, db_url: str | None = None, fork_kernels: bool = False):
    from nbgrader.apps import NbGraderAPI
    from nbgrader.converters import Autograde
    from nbgrader.coursedir import CourseDirectory

    config = load_config(root, overrides)  # the course's nbgrader_config.py sets the sanitizers (sanitize.py)
    if db_url:
        config.CourseDirectory.db_url = db_url
    if fork_kernels:
        from academy_trainer.forkkernel import with_fork_execute

        steps = config.Autograde.get("autograde_preprocessors") or Autograde.class_traits()[
            "autograde_preprocessors"].default()
        config.Autograde.autograde_preprocessors = with_fork_execute(list(steps))
    config.NbGraderAPI.log_level = "WARN"
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


# A kernel that never answered nbclient: the machine's fault, not the trainee's (seen once in 540
# notebooks under full load). The trainee's code has not run, so grading once more is safe.
KERNEL_DID_NOT_START = ("Kernel didn't respond", "Kernel died before replying to kernel_info")


def autograde_with_retry(api, chapter: str, student: str) -> tuple[dict, bool]:
    """nbgrader's autograde of one trainee, once more if the kernel did not start; (outcome, retried)."""
    outcome = api.autograde(chapter, student, force=True, create=True)
    text = outcome.get("error", "") + "\n" + outcome.get("log", "")
    if outcome.get("success") or not any(sign in text for sign in KERNEL_DID_NOT_START):
        return outcome, False
    return api.autograde(chapter, student, force=True, create=True), True


def _grade_one(api, chapter: str, student: str) -> GradeResult:
    """Autograde one trainee with nbgrader and read back what it stored."""
    start = time.perf_counter()
    outcome, retried = autograde_with_retry(api, chapter, student)
    result = GradeResult(student, bool(outcome.get("success")), seconds=time.perf_counter() - start,
                         chapter=chapter)
    if retried:
        result.notes.append("the kernel did not start the first time; graded once more")
    if not result.success:
        result.reason = failure_reason(outcome.get("error", "") + "\n" + outcome.get("log", ""))
    result.record = read_record(api.coursedir.db_url, chapter, student)
    if result.record:
        result.score, result.max_score = result.record["score"], result.record["max_score"]
        if result.success:
            result.notes += _grade_notes(result.record)
    autograded = Path(api.coursedir.root) / api.coursedir.autograded_directory / student / chapter
    result.notes += timeout_notes(autograded)
    return result


def read_record(db_url: str, chapter: str, student: str) -> dict | None:
    """What nbgrader's autograde stored for one submission, as plain data."""
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(db_url) as gradebook:
        try:
            submission = gradebook.find_submission(chapter, student)
        except MissingEntry:
            return None
        return {
            "timestamp": submission.timestamp,
            "score": submission.score,
            "max_score": submission.max_score,
            "notebooks": [{
                "name": notebook.name,
                "late_submission_penalty": notebook.late_submission_penalty,
                "grades": [(g.name, g.cell_type, g.auto_score, g.needs_manual_grade) for g in notebook.grades],
                "answers": sorted(cell.name for cell in notebook.notebook.solution_cells),
                "comments": [(c.name, c.auto_comment) for c in notebook.comments],
            } for notebook in submission.notebooks],
        }


def write_record(gradebook, chapter: str, student: str, record: dict) -> None:
    """Store a worker's record in the real gradebook (the single writer)."""
    gradebook.update_or_create_student(student)
    if record["timestamp"] is not None:
        gradebook.update_or_create_submission(chapter, student, timestamp=record["timestamp"])
    else:
        gradebook.update_or_create_submission(chapter, student)
    for notebook in record["notebooks"]:
        submitted = gradebook.find_submission_notebook(notebook["name"], chapter, student)
        submitted.late_submission_penalty = notebook["late_submission_penalty"]
        for name, _kind, auto_score, needs_manual_grade in notebook["grades"]:
            grade = gradebook.find_grade(name, notebook["name"], chapter, student)
            grade.auto_score = auto_score
            grade.needs_manual_grade = needs_manual_grade
        for name, auto_comment in notebook["comments"]:
            gradebook.find_comment(name, notebook["name"], chapter, student).auto_comment = auto_comment
    gradebook.db.commit()


def _grade_in_course(course: Course, todo: list[tuple[str, str]], report, fork_kernels: bool) -> list[GradeResult]:
    from academy_trainer.forkkernel import stop_server

    results = []
    with stderr_to_log(course):
        api = _make_api(course.root, course.overrides, course.db_url, fork_kernels)
        try:
            for done, (chapter, student) in enumerate(todo, 1):  # nbgrader stores each trainee's grades itself
                result = _grade_one(api, chapter, student)
                raise_if_stopped()  # a stop during it: not a failure of this trainee
                results.append(result)
                report(done, len(todo), result)
        finally:
            stop_server()
    return results


# -- parallel workers -----------------------------------------------------------------------------

def _prepare_worker(course: Course, chapters: list[str], folder: Path) -> None:
    """A private course: configuration, the chapters' sources, a copy of the gradebook."""
    folder.mkdir(parents=True)
    shutil.copy(course.root / CONFIG_FILE, folder / CONFIG_FILE)
    for chapter in chapters:
        shutil.copytree(course.folder("source") / chapter, folder / course.coursedir.source_directory / chapter)
    shutil.copy(course.db_url[len("sqlite:///"):], folder / "gradebook.db")


def exit_with_parent(cleanup: Callable[[], None] | None = None) -> None:
    """Stop this worker when the trainer's command that started it is gone (killed, or its terminal closed).

    Without this a worker would grade on for nobody, and hang at the end on a full result queue.
    The worker's fork server sees its stdin close and stops its kernels. ``cleanup`` replaces the
    command's own clean-up, which never ran: a forked reaper runs it once this worker has exited,
    because the worker's own grading thread could write into the folder while it is being removed.
    Nothing to do in the main process."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch():
        parent.join()  # returns when the parent's end of the sentinel pipe closes: it exited
        worker = os.getpid()  # not the child's getppid(): this worker may have exited by then
        if cleanup and os.fork() == 0:
            _reap(worker, cleanup)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _reap(worker: int, cleanup: Callable[[], None]) -> None:
    """In a forked child: wait until ``worker`` has exited, run ``cleanup``, exit.

    Once more a second later, for a kernel that was still stopping. The worker's pipes are closed
    first: the fork server and multiprocessing's resource tracker stop when their last writer is gone."""
    try:
        os.closerange(3, os.sysconf("SC_OPEN_MAX"))
        while os.getppid() == worker:  # an orphan is adopted by another process when its parent exits
            time.sleep(0.05)
        cleanup()
        time.sleep(1)
        cleanup()
    finally:
        os._exit(0)


def _remove_private_course(folder: Path) -> None:
    """A worker's private course holds copies of trainees' work: remove it, and the scratch folder once empty."""
    shutil.rmtree(folder, ignore_errors=True)
    try:
        folder.parent.rmdir()  # the last worker out removes the scratch folder
    except OSError:
        pass


# What every worker needs imported: nbgrader alone takes about 2.5 CPU seconds to import.
WORKER_PRELOAD = ["academy_trainer.grading", "academy_trainer.forkkernel", "nbgrader.apps", "nbgrader.converters"]


def worker_context():
    """Where the grading and feedback workers come from: multiprocessing's fork server.

    It is a clean interpreter (no inherited zmq, event loop, threads or open gradebook, as
    with "spawn") that imports nbgrader once; each worker is forked from it ready to work,
    instead of importing nbgrader again. Whoever uses it calls ``stop_fork_server`` once the
    workers are done. If it cannot start (its socket's path in a long TMPDIR is over the system's 107 characters),
    each worker starts its own interpreter ("spawn")."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_PRELOAD)
    try:
        multiprocessing.forkserver.ensure_running()
    except OSError:
        return multiprocessing.get_context("spawn")
    return context


def stop_fork_server(patience: float = 30) -> None:
    """Stop multiprocessing's fork server and wait for it (once the workers are done): nothing of the
    command stays running, and the workers' CPU time counts among this process's children's, as with
    "spawn". ``_stop`` is what CPython's own tests use; there is no public way.

    The server stops when every holder of its "alive" pipe has closed it (this process and each
    worker); should one never do so, the server is killed after ``patience`` seconds instead of
    waiting forever."""
    server = multiprocessing.forkserver._forkserver
    pid = server._forkserver_pid
    if pid is None:
        return
    stopping = threading.Thread(target=server._stop, name="stop-fork-server", daemon=True)
    stopping.start()
    stopping.join(patience)
    if stopping.is_alive():
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        stopping.join()


def take_environment(environment: dict) -> None:
    """In a worker: the environment of the command now, not of when the fork server started."""
    os.environ.clear()
    os.environ.update(environment)


def _worker_main(folder: str, overrides: dict, submitted: str, tasks, results, fork_kernels: bool = False,
                 log: str = "", environment: dict | None = None) -> None:
    """Worker process: grade (chapter, trainee) pairs from ``tasks`` in the private course ``folder``."""
    from academy_trainer.forkkernel import stop_server, stop_server_now

    if environment is not None:
        take_environment(environment)
    if log:
        log_to(log)  # nbgrader's, the kernels' and the libraries' routine warnings: not the trainer's report
    # Ctrl-C reaches the whole terminal: the trainer's command stops the workers itself (SIGTERM).
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def stop(signum, _frame):  # stopped by the command: stop (and reap) the fork server and its kernels first
        stop_server_now()
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    exit_with_parent(lambda: _remove_private_course(Path(folder)))
    os.chdir(folder)
    root = Path(folder)
    api = _make_api(root, overrides, f"sqlite:///{root / 'gradebook.db'}", fork_kernels)
    mine = root / api.coursedir.submitted_directory
    try:
        while (task := tasks.get()) is not None:
            chapter, student = task
            try:
                target = mine / student / chapter
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(Path(submitted) / student / chapter, target)
                result = _grade_one(api, chapter, student)
            except Exception as error:  # keep the worker alive for the rest of the cohort
                result = GradeResult(student, False, reason=f"{type(error).__name__}: {error}", chapter=chapter)
            result.worker = folder
            results.put(result)
    finally:
        stop_server()


def _grade_in_workers(course: Course, todo: list[tuple[str, str]], workers: int, report,
                      fork_kernels: bool) -> list[GradeResult]:
    """Grade in worker processes; each result is stored as it arrives, so a stopped run keeps what is done."""
    context = worker_context()
    tasks, outcomes = context.Queue(), context.Queue()
    for pair in todo:
        tasks.put(pair)
    chapters = sorted({chapter for chapter, _student in todo})
    scratch = Path(tempfile.mkdtemp(prefix="academy-grading-"))
    processes = []
    try:
        folders = [scratch / f"worker-{number + 1}" for number in range(workers)]
        for folder in folders:  # all before any starts: no worker gets a head start on the others
            _prepare_worker(course, chapters, folder)
            tasks.put(None)  # one stop sign per worker
        for folder in folders:
            process = context.Process(
                target=_worker_main, daemon=True,
                args=(str(folder), course.overrides, str(course.folder("submitted")), tasks, outcomes, fork_kernels,
                      str(course.log_file), dict(os.environ)))
            processes.append(process)  # before start: a stop during start still finds (and reaps) it
            process.start()
        results = []
        with course.gradebook() as gradebook:
            while len(results) < len(todo):
                try:
                    result = outcomes.get(timeout=5)
                except queue.Empty:
                    if not any(p.is_alive() for p in processes):
                        break  # every worker died: report the rest below
                    continue
                with whole():  # what the trainer sees as done is in the gradebook
                    store_result(course, gradebook, result)
                    results.append(result)
                    report(len(results), len(todo), result)
        for process in processes:
            process.join(timeout=30)
        graded = {(r.chapter, r.student) for r in results}
        for chapter, student in todo:
            if (chapter, student) not in graded:
                results.append(GradeResult(student, False, reason="the grading worker stopped unexpectedly",
                                           chapter=chapter))
                report(len(results), len(todo), results[-1])
        return results
    finally:  # also when the command is stopped (stopping.py)
        stop_workers(processes)
        stop_fork_server()
        shutil.rmtree(scratch, ignore_errors=True)  # the copies hold trainees' work


def stop_workers(processes: list) -> None:
    """Stop the workers and wait for each (no zombie): each stops its fork server and kernels first."""
    started = [process for process in processes if process.pid is not None]
    for process in started:
        if process.is_alive():
            process.terminate()
    for process in started:
        process.join(timeout=30)  # no worker writes in the scratch folder while it is removed
        if process.is_alive():
            process.kill()
            process.join()


def store_result(course: Course, gradebook, result: GradeResult) -> None:
    """Write one worker's grades into the real gradebook, then move its autograded notebooks into place.

    The folder appears (by a rename) only once the grades are committed: an autograded folder always
    has its grades, so a run stopped at any moment is continued correctly by the next one."""
    if result.record is not None:
        write_record(gradebook, result.chapter, result.student, result.record)
    if not result.worker:
        return
    target = course.folder("autograded") / result.student / result.chapter
    made = Path(result.worker) / course.coursedir.autograded_directory / result.student / result.chapter
    shutil.rmtree(target, ignore_errors=True)  # nbgrader --force does the same
    if made.exists():
        incoming = target.with_name(f".{target.name}.incoming")
        shutil.rmtree(incoming, ignore_errors=True)
        shutil.copytree(made, incoming)
        incoming.rename(target)


# -- what the trainer should know -----------------------------------------------------------------

ERROR_LINE = re.compile(r"^\s*([A-Za-z_][\w.]*(Error|Exception|Interrupt))\b:?\s*(.*)$")
LOG_ERROR = re.compile(r"^\s*\[(?:\w+ \| )?ERROR\]\s*")  # nbgrader's log: "[ERROR] ..." or "[AutogradeApp | ERROR] ..."
# nbgrader's lines around every failure that say nothing about this one.
GENERIC = ("Please see the the above traceback", "Please see the error log", "There was an error processing assignment",
           "Traceback (most recent call last)")


def failure_reason(text: str) -> str:
    """The one line of nbgrader's output that says why grading failed.

    The last specific error: an exception line (``NotJSONError: ...``) or one
    of nbgrader's ``[ERROR]`` log lines ("No notebooks found", "No student with
    ID ...", a dead kernel), not the generic lines nbgrader adds to every failure.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    specific = [line for line in lines if not any(generic in line for generic in GENERIC)]
    errors = [line for line in specific if ERROR_LINE.match(line) or LOG_ERROR.match(line)]
    reason = (errors or specific or lines or ["unknown error"])[-1]
    reason = LOG_ERROR.sub("", reason)
    reason = re.sub(r"^[\w.]*NbGraderException:\s*", "", reason)  # nbgrader's own message needs no class name
    return reason if len(reason) <= 200 else reason[:197] + "..."


def _grade_notes(record: dict) -> list[str]:
    notes = []
    for notebook in record["notebooks"]:
        answers = set(notebook.get("answers", []))
        for name, kind, auto_score, _manual in notebook["grades"]:
            if kind == "code" and auto_score is None and name not in answers:  # a test cell nbgrader did not run
                notes.append(f"test cell {name!r} not found in {notebook['name']} (deleted?): grade it by hand")
        if notebook["late_submission_penalty"]:
            notes.append(f"late penalty {notebook['late_submission_penalty']:g} on {notebook['name']}")
    return notes


def timeout_notes(autograded: Path) -> list[str]:
    """Cells that nbgrader stopped (the time limit of an endless loop, a dead kernel)."""
    notes = []
    for path in sorted(autograded.glob("*.ipynb")):
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception:
            continue
        for index, cell in enumerate(nb.cells):
            names = {o.get("ename") for o in cell.get("outputs", []) if o.get("output_type") == "error"}
            if names & TIMED_OUT:
                label = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") or f"cell {index + 1}"
                notes.append(f"{path.name}: {label} was stopped ({', '.join(sorted(names & TIMED_OUT))}; "
                             "an endless loop?)")
    return notes


def submission_notes(course: Course, chapter: str, student: str) -> list[str]:
    """Expected notebooks that are missing, and notebooks nbgrader will not grade (renamed ones)."""
    folder = course.submission_folder(student, chapter)
    expected = set(course.notebook_names(chapter))
    found = {p.name for p in folder.glob("*.ipynb")}
    notes = []
    missing, extra = sorted(expected - found), sorted(found - expected)
    for name in missing:
        hint = f"; found {', '.join(map(repr, extra))}: rename it to {name} and grade again" if extra else ""
        notes.append(f"{name} missing (scored 0){hint}")
    if extra and not missing:
        notes.append(f"not graded (not part of the chapter): {', '.join(map(repr, extra))}")
    return notes


def cell_notes(course: Course, chapter: str, student: str, record: dict | None) -> list[str]:
    """Read-only cells (the tests) the trainee edited or deleted, against the released notebooks.

    nbgrader's checksums put an edited test back before grading, and a deleted
    one is put back too (``OverwriteCells.add_missing_cells``); nbgrader only
    logs it, among a "changed checksum" for every cell with hidden tests. The
    trainer should know: the trainee may have tried to pass a test.
    """
    from nbgrader.utils import compute_checksum, is_grade, is_locked

    scores = {(notebook["name"], name): auto_score for notebook in (record or {}).get("notebooks", [])
              for name, _kind, auto_score, _manual in notebook["grades"]}
    notes = []
    for name in course.notebook_names(chapter):
        try:
            released = nbformat.read(course.folder("release") / chapter / name, as_version=4)
            submitted = nbformat.read(course.submission_folder(student, chapter) / name, as_version=4)
        except Exception:  # not released here, or a missing or broken submission (reported elsewhere)
            continue
        handed_in = {c.metadata.nbgrader["grade_id"]: c for c in submitted.cells
                     if c.get("metadata", {}).get("nbgrader", {}).get("grade_id")}
        for cell in released.cells:
            if not is_locked(cell) or "grade_id" not in cell.metadata.get("nbgrader", {}):
                continue
            grade_id = cell.metadata.nbgrader["grade_id"]
            kind = "test cell" if is_grade(cell) else "read-only cell"
            if grade_id not in handed_in:
                if scores.get((Path(name).stem, grade_id)) is not None:
                    notes.append(f"{kind} {grade_id!r} was deleted; nbgrader put it back and graded it")
            elif _checksum(handed_in[grade_id]) != compute_checksum(cell):
                notes.append(f"{kind} {grade_id!r} was edited; nbgrader restored the original")
    return notes


def _checksum(cell) -> str | None:
    """nbgrader's checksum of a handed-in cell; None when its metadata is too damaged to compute one."""
    from nbgrader.utils import compute_checksum

    try:
        return compute_checksum(cell)
    except (KeyError, TypeError, ValueError):
        return None
