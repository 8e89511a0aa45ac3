"""Filing downloaded notebooks as submissions, with nbgrader's ``zip_collect``.

Trainees without a hub download their notebook and send it in. The trainer
drops the files (or zips of them) into ``inbox/<chapter>/`` and runs
``python -m academy_trainer zip-collect <chapter>``. nbgrader's zip_collect
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
import zipfile
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from nbgrader.plugins import FileNameCollectorPlugin
from traitlets import Unicode

from academy_trainer.course import Course, TrainerError

INBOX = "inbox"
EXTRACTED = ".extracted"  # nbgrader unpacks here: inbox/.extracted/<chapter>
SEPARATORS = "-_. "
STUDENT_ID = re.compile(r"^[\w.@-]+$")  # nbgrader forbids '+' and '*'; no spaces or slashes either
COPY_MARKS = [re.compile(p, re.I) for p in (r"\s*\(\d+\)$", r"[\s_-]*-?\s*(kopie|copy)$", r"^(kopie van|copy of)\s+")]
KEEP = "submitted"  # `choose CHAPTER TRAINEE submitted`: keep the submission already filed
CHOICES = ".choices"  # inbox/.choices/<chapter>.json: the file the trainer chose per trainee
REPLACED = ".replaced"  # inbox/.replaced/<chapter>/<trainee>/<when>: a submission a newer file replaced
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
    packed: str = ""  # for a file from a zip: the time the zip gives it (orders the files of one zip)
    kind: str = ""  # why not placed: "older", "choose" (the trainer picks one), "filed" (placed before) or ""

    @property
    def placed(self) -> bool:
        return not self.reason

    @property
    def key(self) -> tuple[str, str]:
        return self.received, self.packed

    def newer_than(self, other: Placement) -> bool:
        """Received later; within one time of receipt, packed later in a zip. Unknown is never newer."""
        if not self.received or not other.received or self.received != other.received:
            return bool(self.received and other.received and self.received > other.received)
        return bool(self.packed and other.packed and self.packed > other.packed)


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


def decide(placements: list[Placement], chapter: str, existing: dict[str, tuple[str | None, dict[str, bytes]]],
           contents: dict[str, bytes], chosen: dict[str, str]) -> None:
    """Which file of each trainee is filed: the one received last. Sets ``reason`` and ``kind`` of the rest.

    ``existing``: per trainee with a submission, its timestamp (None: unknown) and notebooks' bytes;
    ``contents``: each candidate file's bytes; ``chosen``: the file the trainer chose per trainee
    (the ``choose`` command). Equal or unknown times: nothing is filed for that trainee until the
    trainer chooses; every file stays in the inbox and is listed."""
    groups: dict[tuple[str, str], list[Placement]] = {}
    for placement in placements:
        if placement.placed:
            groups.setdefault((placement.student, placement.notebook), []).append(placement)
    for (student, notebook), group in groups.items():
        if chosen.get(student) == KEEP:
            for placement in group:
                _refuse(placement, "older", f"you chose to keep {student}'s submission (kept in the inbox)")
            continue
        choice = next((p for p in group if p.file == chosen.get(student)), None)
        newest = [p for p in group if not any(other.newer_than(p) for other in group if other is not p)]
        winner = choice or (newest[0] if len(newest) == 1 else None)
        if winner is None and student in existing:  # a tie that was settled before: that file was filed
            filed = [p for p in newest if contents.get(p.file) == existing[student][1].get(notebook)]
            winner = filed[0] if filed else None
        command = f"`python -m academy_trainer choose {chapter} {student} FILE`"
        for placement in group:
            if winner is None:
                others = ", ".join(p.file for p in group if p is not placement)
                _refuse(placement, "choose", f"{student} sent several files for {notebook} with the same (or an "
                        f"unknown) time of receipt ({others}): nothing filed for {student} until you choose one "
                        f"with {command}")
            elif placement is not winner:
                why = ("not the file you chose" if choice else f"older than {winner.file}"
                       if winner.newer_than(placement) else f"the same time as {winner.file}, filed before")
                _refuse(placement, "older", f"{why}, which was filed for {student} instead (kept in the inbox)")
        if winner is None or student not in existing:
            continue
        timestamp, notebooks = existing[student]
        if notebooks.get(notebook) == contents.get(winner.file):
            _refuse(winner, "filed", f"already filed for {student} (the same file is the submission)")
        elif choice:
            winner.note = "; ".join(filter(None, [winner.note, "chosen by you; it replaces the earlier submission"]))
        elif timestamp is None or not winner.received or winner.received == timestamp:
            _refuse(winner, "choose", f"{student} already has a submission ({_received(timestamp)}) and this file "
                    f"is {_received(winner.received)}: it is unknown which is newer, so nothing is graded for "
                    f"{student} until you choose with {command} (this file, or '{KEEP}' to keep the submission)")
        elif winner.received < timestamp:
            _refuse(winner, "older", f"older than {student}'s submission ({_received(timestamp)}): kept that one")
        else:
            winner.note = "; ".join(filter(None, [winner.note, f"newer than the submission of {timestamp}: "
                                                  "replaces it"]))


def _refuse(placement: Placement, kind: str, reason: str) -> None:
    placement.kind, placement.reason = kind, reason


def _received(timestamp: str | None) -> str:
    return f"received {timestamp} UTC" if timestamp else "without a time of receipt"


class InboxCollector(FileNameCollectorPlugin):
    """nbgrader zip_collect plugin: files a notebook under the trainee its name or folder names.

    It looks at every unpacked file first, so that of several files of one trainee the newest is filed."""

    report_file = Unicode("", help="JSON-lines file where every file's placement is written.").tag(config=True)
    roster_file = Unicode("", help="CSV with an id column (default: the course's roster).").tag(config=True)
    received = Unicode("", help="Timestamp (UTC) of every file; default: its modification time in the inbox."
                       ).tag(config=True)
    choices_file = Unicode("", help="JSON file: the file the trainer chose per trainee (choose command)."
                           ).tag(config=True)
    archive = Unicode("", help="Folder where a replaced submission is kept.").tag(config=True)

    _plan = None

    def _setup(self):
        app = self.parent
        chapter = app.coursedir.assignment_id
        course = Course(app.coursedir.root)
        notebooks = course.notebook_names(chapter)
        students = course.roster(Path(self.roster_file) if self.roster_file else None)
        extracted = Path(app._format_collect_path(app.extracted_directory))
        inbox = Path(app._format_collect_path(app.archive_directory))
        files = sorted(p for p in extracted.rglob("*") if p.is_file())
        placements = [match_file(p.relative_to(extracted).as_posix(), chapter, notebooks, students) for p in files]
        for placement in placements:
            if placement.placed:
                placement.received = self.received or _modified(inbox, placement.file)
                placement.packed = _packed(inbox, placement.file)
        existing = {}
        for student in {p.student for p in placements if p.placed}:
            folder = course.submission_folder(student, chapter)
            if folder.is_dir() and any(folder.iterdir()):
                timestamp = course.coursedir.get_existing_timestamp(str(folder))
                existing[student] = (utc(timestamp.replace(tzinfo=timezone.utc)) if timestamp else None,
                                     {n.name: n.read_bytes() for n in folder.glob("*.ipynb")})
        chosen = json.loads(Path(self.choices_file).read_text()) if self.choices_file and \
            Path(self.choices_file).exists() else {}
        contents = {p.file: (extracted / p.file).read_bytes() for p in placements if p.placed}
        decide(placements, chapter, existing, contents, chosen)
        self._plan = {"course": course, "chapter": chapter, "by_file": {p.file: p for p in placements},
                      "extracted": extracted, "replaced": set()}
        if self.report_file:
            with open(self.report_file, "w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(asdict(p)) + "\n" for p in placements)

    def collect(self, submitted_file: str):
        if self._plan is None:
            self._setup()
        plan = self._plan
        placement = plan["by_file"].get(Path(submitted_file).relative_to(plan["extracted"]).as_posix())
        if placement is None or not placement.placed:
            return None
        self._archive_submission(placement.student)
        found = {"student_id": placement.student, "file_id": placement.notebook}
        return found | ({"timestamp": placement.received} if placement.received else {})

    def _archive_submission(self, student: str) -> None:
        """A newer (or chosen) file replaces a submission: keep the old one, and its grading is out of date."""
        course, chapter = self._plan["course"], self._plan["chapter"]
        folder = course.submission_folder(student, chapter)
        if student in self._plan["replaced"] or not folder.is_dir() or not any(folder.iterdir()):
            return
        self._plan["replaced"].add(student)
        kept = Path(self.archive) / student / datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(folder), str(kept))
        shutil.rmtree(course.folder("autograded") / student / chapter, ignore_errors=True)


def _modified(inbox: Path, relative: str) -> str:
    source = source_file(inbox, relative)
    return utc(datetime.fromtimestamp(source.stat().st_mtime, timezone.utc)) if source else ""


def _packed(inbox: Path, relative: str) -> str:
    """The time a zip gives a file in it (its own clock, no time zone): orders the files of one zip."""
    source = source_file(inbox, relative)
    if source is None or not zipfile.is_zipfile(source):
        return ""
    member = PurePosixPath(relative).relative_to(source.relative_to(inbox).with_suffix("").as_posix()).as_posix()
    try:
        with zipfile.ZipFile(source) as archive:
            return "%04d-%02d-%02d %02d:%02d:%02d" % archive.getinfo(member).date_time
    except (KeyError, zipfile.BadZipFile):
        return ""


def inbox_folder(course: Course, chapter: str) -> Path:
    return course.root / INBOX / chapter


def report_path(course: Course, chapter: str) -> Path:
    return course.root / INBOX / EXTRACTED / f"{chapter}.jsonl"


def last_report(course: Course, chapter: str) -> list[Placement]:
    """Every file's placement in the last zip-collect of ``chapter`` (empty before the first)."""
    report = report_path(course, chapter)
    if not report.exists():
        return []
    return [Placement(**json.loads(line)) for line in report.read_text(encoding="utf-8").splitlines()]


