"""Hidden checks of chapter 6: the strict test of each question, for the grade.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Each function gets the question (its expected values come
from the data) and the trainee's answers.
"""

from academy.feedback import close_enough


def rangorde(question, rangorde):
    assert isinstance(rangorde, (list, tuple))
    assert sorted(str(letter).strip().upper() for letter in rangorde) == sorted(question.expected["rangorde"])


def _share(question, name, value):
    assert not isinstance(value, (bool, str))
    assert close_enough(value, question.expected[name])


def p_bankbediende(question, p_bankbediende):
    _share(question, "p_bankbediende", p_bankbediende)


def p_bankbediende_en_feministe(question, p_bankbediende_en_feministe):
    _share(question, "p_bankbediende_en_feministe", p_bankbediende_en_feministe)
