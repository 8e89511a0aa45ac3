"""The threshold slider of chapter 7: its model without a browser, and its view."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from academy import fairness  # noqa: E402
from academy.datasets import load_compas  # noqa: E402
from academy.widgets.browser import EVERY_STOP  # noqa: E402
from academy.widgets.threshold import SLIDER_LABEL, ThresholdExplorer, view  # noqa: E402


@pytest.fixture(scope="module")
def compas() -> pd.DataFrame:
    return load_compas()


@pytest.fixture(scope="module")
def explorer(compas) -> ThresholdExplorer:
    return ThresholdExplorer(compas)


def test_default_threshold_is_propublicas_medium_or_high(compas, explorer):
    # hoog_risico in the data is score >= 5: the slider's start must give the same table.
    expected = fairness.group_metrics(compas, "groep", "recidive", "hoog_risico")
    pd.testing.assert_frame_equal(explorer.metrics(), expected, check_names=False)
    rates = explorer.rates()
    assert rates.loc["Zwart", "FPR"] == pytest.approx(805 / (805 + 990))
    assert rates.loc["Wit", "FNR"] == pytest.approx(461 / (461 + 505))


def test_higher_threshold_fewer_false_positives_more_false_negatives(compas):
    model = ThresholdExplorer(compas)
    previous = None
    for threshold in range(1, 11):
        model.set_threshold(threshold)
        rates = model.rates()
        if previous is not None:
            assert (rates["FPR"] <= previous["FPR"]).all()
            assert (rates["FNR"] >= previous["FNR"]).all()
            assert (rates["krijgt hoog risico"] <= previous["krijgt hoog risico"]).all()
        previous = rates


def test_threshold_one_calls_everyone_high_risk(compas):
    rates = ThresholdExplorer(compas, threshold=1).rates()
    assert (rates["krijgt hoog risico"] == 1).all() and (rates["FPR"] == 1).all() and (rates["FNR"] == 0).all()


@pytest.mark.parametrize("bad", [0, 11, 2.5, True, "5", None])
def test_threshold_outside_the_slider_is_refused_in_dutch(explorer, bad):
    with pytest.raises(ValueError, match="heel getal van 1 tot en met 10"):
        explorer.set_threshold(bad)


def test_message_names_both_groups_in_dutch_percentages(compas):
    text = ThresholdExplorer(compas, threshold=5).message()
    assert "score 5" in text
    assert "44,8% bij Zwart" in text and "23,5% bij Wit" in text  # FPR
    assert "28,0% bij Zwart" in text and "47,7% bij Wit" in text  # FNR


def test_works_on_any_table_with_other_column_names():
    frame = pd.DataFrame({
        "g": ["a", "a", "a", "b", "b", "b"],
        "s": [1, 2, 3, 1, 2, 3],
        "t": [False, False, True, False, True, True],
    })
    model = ThresholdExplorer(frame, threshold=2, group="g", score="s", truth="t", thresholds=range(1, 4))
    rates = model.rates()
    assert rates.loc["a", "FPR"] == pytest.approx(1 / 2) and rates.loc["b", "FPR"] == 0
    assert rates.loc["b", "FNR"] == 0 and rates.loc["a", "PPV"] == pytest.approx(1 / 2)


def test_figure_has_title_and_labels(explorer):
    figure = explorer.figure()
    ax = figure.axes[0]
    assert ax.get_title().startswith("Hoog risico vanaf score")
    assert ax.get_ylabel() and len(ax.get_legend().get_texts()) == 2
    plt.close(figure)


def test_view_slider_runs_from_one_to_ten_and_moves_the_model(compas):
    model = ThresholdExplorer(compas)
    slider = view(model)
    assert [value for _, value in slider.stops] == list(range(1, 11))
    assert (slider.value, slider.label) == (5, SLIDER_LABEL) and "score 5" in slider.shown
    # With a kernel, a stop is drawn when the slider first reaches it.
    assert [bool(html) for html in slider.views] == [t == 5 for t in range(1, 11)]
    slider.value = 8  # the trainee moved the slider in the browser
    assert model.threshold == 8 and "score 8" in slider.shown and "<img" in slider.shown
    plt.close("all")


def test_for_the_static_site_every_stop_is_drawn_beforehand(compas, monkeypatch):
    monkeypatch.setenv(EVERY_STOP, "1")
    slider = view(ThresholdExplorer(compas))
    # Every stop's sentence, table and chart travel with the widget (the static site has no Python).
    assert all(f"score {t}" in html and "<table" in html and "<img" in html
               for t, html in zip(range(1, 11), slider.views))
    assert slider.value == 5 and "score 5" in slider.shown
    plt.close("all")
