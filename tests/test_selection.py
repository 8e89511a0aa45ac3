"""Correlation without causation: the selection simulation and its slider."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
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


@pytest.mark.parametrize("level", LEVELS)
def test_true_effect_stays_zero(level):
    assert selection.true_effect(selection.simulate(selection=level)) == 0.0


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
    assert "Schijnbaar effect" in model.message() and "Echt effect: 0 procentpunt" in model.message()
    figure = model.figure()
    titles = [ax.get_title() for ax in figure.axes]
    assert titles == ["Wie krijgt veel interventies?", "Wie vindt werk?"]
    assert all(ax.get_xlabel() == "Aantal interventies" for ax in figure.axes)
    assert "sterkte 0,8" in figure._suptitle.get_text()
    plt.close(figure)


def test_view_redraws_on_the_slider():
    model = SelectionExperiment(0.0, n=500)
    box = view(model)
    slider, text = box.children[0], box.children[1]
    assert slider.description == SLIDER_LABEL
    before = text.value
    slider.value = 0.9
    assert model.strength == pytest.approx(0.9)
    assert text.value != before
    plt.close("all")
