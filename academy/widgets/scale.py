"""Answers on a five-point scale, shared by the poll (chapter 5) and the maturity scan (chapter 9).

A trainee gives every item (a statement, a category) one whole number from 1
to 5. The stored answer is a plain dict ``{item_id: number}`` that the
trainee copies into the answer cell. :class:`Scale` checks one value and a
whole answer, and says what is wrong in a Dutch sentence that uses the
widget's own words ("stelling", "positie" or "categorie", "niveau").
:class:`ScaleAnswers` is the model both widgets build on.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import traitlets

from academy.feedback import fail
from academy.widgets.browser import ShareableView, esm

DONE = "Klaar! Kopieer de regel hieronder naar de antwoordcel en voer die cel uit."


@dataclass(frozen=True)
class Scale:
    labels: Mapping[int, str]  # 1..5 and the name of each step
    range_text: str  # how a sentence names the allowed values
    item: str  # one item, e.g. "stelling"
    items: str  # more items, e.g. "stellingen"
    value: str  # what a trainee picks per item, e.g. "positie"
    unknown: str  # after an unknown id, e.g. "is geen stelling uit de lijst."
    example: str  # the dict's look, e.g. "{'kans_1': 4, ...}"
    copy_from: str  # where the line to copy is, e.g. "onder de stellingen"
    choose: str  # what finishes the answer, e.g. "Kies bij elke stelling een knop"

    def problem(self, item_id: str, value) -> str | None:
        """A Dutch sentence if ``value`` is not a step of the scale, else None."""
        if isinstance(value, str):
            by_name = {name.lower(): number for number, name in self.labels.items()}
            if value.strip().lower() in by_name:
                return (f"Bij {item_id} staat het woord '{value}'. Schrijf het getal in plaats van het woord: "
                        f"{value.strip().capitalize()} is {by_name[value.strip().lower()]}.")
            if value.strip().isdigit():
                return f"Bij {item_id} staat tekst ('{value}'), geen getal. Haal de aanhalingstekens weg."
            return f"Bij {item_id} staat tekst ('{value[:30]}'). Gebruik {self.range_text}."
        if isinstance(value, bool) or not isinstance(value, numbers.Number):
            return f"Bij {item_id} staat {value!r}. Gebruik {self.range_text}."
        if not isinstance(value, numbers.Integral):
            return f"Bij {item_id} staat {value}. Gebruik {self.range_text}, zonder komma."
        if int(value) not in self.labels:
            return f"Bij {item_id} staat {value}. Dat kan niet: gebruik {self.range_text}."
        return None

    def check(self, item_id: str, value) -> int | None:
        """``value`` as a whole number (None stays None), or :class:`WrongAnswer`."""
        if value is None:
            return None
        problem = self.problem(item_id, value)
        if problem:
            fail(problem)
        return int(value)

    def validate(self, obj, item_ids: Sequence[str], name: str) -> dict[str, int]:
        """The answer in its clean form, or :class:`WrongAnswer` with a Dutch sentence.

        Refused: no dict, an unknown id, a value that is not a whole number
        from 1 to 5, and an item without a value (``None`` or left out).
        """
        if not isinstance(obj, Mapping):
            fail(f"`{name}` moet een woordenboek zijn, zoals {self.example}. "
                 f"Kopieer de regel die {self.copy_from} staat.")
        unknown = [key for key in obj if key not in item_ids]
        if unknown:
            fail(f"{', '.join(repr(k) for k in unknown)} {self.unknown} "
                 f"Kopieer de regel `{name} = {{...}}` opnieuw, zonder iets te veranderen.")
        for item_id in item_ids:
            self.check(item_id, obj.get(item_id))
        missing = [item_id for item_id in item_ids if obj.get(item_id) is None]
        if missing:
            count = f"1 {self.item}" if len(missing) == 1 else f"{len(missing)} {self.items}"
            fail(f"Je hebt nog geen {self.value} gekozen bij {count}: {', '.join(missing)}. "
                 f"{self.choose} en kopieer de regel opnieuw.")
        return {item_id: int(obj[item_id]) for item_id in item_ids}


class ScaleAnswers:
    """A trainee's answers: one step of ``SCALE`` per item of ``ITEM_IDS``, ``None`` where not chosen yet.

    Subclasses set ``SCALE``, ``ITEM_IDS``, ``ANSWER_NAME`` (the variable in
    the answer cell) and ``UNKNOWN`` (the sentence for an unknown id).
    """

    SCALE: Scale
    ITEM_IDS: Sequence[str]
    ANSWER_NAME: str
    UNKNOWN: str

    def __init__(self, answers: Mapping[str, int | None] | None = None):
        self.answers: dict[str, int | None] = dict.fromkeys(self.ITEM_IDS)
        for item_id, value in (answers or {}).items():
            self.set(item_id, value)

    def set(self, item_id: str, value: int | None) -> None:
        if item_id not in self.answers:
            fail(f"'{item_id}' {self.UNKNOWN}")
        self.answers[item_id] = self.SCALE.check(item_id, value)

    @classmethod
    def validate_answer(cls, obj, name: str | None = None) -> dict[str, int]:
        """The stored answer in its clean form, or :class:`WrongAnswer` with a Dutch sentence."""
        return cls.SCALE.validate(obj, cls.ITEM_IDS, name or cls.ANSWER_NAME)

    def missing(self) -> list[str]:
        return [item_id for item_id, value in self.answers.items() if value is None]

    def is_complete(self) -> bool:
        return not self.missing()

    def validate(self) -> dict[str, int]:
        """The complete answer, or :class:`WrongAnswer` naming the items still open."""
        return self.validate_answer(self.to_answer())

    def to_answer(self) -> dict[str, int | None]:
        """The stored form: every item with its step 1-5 (JSON-safe; None if not chosen)."""
        return dict(self.answers)

    @classmethod
    def from_answer(cls, obj):
        """The answers back from a stored answer (validated first)."""
        return cls(cls.validate_answer(obj))

    def literal(self) -> str:
        """The one line the trainee copies into the answer cell."""
        return f"{self.ANSWER_NAME} = {self.to_answer()!r}"

    def status(self) -> str:
        left = len(self.missing())
        if not left:
            return DONE
        return f"Nog {left} van de {len(self.answers)} {self.SCALE.items} te gaan."


class ScaleView(ShareableView):
    """Answers on the scale in the browser; see academy/widgets/js/scale.js for the state it reads."""

    _esm = esm("scale")
    items = traitlets.List().tag(sync=True)
    labels = traitlets.List().tag(sync=True)
    tooltips = traitlets.List().tag(sync=True)
    answers = traitlets.Dict().tag(sync=True)
    answer_name = traitlets.Unicode().tag(sync=True)
    items_word = traitlets.Unicode().tag(sync=True)
    done_text = traitlets.Unicode(DONE).tag(sync=True)
    intro = traitlets.Unicode().tag(sync=True)
    radar = traitlets.Dict(allow_none=True, default_value=None).tag(sync=True)

    def share_answer(self):
        return dict(self.answers)


def scale_view(model: ScaleAnswers, items: list[dict], tooltips: list[str], intro: str = "",
               radar: dict | None = None, share_question: str = "") -> ScaleView:
    """The view of ``model``: ``items`` are ``{id, before, text}`` in order; ``model`` follows every click."""
    widget = ScaleView(items=items, labels=[[n, name] for n, name in model.SCALE.labels.items()], tooltips=tooltips,
                       answers=model.to_answer(), answer_name=model.ANSWER_NAME, items_word=model.SCALE.items,
                       intro=intro, radar=radar, share_question=share_question)

    def follow(change) -> None:
        for item_id, value in change["new"].items():
            model.set(item_id, value)

    widget.observe(follow, names="answers")
    return widget
