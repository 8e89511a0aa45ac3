"""Chapter 5's checks: the poll answer, matching quotes to statements, reading the class results."""

from __future__ import annotations

import ast
import re

import pytest
from conftest import ROOT, read_nb
from test_feedback import call, message

from academy import dialogue
from academy.checks import datadialoog
from academy.poll_example import example_class
from academy.widgets.poll import Poll, class_spread, validate_answer


def confirmed(check, capsys, **answers) -> str:
    call(check, **answers)
    out = capsys.readouterr().out
    assert "Goed zo" in out
    return out


def full(position=3) -> dict:
    return dict.fromkeys(dialogue.STATEMENT_IDS, position)


# ---------------------------------------------------------------- posities

def test_poll_missing_or_empty():
    assert "nog niet gemaakt" in message(datadialoog.posities)
    assert "leeg" in message(datadialoog.posities, posities=...)


def test_poll_straight_from_an_untouched_widget_is_incomplete():
    text = message(datadialoog.posities, posities=Poll().to_answer())
    assert "13 stellingen" in text


def test_poll_out_of_range_or_text():
    assert "Dat kan niet" in message(datadialoog.posities, posities={**full(), "risico_2": 6})
    assert "aanhalingstekens" in message(datadialoog.posities, posities={**full(), "kans_1": "4"})


def test_poll_wrong_type_or_unknown_statement():
    assert "woordenboek" in message(datadialoog.posities, posities=[4] * 13)
    assert "geen stelling" in message(datadialoog.posities, posities={**full(), "kans_9": 3})


def test_poll_complete_answer_is_confirmed_whatever_the_opinion(capsys):
    confirmed(datadialoog.posities, capsys, posities=full(1))
    confirmed(datadialoog.posities, capsys, posities=full(5))


def test_the_chapters_example_answer_is_a_complete_literal():
    # The trainer's class results read the answer cell with ast, never executing it.
    chapter = read_nb(ROOT / "source" / "05-datadialoog" / "datadialoog.ipynb")
    cell = next(c for c in chapter.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "posities")
    line = re.search(r"### BEGIN SOLUTION\n(.*?)\n### END SOLUTION", cell.source, re.S).group(1)
    name, value = line.split("=", 1)
    assert name.strip() == "posities"
    assert validate_answer(ast.literal_eval(value.strip())) == ast.literal_eval(value.strip())


# ---------------------------------------------------------------- past_bij

RIGHT = dict(datadialoog.QUOTE_STATEMENT)


@pytest.mark.parametrize("changes, words", [
    ({"transparantie": "voorwaarde_1"}, "wíe"),
    ({"transparantie": "voorwaarde_3"}, "profielen"),
    ({"automatisering": "risico_1"}, "verkeerde conclusies"),
    ({"wantrouwen": "vertrouwen_2"}, "beter aanbod"),
    ({"wantrouwen": "bang_1"}, "niet goed"),
    ({"automatisering": "risico 2"}, "geen code"),
    ({"transparantie": 2}, "aanhalingstekens"),
])
def test_matching_mistakes(changes, words):
    assert words in message(datadialoog.past_bij, past_bij={**RIGHT, **changes})


def test_matching_keys():
    assert "mist de sleutel" in message(datadialoog.past_bij, past_bij={"wantrouwen": "vertrouwen_1"})
    text = message(datadialoog.past_bij, past_bij={**RIGHT, "privacy": "kans_1"})
    assert "'privacy'" in text
    assert "woordenboek" in message(datadialoog.past_bij, past_bij=["vertrouwen_1", "risico_2", "voorwaarde_2"])


def test_matching_right_also_with_stray_spaces_and_capitals(capsys):
    confirmed(datadialoog.past_bij, capsys, past_bij=RIGHT)
    confirmed(datadialoog.past_bij, capsys, past_bij={**RIGHT, "automatisering": " Risico_2"})


def test_every_matched_statement_exists():
    assert set(datadialoog.QUOTE_STATEMENT.values()) <= set(dialogue.STATEMENT_IDS)


# ---------------------------------------------------------------- eens_automatisch

def spread():
    return class_spread(example_class())


def test_example_class_is_fixed_complete_and_valid():
    answers = example_class()
    assert answers == example_class()
    assert len(answers) == 12
    assert all(validate_answer(a) == a for a in answers)


@pytest.mark.parametrize("column, words", [("eens", "alleen 'eens'"), ("helemaal eens", "alleen 'helemaal eens'")])
def test_counting_one_column_only(column, words):
    value = int(spread().loc["risico_2", column])
    assert words in message(datadialoog.eens_automatisch, eens_automatisch=value)


def test_counting_the_other_side_or_the_other_statement():
    table = spread()
    disagree = int(table.loc["risico_2", ["helemaal oneens", "oneens"]].sum())
    other = int(table.loc["risico_1", ["eens", "helemaal eens"]].sum())
    assert "óneens" in message(datadialoog.eens_automatisch, eens_automatisch=disagree)
    assert "risico_1" in message(datadialoog.eens_automatisch, eens_automatisch=other)


def test_counting_form():
    assert "aanhalingstekens" in message(datadialoog.eens_automatisch, eens_automatisch="9")
    assert "getal" in message(datadialoog.eens_automatisch, eens_automatisch=[4, 5])


def test_counting_right(capsys):
    table = spread()
    right = int(table.loc["risico_2", "eens"] + table.loc["risico_2", "helemaal eens"])
    out = confirmed(datadialoog.eens_automatisch, capsys, eens_automatisch=right)
    assert f"{right} van de 12" in out
