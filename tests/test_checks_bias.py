"""Chapter 7 checks: a Dutch sentence for every wrong answer, 'Goed zo' for the right one."""

from __future__ import annotations

import pandas as pd
import pytest

from academy import fairness
from academy.checks import bias as checks
from academy.datasets import load_compas
from conftest import ROOT
from test_feedback import call, hidden, message

DATA = load_compas()
M = fairness.group_metrics(DATA, "groep", "recidive", "hoog_risico")


def per_group(column_or_values) -> dict:
    if isinstance(column_or_values, str):
        return {g: float(M.loc[g, column_or_values]) for g in ("Zwart", "Wit")}
    return {g: float(column_or_values[g]) for g in ("Zwart", "Wit")}


FP = {"Zwart": 805, "Wit": 349}
FPR, FNR = per_group("fpr"), per_group("fnr")


# Shared: the shape of a per-group answer.

@pytest.mark.parametrize("check, name", [
    (checks.onterecht_hoog, "onterecht_hoog"), (checks.fpr, "fpr"), (checks.fnr, "fnr")])
@pytest.mark.parametrize("value, words", [
    ([0.4, 0.2], "woordenboek"),
    ({}, "leeg"),
    ({"zwart": 1, "wit": 2}, "hoofdletter"),
    ({"Zwart": 1}, "mist de groep 'Wit'"),
    ({"Zwart": 0.1, "Wit": 0.1, "Anders": 0.1}, "staat 'Anders'"),
    ({"Zwart": "0.4", "Wit": 0.2}, "aanhalingstekens"),
    ({"Zwart": [1], "Wit": 0.2}, "getal"),
    (..., "leeg"),
])
def test_shape_mistakes(check, name, value, words):
    assert words in message(check, **{name: value})


def test_missing_answers():
    for check, name in [(checks.onterecht_hoog, "onterecht_hoog"), (checks.fpr, "fpr"),
                        (checks.fnr, "fnr"), (checks.drempel, "drempel")]:
        text = message(check)
        assert "nog niet gemaakt" in text and name in text


# Exercise 1: counts.

@pytest.mark.parametrize("value, words", [
    ({"Zwart": 1369 + 805, "Wit": 505 + 349}, "iedereen met hoog risico"),
    ({"Zwart": 1369, "Wit": 505}, "terecht hoog"),
    ({"Zwart": 532, "Wit": 461}, "onterecht láág"),
    ({"Zwart": 990, "Wit": 1139}, "terecht laag"),
    ({"Zwart": 349, "Wit": 805}, "verwisseld"),
    ({"Zwart": 800, "Wit": 349}, "klopt nog niet"),
])
def test_onterecht_hoog_mistakes(value, words):
    assert words in message(checks.onterecht_hoog, onterecht_hoog=value)


def test_onterecht_hoog_right_as_dict_or_series(capsys):
    call(checks.onterecht_hoog, onterecht_hoog=FP)
    series = DATA[~DATA["recidive"] & DATA["hoog_risico"]]["groep"].value_counts()
    call(checks.onterecht_hoog, onterecht_hoog=series)
    assert capsys.readouterr().out.count("Goed zo") == 2


# Exercise 2: FPR.

@pytest.mark.parametrize("value, words", [
    (per_group(M.fp / (M.tp + M.fp)), "iedereen met hoog risico"),
    (per_group(M.fp / M.n), "hele groep"),
    (per_group(M.tn / (M.fp + M.tn)), "terecht láág"),
    (FNR, "rekende je het deel onterecht laag uit"),
    (per_group((M.tp + M.fp) / M.n), "hele groep hoog risico"),
    ({"Zwart": FPR["Wit"], "Wit": FPR["Zwart"]}, "verwisseld"),
    ({g: round(v, 2) for g, v in FPR.items()}, "Rond niet af"),
    ({g: v * 100 for g, v in FPR.items()}, "percentage"),
    ({"Zwart": 0.3, "Wit": 0.2}, "klopt nog niet"),
    ({"Zwart": -0.3, "Wit": 0.2}, "buiten 0 tot 1"),
])
def test_fpr_mistakes(value, words):
    assert words in message(checks.fpr, fpr=value)


