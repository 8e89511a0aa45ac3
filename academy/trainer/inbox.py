"""Filing downloaded notebooks as submissions, with nbgrader's ``zip_collect``.

Trainees without a hub download their notebook and send it in. The trainer
drops the files (or zips of them) into ``inbox/<chapter>/`` and runs
``python -m academy.trainer zip-collect <chapter>``. nbgrader's zip_collect
unpacks them and asks a collector plugin whose file each one is; the plugin
here (``InboxCollector``) reads the trainee from the file name:

- ``<trainee>_<chapter>.ipynb`` or ``<chapter>-<trainee>.ipynb`` (``_``, ``-``,
  a space or a dot between), where ``<chapter>`` may also be the notebook's
  name (``anna_databasespel.ipynb``);
- ``<trainee>/<any name>.ipynb``: a folder per trainee (a zip ``anna.zip`` too), also with
  folders inside it (``anna/Downloads/databasespel.ipynb``).

Only ids on the student list count (the gradebook's students and
``students.csv``): without a list the command stops, because a name like
``databasespel_anna_final.ipynb`` or a folder ``mail/`` would otherwise become
a trainee "anna_final" or "mail". The extension may be in capitals
(``.IPYNB``). A renamed notebook ("Kopie van databasespel (1).ipynb") is filed
under the chapter's notebook name when the chapter has one notebook. Every
file the plugin does not place is reported by name with the reason: not a
notebook, no trainee in the name, a trainee not on the student list, a second
file for the same notebook, or a trainee who already has a submission (that
one is kept; nothing is ever overwritten).

Each submission gets a timestamp, so the summary shows a late one: the time
the trainer gives with ``--received``, or else the modification time of the
file (or zip) in the inbox, which is when it was saved from the e-mail.
"""

from __future__ import annotations

import glob
import json
import re
import shutil
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from nbgrader.plugins import FileNameCollectorPlugin
from traitlets import Unicode

from academy.trainer.course import Course, TrainerError

INBOX = "inbox"
EXTRACTED = ".extracted"  # nbgrader unpacks here: inbox/.extracted/<chapter>
SEPARATORS = "-_. "
STUDENT_ID = re.compile(r"^[\w.@-]+$")  # nbgrader forbids '+' and '*'; no spaces or slashes either
COPY_MARKS = [re.compile(p, re.I) for p in (r"\s*\(\d+\)$", r"[\s_-]*-?\s*(kopie|copy)$", r"^(kopie van|copy of)\s+")]
SYSTEM_FILES = re.compile(r"(^|/)(__MACOSX|\.DS_Store|\.ipynb_checkpoints|Thumbs\.db)(/|$)|(^|/)\._")


@dataclass
class Placement:
    """Where one file from the inbox goes, or why it goes nowhere."""

    file: str  # path inside the inbox (after unpacking)
    student: str = ""
    notebook: str = ""
    note: str = ""  # e.g. a renamed notebook that was filed under its proper name
    reason: str = ""  # why the file was not placed (empty when placed)
    received: str = ""  # the submission's timestamp (UTC, ISO format), when known

    @property
    def placed(self) -> bool:
        return not self.reason


def chapter_tokens(chapter: str, notebooks: list[str]) -> list[str]:
    """The names a file may carry for the chapter: '01-databasespel', 'databasespel', notebook names."""
    tokens = {chapter.lower(), re.sub(r"^\d+[-_ ]*", "", chapter).lower()}
    tokens |= {Path(n).stem.lower() for n in notebooks}
    return sorted((t for t in tokens if t), key=len, reverse=True)


def _strip_copy_marks(stem: str) -> tuple[str, bool]:
    original = stem
    for mark in COPY_MARKS:
        stem = mark.sub("", stem)
    return stem.strip(), stem.strip() != original


