"""Hidden checks of chapter 3: the strict test of each question, for the grade.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Each function gets the question (its expected values come
from the data) and the trainee's answers.
"""

from academy.checks.datakoppeling import BLACK_BLUE, BLACK_RED, rows


def _counted(value) -> bool:
    return not isinstance(value, (bool, str)) and int(value) == value


def exact_koppelen(question, exact, niet_gekoppeld):
    assert rows(exact, BLACK_RED) == rows(question.expected["exact"], BLACK_RED)
    assert set(exact["naam"]) == set(question.expected["exact"]["naam"])
    assert _counted(niet_gekoppeld) and niet_gekoppeld == question.expected["niet_gekoppeld"]


def genormaliseerd_koppelen(question, genormaliseerd):
    assert rows(genormaliseerd, BLACK_RED) == rows(question.expected["genormaliseerd"], BLACK_RED)


def rin_koppelen(question, op_rin):
    truth = question.expected["op_rin"]
    assert "naam" not in op_rin.columns
    assert rows(op_rin, ["rin", *BLACK_BLUE]) == rows(truth, ["rin", *BLACK_BLUE])
