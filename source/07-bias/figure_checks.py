"""Every figure chapter 7's text quotes, with how the data give it (tests/test_quoted_figures.py).

FIGURES: (the phrase as the text writes it, a function of the data giving the value).
NOT_DATA: number phrases the data do not determine (ProPublica's study design, the round-number example,
the Dutch cases' dates and sums).
Never released: nbgrader_config.py makes nbgrader ignore *_checks.py.
"""

from functools import cache

from academy import fairness
from academy.datasets import compas, load_compas

GROUP, SCORE, TRUTH, PREDICTION = "groep", "risicoscore", "recidive", "hoog_risico"
THRESHOLDS = range(2, 11)  # the exercise's thresholds (threshold 1 calls everyone high risk)


@cache
def _metrics():
    return fairness.group_metrics(load_compas(), GROUP, TRUTH, PREDICTION)


@cache
def _filtered():
    """ProPublica's own analysis: their truth tables after their filter (compas.PROPUBLICA_FILTERED_*)."""
    frame = compas.truth_table_frame(compas.PROPUBLICA_FILTERED_TRUTH_TABLES)
    return fairness.group_metrics(frame, GROUP, TRUTH, PREDICTION)


@cache
def _per_threshold():
    return fairness.threshold_table(load_compas(), GROUP, SCORE, TRUTH, THRESHOLDS)


def _gaps(measure):
    return fairness.fpr_gaps(load_compas(), GROUP, SCORE, TRUTH, THRESHOLDS, measure=measure)


def _best(measure="difference"):
    return lambda: fairness.closest_fpr_threshold(load_compas(), GROUP, SCORE, TRUTH, THRESHOLDS, measure)


def _metric(name, group, table=_metrics, scale=1):
    return lambda: table().loc[group, name] * scale


def _at_best(name, group, measure="difference"):
    """A group's rate, in percent, at the threshold where the FPRs are closest."""
    return lambda: 100 * _per_threshold().loc[(_best(measure)(), group), name]


def _fpr_ratio():
    return _metrics().loc["Zwart", "fpr"] / _metrics().loc["Wit", "fpr"]


def _deciles(category, choose):
    return lambda: load_compas().groupby("risicocategorie")[SCORE].agg(choose)[category]


