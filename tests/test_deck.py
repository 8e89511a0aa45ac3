"""The deck contract of data/cards.csv, figure by figure (seed 000)."""

from __future__ import annotations

import pandas as pd
import pytest

from academy import cards
from academy.datasets import deck
from conftest import ROOT

CSV = ROOT / "data" / "cards.csv"


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    return pd.read_csv(CSV, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def people() -> pd.DataFrame:
    return cards.person_table(cards.load_deck())


def by_series(people, column, how):
    return {reeks: how(group[column]) for reeks, group in people.groupby("reeks")}


def test_shape_and_columns(raw):
    assert list(raw.columns) == ["naam", "reeks", "kenmerk", "waarde", "bron"]
    assert len(raw) == 200


def test_series_persons_and_cards(raw):
    deck_frame = cards.load_deck()
    assert sorted(raw["reeks"].unique()) == ["1", "2"]
    persons = deck_frame.groupby("reeks")["persoon"].nunique()
    assert persons.to_dict() == {1: 10, 2: 10}
    assert deck_frame.groupby("persoon").size().eq(10).all()
    assert deck_frame.groupby("persoon")["kenmerk"].nunique().eq(10).all()


def test_characteristics_and_sources(raw):
    assert set(raw["kenmerk"]) == {
        "Leeftijd", "Opleidingsniveau", "Migratieachtergrond", "Studieschuld", "Sector",
        "Aantal ziekenhuisbezoeken", "Aantal maanden in uitkering", "Aantal interventies",
        "Postcode", "Geslacht",
    }
    assert set(raw["bron"]) == {"rood", "zwart", "blauw"}
    # each characteristic comes from exactly one source
    assert raw.groupby("kenmerk")["bron"].nunique().eq(1).all()


def test_education(people):
    high = by_series(people, "Opleidingsniveau", lambda s: s.isin(["WO", "HBO"]).sum())
    assert high == {1: 9, 2: 3}


def test_mean_age(people):
    assert by_series(people, "Leeftijd", lambda s: s.mean()) == {1: 39.5, 2: 50.0}


def test_dutch_background(people):
    assert by_series(people, "Migratieachtergrond", lambda s: (s == "Nederlands").sum()) == {1: 8, 2: 3}


def test_hospital_visits(people):
    assert by_series(people, "Aantal ziekenhuisbezoeken", lambda s: s.sum()) == {1: 15, 2: 49}


def test_student_debt(people):
    assert by_series(people, "Studieschuld", lambda s: s.mean()) == {1: 7600, 2: 4600}


def test_months_on_benefits(people):
    means = by_series(people, "Aantal maanden in uitkering", lambda s: s.mean())
    assert means == {1: pytest.approx(13.5), 2: pytest.approx(11.9)}


def test_interventions(people):
    assert by_series(people, "Aantal interventies", lambda s: s.sum()) == {1: 38, 2: 31}


def test_postcodes(people):
    r1 = people[people.reeks == 1]["Postcode"].isin(["3582", "3583"]).sum()
    r2 = people[people.reeks == 2]["Postcode"].isin(["3531", "3532", "3533", "3534"]).sum()
    assert r1 >= 6 and r2 >= 6


def test_sector_no_notable_difference_and_one_motor_vehicles(people):
    assert (people["Sector"] == "Motorvoertuigen").sum() == 1
    shared = set(people[people.reeks == 1]["Sector"]) & set(people[people.reeks == 2]["Sector"])
    assert len(shared) >= 6  # mostly the same sectors in both series


def test_example_card_of_the_seed(raw):
    months = raw[raw["kenmerk"] == "Aantal maanden in uitkering"]
    assert "19" in set(months["waarde"])


def test_seed_names_and_spellings(raw):
    assert {"B. Bos", "A. Blom", "F. van Dongen", "H. Esajas"} <= set(raw["naam"])
    dongen = set(raw[raw["naam"].str.contains("Dongen")].groupby("bron")["naam"].first())
    assert dongen == {"F. van Dongen", "F.van Dongen", "Dongen, F. van"}
    spellings = cards.load_deck().groupby("persoon")["naam"].nunique()
    assert (spellings == 3).sum() >= 3


def test_committed_file_is_what_the_code_makes(tmp_path):
    assert deck.write(tmp_path / "cards.csv").read_bytes() == CSV.read_bytes()


def test_readme_documents_every_column():
    text = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for column in ["naam", "reeks", "kenmerk", "waarde", "bron"]:
        assert f"`{column}`" in text
    assert "fictitious" in text


@pytest.mark.parametrize("reeks", [1, 2])
def test_months_on_benefits_do_not_rise_with_age(people, reeks):
    # The manual: "Dit lijkt niet samen te hangen met leeftijd. Oudere mensen zitten blijkbaar niet
    # langer in een uitkering." That must hold within each series of the deck.
    series = people[people.reeks == reeks]
    r = series["Leeftijd"].astype(float).corr(series["Aantal maanden in uitkering"].astype(float))
    assert abs(r) < 0.2, f"reeks {reeks}: correlatie leeftijd en maanden in uitkering is {r:.2f}"
