"""Every figure chapter 4's text quotes, with how the data give it (tests/test_quoted_figures.py).

FIGURES: (the phrase as the text writes it, a function of the data giving the value).
NOT_DATA: number phrases the data do not determine (series' and questions' numbers, steps, examples).
Never released: nbgrader_config.py makes nbgrader ignore *_checks.py.
"""

from functools import cache

from academy import cards, overview, selection
from academy.checks.verbanden import nauwkeurigheid


@cache
def _persons():
    return overview.persons(cards.load_deck())


@cache
def _figures():
    return overview.figures()


def _measure(kenmerk, maat, series):
    """One cell of the chapter's overview table (computed from the cards)."""
    return lambda: _figures().loc[(kenmerk, maat), f"reeks {series}"]


def _mean(column, series):
    return lambda: _persons().loc[_persons()["reeks"] == series, column].mean()


def _education(level, series):
    return lambda: int(((_persons()["reeks"] == series) & (_persons()["Opleidingsniveau"] == level)).sum())


def _same_in_both(kenmerk, maat):
    """The value when both series have it ("in elke reeks 9 sectoren"), else None."""
    def value():
        first, second = _measure(kenmerk, maat, 1)(), _measure(kenmerk, maat, 2)()
        return first if first == second else None
    return value


def _correlation(series):
    def value():
        group = _persons()[_persons()["reeks"] == series]
        return group["Leeftijd"].corr(group["Aantal maanden in uitkering"])
    return value


def _difference(kenmerk):
    """The size of a standardised difference (the text writes its sign as "−")."""
    return lambda: abs(overview.standardised_differences(_persons()).loc[kenmerk, "gestandaardiseerd verschil"])


def _count():
    return len(_persons())


def _per_series():
    return _persons().groupby("reeks").size().unique().item()


def _numeric():
    """How many characteristics are numbers (the five of exercises 1 and 3)."""
    return len(cards.NUMERIC)


def _accuracy(name):
    return lambda: nauwkeurigheid.expected[name]


WO_HBO = ("Opleidingsniveau", "aantal WO/HBO")
DUTCH = ("Migratieachtergrond", "aantal met Nederlandse achtergrond")
HOSPITAL = ("Aantal ziekenhuisbezoeken", "totaal aantal ziekenhuisbezoeken")
INTERVENTIONS = ("Aantal interventies", "totaal aantal interventies")

