"""Clustering the food bank's clients: preparation, recovery of the types, profiles, small counts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score

from academy import clusters
from academy.datasets import load_foodbank, load_households

SMALL = "<10"


@pytest.fixture(scope="module")
def truth() -> pd.Series:
    return load_foodbank(with_type=True)["type"]


@pytest.fixture(scope="module")
def clients() -> pd.DataFrame:
    return load_foodbank()


@pytest.fixture(scope="module")
def households() -> pd.DataFrame:
    return load_households()


@pytest.fixture(scope="module")
def labels(clients) -> pd.Series:
    return clusters.cluster_households(clients, k=5, random_state=0)


@pytest.fixture(scope="module")
def full(clients, labels, households) -> pd.DataFrame:
    return clusters.profile(clients, labels, households)


def test_prepare_one_hot_and_standardised(clients):
    matrix = clusters.prepare(clients)
    assert len(matrix) == len(clients) and matrix.index.equals(clients.index)
    assert {"uitkering=WW", "uitkering=bijstand", "woning=huur met toeslag", "jeugdzorg"} <= set(matrix.columns)
    one_hot = matrix.filter(like="uitkering=")
    assert one_hot.isin([0, 1]).all().all() and (one_hot.sum(axis=1) == 1).all()
    for column in clusters.NUMERIC:
        assert matrix[column].mean() == pytest.approx(0, abs=1e-9)
        assert matrix[column].std(ddof=0) == pytest.approx(1)
    assert matrix.notna().all().all()


def test_prepare_names_a_missing_column_in_dutch(clients):
    with pytest.raises(clusters.ClusterError, match="mist de kolom 'inkomen'"):
        clusters.prepare(clients.drop(columns="inkomen"))


def test_labels_one_per_household(clients, labels):
    assert len(labels) == len(clients) and labels.index.equals(clients.index)
    assert sorted(labels.unique()) == [1, 2, 3, 4, 5]
    sizes = labels.value_counts()
    assert list(sizes.sort_index()) == sorted(sizes, reverse=True)  # cluster 1 is the largest


def test_recovers_the_true_types(truth, labels):
    assert adjusted_rand_score(truth, labels) >= 0.8


def test_clustering_is_a_real_task(truth, labels):
    # the types overlap: the clustering misplaces at least a few households
    assert adjusted_rand_score(truth, labels) < 0.99


def test_same_random_state_same_labels(clients, labels):
    assert clusters.cluster_households(clients, k=5, random_state=0).equals(labels)


def test_k_out_of_range_is_refused(clients):
    with pytest.raises(clusters.ClusterError, match="tussen 2 en"):
        clusters.cluster_households(clients, k=1)


def test_silhouette_prefers_five(clients):
    table = clusters.choose_k(clients, ks=range(2, 9))
    assert list(table["aantal clusters"]) == list(range(2, 9))
    assert table.loc[table["silhouetscore"].idxmax(), "aantal clusters"] == 5
    assert table["silhouetscore"].between(-1, 1).all()


def test_cluster_sizes_pass_the_small_count_rule(labels):
    sizes = clusters.cluster_sizes(labels)
    assert sizes.sum() == 191
    tiny = clusters.cluster_sizes(pd.Series([1] * 30 + [2] * 4))
    assert tiny.to_dict() == {1: 30, 2: SMALL}


def test_cluster_table_reproduces_the_seed(clients, labels):
    table = clusters.cluster_table(clients, labels)
    seed = {  # the Smart Start table, cluster by cluster (seed 004)
        ("geen", "€22.000", "middelbaar", "koop", "paar zonder kinderen", "nee", "geen"),
        ("WW", "€18.000", "hoog", "varieert", "paar met kinderen", "ja", "jeugdzorg"),
        ("bijstand", "€14.000", "laag", "huur met toeslag", "eenouderhuishouden", "ja", "jeugdzorg"),
        ("arbeidsongeschiktheid", "varieert", "laag", "huur", "paar met kinderen", "ja", "WMO"),
        ("bijstand", "€14.000", "laag", "huur met toeslag", "eenpersoonshuishouden", "nee", "geen"),
    }
    rows = ["Uitkering", "Inkomen", "Opleiding", "Woning", "Type huishouden", "Kinderen", "Zorg"]
    assert {tuple(table.loc[rows, column]) for column in table.columns} == seed


def shown_numbers(column: pd.Series) -> pd.Series:
    return pd.to_numeric(column, errors="coerce").dropna()


def test_profile_hides_small_counts(clients, households, full):
    counts = full["aantal"]
    assert set(counts[counts.map(lambda value: isinstance(value, str))]) == {SMALL}
    assert (shown_numbers(counts) >= 10).all()
    assert (counts == SMALL).any()  # there are small groups, and they are hidden
    assert (full.loc[counts == SMALL, "in cluster"] == SMALL).all()
    shares = ~full.index.get_level_values("waarde").str.startswith("gemiddeld")
    # a share shown for all clients or all households rests on at least ten of them
    for column, size in (("alle klanten", len(clients)), ("alle huishoudens", len(households))):
        shown = shown_numbers(full.loc[shares, column])
        assert (shown * size / 100 >= 9.5).all(), column
        assert (full.loc[shares, column] == SMALL).any() or column == "alle huishoudens"


def test_every_table_of_a_small_cluster_is_hidden(clients, labels, households):
    labels = labels.copy()
    labels.iloc[:5] = 6  # a cluster of five households
    assert clusters.cluster_sizes(labels)[6] == SMALL
    six = clusters.profile(clients, labels, households).loc[6]
    assert (six[["aantal", "in cluster"]] == SMALL).all().all()
    assert not six["vaker dan gemiddeld"].any()
    table = clusters.cluster_table(clients, labels)
    assert (table["cluster 6"] == SMALL).all()
    assert (table.drop(columns="cluster 6") != SMALL).all().all()


def test_comparison_tables_hide_small_counts(households):
    sizes = {"klanten Voedselbank": int(households["voedselbank"].sum()), "alle huishoudens": len(households)}
    hidden = 0
    for column in ("opleiding", "type_huishouden", "woning", "uitkering", "jeugdzorg", "woonkern"):
        table = clusters.compare_with_households(households, column)
        for group, size in sizes.items():
            assert (shown_numbers(table[group]) * size / 100 >= 9.9).all(), (column, group)
            hidden += (table[group] == SMALL).sum()
    assert hidden > 0


def test_counts_match_the_data_and_hide_exactly_the_small_ones(clients, labels, full):
    for (cluster, kenmerk, waarde), shown in full["aantal"].items():
        members = clients[labels == cluster]
        if waarde.startswith("gemiddeld"):
            raw = len(members)
        elif waarde == "ja" and members[kenmerk].dtype == bool:
            raw = int(members[kenmerk].sum())
        else:
            raw = int((members[kenmerk] == waarde).sum())
        assert shown == (SMALL if raw < 10 else raw), (cluster, kenmerk, waarde)
    assert not full.loc[full["aantal"] == SMALL, "vaker dan gemiddeld"].any()


def test_profile_shares_and_flags(clients, labels, households, full):
    assert list(full.columns) == clusters.PROFILE_COLUMNS
    assert full.index.names == ["cluster", "kenmerk", "waarde"]
    every_client = full.loc[1, "alle klanten"]
    assert every_client[("uitkering", "bijstand")] == round(100 * (clients["uitkering"] == "bijstand").mean())
    everyone = full.loc[1, "alle huishoudens"]
    assert everyone[("woning", "koop")] == round(100 * (households["woning"] == "koop").mean())
    # the cluster of single-person households on social assistance
    single = labels[clients["type_huishouden"] == "eenpersoonshuishouden"].mode()[0]
    flags = full.loc[single, "vaker dan gemiddeld"]
    assert flags[("uitkering", "bijstand")] and flags[("type_huishouden", "eenpersoonshuishouden")]
    assert not flags[("uitkering", "WW")]
    shown = pd.to_numeric(full.loc[single, "in cluster"], errors="coerce")
    assert shown[("type_huishouden", "eenpersoonshuishouden")] > 80


def test_profile_refuses_labels_of_another_length(clients, labels):
    with pytest.raises(clusters.ClusterError, match="één label per huishouden"):
        clusters.profile(clients, labels.iloc[:50])


def test_profile_accepts_a_plain_array(clients, labels):
    assert clusters.profile(clients, labels.to_numpy()).equals(clusters.profile(clients, labels))


def test_compare_with_households(households):
    table = clusters.compare_with_households(households, "opleiding")
    assert list(table.columns) == ["klanten Voedselbank", "alle huishoudens"]
    assert table.loc["laag", "klanten Voedselbank"] == pytest.approx(48.2, abs=0.1)
    care = clusters.compare_with_households(households, "jeugdzorg")
    assert list(care.index) == ["ja", "nee"]
    villages = clusters.compare_with_households(households, "woonkern")
    assert villages.loc["Hulten", "klanten Voedselbank"] == SMALL
    assert np.isfinite(pd.to_numeric(villages["alle huishoudens"])).all()
