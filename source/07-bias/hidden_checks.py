"""Hidden checks of chapter 7: the strict test of each question, for the grade.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Each function gets the question (its expected values come
from the data) and the trainee's answers.
"""

from academy.feedback import close_enough


def _same_per_group(given, truth, same):
    assert len(given) == len(truth)
    assert all(same(given[group], value) for group, value in truth.items())


def onterecht_hoog(question, onterecht_hoog):
    _same_per_group(onterecht_hoog, question.expected["onterecht_hoog"], lambda given, count: int(given) == count)


def fpr(question, fpr):
    _same_per_group(fpr, question.expected["fpr"], close_enough)


def fnr(question, fnr):
    _same_per_group(fnr, question.expected["fnr"], close_enough)


def drempel(question, drempel):
    assert not isinstance(drempel, bool) and int(drempel) == drempel
    assert drempel == question.expected["drempel"]
