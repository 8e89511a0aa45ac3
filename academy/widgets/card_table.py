"""The card table: deal the shuffled pile and sort or filter it.

``CardTable`` is the model (the dealt pile, the current sort and filter) and
can be used and tested without a browser. ``view`` draws it in the browser
(an anywidget: shuffling, sorting and filtering work without Python too, on
the static site; in a notebook the model follows every click): every card a tile, green or yellow by series, the text in its source's ink
and typeface, and the source named on the card, so colour is never the only
cue.
"""

from __future__ import annotations

from html import escape

import anywidget
import pandas as pd
import traitlets

from academy import cards
from academy.plotting import SERIES_COLOURS, SOURCE_COLOURS
from academy.widgets.browser import esm

SHUFFLED = "geschud"
SORT_CHOICES = [SHUFFLED, *cards.SORT_ORDERS]
ALL = "alle"
# The filters a trainee can set, with the values to choose from.
FILTERS = {
    "reeks": [1, 2],
    "bron": cards.SOURCES,
    "kenmerk": cards.CHARACTERISTICS,
}
# A typeface per source, as on the printed cards.
SOURCE_FONTS = {"zwart": "Georgia, serif", "rood": "Verdana, sans-serif", "blauw": "'Courier New', monospace"}


class CardTable:
    """The dealt pile with the trainee's current sort order and filter."""

    def __init__(self, deck: pd.DataFrame | None = None, seed: int | None = 0):
        self.deck = cards.load_deck() if deck is None else deck
        self.sort_by = SHUFFLED
        self.filters: dict[str, object] = {}
        self.deal(seed)

    def deal(self, seed: int | None = None) -> None:
        """Shuffle the whole deck into a new pile (the sort is undone)."""
        positions = pd.DataFrame({"at": range(len(self.deck))})
        self.lay(cards.shuffle(positions, seed)["at"].tolist())
        self.sort_by = SHUFFLED

    def lay(self, order) -> None:
        """Lay the deck in this order: a list of every card's position in the deck."""
        order = [int(at) for at in order]
        if sorted(order) != list(range(len(self.deck))):
            raise ValueError("A pile holds every card of the deck exactly once.")
        self.order = order
        self.pile = self.deck.iloc[order].reset_index(drop=True)

    def sort(self, by: str) -> None:
        if by not in SORT_CHOICES:
            raise ValueError(f"Sorteren kan op: {', '.join(SORT_CHOICES)}.")
        self.sort_by = by

    def set_filter(self, column: str, value) -> None:
        """Show only cards with this value; ``alle`` (or None) removes the filter."""
        if column not in FILTERS:
            raise ValueError(f"Filteren kan op: {', '.join(FILTERS)}.")
        if value in (ALL, None):
            self.filters.pop(column, None)
            return
        if value not in FILTERS[column]:
            raise ValueError(f"'{value}' is geen waarde van {column}.")
        self.filters[column] = value

    def visible(self) -> pd.DataFrame:
        """The cards on the table now, in the order they lie."""
        pile = self.pile if self.sort_by == SHUFFLED else cards.sort_pile(self.pile, self.sort_by)
        for column, value in self.filters.items():
            pile = pile[pile[column] == value]
        return pile.reset_index(drop=True)

    def summary(self) -> str:
        shown = self.visible()
        return (f"{len(shown)} van de {len(self.pile)} kaarten, "
                f"gesorteerd: {self.sort_by}, filter: "
                + (", ".join(f"{k} = {v}" for k, v in self.filters.items()) or "geen"))


def card_html(card) -> str:
    """One card as an HTML tile."""
    ink, font = SOURCE_COLOURS[card.bron], SOURCE_FONTS[card.bron]
    stock = SERIES_COLOURS[card.reeks]
    source = f"bron: {card.bron} ({cards.SOURCE_NAMES[card.bron]})"
    return (
        f'<div class="kaart" role="listitem" style="background:{stock};color:{ink};font-family:{font};'
        'border:1px solid #555;border-radius:6px;padding:6px;width:150px;min-height:78px;'
        'box-sizing:border-box;font-size:12px;line-height:1.3">'
        f"<strong>{escape(card.naam)}</strong><br>"
        f"{escape(card.kenmerk)}: <strong>{escape(str(card.waarde))}</strong><br>"
        f'<span style="font-size:10px;color:#333">{escape(source)} · reeks {card.reeks}</span></div>'
    )


def sort_ranks(deck: pd.DataFrame) -> dict[str, list[int]]:
    """Per sort order, a rank per card of the deck: sorting a pile by rank (ties kept in the
    pile's order) lays it as :func:`cards.sort_pile` does."""
    ranks = {}
    for by, columns in cards.SORT_ORDERS.items():
        ordered = cards.sort_pile(deck.assign(_at=range(len(deck))), by)
        keys = list(ordered[columns].itertuples(index=False))
        rank, at_rank = 0, [0] * len(deck)
        for place, (at, key) in enumerate(zip(ordered["_at"], keys)):
            if place and key != keys[place - 1]:
                rank += 1
            at_rank[at] = rank
        ranks[by] = at_rank
    return ranks


class CardTableView(anywidget.AnyWidget):
    """The card table in the browser; see academy/widgets/js/card_table.js for the state it reads."""

    _esm = esm("card_table")
    tiles = traitlets.List().tag(sync=True)
    fields = traitlets.List().tag(sync=True)
    ranks = traitlets.Dict().tag(sync=True)
    sort_choices = traitlets.List().tag(sync=True)
    filter_choices = traitlets.Dict().tag(sync=True)
    all_label = traitlets.Unicode(ALL).tag(sync=True)
    pile = traitlets.List().tag(sync=True)
    sort_by = traitlets.Unicode().tag(sync=True)
    filters = traitlets.Dict().tag(sync=True)


def view(model: CardTable | None = None) -> CardTableView:
    """The card table: shuffle button, sort and filters, the tiles; ``model`` follows every click."""
    model = model or CardTable()
    deck = model.deck.reset_index(drop=True)
    widget = CardTableView(
        tiles=[card_html(card) for card in deck.itertuples(index=False)],
        fields=[{column: card[column] for column in FILTERS} for card in deck[list(FILTERS)].to_dict("records")],
        ranks=sort_ranks(deck), sort_choices=SORT_CHOICES,
        filter_choices={column: list(values) for column, values in FILTERS.items()},
        pile=model.order, sort_by=model.sort_by, filters=dict(model.filters),
    )

    def on_filters(change):
        for column in FILTERS:
            model.set_filter(column, change["new"].get(column))

    widget.observe(lambda change: model.lay(change["new"]), names="pile")
    widget.observe(lambda change: model.sort(change["new"]), names="sort_by")
    widget.observe(on_filters, names="filters")
    return widget
