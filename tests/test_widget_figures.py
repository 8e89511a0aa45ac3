"""Widget views show their figures as an <img> with Dutch alt text, never as an Output widget's image.

An Output widget holding a PNG becomes an <img> without alt in the static
page (an axe-core critical finding), so every view renders its figure with
:func:`academy.plotting.figure_html` into the HTML a view shows (a slider's
precomputed view per stop); the maturity radar is drawn in the browser.
"""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from academy.plotting import figure_html  # noqa: E402

widgets = pytest.importorskip("ipywidgets")

FULL = {
    "leiderschap en strategie": 2, "cultuur": 3, "technologie": 2, "datakennis": 1,
    "databeveiliging en juridisch": 4, "processen": 2, "datakwaliteit": 3,
}


@pytest.fixture(autouse=True)
def no_open_figures():
    plt.close("all")
    yield
    plt.close("all")


def images(slider) -> list[str]:
    """Every <img> tag a slider view shows now."""
    return re.findall(r"<img [^>]*>", slider.shown)


def alt(tag: str) -> str:
    found = re.search(r'alt="([^"]*)"', tag)
    assert found, f"no alt in {tag[:80]}"
    return found.group(1)


def test_figure_html_is_an_img_with_alt_and_closes_the_figure():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    html = figure_html(fig, 'Een lijn van "0" naar 1.')
    assert html.startswith('<img src="data:image/png;base64,')
    assert 'alt="Een lijn van &quot;0&quot; naar 1."' in html
    assert not plt.fignum_exists(fig.number)
    empty = plt.figure()
    with pytest.raises(ValueError):
        figure_html(empty, "  ")
    plt.close(empty)


def test_selection_view_has_a_dutch_alt_that_follows_the_slider():
    from academy.widgets.selection import SelectionExperiment, view

    model = SelectionExperiment(0.5, n=500)
    box = view(model)
    [tag] = images(box)
    text = alt(tag)
    assert text.startswith("Twee staafdiagrammen bij selectie 0,5") and "echt effect 0 procentpunt" in text
    box.value = 0.9
    [tag] = images(box)
    assert "selectie 0,9" in alt(tag)
    assert not plt.get_fignums()


def test_threshold_view_has_a_dutch_alt_that_follows_the_slider():
    from academy.widgets.threshold import ThresholdExplorer, view

    box = view(ThresholdExplorer())
    [tag] = images(box)
    assert "hoog risico vanaf score 5" in alt(tag) and "deel onterecht hoog (FPR)" in alt(tag)
    box.value = 8
    [tag] = images(box)
    assert "score 8" in alt(tag)
    assert not plt.get_fignums()


def test_maturity_view_carries_what_the_radar_and_its_dutch_alt_need():
    """The browser draws the radar (academy/widgets/js/scale.js); the alt's fixed parts come from Python."""
    from academy.widgets import maturity

    compare = maturity.class_average([FULL, dict(FULL, cultuur=4)])
    radar = maturity.view(maturity.MaturityScan(FULL), compare=compare).radar
    assert maturity.radar_alt(FULL, compare).startswith(radar["alt_start"])
    assert maturity.radar_alt(FULL, compare).endswith(radar["compare_alt"])
    assert "Klasgemiddelde (gestippeld): " in radar["compare_alt"] and "Cultuur 3,5" in radar["compare_alt"]
    assert radar["labels"] == [label for label, _ in maturity.CATEGORIES.values()]
    assert maturity.view(maturity.MaturityScan()).radar["compare"] is None
