"""Question 6: a tree fitted on 20 persons is perfect on them and poor on a person it never saw."""

from __future__ import annotations

import re

import pandas as pd
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


def test_the_trainees_loop_gives_both_accuracies(table):
    # The loop of exercise 4, with the two helpers that predict one person.
    real = prediction.outcomes(table)
    right_known = right_left_out = 0
    for persoon in table["persoon"]:
        if prediction.predict_known(table, persoon) == real[persoon]:
            right_known = right_known + 1
        if prediction.predict_left_out(table, persoon) == real[persoon]:
            right_left_out = right_left_out + 1
    assert right_known / 20 == prediction.training_accuracy(table) == 1.0
    assert right_left_out / 20 == prediction.leave_one_out_accuracy(table) == 0.45


def test_left_out_means_the_tree_never_saw_that_person(table):
    # B. Bos found work; the tree that knows him says so, the tree that never saw him does not.
    assert prediction.outcomes(table)["B. Bos"] == "werk gevonden"
    assert prediction.predict_known(table, "B. Bos") == "werk gevonden"
    assert prediction.predict_left_out(table, "B. Bos") == "nog geen werk"


def test_an_unknown_name_gets_a_dutch_sentence(table):
    with pytest.raises(ValueError, match="staat niet in de tabel"):
        prediction.predict_left_out(table, "Bos")


def test_rules_are_plain_dutch_questions(table):
    text = prediction.rules(table)
    lines = text.splitlines()
    assert lines[0] == "Meer dan 3 ziekenhuisbezoeken?"
    assert "werk gevonden" in text and "nog geen werk" in text
    assert "Migratieachtergrond: Nederlands?" in text and "Meer dan 1 interventie?" in text
    assert "Ouder dan 46 jaar?" in text and "Meer dan 12.500 euro studieschuld?" in text
    # No scikit-learn leftovers: no "class:", no dummy column names, no "<=" and no decimal points
    # (a dot before three digits is the Dutch thousands separator).
    assert not any(word in text for word in ("class", "_", "<=", "|---"))
    assert not re.search(r"\d\.(?!\d{3}(?!\d))", text)
    # Every question has a "nee" and a "ja" branch; every leaf is a prediction.
    questions = [line for line in lines if line.strip().endswith("?")]
    assert sum("nee → " in line for line in lines) == sum("ja → " in line for line in lines) == len(questions)
    assert sum("voorspelling: " in line for line in lines) == len(questions) + 1


@pytest.mark.parametrize("column, threshold, values, expected", [
    ("Aantal interventies", 3.5, [1, 6], "Meer dan 3 interventies?"),
    ("Aantal maanden in uitkering", 1.5, [0, 20], "Meer dan 1 maand in een uitkering?"),
    ("Leeftijd", 39.75, [39.5, 40.0], "Ouder dan 39,75 jaar?"),
    ("Leeftijd", 39.79999923706055, [39.5, 40.1], "Ouder dan 39,8 jaar?"),  # scikit-learn's float32 split
    ("Studieschuld", 12500.5, [0, 25000], "Meer dan 12.500 euro studieschuld?"),
    ("Opleidingsniveau_HBO", 0.5, [0, 1], "Opleidingsniveau: HBO?"),
])
def test_a_split_as_a_question(column, threshold, values, expected):
    assert prediction.question(column, threshold, pd.Series(values)) == expected
