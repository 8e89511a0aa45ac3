"""The Linda ranking: put options A-F in order, most probable first.

``Ranking`` is the model (the current order; move an option up or down) and
works without a browser. ``view`` draws it with ipywidgets: the six options
with ▲/▼ buttons, and the one-line answer ``rangorde = [...]`` the trainee
copies into the answer cell (widget clicks are not saved in the notebook).
"""

from __future__ import annotations

from html import escape

from academy import linda

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


def view(model: Ranking | None = None):
    """The ranking as ipywidgets: one row per option with ▲/▼, and the answer line."""
    import ipywidgets as w

    model = model or Ranking()
    rows = w.VBox()
    answer = w.HTML()

    def button(symbol: str, tooltip: str, letter: str, move, disabled: bool):
        b = w.Button(description=symbol, tooltip=tooltip, disabled=disabled,
                     layout=w.Layout(width="36px"))
        b.on_click(lambda _: (move(letter), redraw()))
        return b

    def redraw():
        last = len(model.order) - 1
        rows.children = [
            w.HBox([
                w.Label(f"{place}.", layout=w.Layout(width="24px")),
                button("▲", f"{letter} hoger (waarschijnlijker)", letter, model.move_up, place == 1),
                button("▼", f"{letter} lager (minder waarschijnlijk)", letter, model.move_down, place - 1 == last),
                w.Label(f"{letter}. {linda.OPTIONS[letter]}"),
            ])
            for place, letter in enumerate(model.order, start=1)
        ]
        answer.value = (
            "<p>Kopieer deze regel naar de antwoordcel hieronder:</p>"
            f"<pre style='user-select:all'>{escape(model.literal())}</pre>"
        )

    redraw()
    heading = w.HTML(f"<strong>{escape(linda.QUESTION)}</strong><br>Bovenaan: het meest waarschijnlijk.")
    return w.VBox([heading, rows, answer])
