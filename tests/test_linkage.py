"""Normalising names, linking the three sources, the linkage report, at deck and city scale."""

from __future__ import annotations

import pandas as pd
import pytest

from academy import cards
from academy.datasets.deck import SOURCE_OF, spelling
from academy.datasets.population import make_population, make_sources
from academy.linkage import (
    canonical_name,
    link,
    link_all,
    linkage_report,
    name_key,
    name_keys,
    pseudonymise_table,
    source_tables,
)
from academy.privacy import is_valid_bsn

KEY = b"de sleutel van het CBS"
# The persons whose name the sources spell differently (a tussenvoegsel).
SPELLED_DIFFERENTLY = {
    "F. van Dongen", "M. de Vries", "L. de Jong", "J. van den Berg",
    "N. El Amrani", "W. de Groot", "O. van Leeuwen",
}


@pytest.fixture(scope="module")
def deck():
    return cards.load_deck()


@pytest.fixture()
def tables(deck):
    return source_tables(deck)


def with_name_key(tables):
    return {name: table.assign(sleutel=name_keys(table["naam"])) for name, table in tables.items()}


# --- names ------------------------------------------------------------------


@pytest.mark.parametrize("printed, canonical", [
    ("Dongen, F. van", "F. van Dongen"),
    ("F.van Dongen", "F. van Dongen"),
    ("F. van Dongen", "F. van Dongen"),
    ("Berg, J. van den", "J. van den Berg"),
    ("J.van den Berg", "J. van den Berg"),
    ("Amrani, N. El", "N. El Amrani"),
    ("N.El Amrani", "N. El Amrani"),
    ("B. Bos", "B. Bos"),
])
def test_canonical_name_of_spellings_in_the_deck(printed, canonical):
    assert canonical_name(printed) == canonical
    assert name_key(printed) == name_key(canonical)


def test_every_spelling_in_the_deck_has_one_key_per_person(deck):
    keys = deck.assign(sleutel=name_keys(deck["naam"]))
    assert keys.groupby("persoon")["sleutel"].nunique().eq(1).all()
    assert keys["sleutel"].nunique() == 20


@pytest.mark.parametrize("accented, plain", [
    ("Öztürk, Ş.", "S. Ozturk"),
    ("J. Hoëlle", "J. Hoelle"),
    ("B. Yıldız", "B. Yildiz"),
    ("L. Søndergaard", "L. Sondergaard"),
])
def test_accents_do_not_change_the_key(accented, plain):
    # One source may drop the accents; the letters themselves must stay in the key.
    assert name_key(accented) == name_key(plain)
    assert len(name_key(accented)) == len(name_key(plain)) > 4


def test_name_keys_keeps_the_kind():
    assert name_keys(["Dongen, F. van", "F.van Dongen"]) == ["fvandongen", "fvandongen"]
    series = name_keys(pd.Series(["B. Bos"], index=[4]))
    assert list(series.index) == [4]


def test_name_keys_of_a_column_are_the_keys_of_each_name():
    # name_keys works on all names at once; odd names must still get their own key.
    names = ["Dongen, F. van", "Öztürk, Ş.", "a,b,c", ",", "", "F.\nvan Dongen", "Straße, B.", "Ｆ．ｖａｎ Ｄｏｎｇｅｎ",
             "x﹐y", "Œ, æ", "İlhan, A.", "B. Bos"]
    assert name_keys(names) == [name_key(name) for name in names]
    assert name_keys(names)[:3] == ["fvandongen", "sozturk", "bca"]  # split at the first comma only
    assert name_key("F.\nvan Dongen") == name_key("F. van Dongen")
    assert name_key("x﹐y") == "xy"  # a comma-like sign is no comma: the order stays


# --- the three sources --------------------------------------------------------


def test_source_tables_one_row_per_person_with_that_sources_characteristics(tables):
    assert list(tables) == ["zwart", "rood", "blauw"]
    for source, table in tables.items():
        assert len(table) == 20
        assert list(table.columns) == ["naam", *[c for c in SOURCE_OF if SOURCE_OF[c] == source]]
    assert "Dongen, F. van" in set(tables["zwart"]["naam"])
    assert "F.van Dongen" in set(tables["rood"]["naam"])
    assert "F. van Dongen" in set(tables["blauw"]["naam"])
    assert tables["rood"]["Aantal interventies"].dtype.kind == "i"


