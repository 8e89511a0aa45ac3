"""Checks of chapter 1, Het databasespel."""

from __future__ import annotations

from academy import cards
from academy.checks.question import question
from academy.datasets.deck import SOURCE_OF
from academy.feedback import answer, correct, expect_close, expect_frame, expect_mapping, fail

CHAPTER = "01-databasespel"


def _expected_counts() -> dict:
    deck = cards.load_deck()
    return {"aantal_kaarten": len(deck), "aantal_personen": deck["persoon"].nunique(),
            "aantal_bronnen": deck["bron"].nunique(), "namen": deck["naam"].nunique(), "reeksen": deck["reeks"].nunique()}


@question(CHAPTER, "aantal_kaarten", "aantal_personen", "aantal_bronnen", expected=_expected_counts)
def tel_de_kaarten(question) -> None:
    """Exercise 1: aantal_kaarten, aantal_personen, aantal_bronnen."""
    n_cards, n_persons, n_sources, n_spellings = (
        question.expected[k] for k in ("aantal_kaarten", "aantal_personen", "aantal_bronnen", "namen"))

    expect_close(answer("aantal_kaarten"), n_cards, "aantal_kaarten", hints={
        n_persons: f"Je telde {n_persons}: dat zijn de personen. Hoeveel kaarten (rijen) liggen er op tafel?",
    })
    expect_close(answer("aantal_personen"), n_persons, "aantal_personen", hints={
        n_cards: f"Je telde {n_cards}: dat zijn de kaarten. Hoeveel verschillende personen staan erop?",
        n_spellings: (f"Je telde {n_spellings} verschillende namen. Maar sommige bronnen schrijven dezelfde "
                      "naam anders ('F. van Dongen' en 'Dongen, F. van'). Tel de kolom 'persoon'."),
        n_cards / n_persons: "Dat is het aantal kaarten per persoon. Hoeveel personen zijn er?",
    })
    expect_close(answer("aantal_bronnen"), n_sources, "aantal_bronnen", hints={
        question.expected["reeksen"]: "Er zijn twee reeksen (groen en geel), maar hoeveel bronnen (inktkleuren) zijn er?",
    })
    correct(f"Er liggen {n_cards} kaarten op tafel, van {n_persons} personen, uit {n_sources} bronnen.")


def _expected_table() -> dict:
    deck = cards.load_deck()
    return {"per_persoon": cards.person_table(deck).set_index("persoon"), "kaarten": len(deck),
            "namen": deck["naam"].nunique()}


@question(CHAPTER, "per_persoon", expected=_expected_table)
def per_persoon(question) -> None:
    """Exercise 2: one row per person, one column per characteristic."""
    table = answer("per_persoon")
    expect_frame(table, "per_persoon")
    n_spellings = question.expected["namen"]
    if len(table) == question.expected["kaarten"]:
        fail("Je tabel heeft nog een rij per kaart. Zet de kenmerken naast elkaar met pivot.")
    if len(table) == n_spellings:
        fail(f"Je tabel heeft {n_spellings} rijen: één per schrijfwijze van een naam. "
             "Gebruik de kolom 'persoon' als index, niet 'naam'.")
    expect_frame(table, "per_persoon", columns=cards.CHARACTERISTICS, rows=len(question.expected["per_persoon"]))
    correct("Elke persoon staat nu op één rij, met al zijn of haar kenmerken ernaast.")


def _expected_sources() -> dict:
    expected: dict[str, set[str]] = {}
    for kenmerk, bron in SOURCE_OF.items():
        expected.setdefault(bron, set()).add(kenmerk)
    return {"kenmerken_per_bron": expected}


@question(CHAPTER, "kenmerken_per_bron", expected=_expected_sources)
def kenmerken_per_bron(question) -> None:
    """Exercise 3: which characteristics each source holds."""
    given = expect_mapping(answer("kenmerken_per_bron"), "kenmerken_per_bron")
    expected = question.expected["kenmerken_per_bron"]
    missing = [bron for bron in expected if bron not in given]
    if missing:
        names = " en ".join(missing)
        fail(f"{'De bronnen' if len(missing) > 1 else 'De bron'} {names} "
             f"{'ontbreken' if len(missing) > 1 else 'ontbreekt'}. Gebruik de namen rood, zwart en blauw.")
    for bron, kenmerken in given.items():
        if bron not in expected:
            fail(f"'{bron}' is geen bron. De bronnen zijn rood, zwart en blauw.")
        if isinstance(kenmerken, str):
            fail(f"Bij '{bron}' staat tekst. Zet de kenmerken in een lijst, zoals ['Leeftijd', 'Geslacht'].")
        wrong = sorted(set(kenmerken) - expected[bron])
        if wrong:
            fail(f"Bij bron {bron} staat {', '.join(wrong)}, maar dat kenmerk komt uit een andere bron.")
        lacking = sorted(expected[bron] - set(kenmerken))
        if lacking:
            fail(f"Bij bron {bron} mist nog {len(lacking)} kenmerk(en).")
    correct("Elke bron levert haar eigen kenmerken. Pas samen vormen ze een profiel.")
