"""nbgrader preprocessors that shape what trainees and the public receive.

Trainer notes (discussion prompts, expected answers, timing) live in cells
tagged ``trainer`` in ``source/``. They are for the trainer edition only:
``RemoveTrainerNotes`` drops them when nbgrader generates the trainee
notebook, next to nbgrader's own removal of solutions and hidden tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor

TRAINER_TAG = "trainer"


def is_trainer_note(cell) -> bool:
    return TRAINER_TAG in cell.get("metadata", {}).get("tags", [])


class RemoveTrainerNotes(NbGraderPreprocessor):
    """Drop every cell tagged ``trainer``."""

    def preprocess(self, nb, resources):
        nb.cells = [cell for cell in nb.cells if not is_trainer_note(cell)]
        return nb, resources


# What only a source notebook may hold.
RELEASE_MARKERS = ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "BEGIN MARK SCHEME",
                   "Voorbeeldantwoord en beoordeling (trainer)")
CONFIG_FILE = "nbgrader_config.py"


def answers_given_away(folder) -> list[str]:
    """Every trainer note or answer marker in the released notebooks below ``folder``."""
    findings = []
    for path in sorted(Path(folder).rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        for index, cell in enumerate(nbformat.read(path, as_version=4).cells):
            where = f"{path} cell {index}"
            if is_trainer_note(cell):
                findings.append(f"{where}: a trainer note")
            findings += [f"{where}: {marker!r}" for marker in RELEASE_MARKERS if marker in cell.source]
    return findings


def config_problem(course: Path) -> str | None:
    """Why the course's nbgrader configuration does not load, or None.

    nbgrader only logs a failing ``nbgrader_config.py`` and goes on with its
    defaults: no trainer-note removal, no Dutch stubs, another release folder.
    """
    from traitlets.config.loader import PyFileConfigLoader

    if not (course / CONFIG_FILE).is_file():
        return f"there is no {CONFIG_FILE} in {course}"
    try:
        PyFileConfigLoader(CONFIG_FILE, path=str(course)).load_config()
    except Exception as error:  # whatever the config raises, nbgrader would swallow it
        return f"{CONFIG_FILE} fails to load: {type(error).__name__}: {error}"
    return None


def main(argv: list[str] | None = None) -> int:
    """``python -m academy_trainer.release check-config`` before, ``check notebooks`` after releasing."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["check-config"]:
        problem = config_problem(Path.cwd())
        if problem:
            print(f"error: {problem}. nbgrader would release with its defaults; fix it first.", file=sys.stderr)
            return 1
        return 0
    if len(args) == 2 and args[0] == "check":
        findings = answers_given_away(args[1])
        for finding in findings:
            print(finding, file=sys.stderr)
        if findings:
            print(f"error: the release in {args[1]} gives answers or trainer notes away ({len(findings)} "
                  "findings). Do not publish it; release again with the course's nbgrader_config.py.",
                  file=sys.stderr)
            return 1
        print(f"{args[1]}: no answers or trainer notes")
        return 0
    print("usage: python -m academy_trainer.release check-config | check <released folder>", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
