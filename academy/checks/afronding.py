"""Checks of chapter 9, Afronding: datavolwassenheid."""

from __future__ import annotations

import pandas as pd

from academy import dutch
from academy.checks.question import question
from academy.feedback import answer, correct, expect_mapping, fail
from academy.widgets.maturity import (ANSWER_NAME, CATEGORIES, CATEGORY_IDS, LEVELS, TEAM_SCANS, class_average,
                                      validate_answer)

CHAPTER = "09-afronding"

# Exercise 3: four situations, each about the object of one set of principles (seed 001 §6).
PRINCIPLES = {"FAIR": "data", "FACT": "algoritmes", "ROBUST": "de infrastructuur",
              "SHARED": "het project: geen ongelijkheid versterken"}
# In another order than the table of the chapter, so the order gives nothing away.
SITUATIONS = {"a": "ROBUST", "b": "SHARED", "c": "FAIR", "d": "FACT"}
WHY = {
    "a": "Bij situatie a gaat het om de server: de techniek waar de data op staan.",
    "b": "Bij situatie b helpt het project vooral wie het al goed heeft. Welke waarden gaan over ongelijkheid?",
    "c": "Bij situatie c kan niemand het bestand vinden. Dat gaat over de data zelf.",
    "d": "Bij situatie d kan niemand uitleggen hoe een algoritme tot een advies komt.",
}
# The words behind the letters, so a trainee who writes a word gets a pointer to the abbreviation.
WORDS = {
    "findable", "accessible", "interoperable", "reusable", "fair", "accurate", "confidential", "transparent",
    "resilient", "open", "beneficial", "user-oriented", "secure", "trustworthy", "sustainable", "harmonious",
    "affective", "relevant", "empowering", "diverse", "vindbaar", "toegankelijk", "uitwisselbaar",
    "herbruikbaar", "eerlijk", "transparant", "veilig", "betrouwbaar",
}


@question(CHAPTER, ANSWER_NAME, expected=lambda: {ANSWER_NAME: CATEGORY_IDS, "niveaus": list(LEVELS)})
def scan(question) -> None:
    """Exercise 1: the trainee's own quick scan, complete and valid (the levels themselves are not graded).

    Expected: the categories a scan covers, and the levels each may have."""
    levels = validate_answer(answer(ANSWER_NAME))
    lowest = min(levels.values())
    names = [CATEGORIES[category][0].lower() for category in CATEGORY_IDS if levels[category] == lowest]
    correct(f"Je scan is compleet. Je laagste niveau is {lowest} ({LEVELS[lowest]}), bij: {', '.join(names)}.")


@question(CHAPTER, "principes", expected=lambda: {"principes": SITUATIONS})
def welk_principe(question) -> None:
    """Exercise 3: which set of principles each situation is about."""
    given = expect_mapping(answer("principes"), "principes")
    keys = {str(key).strip().lower(): value for key, value in given.items()}
    missing = [key for key in SITUATIONS if key not in keys]
    if missing:
        fail(f"Bij situatie {', '.join(missing)} staat nog niets. Gebruik de letters a, b, c en d als sleutels.")
    unknown = [key for key in keys if key not in SITUATIONS]
    if unknown:
        fail(f"'{unknown[0]}' is geen situatie. Gebruik alleen de letters a, b, c en d als sleutels.")
    wrong = []
    for key, right in SITUATIONS.items():
        value = keys[key]
        if not isinstance(value, str):
            fail(f"Bij situatie {key} staat geen tekst. Schrijf de afkorting tussen aanhalingstekens, zoals 'FAIR'.")
        value = value.strip().upper()
        if value not in PRINCIPLES and value.lower() in WORDS:
            fail(f"Bij situatie {key} staat '{keys[key]}': dat is een woord uit een afkorting. Schrijf de hele "
                 "afkorting: FAIR, FACT, ROBUST of SHARED.")
        if value not in PRINCIPLES:
            fail(f"Bij situatie {key} staat '{keys[key]}'. Kies uit FAIR, FACT, ROBUST en SHARED.")
        if value != right:
            wrong.append(key)
    if wrong:
        fail(f"{len(wrong)} van de 4 kloppen nog niet. {WHY[wrong[0]]} FAIR gaat over data, FACT over algoritmes, "
             "ROBUST over de infrastructuur en SHARED over ongelijkheid.")
    correct("Data FAIR, algoritmes FACT, infrastructuur ROBUST, en SHARED: geen ongelijkheid versterken.")


def _expected_lowest() -> dict:
    averages = class_average(TEAM_SCANS)
    lowest = min(averages, key=averages.get)
    return {"laagste_categorie": lowest, "naam": CATEGORIES[lowest][0].lower(), "gemiddelden": averages}


@question(CHAPTER, "laagste_categorie", expected=_expected_lowest)
def laagste_categorie(question) -> None:
    """Exercise 2: the category with the team's lowest average level (its id or its name)."""
    given = answer("laagste_categorie")
    averages, lowest = question.expected["gemiddelden"], question.expected["laagste_categorie"]
    highest = max(averages, key=averages.get)
    if isinstance(given, (list, tuple, set, dict, pd.Series, pd.DataFrame)):
        fail("`laagste_categorie` moet de naam van één categorie zijn (tekst), geen lijst of tabel. "
             "Gebruik bijvoorbeeld .idxmin() op de gemiddelden.")
    if not isinstance(given, str):
        fail(f"`laagste_categorie` moet tekst zijn, de naam van een categorie, zoals 'cultuur'. Je gaf {given!r}.")
    name = given.strip().lower()
    labels = {category: CATEGORIES[category][0].lower() for category in CATEGORY_IDS}
    found = next((category for category, label in labels.items() if name in (category, label)), None)
    if found is None:
        fail(f"'{given}' is geen categorie van de scan. De categorieën zijn: {', '.join(CATEGORY_IDS)}.")
    first = TEAM_SCANS[0]
    if found == highest:
        fail(f"{labels[found].capitalize()} is de categorie met het hóógste gemiddelde. Zoek het laagste: "
             "gebruik .idxmin(), niet .idxmax().")
    if found == min(first, key=first.get) and found != lowest:
        fail(f"{labels[found].capitalize()} is de laagste score van de eerste collega. De vraag is: welke categorie "
             "heeft het laagste gemiddelde van het hele team?")
    if found != lowest:
        fail(f"{labels[found].capitalize()} is niet de laagste. Reken per categorie het gemiddelde van de vier "
             "collega's uit en kies de laagste.")
    average = dutch.short(averages[lowest], 2)
    correct(f"{labels[lowest].capitalize()} scoort het laagst: gemiddeld {average}. "
            "Daar valt voor dit team het meest te winnen.")
