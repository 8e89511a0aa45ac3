"""After grading: per chapter who submitted, who is missing, scores, and what waits for the trainer.

Everything is read from nbgrader's gradebook (its API) and the course folders;
nothing is computed that nbgrader does not already store.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from academy_trainer.broken import submission_problems
from academy_trainer.course import Course
from academy_trainer.inbox import undecided


@dataclass
class TraineeRow:
    student: str
    submitted: bool
    graded: bool = False
    score: float | None = None
    max_score: float | None = None
    seconds_late: float = 0.0
    waiting: list[str] = field(default_factory=list)  # cells that need the trainer (reflection answers)
    problem: str = ""  # why the handed-in file cannot be graded (broken.py)
    choose: list[str] = field(default_factory=list)  # inbox files with the same time: the trainer picks one

    @property
    def status(self) -> str:
        """missing, choose, broken, not graded or graded: never a 0 for a file that was not graded."""
        if self.choose:
            return "choose"
        if not self.submitted:
            return "missing"
        if self.problem:
            return "broken"
        return "graded" if self.graded else "not graded"


@dataclass
class ChapterSummary:
    chapter: str
    max_score: float | None
    rows: list[TraineeRow]

    @property
    def missing(self) -> list[str]:
        return [row.student for row in self.rows if row.status == "missing"]

    def by_status(self) -> dict[str, list[str]]:
        statuses = ("missing", "choose", "broken", "not graded", "graded")
        return {status: [row.student for row in self.rows if row.status == status] for status in statuses}

    @property
    def submitted(self) -> list[str]:
        return [row.student for row in self.rows if row.submitted]


def summarise(course: Course, chapter: str, roster_file=None) -> ChapterSummary:
    """One chapter's state for every trainee the course expects or who submitted.

    Reading never creates a gradebook: without one, nothing is graded yet.
    """
    from nbgrader.api import MissingEntry

    submitted = set(course.students_with(chapter))
    choices = undecided(course, chapter)
    students = sorted(set(course.roster(roster_file)) | submitted | set(choices))
    rows = []
    max_score = None
    for student in students:
        row = TraineeRow(student, submitted=student in submitted, choose=choices.get(student, []))
        if row.submitted and not (course.folder("autograded") / student / chapter).is_dir():
            row.problem = "; ".join(submission_problems(course, chapter, student))
        rows.append(row)
    if not course.has_gradebook():
        return ChapterSummary(chapter, None, rows)
    with course.gradebook() as gradebook:
        try:
            max_score = gradebook.find_assignment(chapter).max_score
        except MissingEntry:
            pass
        for row in rows:
            student = row.student
            autograded = course.folder("autograded") / student / chapter
            try:
                submission = gradebook.find_submission(chapter, student)
            except MissingEntry:
                submission = None
            if submission is not None and autograded.is_dir():
                row.graded = True
                row.score, row.max_score = submission.score, submission.max_score
                row.seconds_late = submission.total_seconds_late
                row.waiting = [grade.name for notebook in submission.notebooks for grade in notebook.grades
                               if grade.needs_manual_grade]
    return ChapterSummary(chapter, max_score, rows)


SCORE_COLUMNS = ("timestamp", "raw_score", "late_submission_penalty", "score")


def add_status(course: Course, export: Path) -> dict[str, int]:
    """Add the columns status and problem to nbgrader's export: a missing trainee, a broken file and a real
    zero look different. Only a graded row keeps nbgrader's score (and timestamp). Returns the count per status."""
    with export.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        columns, rows = list(reader.fieldnames or []), list(reader)
    summaries = {}
    counts: dict[str, int] = {}
    for row in rows:
        chapter = row["assignment"]
        if chapter not in summaries:
            summaries[chapter] = {r.student: r for r in summarise(course, chapter).rows} \
                if chapter in course.chapters() else {}
        trainee = summaries[chapter].get(row["student_id"])
        row["status"] = trainee.status if trainee else "missing"
        row["problem"] = _problem(trainee) if trainee else ""
        if row["status"] != "graded":
            row.update({column: "" for column in SCORE_COLUMNS if column in row})
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    with export.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, [*columns, "status", "problem"])
        writer.writeheader()
        writer.writerows(rows)
    return counts


def _problem(row: TraineeRow) -> str:
    if row.status == "choose":
        return f"several files with the same time of receipt ({', '.join(row.choose)}): choose one"
    return row.problem


def format_summary(summary: ChapterSummary) -> str:
    """A plain-text table for the terminal."""
    points = f" (max {summary.max_score:g} points)" if summary.max_score is not None else ""
    total = len(summary.rows)
    lines = [f"== {summary.chapter}{points}",
             f"submitted: {len(summary.submitted)} of {total}"
             + "".join(f"; {status}: {', '.join(who)}" for status, who in summary.by_status().items()
                       if who and status not in ("graded", "not graded"))]
    if not summary.rows:
        lines.append("no trainees yet: import a student list (students.csv) or collect submissions")
        return "\n".join(lines)
    width = max(len("trainee"), *(len(row.student) for row in summary.rows))
    lines.append(f"{'trainee':<{width}}  {'score':>9}  {'late':>8}  waiting for the trainer")
    for row in summary.rows:
        score, late, waiting = row.status, "", ""
        if row.status == "choose":
            waiting = (f"{len(row.choose)} files with the same time of receipt: choose one with "
                       f"`python -m academy_trainer choose {summary.chapter} {row.student} FILE`")
        elif row.status == "broken":
            waiting = row.problem
        elif row.status == "not graded":
            score, waiting = "-", "not autograded yet"
        elif row.status == "graded":
            score = f"{row.score:g}/{row.max_score:g}"
            late = _duration(row.seconds_late) if row.seconds_late > 0 else ""
            waiting = ", ".join(row.waiting)
        lines.append(f"{row.student:<{width}}  {score:>9}  {late:>8}  {waiting}".rstrip())
    open_cells = sum(len(row.waiting) for row in summary.rows)
    if open_cells:
        lines.append(f"{open_cells} answers wait for manual grading: `nbgrader formgrader` (or the Formgrader "
                     "tab in JupyterLab)")
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    if seconds >= 86400:
        return f"{seconds / 86400:.1f} d"
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 60:.0f} min"
