"""The poll of Deel 2: the trainee takes a position on every statement.

``Poll`` is the model: one position per statement on a five-point scale (1
helemaal oneens … 5 helemaal eens), or ``None`` while not chosen. Its
stored form is a plain dict ``{"kans_1": 4, …}`` (:meth:`Poll.to_answer`),
which the trainee copies into the graded answer cell as ``posities = {…}``
because nbgrader does not save widget clicks. :func:`validate_answer`
checks that form and :func:`class_spread` counts a class's answers for the
trainer. ``view`` draws one row of buttons per statement and keeps the line
to copy up to date (in the browser, also on the static site).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from academy.dialogue import GROUPS, STATEMENT_IDS, STATEMENTS
from academy.feedback import WrongAnswer
from academy.widgets.scale import Scale, ScaleAnswers

SCALE = {1: "helemaal oneens", 2: "oneens", 3: "neutraal", 4: "eens", 5: "helemaal eens"}
ANSWER_NAME = "posities"
_SCALE = Scale(
    labels=SCALE, range_text="een heel getal van 1 (helemaal oneens) tot en met 5 (helemaal eens)",
    item="stelling", items="stellingen", value="positie", unknown="is geen stelling uit de lijst.",
    example="{'kans_1': 4, ...}", copy_from="onder de stellingen", choose="Kies bij elke stelling een knop",
)


class Poll(ScaleAnswers):
    """A trainee's positions on the statements; ``None`` where not chosen yet."""

    SCALE, ITEM_IDS, ANSWER_NAME, UNKNOWN = _SCALE, STATEMENT_IDS, ANSWER_NAME, "is geen stelling uit de lijst."

    @property
    def positions(self) -> dict[str, int | None]:
        return self.answers


validate_answer = Poll.validate_answer


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
    from academy.widgets.scale import scale_view

    model = model or Poll()
    items = []
    for group in GROUPS:
        statements = [(sid, st) for sid, st in STATEMENTS.items() if st.group is group]
        for at, (statement_id, statement) in enumerate(statements):
            items.append({"id": statement_id, "before": f"{group.title}: {group.stem} …" if at == 0 else "",
                          "text": f"… {statement.completion} ({statement_id})"})
    return scale_view(model, items, tooltips=[f"{number} = {label}" for number, label in SCALE.items()],
                      share_question="dialoog")