def match_file(path: str, chapter: str, notebooks: list[str], students: list[str]) -> Placement:
    """Read the trainee and the notebook from a file's path (relative, '/' separated).

    ``students`` is the student list: a trainee must be on it (matched without
    regard to case, returned in the list's spelling).
    """
    placement = Placement(path)
    parts = PurePosixPath(path)
    if SYSTEM_FILES.search(path):
        placement.reason = "a system file, not a submission"
        return placement
    if parts.suffix.lower() != ".ipynb":
        placement.reason = f"not a notebook ({parts.suffix or 'no extension'})"
        return placement
    stem, copied = _strip_copy_marks(parts.stem)
    tokens = chapter_tokens(chapter, notebooks)
    stems = {Path(n).stem.lower(): n for n in notebooks}
    student, token = _student_from_name(stem, tokens)
    folders = [f for f in parts.parent.parts if f.lower() not in tokens]
    if student is None and folders:
        # A folder per trainee: the innermost one on the student list (anna.zip may hold Downloads/).
        listed = {s.lower() for s in students}
        student = ([f for f in folders if f.lower() in listed] or folders)[-1]
        token = stem.lower() if stem.lower() in tokens else None
    if not student:
        placement.reason = (f"no trainee in the name: call it <trainee>_{chapter}.ipynb "
                            "or put it in a folder named after the trainee")
        return placement
    if token in stems:
        placement.notebook = stems[token]
    elif len(notebooks) == 1:
        placement.notebook = notebooks[0]
        if token is None:
            placement.note = f"renamed notebook filed as {notebooks[0]}"
    else:
        placement.reason = (f"the chapter has several notebooks ({', '.join(notebooks)}); "
                            "the name does not say which one this is")
        return placement
    if copied and not placement.note:
        placement.note = f"copy of {placement.notebook} (a '(1)' or 'kopie' in the name)"
    return _check_student(placement, student, students)


def _student_from_name(stem: str, tokens: list[str]) -> tuple[str | None, str | None]:
    lower = stem.lower()
    for token in tokens:
        if lower == token:
            return None, token
        for sep in SEPARATORS:
            if lower.startswith(token + sep):
                return stem[len(token) + 1:].strip(SEPARATORS), token
            if lower.endswith(sep + token):
                return stem[:-len(token) - 1].strip(SEPARATORS), token
    return None, None


def _check_student(placement: Placement, student: str, students: list[str]) -> Placement:
    if not STUDENT_ID.match(student):
        placement.reason = (f"{student!r} is not a valid student id (letters, digits, '.', '_', '-', '@'); "
                            "rename the file")
        return placement
    known = {s.lower(): s for s in students}
    if student.lower() not in known:
        placement.reason = (f"{student!r} is not on the student list: rename the file to <trainee>_<chapter>.ipynb "
                            "or put it in a folder named after the trainee")
        return placement
    placement.student = known[student.lower()]
    return placement


def source_file(inbox: Path, relative: str) -> Path | None:
    """The file in the inbox that an unpacked file came from: the file itself, or the zip it was in.

    nbgrader unpacks ``inbox/mail.zip`` into a folder ``mail/`` of its extracted folder.
    """
    parts = PurePosixPath(relative).parts
    if inbox.joinpath(*parts).is_file():
        return inbox.joinpath(*parts)
    for depth in range(len(parts) - 1, 0, -1):
        folder = inbox.joinpath(*parts[:depth])
        archives = [p for p in folder.parent.glob(glob.escape(folder.name) + ".*") if p.is_file()]
        if archives:
            return sorted(archives)[0]
    return None


