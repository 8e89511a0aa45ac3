"""Checks of chapter 7, Bias in algoritmes."""

from __future__ import annotations

from functools import cache

from academy import dutch, fairness
from academy.checks.question import question
from academy.datasets import load_compas
from academy.feedback import (answer, close_enough, correct, expect_mapping, expect_number, fail, near_miss,
                              not_yet, swapped_keys)

CHAPTER = "07-bias"
GROUPS = ("Zwart", "Wit")
GROUP, SCORE, TRUTH, PREDICTION = "groep", "risicoscore", "recidive", "hoog_risico"
THRESHOLDS = range(2, 11)  # threshold 1 calls everyone high risk; the exercise leaves it out


@cache
def _metrics():
    # Cached: the course data do not change while a notebook runs, and the checks only read.
    return fairness.group_metrics(load_compas(), GROUP, TRUTH, PREDICTION)


@cache
def _fpr_gaps(measure: str):
    return fairness.fpr_gaps(load_compas(), GROUP, SCORE, TRUTH, THRESHOLDS, measure=measure)


def _per_group(value, name: str) -> dict:
    """A mapping with exactly the groups 'Zwart' and 'Wit', each a number."""
    given = expect_mapping(value, name)
    keys = [str(key) for key in given]
    if sorted(key.strip().lower() for key in keys) == sorted(g.lower() for g in GROUPS) \
            and sorted(keys) != sorted(GROUPS):
        fail(f"Schrijf de groepen in `{name}` zoals in de data: 'Zwart' en 'Wit', met een hoofdletter.")
    missing = [group for group in GROUPS if group not in given]
    if missing:
        fail(f"In `{name}` mist de groep {' en '.join(repr(g) for g in missing)}. "
             "Gebruik de groepen 'Zwart' en 'Wit' als sleutels.")
    extra = [key for key in given if key not in GROUPS]
    if extra:
        fail(f"In `{name}` staat {extra[0]!r}. Gebruik alleen de groepen 'Zwart' en 'Wit'.")
    return {group: expect_number(given[group], f"{name}['{group}']") for group in GROUPS}


def _compare(given: dict, expected: dict, name: str, mistakes) -> None:
    """Swapped groups, then the usual mistakes per group, then near misses and plain wrong (feedback's policy)."""
    if swapped_keys(given, expected):
        fail(f"Je hebt de groepen in `{name}` verwisseld: het getal van 'Zwart' hoort bij 'Wit', en andersom.")
    for group in GROUPS:
        value = given[group]
        if close_enough(value, expected[group]):
            continue
        for wrong, message in mistakes(group):
            if close_enough(value, wrong):
                fail(message)
        label = f"{name}['{group}']"
        fail(near_miss(value, expected[group], label) or not_yet(value, expected[group], label))


def _metric_per_group(name: str, column: str, kind=float):
    """The expected values of the answer ``name``: the group metrics' ``column``, per group."""
    return lambda: {name: {g: kind(_metrics().loc[g, column]) for g in GROUPS}}


def _rates_of(value, name: str) -> dict:
    given = _per_group(value, name)
    if any(1 < v <= 100 for v in given.values()):
        fail(f"In `{name}` staat een getal boven 1. Dat lijkt een percentage. Geef een fractie van 0 tot 1, "
             "zoals 0.25 (niet 25).")
    if any(v < 0 or v > 1 for v in given.values()):
        fail(f"In `{name}` staat een getal buiten 0 tot 1. Een aandeel ligt altijd tussen 0 en 1.")
    return given


@question(CHAPTER, "onterecht_hoog", expected=_metric_per_group("onterecht_hoog", "fp", int))
def onterecht_hoog(question) -> None:
    """Exercise 1: per group, how many did not reoffend but were called high risk (fp)."""
    name = "onterecht_hoog"
    given = _per_group(answer(name), name)
    m = _metrics()
    expected = question.expected[name]

    def mistakes(g):
        return [
            (m.loc[g, "tp"] + m.loc[g, "fp"], f"Bij {g} telde je iedereen met hoog risico. Tel alleen wie níet "
                                              "opnieuw in de fout ging en tóch hoog risico kreeg."),
            (m.loc[g, "tp"], f"Bij {g} telde je wie hoog risico kreeg én opnieuw in de fout ging: dat is terecht "
                             "hoog. Tel wie níet opnieuw in de fout ging."),
            (m.loc[g, "fn"], f"Bij {g} telde je wie laag risico kreeg maar wel opnieuw in de fout ging: dat is "
                             "onterecht láág. Hier gaat het om onterecht hoog."),
            (m.loc[g, "tn"], f"Bij {g} telde je wie níet opnieuw in de fout ging en laag risico kreeg: dat is "
                             "terecht laag. Tel wie toch hoog risico kreeg."),
            (m.loc[g, "n"], f"Bij {g} telde je de hele groep. Tel alleen wie onterecht hoog risico kreeg."),
        ]

    _compare(given, expected, name, mistakes)
    correct("In beide groepen kregen mensen ten onrechte het label 'hoog risico'. Maar in welke groep "
            "gebeurde dat vaker, als je rekent met aandelen?")


