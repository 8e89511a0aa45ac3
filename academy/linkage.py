"""Names as the sources write them, and linking the sources on a key.

The three sources of the card game write the same name in their own way
("F. van Dongen", "F.van Dongen", "Dongen, F. van"). ``canonical_name``
brings each spelling back to one form (it lives with the spellings, in
:mod:`academy.datasets.deck`); ``name_key`` makes a key to match on.

Linking puts the rows of the sources side by side where a key is equal:
the printed name misses the persons whose name is spelled differently, the
normalised name finds them, and a shared keyed pseudonym (like the RIN of
CBS) links without any name. ``linkage_report`` says what linked, what did
not, and which keys are ambiguous (shared by more than one record).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from academy.cards import NUMERIC, SOURCES, load_deck
from academy.datasets.deck import SOURCE_OF, canonical_name  # noqa: F401 (chapters use it from here)
from academy.feedback import require_columns
from academy.privacy import PSEUDONYM_DIGITS, pseudonymise

# Letters that Unicode does not split into a base letter and an accent.
_BASE_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th"})
_HAS_BASE_LETTER = re.compile("[ıøłđæœþ]")
# A name with the surname first ("Dongen, F. van"): what comes before and after the first comma.
_SURNAME_FIRST = re.compile(r"^([^,\n]*),([^\n]*)$", re.MULTILINE)
_NOT_KEY_BYTES = bytes(b for b in range(128) if not (97 <= b <= 122 or b == 10))  # all but a-z and newline


def _keys(names: list[str]) -> list[str]:
    """:func:`name_key` of each name, as a few passes over all names joined into one text.

    Only the letters of the canonical name count, so the key is the letters of
    "rest surname" (for "surname, rest") in lower case without accents. Every
    step works letter by letter, so doing it on the joined text gives the same
    keys as doing it per name, without a Python loop over 100,000 names.
    """
    if not names:
        return []
    text = "\n".join(names)
    if text.count("\n") != len(names) - 1:  # a name with a line break: a space, as far as the key goes
        text = "\n".join(name.replace("\n", " ") for name in names)
    if "," in text:
        text = _SURNAME_FIRST.sub(r"\2 \1", text)
    text = text.casefold()
    if _HAS_BASE_LETTER.search(text):
        text = text.translate(_BASE_LETTERS)
    # Accents become separate marks (NFKD); ASCII drops them, and everything but a-z goes.
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore")
    return ascii_text.translate(None, _NOT_KEY_BYTES).decode("ascii").split("\n")


def name_key(name: str) -> str:
    """A matching key: the canonical name in lower case, letters only, accents dropped.

    "Öztürk" and "Ozturk" get the same key: one source may drop the accents.

    >>> name_key("Dongen, F. van")
    'fvandongen'
    """
    return _keys([str(name)])[0]


# ---------------------------------------------------------------------------
# Linking the sources on a key

HOW = ("inner", "left", "right", "outer")


def name_keys(names):
    """:func:`name_key` for a whole column (or list); each distinct name is done once."""
    series = names if isinstance(names, pd.Series) else pd.Series(list(names), dtype=object)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    keys = np.array(_keys([str(name) for name in uniques.tolist()]) + [None], dtype=object)
    result = pd.Series(keys[codes], index=series.index, name=series.name)
    return result if isinstance(names, pd.Series) else result.tolist()


def source_tables(deck: pd.DataFrame | None = None, key: bytes | None = None) -> dict[str, pd.DataFrame]:
    """The deck as its three sources: one table per card colour, one row per person.

    Each table has the name as that source prints it (``naam``) and the
    characteristics that source holds, sorted by its own spelling of the name,
    as a register would be. Keys: ``"zwart"``, ``"rood"``, ``"blauw"``.

    With ``key`` the sources come as CBS hands them out: the name replaced by
    a keyed pseudonym in a column ``rin`` (:func:`pseudonymise_table`), so
    they link on ``rin`` without a name.
    """
    deck = load_deck() if deck is None else deck
    tables = {}
    for source in SOURCES:
        cards = deck[deck["bron"] == source]
        table = cards.pivot(index="naam", columns="kenmerk", values="waarde")
        columns = [c for c in SOURCE_OF if SOURCE_OF[c] == source]
        table = table[columns].reset_index().rename_axis(columns=None)
        for column in columns:
            if column in NUMERIC:
                table[column] = table[column].astype(int)
        table = table.sort_values("naam", ignore_index=True)
        table.attrs["bron"] = source
        tables[source] = table if key is None else pseudonymise_table(table, key, new_column="rin")
    return tables


def pseudonymise_table(table: pd.DataFrame, key: bytes, column: str = "naam",
                       new_column: str = "pseudoniem", normalise: bool = True,
                       digits: int = PSEUDONYM_DIGITS) -> pd.DataFrame:
    """The table with ``column`` replaced by a keyed pseudonym, as CBS replaces names by a RIN.

    With ``normalise`` the name is first brought to its :func:`name_key`, so
    "F.van Dongen" and "Dongen, F. van" get the same pseudonym. Two tables
    made with the same key can be linked on ``new_column``; with different
    keys nothing matches. ``digits`` as in :func:`academy.privacy.pseudonymise`.
    A value without letters (a BSN) has no name key and is pseudonymised as it is.
    A blank name (missing, empty or only spaces) gets no pseudonym but stays
    missing, so it links to nothing (as :func:`link` treats a blank key).
    """
    require_columns(table, [column])
    values = table[column]
    if normalise:
        keys = name_keys(values)
        values = keys.where(keys.str.len() > 0, values)
    blank = _blank(table[column])
    if blank.any():
        values = values.astype(object).mask(blank)
    result = table.drop(columns=column)
    result.insert(0, new_column, pseudonymise(values, key, digits=digits))
    result.attrs = dict(table.attrs)
    return result


def _names(tables) -> dict[str, pd.DataFrame]:
    """Tables by name: a dict as given, or names from ``attrs['bron']`` (else links/rechts)."""
    if len(tables) == 1 and isinstance(tables[0], dict):
        tables = tables[0]
        return {str(name): table for name, table in tables.items()}
    names = [getattr(t, "attrs", {}).get("bron") for t in tables]
    if None in names or len(set(names)) < len(names):
        names = ["links", "rechts"] if len(tables) == 2 else [f"bron {i + 1}" for i in range(len(tables))]
    return dict(zip(names, tables))


def _on(on) -> list[str]:
    return [on] if isinstance(on, str) else list(on)


def _blank(values) -> np.ndarray:
    """True where a value is no key: missing, or text with nothing but spaces."""
    values = pd.Series(values) if not isinstance(values, pd.Series) else values
    blank = values.isna().to_numpy().copy()
    if values.dtype == object or isinstance(values.dtype, pd.StringDtype):
        # Check the distinct values only: a key column repeats few of them, or they are few.
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        empty = np.array([isinstance(u, str) and not u.strip() for u in uniques.tolist()] + [True])
        blank |= empty[codes]
    return blank


def _without_key(table: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """True for the rows with an empty value in any key column: those rows never link."""
    blank = np.zeros(len(table), dtype=bool)
    for key in keys:
        blank |= _blank(table[key])
    return blank


def _merge(left: pd.DataFrame, right: pd.DataFrame, keys: list[str], how: str) -> pd.DataFrame:
    """``left.merge(right)`` where rows with an empty key match nothing (pandas would pair empty with empty).

    With how "left", "right" or "outer" those rows are still kept, unlinked, at the end.
    """
    left_blank, right_blank = _without_key(left, keys), _without_key(right, keys)
    if not left_blank.any() and not right_blank.any():
        return left.merge(right, on=keys, how=how, sort=False)
    merged = left[~left_blank].merge(right[~right_blank], on=keys, how=how, sort=False)
    parts = [merged]
    if how in ("left", "outer") and left_blank.any():
        parts.append(left[left_blank])
    if how in ("right", "outer") and right_blank.any():
        parts.append(right[right_blank])
    return pd.concat(parts, ignore_index=True)[merged.columns] if len(parts) > 1 else merged


def link(left: pd.DataFrame, right: pd.DataFrame, on="naam", how: str = "inner") -> pd.DataFrame:
    """Put the rows of two tables side by side where their key ``on`` is equal.

    ``how="inner"`` keeps only the linked rows; "left", "right" and "outer"
    also keep the unlinked rows of one or both tables (with empty cells).
    Other columns with the same name get the source as a suffix (``naam_zwart``).
    A row with an empty key (missing, or blank text) links to nothing.
    """
    return link_all(left, right, on=on, how=how)


def link_all(*tables, on="naam", how: str = "inner") -> pd.DataFrame:
    """Link two or more tables on ``on``: ``link_all(zwart, rood, blauw)`` or ``link_all(dict)``.

    Columns (other than the key) that appear in more than one table are
    renamed to ``<column>_<source>``, so nothing is lost or mixed up.
    """
    named = _names(tables)
    if len(named) < 2:
        raise ValueError("Om te koppelen zijn minstens twee tabellen nodig.")
    if how not in HOW:
        raise ValueError(f"how moet 'inner', 'left', 'right' of 'outer' zijn, niet {how!r}.")
    keys = _on(on)
    for name, table in named.items():
        require_columns(table, keys, f"De tabel {name}")
    seen: dict[str, int] = {}
    for table in named.values():
        for column in table.columns:
            if column not in keys:
                seen[column] = seen.get(column, 0) + 1
    result = None
    for name, table in named.items():
        renamed = table.rename(columns={c: f"{c}_{name}" for c in table.columns if seen.get(c, 0) > 1})
        result = renamed if result is None else _merge(result, renamed, keys, how)
    result = result[keys + [c for c in result.columns if c not in keys]]
    result.attrs = {}
    return result


@dataclass
class LinkageReport:
    """What linking some tables on a key did: linked, unlinked, ambiguous.

    ``linked``: keys found exactly once in every table (persons linked).
    ``unlinked``: per table, its records whose key is missing in another table.
    ``ambiguous``: keys found more than once in some table, with the counts per
    table; their records can not be linked with certainty.
    Per table: records = linked + unlinked + records with an ambiguous key.
    """

    on: str
    records: dict[str, int]
    linked: int
    unlinked: dict[str, pd.DataFrame]
    ambiguous: pd.DataFrame
    ambiguous_records: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict:
        """The numbers of the report as plain Python (JSON-safe)."""
        return {
            "records": dict(self.records),
            "linked": self.linked,
            "unlinked": {name: len(frame) for name, frame in self.unlinked.items()},
            "ambiguous_keys": len(self.ambiguous),
            "ambiguous_records": dict(self.ambiguous_records),
        }

    def __str__(self) -> str:
        unlinked = ", ".join(f"{name} {len(frame)}" for name, frame in self.unlinked.items())
        everywhere = "beide tabellen" if len(self.records) == 2 else f"alle {len(self.records)} tabellen"
        return (
            f"Gekoppeld op '{self.on}': {self.linked} personen staan in {everywhere}. "
            f"Niet gekoppeld (aantal rijen per tabel): {unlinked}. "
            f"Dubbelzinnig: {len(self.ambiguous)} sleutels komen in een tabel vaker dan één keer voor."
        )


def linkage_report(*tables, on: str = "naam") -> LinkageReport:
    """Which records of these tables link on ``on``: ``linkage_report(zwart, rood, on="naam")``.

    Tables as in :func:`link_all`. A record with an empty key never links.
    """
    named = _names(tables)
    if len(named) < 2:
        raise ValueError("Om te koppelen zijn minstens twee tabellen nodig.")
    if not isinstance(on, str):
        raise ValueError("Een koppelrapport gaat over één sleutelkolom; geef on als tekst, zoals on='naam'.")
    for name, table in named.items():
        require_columns(table, [on], f"De tabel {name}")
    # One code per distinct key over all tables; count each key per table.
    codes, uniques = pd.factorize(pd.concat([t[on] for t in named.values()], ignore_index=True))
    if uniques.dtype == object or isinstance(uniques.dtype, pd.StringDtype):
        blank = _blank(pd.Series(uniques))
        if blank.any():  # blank text is no key either, as in link
            codes = np.where(blank[np.maximum(codes, 0)] & (codes >= 0), -1, codes)
    bounds = np.cumsum([0] + [len(t) for t in named.values()])
    per_table = [codes[bounds[i]:bounds[i + 1]] for i in range(len(named))]
    counts = np.column_stack([np.bincount(c[c >= 0], minlength=len(uniques)) for c in per_table])
    ambiguous = (counts > 1).any(axis=1)
    linked = (counts == 1).all(axis=1)
    unlinked, ambiguous_records = {}, {}
    for (name, table), table_codes in zip(named.items(), per_table):
        known = table_codes >= 0
        is_ambiguous = known & ambiguous[np.where(known, table_codes, 0)]
        is_linked = known & linked[np.where(known, table_codes, 0)]
        unlinked[name] = table[~is_ambiguous & ~is_linked]
        ambiguous_records[name] = int(is_ambiguous.sum())
    ambiguous_table = pd.DataFrame(counts[ambiguous], columns=list(named))
    ambiguous_table.insert(0, on, uniques[ambiguous])
    return LinkageReport(
        on=on,
        records={name: len(table) for name, table in named.items()},
        linked=int(linked.sum()),
        unlinked=unlinked,
        ambiguous=ambiguous_table,
        ambiguous_records=ambiguous_records,
    )
