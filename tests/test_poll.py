"""The data-dialogue content and the poll: stored form, Dutch refusals, class results, view."""

from __future__ import annotations

import ast
import json

import pytest

from academy import dialogue
from academy.feedback import WrongAnswer
from academy.widgets.poll import ANSWER_NAME, SCALE, Poll, class_spread, validate_answer, view


def full(position: int = 4) -> dict:
    return dict.fromkeys(dialogue.STATEMENT_IDS, position)


def test_content_follows_the_manual():
    assert len(dialogue.QUESTIONS) == 6
    assert dialogue.QUESTIONS[5] == "Waar bent u bang voor als de gemeente data-gedreven werkt?"
    sizes = {group.key: len(group.completions) for group in dialogue.GROUPS}
    assert sizes == {"kans": 3, "risico": 2, "voorwaarde": 4, "vertrouwen": 2, "bang": 2}
    assert dialogue.STATEMENT_IDS[:3] == ["kans_1", "kans_2", "kans_3"]
    assert dialogue.STATEMENTS["voorwaarde_4"].text == (
        "Een voorwaarde van data-gedreven werken is dat een cliënt moet kunnen zeggen: "
        "“Dit wil ik niet, of ben ik niet”.")
    texts = " ".join(statement.text for statement in dialogue.STATEMENTS.values())
    assert "cliént" not in texts and " client" not in texts  # OCR repaired


def test_stored_form_round_trips_through_json():
    poll = Poll()
    for number, statement_id in enumerate(dialogue.STATEMENT_IDS):
        poll.set(statement_id, number % 5 + 1)
    stored = json.loads(json.dumps(poll.to_answer()))
    assert Poll.from_answer(stored).to_answer() == poll.to_answer()


def test_literal_is_the_line_to_copy():
    poll = Poll({"kans_1": 5})
    name, value = poll.literal().split(" = ", 1)
    assert name == ANSWER_NAME
    assert ast.literal_eval(value) == poll.to_answer()
    assert poll.status().startswith("Nog 12 van de 13")


def test_complete_answer_is_accepted_and_cleaned():
    assert validate_answer(full(3)) == full(3)
    import numpy as np
    assert validate_answer({k: np.int64(2) for k in dialogue.STATEMENT_IDS}) == full(2)


@pytest.mark.parametrize("broken, words", [
    ({**full(), "kans_2": None}, "nog geen positie gekozen bij 1 stelling: kans_2"),
    ({k: v for k, v in full().items() if k not in ("bang_1", "bang_2")}, "bij 2 stellingen: bang_1, bang_2"),
    ({}, "13 stellingen"),
    ({**full(), "kans_9": 3}, "'kans_9' is geen stelling"),
    ({**full(), "risico_1": 6}, "Bij risico_1 staat 6. Dat kan niet"),
    ({**full(), "risico_1": 0}, "Bij risico_1 staat 0"),
    ({**full(), "vertrouwen_2": "4"}, "tekst ('4'), geen getal. Haal de aanhalingstekens weg"),
    ({**full(), "vertrouwen_2": "eens"}, "Eens is 4"),
    ({**full(), "vertrouwen_2": 3.5}, "zonder komma"),
    ({**full(), "vertrouwen_2": True}, "Bij vertrouwen_2 staat True"),
    ([4] * 13, "moet een woordenboek zijn"),
    ("kans_1=4", "moet een woordenboek zijn"),
])
def test_invalid_answers_get_a_dutch_sentence(broken, words):
    with pytest.raises(WrongAnswer) as caught:
        validate_answer(broken)
    assert words in str(caught.value)


def test_model_refuses_a_bad_position():
    with pytest.raises(WrongAnswer, match="tot en met 5"):
        Poll().set("kans_1", 9)
    with pytest.raises(WrongAnswer, match="geen stelling"):
        Poll().set("kans_0", 3)


def test_class_spread_counts_positions():
    answers = [full(1), full(1), {**full(5), "bang_2": 3}]
    spread = class_spread(answers)
    assert list(spread.columns) == list(SCALE.values())
    assert list(spread.index) == dialogue.STATEMENT_IDS
    assert spread.loc["kans_1"].tolist() == [2, 0, 0, 0, 1]
    assert spread.loc["bang_2"].tolist() == [2, 0, 1, 0, 0]
    assert (spread.sum(axis=1) == 3).all()


def test_class_spread_names_an_invalid_answer_or_skips_it():
    answers = [full(2), {"kans_1": 4}]
    with pytest.raises(ValueError, match="Answer number 1"):
        class_spread(answers)
    assert class_spread(answers, skip_invalid=True).sum(axis=1).eq(1).all()


def test_view_holds_every_statement_and_the_model_follows_the_clicks():
    poll = Poll()
    widget = view(poll)
    assert [item["id"] for item in widget.items] == list(dialogue.STATEMENT_IDS)
    assert all(value is None for value in widget.answers.values())
    widget.answers = full(4)  # the trainee clicked "4 eens" everywhere in the browser
    assert poll.to_answer() == full(4)
    assert poll.literal().startswith("posities = {'kans_1': 4")


def test_view_shows_a_restored_answer():
    assert view(Poll.from_answer(full(2))).answers == full(2)
