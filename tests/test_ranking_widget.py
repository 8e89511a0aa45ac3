"""The Linda ranking widget: its model without a browser, and its view."""

from __future__ import annotations

import ast

import pytest

from academy.feedback import WrongAnswer
from academy.widgets.ranking import Ranking, view


def test_starts_in_alphabetical_order():
    assert Ranking().to_answer() == ["A", "B", "C", "D", "E", "F"]


def test_moves_swap_neighbours_and_stop_at_the_ends():
    model = Ranking()
    model.move_up("F")
    assert model.to_answer() == ["A", "B", "C", "D", "F", "E"]
    model.move_up("f")
    assert model.to_answer() == ["A", "B", "C", "F", "D", "E"]
    model.move_down("A")
    assert model.to_answer() == ["B", "A", "C", "F", "D", "E"]
    model.move_up("B")
    model.move_down("E")
    assert model.to_answer() == ["B", "A", "C", "F", "D", "E"]


def test_unknown_letter_is_refused():
    with pytest.raises(ValueError, match="'G' is geen optie"):
        Ranking().move_up("G")


def test_answer_round_trip_through_the_literal():
    model = Ranking(list("CEFDBA"))
    line = model.literal()
    assert line == "rangorde = ['C', 'E', 'F', 'D', 'B', 'A']"
    copied = ast.literal_eval(line.split("=", 1)[1].strip())
    assert Ranking.validate_answer(copied) == model.to_answer()
    assert Ranking.from_answer(copied).to_answer() == model.to_answer()


def test_answer_is_a_fresh_list():
    model = Ranking()
    model.to_answer().append("X")
    assert model.to_answer() == list("ABCDEF")


@pytest.mark.parametrize("bad, problem", [
    (list("ABCDE"), "In je rangorde mist F"),
    (list("AABCDE"), "De letter A staat meer dan één keer"),
    (list("ABCDEG"), "'G' is geen optie"),
    ("ABCDEF", "één stuk tekst"),
])
def test_validation_rejects_non_permutations_and_names_the_problem(bad, problem):
    with pytest.raises(WrongAnswer, match=problem):
        Ranking.validate_answer(bad)
    with pytest.raises(WrongAnswer, match=problem):
        Ranking(bad)


def test_the_view_holds_the_options_and_the_model_follows_its_moves():
    model = Ranking()
    widget = view(model)
    assert widget.order == list("ABCDEF") and widget.options["A"] == "Verzekeringsagent"
    widget.order = ["B", "A", "C", "D", "E", "F"]  # the trainee pressed A's ▼ in the browser
    assert model.to_answer()[:2] == ["B", "A"]
    assert model.literal().startswith("rangorde = ['B', 'A'")
