"""After grading: per chapter who submitted, who is missing, scores, and what waits for the trainer.

Everything is read from nbgrader's gradebook (its API) and the course folders;
nothing is computed that nbgrader does not already store.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from academy.trainer.course import Course


@dataclass
class TraineeRow:
    student: str
    submitted: bool
    graded: bool = False
    score: float | None = None
    max_score: float | None = None
    seconds_late: float = 0.0
    waiting: list[str] = field(default_factory=list)  # cells that need the trainer (reflection answers)


@dataclass
class ChapterSummary:
    chapter: str
    max_score: float | None
    rows: list[TraineeRow]

    @property
    def missing(self) -> list[str]:
        return [row.student for row in self.rows if not row.submitted]

    @property
    def submitted(self) -> list[str]:
        return [row.student for row in self.rows if row.submitted]


def summarise(course: Course, chapter: str, roster_file=None) -> ChapterSummary:
    """One chapter's state for every trainee the course expects or who submitted.

    Reading never creates a gradebook: without one, nothing is graded yet.
    """
    from nbgrader.api import MissingEntry

    submitted = set(course.students_with(chapter))
    students = sorted(set(course.roster(roster_file)) | submitted)
    if not course.has_gradebook():
        return ChapterSummary(chapter, None, [TraineeRow(student, student in submitted) for student in students])
    rows = []
    max_score = None
    with course.gradebook() as gradebook:
        try:
            max_score = gradebook.find_assignment(chapter).max_score
        except MissingEntry:
            pass
        for student in students:
            row = TraineeRow(student, submitted=student in submitted)
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
            rows.append(row)
    return ChapterSummary(chapter, max_score, rows)


def format_summary(summary: ChapterSummary) -> str:
    """A plain-text table for the terminal."""
    points = f" (max {summary.max_score:g} points)" if summary.max_score is not None else ""
    total = len(summary.rows)
    lines = [f"== {summary.chapter}{points}",
             f"submitted: {len(summary.submitted)} of {total}"
             + (f"; missing: {', '.join(summary.missing)}" if summary.missing else "")]
    if not summary.rows:
        lines.append("no trainees yet: import a student list (students.csv) or collect submissions")
        return "\n".join(lines)
    width = max(len("trainee"), *(len(row.student) for row in summary.rows))
    lines.append(f"{'trainee':<{width}}  {'score':>9}  {'late':>8}  waiting for the trainer")
    for row in summary.rows:
        if not row.submitted:
            score, late, waiting = "missing", "", ""
        elif not row.graded:
            score, late, waiting = "-", "", "not autograded yet"
        else:
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
