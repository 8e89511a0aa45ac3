"""Checks of chapter 4, Verbanden en voorspellen."""

from __future__ import annotations

import functools
import numbers

import pandas as pd

from academy import cards, dutch, overview, prediction
from academy.checks.question import question
from academy.feedback import (answer, close_enough, correct, expect_close, expect_frame, expect_number, fail,
                              near_miss, swapped_keys)

CHAPTER = "04-verbanden"
SERIES = (1, 2)


def _persons() -> pd.DataFrame:
    return overview.persons()


# ---------------------------------------------------------------- exercise 1

def _expected_means() -> dict:
    return {"gemiddelden": _persons().groupby("reeks")[cards.NUMERIC].mean()}


@question(CHAPTER, "gemiddelden", expected=_expected_means)
def gemiddelden_per_reeks(question) -> None:
    """Exercise 1: ``gemiddelden``, the mean of every numeric characteristic per series."""
    table = answer("gemiddelden")
    persons = _persons()
    if isinstance(table, pd.Series):
        if set(cards.NUMERIC) <= set(table.index):
            fail("Je nam het gemiddelde van alle 20 personen samen. Maak het gemiddelde per reeks: "
                 "groepeer eerst met groupby(\"reeks\").")
        fail("`gemiddelden` is één kolom. Maak een tabel met een rij per reeks en een kolom per kenmerk.")
    expect_frame(table, "gemiddelden")
    if "reeks" in table.columns and table.index.name != "reeks":
        table = table.set_index("reeks")
    if set(cards.NUMERIC) <= set(table.index):
        fail("Je tabel ligt op zijn kant: de kenmerken staan in de rijen. Zet de reeksen in de rijen "
             "(groupby(\"reeks\")) en de kenmerken in de kolommen.")
    if len(table) == len(persons):
        fail(f"Je tabel heeft {len(persons)} rijen, één per persoon. Groepeer per reeks: dan krijg je twee rijen.")
    expect_frame(table, "gemiddelden", columns=cards.NUMERIC)
    if sorted((_plain(i) for i in table.index), key=str) != list(SERIES):
        fail("De rijen van `gemiddelden` moeten de reeksen 1 en 2 zijn. Groepeer op de kolom 'reeks'.")
    table = table.rename(index=_plain)

    grouped = persons.groupby("reeks")[cards.NUMERIC]
    means, sums, medians = question.expected["gemiddelden"], grouped.sum(), grouped.median()
    for kenmerk in cards.NUMERIC:
        for reeks in SERIES:
            given = table.loc[reeks, kenmerk]
            if isinstance(given, str) or not isinstance(given, numbers.Number) or pd.isna(given):
                fail(f"Bij {kenmerk}, reeks {reeks} staat geen getal. Reken met de tabel `personen`.")
            if close_enough(given, means.loc[reeks, kenmerk]):
                continue
            if close_enough(given, sums.loc[reeks, kenmerk]) and sums.loc[reeks, kenmerk] != means.loc[reeks, kenmerk]:
                fail("Je hebt de getallen opgeteld (som). Neem het gemiddelde: gebruik .mean() in plaats van .sum().")
            if close_enough(given, medians.loc[reeks, kenmerk]):
                fail("Dat is de mediaan (het middelste getal). Neem het gemiddelde: gebruik .mean().")
            fail(near_miss(given, means.loc[reeks, kenmerk], f"gemiddelden.loc[{reeks}, '{kenmerk}']")
                 or f"Bij {kenmerk}, reeks {reeks} staat {dutch.short(given)}. Dat is niet het gemiddelde van die reeks: "
                    "neem .mean() van de kolom, per reeks.")
    correct(f"Reeks 1 is gemiddeld {dutch.short(means.loc[1, 'Leeftijd'])} jaar, "
            f"reeks 2 gemiddeld {dutch.short(means.loc[2, 'Leeftijd'])} jaar: dezelfde getallen als in de handleiding.")


def _plain(key):
    """A series number from a key a trainee may write as 1, np.int64(1) or '1'; else the key itself."""
    if isinstance(key, bool):
        return key
    if isinstance(key, numbers.Integral):
        return int(key)
    if isinstance(key, str) and key.strip().isdigit():
        return int(key.strip())
    return key


# ---------------------------------------------------------------- exercise 2

