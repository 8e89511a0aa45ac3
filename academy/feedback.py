"""Friendly Dutch checks for the visible test cells of the exercises.

A check either prints a short confirmation or raises ``AssertionError``
carrying one Dutch sentence about the trainee's answer: nbgrader scores the
cell 0 and the trainee reads the sentence, not a stack of internals. The
chapter-specific checks (``academy.checks``) are built from these pieces.
"""

from __future__ import annotations

import difflib
import inspect
import math
import numbers
import sys
from collections.abc import Iterable

import pandas as pd

from academy import runs

_MISSING = object()
# Under the message of a failed check, in the red error box of the notebook.
NOT_YET_RIGHT = "✘ Nog niet gelukt: lees de uitleg hierboven."


class WrongAnswer(AssertionError):
    """A wrong answer; the message is meant for the trainee."""

    def _render_traceback_(self) -> list[str]:
        """How IPython shows it: the message as Markdown (so `code` renders), then one short Dutch line.

        Without this IPython writes Python's class name ("WrongAnswer: ") before the Dutch sentence.
        The returned line is the error output's text: the cell still fails, so nbgrader scores it 0."""
        if not getattr(self, "_shown", False):  # IPython also calls this to store the error in its history
            self._shown = True
            message = str(self)
            shell = sys.modules["IPython"].get_ipython()  # only IPython calls this method
            shell.display_pub.publish(data={"text/markdown": message, "text/plain": message})
        return [NOT_YET_RIGHT]


def fail(message: str) -> None:
    """Stop the check with a Dutch message for the trainee."""
    raise WrongAnswer(message)


def correct(message: str = "") -> None:
    """Tell the trainee the answer is right."""
    print(f"✔ Goed zo! {message}".rstrip())


def answer(name: str):
    """Fetch the trainee's variable ``name`` from the notebook.

    Looks in the globals of the first caller outside this package (the notebook), so a
    check can say "you have not made X yet" instead of a NameError. A value
    left from an earlier attempt is not judged: when the cell that makes it
    raised, was not run or was changed since (``academy.runs``), the check says so.
    """
    frame = inspect.currentframe().f_back
    while frame.f_back is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "academy":
        frame = frame.f_back
    stale = runs.stale(name)
    if stale:
        fail(stale)
    value = frame.f_globals.get(name, _MISSING)
    if value is _MISSING:
        fail(f"Je hebt `{name}` nog niet gemaakt. Schrijf je antwoord in de cel erboven en voer die cel uit.")
    if value is Ellipsis or value is None:
        fail(f"`{name}` is nog leeg. Vervang de puntjes (of None) door je antwoord.")
    return value


def what_is(value) -> str:
    """A Dutch description of the kind of value a trainee gave.

    Missing values (None, NaN, pd.NA, NaT) are "niets (een lege cel)", never
    "het getal nan" or a Python type name.
    """
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return "niets (een lege cel)"
    if isinstance(value, str) and not value.strip():
        return "een lege tekst"
    if isinstance(value, bool):
        return "een waar/onwaar-waarde (True of False)"
    if isinstance(value, str):
        return f"tekst ('{value[:40]}')"
    if isinstance(value, numbers.Number):
        return f"het getal {value}"
    if isinstance(value, pd.DataFrame):
        return f"een tabel met {len(value)} rijen"
    if isinstance(value, pd.Series):
        return f"een kolom met {len(value)} waarden"
    if isinstance(value, dict):
        return f"een woordenboek (dict) met {len(value)} items"
    if isinstance(value, (list, tuple, set)):
        return f"een lijst met {len(value)} items"
    return f"iets van het type {type(value).__name__}"


def _decimal_comma(value) -> bool:
    """``x = 0,25`` in Python makes the pair (0, 25): a Dutch decimal comma typed in code."""
    return (isinstance(value, tuple) and len(value) == 2
            and all(isinstance(part, numbers.Integral) and not isinstance(part, bool) for part in value))


