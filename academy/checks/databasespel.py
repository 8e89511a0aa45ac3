"""Checks of chapter 1, Het databasespel."""

from __future__ import annotations

from academy import cards
from academy.datasets.deck import SOURCE_OF
from academy.feedback import answer, correct, expect_close, expect_frame, expect_mapping, fail


def tel_de_kaarten() -> None:
    """Exercise 1: aantal_kaarten, aantal_personen, aantal_bronnen."""
    deck = cards.load_deck()
    n_cards, n_persons = len(deck), deck["persoon"].nunique()
    n_spellings, n_sources = deck["naam"].nunique(), deck["bron"].nunique()

    expect_close(answer("aantal_kaarten"), n_cards, "aantal_kaarten", hints={
        n_persons: f"Je telde {n_persons}: dat zijn de personen. Hoeveel kaarten (rijen) liggen er op tafel?",
    })
    expect_close(answer("aantal_personen"), n_persons, "aantal_personen", hints={
        n_cards: f"Je telde {n_cards}: dat zijn de kaarten. Hoeveel verschillende personen staan erop?",
        n_spellings: (f"Je telde {n_spellings} verschillende namen. Maar sommige bronnen schrijven dezelfde "
                      "naam anders ('F. van Dongen' en 'Dongen, F. van'). Tel de kolom 'persoon'."),
        len(deck) / deck["persoon"].nunique(): "Dat is het aantal kaarten per persoon. Hoeveel personen zijn er?",
    })
    expect_close(answer("aantal_bronnen"), n_sources, "aantal_bronnen", hints={
        2: "Er zijn twee reeksen (groen en geel), maar hoeveel bronnen (inktkleuren) zijn er?",
    })
    correct(f"Er liggen {n_cards} kaarten op tafel, van {n_persons} personen, uit {n_sources} bronnen.")


def per_persoon() -> None:
    """Exercise 2: one row per person, one column per characteristic."""
    table = answer("per_persoon")
    expect_frame(table, "per_persoon")
    deck = cards.load_deck()
    n_spellings = deck["naam"].nunique()
    if len(table) == len(deck):
        fail("Je tabel heeft nog een rij per kaart. Zet de kenmerken naast elkaar met pivot.")
    if len(table) == n_spellings:
        fail(f"Je tabel heeft {n_spellings} rijen: één per schrijfwijze van een naam. "
             "Gebruik de kolom 'persoon' als index, niet 'naam'.")
    expect_frame(table, "per_persoon", columns=cards.CHARACTERISTICS, rows=deck["persoon"].nunique())
    correct("Elke persoon staat nu op één rij, met al zijn of haar kenmerken ernaast.")


def kenmerken_per_bron() -> None:
    """Exercise 3: which characteristics each source holds."""
    given = expect_mapping(answer("kenmerken_per_bron"), "kenmerken_per_bron")
    expected: dict[str, set[str]] = {}
    for kenmerk, bron in SOURCE_OF.items():
        expected.setdefault(bron, set()).add(kenmerk)
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