def _per_series(value, name: str) -> dict[int, float]:
    """The answer as {1: count, 2: count}, or a Dutch sentence about its form."""
    if isinstance(value, pd.Series):
        value = value.to_dict()
    if isinstance(value, (list, tuple)):
        fail(f"`{name}` is een lijst. Maak een woordenboek met de reeks als sleutel: {{1: ..., 2: ...}}.")
    if not isinstance(value, dict):
        fail(f"`{name}` moet een woordenboek zijn, zoals {{1: ..., 2: ...}}.")
    if not value:
        fail(f"Het woordenboek `{name}` is leeg.")
    keys = {_plain(key): count for key, count in value.items()}
    if sorted(keys, key=str) != list(SERIES):
        fail(f"De sleutels van `{name}` moeten de nummers van de reeksen zijn: 1 en 2, zoals {{1: ..., 2: ...}}.")
    for reeks, count in keys.items():
        expect_number(count, f"{name}[{reeks}]")
    return keys


def _counts(is_counted: pd.Series) -> dict[int, int]:
    persons = _persons()
    return {r: int(is_counted[persons["reeks"] == r].sum()) for r in SERIES}


def _check_counts(name: str, expected: dict[int, int], what: str, hints: dict[tuple, str]) -> dict[int, int]:
    persons = _persons()
    given = _per_series(answer(name), name)
    sizes = {r: int((persons["reeks"] == r).sum()) for r in SERIES}
    shares = {r: expected[r] / sizes[r] for r in SERIES}
    pairs = {**hints,
             tuple(sizes[r] - expected[r] for r in SERIES): f"Je telde de personen die níet {what} zijn. "
                                                            f"Tel juist de personen die wel {what} zijn.",
             tuple(shares[r] for r in SERIES): "Dat is een aandeel (een deel van 1). Geef het aantal personen.",
             tuple(100 * shares[r] for r in SERIES): "Dat is een percentage. Geef het aantal personen."}
    for wrong, message in pairs.items():
        if wrong != tuple(expected[r] for r in SERIES) and all(close_enough(given[r], w) for r, w in zip(SERIES, wrong)):
            fail(message)
    if swapped_keys(given, expected):
        fail(f"Je hebt de reeksen in `{name}` verwisseld: het aantal van reeks 1 hoort bij reeks 2, en andersom.")
    for reeks in SERIES:
        if not close_enough(given[reeks], expected[reeks]):
            fail(near_miss(given[reeks], expected[reeks], f"{name}[{reeks}]")
                 or f"In reeks {reeks} telde je {dutch.short(given[reeks])} personen die {what} zijn. Dat klopt nog "
                    f"niet: het zijn er {'minder' if given[reeks] > expected[reeks] else 'meer'}. Tel in de tabel "
                    "`personen` alleen de rijen van die reeks.")
    return expected


def _expected_counts() -> dict:
    persons = _persons()
    return {"wo_hbo_per_reeks": _counts(persons["Opleidingsniveau"].isin(overview.HIGHER_EDUCATION)),
            "nederlands_per_reeks": _counts(persons["Migratieachtergrond"] == "Nederlands")}


@question(CHAPTER, "wo_hbo_per_reeks", "nederlands_per_reeks", expected=_expected_counts)
def aantallen_per_reeks(question) -> None:
    """Exercise 2: ``wo_hbo_per_reeks`` and ``nederlands_per_reeks``, {1: count, 2: count}."""
    persons = _persons()
    level = persons["Opleidingsniveau"]
    per = {name: tuple(int(((level == name) & (persons["reeks"] == r)).sum()) for r in SERIES)
           for name in overview.HIGHER_EDUCATION}
    education = _check_counts("wo_hbo_per_reeks", question.expected["wo_hbo_per_reeks"], "WO of HBO opgeleid", {
        per["WO"]: "Je telde alleen WO. Tel WO en HBO samen.",
        per["HBO"]: "Je telde alleen HBO. Tel WO en HBO samen.",
    })
    dutch = _check_counts("nederlands_per_reeks", question.expected["nederlands_per_reeks"],
                          "van Nederlandse achtergrond", {})
    correct(f"{education[1]} van de 10 in reeks 1 is WO/HBO opgeleid, {education[2]} in reeks 2. "
            f"Een Nederlandse achtergrond: {dutch[1]} tegen {dutch[2]}.")


# ---------------------------------------------------------------- exercise 3

@question(CHAPTER, "grootste_verschil",
          expected=lambda: {"grootste_verschil": overview.largest_difference(_persons())})
