"""academy.linda: the options, checking a ranking, the class's share, the synthetic population."""

from __future__ import annotations

import math

import pandas as pd

import pytest

from academy import linda
from academy.feedback import WrongAnswer


def test_options_are_the_seeds():
    assert linda.OPTIONS == {
        "A": "Verzekeringsagent",
        "B": "Boekwinkelmedewerker en actief yogabeoefenaar",
        "C": "Actief feministe",
        "D": "Bankbediende",
        "E": "Sociaalpsychiatrisch werker",
        "F": "Bankbediende en actief feministe",
    }
    assert linda.OPTIONS[linda.SINGLE] == "Bankbediende"
    assert linda.OPTIONS[linda.CONJUNCTION] == "Bankbediende en actief feministe"
    assert "Heeft filosofie gestudeerd" in linda.DESCRIPTION and "31 jaar" in linda.DESCRIPTION
    assert linda.option_lines()[0] == "A. Verzekeringsagent"


def test_tversky_kahneman_figures():
    assert (linda.TK_1983_RANKING, linda.TK_1983_TWO_OPTIONS) == (0.89, 0.85)


def test_valid_ranking_is_normalised():
    assert linda.validate_ranking([" f", "d", "C", "a", "B", "e"]) == ["F", "D", "C", "A", "B", "E"]
    assert linda.validate_ranking(tuple("ABCDEF")) == list("ABCDEF")


@pytest.mark.parametrize("ranking, words", [
    ("FDCABE", "één stuk tekst"),
    ({"A": 1}, "lijst met letters"),
    (None, "lijst met letters"),
    (["A", "B", "C", "D", "E", 6], "In je rangorde staat 6"),
    (["A", "B", "C", "D", "E", "G"], "'G' is geen optie"),
    (["A", "A", "C", "D", "E", "F"], "De letter A staat meer dan één keer"),
    (["A", "B", "C", "D", "E"], "mist F"),
    ([], "mist A, B, C, D, E, F"),
])
def test_invalid_rankings_get_a_dutch_message(ranking, words):
    with pytest.raises(WrongAnswer, match=words):
        linda.validate_ranking(ranking)


def test_messages_do_not_suggest_an_order():
    # The example in the messages is the letters in alphabetical order, with F below D.
    with pytest.raises(WrongAnswer) as raised:
        linda.validate_ranking("FD")
    assert "['A', 'B', 'C', 'D', 'E', 'F']" in str(raised.value)


def test_fallacy_is_f_above_d():
    assert linda.is_conjunction_fallacy(list("CFEDBA"))
    assert linda.is_conjunction_fallacy(list("fdabce"))
    assert not linda.is_conjunction_fallacy(list("CEDFBA"))
    assert not linda.is_conjunction_fallacy(list("DABCEF"))
    with pytest.raises(WrongAnswer):
        linda.is_conjunction_fallacy(list("CFE"))


def test_class_share_counts_invalid_apart():
    rankings = {
        "Ans": list("CFEDBA"),   # fallacy
        "Bas": list("CEFDAB"),   # fallacy
        "Cor": list("CEDFBA"),   # no fallacy
        "Dina": "CEDFBA",        # invalid: text
        "Evi": list("CEDFB"),    # invalid: A missing
    }
    result = linda.class_share(rankings)
    assert (result.fallacy, result.valid, result.invalid) == (2, 3, 2)
    assert result.share == pytest.approx(2 / 3)
    summary = result.summary()
    assert "2 van de 3 geldige rangordes zetten F boven D (67%)" in summary
    assert "89%" in summary and "2 rangordes waren ongeldig" in summary
    assert linda.class_share([list("FDABCE")]).summary().startswith("1 van de 1 geldige rangordes zet F")


def test_class_share_without_valid_rankings():
    result = linda.class_share(["x"])
    assert math.isnan(result.share)
    assert result.summary() == "Er is nog geen geldige rangorde. 1 rangorde was ongeldig en telt niet mee."


def test_population_is_seeded_and_has_yes_no_columns():
    first, again = linda.population(2_000, seed=5), linda.population(2_000, seed=5)
    assert first.equals(again) and not first.equals(linda.population(2_000, seed=6))
    assert len(first) == 2_000
    for column in ["bankbediende", "feministe", "verzekeringsagent", "yogabeoefenaar"]:
        assert first[column].dtype == bool
    jobs = first[list(linda.POPULATION_JOBS)].sum(axis=1)
    assert jobs.le(1).all()  # one job at most


@pytest.mark.parametrize("seed", range(5))
def test_conjunction_rule_holds_in_the_population(seed):
    frame = linda.population(seed=seed)
    p = linda.conjunction_probabilities(frame)
    assert set(p) == {"bankbediende", "bankbediende en feministe"}
    assert 0 < p["bankbediende en feministe"] <= p["bankbediende"]
    assert p["bankbediende"] == pytest.approx(frame["bankbediende"].sum() / len(frame))


def test_conjunction_probabilities_by_hand():
    frame = pd.DataFrame({"bankbediende": [True, True, False, False], "feministe": [True, False, True, True]})
    assert linda.conjunction_probabilities(frame) == {"bankbediende": 0.5, "bankbediende en feministe": 0.25}
    with pytest.raises(ValueError, match="'yoga'"):
        linda.conjunction_probabilities(frame, second="yoga")
