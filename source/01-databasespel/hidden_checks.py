"""Hidden checks of chapter 1: the strict test of each question, for the grade.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Each function gets the question (its expected values come
from the data) and the trainee's answers.
"""


def tel_de_kaarten(question, aantal_kaarten, aantal_personen, aantal_bronnen):
    given = {"aantal_kaarten": aantal_kaarten, "aantal_personen": aantal_personen, "aantal_bronnen": aantal_bronnen}
    for name, value in given.items():
        assert not isinstance(value, (bool, str)) and value == question.expected[name], name


def per_persoon(question, per_persoon):
    truth = question.expected["per_persoon"]
    table = per_persoon.reset_index() if "persoon" not in per_persoon.columns else per_persoon
    table = table.set_index("persoon")
    assert sorted(table.index) == sorted(truth.index)
    for column in ["Leeftijd", "Postcode", "Sector", "Aantal interventies"]:
        for person in truth.index:
            assert str(table.loc[person, column]) == str(truth.loc[person, column])


def kenmerken_per_bron(question, kenmerken_per_bron):
    truth = question.expected["kenmerken_per_bron"]
    assert {source: set(columns) for source, columns in kenmerken_per_bron.items()} == truth
    assert all(len(list(columns)) == len(set(columns)) for columns in kenmerken_per_bron.values())
