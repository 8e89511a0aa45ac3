"""Keyed pseudonyms, k-anonymity, generalising, suppressing and the BSN hash demo."""

from __future__ import annotations

import hashlib
import hmac

import numpy as np
import pandas as pd
import pytest

from academy import cards
from academy.privacy import (
    age_band,
    count_valid_bsns,
    find_bsn_by_hash,
    group_sizes,
    hash_rate,
    hidden_cells,
    hide_small_counts,
    is_valid_bsn,
    k_anonymity,
    plain_hash,
    postcode_digits,
    pseudonymise,
    suppress,
    suppress_small_counts,
    unique_rows,
    valid_bsns,
)
from disclosure import table_cells, what_a_reader_finds

KEY = b"geheime-sleutel"


@pytest.fixture(scope="module")
def persons():
    return cards.person_table(cards.load_deck())


# --- pseudonymise -----------------------------------------------------------


def test_pseudonym_is_hmac_sha256_of_the_text():
    digest = hmac.new(KEY, "F. van Dongen".encode(), hashlib.sha256).digest()
    expected = int.from_bytes(digest[:8], "big") % (9 * 10**15) + 10**15
    assert pseudonymise("F. van Dongen", KEY) == expected


def test_same_key_same_pseudonym_other_key_other_pseudonym():
    names = ["B. Bos", "F. van Dongen", "N. El Amrani"]
    first = pseudonymise(names, KEY)
    assert pseudonymise(names, KEY) == first
    other = pseudonymise(names, b"een andere sleutel")
    assert all(a != b for a, b in zip(first, other))


def test_pseudonyms_are_readable_numbers_of_fixed_length():
    default = pseudonymise(["B. Bos", "A. Blom"], KEY)
    assert all(isinstance(p, int) and len(str(p)) == 16 for p in default)
    short = pseudonymise(["B. Bos", "A. Blom"], KEY, digits=6)
    assert all(100_000 <= p <= 999_999 for p in short)


def test_equal_values_equal_pseudonyms_and_number_equals_its_text():
    result = pseudonymise(["B. Bos", "A. Blom", "B. Bos"], KEY)
    assert result[0] == result[2] != result[1]
    assert pseudonymise(111222333, KEY) == pseudonymise("111222333", KEY)


def test_no_collisions_on_a_million_distinct_inputs():
    values = np.arange(100_000_000, 101_000_000)
    result = pseudonymise(values, KEY)
    assert isinstance(result, np.ndarray)
    assert len(np.unique(result)) == len(values)


def test_list_in_list_out_series_keeps_index_and_name():
    names = ["B. Bos", "A. Blom", "G. Kok"]
    as_list = pseudonymise(names, KEY)
    assert isinstance(as_list, list)
    series = pd.Series(names, index=[7, 3, 5], name="naam")
    as_series = pseudonymise(series, KEY)
    assert isinstance(as_series, pd.Series)
    assert list(as_series.index) == [7, 3, 5] and as_series.name == "naam"
    assert as_series.tolist() == as_list
    assert pseudonymise(tuple(names), KEY) == tuple(as_list)


def test_missing_values_stay_missing():
    result = pseudonymise(pd.Series(["B. Bos", None, "B. Bos"]), KEY)
    assert result.isna().tolist() == [False, True, False]
    assert result[0] == result[2]


def test_a_gap_in_a_number_column_does_not_change_the_pseudonyms():
    # pandas stores [111222333, None] as floats; the BSN must keep its pseudonym.
    with_gap = pseudonymise(pd.Series([111222333, None]), KEY)
    assert with_gap[0] == pseudonymise(111222333, KEY)
    assert with_gap.isna()[1]


@pytest.mark.parametrize("key, error", [
    ("geheim", TypeError), (None, TypeError), (12345, TypeError), (b"", ValueError),
])
def test_a_bad_key_is_refused_in_dutch(key, error):
    with pytest.raises(error, match="sleutel"):
        pseudonymise(["B. Bos"], key)


def test_a_whole_table_is_refused_in_dutch(persons):
    with pytest.raises(TypeError, match="één kolom"):
        pseudonymise(persons, KEY)


# --- k-anonymity ------------------------------------------------------------


def test_k_of_hand_made_tables():
    table = pd.DataFrame({
        "leeftijd": ["30-39", "30-39", "40-49", "40-49", "40-49"],
        "geslacht": ["Man", "Man", "Vrouw", "Vrouw", "Vrouw"],
        "wijk": ["Oost", "Oost", "West", "West", "Zuid"],
    })
    assert k_anonymity(table, ["leeftijd", "geslacht"]) == 2
    assert k_anonymity(table, ["leeftijd", "geslacht", "wijk"]) == 1
    assert k_anonymity(table, "geslacht") == 2
    assert k_anonymity(table, []) == 5
    assert k_anonymity(table.iloc[:0], ["wijk"]) == 0


