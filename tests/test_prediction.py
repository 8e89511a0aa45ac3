"""Question 6: a tree fitted on 20 persons is perfect on them and poor on a person it never saw."""

from __future__ import annotations

import pytest
from sklearn.model_selection import LeaveOneOut, cross_val_score

from academy import cards, prediction


@pytest.fixture(scope="module")
def table():
    return cards.person_table(cards.load_deck())


def test_features_are_numbers_and_never_the_answer(table):
    x = prediction.features(table)
    assert len(x) == 20
    assert "reeks" not in x.columns and "persoon" not in x.columns
    assert set(cards.NUMERIC) <= set(x.columns)
    assert "Opleidingsniveau_HBO" in x.columns
    assert all(dtype.kind in "iu" for dtype in x.dtypes)
    assert prediction.target(table).tolist() == [1] * 10 + [0] * 10


def test_perfect_on_its_own_data(table):
    assert prediction.training_accuracy(table) == 1.0


def test_poor_on_persons_it_never_saw(table):
    loo = prediction.leave_one_out_accuracy(table)
    assert loo <= 0.6  # no better than tossing a coin (measured: 0.45)
    assert prediction.training_accuracy(table) - loo >= 0.4


def test_loop_agrees_with_scikit_learn(table):
    # A trainee who uses cross_val_score with LeaveOneOut gets the same figure.
    sklearn_loo = cross_val_score(prediction.model(), prediction.features(table), prediction.target(table),
                                  cv=LeaveOneOut()).mean()
    assert prediction.leave_one_out_accuracy(table) == pytest.approx(sklearn_loo)


def test_deterministic(table):
    first = prediction.leave_one_out_predictions(table)
    assert first.equals(prediction.leave_one_out_predictions(table))
    assert list(first.columns) == ["persoon", "werkelijk", "voorspeld", "goed"]


def test_rules_speak_dutch(table):
    text = prediction.rules(table)
    assert "werk gevonden" in text and "nog geen werk" in text
