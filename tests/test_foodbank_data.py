"""The data contract of data/huishoudens.csv: the seed's types, sizes and figures (seed 004)."""

from __future__ import annotations

import pandas as pd
import pytest

from academy.datasets import foodbank, load_foodbank, load_households
from conftest import ROOT

CSV = ROOT / "data" / "huishoudens.csv"


@pytest.fixture(scope="module")
def households() -> pd.DataFrame:
    return load_households(with_type=True)


@pytest.fixture(scope="module")
def clients(households) -> pd.DataFrame:
    return households[households["voedselbank"]]


def shares(frame, column, by="type"):
    """Per type, the share of each value of ``column``."""
    return pd.crosstab(frame[by], frame[column], normalize="index")


def test_committed_file_is_what_the_code_makes(tmp_path):
    assert foodbank.write(tmp_path / "huishoudens.csv").read_bytes() == CSV.read_bytes()


def test_file_stays_small():
    assert CSV.stat().st_size < 2_000_000


def test_municipality_and_client_share(households, clients):
    assert len(households) == 11_200
    assert len(clients) == 191
    assert round(100 * len(clients) / len(households), 1) == 1.7
    assert households["huishouden"].is_unique


def test_type_sizes_are_the_seeds(clients, households):
    assert clients["type"].value_counts().sort_index().to_dict() == {1: 35, 2: 38, 3: 26, 4: 30, 5: 62}
    assert households.loc[~households["voedselbank"], "type"].isna().all()


def test_clients_are_spread_through_the_file(households):
    # not a block at the top: clustering must not be helped by the row order
    positions = households.index[households["voedselbank"]]
    assert positions.min() < 500 and positions.max() > 10_700


def test_typical_values_per_type(clients):
    typical = {
        "uitkering": ["geen", "WW", "bijstand", "arbeidsongeschiktheid", "bijstand"],
        "opleiding": ["middelbaar", "hoog", "laag", "laag", "laag"],
        "type_huishouden": ["paar zonder kinderen", "paar met kinderen", "eenouderhuishouden",
                            "paar met kinderen", "eenpersoonshuishouden"],
    }
    for column, values in typical.items():
        table = shares(clients, column)
        for number, value in enumerate(values, start=1):
            assert table.loc[number].idxmax() == value, (column, number)
            assert table.loc[number, value] >= 0.6, (column, number)


def test_types_overlap_with_atypical_members(clients):
    # clustering is a real task: every type has members off its typical profile
    for column in ("uitkering", "opleiding", "type_huishouden"):
        assert (shares(clients, column).max(axis=1) < 1).all(), column


def test_housing(clients):
    table = shares(clients, "woning")
    assert table.loc[1].idxmax() == "koop"
    assert table.loc[3, "huur met toeslag"] > 0.9 and table.loc[5, "huur met toeslag"] > 0.9
    assert table.loc[4].idxmax() == "huur"
    assert table.loc[2].max() < 0.6  # "varieert"
    # two thirds of all clients rent with housing allowance
    assert (clients["woning"] == "huur met toeslag").mean() == pytest.approx(2 / 3, abs=0.01)


def test_children_and_care(clients):
    kids = (clients["aantal_kinderen"] > 0).groupby(clients["type"]).mean()
    assert (kids[[2, 3, 4]] > 0.9).all() and (kids[[1, 5]] < 0.1).all()
    youth_care = clients.groupby("type")["jeugdzorg"].mean()
    wmo = clients.groupby("type")["wmo"].mean()
    assert youth_care[2] > 0.6 and youth_care[3] > 0.6
    assert youth_care[[1, 4, 5]].max() < 0.25
    assert wmo[4] > 0.7 and wmo[[1, 2, 3, 5]].max() < 0.15
    # youth care only where children live
    assert not (clients["jeugdzorg"] & (clients["aantal_kinderen"] == 0)).any()


def test_income_per_type(clients):
    income = clients.groupby("type")["inkomen"]
    means = income.mean()
    for number, expected in {1: 22_000, 2: 18_000, 3: 14_000, 5: 14_000}.items():
        assert means[number] == pytest.approx(expected, abs=250), number
    spread = income.std() / means
    assert spread[4] > 1.5 * spread.drop(4).max()  # type 4: "varieert"


def test_age_and_migration(clients):
    ages = clients.groupby("type")["leeftijd"].mean()
    assert round(ages[1]) == 50 and round(ages[3]) == 35
    migration = clients.groupby("type")["migratieachtergrond"].mean()
    assert migration.idxmax() == 3 and migration[3] > 0.5


def test_client_facts(clients, households):
    days = clients["dagen_klant"]
    assert days.notna().all()
    assert round(100 * (days < 180).mean()) == 13
    assert round(100 * (days > 360).mean()) == 55
    assert round(100 * (clients["opleiding"] == "laag").mean()) == 48
    assert (clients["leeftijd"] < 60).mean() > 0.9
    parents = clients[clients["aantal_kinderen"] > 0]
    assert (parents["leeftijd_eerste_kind"] <= 25).mean() > 0.5
    assert households.loc[~households["voedselbank"], "dagen_klant"].isna().all()


def test_clients_differ_from_the_municipality(clients, households):
    others = households[~households["voedselbank"]]
    alone = ["eenpersoonshuishouden", "eenouderhuishouden"]
    assert clients["type_huishouden"].isin(alone).mean() > others["type_huishouden"].isin(alone).mean()
    # Seed 004: "vaker eenpersoonshuishouden of eenouderhuishoudens", each of the two on its own too.
    for kind in alone:
        assert (clients["type_huishouden"] == kind).mean() > (others["type_huishouden"] == kind).mean() + 0.03, kind
    for column in ("jeugdzorg", "migratieachtergrond", "schulden"):
        assert clients[column].mean() > 1.5 * others[column].mean(), column
    assert clients["inkomen"].median() < 0.6 * others["inkomen"].median()
    assert (clients["uitkering"] != "geen").mean() > 0.7 > 0.2 > (others["uitkering"] != "geen").mean()


def test_first_child_age_fits_the_household(households):
    with_kids = households["aantal_kinderen"] > 0
    assert households.loc[with_kids, "leeftijd_eerste_kind"].notna().all()
    assert households.loc[~with_kids, "leeftijd_eerste_kind"].isna().all()
    gap = households["leeftijd"] - households["leeftijd_eerste_kind"]
    assert gap[with_kids].between(1, 27).all()


def test_same_seed_same_frame_other_seed_other_frame():
    assert foodbank.make_frame().equals(foodbank.make_frame())
    assert not foodbank.make_frame(seed=1).equals(foodbank.make_frame())
    other = foodbank.make_frame(seed=1)
    assert other.loc[other["voedselbank"], "type"].value_counts().sort_index().tolist() == [35, 38, 26, 30, 62]


def test_loader_hides_the_type_unless_asked():
    clients = load_foodbank()
    assert "type" not in clients.columns
    assert len(clients) == 191 and clients["voedselbank"].all()
    assert list(clients.index) == list(range(191))
    assert "type" in load_foodbank(with_type=True).columns
    everyone = load_foodbank(clients_only=False)
    assert len(everyone) == 11_200 and "type" not in everyone.columns
    assert everyone["voedselbank"].dtype == bool and everyone["dagen_klant"].dtype == "Int64"
