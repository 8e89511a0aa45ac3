"""Loading, validating, shuffling, sorting and pivoting the deck."""

from __future__ import annotations

import pandas as pd
import pytest

from academy import cards
from conftest import ROOT


@pytest.fixture(scope="module")
def deck():
    return cards.load_deck()


def write_bad(tmp_path, edit):
    frame = pd.read_csv(ROOT / "data" / "cards.csv", dtype=str, keep_default_na=False)
    frame = edit(frame)
    path = tmp_path / "cards.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("edit, words", [
    (lambda f: f.assign(reeks=f["reeks"].where(f.index != 4, "3")), ["Regel 6", "reeks"]),
    (lambda f: f.assign(bron=f["bron"].where(f.index != 0, "groen")), ["Regel 2", "groen"]),
    (lambda f: f.assign(kenmerk=f["kenmerk"].where(f.index != 9, "Schoenmaat")), ["Regel 11", "Schoenmaat"]),
    (lambda f: f.assign(waarde=f["waarde"].where(f.index != 0, "")), ["Regel 2", "leeg"]),
    (lambda f: f.assign(waarde=f["waarde"].where(f.index != 0, "oud")), ["Regel 2", "getal"]),
    (lambda f: f.rename(columns={"bron": "kleur"}), ["kolommen"]),
])
def test_malformed_file_names_the_bad_row(tmp_path, edit, words):
    with pytest.raises(cards.DeckError) as error:
        cards.load_deck(write_bad(tmp_path, edit))
    for word in words:
        assert word in str(error.value)


def test_person_column_joins_the_spellings(deck):
    assert deck["naam"].nunique() == 34
    assert deck["persoon"].nunique() == 20
    assert set(deck[deck["persoon"] == "F. van Dongen"]["naam"]) == {"F. van Dongen", "F.van Dongen", "Dongen, F. van"}


def test_shuffle_is_seeded_and_keeps_every_card(deck):
    a, b, c = cards.shuffle(deck, 1), cards.shuffle(deck, 1), cards.shuffle(deck, 2)
    assert a.equals(b)
    assert not a.equals(c)
    key = ["naam", "kenmerk"]
    assert a.sort_values(key).reset_index(drop=True).equals(deck.sort_values(key).reset_index(drop=True))


@pytest.mark.parametrize("by", ["persoon", "kenmerk", "bron", "reeks"])
def test_every_sort_order_groups_the_cards(deck, by):
    pile = cards.sort_pile(cards.shuffle(deck, 7), by)
    assert len(pile) == 200
    column = pile[by]
    # each value forms one block: it never comes back after another value
    blocks = (column != column.shift()).sum()
    assert blocks == column.nunique()


def test_sort_orders_follow_course_order(deck):
    pile = cards.sort_pile(cards.shuffle(deck, 3), "bron")
    assert list(dict.fromkeys(pile["bron"])) == ["zwart", "rood", "blauw"]
    by_person = cards.sort_pile(cards.shuffle(deck, 3), "persoon")
    assert list(by_person["kenmerk"][:10]) == list(cards.CHARACTERISTICS)


def test_unknown_sort_is_refused_in_dutch(deck):
    with pytest.raises(ValueError, match="Sorteren kan op"):
        cards.sort_pile(deck, "kleur")


def test_person_table_is_one_row_per_person(deck):
    table = cards.person_table(deck)
    assert len(table) == 20
    assert list(table.columns) == ["persoon", "reeks", *cards.CHARACTERISTICS]
    bos = table.set_index("persoon").loc["B. Bos"]
    assert bos["Leeftijd"] == 28 and bos["reeks"] == 1 and bos["Sector"] == "ICT"
    assert table["Leeftijd"].dtype.kind == "i"
