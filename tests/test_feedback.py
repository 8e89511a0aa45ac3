"""Dutch feedback: wrong types, shapes and empty answers get a sentence, not a traceback."""

from __future__ import annotations

import pandas as pd
import pytest

from academy import cards, feedback
from academy.checks import databasespel


def call(check, **answers):
    """Run a check as a notebook would, with the trainee's variables as globals."""
    namespace = {"check": check, **answers}
    exec("check()", namespace)


def hidden(question, **answers):
    """Run a question's hidden check as the notebook's hidden test cell does (inside the course folder)."""
    exec("question.hidden()", {"question": question, **answers})


def message(check, **answers) -> str:
    with pytest.raises(AssertionError) as error:
        call(check, **answers)
    return str(error.value)


def test_missing_variable_says_what_to_do():
    text = message(databasespel.tel_de_kaarten)
    assert "nog niet gemaakt" in text and "aantal_kaarten" in text


def test_ellipsis_counts_as_empty():
    assert "leeg" in message(databasespel.tel_de_kaarten, aantal_kaarten=...)


def test_text_instead_of_number():
    text = message(databasespel.tel_de_kaarten, aantal_kaarten="200", aantal_personen=20, aantal_bronnen=3)
    assert "aanhalingstekens" in text


def test_counting_names_instead_of_persons_gets_its_own_sentence():
    text = message(databasespel.tel_de_kaarten, aantal_kaarten=200, aantal_personen=34, aantal_bronnen=3)
    assert "Dongen" in text and "persoon" in text


def test_counting_cards_as_persons():
    text = message(databasespel.tel_de_kaarten, aantal_kaarten=200, aantal_personen=200, aantal_bronnen=3)
    assert "kaarten" in text


def test_right_counts_are_confirmed(capsys):
    call(databasespel.tel_de_kaarten, aantal_kaarten=200, aantal_personen=20, aantal_bronnen=3)
    assert "Goed zo" in capsys.readouterr().out


def test_pivot_on_names_is_explained():
    deck = cards.load_deck()
    wrong = deck.pivot(index="naam", columns="kenmerk", values="waarde")
    assert "naam" in message(databasespel.per_persoon, per_persoon=wrong)


def test_long_table_is_not_a_pivot():
    assert "pivot" in message(databasespel.per_persoon, per_persoon=cards.load_deck())


@pytest.mark.parametrize("value, words", [
    ([1, 2, 3], "tabel"),
    (pd.DataFrame(), "leeg"),
])
def test_wrong_type_or_empty_table(value, words):
    assert words in message(databasespel.per_persoon, per_persoon=value)


def test_pivot_is_confirmed(capsys):
    deck = cards.load_deck()
    call(databasespel.per_persoon, per_persoon=deck.pivot(index="persoon", columns="kenmerk", values="waarde"))
    assert "Goed zo" in capsys.readouterr().out


@pytest.mark.parametrize("value, words", [
    (["Leeftijd"], "woordenboek"),
    ({}, "leeg"),
    ({"zwart": [], "rood": []}, "blauw ontbreekt"),
    ({"zwart": "Leeftijd", "rood": [], "blauw": []}, "lijst"),
    ({"groen": [], "zwart": [], "rood": [], "blauw": []}, "geen bron"),
    ({"zwart": ["Sector"], "rood": [], "blauw": []}, "andere bron"),
])
def test_sources_mistakes(value, words):
    assert words in message(databasespel.kenmerken_per_bron, kenmerken_per_bron=value)


def test_messages_are_wrong_answers_not_internal_errors():
    with pytest.raises(feedback.WrongAnswer):
        feedback.expect_number(True, "x")
    with pytest.raises(feedback.WrongAnswer, match="lijst"):
        feedback.expect_collection("abc", "x")
    with pytest.raises(feedback.WrongAnswer, match="rijen"):
        feedback.expect_frame(pd.DataFrame({"a": [1]}), "x", rows=2)


def test_a_right_number_passes_even_when_a_usual_mistake_gives_the_same_number():
    # e.g. the product of two shares equals the share of both when the draws are independent
    hints = {0.06: "Je vermenigvuldigde.", 0.3: "Dat is het deel feministes."}
    feedback.expect_close(0.06, 0.06, "p", hints=hints)
    feedback.expect_close(0.06 + 1e-9, 0.06, "p", hints=hints)
    with pytest.raises(feedback.WrongAnswer, match="feministes"):
        feedback.expect_close(0.3, 0.06, "p", hints=hints)
    with pytest.raises(feedback.WrongAnswer, match="klopt nog niet: het goede antwoord is kleiner"):
        feedback.expect_close(0.07, 0.06, "p", hints=hints)


@pytest.mark.parametrize("given, exact, right", [
    (0.448, 0.448468, True),      # chapter 7's FPR to three decimals
    (0.45, 0.448468, False),
    (0.0409, 0.0409, True),       # chapter 6's share, exactly
    (0.041, 0.040912, False),     # two significant digits: rounded too early
    (0.0409, 0.040912, True),
    (0.04, 0.0409, False),
    (0.0249, 0.0252, False),      # a usual mistake near a small share stays apart
    (39.5, 39.54, False),
    (39.541, 39.5412, True),
    (39.54, 39.5412, False),
    (6172, 6172, True),
    (6171, 6172, False),          # a count must be exact
])
def test_one_tolerance_policy_for_every_number(given, exact, right):
    assert feedback.close_enough(given, exact) is right


