"""Chapter 2's checks: every wrong answer gets a Dutch sentence, the right one a "Goed zo"."""

from __future__ import annotations

import pandas as pd
import pytest

from academy import cards
from academy.checks import pseudonimiseren as checks
from academy.privacy import age_band, postcode_digits, pseudonymise, suppress_small_counts, unique_rows
from test_feedback import call, message

KEY = checks.KEY


@pytest.fixture(scope="module")
def personen() -> pd.DataFrame:
    return cards.person_table(cards.load_deck())


@pytest.fixture(scope="module")
def tabel() -> pd.DataFrame:
    return checks.benefit_table()


def confirmed(capsys, check, **answers) -> bool:
    call(check, **answers)
    return "Goed zo" in capsys.readouterr().out


# ---------------------------------------------------------------- exercise 1: zonder_namen

def test_pseudonymised_table_is_confirmed(capsys, personen):
    right = personen.assign(persoon=pseudonymise(personen["persoon"], KEY))
    assert confirmed(capsys, checks.zonder_namen, zonder_namen=right)


def test_pseudonyms_as_text_are_fine_too(capsys, personen):
    right = personen.assign(persoon=pseudonymise(personen["persoon"], KEY).astype(str))
    assert confirmed(capsys, checks.zonder_namen, zonder_namen=right)


def test_missing_answer_says_what_to_do():
    assert "nog niet gemaakt" in message(checks.zonder_namen)


def test_unpseudonymised_names_are_named(personen):
    text = message(checks.zonder_namen, zonder_namen=personen)
    assert "nog namen" in text and "B. Bos" in text


def test_pseudonyms_added_beside_the_names_still_has_names(personen):
    both = personen.assign(pseudoniem=pseudonymise(personen["persoon"], KEY))
    assert "nog namen" in message(checks.zonder_namen, zonder_namen=both)


def test_only_the_column_is_not_a_table(personen):
    text = message(checks.zonder_namen, zonder_namen=pseudonymise(personen["persoon"], KEY))
    assert "één kolom" in text and "assign" in text


def test_wrong_type_gets_a_sentence():
    assert "tabel (DataFrame)" in message(checks.zonder_namen, zonder_namen=42)


def test_the_cards_instead_of_the_persons(personen):
    deck = cards.load_deck()
    deck = deck.assign(naam=pseudonymise(deck["naam"], KEY), persoon=pseudonymise(deck["persoon"], KEY))
    assert "kaarten" in message(checks.zonder_namen, zonder_namen=deck)


def test_wrong_length_gets_a_sentence(personen):
    short = personen.assign(persoon=pseudonymise(personen["persoon"], KEY)).head(5)
    assert "5 rijen" in message(checks.zonder_namen, zonder_namen=short)


def test_another_key_is_explained(personen):
    other = personen.assign(persoon=pseudonymise(personen["persoon"], b"andere-sleutel"))
    assert "SLEUTEL" in message(checks.zonder_namen, zonder_namen=other)


def test_one_number_for_everybody_is_explained(personen):
    same = personen.assign(persoon=1)
    assert "hetzelfde nummer" in message(checks.zonder_namen, zonder_namen=same)


def test_pseudonyms_on_the_wrong_rows(personen):
    shuffled = personen.assign(persoon=pseudonymise(personen["persoon"], KEY)[::-1].to_numpy())
    assert "goede persoon" in message(checks.zonder_namen, zonder_namen=shuffled)


# ---------------------------------------------------------------- exercise 2: unieke_personen

def unique_on(personen, columns) -> list[str]:
    return unique_rows(personen, columns)["persoon"].tolist()


def test_unique_persons_are_confirmed_as_list_or_series(capsys, personen):
    right = unique_on(personen, ["Geslacht", "Postcode"])
    assert confirmed(capsys, checks.unieke_personen, unieke_personen=right)
    assert confirmed(capsys, checks.unieke_personen, unieke_personen=pd.Series(right[::-1]))


def test_the_table_of_unique_rows_asks_for_names(personen):
    table = unique_rows(personen, ["Geslacht", "Postcode"])
    assert "kolom 'persoon'" in message(checks.unieke_personen, unieke_personen=table)


def test_pseudonyms_instead_of_names(personen):
    numbers = pseudonymise(unique_on(personen, ["Geslacht", "Postcode"]), KEY)
    assert "namen" in message(checks.unieke_personen, unieke_personen=numbers)


def test_a_single_name_as_text_is_not_a_list():
    assert "lijst" in message(checks.unieke_personen, unieke_personen="E. Meijer")


def test_empty_list():
    assert "leeg" in message(checks.unieke_personen, unieke_personen=[])


def test_unknown_name():
    assert "geen persoon" in message(checks.unieke_personen, unieke_personen=["Piet Puk"])