def undecided(course: Course, chapter: str) -> dict[str, list[str]]:
    """Trainees for whom nothing is graded until the trainer chooses a file, with the files to choose from."""
    waiting: dict[str, list[str]] = {}
    for placement in last_report(course, chapter):
        if placement.kind == "choose":
            waiting.setdefault(placement.student, []).append(placement.file)
    return waiting


def choose(course: Course, chapter: str, student: str, file: str) -> None:
    """Remember the trainer's choice of ``file`` (as the report names it, or ``KEEP``) for ``student``."""
    listed = sorted(p.file for p in last_report(course, chapter) if p.student == student)
    if file != KEEP and file not in listed:
        raise TrainerError(f"{file!r} is not a file of {student} in the last zip-collect of {chapter}; "
                           f"choose one of: {', '.join(listed + [KEEP]) if listed else 'none (run zip-collect first)'}")
    path = course.root / INBOX / CHOICES / f"{chapter}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    choices = json.loads(path.read_text()) if path.exists() else {}
    path.write_text(json.dumps(choices | {student: file}, indent=1))


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
                           f"(a column id) in {course.root}, import one with `python -m academy_trainer students "
                           "students.csv`, or pass --roster.")
    if received:
        try:
            received = parse_utc(received).isoformat(" ", timespec="seconds")  # parse_utc gives naive UTC, as utc()
        except (ValueError, OverflowError):
            raise TrainerError(f"--received {received!r} is not a date and time; write it as "
                               "'2025-06-02 09:00:00 Europe/Amsterdam'.") from None
    extracted = course.root / INBOX / EXTRACTED / chapter
    shutil.rmtree(extracted, ignore_errors=True)  # our own scratch folder, remade by nbgrader
    report = report_path(course, chapter)
    report.parent.mkdir(parents=True, exist_ok=True)
    report.unlink(missing_ok=True)
    args = [
        "zip_collect", chapter,
        "--ZipCollectApp.collector_plugin=academy_trainer.inbox.InboxCollector",
        "--ZipCollectApp.collect_directory_structure={collect_step}",
        f"--ZipCollectApp.archive_directory={_relative(archive, course.root)}",
        f"--ZipCollectApp.extracted_directory={_relative(extracted, course.root)}",
        f"--InboxCollector.report_file={report}",
        f"--InboxCollector.choices_file={course.root / INBOX / CHOICES / f'{chapter}.json'}",
        f"--InboxCollector.archive={course.root / INBOX / REPLACED / chapter}",
    ]
    if roster_file:
        args.append(f"--InboxCollector.roster_file={Path(roster_file).resolve()}")
    if received:
        args.append(f"--InboxCollector.received={received}")
    # Every file nbgrader skips is in our own report, with the reason.
    course.nbgrader(*args, quiet=True, hide=("Skipped submission with no match information", "files collected,"))
    placements = last_report(course, chapter)
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
