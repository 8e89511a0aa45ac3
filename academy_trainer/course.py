"""Where a course lives, what nbgrader's settings say, and running nbgrader.

A course directory is the folder with ``nbgrader_config.py`` (the repository
root). The folder names (``source``, ``notebooks``, ``submitted`` ...) and the
gradebook address come from that configuration, read with nbgrader's own
``CourseDirectory``, so the trainer commands follow whatever the course sets.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

CONFIG_FILE = "nbgrader_config.py"
ROSTER_FILE = "students.csv"  # optional: one row per trainee, column id (nbgrader db student import)
LOG_FILE = "trainer.log"  # nbgrader's and the libraries' routine output: kept, but out of the trainer's report


class TrainerError(RuntimeError):
    """A problem the trainer must fix (the message says how)."""


def tool_env() -> dict:
    """The environment for nbgrader: this Python's bin first on PATH (nbgrader calls alembic by name)."""
    env = dict(os.environ)
    bin_dir = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join([bin_dir, *(p for p in env.get("PATH", "").split(os.pathsep) if p and p != bin_dir)])
    env.setdefault("MPLBACKEND", "Agg")
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    return env


def load_config(root: Path, overrides: dict | None = None):
    """nbgrader's configuration of the course in ``root`` (a traitlets ``Config``)."""
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    config = Config()
    if (root / CONFIG_FILE).exists():
        config.merge(PyFileConfigLoader(CONFIG_FILE, path=str(root)).load_config())
    config.CourseDirectory.root = str(root)
    for section, values in (overrides or {}).items():
        for key, value in values.items():
            config[section][key] = value
    return config


