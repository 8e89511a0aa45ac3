"""Correlation without causation: the selection simulation and its slider."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from academy import selection
from academy.widgets.selection import SLIDER_LABEL, SelectionExperiment, view

LEVELS = [0.0, 0.25, 0.5, 0.75, 1.0]
# Two groups of about 730 and 1270 persons with about half finding work: the
# difference in shares has a standard error of about 0.023. 0.06 is 2.6 of those.
TOLERANCE = 0.06


def test_same_seed_same_people():
    assert selection.simulate(500, 0.4, seed=3).equals(selection.simulate(500, 0.4, seed=3))
    assert not selection.simulate(500, 0.4, seed=3).equals(selection.simulate(500, 0.4, seed=4))


def test_selection_changes_who_gets_interventions_not_how_many():
    low, high = selection.simulate(selection=0.0), selection.simulate(selection=1.0)
    assert low["kansrijkheid"].equals(high["kansrijkheid"])
    assert abs(low["interventies"].mean() - high["interventies"].mean()) < 0.1
    assert np.corrcoef(high["kansrijkheid"], high["interventies"])[0, 1] > 0.8
    assert abs(np.corrcoef(low["kansrijkheid"], low["interventies"])[0, 1]) < 0.05


@pytest.mark.parametrize("seed", range(10))
def test_no_selection_no_apparent_effect(seed):
    assert abs(selection.apparent_effect(selection.simulate(selection=0.0, seed=seed))) < TOLERANCE


def test_no_selection_is_unbiased_on_average():
    effects = [selection.apparent_effect(selection.simulate(selection=0.0, seed=s)) for s in range(20)]
    assert abs(np.mean(effects)) < 0.015


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_apparent_effect_grows_with_selection(seed):
    effects = [selection.apparent_effect(selection.simulate(selection=level, seed=seed)) for level in LEVELS]
    assert all(a < b for a, b in zip(effects, effects[1:])), effects
    assert effects[-1] > 0.3


def effect_at_equal_chances(frame, strata: int = 20, min_group: int = 30) -> float:
    """The effect of many interventions estimated from the data alone, comparing like with like.

    Persons are put in ``strata`` groups of about equal chances (kansrijkheid);
    within each group the share finding work with many interventions is
    compared with the share with few, and the differences are averaged
    (weighted by group size). Groups where one side has fewer than
    ``min_group`` persons are skipped.
    """
    many = selection.many_interventions(frame)
    stratum = pd.qcut(frame["kansrijkheid"], strata, labels=False)
    differences, sizes = [], []
    for index in frame.groupby(stratum).groups.values():
        many_here = many.loc[index]
        if many_here.sum() < min_group or (~many_here).sum() < min_group:
            continue
        work = frame.loc[index, "werk"]
        differences.append(work[many_here].mean() - work[~many_here].mean())
        sizes.append(len(index))
    assert sum(sizes) > 0.8 * len(frame), "most persons are compared"
    return float(np.average(differences, weights=sizes))


# Up to 0.75 both few and many interventions occur at equal chances (at 1 they hardly do).
COMPARABLE = [0.0, 0.25, 0.5, 0.75]


@pytest.mark.parametrize("seed", [0, 1])
def test_at_equal_chances_the_effect_is_zero_while_the_apparent_effect_grows(seed):
    frames = [selection.simulate(20_000, level, seed) for level in COMPARABLE]
    apparent = [selection.apparent_effect(frame) for frame in frames]
    estimated = [effect_at_equal_chances(frame) for frame in frames]
    assert all(a < b for a, b in zip(apparent, apparent[1:])) and apparent[-1] > 0.3, apparent
    # Standard error of each estimate about 0.008.
    assert all(abs(effect) < 0.03 for effect in estimated), estimated
    for frame in frames:  # the model's own figure agrees
        assert selection.true_effect(frame) == pytest.approx(0.0)


def test_the_estimate_would_see_an_effect_if_interventions_worked(monkeypatch):
    # The same comparison is not blind: give interventions a real effect and it finds it.
    monkeypatch.setattr(selection, "EFFECT", 0.5)
    frame = selection.simulate(20_000, 0.5, seed=0)
    assert effect_at_equal_chances(frame) > 0.1
    assert selection.true_effect(frame) > 0.1


def test_handing_out_interventions_otherwise_changes_nobodys_outcome():
    # The same persons at every selection strength: other interventions, the very same people find work.
    frames = [selection.simulate(selection=level) for level in LEVELS]
    for frame in frames[1:]:
        assert not frame["interventies"].equals(frames[0]["interventies"])
        assert frame["werk"].equals(frames[0]["werk"])


def test_work_does_not_depend_on_interventions():
    # Same chances, different interventions: the same chance of work.
    assert np.allclose(selection.chance_of_work([0.5, 0.5], [0, 6]), selection.chance_of_work(0.5, 3))


@pytest.mark.parametrize("bad", [-0.1, 1.5, True])
def test_selection_outside_zero_to_one_is_refused_in_dutch(bad):
    with pytest.raises(ValueError, match="tussen 0 en 1"):
        selection.simulate(selection=bad)


def test_model_message_and_figure():
    model = SelectionExperiment(0.8)
    assert model.apparent > 0.3 and model.true == 0.0
    assert "procentpunt vaker werk dan" in model.message() and "Echt effect: 0 procentpunt" in model.message()
    figure = model.figure()
    titles = [ax.get_title() for ax in figure.axes]
    assert titles == ["Wie krijgt veel interventies?", "Wie vindt werk?"]
    assert all(ax.get_xlabel() == "Aantal interventies" for ax in figure.axes)
    figure.canvas.draw()
    for ax in figure.axes:  # every axis labelled, and the label really drawn
        assert ax.get_ylabel().startswith("Aandeel") and ax.yaxis.label.get_visible()
        assert ax.get_ylim() == (0, 1)
    assert "sterkte 0,8" in figure._suptitle.get_text()
    plt.close(figure)


@pytest.mark.parametrize("effect, words", [
    (0.183, "vinden 18 procentpunt vaker werk dan"),
    (-0.05, "vinden 5 procentpunt minder vaak werk dan"),
    (-0.02, "vinden ongeveer even vaak werk als"),
    (0.019, "vinden ongeveer even vaak werk als"),
])
def test_the_effect_in_words(effect, words):
    assert selection.finds_work(effect) == words


def test_no_selection_reads_about_equal_not_negative():
    # At strength 0 chance alone gives a point or two either way (-2 at seed 0): the sentence,
    # the figure's title and its alt text all say "about none", never "-2 procentpunt".
    model = SelectionExperiment(0.0)
    assert round(model.apparent * 100) == -2
    figure = model.figure()
    title = figure._suptitle.get_text()
    plt.close(figure)
    assert "ongeveer even vaak" in model.message() and "-" not in model.message()
    assert "Schijnbaar effect: ongeveer 0 procentpunt." in title and "-" not in title
    assert "Schijnbaar effect ongeveer 0 procentpunt," in model.alt_text() and "-" not in model.alt_text()


@pytest.mark.parametrize("effect, text", [
    (0.183, "18 procentpunt"), (-0.05, "-5 procentpunt"), (-0.024, "ongeveer 0 procentpunt"),
    (0.0, "0 procentpunt"),
])
def test_an_effect_in_points(effect, text):
    assert selection.percentage_points(effect) == text


def test_view_shows_each_stop_of_the_slider():
    model = SelectionExperiment(0.0, n=500)
    slider = view(model)
    assert slider.label == SLIDER_LABEL
    # The readout writes the strength as the figure's title does: a Dutch decimal comma.
    labels = [label for label, _ in slider.stops]
    assert labels[0] == "0" and labels[8] == "0,8" and slider.value == 0.0
    before = slider.shown
    slider.value = 0.9
    assert model.strength == pytest.approx(0.9)
    assert slider.shown != before and "0,9" in slider.shown
    # Only the stops reached so far are drawn (the site build draws all: test_threshold_widget).
    assert [bool(html) for html in slider.views] == [label in ("0", "0,9") for label in labels]
    plt.close("all")
