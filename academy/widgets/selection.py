"""The selection slider: how strongly do consultants pick the people with better chances?

``SelectionExperiment`` is the model (the setting and what it yields) and
works without a browser. ``view`` draws a slider (in the browser, also on the
static site, with every stop's figure computed beforehand); every move shows the
figure of :func:`academy.selection.plot` and prints the apparent effect next
to the true effect (always zero).
"""

from __future__ import annotations

from academy import selection

SLIDER_LABEL = "Hoe sterk kiezen consulenten?"
# The slider's stops, 0 to 1 in steps of 0.1; each is labelled as the figure's title writes it ("0,8").
LEVELS = [round(step / 10, 1) for step in range(11)]


class SelectionExperiment:
    """One simulated group of clients and the consultants' selection strength (0 to 1)."""

    def __init__(self, selection_strength: float = 0.0, n: int = 2000, seed: int = 0):
        self.n, self.seed = n, seed
        self.set_selection(selection_strength)

    def set_selection(self, strength: float) -> None:
        self.frame = selection.simulate(self.n, strength, self.seed)  # validates the strength
        self.strength = float(strength)

    @property
    def apparent(self) -> float:
        return selection.apparent_effect(self.frame)

    @property
    def true(self) -> float:
        return selection.true_effect(self.frame)

    def message(self) -> str:
        """Two Dutch sentences: what the data seem to say, and what is true."""
        return (
            f"Schijnbaar effect: mensen met veel interventies {selection.finds_work(self.apparent)} "
            f"mensen met weinig interventies. "
            f"Echt effect: {selection.percentage_points(self.true)}, want in deze simulatie doen "
            f"interventies niets."
        )

    def figure(self):
        return selection.plot(self.strength, self.n, self.seed)

    def alt_text(self) -> str:
        """What :meth:`figure` shows at the current setting, in Dutch (the figure's alt text)."""
        return (
            f"Twee staafdiagrammen bij selectie {selection.strength_text(self.strength)}: links het aandeel met goede kansen, "
            f"rechts het aandeel dat werk vond, per aantal interventies. "
            f"Schijnbaar effect {selection.percentage_points(self.apparent)}, "
            f"echt effect {selection.percentage_points(self.true)}."
        )


def view(model: SelectionExperiment | None = None):
    """A slider with the figure and the two effects below it, computed here for every stop."""
    from academy.plotting import figure_html
    from academy.widgets.browser import slider

    model = model or SelectionExperiment()
    # Stops labelled as the figure's title writes them ("0,8"), not "0.8".
    start = min(LEVELS, key=lambda level: abs(level - model.strength))

    def show() -> str:
        return f"<p>{model.message()}</p>" + figure_html(model.figure(), model.alt_text())

    stops = [(selection.strength_text(level), level) for level in LEVELS]
    return slider(SLIDER_LABEL, stops, start, model.set_selection, show)