def utc(moment: datetime) -> str:
    """A timestamp as nbgrader stores it: UTC, ISO format."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", timespec="seconds")


class InboxCollector(FileNameCollectorPlugin):
    """nbgrader zip_collect plugin: files a notebook under the trainee its name or folder names."""

    report_file = Unicode("", help="JSON-lines file where every file's placement is written.").tag(config=True)
    roster_file = Unicode("", help="CSV with an id column (default: the course's roster).").tag(config=True)
    received = Unicode("", help="Timestamp (UTC) of every file; default: its modification time in the inbox."
                       ).tag(config=True)

    _state = None

    def _setup(self):
        app = self.parent
        chapter = app.coursedir.assignment_id
        course = Course(app.coursedir.root)
        self._state = {
            "chapter": chapter,
            "course": course,
            "notebooks": course.notebook_names(chapter),
            "students": course.roster(Path(self.roster_file) if self.roster_file else None),
            "extracted": Path(app._format_collect_path(app.extracted_directory)),
            "inbox": Path(app._format_collect_path(app.archive_directory)),
            "taken": {},  # (student, notebook) -> the file placed there in this run
        }

    def collect(self, submitted_file: str):
        if self._state is None:
            self._setup()
        state = self._state
        relative = Path(submitted_file).relative_to(state["extracted"]).as_posix()
        placement = match_file(relative, state["chapter"], state["notebooks"], state["students"])
        if placement.placed:
            key = (placement.student, placement.notebook)
            existing = state["course"].submission_folder(placement.student, state["chapter"])
            if existing.is_dir() and any(existing.iterdir()):
                placement.reason = (f"{placement.student} already has a submission in {existing}: "
                                    "kept that one, this file was not placed")
            elif key in state["taken"]:
                placement.reason = (f"a second file for {placement.student} ({placement.notebook}); "
                                    f"kept {state['taken'][key]}, this one was not placed")
            else:
                state["taken"][key] = relative
                placement.received = self.received or self._modified(state["inbox"], relative)
        if self.report_file:
            with open(self.report_file, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(asdict(placement)) + "\n")
        if not placement.placed:
            return None
        found = {"student_id": placement.student, "file_id": placement.notebook}
        return found | ({"timestamp": placement.received} if placement.received else {})

    @staticmethod
    def _modified(inbox: Path, relative: str) -> str:
        source = source_file(inbox, relative)
        return utc(datetime.fromtimestamp(source.stat().st_mtime, timezone.utc)) if source else ""


def inbox_folder(course: Course, chapter: str) -> Path:
    return course.root / INBOX / chapter


def zip_collect(course: Course, chapter: str, inbox: Path | None = None, roster_file: Path | None = None,
                received: str | None = None) -> list[Placement]:
    """File every notebook and zip in the inbox as a submission; return each file's placement.

    ``received`` (e.g. "2025-06-02 09:00:00 Europe/Amsterdam") is the
    submission time of every file; by default each file's modification time.
    """
    from nbgrader.utils import parse_utc

    course.check_chapter(chapter)
    archive = Path(inbox) if inbox else inbox_folder(course, chapter)
    if not archive.is_dir() or not any(archive.iterdir()):
        raise TrainerError(f"Nothing to collect: put the notebooks or zip files in {archive}/")
    if not course.roster(roster_file):
        raise TrainerError("No student list, so file names cannot be matched to trainees: put students.csv "
                           f"(a column id) in {course.root}, import one with `python -m academy.trainer students "
                           "students.csv`, or pass --roster.")
    if received:
        try:
            received = parse_utc(received).isoformat(" ", timespec="seconds")  # parse_utc gives naive UTC, as utc()
        except (ValueError, OverflowError):
            raise TrainerError(f"--received {received!r} is not a date and time; write it as "
                               "'2025-06-02 09:00:00 Europe/Amsterdam'.") from None
    extracted = course.root / INBOX / EXTRACTED / chapter
    shutil.rmtree(extracted, ignore_errors=True)  # our own scratch folder, remade by nbgrader
    report = course.root / INBOX / EXTRACTED / f"{chapter}.jsonl"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.unlink(missing_ok=True)
    args = [
        "zip_collect", chapter,
        "--ZipCollectApp.collector_plugin=academy.trainer.inbox.InboxCollector",
        "--ZipCollectApp.collect_directory_structure={collect_step}",
        f"--ZipCollectApp.archive_directory={_relative(archive, course.root)}",
        f"--ZipCollectApp.extracted_directory={_relative(extracted, course.root)}",
        f"--InboxCollector.report_file={report}",
    ]
    if roster_file:
        args.append(f"--InboxCollector.roster_file={Path(roster_file).resolve()}")
    if received:
        args.append(f"--InboxCollector.received={received}")
    # Every file nbgrader skips is in our own report, with the reason.
    course.nbgrader(*args, quiet=True, hide=("Skipped submission with no match information", "files collected,"))
    if not report.exists():
        return []
    placements = [Placement(**json.loads(line)) for line in report.read_text(encoding="utf-8").splitlines()]
    for placement in placements:  # trust, but check: nbgrader must have put every placed file in place
        if not placement.placed:
            continue
        target = course.submission_folder(placement.student, chapter) / placement.notebook
        # nbgrader keeps the file's own extension: 'x.IPYNB' arrives as 'databasespel.IPYNB'.
        as_sent = target.with_suffix(PurePosixPath(placement.file).suffix)
        if not target.exists() and as_sent.is_file():
            as_sent.rename(target)
        if not target.exists():
            placement.reason = "nbgrader did not copy this file (see its log)"
    return placements


def _relative(path: Path, root: Path) -> str:
    """nbgrader joins these folders to the course root, so they must be relative to it."""
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        raise TrainerError(f"The inbox {path} must be inside the course directory {root}.") from None
