"""One look for every figure of the course.

A colour-blind-safe palette (Okabe & Ito), the three source colours and the
two card colours. Colour never carries meaning alone: every figure also
names what a colour stands for (a legend, a label or the source's name).
"""

from __future__ import annotations

from academy import dutch

# matplotlib and seaborn are imported where a figure is made, not here: the colours below are also
# used by chapter 1's card table and the printed cards, and seaborn (with scipy) costs about 2 s to
# import, which a trainee would wait for in the chapter's first cell.

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

# Ink of the three sources as printed on the cards.
SOURCE_COLOURS = {"rood": "#A93226", "zwart": "#1A1A1A", "blauw": "#1F4E9C"}
# Card stock: reeks 1 green (found work), reeks 2 yellow (no work yet).
SERIES_COLOURS = {1: "#CDEBC5", 2: "#FFF2A8"}
SERIES_LABELS = {1: "Reeks 1: werk gevonden", 2: "Reeks 2: nog geen werk"}
# Line colours for the two series in plots (darker than the card stock).
SERIES_LINE_COLOURS = {1: "#009E73", 2: "#E69F00"}


def use_course_style() -> None:
    """Apply the course's seaborn theme to every figure that follows."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE)
    plt.rcParams.update({
        "figure.figsize": (7, 4),
        "figure.dpi": 90,
        "axes.titleweight": "bold",
        "axes.titlesize": 13,
        "savefig.bbox": "tight",
    })


def finish(ax, title: str, xlabel: str, ylabel: str):
    """Give a figure the title and axis labels every figure must have."""
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def comma_ticks(axis) -> None:
    """Write the tick labels of ``axis`` (e.g. ``ax.xaxis``) with a Dutch decimal comma: 0,5 and −1,25."""
    axis.set_major_formatter(lambda value, _: dutch.number(value, "g").replace("-", "−"))


def figure_html(fig, alt: str, dpi: int = 80) -> str:
    """A figure as an accessible ``<img>`` with alt text, for an ``ipywidgets.HTML`` in a widget view.

    An ``Output`` widget showing a figure ends up in the static page as an
    image without alt text. This saves the figure to PNG in memory, closes it
    (so the notebook does not show it a second time) and returns
    ``<img src="data:image/png;base64,..." alt="...">``. ``alt`` says in
    Dutch what the figure shows; it may not be empty.
    """
    import base64
    import io
    from html import escape

    if not alt or not alt.strip():
        raise ValueError("figure_html needs a non-empty alt text that says what the figure shows.")
    import matplotlib.pyplot as plt
    from PIL import Image

    buffer = io.BytesIO()
    try:
        fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    finally:
        plt.close(fig)
    # A chart needs few colours: a 64-colour palette makes the PNG about three times smaller,
    # which matters where a slider carries a figure for every stop (academy/widgets/browser.py).
    image = Image.open(buffer).convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f'<img src="data:image/png;base64,{data}" alt="{escape(alt.strip(), quote=True)}" '
            'style="max-width:100%;height:auto">')