FIGURES = [
    ("vergelijk je de twee groepen", lambda: _persons()["reeks"].nunique()),
    ("tabel met twee rijen", lambda: _persons()["reeks"].nunique()),
    ("Vijf kenmerken zijn getallen", _numeric),
    ("van die vijf kenmerken", _numeric),
    ("en vijf kolommen", _numeric),
    ("alle vijf kenmerken", _numeric),
    ("alle vijf tegelijk", _numeric),
    ("de vijf kolommen", _numeric),
    ("reken de vijf", _numeric),
    ("alle vijf gestandaardiseerde", _numeric),
    ("maar tien personen", _per_series),
    ("tien mensen per groep", _per_series),
    ("tien personen per groep", _per_series),
    ("is gemiddeld 39,5", _mean("Leeftijd", 1)),
    ("gemiddeld 39,5", _mean("Leeftijd", 1)),
    ("gemiddeld 50", _mean("Leeftijd", 2)),
    ("zijn 9", _measure(*WO_HBO, 1)),
    ("9 van de 10", _per_series),
    ("maar 3.", _measure(*WO_HBO, 2)),
    ("(7600", _mean("Studieschuld", 1)),
    ("7600 tegen 4600", _mean("Studieschuld", 2)),
    ("studieschuld 7600", _mean("Studieschuld", 1)),
    ("7600 / 4600", _mean("Studieschuld", 2)),
    ("gemiddeld 10,5 jaar ouder", lambda: _mean("Leeftijd", 2)() - _mean("Leeftijd", 1)()),
    ("verschilt 3000 euro", lambda: _mean("Studieschuld", 1)() - _mean("Studieschuld", 2)()),
    ("20 personen", _count),
    ("(9", _measure(*WO_HBO, 1)),
    ("9 van 10", _per_series),
    ("(8", _measure(*DUTCH, 1)),
    ("8 van 10", _per_series),
    ("(15", _measure(*HOSPITAL, 1)),
    ("(15 samen", _measure(*HOSPITAL, 1)),
    ("(49 samen", _measure(*HOSPITAL, 2)),
    ("(3 van", _measure(*WO_HBO, 2)),
    ("3 van 10", _per_series),
    ("(13,5", _mean("Aantal maanden in uitkering", 1)),
    ("uitkering 13,5", _mean("Aantal maanden in uitkering", 1)),
    ("tegen 11,9", _mean("Aantal maanden in uitkering", 2)),
    ("13,5 / 11,9", _mean("Aantal maanden in uitkering", 2)),
    ("(3,8", _mean("Aantal interventies", 1)),
    ("3,8 tegen 3,1", _mean("Aantal interventies", 2)),
    ("gemiddeld 3,8", _mean("Aantal interventies", 1)),
    ("gemiddeld 3,1", _mean("Aantal interventies", 2)),
    ("interventies 3,8", _mean("Aantal interventies", 1)),
    ("3,8 / 3,1", _mean("Aantal interventies", 2)),
    ("(38", _measure(*INTERVENTIONS, 1)),
    ("(38 / 31", _measure(*INTERVENTIONS, 2)),
    ("(0 tot 6", lambda: selection.MAX_INTERVENTIONS),
    ("tot ongeveer 50 procentpunt", lambda: 100 * selection.apparent_effect(selection.simulate(2000, 1.0))),
    ("dan twintig kaarten", _count),
    ("andere 19", lambda: _count() - 1),
    ("aantal personen (20", _count),
    ("scoort 1,0", _accuracy("nauwkeurigheid_training")),
    ("maar 0,45", _accuracy("nauwkeurigheid_loo")),
    ("Twintig personen zijn te weinig", _count),
    ("tussen 1,0", _accuracy("nauwkeurigheid_training")),
    ("1,0 en 0,45", _accuracy("nauwkeurigheid_loo")),
    ("leeftijd 39,5", _mean("Leeftijd", 1)),
    ("39,5 / 50", _mean("Leeftijd", 2)),
    ("ziekenhuisbezoeken 1,5", _mean("Aantal ziekenhuisbezoeken", 1)),
    ("1,5 / 4,9", _mean("Aantal ziekenhuisbezoeken", 2)),
    ("(15 / 49", _measure(*HOSPITAL, 2)),
    ("WO/HBO 9", _measure(*WO_HBO, 1)),
    ("9 / 3", _measure(*WO_HBO, 2)),
    ("WO: 3", _education("WO", 1)),
    ("WO: 3 / 1", _education("WO", 2)),
    ("HBO: 6", _education("HBO", 1)),
    ("HBO: 6 / 2", _education("HBO", 2)),
    ("achtergrond 8", _measure(*DUTCH, 1)),
    ("8 / 3", _measure(*DUTCH, 2)),
    ("ziekenhuisbezoeken (−1,28", _difference("Aantal ziekenhuisbezoeken")),
    ("leeftijd (−1,17", _difference("Leeftijd")),
    ("studieschuld (0,57", _difference("Studieschuld")),
    ("interventies (0,55", _difference("Aantal interventies")),
    ("uitkering (0,35", _difference("Aantal maanden in uitkering")),
    ("nauwkeurigheid 1,0", _accuracy("nauwkeurigheid_training")),
    ("(`` is 20", lambda: round(_accuracy("nauwkeurigheid_training")() * _count())),
    ("0,45 met leave-one-out", _accuracy("nauwkeurigheid_loo")),
    ("(`` is 9", lambda: round(_accuracy("nauwkeurigheid_loo")() * _count())),
    ("delen door 19", lambda: _count() - 1),
    ("er 1,0 uit", _accuracy("nauwkeurigheid_training")),
    ("9 tegen 3", _measure(*WO_HBO, 2)),
    ("Postcode (7", _measure("Postcode", "aantal in 3582/3583", 1)),
    ("tegen 7", _measure("Postcode", "aantal in 3531–3534", 2)),
    ("(39,5", _mean("Leeftijd", 1)),
    ("39,5 tegen 50", _mean("Leeftijd", 2)),
    ("reeks 9 sectoren", _same_in_both("Sector", "aantal verschillende sectoren")),
    ("hoogstens 2 personen", _same_in_both("Sector", "meeste personen in één sector")),
    ("8 tegen 3", _measure(*DUTCH, 2)),
    ("15 tegen 49", _measure(*HOSPITAL, 2)),
    ("reeks 1: 0,01", _correlation(1)),
    ("reeks 2: 0,01", _correlation(2)),
]

NOT_DATA = [
    "eeks 1", "eeks 2", "**1** is werk gevonden", "**2** is nog geen werk",  # the series' numbers (names)
    "2. Wat zijn", "3. Wat hebben", "4. Op welke", "5. Wat valt",  # the manual's numbering of its questions
    "twee dingen komen", "Maak twee woordenboeken", "oefening 1 en 2", "Oefeningen 1 en 2", "vragen 3–5",
    "Vragen 3, 4 en 5",
    "Figuur 1", "Figuur 2", "Figuur 3", "Figuur 4", "twee stippendiagrammen", "twee staafdiagrammen",
    "Kies **twee** aannames", "twee verbanden met", "minstens twee dingen", "minstens twee verschillen",
    "één van de twee",  # the mark scheme
    "van 1 of meer (of −1 of minder)",  # the text's own rule of thumb for a large difference
    "verschil van twee rijen",
    "Bij 0 krijgt", "Bij 1 krijgen", "van 0 naar 1", "Bij sterkte 0",  # the slider's two ends
    "van 40% naar 60% is 20 procentpunt",  # an example of a percentage point
    "Meer dan 3 ziekenhuisbezoeken",  # an example of a yes/no question
    "hoofdstuk 6 en 7", "op twee manieren",
    "1. Leg", "2. Train", "3. Laat", "4. Doe", "(stap 1 tot en met 3)",  # the steps of leave-one-out
    "tellen bij 0", "vier spaties", "goed_apart = 0", "goed_apart + 1",  # the loop's code
    "van 0 (nooit goed) tot en met 1 (altijd goed)", "Maak twee variabelen", "de twee plekken",
    "Vergelijk je twee getallen", "tussen twee percentages", "Twee hulpjes",
    "3582/3583", "3531–3534",  # postcodes as names of areas
    "bijna 0 (",  # the exact correlations follow in the same sentence
    "(dan 0)",
]
