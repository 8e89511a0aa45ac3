"""Feedback for a whole chapter in parallel: nbgrader's ``generate_feedback``, one trainee per call.

Feedback only reads the gradebook (``GetGrades``) and writes one folder per
trainee (``feedback/<trainee>/<chapter>/``), so N processes can each take a
share of the trainees without touching each other's files. Each process pays
nbgrader's start once; the HTML is the same as ``nbgrader generate_feedback``
makes (same configuration, same preprocessors: hidden tests removed).
"""

from __future__ import annotations

import os

from academy_trainer.course import Course
from academy_trainer.grading import (_make_api, exit_with_parent, failure_reason, stop_fork_server, take_environment,
                                     useful_workers, worker_context)

# One trainee's feedback takes about 0.4 s; starting workers (nbgrader imported once more) about as
# long as 15 of them (measured: 6 trainees, one process 5.5 s, two 5.8 s).
JOBS_PER_WORKER = 15

_api = None  # one NbGraderAPI per worker process


def generate_feedback_chapters(course: Course, chapters: list[str], workers: int = 1) -> dict[str, dict[str, str]]:
    """Feedback for several chapters with one pool of processes; {chapter: {trainee: why it failed}}."""
    jobs = [(chapter, student) for chapter in chapters for student in course.students_with(chapter, "autograded")]
    workers = useful_workers(workers, len(jobs), JOBS_PER_WORKER)
    if workers == 1:
        _start(course.root, course.overrides)
        outcomes = list(map(_one, jobs))
    else:
        try:
            with worker_context().Pool(workers, initializer=_start,
                                       initargs=(course.root, course.overrides, dict(os.environ))) as pool:
                outcomes = pool.map(_one, jobs, chunksize=1)
        finally:
            stop_fork_server()
    failed: dict[str, dict[str, str]] = {chapter: {} for chapter in chapters}
    for (chapter, _student), (student, reason) in zip(jobs, outcomes):
        if reason is not None:
            failed[chapter][student] = reason
    return failed


def _start(root, overrides: dict, environment: dict | None = None) -> None:
    global _api
    if environment is not None:
        take_environment(environment)
    exit_with_parent()
    _api = _make_api(root, overrides)


def _one(job: tuple[str, str]) -> tuple[str, str | None]:
    chapter, student = job
    outcome = _api.generate_feedback(chapter, student, force=True)
    if outcome.get("success"):
        return student, None
    return student, failure_reason(outcome.get("error", "") + "\n" + outcome.get("log", ""))
