"""Friendly Dutch checks for the visible test cells of the exercises.

A check either prints a short confirmation or raises ``AssertionError``
carrying one Dutch sentence about the trainee's answer: nbgrader scores the
cell 0 and the trainee reads the sentence, not a stack of internals. The
chapter-specific checks (``academy.checks``) are built from these pieces.
"""

from __future__ import annotations

import inspect
import numbers
import sys
from collections.abc import Iterable

import pandas as pd

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


def answer(name: str, depth: int = 2):
    """Fetch the trainee's variable ``name`` from the notebook.

    Looks in the globals of the caller of the check (the notebook), so a
    check can say "you have not made X yet" instead of a NameError.
    """
    frame = inspect.currentframe()
    for _ in range(depth):
        frame = frame.f_back
    value = frame.f_globals.get(name, _MISSING)
    if value is _MISSING:
        fail(f"Je hebt `{name}` nog niet gemaakt. Schrijf je antwoord in de cel erboven en voer die cel uit.")
    if value is Ellipsis or value is None:
        fail(f"`{name}` is nog leeg. Vervang de puntjes (of None) door je antwoord.")
    return value


def _what_is(value) -> str:
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
        fail(f"`{name}` moet een getal zijn, maar het is {_what_is(value)}.")
    return value


def expect_close(value, expected: float, name: str, tolerance: float = 1e-6, hints: dict | None = None) -> None:
    """A number close to ``expected``; known mistakes get their own sentence.

    A value within ``tolerance`` of ``expected`` is right, also when a usual
    mistake happens to give the same number (the product of two shares equals
    the share of both when the draws are independent): the hints are only
    looked at for a wrong value.
    """
    expect_number(value, name)
    if abs(value - expected) <= tolerance:
        return
    for wrong, message in (hints or {}).items():
        if abs(value - wrong) <= tolerance:
            fail(message)
    fail(f"`{name}` is {value}. Dat klopt nog niet: kijk nog eens goed naar de vraag.")


def expect_frame(value, name: str, columns: Iterable[str] = (), rows: int | None = None) -> pd.DataFrame:
    """A pandas table with at least these columns and, if given, this many rows."""
    if not isinstance(value, pd.DataFrame):
        fail(f"`{name}` moet een tabel (DataFrame) zijn, maar het is {_what_is(value)}.")
    if value.empty:
        fail(f"De tabel `{name}` is leeg.")
    missing = [column for column in columns if column not in value.columns and column != value.index.name]
    if missing:
        fail(f"In `{name}` mist de kolom {', '.join(repr(m) for m in missing)}.")
    if rows is not None and len(value) != rows:
        fail(f"`{name}` heeft {len(value)} rijen; er horen er {rows} te zijn.")
    return value


def expect_collection(value, name: str) -> list:
    """A list, tuple, set or column of values, returned as a list."""
    if isinstance(value, (str, bytes, dict)) or not isinstance(value, Iterable):
        fail(f"`{name}` moet een lijst zijn, zoals ['a', 'b'], maar het is {_what_is(value)}.")
    items = list(value)
    if not items:
        fail(f"De lijst `{name}` is leeg.")
    return items


def expect_mapping(value, name: str) -> dict:
    """A dictionary (a pandas Series counts too)."""
    if isinstance(value, pd.Series):
        value = value.to_dict()
    if not isinstance(value, dict):
        fail(f"`{name}` moet een woordenboek zijn, zoals {{'rood': [...]}}, maar het is {_what_is(value)}.")
    if not value:
        fail(f"Het woordenboek `{name}` is leeg.")
    return value
