"""Clustering the food bank's clients: preparation, recovery of the types, profiles, small counts."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score

from academy import clusters
from academy.datasets import load_foodbank, load_households
from conftest import ROOT, read_nb
from disclosure import MARKS, table_cells, what_a_reader_finds

SMALL = "<10"
ALSO = "x"


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
    with pytest.raises(clusters.ClusterError, match="geen kolom 'inkomen'.*Gebruik de tabel van load_foodbank"):
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


@pytest.fixture(scope="module")
def choice(clients) -> pd.DataFrame:
    return clusters.choose_k(clients, ks=range(2, 9))  # as chapter 8 calls it


def test_silhouette_prefers_five(choice):
    assert list(choice["aantal clusters"]) == list(range(2, 9))
    assert choice.loc[choice["silhouetscore"].idxmax(), "aantal clusters"] == 5
    assert choice["silhouetscore"].between(-1, 1).all()


def test_choose_k_hides_a_smallest_cluster_below_ten(clients, choice):
    smallest = choice.set_index("aantal clusters")["kleinste cluster"]
    assert clusters.cluster_households(clients, k=8).value_counts().min() < 10  # at k = 8 one cluster is small ...
    assert smallest[8] == SMALL  # ... and hidden
    assert smallest[5] == 25
    assert all(value == SMALL or value >= 10 for value in smallest)


def test_cluster_sizes_pass_the_small_count_rule(labels):
    sizes = clusters.cluster_sizes(labels)
    assert sizes.sum() == 191
    # the total is known, so hiding the small one alone would not hide it: 34 - 30 = 4
    assert clusters.cluster_sizes(pd.Series([1] * 30 + [2] * 4)).to_dict() == {1: ALSO, 2: SMALL}
    sizes = clusters.cluster_sizes(pd.Series([1] * 30 + [2] * 20 + [3] * 4))
    assert sizes.to_dict() == {1: 30, 2: ALSO, 3: SMALL}  # the smaller of the two is hidden as well


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
    assert set(counts[counts.map(lambda value: isinstance(value, str))]) == MARKS
    assert (shown_numbers(counts) >= 10).all()
    assert (counts == SMALL).any()  # there are small groups, and they are hidden
    assert (counts == ALSO).any()  # and counts that would give them away
    for mark in MARKS:  # a hidden count's percentage is hidden too, or count = % x size
        assert (full.loc[counts == mark, "in cluster"] == mark).all()
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
        assert shown == raw or shown == (SMALL if raw < 10 else ALSO), (cluster, kenmerk, waarde)
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
    # a share that is shown is the count over the cluster's size
    for (cluster, kenmerk, waarde), row in full.iterrows():
        if not waarde.startswith("gemiddeld") and row["aantal"] not in MARKS:
            assert row["in cluster"] == round(100 * row["aantal"] / (labels == cluster).sum())


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


# ---------------------------------------------------------------- no hidden count comes back by subtraction

def profile_cells(clients, labels, households, full) -> tuple[dict, dict]:
    """Every cell of the profile with its true count, and every total a reader of the profile knows."""
    cells, groups = {}, {}
    scopes = [(cluster, clients[labels == cluster], full.loc[cluster, "aantal"]) for cluster in sorted(set(labels))]
    first = full.loc[min(labels)]
    scopes += [("klanten", clients, first["alle klanten"]), ("huishoudens", households, first["alle huishoudens"])]
    for name, members, shown in scopes:
        for kenmerk in clusters.PROFILE_CATEGORICAL:  # the values of a characteristic add up to the group's size
            for waarde in first.loc[kenmerk].index:
                cells[(name, kenmerk, waarde)] = (shown[(kenmerk, waarde)], int((members[kenmerk] == waarde).sum()))
            groups[(name, kenmerk)] = [(name, kenmerk, waarde) for waarde in first.loc[kenmerk].index]
        for kenmerk in clusters.PROFILE_BINARY:  # size - "ja" = "nee", which is never shown
            yes = int(members[kenmerk].sum())
            cells[(name, kenmerk, "ja")] = (shown[(kenmerk, "ja")], yes)
            cells[(name, kenmerk, "nee")] = (SMALL, len(members) - yes)
            groups[(name, kenmerk)] = [(name, kenmerk, "ja"), (name, kenmerk, "nee")]
    values = [row for row in first.index if not row[1].startswith("gemiddeld")]
    values += [(kenmerk, "nee") for kenmerk in clusters.PROFILE_BINARY]
    for kenmerk, waarde in values:  # over the clusters, a value adds up to all clients with it
        groups[(kenmerk, waarde)] = [(cluster, kenmerk, waarde) for cluster in sorted(set(labels))]
    sizes = clusters.cluster_sizes(labels)
    for cluster in sizes.index:
        cells[("grootte", cluster)] = (sizes[cluster], int((labels == cluster).sum()))
    groups["grootte"] = [("grootte", cluster) for cluster in sizes.index]
    return cells, groups


def test_no_hidden_count_in_the_profile_comes_back_by_subtraction(clients, labels, households, full):
    cells, groups = profile_cells(clients, labels, households, full)
    assert what_a_reader_finds(cells, groups) == []
    # the attack is real: with only the counts below ten hidden, it finds the 37 - 28 = 9 of the audit
    primary = {key: (SMALL if count < 10 or shown == SMALL else count, count) for key, (shown, count) in cells.items()}
    assert ((3, "jeugdzorg"), 9) in what_a_reader_finds(primary, groups)


def test_no_hidden_count_in_a_comparison_comes_back_by_subtraction(households):
    clients = households[households["voedselbank"]]
    for column in ("opleiding", "type_huishouden", "woning", "uitkering", "jeugdzorg", "wmo", "woonkern"):
        table = clusters.compare_with_households(households, column)
        for name, group in (("klanten Voedselbank", clients), ("alle huishoudens", households)):
            values = group[column].map({True: "ja", False: "nee"}) if group[column].dtype == bool else group[column]
            counts = values.value_counts().reindex(table.index, fill_value=0)
            assert what_a_reader_finds(*table_cells(table[name], counts)) == [], (column, name)
    assert clusters.compare_with_households(households, "woonkern")["klanten Voedselbank"].eq(ALSO).any()


def test_comparison_and_profile_hide_the_same_client_shares(households, full):
    first = full.loc[1]
    for column in ("opleiding", "type_huishouden", "woonkern", "jeugdzorg"):
        table = clusters.compare_with_households(households, column)["klanten Voedselbank"]
        for value, shown in table.items():
            if (column, value) in first.index:
                in_profile = first.loc[(column, value), "alle klanten"]
                assert (shown in MARKS) == (in_profile in MARKS), (column, value)


@pytest.mark.parametrize("k", [4, 5, 6, 8])
def test_no_hidden_count_in_a_cross_table_comes_back_by_subtraction(clients, k):
    labels = clusters.cluster_households(clients, k=k, random_state=0)
    for column in ("uitkering", "opleiding", "woning", "woonkern", "type_huishouden"):
        counts = pd.crosstab(labels, clients[column])
        assert what_a_reader_finds(*table_cells(clusters.hide_small_counts(counts), counts)) == [], column


# ---------------------------------------------------------------- what chapter 8 shows

CHAPTER_CODE = "\n".join(cell.source for cell in read_nb(ROOT / "source" / "08-voedselbank" / "voedselbank.ipynb").cells
                         if cell.cell_type == "code")
# The helpers of academy.clusters the chapter may call; each table-making one is checked below.
MAKES_NO_TABLE = {"prepare", "cluster_households"}  # their output is shown one household at a time
MAKES_A_TABLE = {"compare_with_households", "choose_k", "cluster_sizes", "profile", "cluster_table",
                 "hide_small_counts", "main_clusters"}


def readable_counts(table: pd.DataFrame, sizes: dict) -> list[float]:
    """The numbers of households a trainee can read in a table: counts, and percentages times their group size.

    ``sizes``: for each percentage column, the size of the group it is a percentage of
    (a number, or a Series per row); columns not in ``sizes`` hold counts.
    """
    found = []
    for column in table.columns:
        values = pd.to_numeric(table[column], errors="coerce")
        if column in sizes:
            values = values * sizes[column] / 100
        found += [round(value) for value in values.dropna()]
    return found


def test_the_chapter_calls_only_the_helpers_checked_here():
    called = set(re.findall(r"clusters\.(\w+)\(", CHAPTER_CODE))
    assert called <= MAKES_A_TABLE | MAKES_NO_TABLE, called - MAKES_A_TABLE - MAKES_NO_TABLE


def test_no_table_the_chapter_shows_has_a_count_from_1_to_9(clients, labels, households, truth, full, choice):
    compared = set(re.findall(r'(?:teken_vergelijking|compare_with_households)\(\w*,? *"(\w+)"', CHAPTER_CODE))
    assert {"opleiding", "jeugdzorg"} <= compared
    n_clients, n_households = len(clients), len(households)
    tables = [(clusters.compare_with_households(households, column),
               {"klanten Voedselbank": n_clients, "alle huishoudens": n_households}) for column in compared]
    tables.append((choice[["kleinste cluster"]], {}))
    tables.append((clusters.cluster_sizes(labels).to_frame(), {}))
    shares = full[~full.index.get_level_values("waarde").str.startswith("gemiddeld")]
    cluster_size = shares.index.get_level_values("cluster").map(labels.value_counts())
    tables.append((shares.drop(columns="vaker dan gemiddeld"),
                   {"in cluster": cluster_size, "alle klanten": n_clients, "alle huishoudens": n_households}))
    tables.append((full.loc[full.index.get_level_values("waarde").str.startswith("gemiddeld"), ["aantal"]], {}))
    tables.append((clusters.cluster_table(clients, labels).loc[["N"]].T, {}))
    tables.append((clusters.hide_small_counts(pd.crosstab(labels, clients["uitkering"])), {}))
    assert set(clusters.main_clusters(labels, truth)) <= set(labels)  # cluster numbers, no counts
    for table, sizes in tables:
        small = [count for count in readable_counts(table, sizes) if 1 <= count <= 9]
        assert small == [], table.columns.tolist()