def test_exact_names_miss_the_seven_persons_spelled_differently(tables):
    linked = link(tables["zwart"], tables["rood"], on="naam")
    assert len(linked) == 13
    report = linkage_report(tables["zwart"], tables["rood"], on="naam")
    assert report.linked == 13
    assert set(report.unlinked["zwart"]["naam"].map(canonical_name)) == SPELLED_DIFFERENTLY
    assert set(report.unlinked["rood"]["naam"].map(canonical_name)) == SPELLED_DIFFERENTLY
    assert len(link(tables["zwart"], tables["rood"], on="naam", how="outer")) == 27


def test_exact_names_over_all_three_sources(tables):
    report = linkage_report(tables, on="naam")
    assert report.counts()["linked"] == 13
    assert report.counts()["unlinked"] == {"zwart": 7, "rood": 7, "blauw": 7}
    assert len(link_all(tables, on="naam")) == 13


def test_normalised_names_find_all_twenty(tables):
    keyed = with_name_key(tables)
    profile = link_all(keyed, on="sleutel")
    assert len(profile) == 20
    assert {"naam_zwart", "naam_rood", "naam_blauw", "Sector", "Studieschuld"} <= set(profile.columns)
    assert profile.columns[0] == "sleutel"
    report = linkage_report(keyed, on="sleutel")
    assert report.linked == 20 and all(len(t) == 0 for t in report.unlinked.values())


def test_pseudonyms_with_one_key_link_and_with_different_keys_do_not(tables):
    same = {name: pseudonymise_table(table, KEY) for name, table in tables.items()}
    assert all("naam" not in t.columns for t in same.values())
    assert linkage_report(same, on="pseudoniem").linked == 20
    assert len(link_all(same, on="pseudoniem")) == 20
    different = {name: pseudonymise_table(table, KEY + name.encode()) for name, table in tables.items()}
    assert linkage_report(different, on="pseudoniem").linked == 0
    assert len(link_all(different, on="pseudoniem")) == 0



def test_sources_as_cbs_hands_them_out_link_on_rin_without_names(deck, tables):
    handed_out = source_tables(deck, key=KEY)
    assert all("naam" not in t.columns and t.columns[0] == "rin" for t in handed_out.values())
    assert handed_out["blauw"].equals(pseudonymise_table(tables["blauw"], KEY, new_column="rin"))
    assert len(link_all(handed_out, on="rin")) == 20


def test_a_number_column_keeps_its_pseudonyms_when_normalised(tables):
    # A BSN has no letters, so no name key: it must not turn every row into the same pseudonym.
    bsns = pd.DataFrame({"bsn": [111222333, 123456782, 100770009]})
    normalised = pseudonymise_table(bsns, KEY, column="bsn")
    assert normalised["pseudoniem"].is_unique
    assert normalised.equals(pseudonymise_table(bsns, KEY, column="bsn", normalise=False))
    short = pseudonymise_table(tables["zwart"], KEY, digits=6)["pseudoniem"]
    assert short.between(100_000, 999_999).all() and short.is_unique

def test_pseudonyms_without_normalising_miss_the_same_seven(tables):
    raw = {name: pseudonymise_table(table, KEY, normalise=False) for name, table in tables.items()}
    assert linkage_report(raw, on="pseudoniem").linked == 13


def test_an_ambiguous_key_is_reported_and_not_linked(tables):
    zwart = tables["zwart"]
    doubled = pd.concat([zwart, zwart[zwart["naam"] == "B. Bos"]], ignore_index=True)
    report = linkage_report({"zwart": doubled, "rood": tables["rood"]}, on="naam")
    assert report.ambiguous["naam"].tolist() == ["B. Bos"]
    assert report.ambiguous[["zwart", "rood"]].values.tolist() == [[2, 1]]
    assert report.linked == 12
    counts = report.counts()
    for name, records in counts["records"].items():
        assert records == report.linked + counts["unlinked"][name] + counts["ambiguous_records"][name]
    assert "Dubbelzinnig: 1" in str(report)


