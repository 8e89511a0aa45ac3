"""Pseudonyms, quasi-identifiers and k-anonymity, generalising and suppressing.

Pseudonymising replaces a name (or a BSN) by a number that says nothing by
itself. Made with a secret key (HMAC-SHA256), the same person gets the same
number in every table made with that key, so tables can still be linked; made
without a key (a plain hash), anyone can find a BSN back by trying every valid
number. Even without names people can stay recognisable by a combination of
ordinary characteristics (the quasi-identifiers): the only person in sector
"Motorvoertuigen" is known to every colleague. k-anonymity measures that;
generalising (age bands, fewer postcode digits) and suppressing (blanking rare
values, hiding counts below ten) repair it. A table of counts with known
totals needs one more step: a hidden count must not come back by
subtraction, so other cells are hidden as well (secondary suppression,
:func:`hide_small_counts`).

Functions accept a list or a pandas Series (and return the same kind; a
Series keeps its index), so they work on the 20 persons of the card deck and
on a synthetic population of a million residents alike.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from academy import dutch
from academy.feedback import require_columns

PSEUDONYM_DIGITS = 16
"""Default length of a pseudonym. With 16 digits the chance that two of a
million different inputs get the same number is about 1 in 18,000 (the
birthday bound n²/2N); 10 digits would give some 50 collisions. For the
twenty persons of the deck, ``digits=6`` gives a number a trainee can read
on a card (and that no value on a card has: the longest, a study debt, has 5)."""

SMALL = 10  # Smart Start's rule: counts below ten are not reported
HIDDEN = f"<{SMALL}"  # a count below SMALL
ALSO_HIDDEN = "x"  # a count of SMALL or more, hidden so that a hidden count cannot be worked out by subtraction

_SHA256_BLOCK = 64
_BSN_WEIGHTS = np.array([9, 8, 7, 6, 5, 4, 3, 2, -1])


# ---------------------------------------------------------------------------
# Keeping the kind of input: list in, list out; Series in, Series out.


def _as_series(values, name: str = "waarden") -> tuple[pd.Series, callable]:
    """The values as a Series, and a function that turns a result back into their kind."""
    if isinstance(values, pd.DataFrame):
        raise TypeError(
            f"Geef één kolom, bijvoorbeeld tabel['naam'], niet een hele tabel ({name})."
        )
    if isinstance(values, pd.Series):
        return values, lambda result: result
    if isinstance(values, pd.Index):
        return pd.Series(values), lambda result: pd.Index(result, name=values.name)
    if isinstance(values, np.ndarray):
        return pd.Series(values), lambda result: result.to_numpy()
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        return pd.Series([values]), lambda result: result.tolist()[0]
    if isinstance(values, tuple):
        return pd.Series(list(values)), lambda result: tuple(result.tolist())
    return pd.Series(list(values)), lambda result: result.tolist()


# ---------------------------------------------------------------------------
# Keyed pseudonyms


def check_key(key) -> bytes:
    """The key as bytes, or a Dutch error a trainee can act on."""
    if key is None:
        raise TypeError("Geef ook de geheime sleutel mee, bijvoorbeeld pseudonymise(namen, SLEUTEL).")
    if isinstance(key, str):
        raise TypeError(
            "De sleutel heeft een b voor de aanhalingstekens nodig. Zet die b ervoor, "
            f'bijvoorbeeld b"{key or "geheim"}".'
        )
    if not isinstance(key, (bytes, bytearray)):
        raise TypeError(
            f"De sleutel moet een tekst met een b ervoor zijn, zoals b\"geheim\", maar het is {type(key).__name__}."
        )
    if not key:
        raise ValueError('De sleutel is leeg. Kies een geheime sleutel, bijvoorbeeld b"mijn-geheim".')
    return bytes(key)


def _hmac_states(key: bytes):
    """SHA-256 states after the inner and outer key blocks of HMAC (RFC 2104).

    Copying a prepared state per value does exactly what ``hmac.digest`` does
    but skips preparing the key a million times: about twice as fast.
    """
    if len(key) > _SHA256_BLOCK:
        key = hashlib.sha256(key).digest()
    key = key.ljust(_SHA256_BLOCK, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in key))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in key))
    return inner, outer


def _hmac_prefixes(values: list, key: bytes, integers: bool = False) -> np.ndarray:
    """The first 8 bytes of HMAC-SHA256(key, value) of each value, as uint64.

    A value is hashed as its text in UTF-8, so 123 and "123" get the same
    pseudonym. The loops are written out per kind of value (``integers``:
    all values are Python ints) because at a million values every step counts.
    """
    inner, outer = _hmac_states(key)
    inner_copy, outer_copy = inner.copy, outer.copy
    digests = []
    append = digests.append
    if integers:
        for value in values:
            i = inner_copy()
            i.update(b"%d" % value)
            o = outer_copy()
            o.update(i.digest())
            append(o.digest())
    else:
        for value in values:
            i = inner_copy()
            i.update(value.encode() if type(value) is str else str(value).encode())
            o = outer_copy()
            o.update(i.digest())
            append(o.digest())
    if not digests:
        return np.empty(0, dtype=np.uint64)
    return np.frombuffer(b"".join(digests), dtype=">u8").reshape(-1, 4)[:, 0].astype(np.uint64)


def pseudonymise(values, key: bytes | None = None, digits: int = PSEUDONYM_DIGITS):
    """Replace each value by a keyed pseudonym: a number of ``digits`` digits.

    HMAC-SHA256 with a secret key: the same value and key always give the
    same number, another key gives another number, and without the key there
    is no way back. Works on a single value, a list or a pandas Series and
    returns the same kind (a Series keeps its index). Missing values stay
    missing. Equal values are hashed once, so a column with many repeats is fast.

    >>> first, again = pseudonymise(["B. Bos", "B. Bos"], b"geheim")
    >>> first == again == pseudonymise("B. Bos", b"geheim")
    True
    """
    key = check_key(key)
    if isinstance(digits, bool) or not isinstance(digits, (int, np.integer)) or not 4 <= digits <= 18:
        raise ValueError(f"Een pseudoniem heeft 4 tot en met 18 cijfers, niet {digits!r}.")
    series, restore = _as_series(values, "pseudonymise")
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    uniques = np.asarray(uniques)
    if uniques.dtype.kind == "f" and np.isfinite(uniques).all() and (uniques == np.round(uniques)).all():
        # A number column with a gap turns float in pandas: 111222333.0 is still BSN 111222333.
        uniques = uniques.astype(np.int64)
    prefixes = _hmac_prefixes(uniques.tolist(), key, integers=uniques.dtype.kind in "iu")
    lowest = 10 ** (digits - 1)
    numbers = (prefixes % np.uint64(9 * lowest) + np.uint64(lowest)).astype(np.int64)
    if (codes < 0).any():
        result = pd.array(numbers, dtype="Int64").take(codes, allow_fill=True)
    else:
        result = numbers[codes]
    return restore(pd.Series(result, index=series.index, name=series.name))


# ---------------------------------------------------------------------------
# Quasi-identifiers and k-anonymity


def _columns(frame: pd.DataFrame, quasi_identifiers) -> list[str]:
    columns = [quasi_identifiers] if isinstance(quasi_identifiers, str) else list(quasi_identifiers)
    require_columns(frame, columns)
    return columns


def _group_ids(frame: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """One number per row; rows with the same values in ``columns`` share it.

    Factorising column by column and folding the codes together is what a
    groupby does inside, without building the groups themselves. Missing
    values count as a value of their own (a suppressed cell is one group).
    """
    ids = np.zeros(len(frame), dtype=np.int64)
    size = 1  # ids are below this number
    for column in columns:
        codes, uniques = pd.factorize(frame[column], use_na_sentinel=False)
        if size * max(len(uniques), 1) >= 2**62:  # the combined number would overflow: renumber first
            ids, distinct = pd.factorize(ids)
            size = len(distinct)
        ids = ids * len(uniques) + codes
        size *= max(len(uniques), 1)
    ids, _ = pd.factorize(ids)
    return ids


def group_sizes(frame: pd.DataFrame, quasi_identifiers) -> pd.Series:
    """For each row: how many rows (itself included) share its quasi-identifier values."""
    columns = _columns(frame, quasi_identifiers)
    ids = _group_ids(frame, columns)
    sizes = np.bincount(ids)[ids] if len(ids) else np.empty(0, dtype=np.int64)
    return pd.Series(sizes, index=frame.index, name="groepsgrootte")


def k_anonymity(frame: pd.DataFrame, quasi_identifiers) -> int:
    """The k of a table: the size of its smallest group of look-alikes.

    Rows that share all quasi-identifier values form a group; a table is
    k-anonymous when every group has at least k rows. k = 1 means someone is
    unique and so recognisable. An empty table has k = 0.
    """
    columns = _columns(frame, quasi_identifiers)
    if len(frame) == 0:
        return 0
    return int(np.bincount(_group_ids(frame, columns)).min())


def unique_rows(frame: pd.DataFrame, quasi_identifiers) -> pd.DataFrame:
    """The rows that no other row shares on the quasi-identifiers (groups of one)."""
    return frame[group_sizes(frame, quasi_identifiers).to_numpy() == 1]


# ---------------------------------------------------------------------------
# Generalising


def age_band(ages, width: int = 10, top: int | None = None):
    """Ages as bands of ``width`` years: 34 becomes "30-39" (width 5: "30-34").

    With ``top`` every age from ``top`` on becomes one band, e.g. "80+", because
    the oldest residents are few and so easy to recognise. Missing stays missing.
    """
    if isinstance(width, bool) or not isinstance(width, (int, np.integer)) or width < 1:
        raise ValueError(f"De breedte van een leeftijdsgroep is een heel getal van 1 of meer, niet {width!r}.")
    series, restore = _as_series(ages, "age_band")
    numbers = pd.to_numeric(series, errors="coerce")
    if numbers.notna().sum() != series.notna().sum():
        bad = series[numbers.isna() & series.notna()].iloc[0]
        raise ValueError(f"Een leeftijd moet een getal zijn; '{bad}' is geen getal.")
    lower = (numbers // width) * width
    if top is not None:
        lower = lower.mask(numbers >= top, top)

    def label(low: float) -> str:
        if top is not None and low >= top:
            return f"{top}+"
        high = low + width - 1 if top is None else min(low + width - 1, top - 1)
        return f"{int(low)}-{int(high)}" if high > low else f"{int(low)}"

    labels = {low: label(low) for low in lower.dropna().unique()}
    result = lower.map(labels)
    return restore(pd.Series(result.to_numpy(dtype=object), index=series.index, name=series.name))


def postcode_digits(postcodes, digits: int = 2):
    """Keep only the first ``digits`` digits of a postcode: "3582 AB" becomes "35".

    A four-digit postcode is a neighbourhood; two digits is a region. Returns
    text, also for postcodes given as numbers. Missing stays missing.
    """
    if isinstance(digits, bool) or not isinstance(digits, (int, np.integer)) or not 1 <= digits <= 4:
        raise ValueError(f"Houd 1 tot en met 4 cijfers van de postcode over, niet {digits!r}.")
    series, restore = _as_series(postcodes, "postcode_digits")
    # Map the distinct postcodes only: a million rows have a few thousand of them.
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    short = np.array([str(p).replace(" ", "")[:digits] for p in uniques.tolist()] + [None], dtype=object)
    result = short[codes]  # code -1 (missing) picks the trailing None
    return restore(pd.Series(result, index=series.index, name=series.name))


# ---------------------------------------------------------------------------
# Suppressing


def suppress(data, columns=None, min_count: int = 2, fill=None):
    """Blank out rare values: a value seen fewer than ``min_count`` times becomes ``fill``.

    ``data`` is a list, a Series or a DataFrame (then ``columns`` says which
    columns; all of them if not given). The default ``fill`` makes the value
    missing; give e.g. ``fill="overig"`` to put the rare values together.
    """
    if isinstance(min_count, bool) or not isinstance(min_count, (int, np.integer)) or min_count < 1:
        raise ValueError(f"min_count is een heel getal van 1 of meer, niet {min_count!r}.")
    if isinstance(data, pd.DataFrame):
        result = data.copy()
        for column in _columns(data, data.columns if columns is None else columns):
            result[column] = suppress(data[column], min_count=min_count, fill=fill)
        return result
    series, restore = _as_series(data, "suppress")
    codes, _ = pd.factorize(series, use_na_sentinel=True)
    known = codes >= 0
    counts = np.bincount(codes[known]) if known.any() else np.zeros(1, dtype=np.int64)
    rare = known & (counts[np.where(known, codes, 0)] < min_count)
    return restore(series.astype(object).where(~rare, fill))


def suppress_small_counts(table, threshold: int = SMALL):
    """Counts below ``threshold`` shown as "<10".

    Smart Start's rule for its results: counts below ten are not reported.
    CBS checks every result for disclosure risk ("onthullingsrisico") before
    it leaves the secure environment; a small count is such a risk.

    ``table`` is a DataFrame or a Series of counts. Numeric cells below the
    threshold become the text f"<{threshold}"; all other cells stay as they
    are (columns with text, such as labels, are left alone).
    """
    if isinstance(threshold, bool) or not isinstance(threshold, (int, np.integer)) or threshold < 1:
        raise ValueError(f"De drempel is een heel getal van 1 of meer, niet {threshold!r}.")
    label = f"<{threshold}"
    if isinstance(table, pd.DataFrame):
        result = table.copy()
        for column in table.columns:
            result[column] = suppress_small_counts(table[column], threshold)
        return result
    if not isinstance(table, pd.Series):
        raise TypeError(f"Geef een tabel of kolom met aantallen (pandas), niet {type(table).__name__}.")
    if not (pd.api.types.is_numeric_dtype(table) and not pd.api.types.is_bool_dtype(table)):
        return table.copy()
    small = table < threshold
    return table.astype(object).where(~small.fillna(False).astype(bool), label)


# ---------------------------------------------------------------------------
# Secondary suppression: no hidden count may come back from a known total


def _solutions(hidden: list, groups: list[list]) -> tuple[np.ndarray, np.ndarray]:
    """The reader's equations: one row per known total, one column per hidden cell.

    For each group the reader knows its total and its shown cells, so the
    sum of its hidden cells. Returns that 0/1 matrix and a basis of the
    counts the equations leave free (its null space, one row per direction).
    A hidden cell can be worked out exactly when no free direction moves it.
    """
    column = {cell: number for number, cell in enumerate(hidden)}
    matrix = np.zeros((len(groups), len(hidden)))
    for row, group in enumerate(groups):
        for cell in group:
            if cell in column:
                matrix[row, column[cell]] = 1
    if not len(hidden) or not len(groups):
        return matrix, np.eye(len(hidden))
    _, singular, directions = np.linalg.svd(matrix)
    rank = int((singular > 1e-9).sum())
    return matrix, directions[rank:]


def _freeing_cell(cell, hidden: list, groups: list[list], candidates: list, counts: Mapping):
    """The smallest shown cell that, hidden as well, makes ``cell`` impossible to work out.

    Hiding a cell d adds a column to the equations. The null space grows
    only when that column is a combination y of the old ones, and the new
    free direction (y, -1) moves ``cell`` when y does. If no single cell
    does it, the smallest shown cell of a group with ``cell`` (it helps on
    the next round), else the smallest shown cell. None when all is hidden.
    """
    if not candidates:
        return None
    matrix, _ = _solutions(hidden, groups)
    added = np.array([[cell_d in group for cell_d in candidates] for group in groups], dtype=float)
    combination = np.linalg.lstsq(matrix, added, rcond=None)[0]
    fits = np.abs(matrix @ combination - added).max(axis=0, initial=0) < 1e-9
    moves = np.abs(combination[hidden.index(cell)]) > 1e-9
    freeing = [d for d, ok in zip(candidates, fits & moves) if ok]
    near = [d for d in candidates if any(cell in group and d in group for group in groups)]
    return min(freeing or near or candidates, key=counts.__getitem__)


def hidden_cells(counts: Mapping[Hashable, int], groups: Iterable[Iterable[Hashable]],
                 unseen: Iterable[Hashable] = ()) -> dict[Hashable, str]:
    """Which cells of a table to hide, and how: ``{cell: "<10" or "x"}``.

    ``counts`` maps every cell (any hashable key) to its count. ``groups``
    are lists of cells whose total the reader knows: a row of a cross table
    (the cluster's size is shown elsewhere), a column, all values of one
    characteristic in one group. A group whose total is below SMALL has
    all its cells hidden, and its total is hidden where it is shown.
    ``unseen`` are cells that are not shown but follow from a known total,
    such as the households *without* youth care when only "ja" is shown:
    they count as hidden and get no mark.

    Primary suppression: every count below SMALL is hidden ("<10").
    Secondary suppression, cell by cell ("x"), until neither holds:

    * some group has hidden cells that add up to fewer than SMALL (its total
      minus its shown cells would give a small count away): hide one more
      cell of that group, the only one left if there is one, else the
      smallest;
    * a count below SMALL can be worked out exactly by combining the known
      totals, for instance a column with a single hidden "x" gives that
      cell back, and then the cell's row gives its "<10" back: hide the
      smallest cell that makes that impossible (see :func:`_freeing_cell`).

    A hidden count of SMALL or more that can be worked out gives nothing
    away by itself, and may stay (the households without youth care).
    """
    counts = dict(counts)
    unseen = set(unseen)
    groups = [list(group) for group in groups]
    known = [group for group in groups if sum(counts[cell] for cell in group) >= SMALL]
    hidden = {cell for cell, count in counts.items() if count < SMALL} | unseen
    marks = {cell: HIDDEN for cell in hidden - unseen}

    def hide(cell):
        hidden.add(cell)
        marks[cell] = ALSO_HIDDEN

    while True:
        open_groups = []
        for group in groups:
            inside = [counts[cell] for cell in group if cell in hidden]
            shown = [cell for cell in group if cell not in hidden]
            if inside and shown and sum(inside) < SMALL:
                open_groups.append(shown)
        if open_groups:
            # A group with one shown cell left has no choice; hide those first, they may settle other groups.
            forced = [shown[0] for shown in open_groups if len(shown) == 1]
            for cell in forced or [min(open_groups[0], key=counts.__getitem__)]:
                hide(cell)
            continue
        in_order = [cell for cell in counts if cell in hidden]
        _, free = _solutions(in_order, known)
        exposed = [cell for number, cell in enumerate(in_order)
                   if counts[cell] < SMALL and np.abs(free[:, number]).max(initial=0) < 1e-9]
        if not exposed:
            return marks
        extra = _freeing_cell(exposed[0], in_order, known, [cell for cell in counts if cell not in hidden], counts)
        if extra is None:  # everything is hidden already
            return marks
        hide(extra)


def hide_small_counts(table):
    """A table of counts that is safe to show: "<10" for small counts, "x" for what would give one away.

    ``table`` is a Series of counts whose total is known (the cluster
    sizes) or a DataFrame of counts such as ``pd.crosstab(...)`` without
    margins, whose row and column totals are known. The result has the same
    shape; each cell holds its count, "<10" or "x" (see :func:`hidden_cells`).
    """
    if not isinstance(table, (pd.Series, pd.DataFrame)):
        raise TypeError(f"Geef een tabel met aantallen (pandas), geen {type(table).__name__}.")
    frame = table.to_frame() if isinstance(table, pd.Series) else table
    if frame.empty:
        raise ValueError("De tabel met aantallen is leeg.")
    if not all(pd.api.types.is_numeric_dtype(kind) and not pd.api.types.is_bool_dtype(kind) for kind in frame.dtypes):
        raise ValueError("In de tabel staat iets anders dan aantallen. Geef een tabel met aantallen, "
                         "zoals pd.crosstab die maakt.")
    values = frame.to_numpy()
    n_rows, n_columns = values.shape
    counts = {(i, j): values[i, j] for i in range(n_rows) for j in range(n_columns)}
    groups = [[(i, j) for i in range(n_rows)] for j in range(n_columns)]
    if isinstance(table, pd.DataFrame):
        groups += [[(i, j) for j in range(n_columns)] for i in range(n_rows)]
    shown = frame.astype(object)
    for (i, j), mark in hidden_cells(counts, groups).items():
        shown.iat[i, j] = mark
    return shown.iloc[:, 0].rename(table.name) if isinstance(table, pd.Series) else shown


# ---------------------------------------------------------------------------
# Why a plain hash of a BSN is not a pseudonym


def _bsn_mask(numbers: np.ndarray) -> np.ndarray:
    """Elfproef for an array of integers (9 digits, leading zeros allowed)."""
    numbers = np.asarray(numbers, dtype=np.int64)
    total = np.zeros(numbers.shape, dtype=np.int64)
    rest = numbers.copy()
    for weight in _BSN_WEIGHTS[::-1]:
        total += weight * (rest % 10)
        rest //= 10
    return (total % 11 == 0) & (numbers > 0) & (numbers < 1_000_000_000)


def is_valid_bsn(n) -> bool:
    """Does ``n`` pass the elfproef of a burgerservicenummer?

    9 digits d1..d9 (a number of 8 digits gets a leading 0):
    9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a multiple of 11.

    >>> is_valid_bsn(111222333), is_valid_bsn(123456789)
    (True, False)
    """
    if isinstance(n, bool):
        return False
    if isinstance(n, str):
        n = n.strip()
        if not (n.isascii() and n.isdigit() and len(n) in (8, 9)):
            return False
        n = int(n)
    if not isinstance(n, (int, np.integer)):
        return False
    return bool(_bsn_mask(np.array([n]))[0])


def valid_bsns(start: int = 100_000_000, stop: int = 101_000_000) -> np.ndarray:
    """All numbers in ``start`` ≤ n < ``stop`` that pass the elfproef, in order.

    About 1 in 11 numbers passes. At most 100 million numbers per call.
    """
    start, stop = max(int(start), 1), min(int(stop), 1_000_000_000)
    if stop - start > 100_000_000:
        raise ValueError("Dat zijn te veel getallen in één keer; vraag er hooguit 100 miljoen tegelijk.")
    parts = []
    for low in range(start, max(start, stop), 10_000_000):  # chunks keep memory small
        numbers = np.arange(low, min(low + 10_000_000, stop), dtype=np.int64)
        parts.append(numbers[_bsn_mask(numbers)])
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)


def count_valid_bsns() -> int:
    """How many numbers from 000000001 to 999999999 pass the elfproef (exact).

    Counted digit by digit: how many ways each weighted sum modulo 11 can be reached.
    """
    ways = np.zeros(11, dtype=np.int64)
    ways[0] = 1
    for weight in _BSN_WEIGHTS:
        ways = sum(np.roll(ways, (weight * digit) % 11) for digit in range(10))
    return int(ways[0]) - 1  # 000000000 passes the sum but is not a number


def _bsn_text(bsn) -> bytes:
    return str(bsn).strip().zfill(9).encode()


def plain_hash(bsn) -> str:
    """SHA-256 of a BSN written with 9 digits, without a key (hexadecimal).

    Looks unreadable, but is not a pseudonym: see :func:`find_bsn_by_hash`.
    """
    return hashlib.sha256(_bsn_text(bsn)).hexdigest()


def find_bsn_by_hash(digest: str, candidates) -> int | None:
    """Find the BSN behind a plain hash by hashing candidates until one matches.

    ``candidates`` is any sequence of numbers, e.g. :func:`valid_bsns`. Returns
    the BSN, or None when it is not among the candidates.
    """
    target = bytes.fromhex(digest) if isinstance(digest, str) else bytes(digest)
    sha256 = hashlib.sha256
    if isinstance(candidates, np.ndarray):
        candidates = candidates.tolist()
    for candidate in candidates:
        text = b"%09d" % candidate if isinstance(candidate, int) else _bsn_text(candidate)
        if sha256(text).digest() == target:
            return int(candidate)
    return None


def _dutch_duration(seconds: float) -> str:
    for size, unit in ((86_400, "dagen"), (3_600, "uur"), (60, "minuten")):
        if seconds >= 2 * size:
            return f"{dutch.number(seconds / size, '.1f')} {unit}"
    return f"{seconds:.0f} seconden"


@dataclass(frozen=True)
class HashRate:
    """How fast this computer hashes BSNs, and what that means for all of them."""

    per_second: float
    candidates: int
    seconds_for_all: float

    def __str__(self) -> str:
        return (
            f"Deze computer rekent {dutch.number(self.per_second, ',.0f')} hashes per seconde uit. "
            f"Alle {dutch.number(self.candidates, ',.0f')} geldige BSN's proberen duurt dan ongeveer "
            f"{_dutch_duration(self.seconds_for_all)}."
        )


def hash_rate(sample: int = 200_000) -> HashRate:
    """Time the search of :func:`find_bsn_by_hash` over ``sample`` valid BSNs.

    The search runs through the sample without a match (the worst case), and
    the rate gives an estimate for all valid BSNs (:func:`count_valid_bsns`).
    """
    candidates = valid_bsns(100_000_000, 100_000_000 + 11 * int(sample) + 11)[: int(sample)]
    started = time.perf_counter()
    find_bsn_by_hash(b"\0" * 32, candidates)
    seconds = max(time.perf_counter() - started, 1e-9)
    per_second = len(candidates) / seconds
    total = count_valid_bsns()
    return HashRate(per_second=per_second, candidates=total, seconds_for_all=total / per_second)
