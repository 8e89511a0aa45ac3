"""Chapter 9's checks: a Dutch sentence for each typical mistake, "Goed zo" for the right answer."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import ROOT
from test_feedback import call, hidden, message

from academy.checks import afronding
from academy.widgets.maturity import CATEGORY_IDS, class_average

FULL_SCAN = dict.fromkeys(CATEGORY_IDS, 3) | {"datakwaliteit": 1}
RIGHT_PRINCIPLES = {"a": "ROBUST", "b": "SHARED", "c": "FAIR", "d": "FACT"}
TABLE_ORDER = ["FAIR", "FACT", "ROBUST", "SHARED"]  # the order of the chapter's table


def confirmed(check, capsys, **answers) -> str:
    call(check, **answers)
    out = capsys.readouterr().out
    assert "Goed zo" in out
    return out


# ---------------------------------------------------------------- scan

def test_scan_missing_and_empty():
    assert "nog niet gemaakt" in message(afronding.scan)
    assert "leeg" in message(afronding.scan, datavolwassenheid=...)


def test_scan_incomplete_names_the_open_categories():
    text = message(afronding.scan, datavolwassenheid={**FULL_SCAN, "cultuur": None, "processen": None})
    assert "2 categorieën" in text and "cultuur" in text and "processen" in text


def test_scan_wrong_levels_and_types():
    assert "woordenboek" in message(afronding.scan, datavolwassenheid=[3, 3, 3])
    assert "Innovatief is 5" in message(afronding.scan, datavolwassenheid={**FULL_SCAN, "cultuur": "innovatief"})
    assert "Dat kan niet" in message(afronding.scan, datavolwassenheid={**FULL_SCAN, "cultuur": 7})
    assert "geen categorie" in message(afronding.scan, datavolwassenheid={**FULL_SCAN, "koffie": 2})


def test_scan_right_names_the_lowest(capsys):
    out = confirmed(afronding.scan, capsys, datavolwassenheid=FULL_SCAN)
    assert "datakwaliteit" in out and "Initieel" in out


# ---------------------------------------------------------------- principes

def test_principles_missing_keys_and_wrong_types():
    assert "nog niet gemaakt" in message(afronding.welk_principe)
    assert "situatie d" in message(afronding.welk_principe, principes={"a": "ROBUST", "b": "SHARED", "c": "FAIR"})
    assert "woordenboek" in message(afronding.welk_principe, principes=["FAIR", "FACT", "ROBUST", "SHARED"])
    assert "geen tekst" in message(afronding.welk_principe, principes={**RIGHT_PRINCIPLES, "c": 3})
    assert "geen situatie" in message(afronding.welk_principe, principes={**RIGHT_PRINCIPLES, "e": "FAIR"})


def test_principles_a_word_instead_of_the_abbreviation():
    text = message(afronding.welk_principe, principes={**RIGHT_PRINCIPLES, "a": "findable"})
    assert "hele afkorting" in text
    assert "Kies uit" in message(afronding.welk_principe, principes={**RIGHT_PRINCIPLES, "a": "AVG"})


def test_principles_wrong_choice_explains_that_situation():
    text = message(afronding.welk_principe, principes={**RIGHT_PRINCIPLES, "b": "FAIR", "a": "FACT"})
    assert "2 van de 4" in text and "situatie a" in text


def test_principles_in_the_order_of_the_table_are_not_right():
    # the situations are shuffled, so copying the table's order a-d earns nothing
    in_table_order = dict(zip("abcd", TABLE_ORDER))
    assert in_table_order != RIGHT_PRINCIPLES
    assert "van de 4 kloppen nog niet" in message(afronding.welk_principe, principes=in_table_order)


def test_principles_right_in_any_case(capsys):
    confirmed(afronding.welk_principe, capsys, principes=RIGHT_PRINCIPLES)
    confirmed(afronding.welk_principe, capsys, principes={"A": "robust", "b": " Shared ", "c": "fair", "d": "Fact"})


# ---------------------------------------------------------------- laagste_categorie

def test_the_example_team_has_one_clear_lowest_category():
    averages = class_average(afronding.TEAM_SCANS)
    assert sorted(averages.values())[0] < sorted(averages.values())[1]


def test_lowest_mistakes():
    team = pd.DataFrame(afronding.TEAM_SCANS)
    assert "hóógste" in message(afronding.laagste_categorie, laagste_categorie=team.mean().idxmax())
    assert "eerste collega" in message(afronding.laagste_categorie, laagste_categorie=team.iloc[0].idxmin())
    assert "niet de laagste" in message(afronding.laagste_categorie, laagste_categorie="cultuur")
    assert "geen categorie" in message(afronding.laagste_categorie, laagste_categorie="koffie")
    assert "geen lijst" in message(afronding.laagste_categorie, laagste_categorie=team.mean())
    assert "tekst" in message(afronding.laagste_categorie, laagste_categorie=1.75)


def test_lowest_right_as_id_or_label(capsys):
    team = pd.DataFrame(afronding.TEAM_SCANS)
    out = confirmed(afronding.laagste_categorie, capsys, laagste_categorie=team.mean().idxmin())
    assert "gemiddeld 1,75." in out  # a Dutch decimal comma
    confirmed(afronding.laagste_categorie, capsys, laagste_categorie="Datakwaliteit")


def test_lowest_first_colleague_message_is_a_sentence():
    team = pd.DataFrame(afronding.TEAM_SCANS)
    assert "De vraag is: welke categorie" in message(afronding.laagste_categorie,
                                                     laagste_categorie=team.iloc[0].idxmin())


# ---------------------------------------------------------------- hidden checks (source/09-afronding/hidden_checks.py)

def test_hidden_checks_pass_the_right_answers(monkeypatch):
    monkeypatch.chdir(ROOT)
    hidden(afronding.scan, datavolwassenheid=FULL_SCAN)
    for name in ("datakwaliteit", " Datakwaliteit"):
        hidden(afronding.laagste_categorie, laagste_categorie=name)
    hidden(afronding.welk_principe, principes={key.upper(): value.lower() for key, value in RIGHT_PRINCIPLES.items()})


@pytest.mark.parametrize("question, answers", [
    ("scan", {"datavolwassenheid": dict.fromkeys(CATEGORY_IDS[1:], 3)}),
    ("laagste_categorie", {"laagste_categorie": "datakennis"}),
    ("laagste_categorie", {"laagste_categorie": ["datakwaliteit"]}),
    ("welk_principe", {"principes": RIGHT_PRINCIPLES | {"a": "FAIR", "c": "ROBUST"}}),
])
def test_hidden_checks_fail_wrong_answers(monkeypatch, question, answers):
    monkeypatch.chdir(ROOT)
    with pytest.raises((AssertionError, ValueError)):
        hidden(getattr(afronding, question), **answers)
