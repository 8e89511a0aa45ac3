"""Every figure chapter 1's text quotes, with how the data give it (tests/test_quoted_figures.py).

FIGURES: (the phrase as the text writes it, a function of the data giving the value).
NOT_DATA: number phrases the data do not determine.
Never released: nbgrader_config.py makes nbgrader ignore *_checks.py.
"""

from academy import cards
from academy.checks.databasespel import tel_de_kaarten


def _counts(name):
    return lambda: tel_de_kaarten.expected[name]


def _per_series(series):
    deck = cards.load_deck()
    return lambda: deck.loc[deck["reeks"] == series, "persoon"].nunique()


def _cards_per_person():
    return cards.load_deck().groupby("persoon").size().unique().item()


FIGURES = [
    ("over twintig mensen", _counts("aantal_personen")),
    ("twee sets kaarten", lambda: cards.load_deck()["reeks"].nunique()),
    ("groene kaarten** (reeks 1): tien", _per_series(1)),
    ("gele kaarten** (reeks 2): tien", _per_series(2)),
    ("zijn er tien kaarten", _cards_per_person),
    ("in drie kleuren", _counts("aantal_bronnen")),
    ("200 kaarten", _counts("aantal_kaarten")),
    ("20 personen", _counts("aantal_personen")),
    ("3 bronnen", _counts("aantal_bronnen")),
    ("vindt 34 namen", _counts("namen")),
]

NOT_DATA = [
    "Opdracht 2a",  # the manual's numbering
    "Maak drie variabelen",
]
