"""Hidden checks of chapter 2: the strict test of each question, for the grade.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Each function gets the question (its expected values come
from the data) and the trainee's answers.
"""

from academy.checks.common import cell_text
from academy.checks.pseudonimiseren import QUASI_IDENTIFIERS, card_rows
from academy.linkage import canonical_name
from academy.privacy import k_anonymity


def zonder_namen(question, zonder_namen):
    cards = question.expected["kaarten"]
    names = set(cards["naam"]) | set(cards["persoon"])
    assert len(zonder_namen) == len(cards)
    assert not {value for value in zonder_namen.values.ravel() if isinstance(value, str)} & names
    allowed = [card_rows(cards, numbers) for numbers in question.expected["zonder_namen"].values()]
    assert card_rows(zonder_namen, zonder_namen["naam"]) in allowed


def unieke_personen(question, unieke_personen):
    assert not isinstance(unieke_personen, (str, dict)) and len(list(unieke_personen)) == len(set(unieke_personen))
    assert {canonical_name(name) for name in unieke_personen} == question.expected["unieke_personen"]


def algemener(question, algemener):
    people = question.expected["algemener"]
    assert len(algemener) == len(people)
    assert sorted(map(str, algemener["Geslacht"])) == sorted(map(str, people["Geslacht"]))
    assert k_anonymity(algemener, QUASI_IDENTIFIERS) >= question.expected["k"]
    assert algemener["Leeftijd"].dropna().nunique() > len({True})
    assert sorted(map(str, algemener["Leeftijd"])) != sorted(map(str, people["Leeftijd"]))


def veilige_tabel(question, veilige_tabel):
    truth = question.expected["veilige_tabel"]
    assert veilige_tabel.shape == truth.shape
    table = veilige_tabel.loc[truth.index, truth.columns]
    assert [[cell_text(v) for v in row] for row in table.to_numpy()] == \
        [[cell_text(v) for v in row] for row in truth.to_numpy()]
