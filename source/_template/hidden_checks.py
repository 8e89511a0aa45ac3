"""Hidden checks of the template chapter: one function per question, with the question's name.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Compare with question.expected, never with a typed number.
"""


def tel_de_personen(question, aantal_personen):
    assert not isinstance(aantal_personen, (bool, str))
    assert aantal_personen == question.expected["aantal_personen"]