def grootste_verschil(question) -> None:
    """Exercise 3: ``grootste_verschil``, the numeric characteristic whose series differ most."""
    given = answer("grootste_verschil")
    persons = _persons()
    if not isinstance(given, str):
        fail("`grootste_verschil` moet de naam van een kenmerk zijn, tussen aanhalingstekens, "
             "zoals \"Leeftijd\".")
    name = given.strip()
    by_lower = {kenmerk.lower(): kenmerk for kenmerk in cards.CHARACTERISTICS}
    if name.lower() not in by_lower:
        fail(f"'{name}' is geen kenmerk. Kies één van: {', '.join(cards.NUMERIC)}.")
    kenmerk = by_lower[name.lower()]
    if kenmerk not in cards.NUMERIC:
        fail(f"{kenmerk} is geen getal, dus het heeft geen gemiddelde. Kies één van de vijf kenmerken "
             f"met getallen: {', '.join(cards.NUMERIC)}.")
    differences = overview.standardised_differences(persons)
    right = question.expected["grootste_verschil"]
    raw_largest = differences["verschil"].abs().idxmax()
    signed_largest = differences["gestandaardiseerd verschil"].idxmax()
    if kenmerk != right:
        if kenmerk in (raw_largest, signed_largest):
            fail(f"{kenmerk} lijkt het meest te verschillen, maar kijk goed. Deelde je het verschil door de "
                 "standaardafwijking? En keek je naar de grootte zonder min-teken (met .abs())?")
        if kenmerk == differences.index[1]:
            fail(f"{kenmerk} verschilt veel, maar één kenmerk verschilt nog iets meer. Vergelijk de "
                 "gestandaardiseerde verschillen zonder min-teken.")
        fail(f"{kenmerk} verschilt minder dan andere kenmerken. Reken het gestandaardiseerde verschil uit "
             "voor alle vijf kenmerken en kies het grootste (zonder min-teken).")
    if name != kenmerk:
        fail(f"Bijna! Schrijf de naam precies zoals in de tabel, met dezelfde hoofdletters: \"{kenmerk}\".")
    size = abs(differences.loc[kenmerk, "gestandaardiseerd verschil"])
    correct(f"{kenmerk} verschilt het meest: {dutch.short(size)} standaardafwijking tussen de twee reeksen.")


# ---------------------------------------------------------------- exercise 4

def _check_share(name: str, expected: float, count: int, hints: dict[float, str]) -> None:
    value = expect_number(answer(name), name)
    hints = {
        expected * count: f"Je gaf een aantal ({dutch.short(value)}). Deel door het aantal personen ({count}): "
                          "dan krijg je een aandeel tussen 0 en 1.",
        expected * count / (count - 1): f"Deel door het aantal personen ({count}), niet door {count - 1}: "
                                        "elke persoon wordt één keer voorspeld.",
        100 * expected: "Je gaf een percentage. Schrijf het als aandeel tussen 0 en 1 (50 procent is 0.5).",
        1 - expected: "Dat is het aandeel dat fout is voorspeld. Hoe vaak had de boom het goed?",
        **hints,
    }
    if not 0 <= value <= 1 and not any(close_enough(value, wrong) for wrong in hints):
        fail(f"`{name}` is {dutch.short(value)}. Een nauwkeurigheid is een aandeel: een getal van 0 tot en met 1.")
    expect_close(value, expected, name, hints=hints)


@functools.cache
def _accuracies() -> tuple[float, float, int]:
    """Training and leave-one-out accuracy on the deck (21 fits: computed once per session)."""
    persons = _persons()
    return prediction.training_accuracy(persons), prediction.leave_one_out_accuracy(persons), len(persons)


def _expected_accuracies() -> dict:
    training, loo, count = _accuracies()
    return {"nauwkeurigheid_training": training, "nauwkeurigheid_loo": loo, "personen": count}


@question(CHAPTER, "nauwkeurigheid_training", "nauwkeurigheid_loo", expected=_expected_accuracies)
def nauwkeurigheid(question) -> None:
    """Exercise 4: ``nauwkeurigheid_training`` and ``nauwkeurigheid_loo`` (shares from 0 to 1).

    The trainee counts right predictions in a loop over the persons, with
    ``prediction.predict_known`` (the tree saw everybody) and
    ``prediction.predict_left_out`` (leave-one-out), and divides by 20.
    """
    training, loo, count = (question.expected[k] for k in ("nauwkeurigheid_training", "nauwkeurigheid_loo", "personen"))
    _check_share("nauwkeurigheid_training", training, count, {
        loo: "Dat is de uitkomst als je steeds één persoon apart legt. Hier gaat het om de boom die alle 20 personen kent "
             "(goed_eigen).",
    })
    _check_share("nauwkeurigheid_loo", loo, count, {
        training: "Dat is net zo goed als de boom die iedereen kent. Gebruikte je in je lus "
                  "prediction.predict_left_out? Die boom kent de persoon niet die hij voorspelt.",
        0: "De boom had het nooit goed? Kijk of er in je lus nog voorspeld = ... staat. Vul daar de "
           "voorspelling in van een boom die de persoon niet kent.",
    })
    correct(f"Op de eigen 20 personen is de boom {dutch.short(100 * training)}% goed. Bij personen die hij niet "
            f"kent nog maar {dutch.short(100 * loo)}%: niet beter dan een muntje opgooien.")
