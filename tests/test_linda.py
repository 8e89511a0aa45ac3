"""academy.linda: the options, checking a ranking, the class's share, the synthetic population."""

from __future__ import annotations

import json
import math
from pathlib import Path

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


def trainee_cells() -> list[str]:
    """The sources of the cells of chapter 6 as a trainee gets it."""
    path = Path(__file__).resolve().parents[1] / "notebooks" / "06-linda" / "linda.ipynb"
    return ["".join(cell["source"]) for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]]


def test_chapter_shows_tversky_kahneman_next_to_the_class():
    table = next(cell for cell in trainee_cells() if "Tversky" in cell and "| jouw groep |" in cell)
    rows = {row.split("|")[1].strip(): row.split("|")[2].strip() for row in table.splitlines() if row.startswith("| ")}
    assert rows["proefpersonen zonder statistiek-opleiding, met een lijst van acht uitspraken"] == (
        f"{linda.TK_1983_RANKING:.0%}")
    assert rows["proefpersonen die alleen uit die twee uitspraken mochten kiezen"] == f"{linda.TK_1983_TWO_OPTIONS:.0%}"
    assert "trainer" in rows["jouw groep"]
    assert linda.TK_1983_SOURCE in table


def test_chapter_does_not_give_the_rule_away_before_the_ranking():
    cells = trainee_cells()
    before = "\n".join(cells[:next(i for i, cell in enumerate(cells) if "view(Ranking())" in cell)])
    for giveaway in ["nooit waarschijnlijker", "nooit groter", "en-regel", "conjunctie", "denkfout",
                     "geen goede of foute volgorde"]:
        assert giveaway not in before.lower(), giveaway


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


def test_errors_a_trainee_can_meet_are_dutch():
    frame = linda.population(10)
    with pytest.raises(ValueError, match="De tabel heeft geen kolom 'yoga'.*'yogabeoefenaar'"):
        linda.conjunction_probabilities(frame, second="yoga")
    with pytest.raises(TypeError, match="dit is een lijst met 2 items. Gebruik een tabel met vrouwen"):
        linda.conjunction_probabilities([1, 2])
    for bad in [0, 2.5, "100", True]:
        with pytest.raises(ValueError, match="moet een heel getal van 1 of meer zijn"):
            linda.population(bad)
