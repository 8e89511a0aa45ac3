"""Chapter 4's checks: a Dutch sentence for each typical mistake, "Goed zo" for the right answer."""

from __future__ import annotations

import pytest
from test_feedback import call, message

from academy import cards, overview, prediction
from academy.checks import verbanden


@pytest.fixture(scope="module")
def persons():
    return overview.persons()


def confirmed(check, capsys, **answers) -> str:
    call(check, **answers)
    out = capsys.readouterr().out
    assert "Goed zo" in out
    return out


# ---------------------------------------------------------------- gemiddelden

def right_means(persons):
    return persons.groupby("reeks")[cards.NUMERIC].mean()


def test_means_missing_and_empty():
    assert "nog niet gemaakt" in message(verbanden.gemiddelden_per_reeks)
    assert "leeg" in message(verbanden.gemiddelden_per_reeks, gemiddelden=...)


def test_means_of_everybody_together(persons):
    text = message(verbanden.gemiddelden_per_reeks, gemiddelden=persons[cards.NUMERIC].mean())
    assert "alle 20 personen" in text and "groupby" in text


def test_means_wrong_type():
    assert "tabel (DataFrame)" in message(verbanden.gemiddelden_per_reeks, gemiddelden=39.5)


def test_means_per_person_or_transposed(persons):
    per_person = persons.groupby("persoon")[cards.NUMERIC].mean()
    assert "één per persoon" in message(verbanden.gemiddelden_per_reeks, gemiddelden=per_person)
    assert "op zijn kant" in message(verbanden.gemiddelden_per_reeks, gemiddelden=right_means(persons).T)


def test_means_missing_column(persons):
    text = message(verbanden.gemiddelden_per_reeks, gemiddelden=right_means(persons).drop(columns="Studieschuld"))
    assert "heeft geen kolom 'Studieschuld'" in text


def test_sum_and_median_get_their_own_sentence(persons):
    sums = persons.groupby("reeks")[cards.NUMERIC].sum()
    medians = persons.groupby("reeks")[cards.NUMERIC].median()
    assert ".mean()" in message(verbanden.gemiddelden_per_reeks, gemiddelden=sums)
    assert "mediaan" in message(verbanden.gemiddelden_per_reeks, gemiddelden=medians)


def test_means_right_also_with_reeks_as_column(persons, capsys):
    out = confirmed(verbanden.gemiddelden_per_reeks, capsys, gemiddelden=right_means(persons))
    assert "39,5" in out and "50" in out
    confirmed(verbanden.gemiddelden_per_reeks, capsys, gemiddelden=right_means(persons).reset_index())


def test_a_wrong_value_is_named(persons):
    wrong = right_means(persons)
    wrong.loc[2, "Leeftijd"] = 48
    text = message(verbanden.gemiddelden_per_reeks, gemiddelden=wrong)
    assert "Leeftijd" in text and "reeks 2" in text


# ---------------------------------------------------------------- aantallen

RIGHT_COUNTS = {"wo_hbo_per_reeks": {1: 9, 2: 3}, "nederlands_per_reeks": {1: 8, 2: 3}}


def counts(**changes):
    return {**RIGHT_COUNTS, **changes}


@pytest.mark.parametrize("wrong, words", [
    ({1: 3, 2: 1}, "alleen WO"),
    ({1: 6, 2: 2}, "alleen HBO"),
    ({1: 1, 2: 7}, "níet"),
    ({1: 0.9, 2: 0.3}, "aandeel"),
    ({1: 90, 2: 30}, "percentage"),
    ([9, 3], "lijst"),
    ({"reeks 1": 9, "reeks 2": 3}, "sleutels"),
    ({1: "9", 2: "3"}, "aanhalingstekens"),
    ({1: 8, 2: 3}, "`wo_hbo_per_reeks[1]` is 8: je zit er precies één naast"),
    ({1: 4, 2: 3}, "In reeks 1 telde je 4"),
    ({1: 3, 2: 9}, "reeksen in `wo_hbo_per_reeks` verwisseld"),
])
def test_counting_mistakes_are_explained(wrong, words):
    assert words in message(verbanden.aantallen_per_reeks, **counts(wo_hbo_per_reeks=wrong))


def test_counting_other_backgrounds():
    assert "níet" in message(verbanden.aantallen_per_reeks, **counts(nederlands_per_reeks={1: 2, 2: 7}))


