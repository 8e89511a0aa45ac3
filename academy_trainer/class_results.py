"""The class's own results for the group discussion, read from the cohort's submissions.

Three chapters ask for an answer the trainer shows to the group:

- chapter 6 (Linda): the ranking ``rangorde``; how many put F above D, next to
  Tversky & Kahneman's 89%;
- chapter 5 (de datadialoog): the poll ``posities``; the spread of positions on
  every statement;
- chapter 9 (datavolwassenheid): the quick scan; the class's average radar.

An answer is a Python literal in an answer cell (the widget prints the line to
copy). It is read with ``ast`` (``literal_eval`` of the assignment's value),
never executed. Only counts and averages are shown; where a single answer
has to be named (an invalid one) the trainee is "cursist <n>", numbered in a
random order each run, unless the trainer asks for names.
"""

from __future__ import annotations

import ast
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from academy_trainer.course import Course


@dataclass(frozen=True)
class ClassQuestion:
    """Where a chapter's class answer lives, and the module that checks and counts it."""

    number: str  # the chapter's number, the start of its folder name ("06" for 06-linda)
    variable: str  # the name the answer is assigned to in the answer cell
    grade_id: str | None  # the answer cell's nbgrader grade_id, when known (preferred over other cells)
    title: str  # Dutch, for the screen


# The one place that says which answers the class results read.
QUESTIONS = {
    "linda": ClassQuestion("06", "rangorde", "rangorde", "Linda: F boven D?"),
    "dialoog": ClassQuestion("05", "posities", "posities", "De datadialoog: posities per stelling"),
    "volwassenheid": ClassQuestion("09", "datavolwassenheid", "scan", "Datavolwassenheid van de groep"),
}


# The small-group rule: with fewer answers to a question than this, nothing per answer is shown
# live (class-live), so nobody in a small group is recognisable from the results.
MIN_GROUP = 5


@dataclass
class Answers:
    """One question's answers for a cohort."""

    chapter: str | None
    values: dict[str, object] = field(default_factory=dict)  # student -> the literal answer
    problems: dict[str, str] = field(default_factory=dict)  # student -> why no answer was read


def find_chapter(course: Course, number: str) -> str | None:
    return next((c for c in course.chapters() if c.split("-")[0] == number), None)


def answer_in_source(source: str, variable: str):
    """The literal assigned to ``variable`` in a cell's source (the last assignment), or KeyError.

    Raises ``ValueError`` when the assignment is there but its value is not a
    plain literal (a list, dict, string, number ...).
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        tree = _parse_assignment_lines(source, variable)
    found = [node for node in ast.walk(tree) if isinstance(node, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id == variable for t in node.targets)]
    if not found:
        raise KeyError(variable)
    try:
        return ast.literal_eval(found[-1].value)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise ValueError(f"the value of {variable} is not a plain literal") from None


def _parse_assignment_lines(source: str, variable: str) -> ast.Module:
    """A cell with a syntax error elsewhere: parse only the lines of the assignment."""
    lines = source.splitlines()
    for start, line in enumerate(lines):
        if line.lstrip().startswith(variable) and "=" in line:
            for end in range(start + 1, len(lines) + 1):
                try:
                    return ast.parse("\n".join(l.strip() if i == start else l
                                               for i, l in enumerate(lines[start:end], start)))
                except SyntaxError:
                    continue
    return ast.Module(body=[], type_ignores=[])


def read_answer(path: Path, question: ClassQuestion):
    """A trainee's answer in one notebook (KeyError without one, ValueError for an unreadable one)."""
    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code"]
    preferred = [c for c in cells if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == question.grade_id]
    for cell in preferred + [c for c in cells if c not in preferred]:
        try:
            return answer_in_source(cell.source, question.variable)
        except KeyError:
            continue
    raise KeyError(question.variable)


def collect_answers(course: Course, question: ClassQuestion) -> Answers:
    """Every submitted answer to the question, with the reason where none could be read."""
    chapter = find_chapter(course, question.number)
    answers = Answers(chapter)
    if chapter is None:
        return answers
    for student in course.students_with(chapter):
        problem = f"no `{question.variable} = ...` in the submission"
        for path in sorted(course.submission_folder(student, chapter).glob("*.ipynb")):
            try:
                answers.values[student] = read_answer(path, question)
                break
            except KeyError:
                continue
            except ValueError as error:
                problem = str(error)
            except Exception as error:  # invalid JSON and the like: say so, read the rest
                problem = f"{path.name} cannot be read ({type(error).__name__})"
        if student not in answers.values:
            answers.problems[student] = problem
    return answers


def labels(students, names: bool = False) -> dict[str, str]:
    """What the screen calls each trainee: their id, or 'cursist n' in a random order."""
    students = sorted(students)
    if names:
        return {s: s for s in students}
    order = random.SystemRandom().sample(students, len(students))
    return {student: f"cursist {number}" for number, student in enumerate(order, 1)}


@dataclass
class Section:
    """One question's part of the class results."""

    key: str
    title: str
    lines: list[str] = field(default_factory=list)  # Dutch, for the screen
    notes: list[str] = field(default_factory=list)  # English, for the trainer
    figure: Path | None = None