@pytest.mark.parametrize("given, exact, words", [
    (0.04, 0.0409, "te vroeg afgerond"),
    (0.45, 0.448468, "te vroeg afgerond"),
    (40, 39.54, "te vroeg afgerond"),
    (44.8, 0.448, "dat is een percentage"),
    (0.448468, 44.8468, "100 keer te klein"),
    (19, 20, "precies één naast"),
    (21, 20, "precies één naast"),
    (30, 20, "het goede antwoord is kleiner"),
    (0.2, 0.448, "het goede antwoord is groter"),
])
def test_near_misses_get_their_own_sentence_and_never_a_bare_look_again(given, exact, words):
    with pytest.raises(feedback.WrongAnswer) as error:
        feedback.expect_close(given, exact, "x")
    text = str(error.value)
    assert words in text
    assert "nog eens goed" not in text.lower()


def test_swapped_groups_are_found():
    exact = {"Zwart": 0.448, "Wit": 0.235}
    assert feedback.swapped_keys({"Zwart": 0.235, "Wit": 0.448}, exact) == ("Zwart", "Wit")
    assert feedback.swapped_keys({"Zwart": 0.448, "Wit": 0.235}, exact) is None
    assert feedback.swapped_keys({"Zwart": 0.3, "Wit": 0.448}, exact) is None


@pytest.mark.parametrize("blank", [float("nan"), None, pd.NA, pd.NaT])
def test_a_missing_value_is_an_empty_cell_not_nan_or_a_type_name(blank):
    with pytest.raises(feedback.WrongAnswer) as error:
        feedback.expect_number(blank, "aantal")
    assert str(error.value) == "`aantal` moet een getal zijn, maar het is niets (een lege cel)."


def test_a_decimal_comma_in_code_is_explained_not_called_a_list():
    kans = 0,25  # what a trainee types who copies 0,25 from a table
    with pytest.raises(feedback.WrongAnswer) as error:
        feedback.expect_close(kans, 0.25, "kans")
    assert str(error.value) == ("`kans` is geen getal: Python leest `0,25` als twee getallen (0 en 25). "
                                "Schrijf een punt: `0.25`.")
    with pytest.raises(feedback.WrongAnswer, match="aanhalingstekens weg en schrijf een punt"):
        feedback.expect_number("0,25", "kans")
    with pytest.raises(feedback.WrongAnswer, match="lijst met 3"):
        feedback.expect_number((1, 2, 3), "kans")


def _raised(function) -> str:
    with pytest.raises((ValueError, AssertionError)) as error:
        function()
    return str(error.value)


def test_a_missing_column_reads_the_same_in_every_function_a_trainee_calls():
    """One sentence: which column, the name a typo meant, the columns there are (and what to pass instead)."""
    from academy import clusters, fairness, linda, linkage, privacy
    from academy.datasets import load_compas, load_foodbank

    compas, people = load_compas(), cards.person_table(cards.load_deck())
    sentences = {
        "fairness": _raised(lambda: fairness.group_metrics(compas, "groep", "recidiv", "hoog_risico")),
        "privacy": _raised(lambda: privacy.k_anonymity(people, ["Leeftijd", "Sectr"])),
        "linda": _raised(lambda: linda.conjunction_probabilities(linda.population(10), second="feminist")),
        "linkage": _raised(lambda: linkage.link(people, people.rename(columns={"persoon": "Persoon"}), on="persoon")),
        "clusters": _raised(lambda: clusters.prepare(load_foodbank().drop(columns="inkomen"))),
        "check": _raised(lambda: feedback.expect_frame(people, "tabel", ["Leeftijd", "leeftijd"])),
    }
    assert sentences["fairness"].startswith("De tabel heeft geen kolom 'recidiv'. Bedoel je 'recidive'? "
                                            "De kolommen zijn: 'id', 'groep', ")
    assert sentences["privacy"].startswith("De tabel heeft geen kolom 'Sectr'. Bedoel je 'Sector'? De kolommen zijn:")
    assert sentences["linda"].startswith("De tabel heeft geen kolom 'feminist'. Bedoel je 'feministe'?")
    assert sentences["linkage"].startswith("De tabel rechts heeft geen kolom 'persoon'. Bedoel je 'Persoon'?")
    assert sentences["clusters"].endswith("Gebruik de tabel van load_foodbank().")
    assert sentences["check"].startswith("`tabel` heeft geen kolom 'leeftijd'. Bedoel je 'Leeftijd'?")
    for where, sentence in sentences.items():
        assert " heeft geen kolom '" in sentence and " De kolommen zijn: '" in sentence, where


def test_no_table_at_all_is_said_in_dutch_without_a_type_name():
    from academy import fairness

    with pytest.raises(TypeError) as error:
        fairness.group_metrics([1, 2, 3], "groep", "recidive", "hoog_risico")
    assert str(error.value) == "Geef een tabel (DataFrame), maar dit is een lijst met 3 items."