@dataclass
class Course:
    """A course directory and nbgrader's view of it."""

    root: Path
    overrides: dict = field(default_factory=dict)  # extra config, e.g. {"Exchange": {"root": "..."}}

    def __post_init__(self):
        self.root = Path(self.root).resolve()
        if not (self.root / CONFIG_FILE).exists():
            raise TrainerError(f"No {CONFIG_FILE} in {self.root}: run this from the course directory "
                               "(the repository root) or pass --course-dir.")

    @cached_property
    def config(self):
        return load_config(self.root, self.overrides)

    @cached_property
    def coursedir(self):
        from nbgrader.coursedir import CourseDirectory

        return CourseDirectory(config=self.config)

    @property
    def log_file(self) -> Path:
        return self.root / LOG_FILE

    @property
    def db_url(self) -> str:
        return self.coursedir.db_url

    def folder(self, kind: str) -> Path:
        """The course's ``source``, ``release``, ``submitted``, ``autograded`` or ``feedback`` folder."""
        return self.root / getattr(self.coursedir, f"{kind}_directory")

    def chapters(self) -> list[str]:
        """Every chapter (assignment) with a folder in ``source/``, in order."""
        source = self.folder("source")
        return sorted(p.name for p in source.iterdir() if p.is_dir() and not p.name.startswith(".")) \
            if source.is_dir() else []

    def check_chapter(self, chapter: str) -> str:
        if chapter not in self.chapters():
            raise TrainerError(f"Unknown chapter {chapter!r}. Chapters in {self.folder('source')}: "
                               f"{', '.join(self.chapters()) or 'none'}.")
        return chapter

    def notebook_names(self, chapter: str) -> list[str]:
        """The chapter's notebook file names, as trainees receive them."""
        return sorted(p.name for p in (self.folder("source") / chapter).glob("*.ipynb"))

    def submission_folder(self, student: str, chapter: str) -> Path:
        return self.folder("submitted") / student / chapter

    def students_with(self, chapter: str, kind: str = "submitted") -> list[str]:
        """Trainees with a non-empty folder for the chapter in the ``submitted`` (or ``autograded``) folder.

        nbgrader removes the autograded folder of a submission it could not grade."""
        folder = self.folder(kind)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if (p / chapter).is_dir() and any((p / chapter).iterdir()))

    def has_gradebook(self) -> bool:
        """False for a SQLite gradebook that does not exist yet (opening it would create it)."""
        prefix = "sqlite:///"
        return not self.db_url.startswith(prefix) or Path(self.db_url[len(prefix):]).exists()

    def gradebook(self):
        from nbgrader.api import Gradebook

        return Gradebook(self.db_url, self.coursedir.course_id)

    def roster(self, roster_file: Path | None = None) -> list[str]:
        """Every trainee the course expects: the gradebook's students plus a roster file.

        The roster file (default ``students.csv`` in the course directory, if
        present) is a CSV with an ``id`` column (``nbgrader db student import``'s
        format; ``student_id`` is accepted too).
        """
        students = set()
        if self.has_gradebook():
            with self.gradebook() as gradebook:
                students |= {student.id for student in gradebook.students}
        path = Path(roster_file) if roster_file else self.root / ROSTER_FILE
        if roster_file and not path.exists():
            raise TrainerError(f"Roster file {path} does not exist.")
        if path.exists():
            students |= set(read_roster(path))
        return sorted(students)

    def nbgrader(self, *args: str, check: bool = True, quiet: bool = False,
                 hide: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
        """Run ``nbgrader <args>`` in the course directory with this course's extra config.

        nbgrader's own warnings (e.g. a submission owned by another user than
        the trainee it claims to be) are printed to stderr, except those that
        start with one of ``hide`` (the caller reports those itself).
        """
        command = [str(Path(sys.executable).parent / "nbgrader"), *args, *config_arguments(self.overrides)]
        if quiet:
            command.append("--log-level=WARN")
        result = subprocess.run(command, cwd=self.root, env=tool_env(), capture_output=True, text=True)
        with self.log_file.open("a", encoding="utf-8") as log:
            log.write(f"$ nbgrader {' '.join(args)}\n{result.stdout}{result.stderr}")
        if check and result.returncode != 0:
            raise TrainerError(f"`nbgrader {' '.join(args)}` failed (exit {result.returncode}):\n"
                               f"{result.stdout}{result.stderr}".rstrip())
        for level, message in nbgrader_warnings(result.stdout + "\n" + result.stderr):
            if not message.startswith(hide + ROUTINE_WARNINGS):
                print(f"nbgrader {level}: {message}", file=sys.stderr, flush=True)
        return result


LOG_RECORD = re.compile(r"^\[\w+ \| (WARNING|ERROR|CRITICAL)\]\s?(.*)$")  # "[CollectApp | WARNING] ..."
# Nothing to do: nbgrader makes a folder it needs, or --force replaces what it made before (every release).
ROUTINE_WARNINGS = ("Directory not found. Creating", "Removing existing assignment:", "Removing existing notebook:")
PYTHON_WARNING = re.compile(r"^\S+:\d+: \w*Warning\b")  # a library's warnings.warn, not nbgrader's log


def nbgrader_warnings(output: str) -> list[tuple[str, str]]:
    """nbgrader's WARNING and ERROR log records in its output: (level, the message on one line)."""
    records, current = [], None
    for line in output.splitlines():
        if match := LOG_RECORD.match(line):
            current = [match[2].strip()]
            records.append((match[1], current))
        elif line.startswith("[") or PYTHON_WARNING.match(line):
            current = None
        elif current is not None and line.strip():
            current.append(line.strip())
    return [(level, " ".join(part for part in parts if part)) for level, parts in records]


def log_to(path: Path | str) -> None:
    """From now on this process's stderr (and its children's) goes to the log file ``path``, appended."""
    sys.stderr.flush()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 2)
    os.close(fd)


@contextmanager
def warnings_to_log(course: Course):
    """Python warnings of nbgrader's libraries (SQLAlchemy, nbformat ...) to the course's log file."""
    previous = warnings.showwarning

    def to_log(message, category, filename, lineno, file=None, line=None):
        with course.log_file.open("a", encoding="utf-8") as log:
            log.write(warnings.formatwarning(message, category, filename, lineno, line))

    warnings.showwarning = to_log
    try:
        yield
    finally:
        warnings.showwarning = previous


@contextmanager
def stderr_to_log(course: Course):
    """stderr to the course's log file for a while (in-process grading), then back to the terminal."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        log_to(course.log_file)
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


def config_arguments(overrides: dict) -> list[str]:
    """Command-line form of config overrides: ``--Section.key=value``."""
    return [f"--{section}.{key}={value}" for section, values in overrides.items() for key, value in values.items()]


def read_roster(path: Path) -> list[str]:
    with Path(path).open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        column = next((c for c in ("id", "student_id") if c in (reader.fieldnames or [])), None)
        if column is None:
            raise TrainerError(f"{path} needs a column 'id' with the student ids (found: {reader.fieldnames}).")
        return [row[column].strip() for row in reader if row[column].strip()]