def test_the_opposite_group_gets_its_own_sentence(personen):
    unique = set(unique_on(personen, ["Geslacht", "Postcode"]))
    others = [p for p in personen["persoon"] if p not in unique]
    assert "níet uniek" in message(checks.unieke_personen, unieke_personen=others)


def test_only_the_postcode(personen):
    text = message(checks.unieke_personen, unieke_personen=unique_on(personen, ["Postcode"]))
    assert "alleen naar postcode" in text


def test_a_person_who_is_not_unique_is_shown_a_twin(personen):
    text = message(checks.unieke_personen, unieke_personen=unique_on(personen, ["Geslacht", "Postcode"]) + ["B. Bos"])
    assert "B. Bos is niet uniek" in text


def test_missing_persons_are_counted(personen):
    text = message(checks.unieke_personen, unieke_personen=unique_on(personen, ["Geslacht", "Postcode"])[:5])
    assert "ontbreken nog 2 personen" in text


# ---------------------------------------------------------------- exercise 3: algemener

def generalised(personen, width=20, top=50, digits=2):
    return personen.assign(Leeftijd=age_band(personen["Leeftijd"], width, top=top),
                           Postcode=postcode_digits(personen["Postcode"], digits))


def test_k_two_is_confirmed_in_more_than_one_way(capsys, personen):
    assert confirmed(capsys, checks.algemener, algemener=generalised(personen))
    assert confirmed(capsys, checks.algemener, algemener=generalised(personen, width=25, top=None))


def test_still_unique_names_how_many(personen):
    text = message(checks.algemener, algemener=generalised(personen, width=20, top=None))
    assert "nog 1 persoon uniek" in text and "Leeftijd 60-79" in text


def test_exact_ages_are_noticed(personen):
    table = personen.assign(Postcode=postcode_digits(personen["Postcode"], 2))
    assert "leeftijden zijn nog precies" in message(checks.algemener, algemener=table)


def test_exact_postcodes_are_noticed(personen):
    table = personen.assign(Leeftijd=age_band(personen["Leeftijd"], 20, top=50))
    assert "postcodes zijn nog precies" in message(checks.algemener, algemener=table)


def test_a_dropped_column(personen):
    table = generalised(personen).drop(columns="Postcode")
    assert "Postcode staat niet meer" in message(checks.algemener, algemener=table)


def test_dropping_persons_is_not_generalising(personen):
    table = generalised(personen, top=None).query("Leeftijd != '60-79'")
    assert "laat je niemand weg" in message(checks.algemener, algemener=table)


def test_age_wiped_out(personen):
    table = generalised(personen).assign(Leeftijd="alle leeftijden")
    assert "niets meer over" in message(checks.algemener, algemener=table)


def test_a_column_instead_of_a_table(personen):
    text = message(checks.algemener, algemener=age_band(personen["Leeftijd"], 20))
    assert "één kolom" in text


# ---------------------------------------------------------------- exercise 4: veilige_tabel

def test_suppressed_table_is_confirmed(capsys, tabel):
    assert confirmed(capsys, checks.veilige_tabel, veilige_tabel=suppress_small_counts(tabel))


def test_nothing_hidden(tabel):
    assert "aantal onder de 10" in message(checks.veilige_tabel, veilige_tabel=tabel)


def test_a_lower_threshold_leaves_small_counts(tabel):
    assert "aantal onder de 10" in message(checks.veilige_tabel, veilige_tabel=suppress_small_counts(tabel, 5))


def test_a_higher_threshold_hides_too_much(tabel):
    assert "10 of meer" in message(checks.veilige_tabel, veilige_tabel=suppress_small_counts(tabel, 100))


def test_zero_instead_of_the_label(tabel):
    zeroed = tabel.where(tabel >= 10, 0)
    assert "'<10'" in message(checks.veilige_tabel, veilige_tabel=zeroed)


def test_dropped_column(tabel):
    text = message(checks.veilige_tabel, veilige_tabel=suppress_small_counts(tabel).drop(columns="Motorvoertuigen"))
    assert "Haal geen rijen of kolommen weg" in text


def test_transposed(tabel):
    assert "omgedraaid" in message(checks.veilige_tabel, veilige_tabel=suppress_small_counts(tabel).T)


def test_wrong_types(tabel):
    assert "één kolom" in message(checks.veilige_tabel, veilige_tabel=tabel["Zorg"])
    assert "tabel (DataFrame)" in message(checks.veilige_tabel, veilige_tabel="<10")


# ---------------------------------------------------------------- errors a trainee can meet in the exercises

def test_forgetting_the_key_is_explained_in_dutch(personen):
    with pytest.raises(TypeError, match="sleutel"):
        pseudonymise(personen["persoon"])


def test_k_of_a_single_column_is_explained_in_dutch(personen):
    from academy.privacy import k_anonymity
    with pytest.raises(TypeError, match="hele tabel"):
        k_anonymity(age_band(personen["Leeftijd"], 20), ["Leeftijd"])
