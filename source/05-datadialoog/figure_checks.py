"""Every figure chapter 5's text quotes, with how the data give it (tests/test_quoted_figures.py).

FIGURES: (the phrase as the text writes it, a function of the data giving the value).
NOT_DATA: number phrases the data do not determine (laws' articles, question numbers, examples).
Never released: nbgrader_config.py makes nbgrader ignore *_checks.py.
"""

from academy import cards
from academy.checks.datadialoog import QUOTE_STATEMENT, eens_automatisch
from academy.dialogue import QUESTIONS, STATEMENTS
from academy.poll_example import example_class
from academy.widgets.poll import SCALE, class_spread


def _chose(statement, position):
    return lambda: int(class_spread(example_class()).loc[statement, position])


def _age(person):
    persons = cards.person_table(cards.load_deck())
    return persons.set_index("persoon").loc[person, "Leeftijd"]


FIGURES = [
    ("zes vragen", lambda: len(QUESTIONS)),
    ("schaal van 1", lambda: min(SCALE)),
    ("schaal van 1 tot 5", lambda: max(SCALE)),
    ("| 1 | 2 | 3 | 4 | 5 |", lambda: len(SCALE)),  # the scale's header row: one column per position
    ("van 1 tot en met 5", lambda: max(SCALE)),
    ("Alle 13 codes", lambda: len(STATEMENTS)),
    ("alle 13 stellingen", lambda: len(STATEMENTS)),
    ("Drie dingen die cliënten zeiden", lambda: len(QUOTE_STATEMENT)),
    ("de drie onderwerpen", lambda: len(QUOTE_STATEMENT)),
    ("eigen twintig kaarten", lambda: cards.load_deck()["persoon"].nunique()),
    ("J. van den Berg (52", lambda: _age("J. van den Berg")),
    ("van twaalf **verzonnen**", lambda: len(example_class())),
    ("van de twaalf verzonnen", lambda: len(example_class())),
    ("kozen 8 collega's", _chose("voorwaarde_3", "eens")),
    ("zijn 4 collega's het eens", _chose("risico_2", "eens")),
    ("en 5 helemaal eens", _chose("risico_2", "helemaal eens")),
    ("samen 9", lambda: eens_automatisch.expected["eens_automatisch"]),
]

NOT_DATA = [
    "**deel 2**",  # the game's second part
    "vertrouwen_1", "risico_2", "voorwaarde_2",  # codes of statements, named in the model answer
    "Vragen 1, 2 en 3", "vragen 1, 2 en 3", "vraag 1 en op vragen 2 en 3", "vragen 5 en 6", "Vragen 4, 5 en 6",
    "één van de twee goed",  # the mark scheme
    "de vier grote gemeenten",  # the research of the seed
    "rtikel 22", "lid 3", "rtikel 40", "rtikel 21", "rtikel 89",  # articles of the GDPR and UAVG
    "drie dingen betekenen", "twee dingen in die zin",
    "Tel twee vakjes",
    "vaak twee keer hetzelfde",  # the model answer
]