def class_results(course: Course, output: Path, names: bool = False) -> list[Section]:
    """Read every class answer, write the figures into ``output``, return the sections to show."""
    import matplotlib

    matplotlib.use("Agg")
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    sections = []
    for key, question in QUESTIONS.items():
        answers = collect_answers(course, question)
        section = Section(key, question.title)
        if answers.chapter is None:
            section.notes.append(f"no chapter {question.number} in {course.folder('source')}: nothing to show yet")
        elif not answers.values:
            section.notes.append(f"no answers to `{question.variable}` submitted for {answers.chapter} yet")
        else:
            BUILDERS[key](answers, section, output)
        shown = labels(answers.problems, names)
        for student, problem in sorted(answers.problems.items(), key=lambda item: shown[item[0]]):
            section.notes.append(f"{shown[student]}: {problem}")
        sections.append(section)
    return sections


def _axes(figsize: tuple[float, float]):
    """A figure with one axes in the course's style (matplotlib imported only when a chart is drawn)."""
    import matplotlib.pyplot as plt

    from academy.plotting import use_course_style

    use_course_style()
    return plt.subplots(figsize=figsize)


def _linda(answers: Answers, section: Section, output: Path) -> None:
    from academy.linda import TK_1983_RANKING as tk_share, TK_1983_SOURCE as tk_source, class_share, validate_ranking

    share = class_share(_valid_answers(answers, validate_ranking))
    section.lines.append(share.summary())
    if not share.valid:
        return
    from academy.plotting import PALETTE, finish

    fig, ax = _axes((6, 3.5))
    bars = ax.bar(["Onze groep", "Tversky & Kahneman (1983)"], [share.share * 100, tk_share * 100],
                  color=[PALETTE[0], PALETTE[1]])
    ax.bar_label(bars, labels=[f"{share.share:.0%} (n = {share.valid})", f"{tk_share:.0%}"])
    ax.set_ylim(0, 105)
    finish(ax, "Wie zette F (bankbediende en feministe) boven D (bankbediende)?", "", "Percentage")
    fig.text(0.01, 0.01, f"Bron: {tk_source}", fontsize=7)
    section.figure = _save(fig, output / "linda.png")


def _dialogue(answers: Answers, section: Section, output: Path) -> None:
    from academy.dialogue import STATEMENTS as texts
    from academy.widgets.poll import class_spread, validate_answer

    valid = _valid_answers(answers, validate_answer)
    if not valid:
        return
    spread = class_spread(valid)
    section.lines.append(f"{len(valid)} ingevulde polls.")
    section.lines.append(spread.to_string())
    from academy.plotting import PALETTE, finish

    fig, ax = _axes((9, 0.45 * len(spread) + 1.8))
    left = [0] * len(spread)
    rows = list(range(len(spread)))[::-1]  # the first statement on top
    for column, colour in zip(spread.columns, [PALETTE[5], PALETTE[1], "#BBBBBB", PALETTE[4], PALETTE[0]]):
        values = spread[column].tolist()
        ax.barh(rows, values, left=left, color=colour, label=column, edgecolor="white")
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(rows, [f"{i} · {texts[i].group.title}" if i in texts else i for i in spread.index], fontsize=8)
    ax.legend(ncol=5, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.12), frameon=False)
    finish(ax, "Posities van de groep per stelling", "Aantal cursisten", "")
    section.figure = _save(fig, output / "datadialoog.png")


def _maturity(answers: Answers, section: Section, output: Path) -> None:
    from academy.widgets.maturity import CATEGORIES as categories, class_average, radar_chart, validate_answer

    valid = _valid_answers(answers, validate_answer)
    if not valid:
        return
    average = class_average(valid)
    section.lines.append(f"Gemiddelde van {len(valid)} ingevulde scans (niveau 1 tot en met 5):")
    section.lines += [f"  {categories[c][0] if isinstance(categories.get(c), (list, tuple)) else c}: {v:.1f}"
                      for c, v in average.items()]
    import matplotlib.pyplot as plt

    ax = radar_chart(average, title="Datavolwassenheid: gemiddelde van de groep", label="Gemiddelde van de groep")
    section.figure = _save(ax.figure, output / "datavolwassenheid.png")
    plt.close(ax.figure)


def _valid_answers(answers: Answers, validate: Callable) -> list:
    """The answers the question's own check accepts; the others become problems (named apart)."""
    valid = []
    for student, value in list(answers.values.items()):
        try:
            valid.append(validate(value))
        except AssertionError as problem:
            answers.problems[student] = f"invalid answer: {problem}"
    return valid


def _save(fig, path: Path) -> Path:
    import matplotlib.pyplot as plt

    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return path


BUILDERS: dict[str, Callable] = {"linda": _linda, "dialoog": _dialogue, "volwassenheid": _maturity}


def format_sections(sections: list[Section]) -> str:
    out = []
    for section in sections:
        out.append(f"== {section.title}")
        out += section.lines
        out += [f"note: {note}" for note in section.notes]
        if section.figure:
            out.append(f"figure: {section.figure}")
        out.append("")
    return "\n".join(out).rstrip()