FIGURES = [
    ("van 1 (laag risico)", lambda: load_compas()[SCORE].min()),
    ("tot 10 (hoog risico)", lambda: load_compas()[SCORE].max()),
    ("van COMPAS, van 1", lambda: load_compas()[SCORE].min()),
    ("van COMPAS, van 1 tot en met 10", lambda: load_compas()[SCORE].max()),
    ("(score 1", _deciles("Laag", "min")),
    ("(score 1–4", _deciles("Laag", "max")),
    ("`` (5", _deciles("Middel", "min")),
    ("`` (5–7", _deciles("Middel", "max")),
    ("`` (8", _deciles("Hoog", "min")),
    ("`` (8–10", _deciles("Hoog", "max")),
    ("als de score 5", lambda: compas.HIGH_RISK_FROM),
    ("kregen bijna twee keer", _fpr_ratio),
    ("**Deel onterecht hoog**: 44,85%", _metric("fpr", "Zwart", scale=100)),
    ("23,45% bij witte", _metric("fpr", "Wit", scale=100)),
    ("Bijna twee keer zo vaak onterecht hoog", _fpr_ratio),
    ("**Deel onterecht laag**: 27,99%", _metric("fnr", "Zwart", scale=100)),
    ("47,72% bij witte", _metric("fnr", "Wit", scale=100)),
    ("(6.172 verdachten)", lambda: compas.PROPUBLICA_FILTERED_ROWS),
    ("onterecht hoog 42,34%", _metric("fpr", "Zwart", _filtered, 100)),
    ("tegen 22,01%", _metric("fpr", "Wit", _filtered, 100)),
    ("onterecht laag 28,48%", _metric("fnr", "Zwart", _filtered, 100)),
    ("tegen 49,64%", _metric("fnr", "Wit", _filtered, 100)),
    ("trefzekerheid: 63%", _metric("ppv", "Zwart", scale=100)),
    ("59% bij groep", _metric("ppv", "Wit", scale=100)),
    ("vanaf score 5", lambda: compas.HIGH_RISK_FROM),
    ("drempel van **2", lambda: min(THRESHOLDS)),
    ("drempel van **2 tot en met 10", lambda: max(THRESHOLDS)),
    ("heel getal van 2", lambda: min(THRESHOLDS)),
    ("heel getal van 2 tot en met 10", lambda: max(THRESHOLDS)),
    ("drempel van 2", lambda: min(THRESHOLDS)),
    ("drempel van 2 naar 10", lambda: max(THRESHOLDS)),
    ("nog ruim 2,5 keer", lambda: _gaps("ratio")[_best()()]),
    ("Bij score 5", lambda: compas.HIGH_RISK_FROM),
    ("Zwart 805", _metric("fp", "Zwart")),
    ("Wit 349", _metric("fp", "Wit")),
    ("Zwart 0,4485", _metric("fpr", "Zwart")),
    ("Wit 0,2345", _metric("fpr", "Wit")),
    ("Zwart 0,2799", _metric("fnr", "Zwart")),
    ("Wit 0,4772", _metric("fnr", "Wit")),
    ("`` = 10", _best()),
    ("verschil 2,0", lambda: 100 * _gaps("difference").min()),
    ("FPR 3,3%", _at_best("fpr", "Zwart")),
    ("tegen 1,3%", _at_best("fpr", "Wit")),
    ("FNR 88,1%", _at_best("fnr", "Zwart")),
    ("tegen 95,3%", _at_best("fnr", "Wit")),
    ("wint drempel 2", _best("ratio")),
    ("(83%", _at_best("fpr", "Zwart", "ratio")),
    ("tegen 64%", _at_best("fpr", "Wit", "ratio")),
    ("7.214 rijen", lambda: compas.PROPUBLICA_ROWS),
    ("Zwart 990", _metric("tn", "Zwart")),
    ("990 / 805", _metric("fp", "Zwart")),
    ("805 / 532", _metric("fn", "Zwart")),
    ("532 / 1369", _metric("tp", "Zwart")),
    ("Wit 1139", _metric("tn", "Wit")),
    ("1139 / 349", _metric("fp", "Wit")),
    ("349 / 461", _metric("fn", "Wit")),
    ("461 / 505", _metric("tp", "Wit")),
    ("(6.172 rijen)", lambda: compas.PROPUBLICA_FILTERED_ROWS),
    ("FPR 42,34%", _metric("fpr", "Zwart", _filtered, 100)),
    ("/ 22,01%", _metric("fpr", "Wit", _filtered, 100)),
    ("FNR 28,48%", _metric("fnr", "Zwart", _filtered, 100)),
    ("/ 49,64%", _metric("fnr", "Wit", _filtered, 100)),
]

NOT_DATA = [
    "drie maten",  # the chapter's choice of measures
    "ruim 10.000 verdachten",  # ProPublica's study: all defendants scored in Broward County, not our file
    "twee jaar",  # ProPublica's definition of recidivism
    "op twee manieren",
    "## Vier uitkomsten", "vier vakjes",  # a truth table has four cells
    "van 0 tot 1", "niet 25%", "als deel van 1",  # the form of an answer
    "met score 7",  # an example score
    "Drempel 1 telt niet mee",
    "bij drempel 7",  # the hint's example
    # The example with round numbers (its own made-up groups):
    "Twee groepen van elk 100 mensen", "gaan 50 mensen", "in groep B 20", "3 op de 4", "(trefzekerheid 75%)", "elke groep 60%",
    "onterecht laag 40%", "| mensen | 100 | 100 |", "(basisratio) | 50 | 20 |", "(60% daarvan) | 30 | 12 |",
    "(3 op de 4 terecht) | 40 | 16 |", "| onterecht hoog | 10 | 4 |", "de fout in | 50 | 80 |",
    "10 van 50 = **20%** | 4 van 80 = **5%**", "vier keer zo groot",
    "drie andere getallen", "1. Deel", "(1 − basisratio)", "2. Vermenigvuldig", "(1 − deel", "3. Vermenigvuldig",
    "(1 − trefzekerheid)",  # the steps of the formula
    "laatste twee kolommen", "twee keer getekend", "twee keer dezelfde", "van de twee groepen",
    "as bij 57%", "rechts bij 0%",  # the figure's choice of axes
    "2,75 miljoen euro", "artikel 8", "5 februari", "17 juli", "7 december", "15 januari",
    "ECLI:NL:RBDHA:2020:865", "15 april",  # the Dutch cases' sums, articles and dates
    "oefeningen 1 tot en met 3", "vragen 1 en 2",
    "de twee platen",
]
