"""Every figure chapter 3's text quotes, with how the data give it (tests/test_quoted_figures.py).

FIGURES: (the phrase as the text writes it, a function of the data giving the value).
NOT_DATA: number phrases the data do not determine (a chapter's own choice, a law's article).
Never released: nbgrader_config.py makes nbgrader ignore *_checks.py.
"""

from functools import cache

from academy import cards
from academy.checks.datakoppeling import exact_koppelen, genormaliseerd_koppelen, rin_koppelen
from academy.datasets.population import make_population, make_sources
from academy.linkage import link_all, linkage_report, name_keys, source_tables
from academy.privacy import postcode_digits, pseudonymise

POPULATION = 100_000  # the size the chapter's code asks make_population for


@cache
def _city():
    """The chapter's city: its sources and the three ways of linking zwart and rood (as the notebook does)."""
    people = make_population(POPULATION)
    city = make_sources(people)
    keyed = {s: t.assign(sleutel=name_keys(t["naam"]), rin=pseudonymise(t["bsn"], b"key")) for s, t in city.items()}
    reports = {on: linkage_report(keyed["zwart"], keyed["rood"], on=on) for on in ("naam", "sleutel", "rin")}
    return people, city, reports


def _profile():
    """The linked profile of the person who worked in Motorvoertuigen."""
    profiles = link_all(source_tables(key=b"key"), on="rin")
    return profiles[profiles["Sector"] == "Motorvoertuigen"].iloc[0]


def _smallest_neighbourhood():
    """The fewest persons in one neighbourhood of the table of hospital visits per neighbourhood."""
    profiles = link_all(source_tables(key=b"key"), on="rin")
    return profiles.groupby(postcode_digits(profiles["Postcode"], 3)).size().min()


def _persons():
    return cards.load_deck()["persoon"].nunique()


FIGURES = [
    ("twintig personen", _persons),
    ("met 20 mensen", _persons),
    ("alle twintig personen", lambda: len(genormaliseerd_koppelen.expected["genormaliseerd"])),
    ("Er staan twintig", _persons),
    ("drie bronnen", lambda: len(source_tables())),
    ("drie bestanden", lambda: len(source_tables())),
    ("over de drie bronnen", lambda: len(_city()[1])),
    ("groepjes van één persoon", _smallest_neighbourhood),
    ("alle drie de bronnen", lambda: len(source_tables())),
    ("alle tien kenmerken", lambda: link_all(source_tables(key=b"key"), on="rin").shape[1] - 1),
    ("een man van 52", lambda: _profile()["Leeftijd"]),
    ("postcode 3582", lambda: int(str(_profile()["Postcode"])[:4])),
    ("9 maanden in de uitkering", lambda: _profile()["Aantal maanden in uitkering"]),
    ("die één keer in het ziekenhuis was", lambda: _profile()["Aantal ziekenhuisbezoeken"]),
    ("100.000 verzonnen inwoners", lambda: len(_city()[0])),
    ("100.000 inwoners", lambda: len(_city()[0])),
    ("kennen elk 95 procent van de inwoners", lambda: 100 * len(_city()[1]["rood"]) / len(_city()[1]["zwart"])),
    ("Rood kent 95.000", lambda: len(_city()[1]["rood"])),
    ("maar ruim 5.000 zeker gekoppeld", lambda: _city()[2]["naam"].linked),
    ("bijna 9.000", lambda: _city()[2]["sleutel"].linked),
    ("95.000 gekoppeld", lambda: _city()[2]["rin"].linked),
    ("ongeveer 5.200 zeker gekoppeld", lambda: _city()[2]["naam"].linked),
    ("ongeveer 8.900", lambda: _city()[2]["sleutel"].linked),
    ("alle 95.000 die in rood staan", lambda: _city()[2]["rin"].linked),
    ("geeft 13 rijen", lambda: len(exact_koppelen.expected["exact"])),
    ("is 7", lambda: exact_koppelen.expected["niet_gekoppeld"]),
    (": 20 rijen", lambda: len(genormaliseerd_koppelen.expected["genormaliseerd"])),
    ("20 rijen, geen namen", lambda: len(rin_koppelen.expected["op_rin"])),
]

NOT_DATA = [
    "onder tien tonen",  # the CBS rule for small counts, not a count of ours
    "twee tabellen",  # linking is about two tables at a time
    "Maak twee variabelen",
    "als twee verschillende mensen",
    "op drie manieren",  # the chapter's choice of ways to link
    "de twee groepen van het spel",  # chapter 4's two series, named in the closing line
    "AVG artikel 89",  # a law's article
    "Twee keer \"J. de Jong\"",  # an example of a name that repeats
    "0 rijen",  # with another key nothing links: true whatever the data
]
