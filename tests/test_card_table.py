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


def test_view_draws_every_visible_card(table):
    table.set_filter("kenmerk", "Leeftijd")
    widget = view(table)
    tiles = widget.children[-1].value
    assert tiles.count('class="kaart"') == 20
    sort = widget.children[0].children[1]
    sort.value = "reeks"  # the trainee picks another order
    assert table.sort_by == "reeks"
