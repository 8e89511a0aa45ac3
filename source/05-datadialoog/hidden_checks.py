"""Hidden checks of chapter 5: the strict test of each question, for the grade.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Each function gets the question (its expected values come
from the data) and the trainee's answers.
"""

from academy.widgets.poll import SCALE, validate_answer


def posities(question, posities):
    cleaned = validate_answer(posities)
    assert len(cleaned) == len(question.expected["posities"]) == len(posities)
    assert set(cleaned.values()) <= set(SCALE)


def past_bij(question, past_bij):
    assert {quote: statement.strip().lower() for quote, statement in past_bij.items()} == question.expected["past_bij"]


def eens_automatisch(question, eens_automatisch):
    assert not isinstance(eens_automatisch, (bool, str))
    assert eens_automatisch == question.expected["eens_automatisch"]
