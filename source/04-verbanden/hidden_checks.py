"""Hidden checks of chapter 4: the strict test of each question, for the grade.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Each function gets the question (its expected values come
from the data) and the trainee's answers.
"""

from academy.feedback import close_enough


def _number(value) -> bool:
    return not isinstance(value, (bool, str))


def gemiddelden_per_reeks(question, gemiddelden):
    truth = question.expected["gemiddelden"]
    table = gemiddelden.set_index("reeks") if "reeks" in gemiddelden.columns else gemiddelden
    assert sorted(int(series) for series in table.index) == sorted(truth.index)
    table = table.rename(index=int)
    for series in truth.index:
        for column in truth.columns:
            assert close_enough(table.loc[series, column], truth.loc[series, column]), (series, column)


def aantallen_per_reeks(question, wo_hbo_per_reeks, nederlands_per_reeks):
    for name, given in (("wo_hbo_per_reeks", wo_hbo_per_reeks), ("nederlands_per_reeks", nederlands_per_reeks)):
        counts = {int(series): count for series, count in dict(given).items()}
        assert counts == question.expected[name], name
        assert all(_number(count) for count in counts.values())


def grootste_verschil(question, grootste_verschil):
    assert isinstance(grootste_verschil, str)
    assert grootste_verschil.strip() == question.expected["grootste_verschil"]


def nauwkeurigheid(question, nauwkeurigheid_training, nauwkeurigheid_loo):
    assert close_enough(float(nauwkeurigheid_training), question.expected["nauwkeurigheid_training"])
    assert close_enough(float(nauwkeurigheid_loo), question.expected["nauwkeurigheid_loo"])
    assert _number(nauwkeurigheid_loo)