@question(CHAPTER, "fpr", expected=_metric_per_group("fpr", "fpr"))
def fpr(question) -> None:
    """Exercise 2: the false positive rate per group, fp / (fp + tn)."""
    name = "fpr"
    given = _rates_of(answer(name), name)
    m = _metrics()
    expected = question.expected[name]

    def mistakes(g):
        r = m.loc[g]
        return [
            (r.fp / (r.tp + r.fp), f"Bij {g} deelde je door iedereen met hoog risico. Deel door iedereen die "
                                   "níet opnieuw in de fout ging (onterecht hoog + terecht laag)."),
            (r.fp / r.n, f"Bij {g} deelde je door de hele groep. Deel alleen door wie níet opnieuw in de fout ging."),
            (r.tn / (r.fp + r.tn), f"Bij {g} rekende je het deel uit dat terecht láág risico kreeg. "
                                   "Het deel onterecht hoog is het deel dat níet opnieuw in de fout ging en toch hoog risico kreeg."),
            (r.fnr, f"Bij {g} rekende je het deel onterecht laag uit. Het deel onterecht hoog gaat over wie níet "
                    "opnieuw in de fout ging, maar toch hoog risico kreeg."),
            ((r.tp + r.fp) / r.n, f"Bij {g} rekende je uit welk deel van de hele groep hoog risico kreeg. "
                                  "Kijk alleen naar wie níet opnieuw in de fout ging."),
        ]

    _compare(given, expected, name, mistakes)
    correct("Van wie níet opnieuw in de fout ging, kreeg in de ene groep een veel groter deel toch 'hoog risico' "
            "dan in de andere.")


@question(CHAPTER, "fnr", expected=_metric_per_group("fnr", "fnr"))
def fnr(question) -> None:
    """Exercise 3: the false negative rate per group, fn / (fn + tp)."""
    name = "fnr"
    given = _rates_of(answer(name), name)
    m = _metrics()
    expected = question.expected[name]

    def mistakes(g):
        r = m.loc[g]
        return [
            (r.tp / (r.tp + r.fn), f"Bij {g} rekende je het deel uit dat terecht hoog risico kreeg. Het deel onterecht "
                                   "laag is het deel van wie wél opnieuw in de fout ging, maar toch laag risico kreeg."),
            (r.fn / (r.fn + r.tn), f"Bij {g} deelde je door iedereen met laag risico. Deel door iedereen die wél "
                                   "opnieuw in de fout ging (onterecht laag + terecht hoog)."),
            (r.fn / r.n, f"Bij {g} deelde je door de hele groep. Deel alleen door wie wél opnieuw in de fout ging."),
            (r.fpr, f"Bij {g} rekende je het deel onterecht hoog uit. Het deel onterecht laag gaat over wie wél "
                    "opnieuw in de fout ging, maar toch laag risico kreeg."),
        ]

    _compare(given, expected, name, mistakes)
    correct("De fouten vallen verschillend uit: de ene groep krijgt vaker onterecht hoog, de andere vaker "
            "onterecht laag.")


def _expected_threshold() -> dict:
    gaps = _fpr_gaps("difference")
    # idxmin takes the first, i.e. the lowest threshold on a tie, as fairness.closest_fpr_threshold does.
    return {"drempel": int(gaps.idxmin()), "verschillen": gaps, "verhouding": int(_fpr_gaps("ratio").idxmin())}


@question(CHAPTER, "drempel", expected=_expected_threshold)
def drempel(question) -> None:
    """Exercise 4: the threshold (2-10) where the groups' FPRs differ least (absolute difference)."""
    name = "drempel"
    value = answer(name)
    expect_number(value, name)
    best, gaps, by_ratio = (question.expected[k] for k in ("drempel", "verschillen", "verhouding"))
    if 0 < value < 1:
        fail(f"`{name}` is {value}. Dat lijkt een deel of een verschil. De vraag is bij wélke drempel het verschil "
             "het kleinst is: een heel getal van 2 tot en met 10.")
    if value != int(value):
        fail(f"`{name}` is {value}. Een drempel is een heel getal, zoals 5.")
    value = int(value)
    if value == 1:
        fail("Bij drempel 1 krijgt iedereen hoog risico. Dan is het deel onterecht hoog in beide groepen 100%. "
             "Kies een drempel van 2 tot en met 10.")
    if value not in THRESHOLDS:
        fail(f"`{name}` is {value}. Kies een drempel van 2 tot en met 10: de scores lopen van 1 tot 10.")
    if value != best:
        if value == by_ratio:
            fail(f"Bij drempel {value} is het ene deel onterecht hoog het kleinste aantal keer groter dan het andere "
                 "(de verhouding). Maar de vraag gaat over het verschil: het ene deel min het andere.")
        if value == gaps.idxmax():
            fail(f"Bij drempel {value} is het verschil in deel onterecht hoog juist het grootst.")
        if value == 5:
            fail("5 is de drempel in de kolom hoog_risico (ProPublica's 'Medium of High'). Daar liggen de delen "
                 "onterecht hoog ver uit elkaar. Probeer alle drempels van 2 tot en met 10.")
        points = dutch.number(gaps[value] * 100, ".1f")
        fail(f"Bij drempel {value} is het verschil in deel onterecht hoog {points} procentpunt. "
             "Bij een andere drempel is het verschil kleiner. Probeer alle drempels van 2 tot en met 10.")
    correct(f"Bij drempel {best} liggen de delen onterecht hoog het dichtst bij elkaar. Kijk hieronder wat er "
            "dan met het deel onterecht laag gebeurt.")