def test_a_missing_key_column_gets_a_dutch_message(tables):
    with pytest.raises(ValueError, match="De tabel rood heeft geen kolom 'naam'"):
        link(tables["zwart"], tables["rood"].drop(columns="naam"), on="naam")
    with pytest.raises(ValueError, match="how moet"):
        link(tables["zwart"], tables["rood"], how="half")



@pytest.mark.parametrize("empty", [None, "", "  "])
def test_an_empty_key_links_nothing_in_link_and_in_the_report(empty):
    # pandas merges an empty key to an empty key; two unknown persons are not the same person.
    left = pd.DataFrame({"naam": ["B. Bos", empty], "Leeftijd": [28, 47]})
    right = pd.DataFrame({"naam": ["B. Bos", empty], "Sector": ["ICT", "Zorg"]})
    linked = link(left, right, on="naam")
    assert linked["naam"].tolist() == ["B. Bos"]
    report = linkage_report(left, right, on="naam")
    assert report.linked == len(linked) == 1
    outer = link(left, right, on="naam", how="outer")
    assert len(outer) == 3  # the linked person, and each empty-key row alone
    assert outer[["Leeftijd", "Sector"]].notna().sum(axis=1).tolist() == [2, 1, 1]
    left_only = link(left, right, on="naam", how="left")
    assert len(left_only) == 2 and left_only["Sector"].isna().tolist() == [False, True]


@pytest.mark.parametrize("normalise", [True, False])
@pytest.mark.parametrize("empty", [None, "", "  "])
def test_an_empty_name_gets_no_pseudonym_and_links_nothing(empty, normalise):
    left = pd.DataFrame({"naam": ["B. Bos", empty], "Leeftijd": [28, 47]})
    right = pd.DataFrame({"naam": ["B. Bos", empty, "  "], "Sector": ["ICT", "Zorg", "Bouw"]})
    left_rin, right_rin = (pseudonymise_table(table, KEY, normalise=normalise) for table in (left, right))
    assert left_rin["pseudoniem"].isna().tolist() == [False, True]
    assert right_rin["pseudoniem"].isna().tolist() == [False, True, True]
    linked = link(left_rin, right_rin, on="pseudoniem")
    assert linked[["Leeftijd", "Sector"]].values.tolist() == [[28, "ICT"]]
    assert linkage_report(left_rin, right_rin, on="pseudoniem").linked == 1


# --- at the scale of a city ----------------------------------------------------


@pytest.fixture(scope="module")
def population():
    return make_population(3_000, seed=7)


def test_population_is_seeded_and_has_valid_unique_bsns(population):
    assert population.equals(make_population(3_000, seed=7))
    assert not population.equals(make_population(3_000, seed=8))
    assert population["bsn"].is_unique
    assert all(is_valid_bsn(n) for n in population["bsn"].head(500))
    assert population["Leeftijd"].between(18, 95).all()
    assert population["Postcode"].str.fullmatch(r"\d{4} [A-Z]{2}").all()


def test_sources_spell_names_their_own_way_but_one_key_fits(population):
    sources = make_sources(population, coverage=0.9)
    assert len(sources["zwart"]) == 3_000 and len(sources["rood"]) == 2_700
    merged = link_all({n: t[["bsn", "naam"]] for n, t in sources.items()}, on="bsn")
    assert (merged["naam_zwart"] != merged["naam_rood"]).any()
    keys = merged[["naam_zwart", "naam_rood", "naam_blauw"]].apply(name_keys)
    assert keys.nunique(axis=1).eq(1).all()
    by_bsn = population.set_index("bsn")["naam"]
    for source, table in sources.items():
        assert table["naam"].tolist() == [spelling(name, source) for name in by_bsn[table["bsn"]]]


def test_at_scale_names_are_ambiguous_and_pseudonymised_bsns_are_not(population):
    sources = make_sources(population, coverage=0.9)
    by_name = linkage_report(with_name_key(sources), on="sleutel")
    assert len(by_name.ambiguous) > 0
    rins = {n: pseudonymise_table(t, KEY, column="bsn", new_column="rin", normalise=False)
            for n, t in sources.items()}
    by_rin = linkage_report(rins, on="rin")
    assert len(by_rin.ambiguous) == 0
    in_all = set(sources["rood"]["bsn"]) & set(sources["blauw"]["bsn"])
    assert by_rin.linked == len(in_all)
