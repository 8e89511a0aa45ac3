"""Hidden checks of chapter 9: the strict test of each question, for the grade.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Each function gets the question (its expected values come
from the course) and the trainee's answers.
"""

from academy.widgets.maturity import validate_answer


def scan(question, datavolwassenheid):
    categories = question.expected["datavolwassenheid"]
    cleaned = validate_answer(datavolwassenheid)
    assert set(datavolwassenheid) == set(categories)
    assert all(cleaned[category] in question.expected["niveaus"] for category in categories)


def laagste_categorie(question, laagste_categorie):
    assert isinstance(laagste_categorie, str)
    assert laagste_categorie.strip().lower() in (question.expected["laagste_categorie"], question.expected["naam"])


def welk_principe(question, principes):
    given = {str(key).strip().lower(): str(value).strip().upper() for key, value in principes.items()}
    assert given == question.expected["principes"]
