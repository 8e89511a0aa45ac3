"""The threshold slider: from which risk score on does someone count as "high risk"?

``ThresholdExplorer`` is the model (the threshold and what it yields per
group: FPR, FNR, PPV) and works without a browser. ``view`` draws a slider
over the scores 1-10 (in the browser, also on the static site); every move shows the rates per group as a table and a
bar chart. The rates come from :func:`academy.fairness.metrics_at_threshold`,
computed once for every threshold so the slider only looks them up.
"""

from __future__ import annotations

import numbers

import pandas as pd

from academy import fairness
from academy.dutch import percent

SLIDER_LABEL = "Hoog risico vanaf score"
# The three rates of the COMPAS debate, with what each means in plain Dutch.
RATES = {
    "fpr": "Deel onterecht hoog (FPR): niet opnieuw in de fout, toch hoog risico",
    "fnr": "Deel onterecht laag (FNR): wel opnieuw in de fout, toch laag risico",
    "ppv": "Trefzekerheid (PPV): van wie hoog risico kreeg, ging opnieuw in de fout",
}
SHORT = {"fpr": "onterecht hoog\n(FPR)", "fnr": "onterecht laag\n(FNR)", "ppv": "trefzekerheid\n(PPV)"}
FLAGGED = "krijgt hoog risico"
HATCHES = ["", "//", "..", "xx"]  # the groups differ by pattern too, not only by colour


class ThresholdExplorer:
    """Rates per group when "high risk" means ``score >= threshold``.

    ``frame`` defaults to the course's synthetic COMPAS-style data
    (:func:`academy.datasets.load_compas`), with groups ``groep``, scores
    ``risicoscore`` and what happened ``recidive``.
    """

    def __init__(self, frame: pd.DataFrame | None = None, threshold: int = 5, *, group: str = "groep",
                 score: str = "risicoscore", truth: str = "recidive", thresholds=range(1, 11)):
        if frame is None:
            from academy.datasets import load_compas
            frame = load_compas()
        self.group = group
        self.thresholds = [int(t) for t in thresholds]
        self.table = fairness.threshold_table(frame, group, score, truth, self.thresholds)
        self.set_threshold(threshold)

    def set_threshold(self, threshold) -> None:
        if isinstance(threshold, bool) or not isinstance(threshold, numbers.Integral) \
                or int(threshold) not in self.thresholds:
            raise ValueError(
                f"De drempel moet een heel getal van {self.thresholds[0]} tot en met {self.thresholds[-1]} "
                f"zijn, niet {threshold!r}."
            )
        self.threshold = int(threshold)

    def metrics(self) -> pd.DataFrame:
        """Counts and rates per group at the current threshold (see :func:`fairness.group_metrics`)."""
        return self.table.xs(self.threshold, level=fairness.THRESHOLD)

    def rates(self) -> pd.DataFrame:
        """Per group: the share called high risk, FPR, FNR and PPV (fractions), columns in Dutch."""
        metrics = self.metrics()
        flagged = (metrics["tp"] + metrics["fp"]) / metrics["n"]
        table = pd.concat([flagged.rename(FLAGGED), metrics[list(RATES)].rename(columns=str.upper)], axis=1)
        table.index.name = self.group
        return table

    def message(self) -> str:
        """Dutch sentences: how many are called high risk, and the FPR and FNR per group."""
        rates = self.rates()
        groups = list(rates.index)

        def per_group(column: str) -> str:
            return " en ".join(f"{percent(rates.loc[g, column])} bij {g}" for g in groups)

        return (
            f"Hoog risico vanaf score {self.threshold}. Hoog risico krijgt: {per_group(FLAGGED)}. "
            f"Deel onterecht hoog (FPR): {per_group('FPR')}. "
            f"Deel onterecht laag (FNR): {per_group('FNR')}. "
            f"Trefzekerheid (PPV): {per_group('PPV')}."
        )

    def alt_text(self) -> str:
        """What :meth:`figure` shows at the current threshold, in Dutch (the figure's alt text)."""
        rates = self.rates()
        groups = list(rates.index)

        def per_group(column: str) -> str:
            return " en ".join(f"{percent(rates.loc[g, column], 0)} bij groep {g}" for g in groups)

        return (
            f"Staafdiagram bij hoog risico vanaf score {self.threshold}, per groep: "
            f"deel onterecht hoog (FPR) {per_group('FPR')}; deel onterecht laag (FNR) {per_group('FNR')}; "
            f"trefzekerheid (PPV) {per_group('PPV')}."
        )

    def figure(self):
        """Bars of FPR, FNR and PPV per group, on a full 0-100% axis. Returns the figure."""
        import matplotlib.pyplot as plt

        from academy.plotting import PALETTE, finish, use_course_style

        use_course_style()
        rates = self.rates()[[name.upper() for name in RATES]]
        fig, ax = plt.subplots()
        width = 0.8 / len(rates.index)
        for index, group in enumerate(rates.index):
            xs = [x + (index - (len(rates.index) - 1) / 2) * width for x in range(len(RATES))]
            bars = ax.bar(xs, rates.loc[group], width, label=f"groep {group}", color=PALETTE[index % len(PALETTE)],
                          hatch=HATCHES[index % len(HATCHES)], edgecolor="white")
            ax.bar_label(bars, labels=[percent(v, 0) for v in rates.loc[group]], padding=2, fontsize=9)
        ax.set_xticks(range(len(RATES)), list(SHORT.values()))
        ax.set_ylim(0, 1.25)  # room for the legend above the highest bar
        ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
        ax.yaxis.set_major_formatter(lambda value, _: percent(value, 0))
        ax.legend(loc="upper center", ncol=len(rates.index))
        finish(ax, f"Hoog risico vanaf score {self.threshold}", "", "Percentage")
        fig.tight_layout()
        return fig


def view(model: ThresholdExplorer | None = None):
    """A slider 1-10 with the rates per group below it, as a sentence, a table and a chart.

    The view at every threshold is computed here once, so the slider also works on the static site.
    """
    from academy.plotting import figure_html
    from academy.widgets.browser import slider

    model = model or ThresholdExplorer()

    def show() -> str:
        shown = model.rates().map(percent)
        return f"<p>{model.message()}</p>{shown.to_html()}" + figure_html(model.figure(), model.alt_text())

    stops = [(str(threshold), threshold) for threshold in model.thresholds]
    return slider(SLIDER_LABEL, stops, model.threshold, model.set_threshold, show)
