"""The deck of the database game: load, validate, shuffle, sort, pivot.

The deck is a long table: one row per card (``naam, reeks, kenmerk, waarde,
bron``). Sorting the cards by person and putting them side by side is a
pivot: one row per person, one column per characteristic.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from academy.datasets import load_cards_raw
from academy.datasets.deck import CHARACTERISTICS, COLUMNS, SOURCE_OF, canonical_name

SOURCES = ["zwart", "rood", "blauw"]
SOURCE_NAMES = {
    "zwart": "Basisregistratie Personen",
    "rood": "Werk en Inkomen",
    "blauw": "andere organisaties",
}
SERIES_NAMES = {1: "reeks 1 (groen: werk gevonden)", 2: "reeks 2 (geel: nog geen werk)"}
NUMERIC = [
    "Leeftijd", "Studieschuld", "Aantal ziekenhuisbezoeken",
    "Aantal maanden in uitkering", "Aantal interventies",
]
# The orders a trainee can sort the pile in, and the columns behind each.
SORT_ORDERS = {
    "persoon": ["persoon", "kenmerk"],
    "kenmerk": ["kenmerk", "reeks", "persoon"],
    "bron": ["bron", "persoon", "kenmerk"],
    "reeks": ["reeks", "persoon", "kenmerk"],
}

# How many persons of reeks 2 carry a number instead of a name, and the seed
# that picks them (the same persons and numbers every time).
PSEUDONYMISED_COUNT = 3
PSEUDONYM_SEED = 2
# Three-digit numbers: no value on any card has three digits, so a number
# can never be mistaken for an age, a postcode or an amount.
PSEUDONYM_RANGE = (100, 1000)


class DeckError(ValueError):
    """The card file does not look like the deck (message in Dutch)."""


def validate(frame: pd.DataFrame) -> None:
    """Raise :class:`DeckError` naming the first bad row, if any."""
    if list(frame.columns) != COLUMNS:
        raise DeckError(
            f"Het kaartenbestand heeft de kolommen {list(frame.columns)}; "
            f"verwacht zijn precies {COLUMNS}."
        )
    for position, row in enumerate(frame.itertuples(index=False)):
        line = position + 2  # the header is line 1 of the file
        problem = _row_problem(row)
        if problem:
            raise DeckError(f"Regel {line} van het kaartenbestand klopt niet: {problem} ({tuple(row)}).")


def _row_problem(row) -> str | None:
    if not str(row.naam).strip():
        return "de naam is leeg"
    if str(row.reeks) not in ("1", "2"):
        return f"reeks is '{row.reeks}', maar moet 1 of 2 zijn"
    if row.kenmerk not in SOURCE_OF:
        return f"'{row.kenmerk}' is geen kenmerk van het spel"
    if row.bron not in SOURCES:
        return f"bron is '{row.bron}', maar moet rood, zwart of blauw zijn"
    if SOURCE_OF[row.kenmerk] != row.bron:
        return f"'{row.kenmerk}' hoort bij bron {SOURCE_OF[row.kenmerk]}, niet bij {row.bron}"
    if not str(row.waarde).strip():
        return "de waarde is leeg"
    if row.kenmerk in NUMERIC and not str(row.waarde).strip().isdigit():
        return f"'{row.kenmerk}' moet een heel getal zijn, niet '{row.waarde}'"
    return None


def load_deck(path: Path | str | None = None) -> pd.DataFrame:
    """The validated deck, with ``reeks`` as a number and a ``persoon`` column.

    ``persoon`` is the name written one way (the sources spell it
    differently), so the cards of one person can be put together.
    """
    frame = load_cards_raw(Path(path) if path else None)
    validate(frame)
    frame = frame.assign(reeks=frame["reeks"].astype(int))
    frame["persoon"] = frame["naam"].map(canonical_name)
    return frame


def shuffle(deck: pd.DataFrame, seed: int | None = None) -> pd.DataFrame:
    """The pile in a random order; the same seed deals the same pile."""
    return deck.sample(frac=1, random_state=seed).reset_index(drop=True)


def sort_pile(pile: pd.DataFrame, by: str) -> pd.DataFrame:
    """The pile sorted as a trainee would lay it out: by persoon, kenmerk, bron or reeks."""
    if by not in SORT_ORDERS:
        raise ValueError(f"Sorteren kan op {', '.join(SORT_ORDERS)}; niet op '{by}'.")
    ranks = {
        "kenmerk": pile["kenmerk"].map(CHARACTERISTICS.index),
        "bron": pile["bron"].map(SOURCES.index),
    }
    keys = pile.assign(**{f"_{name}": rank for name, rank in ranks.items()})
    columns = [f"_{c}" if c in ranks else c for c in SORT_ORDERS[by]]
    ordered = keys.sort_values(columns, kind="stable")
    return ordered[pile.columns].reset_index(drop=True)


def person_table(deck: pd.DataFrame) -> pd.DataFrame:
    """One row per person, one column per characteristic (a pivot of the pile)."""
    table = deck.pivot(index=["persoon", "reeks"], columns="kenmerk", values="waarde")
    table = table.reset_index().rename_axis(columns=None)
    for column in NUMERIC:
        table[column] = table[column].astype(int)
    table = table[["persoon", "reeks", *CHARACTERISTICS]]
    return table.sort_values(["reeks", "persoon"]).reset_index(drop=True)


# The hint of Opdracht 1: a few yellow cards already carry a number instead of a name.

def choose_pseudonyms(deck: pd.DataFrame, count: int = PSEUDONYMISED_COUNT,
                      seed: int = PSEUDONYM_SEED) -> dict[str, str]:
    """A few persons of reeks 2 and the number that replaces each one's name.

    Keys are the ``persoon`` column (one spelling per person), so the same
    number lands on all ten cards of a person, whichever source wrote them.
    """
    persons = sorted(deck.loc[deck["reeks"] == 2, "persoon"].unique())
    if count > len(persons):
        raise ValueError(f"Reeks 2 has {len(persons)} persons; cannot pseudonymise {count}.")
    rng = np.random.default_rng(seed)
    chosen = sorted(rng.choice(persons, size=count, replace=False))
    numbers = rng.choice(np.arange(*PSEUDONYM_RANGE), size=count, replace=False)
    return {str(person): str(number) for person, number in zip(chosen, numbers)}


def pseudonymise_persons(deck: pd.DataFrame, pseudonyms: dict[str, str]) -> pd.DataFrame:
    """The deck with the chosen persons' names replaced by their numbers."""
    replaced = deck["persoon"].map(pseudonyms)
    return deck.assign(naam=replaced.fillna(deck["naam"]))