def test_fpr_right(capsys):
    call(checks.fpr, fpr=FPR)
    call(checks.fpr, fpr={g: round(v, 3) for g, v in FPR.items()})  # three decimals are enough
    call(checks.fpr, fpr=DATA[~DATA["recidive"]].groupby("groep")["hoog_risico"].mean())
    assert capsys.readouterr().out.count("Goed zo") == 3


# Exercise 3: FNR.

@pytest.mark.parametrize("value, words", [
    (per_group(M.tp / (M.tp + M.fn)), "terecht hoog"),
    (per_group(M.fn / (M.fn + M.tn)), "iedereen met laag risico"),
    (per_group(M.fn / M.n), "hele groep"),
    (FPR, "rekende je het deel onterecht hoog uit"),
    ({"Zwart": FNR["Wit"], "Wit": FNR["Zwart"]}, "verwisseld"),
    ({g: round(v, 2) for g, v in FNR.items()}, "Rond niet af"),
])
def test_fnr_mistakes(value, words):
    assert words in message(checks.fnr, fnr=value)


def test_fnr_right(capsys):
    call(checks.fnr, fnr=pd.Series(FNR))
    assert "Goed zo" in capsys.readouterr().out


# Exercise 4: the threshold with the smallest absolute FPR difference (2-10).

@pytest.mark.parametrize("value, words", [
    (0.02, "heel getal van 2 tot en met 10"),
    (7.5, "heel getal"),
    (1, "iedereen hoog risico"),
    (11, "van 2 tot en met 10"),
    (2, "verhouding"),
    (5, "hoog_risico"),
    (4, "juist het grootst"),
    (8, "procentpunt"),
    ("10", "aanhalingstekens"),
])
def test_drempel_mistakes(value, words):
    assert words in message(checks.drempel, drempel=value)


def test_the_measures_disagree_so_the_question_must_name_one():
    by_difference = fairness.closest_fpr_threshold(DATA, "groep", "risicoscore", "recidive", range(2, 11))
    by_ratio = fairness.closest_fpr_threshold(DATA, "groep", "risicoscore", "recidive", range(2, 11),
                                              measure="ratio")
    assert (by_difference, by_ratio) == (10, 2)


def test_drempel_right(capsys):
    call(checks.drempel, drempel=10)
    call(checks.drempel, drempel=10.0)
    assert capsys.readouterr().out.count("Goed zo") == 2


@pytest.mark.parametrize("check, name, value", [
    (checks.fpr, "fpr", FNR), (checks.fnr, "fnr", FPR), (checks.drempel, "drempel", 4), (checks.drempel, "drempel", 1),
])
def test_messages_use_the_chapters_dutch_names_not_fpr_or_fnr(check, name, value):
    shown = message(check, **{name: value})
    assert "FPR" not in shown and "FNR" not in shown, shown


# ---------------------------------------------------------------- hidden checks (source/07-bias/hidden_checks.py)

def test_hidden_checks_pass_the_right_answers(monkeypatch):
    monkeypatch.chdir(ROOT)
    hidden(checks.onterecht_hoog, onterecht_hoog=pd.Series(FP))
    hidden(checks.fpr, fpr=FPR)
    hidden(checks.fnr, fnr=FNR)
    hidden(checks.drempel, drempel=10)


@pytest.mark.parametrize("question, answers", [
    ("onterecht_hoog", {"onterecht_hoog": {"Zwart": FP["Wit"], "Wit": FP["Zwart"]}}),
    ("onterecht_hoog", {"onterecht_hoog": {**FP, "Anders": 0}}),
    ("fpr", {"fpr": FNR}),
    ("fnr", {"fnr": {"Zwart": FNR["Zwart"]}}),
    ("drempel", {"drempel": 5}),
    ("drempel", {"drempel": 10.5}),
])
def test_hidden_checks_fail_wrong_answers(monkeypatch, question, answers):
    monkeypatch.chdir(ROOT)
    with pytest.raises((AssertionError, KeyError)):
        hidden(getattr(checks, question), **answers)
