"""Chapter 2's checks: every wrong answer gets a Dutch sentence, the right one a "Goed zo"."""

from __future__ import annotations

import pandas as pd
import pytest

from academy import cards
from academy.checks import pseudonimiseren as checks
from academy.linkage import name_keys
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

@pytest.fixture(scope="module")
def kaarten() -> pd.DataFrame:
    return cards.load_deck()


def numbered(kaarten, column="naam", key=KEY, digits=6):
    """The cards with the names replaced by numbers made from ``column``, without the persoon column."""
    return kaarten.assign(naam=pseudonymise(kaarten[column], key, digits=digits)).drop(columns="persoon")


def test_pseudonymised_cards_are_confirmed_and_several_numbers_are_noticed(capsys, kaarten):
    call(checks.zonder_namen, zonder_namen=numbered(kaarten))
    out = capsys.readouterr().out
    assert "Goed zo" in out and "meer dan één nummer" in out


def test_one_number_per_person_is_right_too(capsys, kaarten):
    assert confirmed(capsys, checks.zonder_namen, zonder_namen=numbered(kaarten, "persoon"))
    normalised = kaarten.assign(naam=pseudonymise(name_keys(kaarten["naam"]), KEY, digits=6)).drop(columns="persoon")
    assert confirmed(capsys, checks.zonder_namen, zonder_namen=normalised)


def test_pseudonyms_as_text_and_rows_in_another_order_are_fine(capsys, kaarten):
    text = numbered(kaarten).astype({"naam": str}).sample(frac=1, random_state=1)
    assert confirmed(capsys, checks.zonder_namen, zonder_namen=text)


def test_missing_answer_says_what_to_do():
    assert "nog niet gemaakt" in message(checks.zonder_namen)


def test_unpseudonymised_names_are_named(kaarten):
    text = message(checks.zonder_namen, zonder_namen=kaarten.drop(columns="persoon"))
    assert "nog namen" in text and "B. Bos" in text


def test_keeping_the_persoon_column_is_explained(kaarten):
    kept = kaarten.assign(naam=pseudonymise(kaarten["naam"], KEY, digits=6))
    assert "drop(columns" in message(checks.zonder_namen, zonder_namen=kept)


def test_only_the_column_is_not_a_table(kaarten):
    text = message(checks.zonder_namen, zonder_namen=pseudonymise(kaarten["naam"], KEY, digits=6))
    assert "één kolom" in text and "assign" in text


def test_wrong_type_gets_a_sentence():
    assert "tabel (DataFrame)" in message(checks.zonder_namen, zonder_namen=42)


def test_the_persons_instead_of_the_cards(personen):
    persons = personen.assign(persoon=pseudonymise(personen["persoon"], KEY, digits=6))
    assert "begin met de tabel `kaarten`" in message(checks.zonder_namen, zonder_namen=persons)


def test_wrong_length_gets_a_sentence(kaarten):
    assert "5 rijen" in message(checks.zonder_namen, zonder_namen=numbered(kaarten).head(5))


def test_the_numbers_in_a_new_column_ask_for_the_naam_column(kaarten):
    moved = numbered(kaarten).rename(columns={"naam": "nummer"})
    said = message(checks.zonder_namen, zonder_namen=moved)
    assert "`zonder_namen` heeft geen kolom 'naam'" in said and "Zet de nummers in de kolom 'naam'" in said


def test_another_key_is_explained(kaarten):
    text = message(checks.zonder_namen, zonder_namen=numbered(kaarten, key=b"andere-sleutel"))
    assert "SLEUTEL" in text


@pytest.mark.parametrize("digits", [4, 16])
def test_the_default_length_asks_for_short_numbers(kaarten, digits):
    text = message(checks.zonder_namen, zonder_namen=numbered(kaarten, digits=digits))
    assert f"{digits} cijfers" in text and "digits=6" in text


def test_one_number_for_everybody_is_explained(kaarten):
    same = kaarten.drop(columns="persoon").assign(naam=1)
    assert "hetzelfde nummer" in message(checks.zonder_namen, zonder_namen=same)


def test_pseudonyms_on_the_wrong_rows(kaarten):
    right = numbered(kaarten)
    shuffled = right.assign(naam=right["naam"][::-1].to_numpy())
    assert "goede kaart" in message(checks.zonder_namen, zonder_namen=shuffled)


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


def test_a_name_twice_is_refused_as_the_hidden_test_does(personen):
    right = unique_on(personen, ["Geslacht", "Postcode"])
    assert "2 keer" in message(checks.unieke_personen, unieke_personen=right + right[:1])
    respelled = right + ["Vries, M. de"]  # M. de Vries as zwart writes her
    assert "'M. de Vries' staat 2 keer" in message(checks.unieke_personen, unieke_personen=respelled)


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


@pytest.mark.parametrize("change", ["suppressed", "one made unknown"])
def test_sex_must_stay_as_it_was(personen, change):
    table = generalised(personen)
    sex = None if change == "suppressed" else table["Geslacht"].where(table.index != 16, "onbekend")
    assert "Geslacht is veranderd" in message(checks.algemener, algemener=table.assign(Geslacht=sex))


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


@pytest.mark.parametrize("blank", [float("nan"), None, pd.NA])
def test_an_empty_cell_gets_a_sentence(tabel, blank):
    emptied = suppress_small_counts(tabel).astype(object)
    emptied.loc[tabel.index[0], "Motorvoertuigen"] = blank
    text = message(checks.veilige_tabel, veilige_tabel=emptied)
    assert "staat niets (een lege cel)" in text
    assert not {"nan", "None", "NA", "type"} & set(text.replace(".", " ").split())


def test_success_does_not_promise_more_than_it_checks(capsys, tabel):
    call(checks.veilige_tabel, veilige_tabel=suppress_small_counts(tabel))
    assert "mag de beveiligde omgeving uit" not in capsys.readouterr().out


def test_wrong_types(tabel):
    assert "één kolom" in message(checks.veilige_tabel, veilige_tabel=tabel["Zorg"])
    assert "tabel (DataFrame)" in message(checks.veilige_tabel, veilige_tabel="<10")


# ---------------------------------------------------------------- errors a trainee can meet in the exercises

def test_forgetting_the_key_is_explained_in_dutch(personen):
    with pytest.raises(TypeError, match="sleutel"):
        pseudonymise(personen["persoon"])


def test_k_of_a_single_column_is_explained_in_dutch(personen):
    from academy.privacy import k_anonymity
    with pytest.raises(TypeError, match=r"Geef een tabel \(DataFrame\), maar dit is een kolom met"):
        k_anonymity(age_band(personen["Leeftijd"], 20), ["Leeftijd"])