def test_missing_values_form_one_group():
    table = pd.DataFrame({"sector": ["Zorg", None, "Zorg", None]})
    assert k_anonymity(table, ["sector"]) == 2


def test_many_columns_with_many_values_agree_with_groupby():
    # Seven columns of ~1000 values: the combined group number would overflow 64 bits.
    rng = np.random.default_rng(1)
    table = pd.DataFrame({c: rng.integers(0, 1000, 2000) for c in "abcdefg"})
    table = pd.concat([table, table.iloc[:700], table.iloc[:300]], ignore_index=True)
    columns = list(table.columns)
    expected = table.groupby(columns)[columns[0]].transform("size")
    assert group_sizes(table, columns).tolist() == expected.tolist()
    assert k_anonymity(table, columns) == 1
    assert k_anonymity(pd.concat([table.iloc[:700]] * 2), columns) == 2


def test_unique_rows_and_group_sizes():
    table = pd.DataFrame({"a": [1, 1, 2, 3], "b": ["x", "x", "x", "y"]}, index=[10, 11, 12, 13])
    assert group_sizes(table, ["a", "b"]).tolist() == [2, 2, 1, 1]
    unique = unique_rows(table, ["a", "b"])
    assert list(unique.index) == [12, 13]
    assert unique_rows(table, ["b"]).index.tolist() == [13]


def test_the_only_person_in_motorvoertuigen_is_unique(persons):
    unique = unique_rows(persons, ["Sector"])
    assert "J. van den Berg" in set(unique["persoon"])
    assert k_anonymity(persons, ["Leeftijd", "Geslacht", "Postcode"]) == 1


def test_an_unknown_column_gets_a_dutch_message(persons):
    with pytest.raises(ValueError, match="De tabel heeft geen kolom 'Sectr'. Bedoel je 'Sector'?"):
        k_anonymity(persons, ["Sectr"])


# --- generalising -----------------------------------------------------------


def test_age_band_labels():
    assert age_band(34) == "30-39"
    assert age_band([30, 39, 40], width=5) == ["30-34", "35-39", "40-44"]
    assert age_band([59, 60, 75, 91], width=10, top=65) == ["50-59", "60-64", "65+", "65+"]
    series = age_band(pd.Series([28, 52], index=[4, 9]), width=20)
    assert series.tolist() == ["20-39", "40-59"] and list(series.index) == [4, 9]


def test_age_band_refuses_text_in_dutch():
    with pytest.raises(ValueError, match="geen getal"):
        age_band(["dertig"])


def test_postcode_digits():
    assert postcode_digits(["3582 AB", "3531", 3583]) == ["35", "35", "35"]
    assert postcode_digits(pd.Series(["3582AB"]), digits=4).tolist() == ["3582"]
    with pytest.raises(ValueError):
        postcode_digits(["3582"], digits=0)


def test_generalising_makes_the_deck_less_unique(persons):
    columns = ["Leeftijd", "Geslacht", "Postcode"]
    before = len(unique_rows(persons, columns))
    coarse = persons.assign(Leeftijd=age_band(persons["Leeftijd"], width=20),
                            Postcode=postcode_digits(persons["Postcode"], 2))
    assert len(unique_rows(coarse, columns)) < before == 20


# --- suppressing ------------------------------------------------------------


def test_suppress_blanks_rare_values():
    assert suppress(["Zorg", "Zorg", "Bouw"]) == ["Zorg", "Zorg", None]
    assert suppress(["Zorg", "Zorg", "Bouw"], fill="overig") == ["Zorg", "Zorg", "overig"]
    assert suppress(["a", "a", "b", "b", "c"], min_count=3) == [None] * 5


def test_suppress_on_columns_of_a_table(persons):
    result = suppress(persons, columns=["Sector"], fill="overig")
    assert (result["Sector"] == "overig").sum() == 4
    assert result["Geslacht"].equals(persons["Geslacht"])
    assert k_anonymity(result, ["Sector"]) >= 2


def test_suppress_small_counts_on_a_frame():
    table = pd.DataFrame({"cluster": ["A", "B", "C"], "huishoudens": [3, 10, 45]})
    result = suppress_small_counts(table)
    assert result["huishoudens"].tolist() == ["<10", 10, 45]
    assert result["cluster"].tolist() == ["A", "B", "C"]
    assert table["huishoudens"].tolist() == [3, 10, 45]  # the input is left alone


def test_suppress_small_counts_on_a_series_and_other_threshold():
    assert suppress_small_counts(pd.Series([0, 4, 5, 12]), threshold=5).tolist() == ["<5", "<5", 5, 12]



# --- secondary suppression ---------------------------------------------------


