"""Chapter 6 checks: a Dutch sentence for every wrong answer, 'Goed zo' for the right one."""

from __future__ import annotations

import pandas as pd
import pytest

from academy import linda
from academy.checks import linda as checks
from conftest import ROOT
from test_feedback import call, hidden, message

PEOPLE = linda.population()
BANK, FEMINIST = PEOPLE["bankbediende"], PEOPLE["feministe"]
P_BANK = BANK.mean()
P_BOTH = (BANK & FEMINIST).mean()


# Exercise 1: the ranking (any valid permutation is right).

def test_missing_ranking():
    assert "nog niet gemaakt" in message(checks.rangorde)


@pytest.mark.parametrize("value, words", [
    ("CEBADF", "één stuk tekst"),
    (["A", "B", "C", "D", "E"], "mist F"),
    (["A", "A", "B", "C", "D", "E"], "meer dan één keer"),
    (["A", "B", "C", "D", "E", "G"], "'G' is geen optie"),
    ({"A": 1}, "lijst met letters"),
    ([1, 2, 3, 4, 5, 6], "alleen de letters"),
    (..., "leeg"),
])
def test_invalid_rankings_get_a_dutch_sentence(value, words):
    assert words in message(checks.rangorde, rangorde=value)


def test_ranking_with_f_above_d_is_valid_and_says_so(capsys):
    call(checks.rangorde, rangorde=["C", "F", "E", "D", "B", "A"])
    out = capsys.readouterr().out
    assert "Goed zo" in out and "Jij zet F" in out


def test_ranking_with_d_above_f_is_valid_and_says_so(capsys):
    call(checks.rangorde, rangorde=["c", " e", "D", "F", "B", "A"])
    out = capsys.readouterr().out
    assert "Goed zo" in out and "Jij zet D" in out


# Exercise 2: p_bankbediende.

@pytest.mark.parametrize("value, words", [
    (FEMINIST.mean(), "feministes"),
    (P_BOTH, "alleen: bankbediende"),
    (1 - P_BANK, "géén bankbediende"),
    (int(BANK.sum()), "aantal vrouwen"),
    (P_BANK * 100, "percentage"),
    (BANK, "hele kolom"),
    (str(P_BANK), "aanhalingstekens"),
    (True, "getal"),
    (-0.1, "tussen 0 en 1"),
    (0.5, "klopt nog niet: het goede antwoord is kleiner"),
    (0.04, "te vroeg afgerond"),  # the Dutch 0,04 from the chapter's table, two decimals
    (0.041, "te vroeg afgerond"),
])
def test_p_bankbediende_mistakes(value, words):
    assert words in message(checks.p_bankbediende, p_bankbediende=value)


def test_p_bankbediende_missing():
    assert "nog niet gemaakt" in message(checks.p_bankbediende)


def test_p_bankbediende_right(capsys):
    call(checks.p_bankbediende, p_bankbediende=P_BANK)
    call(checks.p_bankbediende, p_bankbediende=int(BANK.sum()) / len(PEOPLE))
    call(checks.p_bankbediende, p_bankbediende=round(P_BANK, 4))  # three significant digits are enough
    assert capsys.readouterr().out.count("Goed zo") == 3


# Exercise 3: p_bankbediende_en_feministe.

@pytest.mark.parametrize("value, words", [
    (P_BANK, "bankbediende alleen"),
    (FEMINIST.mean(), "feministe alleen"),
    ((BANK | FEMINIST).mean(), "niet | (of)"),
    ((BANK & FEMINIST).sum() / BANK.sum(), "ónder de bankbediendes"),
    (P_BANK * FEMINIST.mean(), "vermenigvuldigde"),
    (P_BOTH * 100, "percentage"),
    (int((BANK & FEMINIST).sum()), "aantal vrouwen"),
    (BANK & FEMINIST, ".mean()"),
    (pd.DataFrame({"a": [1]}), "hele kolom"),
])
def test_p_both_mistakes(value, words):
    assert words in message(checks.p_bankbediende_en_feministe, p_bankbediende_en_feministe=value)


def test_p_both_right(capsys):
    call(checks.p_bankbediende_en_feministe, p_bankbediende_en_feministe=P_BOTH)
    assert "Goed zo" in capsys.readouterr().out


@pytest.mark.parametrize("n, seed", [(10_000, 1), (10_000, 2), (10_000, 3), (2_000, 4), (500, 5)])
def test_checks_hold_in_other_populations(monkeypatch, capsys, n, seed):
    # The checks must not depend on the lucky draw of the chapter's population: in any population
    # the right answers get "Goed zo" (no hint for a usual mistake catches them), the praise
    # ("kleiner dan ... bankbediende alleen") is true, and the usual mistakes still get their hint.
    people = linda.population(n, seed=seed)
    monkeypatch.setattr(checks.linda, "population", lambda: people)
    for question in (checks.p_bankbediende, checks.p_bankbediende_en_feministe):
        # A question computes its expected values once; here they come from this population.
        monkeypatch.setattr(question, "expected", checks._shares())
    p = linda.conjunction_probabilities(people)
    bank, both = p["bankbediende"], p["bankbediende en feministe"]
    assert both == pytest.approx((people["bankbediende"] & people["feministe"]).sum() / n)
    assert 0 < both < bank
    call(checks.p_bankbediende, p_bankbediende=bank)
    call(checks.p_bankbediende_en_feministe, p_bankbediende_en_feministe=both)
    out = capsys.readouterr().out
    assert out.count("Goed zo") == 2 and "kleiner dan de kans op bankbediende alleen" in out
    assert "bankbediende alleen" in message(checks.p_bankbediende_en_feministe, p_bankbediende_en_feministe=bank)
    assert "alleen: bankbediende" in message(checks.p_bankbediende, p_bankbediende=both)


# ---------------------------------------------------------------- hidden checks (source/06-linda/hidden_checks.py)

def test_hidden_checks_pass_the_right_answers(monkeypatch):
    monkeypatch.chdir(ROOT)
    hidden(checks.rangorde, rangorde=["f", "D ", "C", "B", "A", "E"])
    hidden(checks.p_bankbediende, p_bankbediende=P_BANK)
    hidden(checks.p_bankbediende_en_feministe, p_bankbediende_en_feministe=P_BOTH)


@pytest.mark.parametrize("question, answers", [
    ("rangorde", {"rangorde": ["A", "B", "C", "D", "E"]}),
    ("rangorde", {"rangorde": "ABCDEF"}),
    ("p_bankbediende", {"p_bankbediende": P_BOTH}),
    ("p_bankbediende", {"p_bankbediende": str(P_BANK)}),
    ("p_bankbediende_en_feministe", {"p_bankbediende_en_feministe": P_BANK}),
])
def test_hidden_checks_fail_wrong_answers(monkeypatch, question, answers):
    monkeypatch.chdir(ROOT)
    with pytest.raises(AssertionError):
        hidden(getattr(checks, question), **answers)