def expect_number(value, name: str) -> float:
    """The answer must be a number, not NaN (a digit string gets its own message)."""
    if isinstance(value, str) and value.strip().replace(",", ".").replace(".", "", 1).isdigit():
        comma = " en schrijf een punt in plaats van de komma" if "," in value else ""
        fail(f"`{name}` is tekst ('{value}'), geen getal. Haal de aanhalingstekens weg{comma}.")
    if _decimal_comma(value):
        whole, fraction = value
        fail(f"`{name}` is geen getal: Python leest `{whole},{fraction}` als twee getallen ({whole} en {fraction}). "
             f"Schrijf een punt: `{whole}.{fraction}`.")
    if isinstance(value, bool) or not isinstance(value, numbers.Number) or pd.isna(value):
        fail(f"`{name}` moet een getal zijn, maar het is {what_is(value)}.")
    return value


# ---------------------------------------------------------------- numbers: one tolerance policy

# Every numeric answer in the course is judged by this rule, stated only here: a number is right when it
# agrees with the exact answer in its first three significant digits and its first three decimals (the
# finer of the two), i.e. when it is off by at most half a unit in that digit. So an answer that is not
# rounded is right, and so is 0.448 for 0.44847 or 0.0409 for 0.040912; 0.04 or 0.041 for 0.0409 are
# "rounded too early" (with its own sentence), and a count (a whole number) must be exactly right.
# Three significant digits keep apart the usual mistakes that lie close to a small share (0.0249 for 0.0252).
SIGNIFICANT_DIGITS = 3
DECIMALS = 3


def tolerance(exact: float) -> float:
    """How far an answer may be from ``exact`` and still be right (the policy above)."""
    by_decimals = 0.5 * 10 ** -DECIMALS
    if exact == 0 or not math.isfinite(exact):
        return by_decimals
    first_digit = math.floor(math.log10(abs(exact)))
    return min(by_decimals, 0.5 * 10 ** (first_digit - SIGNIFICANT_DIGITS + 1))


def close_enough(given: float, exact: float) -> bool:
    """The course's one tolerance policy for numbers (see ``tolerance``); a hair of slack for binary floats."""
    return abs(given - exact) <= tolerance(exact) * (1 + 1e-9)


def near_miss(given: float, exact: float, name: str) -> str | None:
    """A sentence for the usual near misses of a number: a percentage for a share (or the other way round),
    rounded too early, one off in a count. None when ``given`` is none of these."""
    if 0 < abs(exact) <= 1 and close_enough(given, 100 * exact):
        return f"`{name}` is {given}: dat is een percentage. Geef een aandeel van 0 tot 1: deel door 100."
    if 1 < abs(exact) <= 100 and not float(exact).is_integer() and close_enough(100 * given, exact):
        return f"`{name}` is {given}: dat is 100 keer te klein. Geef een percentage: vermenigvuldig met 100."
    for decimals in range(6):
        if given == round(given, decimals) and exact != round(exact, decimals) \
                and abs(given - exact) < 10 ** -decimals:
            return (f"`{name}` is {given}: bijna goed, maar te vroeg afgerond. Rond niet af: laat de computer "
                    "het hele getal uitrekenen.")
    if float(exact).is_integer() and abs(given - exact) == 1:
        return (f"`{name}` is {given}: je zit er precies één naast. Tel je er één te veel of te weinig, "
                "bijvoorbeeld de eerste of de laatste?")
    return None


def not_yet(given: float, exact: float, name: str) -> str:
    """The sentence for a wrong number that is no known mistake: which way to look, and where."""
    way = "kleiner" if given > exact else "groter"
    return (f"`{name}` is {given}. Dat klopt nog niet: het goede antwoord is {way}. Lees de vraag nog eens "
            "en open de Hint onder de opdracht.")


def swapped_keys(given: dict, exact: dict) -> tuple | None:
    """Two keys (groups) whose numbers were swapped: each holds the other's exact number."""
    keys = [key for key in exact if key in given]
    for index, first in enumerate(keys):
        for second in keys[index + 1:]:
            if close_enough(given[first], exact[second]) and close_enough(given[second], exact[first]) \
                    and not close_enough(given[first], exact[first]):
                return first, second
    return None