def test_second_count_missing():
    assert "nederlands_per_reeks" in message(verbanden.aantallen_per_reeks, wo_hbo_per_reeks={1: 9, 2: 3})


def test_counts_right_as_dict_series_or_string_keys(persons, capsys):
    confirmed(verbanden.aantallen_per_reeks, capsys, **RIGHT_COUNTS)
    series = persons["Opleidingsniveau"].isin(["WO", "HBO"]).groupby(persons["reeks"]).sum()
    confirmed(verbanden.aantallen_per_reeks, capsys, **counts(wo_hbo_per_reeks=series,
                                                               nederlands_per_reeks={"1": 8, "2": 3}))


# ---------------------------------------------------------------- grootste verschil

@pytest.mark.parametrize("wrong, words", [
    ("Studieschuld", "standaardafwijking"),
    ("Leeftijd", "nog iets meer"),
    ("Aantal maanden in uitkering", "minder"),
    ("Opleidingsniveau", "geen getal"),
    ("Ziekenhuis", "geen kenmerk"),
    ("aantal ziekenhuisbezoeken", "hoofdletters"),
    (3, "aanhalingstekens"),
    (["Leeftijd"], "aanhalingstekens"),
])
def test_largest_difference_mistakes(wrong, words):
    assert words in message(verbanden.grootste_verschil, grootste_verschil=wrong)


def test_largest_difference_right(capsys):
    out = confirmed(verbanden.grootste_verschil, capsys, grootste_verschil=" Aantal ziekenhuisbezoeken")
    assert "1,28" in out


def test_hospital_visits_lead_age_by_a_little(persons):
    # Why "Leeftijd" gets the "nog iets meer" sentence: it is the runner-up.
    assert overview.largest_difference(persons) == "Aantal ziekenhuisbezoeken"
    assert overview.standardised_differences(persons).index[1] == "Leeftijd"


# ---------------------------------------------------------------- nauwkeurigheid

@pytest.mark.parametrize("training, loo, words", [
    (1.0, 9, "aantal"),
    (1.0, 9 / 19, "niet door 19"),
    (1.0, 45, "percentage"),
    (1.0, 0.55, "fout"),
    (0.45, 1.0, "één persoon apart legt"),
    (1.0, 1.0, "predict_left_out"),
    (1.0, 0.0, "voorspeld = ..."),
    (20, 0.45, "aantal"),
    (1.0, 0.6, "klopt nog niet"),
    (1.0, 3.5, "van 0 tot en met 1"),
    (1.0, "0.45", "aanhalingstekens"),
    (1.0, [0.45], "getal"),
    (True, 0.45, "getal"),
])
def test_accuracy_mistakes(training, loo, words):
    assert words in message(verbanden.nauwkeurigheid, nauwkeurigheid_training=training, nauwkeurigheid_loo=loo)


def test_accuracy_left_blank():
    text = message(verbanden.nauwkeurigheid, nauwkeurigheid_training=1.0, nauwkeurigheid_loo=...)
    assert "nauwkeurigheid_loo" in text and "leeg" in text


def test_accuracy_missing_second():
    assert "nauwkeurigheid_loo" in message(verbanden.nauwkeurigheid, nauwkeurigheid_training=1.0)


def test_accuracy_right_from_the_trainees_loop(persons, capsys):
    real = prediction.outcomes(persons)
    right_known = sum(prediction.predict_known(persons, p) == real[p] for p in persons["persoon"])
    right_left_out = sum(prediction.predict_left_out(persons, p) == real[p] for p in persons["persoon"])
    out = confirmed(verbanden.nauwkeurigheid, capsys, nauwkeurigheid_training=right_known / 20,
                    nauwkeurigheid_loo=right_left_out / 20)
    assert "100%" in out and "45%" in out


def test_the_solution_of_the_chapter_passes(persons, capsys):
    """The model solutions, as the chapter computes them, are confirmed by every check."""
    per_reeks = persons.groupby("reeks")[cards.NUMERIC].mean()
    differences = (per_reeks.loc[1] - per_reeks.loc[2]) / persons[cards.NUMERIC].std()
    confirmed(verbanden.grootste_verschil, capsys, grootste_verschil=differences.abs().idxmax())
