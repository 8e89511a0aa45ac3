"""The trainer's command line: ``python -m academy_trainer <command> ...``.

Each command is a short sequence of nbgrader's own commands or API calls.
Messages are English: trainers run this, trainees never see it.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
import traceback
from pathlib import Path

from academy_trainer.class_results import MIN_GROUP
from academy_trainer.course import Course, TrainerError, tool_env, warnings_to_log
from academy_trainer.stopping import Stopped, stoppable

DESCRIPTION = """\
Run a cohort of the course with nbgrader, from the course directory (the repository root).

A chapter's way through nbgrader:
  release      source/<chapter> -> notebooks/<chapter> (+ the hub exchange with --exchange)
  collect      hub exchange -> submitted/<trainee>/<chapter>        (trainees on a JupyterHub)
  zip-collect  inbox/<chapter>/*.ipynb|*.zip -> submitted/...       (notebooks sent in by e-mail)
  choose       which file counts, when a trainee sent several at the same time
  autograde    submitted -> autograded + gradebook.db, in parallel
  feedback     autograded -> feedback/<trainee>/<chapter>/*.html, hidden tests removed, in parallel
  export       gradebook.db -> grades.csv
  summary      who submitted, who is missing, scores, answers waiting for manual grading
  class-results  the class's answers for the group discussion (chapters 5, 6, 9)
  class-live   the same answers live during the session: trainees share, you watch a page

Typical run:  release 01-databasespel --exchange;  collect 01-databasespel;
autograde 01-databasespel;  summary 01-databasespel;  (grade reflections in formgrader);
feedback 01-databasespel --exchange;  export.
"""


def _chapters(course: Course, chapter: str | None) -> list[str]:
    return [course.check_chapter(chapter)] if chapter else course.chapters()


def cmd_release(course: Course, args) -> None:
    for chapter in _chapters(course, args.chapter):
        if args.duedate:
            course.nbgrader("db", "assignment", "add", chapter, f"--duedate={args.duedate}", quiet=True)
        print(f"{chapter}: nbgrader generate_assignment", flush=True)
        course.nbgrader("generate_assignment", chapter, "--force", quiet=True)
        if args.exchange:
            print(f"{chapter}: nbgrader release_assignment (to the exchange)", flush=True)
            course.nbgrader("release_assignment", chapter, "--force", quiet=True)


def cmd_collect(course: Course, args) -> None:
    chapter = course.check_chapter(args.chapter)

    def timestamps() -> dict:
        return {s: course.coursedir.get_existing_timestamp(str(course.submission_folder(s, chapter)))
                for s in course.students_with(chapter)}

    before = timestamps()
    course.nbgrader("collect", chapter, "--update", quiet=True)
    after = timestamps()
    new = [s for s in after if s not in before]
    updated = [s for s in after if s in before and after[s] != before[s]]
    print(f"{chapter}: {len(after)} submissions in {course.folder('submitted')}; "
          f"{_counted(new, 'new')}, {_counted(updated, 'updated (a newer submission replaced the older one)')}")


def _counted(students: list[str], what: str) -> str:
    return f"{len(students)} {what}" + (f": {', '.join(students)}" if students else "")


def cmd_zip_collect(course: Course, args) -> int:
    from academy_trainer.inbox import inbox_folder, zip_collect

    chapter = course.check_chapter(args.chapter)
    placements = zip_collect(course, chapter, args.inbox, args.roster, args.received)
    placed = [p for p in placements if p.placed]
    kept = [p for p in placements if p.kind in ("older", "filed")]
    choose = [p for p in placements if p.kind == "choose"]
    refused = [p for p in placements if not p.placed and p not in kept and p not in choose]
    print(f"{chapter}: {len(placements)} files in {args.inbox or inbox_folder(course, chapter)}; "
          f"{len(placed)} placed, {len(kept)} older or filed before, {len(choose)} waiting for your choice, "
          f"{len(refused)} not placed")
    for p in placed:
        notes = [f"received {p.received} UTC" if p.received else "no time of receipt: never counted late"]
        if p.note:
            notes.append(p.note)
        print(f"  placed      {p.file} -> {p.student}/{chapter}/{p.notebook}  ({'; '.join(notes)})")
    for p in kept:
        print(f"  kept        {p.file}: {p.reason}")
    for p in choose:
        print(f"  CHOOSE      {p.file}: {p.reason}")
    for p in refused:
        print(f"  NOT PLACED  {p.file}: {p.reason}")
    return 1 if refused or choose else 0


def cmd_choose(course: Course, args) -> int:
    from academy_trainer.inbox import choose

    chapter = course.check_chapter(args.chapter)
    choose(course, chapter, args.trainee, args.file)
    print(f"{chapter}: {args.trainee}: you chose {args.file}; filing the inbox again")
    return cmd_zip_collect(course, args)


# What a chapter needs for a step, and the step that makes it.
NEEDED = {"submitted": ("submissions", "collect them first"), "autograded": ("autograded work", "autograde first")}


def _chapters_given(course: Course, given: list[str], kind: str = "submitted") -> list[str]:
    """The chapters named, or (none named) every chapter with work in the ``kind`` folder."""
    if given:
        return [course.check_chapter(chapter) for chapter in given]
    chapters = [chapter for chapter in course.chapters() if course.students_with(chapter, kind)]
    if not chapters:
        what, step = NEEDED[kind]
        raise TrainerError(f"no {what} in {course.folder(kind)} for any chapter: {step}")
    return chapters


def cmd_autograde(course: Course, args) -> int:
    from academy_trainer.grading import autograde_chapters, default_workers

    chapters = _chapters_given(course, args.chapter)
    students = args.student or None
    if students and not args.chapter:  # every chapter: each trainee named with the chapters they handed in
        handed_in = {chapter: set(course.students_with(chapter)) for chapter in chapters}
        nowhere = [s for s in students if not any(s in who for who in handed_in.values())]
        if nowhere:
            raise TrainerError(f"no submission of {', '.join(nowhere)} in {course.folder('submitted')} for any "
                               "chapter: check the name, or collect first")
        chapters = [chapter for chapter in chapters if handed_in[chapter] & set(students)]
    workers = args.workers or default_workers()
    with course.log_file.open("a", encoding="utf-8") as log:
        log.write(f"== {time.strftime('%Y-%m-%d %H:%M:%S')} autograde {' '.join(chapters)}\n")
    print(f"{', '.join(chapters)}: autograding with up to {workers} workers", flush=True)
    start = time.perf_counter()
    several = len(chapters) > 1

    def progress(done, total, result):
        if result.success:
            score = f"{result.score:g}/{result.max_score:g}" if result.score is not None else "-"
            status = f"{score:>9}"
        else:
            status = f"   FAILED  {result.reason}"
        who = f"{result.chapter} {result.student}" if several else result.student
        print(f"[{done:>{len(str(total))}}/{total}] {who:<20} {status}  ({result.seconds:.2f} s)", flush=True)

    results = autograde_chapters(course, chapters, students=students, workers=workers, force=args.force,
                                 progress=progress, fork_kernels=not args.plain_kernels,
                                 only_submitted=not args.chapter)
    took = time.perf_counter() - start
    for chapter in chapters:
        mine = [r for r in results if r.chapter == chapter]
        print(f"{chapter}: {_autograde_count(mine)}" + (f" in {took:.0f} s" if not several else ""))
        for result in mine:
            label = "BROKEN" if result.broken else "FAILED"
            for note in ([f"{label}: {result.reason}"] if not result.success else []) + result.notes:
                print(f"  {result.student}: {note}")
    if several:
        print(f"{len(chapters)} chapters: {_autograde_count(results)} in {took:.0f} s")
    if any(r.broken for r in results):
        print("A broken file is not graded and scores nothing: the summary and the export say 'broken', "
              "not 0. Once the trainee sent it again, put it in place and run autograde again.")
    print(f"Routine messages of nbgrader and the kernels: {course.log_file}")
    return 1 if any(not r.success for r in results) else 0


def _autograde_count(results: list) -> str:
    """The final count of an autograde run: graded, skipped, broken, failed."""
    counts = [(len([r for r in results if r.success and not r.kept]), "graded"),
              (len([r for r in results if r.kept]), "graded before (kept)"),
              (len([r for r in results if r.broken]), "broken (not graded)"),
              (len([r for r in results if not r.success and not r.broken]), "could not be graded")]
    return f"{len(results)} submissions; " + ", ".join(f"{n} {what}" for n, what in counts if n or what == "graded")


def cmd_feedback(course: Course, args) -> int:
    from academy_trainer.feedback import generate_feedback_chapters
    from academy_trainer.grading import default_workers

    chapters = _chapters_given(course, args.chapter, kind="autograded")
    failures = generate_feedback_chapters(course, chapters, args.workers or default_workers())
    for chapter in chapters:
        failed = failures[chapter]
        count = len(list(course.folder("feedback").glob(f"*/{chapter}/*.html")))
        print(f"{chapter}: {count} feedback files in {course.folder('feedback')} (hidden tests removed)")
        for student, reason in failed.items():
            print(f"  {student}: FAILED: {reason}")
        if args.exchange:
            released = [s for s in course.students_with(chapter, "autograded") if s not in failed]
            if released:
                # Only this run's feedback: an older file of a trainee whose feedback failed now stays here.
                exclude = [f"--CourseDirectory.student_id_exclude={','.join(failed)}"] if failed else []
                course.nbgrader("release_feedback", chapter, *exclude, quiet=True)
            print(f"{chapter}: feedback released to the exchange for {_counted(released, 'trainees')} "
                  "(they run nbgrader fetch_feedback)")
            if failed:
                print(f"{chapter}: feedback NOT released for {', '.join(failed)}: it could not be generated "
                      "(reasons above); fix that and run feedback again")
    return 1 if any(failures.values()) else 0


def cmd_export(course: Course, args) -> None:
    from academy_trainer.summary import add_status

    target = Path(args.to).resolve()
    course.nbgrader("export", f"--to={target}", quiet=True)
    counts = add_status(course, target)
    print(f"grades of every trainee and chapter in {target}; column status: "
          + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
    if set(counts) - {"graded"}:
        print("  only 'graded' rows have a score: 'missing' (nothing handed in), 'broken' (a file that cannot be "
              "graded), 'choose', 'not graded' have none; the problem column says why")


def cmd_summary(course: Course, args) -> None:
    from academy_trainer.summary import format_summary, summarise

    chapters = [c for c in _chapters(course, args.chapter) if args.chapter or course.students_with(c)]
    if not chapters:
        print(f"No submissions yet in {course.folder('submitted')}, for any chapter: collect them first "
              "(collect, or zip-collect for notebooks sent by e-mail).")
    for chapter in chapters:
        print(format_summary(summarise(course, chapter, args.roster)))
        print()


def cmd_students(course: Course, args) -> None:
    course.nbgrader("db", "student", "import", str(Path(args.csv).resolve()), quiet=True)
    print(f"imported the students of {args.csv} into the gradebook")


def cmd_class_results(course: Course, args) -> None:
    from academy_trainer.class_results import class_results, format_sections

    print(format_sections(class_results(course, Path(args.output), names=args.names)))


def cmd_class_live(course: Course, args) -> int:
    from academy_trainer.live import serve

    return serve(args, course.root)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m academy_trainer", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--course-dir", default=".", help="the course directory (default: here)")
    parser.add_argument("--exchange-root", help="the hub exchange folder (default: nbgrader's, /srv/nbgrader/exchange)")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an unexpected error")
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")

    def command(name, function, help_text):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(run=function)
        return sub

    sub = command("release", cmd_release, "Generate the trainee notebooks of every chapter (or one) with "
                  "nbgrader generate_assignment; with --exchange also release them to the hub exchange.")
    sub.add_argument("chapter", nargs="?", help="one chapter, e.g. 01-databasespel (default: all)")
    sub.add_argument("--exchange", action="store_true", help="also run nbgrader release_assignment")
    sub.add_argument("--duedate", help="due date, e.g. '2025-06-01 17:00:00 Europe/Amsterdam'")

    sub = command("collect", cmd_collect, "Collect the submissions of a chapter from the hub exchange "
                  "(nbgrader collect --update: a newer submission replaces an older one).")
    sub.add_argument("chapter")

    sub = command("zip-collect", cmd_zip_collect, "File notebooks (or zips of them) dropped in inbox/<chapter>/ "
                  "as submissions (nbgrader zip_collect). Names like <trainee>_<chapter>.ipynb, "
                  "<chapter>-<trainee>.ipynb or <trainee>/<notebook>.ipynb; only ids on the student list "
                  "(students.csv or the gradebook's students) are used. Of several files of one trainee the "
                  "one received last is filed (a newer one replaces the submission, which is kept in "
                  "inbox/.replaced/); with equal or unknown times none is, until you run `choose`. Every file "
                  "not placed is listed with the reason.")
    sub.add_argument("chapter")
    sub.add_argument("--inbox", type=Path, help="folder with the files (default: inbox/<chapter>)")
    sub.add_argument("--roster", type=Path, help="CSV with an id column, instead of students.csv (the gradebook's "
                     "students count too); a file is placed only under an id on the list")
    sub.add_argument("--received", help="when the files arrived, e.g. '2025-06-02 09:00:00 Europe/Amsterdam' "
                     "(default: each file's modification time); a time after the due date counts as late")

    sub = command("choose", cmd_choose, "Choose which of a trainee's files is their submission, when zip-collect "
                  "found several with the same (or an unknown) time of receipt and filed none. Then files the "
                  "inbox again. Every file stays in the inbox; a replaced submission is kept in inbox/.replaced/.")
    sub.add_argument("chapter")
    sub.add_argument("trainee")
    sub.add_argument("file", help="the file as zip-collect lists it (e.g. mail/anna/databasespel.ipynb), or "
                     "'submitted' to keep the submission already filed")
    sub.add_argument("--inbox", type=Path, help="folder with the files (default: inbox/<chapter>)")
    sub.add_argument("--roster", type=Path, help="CSV with an id column, instead of students.csv")
    sub.add_argument("--received", help="as for zip-collect")

    sub = command("autograde", cmd_autograde, "Autograde a chapter (or several, or all) for every trainee who "
                  "submitted, in parallel worker processes that each grade in a private copy of the course; the "
                  "results are written to the gradebook by one writer. Shows progress and a report.")
    sub.add_argument("chapter", nargs="*", help="chapters, e.g. 01-databasespel (default: every chapter with "
                     "submissions; several in one run share the workers' start-up)")
    sub.add_argument("--workers", type=int, help="parallel workers (default: the number of CPU cores)")
    sub.add_argument("--student", action="append", help="only this trainee (repeat for more); without a chapter: "
                     "in every chapter this trainee handed in")
    sub.add_argument("--force", action="store_true", help="grade again what was already autograded")
    sub.add_argument("--plain-kernels", action="store_true", help="start every kernel as plain nbgrader does "
                     "(slower: each re-imports pandas, matplotlib ...) instead of forking it from a server that "
                     "imported them once")

    sub = command("feedback", cmd_feedback, "Generate feedback (HTML) for a chapter (or several, or all) with "
                  "nbgrader's generate_feedback, trainees shared over parallel processes; hidden tests are removed "
                  "(nbgrader_config.py).")
    sub.add_argument("chapter", nargs="*", help="chapters (default: every chapter with autograded work)")
    sub.add_argument("--workers", type=int, help="parallel processes (default: the number of CPU cores)")
    sub.add_argument("--exchange", action="store_true", help="also release the feedback to the hub exchange")

    sub = command("export", cmd_export, "Export every grade to a CSV file with nbgrader export.")
    sub.add_argument("--to", default="grades.csv", help="the CSV file (default: grades.csv)")

    sub = command("summary", cmd_summary, "Per chapter: who submitted, who is missing (against the gradebook's "
                  "students and students.csv), scores, lateness, answers waiting for manual grading.")
    sub.add_argument("chapter", nargs="?", help="one chapter (default: every chapter with submissions)")
    sub.add_argument("--roster", type=Path, help="CSV with an id column (default: students.csv if present)")

    sub = command("students", cmd_students, "Import the student list (CSV: id, first_name, last_name, "
                  "email) into the gradebook with nbgrader db student import.")
    sub.add_argument("csv")

    sub = command("class-results", cmd_class_results, "Show the class's answers for the discussion: Linda's F "
                  "above D next to Tversky & Kahneman (ch. 6), the data-dialogue poll (ch. 5), the average "
                  "data-maturity radar (ch. 9). Text here, PNG figures in --output. No names on screen.")
    sub.add_argument("--output", default="_build/class-results", help="folder for the figures")
    sub.add_argument("--names", action="store_true", help="show trainee ids instead of 'cursist n'")

    sub = command("class-live", cmd_class_live, "Show the class's answers live during the session: trainees press "
                  "'Deel met de groep' in the Linda ranking, the poll and the maturity scan; your page (its address "
                  "is printed here only) counts them without names. Answers are kept on disk as they arrive.")
    sub.add_argument("--host", default="0.0.0.0", help="address to listen on (default: every network of this "
                     "machine, so the room can reach it; 127.0.0.1 for this machine only)")
    sub.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    sub.add_argument("--data-dir", help="where sessions are kept (default: class-live/ in the course directory)")
    sub.add_argument("--min-group", type=int, default=MIN_GROUP, help="answers to a question before anything per "
                     f"answer is shown (default {MIN_GROUP})")
    sub.add_argument("--new", action="store_true", help="start a new session even when one is still open")
    sub.add_argument("--close", action="store_true", help="with the server stopped (e.g. after a crash): close the "
                     "open session and write its export (resultaten.csv, resultaten.md) next to its answers")
    sub.add_argument("--hub", action="store_true", help="run as the hub's JupyterHub service "
                     "(hub/jupyterhub_config.py starts it)")
    sub.add_argument("--trainers-group", default="docenten", help="with --hub: the Linux group whose members may "
                     "open the page")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # nbgrader's gradebook runs `alembic` by name, in this process too: this Python's bin first on PATH,
    # also when the trainer runs .venv/bin/python without activating the venv.
    os.environ["PATH"] = tool_env()["PATH"]
    # Ctrl-C, `kill` or a closed terminal: the clean-up runs (autograde's scratch copies of trainees'
    # work in the temporary folder are removed, its workers stopped); finished grades stay.
    try:
        overrides = {"Exchange": {"root": str(Path(args.exchange_root).resolve())}} if args.exchange_root else {}
        course = Course(Path(args.course_dir), overrides)
        with stoppable(), warnings_to_log(course):
            return args.run(course, args) or 0
    except TrainerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Stopped as stop:
        try:  # after a closed terminal there is nobody to tell
            print(f"stopped ({signal.Signals(stop.signum).name}). What was finished is kept (autograde: every "
                  "trainee graded so far); run the same command again to do the rest.", file=sys.stderr, flush=True)
        except OSError:
            pass
        return stop.code
    except Exception as error:  # a bug or a broken course file: one line, the traceback on request
        if args.debug:
            traceback.print_exc()
        else:
            message = str(error).strip().splitlines()
            print(f"error: {args.command} stopped unexpectedly: {type(error).__name__}: "
                  f"{message[0] if message else ''} (run with --debug to see the traceback)", file=sys.stderr)
        return 3
