"""Every figure chapter 2's text quotes, with how the data give it (tests/test_quoted_figures.py).

FIGURES: (the phrase as the text writes it, a function of the data giving the value).
NOT_DATA: number phrases the data do not determine (rules, definitions, the chapter's own choices).
Never released: nbgrader_config.py makes nbgrader ignore *_checks.py.
"""

from functools import cache

from academy import cards, privacy
from academy.checks.pseudonimiseren import benefit_table, unieke_personen
from academy.datasets.population import make_population
from academy.privacy import age_band, postcode_digits, unique_rows

POPULATION = 100_000  # the size the chapter's code asks make_population for
FOUR = ["Leeftijd", "Geslacht", "Postcode", "Migratieachtergrond"]  # the chapter's four quasi-identifiers


@cache
def _persons():
    return cards.person_table(cards.load_deck())


@cache
def _city():
    return make_population(POPULATION)


def _count():
    return len(_persons())


def _how_many(column, value, **where):
    """How many persons (among those matching ``where``) have this value."""
    persons = _persons()
    for other, wanted in where.items():
        persons = persons[persons[other] == wanted]
    return int((persons[column].astype(str) == str(value)).sum())


def _only(column, value, **where):
    """The value when exactly one person has it ("de enige van 61"), else None (which no phrase says)."""
    return value if _how_many(column, value, **where) == 1 else None


def _unique_in_city(postcode_length):
    """Residents unique on the four quasi-identifiers, ages in groups of ten, postcodes shortened."""
    city = _city().assign(Leeftijd=age_band(_city()["Leeftijd"], 10, top=80),
                          Postcode=postcode_digits(_city()["Postcode"], postcode_length))
    return len(unique_rows(city, FOUR))


def _spellings_per_person():
    """The most ways one person's name is written across the sources."""
    return cards.load_deck().groupby("persoon")["naam"].nunique().max()


def _with_tussenvoegsel():
    return int((cards.load_deck().groupby("persoon")["naam"].nunique() > 1).sum())


def _unique_generalised():
    persons = _persons().assign(Leeftijd=age_band(_persons()["Leeftijd"], 10),
                                Postcode=postcode_digits(_persons()["Postcode"], 3))
    return len(unique_rows(persons, ["Leeftijd", "Geslacht", "Postcode"]))


FIGURES = [
    ("de twintig personen van het spel", _count),
    ("ook de 100.000 inwoners", lambda: len(_city())),
    ("een postcode heeft vier cijfers", lambda: _persons()["Postcode"].astype(str).str.len().max()),
    ("een studieschuld hooguit vijf", lambda: _persons()["Studieschuld"].astype(int).astype(str).str.len().max()),
    ("nu drie nummers", _spellings_per_person),
    ("drie verschillende namen", _spellings_per_person),
    ("Er zit bijvoorbeeld maar 1 persoon", lambda: _how_many("Sector", "Motorvoertuigen")),
    ("de enige van 61", lambda: _only("Leeftijd", 61)),
    ("de enige vrouw met postcode 3572", lambda: _only("Postcode", 3572, Geslacht="Vrouw")),
    ("Vier personen zijn uniek op hun sector", lambda: len(unique_rows(_persons(), ["Sector"]))),
    ("nog tien unieke personen", _unique_generalised),
    ("Bij twintig personen", _count),
    ("bij 100.000 inwoners", lambda: len(_city())),
    ("meer dan twintig mensen", _count),
    ("maakt de computer 100.000", lambda: len(_city())),
    ("heeft hier 16 cijfers", lambda: len(str(privacy.pseudonymise("B. Bos", b"key")))),
    ("genoeg voor twintig personen", _count),
    ("nog ongeveer 240", lambda: _unique_in_city(4)),
    ("de drie bronnen van het spel", lambda: cards.load_deck()["bron"].nunique()),
    ("de zeven personen met een tussenvoegsel", _with_tussenvoegsel),
    ("met een tussenvoegsel drie", _spellings_per_person),
    ("zeven personen zijn uniek op geslacht", lambda: len(unieke_personen.expected["unieke_personen"])),
    ("O. van Leeuwen (61", lambda: _persons().set_index("persoon").loc["O. van Leeuwen", "Leeftijd"]),
    ("twintig rijen", _count),
    ("negen aantallen", lambda: int((benefit_table() < privacy.SMALL).sum().sum())),
    ("90.909.090 geldige", privacy.count_valid_bsns),
    ("Er zit maar 1 persoon", lambda: _how_many("Sector", "Motorvoertuigen")),
]

NOT_DATA = [
    "(reeks 2)",  # the series' label
    "deze twee uitleggen", "in twee woorden",  # the manual's two definitions
    "overweging 26",  # a recital of the GDPR
    "nummer van zes cijfers", "Zes cijfers",  # the chapter's choice of pseudonym length for cards
    "Twee keer dezelfde naam", "twee keer hetzelfde nummer",
    "k = 1", "k = 2", "wie van de twee",  # the definition of k
    "met de twee kenmerken",  # the exercise's instruction
    "34 wordt \"30-39\"", "\"60+\"", "3582 wordt \"358\"",  # examples of generalising
    "groepen van tien jaar en drie cijfers",  # the example's choice
    "k ≥ 2", "(k is 2 of meer)",  # the exercise's aim
    "groepen van 20 jaar en 2 cijfers", "\"20-39\", \"40-49\" en \"50+\"", "Groepen van 25 jaar",  # the hint
    "een of twee cijfers",
    "negen cijfers", "Tel 9 ×", "8 ×", "2 ×", "door 11", "1 op de 11",  # the rule of the BSN (elfproef)
    "100.000.000 tot 101.000.000",  # the lesson's chosen range
    "minstens zes maanden",  # CBS's definition of WANBZVWTAB
    "kleiner dan tien", "onder de tien", "\"<10\"", "onder de 10", "drempel van 10", "onder 10",  # the rule
    "vier quasi-identificatoren",  # the chapter's choice of four
    "tien keer zo veel",  # what a logarithmic axis is
    "postcode van vier cijfers", "Met drie cijfers",  # the steps of the figure
    "drie uitgangspunten",  # Zaanstad's principles
    "vraag 1 en 2", "oefening 2 en 3",
    "van 20 jaar met", "2 cijfers van de postcode (k = 2)", "groepen van 25 jaar", "Met 20 jaar",  # the model answer
    "k ≥ 2", "minstens twee leeftijdswaarden",  # the mark scheme's criteria
    "Welk van de drie",
]