def test_hidden_cells_also_hides_what_subtraction_gives_away():
    # 37 households, 28 with youth care: showing 28 tells that 9 have none
    assert hidden_cells({"ja": 28, "nee": 9}, [["ja", "nee"]], unseen=["nee"]) == {"ja": "x"}
    # 17 without youth care may follow from the total: it is not a small count
    assert hidden_cells({"ja": 20, "nee": 17}, [["ja", "nee"]], unseen=["nee"]) == {}
    # two small cells that add up to ten or more protect each other
    assert hidden_cells({"a": 6, "b": 5, "c": 40}, [["a", "b", "c"]]) == {"a": "<10", "b": "<10"}
    # a zero is a small count too: "nobody" can be given away as well
    assert hidden_cells({"a": 0, "b": 12, "c": 40}, [["a", "b", "c"]]) == {"a": "<10", "b": "x"}


def test_hide_small_counts_protects_rows_and_columns():
    table = pd.DataFrame({"ja": [30, 20, 40], "nee": [3, 25, 45]}, index=[1, 2, 3])
    shown = hide_small_counts(table)
    assert shown.to_dict() == {"ja": {1: "x", 2: "x", 3: 40}, "nee": {1: "<10", 2: "x", 3: 45}}
    assert shown.index.equals(table.index)
    # with two rows every cell must go: row 2 (45 - 20) would give 25, and then column "nee" (28 - 25) the 3
    assert (hide_small_counts(table.iloc[:2]).isin(["<10", "x"])).all().all()
    # a Series has one known total: 34 - 30 = 4
    assert hide_small_counts(pd.Series([30, 4], name="n")).tolist() == ["x", "<10"]
    with pytest.raises(ValueError, match="aantallen"):
        hide_small_counts(pd.DataFrame({"a": ["tekst"]}))
    with pytest.raises(TypeError, match="tabel met aantallen"):
        hide_small_counts([1, 2])


def test_a_single_hidden_cell_does_not_give_a_small_count_away_through_another_group():
    # column b alone would give its hidden 12 back (82 - 30 - 40), and then row 0 its 5 (57 - 12 - 40)
    table = pd.DataFrame({"a": [5, 30, 40], "b": [12, 30, 40], "c": [40, 30, 40]})
    shown = hide_small_counts(table)
    assert what_a_reader_finds(*table_cells(shown, table)) == []
    assert shown.iat[0, 0] == "<10" and shown.iat[0, 1] == "x"
    assert (shown.iloc[2] == [40, 40, 40]).all()  # the row of large counts stays readable


def test_no_small_count_comes_back_from_random_small_tables():
    rng = np.random.default_rng(8)
    for _ in range(300):
        values = rng.choice([0, 1, 3, 5, 8, 9, 10, 12, 15, 20, 30, 45], size=rng.integers(2, 6, size=2))
        table = pd.DataFrame(values)
        shown = hide_small_counts(table)
        assert what_a_reader_finds(*table_cells(shown, table)) == [], values
        assert ((shown == "<10") == (table < 10)).all().all()  # "<10" means exactly a count below ten


# --- a plain hash of a BSN is not a pseudonym -------------------------------


@pytest.mark.parametrize("number", [111222333, 123456782, 999999990, "111222333", "12345672"])
def test_valid_bsns_pass_the_elfproef(number):
    assert is_valid_bsn(number)


@pytest.mark.parametrize("number", [123456789, 111222334, 0, "11122233a", "1234567", 1_000_000_000, True, 3.0])
def test_invalid_bsns_fail_the_elfproef(number):
    assert not is_valid_bsn(number)


def test_valid_bsns_are_exactly_the_numbers_that_pass():
    found = valid_bsns(100_000_000, 100_002_000)
    expected = [n for n in range(100_000_000, 100_002_000) if is_valid_bsn(n)]
    assert found.tolist() == expected
    assert 160 < len(found) < 200  # about one in eleven


def test_count_of_all_valid_bsns():
    # Checked once by scanning all 10^8 eight-digit prefixes.
    assert count_valid_bsns() == 90_909_090


def test_plain_hash_is_unkeyed_sha256_and_can_be_reversed():
    bsn = int(valid_bsns(100_005_000, 100_006_000)[0])
    digest = plain_hash(bsn)
    assert digest == hashlib.sha256(str(bsn).encode()).hexdigest()
    assert find_bsn_by_hash(digest, valid_bsns(100_000_000, 100_010_000)) == bsn
    assert find_bsn_by_hash(digest, [111222333, 123456782]) is None


def test_hash_rate_estimates_all_bsns():
    rate = hash_rate(sample=2_000)
    assert rate.per_second > 0 and rate.candidates == count_valid_bsns()
    assert rate.seconds_for_all == pytest.approx(rate.candidates / rate.per_second)
    assert "geldige BSN's" in str(rate)
