"""The Linda ranking: put options A-F in order, most probable first.

``Ranking`` is the model (the current order; move an option up or down) and
works without a browser. ``view`` draws it in the browser (also on the static
site; in a notebook the model follows every move): the six options with ▲/▼ buttons, and the one-line answer ``rangorde = [...]`` the trainee
copies into the answer cell (widget clicks are not saved in the notebook).
"""

from __future__ import annotations

import traitlets

from academy import linda
from academy.widgets.browser import ShareableView, esm

ANSWER_NAME = "rangorde"


class Ranking:
    """An order of the letters A-F, most probable first."""

    def __init__(self, order=None):
        self.order = list(linda.LETTERS) if order is None else linda.validate_ranking(order)

    def _position(self, letter: str) -> int:
        letter = str(letter).strip().upper()
        if letter not in self.order:
            raise ValueError(f"'{letter}' is geen optie. Kies een letter van A tot en met F.")
        return self.order.index(letter)

    def move_up(self, letter: str) -> None:
        """One place higher (more probable); the top option stays where it is."""
        at = self._position(letter)
        if at > 0:
            self.order[at - 1], self.order[at] = self.order[at], self.order[at - 1]

    def move_down(self, letter: str) -> None:
        """One place lower (less probable); the bottom option stays where it is."""
        at = self._position(letter)
        if at < len(self.order) - 1:
            self.order[at], self.order[at + 1] = self.order[at + 1], self.order[at]

    def to_answer(self) -> list[str]:
        """The order as a plain list of letters, e.g. ``['C', 'E', ...]``."""
        return list(self.order)

    @staticmethod
    def validate_answer(answer) -> list[str]:
        """The answer as a list of capital letters, or a Dutch ``WrongAnswer``."""
        return linda.validate_ranking(answer)

    @classmethod
    def from_answer(cls, answer) -> "Ranking":
        return cls(answer)

    def literal(self) -> str:
        """The line to copy into the answer cell."""
        return f"{ANSWER_NAME} = {self.to_answer()!r}"


class RankingView(ShareableView):
    """The ranking in the browser; see academy/widgets/js/ranking.js."""

    _esm = esm("ranking")
    order = traitlets.List().tag(sync=True)
    options = traitlets.Dict().tag(sync=True)
    question = traitlets.Unicode().tag(sync=True)
    answer_name = traitlets.Unicode(ANSWER_NAME).tag(sync=True)
    share_question = traitlets.Unicode("linda").tag(sync=True)

    def share_answer(self):
        return list(self.order)


def view(model: Ranking | None = None) -> RankingView:
    """One row per option with ▲/▼, and the answer line; ``model`` follows every move."""
    model = model or Ranking()
    widget = RankingView(order=model.to_answer(), options=dict(linda.OPTIONS), question=linda.QUESTION)

    def follow(change) -> None:
        model.order = Ranking.validate_answer(change["new"])

    widget.observe(follow, names="order")
    return widget
