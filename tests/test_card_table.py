"""The card-table widget: its model without a browser, and its view."""

from __future__ import annotations

import pytest

from academy.widgets.card_table import CardTable, card_html, view


@pytest.fixture
def table():
    return CardTable(seed=11)


def test_deal_is_seeded(table):
    same = CardTable(seed=11)
    assert table.visible().equals(same.visible())
    table.deal(12)
    assert not table.visible().equals(same.visible())


def test_sorting_by_person_puts_ten_cards_together(table):
    table.sort("persoon")
    shown = table.visible()
    assert shown["persoon"].iloc[:10].nunique() == 1
    assert shown["kenmerk"].iloc[:10].nunique() == 10


def test_deal_undoes_the_sort(table):
    table.sort("bron")
    table.deal(3)
    assert table.sort_by == "geschud"


def test_filters_combine_and_clear(table):
    table.set_filter("bron", "rood")
    table.set_filter("reeks", 2)
    shown = table.visible()
    assert len(shown) == 30  # 10 persons x 3 red characteristics
    assert set(shown["bron"]) == {"rood"} and set(shown["reeks"]) == {2}
    table.set_filter("bron", "alle")
    assert len(table.visible()) == 100
    assert "reeks = 2" in table.summary()


def test_bad_choices_are_refused(table):
    with pytest.raises(ValueError):
        table.sort("kleur")
    with pytest.raises(ValueError):
        table.set_filter("bron", "groen")


def test_a_tile_names_its_source_so_colour_is_not_the_only_cue(table):
    card = table.visible().iloc[0]
    html = card_html(card)
    assert f"bron: {card.bron}" in html
    assert 'role="listitem"' in html  # the table is a list of cards for screen readers
    assert card.kenmerk in html


def test_the_view_holds_the_deck_and_the_model_follows_its_clicks(table):
    widget = view(table)
    assert len(widget.tiles) == len(table.deck) and all('class="kaart"' in tile for tile in widget.tiles)
    assert widget.pile == table.order
    widget.sort_by = "reeks"  # the trainee picks another order in the browser
    assert table.sort_by == "reeks"
    widget.filters = {"kenmerk": "Leeftijd"}
    assert len(table.visible()) == 20
    reshuffled = list(reversed(widget.pile))
    widget.pile = reshuffled  # the browser shuffled the pile
    assert table.pile.equals(table.deck.iloc[reshuffled].reset_index(drop=True))


@pytest.mark.parametrize("by", ["persoon", "kenmerk", "bron", "reeks"])
def test_sorting_by_rank_lays_the_pile_as_the_model_does(table, by):
    """The browser sorts the pile by these ranks (ties keep the pile's order): the same order as sort_pile."""
    ranks = view(table).ranks[by]
    in_browser = sorted(table.order, key=lambda at: ranks[at])
    table.sort(by)
    assert table.deck.iloc[in_browser].reset_index(drop=True).equals(table.visible())


def test_chapter_ones_first_cell_does_not_wait_for_seaborn():
    """Chapter 1's first cell imports the deck and this widget: without seaborn and scipy (about 2.5 s on the
    hub's servers, for every trainee), which only a chart needs."""
    import subprocess
    import sys

    code = ("import sys\nfrom academy.cards import load_deck, person_table\n"
            "from academy.widgets.card_table import CardTable, view\n"
            "print(sorted(m for m in ('seaborn', 'scipy', 'matplotlib.pyplot') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
