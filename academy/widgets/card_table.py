"""The card table: deal the shuffled pile and sort or filter it.

``CardTable`` is the model (the dealt pile, the current sort and filter) and
can be used and tested without a browser. ``view`` draws it with ipywidgets:
every card a tile, green or yellow by series, the text in its source's ink
and typeface, and the source named on the card, so colour is never the only
cue.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from academy import cards
from academy.plotting import SERIES_COLOURS, SOURCE_COLOURS

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
        self.pile = cards.shuffle(self.deck, seed)
        self.sort_by = SHUFFLED

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


def table_html(shown: pd.DataFrame) -> str:
    tiles = "".join(card_html(card) for card in shown.itertuples(index=False))
    return f'<div style="display:flex;flex-wrap:wrap;gap:4px" role="list" aria-label="Kaarten">{tiles}</div>'


def view(model: CardTable | None = None):
    """The card table as ipywidgets: shuffle button, sort and filters, the tiles."""
    import ipywidgets as w

    model = model or CardTable()
    shuffle = w.Button(description="Schud de kaarten", icon="random")
    sort = w.Dropdown(options=SORT_CHOICES, value=model.sort_by, description="Sorteer op")
    pickers = {
        column: w.Dropdown(options=[ALL, *values], value=model.filters.get(column, ALL),
                           description=f"Alleen {column}", style={"description_width": "initial"})
        for column, values in FILTERS.items()
    }
    status = w.Label()
    tiles = w.HTML()

    def redraw(*_):
        status.value = model.summary()
        tiles.value = table_html(model.visible())

    def on_shuffle(_):
        model.deal(None)
        sort.value = SHUFFLED
        redraw()

    def on_sort(change):
        model.sort(change["new"])
        redraw()

    def on_filter(column):
        def handler(change):
            model.set_filter(column, change["new"])
            redraw()
        return handler

    shuffle.on_click(on_shuffle)
    sort.observe(on_sort, names="value")
    for column, picker in pickers.items():
        picker.observe(on_filter(column), names="value")
    redraw()
    controls = w.HBox([shuffle, sort])
    return w.VBox([controls, w.HBox(list(pickers.values())), status, tiles])