def expect_close(value, expected: float, name: str, hints: dict | None = None) -> None:
    """A number close enough to ``expected`` (the one policy, TOLERANCE); known mistakes get their own sentence.

    A right value is right, also when a usual mistake happens to give the same number (the
    product of two shares equals the share of both when the draws are independent): the hints
    are only looked at for a wrong value; then the usual near misses; then which way to look.
    """
    expect_number(value, name)
    if close_enough(value, expected):
        return
    for wrong, message in (hints or {}).items():
        if close_enough(value, wrong):
            fail(message)
    fail(near_miss(value, expected, name) or not_yet(value, expected, name))


def expect_frame(value, name: str, columns: Iterable[str] = (), rows: int | None = None) -> pd.DataFrame:
    """A pandas table with at least these columns and, if given, this many rows."""
    if not isinstance(value, pd.DataFrame):
        fail(f"`{name}` moet een tabel (DataFrame) zijn, maar het is {what_is(value)}.")
    if value.empty:
        fail(f"De tabel `{name}` is leeg.")
    expect_columns(value, columns, name)
    if rows is not None and len(value) != rows:
        fail(f"`{name}` heeft {len(value)} rijen; er horen er {rows} te zijn.")
    return value


def expect_columns(table: pd.DataFrame, columns: Iterable[str], name: str, advice: str = "") -> None:
    """The table ``name`` has these columns (its index may be one); else the course's sentence, then ``advice``."""
    missing = [column for column in columns if column not in table.columns and column != table.index.name]
    if missing:
        fail(f"{no_column(missing, table.columns, f'`{name}`')} {advice}".rstrip())


def expect_collection(value, name: str) -> list:
    """A list, tuple, set or column of values, returned as a list."""
    if isinstance(value, (str, bytes, dict)) or not isinstance(value, Iterable):
        fail(f"`{name}` moet een lijst zijn, zoals ['a', 'b'], maar het is {what_is(value)}.")
    items = list(value)
    if not items:
        fail(f"De lijst `{name}` is leeg.")
    return items


def expect_mapping(value, name: str) -> dict:
    """A dictionary (a pandas Series counts too)."""
    if isinstance(value, pd.Series):
        value = value.to_dict()
    if not isinstance(value, dict):
        fail(f"`{name}` moet een woordenboek zijn, zoals {{'rood': [...]}}, maar het is {what_is(value)}.")
    if not value:
        fail(f"Het woordenboek `{name}` is leeg.")
    return value


# ---------------------------------------------------------------- tables: one sentence for a missing column

SHORT_LIST = 12  # at most this many names in a sentence


def closest(word: str, candidates) -> str | None:
    """The candidate a typo most likely meant ("leeftjd" for "leeftijd"), or None."""
    matches = difflib.get_close_matches(word, [c for c in candidates if isinstance(c, str)], n=1, cutoff=0.7)
    return matches[0] if matches else None


def listing(names) -> str:
    """Names for a sentence: 'a', 'b', 'c' (after SHORT_LIST of them: how many more)."""
    names = [str(n) for n in names]
    shown = ", ".join(f"'{n}'" for n in names[:SHORT_LIST])
    return shown + (f" en nog {len(names) - SHORT_LIST} andere" if len(names) > SHORT_LIST else "")


def no_column(missing, columns, where: str = "De tabel") -> str:
    """The course's one sentence for a column that is not in a table: which one, the name a typo meant, and
    the columns there are. A check (:func:`expect_frame`), a course function a trainee calls
    (:func:`require_columns`) and pandas' own KeyError (``academy.errors``) all say it this way."""
    missing = [str(m) for m in missing]
    if len(missing) == 1:
        match = closest(missing[0], [str(c) for c in columns])
        guess = f" Bedoel je '{match}'?" if match else ""
        return f"{where} heeft geen kolom '{missing[0]}'.{guess} De kolommen zijn: {listing(columns)}."
    return f"{where} heeft geen kolommen {listing(missing)}. De kolommen zijn: {listing(columns)}."


def require_columns(table, columns, where: str = "De tabel", advice: str = "", error=ValueError) -> None:
    """For a course function a trainee calls: ``table`` is a pandas table with ``columns``.

    If not, it raises ``TypeError`` (no table) or ``error`` (a column missing) with a Dutch sentence, then
    ``advice`` (what to pass instead)."""
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"Geef een tabel (DataFrame), maar dit is {what_is(table)}. {advice}".rstrip())
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise error(f"{no_column(missing, table.columns, where)} {advice}".rstrip())
