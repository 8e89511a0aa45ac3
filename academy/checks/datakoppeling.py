"""Checks of chapter 3, Datakoppeling."""

from __future__ import annotations

import pandas as pd

from academy import cards
from academy.checks.common import cell_text
from academy.checks.question import question
from academy.feedback import answer, correct, expect_close, expect_columns, expect_frame, fail
from academy.linkage import link, name_keys, source_tables

CHAPTER = "03-datakoppeling"
KEY = b"cbs-geheim-2024"
"""The key the chapter gives the trainee as RIN_SLEUTEL (the RIN is made with it)."""

# Columns of each source that identify its part of a linked row.
BLACK = ["Leeftijd", "Postcode"]
RED = ["Sector", "Aantal maanden in uitkering"]
BLUE = ["Opleidingsniveau", "Aantal ziekenhuisbezoeken"]
BLACK_RED = BLACK + RED
BLACK_BLUE = BLACK + BLUE


def _sources() -> dict[str, pd.DataFrame]:
    return source_tables(cards.load_deck())


def _normalised(table: pd.DataFrame) -> pd.DataFrame:
    return table.assign(sleutel=name_keys(table["naam"]))


def rows(table: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The rows as sorted tuples of text, to compare two linkings whatever their order."""
    return sorted(tuple(cell_text(v) for v in row) for row in table[columns].itertuples(index=False))


def _not_a_table(value, name: str) -> None:
    if isinstance(value, (pd.Series, list, tuple, dict)):
        fail(f"`{name}` moet een tabel zijn: de uitkomst van link(...). Het is nu een kolom of lijst.")


def _has_both(table: pd.DataFrame, name: str, parts: dict[str, list[str]], how: str) -> None:
    """A linked table holds characteristics of both sources; else say which source is missing, and ``how``."""
    for source, columns in parts.items():
        missing = [c for c in columns if c not in table.columns]
        if len(missing) == len(columns):
            fail(f"In `{name}` staan geen kenmerken van {source} (zoals {columns[0]}). {how}")
        expect_columns(table, columns, name, "Koppel de hele tabellen, niet een paar kolommen.")


def _same_links(table: pd.DataFrame, expected: pd.DataFrame, columns: list[str], name: str) -> None:
    """The linked rows must put each person's characteristics together, not two persons'.

    Called after :func:`_has_both`, so every column is there.
    """
    if rows(table, columns) != rows(expected, columns):
        fail(f"In `{name}` staan kenmerken van verschillende personen in één rij. "
             "Koppel op een sleutel die voor dezelfde persoon gelijk is.")


# ---------------------------------------------------------------- exercise 1

def _expected_exact() -> dict:
    black, red = _sources()["zwart"], _sources()["rood"]
    exact = link(black, red, on="naam")
    return {"exact": exact, "niet_gekoppeld": len(black) - len(exact), "personen": len(black)}


@question(CHAPTER, "exact", "niet_gekoppeld", expected=_expected_exact)
def exact_koppelen(question) -> None:
    """Exercise 1: ``exact`` (zwart and rood linked on the printed name) and ``niet_gekoppeld``."""
    expected, missed, everybody = (question.expected[k] for k in ("exact", "niet_gekoppeld", "personen"))

    table = answer("exact")
    _not_a_table(table, "exact")
    expect_frame(table, "exact")
    _has_both(table, "exact", {"zwart": BLACK, "rood": RED},
              "Koppel de tabel zwart aan de tabel rood met link, op de kolom \"naam\".")
    if len(table) == everybody + missed:
        fail(f"`exact` heeft {len(table)} rijen: je hield ook de rijen die niet gekoppeld zijn. "
             "Gebruik link zonder how=...: dan houd je alleen de gekoppelde rijen.")
    if len(table) == everybody and table[["Sector"]].isna().any().any():
        fail(f"`exact` heeft {everybody} rijen, maar niet elke rij is gekoppeld. "
             "Gebruik link zonder how=...: dan houd je alleen de gekoppelde rijen.")
    if len(table) == everybody:
        fail(f"`exact` heeft {everybody} rijen: iedereen is gekoppeld. Koppel in deze oefening op de naam "
             "zoals die gedrukt is (on=\"naam\"), zonder de namen eerst gelijk te maken.")
    if len(table) != len(expected):
        fail(f"`exact` heeft {len(table)} rijen. Koppel de tabel zwart aan de tabel rood op de kolom \"naam\".")
    _same_links(table, expected, BLACK_RED, "exact")

    count = answer("niet_gekoppeld")
    expect_close(count, missed, "niet_gekoppeld", hints={
        len(expected): f"Je telde {len(expected)}: dat zijn de personen die wél gekoppeld zijn. "
                       "Hoeveel personen uit zwart bleven over?",
        2 * missed: f"Je telde {2 * missed}: dat zijn de losse rijen van zwart én rood samen. "
                    "Hoeveel personen uit zwart kregen geen partner?",
        everybody: f"Er zijn {everybody} personen in zwart. Hoeveel daarvan staan niet in `exact`?",
    })
    correct(f"{len(expected)} personen zijn gekoppeld, {missed} niet: hun naam staat in elke bron anders.")


# ---------------------------------------------------------------- exercise 2

def _expected_normalised() -> dict:
    black, red = _sources()["zwart"], _sources()["rood"]
    return {"genormaliseerd": link(_normalised(black), _normalised(red), on="sleutel"),
            "exact": link(black, red, on="naam")}


@question(CHAPTER, "genormaliseerd", expected=_expected_normalised)
def genormaliseerd_koppelen(question) -> None:
    """Exercise 2: ``genormaliseerd``, zwart and rood linked on a normalised name."""
    expected, exact = question.expected["genormaliseerd"], question.expected["exact"]

    table = answer("genormaliseerd")
    _not_a_table(table, "genormaliseerd")
    if isinstance(table, pd.DataFrame) and table.empty:
        fail("Er is niets gekoppeld. Maak de sleutel in beide tabellen op dezelfde manier, met name_keys.")
    expect_frame(table, "genormaliseerd")
    _has_both(table, "genormaliseerd", {"zwart": BLACK, "rood": RED},
              "Koppel zwart en rood, elk met een kolom sleutel, met link op \"sleutel\".")
    if len(table) == len(exact):
        fail(f"`genormaliseerd` heeft {len(table)} rijen, net als bij de gedrukte namen. Koppel op de "
             "kolom `sleutel` die je met name_keys maakte, niet op \"naam\".")
    if len(table) > len(expected):
        fail(f"`genormaliseerd` heeft {len(table)} rijen; er zijn maar {len(expected)} personen. "
             "Sommige rijen staan er dubbel in: koppel op de genormaliseerde naam van beide tabellen.")
    if len(table) != len(expected):
        fail(f"`genormaliseerd` heeft {len(table)} rijen; als elke naam goed gelijk is gemaakt, "
             f"zijn het er {len(expected)}. Maak de sleutel in beide tabellen op dezelfde manier.")
    _same_links(table, expected, BLACK_RED, "genormaliseerd")
    correct(f"Na het gelijk maken van de namen zijn alle {len(expected)} personen gekoppeld.")


# ---------------------------------------------------------------- exercise 3

def _expected_rin() -> dict:
    handed_out = source_tables(cards.load_deck(), key=KEY)
    return {"op_rin": link(handed_out["zwart"], handed_out["blauw"], on="rin")}


@question(CHAPTER, "op_rin", expected=_expected_rin)
def rin_koppelen(question) -> None:
    """Exercise 3: ``op_rin``, zwart and blauw linked on their keyed pseudonym ``rin``, without names."""
    expected = question.expected["op_rin"]

    table = answer("op_rin")
    _not_a_table(table, "op_rin")
    if isinstance(table, pd.DataFrame) and table.empty:
        fail("Er is niets gekoppeld. Pseudonimiseer blauw op dezelfde manier als zwart: met pseudonymise_table "
             "en dezelfde sleutel RIN_SLEUTEL. Met een andere sleutel krijgt dezelfde persoon een ander nummer.")
    expect_frame(table, "op_rin")
    names = set(cards.load_deck()["naam"])
    for column in table.columns:
        if table[column].isin(names).any():
            fail(f"In `op_rin` staan nog namen (kolom '{column}'). Pseudonimiseer blauw met "
                 "pseudonymise_table en koppel op 'rin', zonder namen.")
    expect_columns(table, ["rin"], "op_rin", "Maak het pseudoniem met new_column=\"rin\" en koppel op \"rin\".")
    _has_both(table, "op_rin", {"zwart": BLACK, "blauw": BLUE},
              "Koppel zwart_rin aan de gepseudonimiseerde tabel blauw, op \"rin\".")
    if len(table) != len(expected):
        fail(f"`op_rin` heeft {len(table)} rijen; er horen {len(expected)} personen in te staan. "
             "Pseudonimiseer blauw op dezelfde manier als zwart (met pseudonymise_table).")
    if {cell_text(v) for v in table["rin"]} != {cell_text(v) for v in expected["rin"]}:
        fail("De nummers in de kolom 'rin' zijn niet gemaakt met RIN_SLEUTEL. Gebruik dezelfde sleutel als voor zwart.")
    _same_links(table, expected, BLACK_BLUE, "op_rin")
    correct(f"Alle {len(expected)} personen zijn gekoppeld op hun nummer, zonder één naam te zien.")
