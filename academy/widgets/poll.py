"""The poll of Deel 2: the trainee takes a position on every statement.

``Poll`` is the model: one position per statement on a five-point scale (1
helemaal oneens … 5 helemaal eens), or ``None`` while not chosen. Its
stored form is a plain dict ``{"kans_1": 4, …}`` (:meth:`Poll.to_answer`),
which the trainee copies into the graded answer cell as ``posities = {…}``
because nbgrader does not save widget clicks. :func:`validate_answer`
checks that form and :func:`class_spread` counts a class's answers for the
trainer. ``view`` draws one row of buttons per statement and keeps the line
to copy up to date.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Mapping
from html import escape

import pandas as pd

from academy.dialogue import GROUPS, STATEMENT_IDS, STATEMENTS
from academy.feedback import WrongAnswer, fail

SCALE = {1: "helemaal oneens", 2: "oneens", 3: "neutraal", 4: "eens", 5: "helemaal eens"}
ANSWER_NAME = "posities"
_RANGE = "een heel getal van 1 (helemaal oneens) tot en met 5 (helemaal eens)"


def _position_problem(statement_id: str, value) -> str | None:
    """A Dutch sentence if ``value`` is not a position on the scale, else None."""
    if isinstance(value, str):
        if value.strip().isdigit():
            return f"Bij {statement_id} staat tekst ('{value}'), geen getal. Haal de aanhalingstekens weg."
        return f"Bij {statement_id} staat tekst ('{value[:30]}'). Gebruik {_RANGE}."
    if isinstance(value, bool) or not isinstance(value, numbers.Number):
        return f"Bij {statement_id} staat {value!r}. Gebruik {_RANGE}."
    if not isinstance(value, numbers.Integral):
        return f"Bij {statement_id} staat {value}. Gebruik {_RANGE}, zonder komma."
    if int(value) not in SCALE:
        return f"Bij {statement_id} staat {value}. Dat kan niet: gebruik {_RANGE}."
    return None


def validate_answer(obj, name: str = ANSWER_NAME) -> dict[str, int]:
    """The answer in its clean form, or :class:`WrongAnswer` with a Dutch sentence.

    Refused: no dict, an unknown statement id, a position that is not a whole
    number from 1 to 5, and a statement without a position (``None`` or left out).
    """
    if not isinstance(obj, Mapping):
        fail(f"`{name}` moet een woordenboek zijn, zoals {{'kans_1': 4, ...}}. "
             "Kopieer de regel die onder de stellingen staat.")
    unknown = [key for key in obj if key not in STATEMENTS]
    if unknown:
        fail(f"{', '.join(repr(k) for k in unknown)} is geen stelling uit de lijst. "
             f"Kopieer de regel `{name} = {{...}}` opnieuw, zonder iets te veranderen.")
    for statement_id in STATEMENT_IDS:
        value = obj.get(statement_id)
        if value is not None:
            problem = _position_problem(statement_id, value)
            if problem:
                fail(problem)
    missing = [statement_id for statement_id in STATEMENT_IDS if obj.get(statement_id) is None]
    if missing:
        count = "1 stelling" if len(missing) == 1 else f"{len(missing)} stellingen"
        fail(f"Je hebt nog geen positie gekozen bij {count}: {', '.join(missing)}. "
             "Kies bij elke stelling een knop en kopieer de regel opnieuw.")
    return {statement_id: int(obj[statement_id]) for statement_id in STATEMENT_IDS}


class Poll:
    """A trainee's positions on the statements; ``None`` where not chosen yet."""

    def __init__(self, positions: Mapping[str, int | None] | None = None):
        self.positions: dict[str, int | None] = dict.fromkeys(STATEMENT_IDS)
        for statement_id, position in (positions or {}).items():
            self.set(statement_id, position)

    def set(self, statement_id: str, position: int | None) -> None:
        if statement_id not in STATEMENTS:
            fail(f"'{statement_id}' is geen stelling uit de lijst.")
        if position is not None:
            problem = _position_problem(statement_id, position)
            if problem:
                fail(problem)
            position = int(position)
        self.positions[statement_id] = position

    def missing(self) -> list[str]:
        return [statement_id for statement_id, position in self.positions.items() if position is None]

    def is_complete(self) -> bool:
        return not self.missing()

    def to_answer(self) -> dict[str, int | None]:
        """The stored form: every statement id with its position (JSON-safe; None if not chosen)."""
        return dict(self.positions)

    @classmethod
    def from_answer(cls, obj) -> Poll:
        """The poll back from a stored answer (validated first)."""
        return cls(validate_answer(obj))

    def literal(self) -> str:
        """The one line the trainee copies into the answer cell."""
        return f"{ANSWER_NAME} = {self.to_answer()!r}"

    def status(self) -> str:
        left = len(self.missing())
        if not left:
            return "Klaar! Kopieer de regel hieronder naar de antwoordcel en voer die cel uit."
        return f"Nog {left} van de {len(self.positions)} stellingen te gaan."


def class_spread(answers: Iterable[Mapping], skip_invalid: bool = False) -> pd.DataFrame:
    """Per statement (rows) how many trainees chose each position (columns, 1 to 5 by label).

    ``answers`` are stored answers, e.g. one ``posities`` dict per submission.
    An invalid answer raises ``ValueError`` naming its position in the
    list, unless ``skip_invalid`` is set.
    """
    counts = pd.DataFrame(0, index=pd.Index(STATEMENT_IDS, name="stelling"), columns=list(SCALE.values()))
    for number, obj in enumerate(answers):
        try:
            clean = validate_answer(obj)
        except WrongAnswer as problem:
            if skip_invalid:
                continue
            raise ValueError(f"Answer number {number} (counting from 0) is invalid: {problem}") from None
        for statement_id, position in clean.items():
            counts.loc[statement_id, SCALE[position]] += 1
    return counts


def view(model: Poll | None = None):
    """Per group its opening words, per statement a row of five buttons; the line to copy below."""
    import ipywidgets as w

    model = model or Poll()
    status = w.HTML()
    line = w.HTML()

    def redraw() -> None:
        status.value = f"<p><strong>{escape(model.status())}</strong></p>"
        line.value = (
            '<pre style="white-space:pre-wrap;word-break:break-all;user-select:all" '
            f'aria-label="Regel om te kopiëren">{escape(model.literal())}</pre>'
        )

    def on_choice(statement_id: str):
        def handler(change) -> None:
            model.set(statement_id, change["new"])
            redraw()
        return handler

    rows = []
    for group in GROUPS:
        rows.append(w.HTML(f"<h4>{escape(group.title)}: {escape(group.stem)} …</h4>"))
        for statement_id, statement in STATEMENTS.items():
            if statement.group is not group:
                continue
            buttons = w.ToggleButtons(
                options=[(f"{number} {label}", number) for number, label in SCALE.items()],
                value=model.positions[statement_id],
                tooltips=[f"{number} = {label}" for number, label in SCALE.items()],
                style={"button_width": "120px"},
            )
            buttons.observe(on_choice(statement_id), names="value")
            rows.append(w.VBox([
                w.HTML(f"<p>… {escape(statement.completion)} <small>({statement_id})</small></p>"),
                buttons,
            ]))
    redraw()
    return w.VBox([*rows, status, line])
