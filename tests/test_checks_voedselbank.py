"""Chapter 8's checks: a Dutch sentence for each typical mistake, "Goed zo" for the right answer."""

from __future__ import annotations

import pandas as pd
import pytest
from test_feedback import call, message

from academy import clusters
from academy.checks import voedselbank
from academy.datasets import load_foodbank, load_households
from academy.privacy import suppress_small_counts


@pytest.fixture(scope="module")
def klanten():
    return load_foodbank()


@pytest.fixture(scope="module")
def labels(klanten):
    return clusters.cluster_households(klanten, k=5, random_state=0)


def confirmed(check, capsys, **answers) -> str:
    call(check, **answers)
    out = capsys.readouterr().out
    assert "Goed zo" in out
    return out


# ---------------------------------------------------------------- voorbereiden

def test_prepare_missing_empty_and_wrong_type():
    assert "nog niet gemaakt" in message(voedselbank.voorbereiden)
    assert "leeg" in message(voedselbank.voorbereiden, voorbereid=...)
    assert "tabel (DataFrame)" in message(voedselbank.voorbereiden, voorbereid=[1, 2, 3])


def test_prepare_all_households_instead_of_clients():
    text = message(voedselbank.voorbereiden, voorbereid=clusters.prepare(load_households()))
    assert "alle huishoudens" in text and "klanten" in text


def test_prepare_not_prepared_or_wrong_columns(klanten):
    assert "tekst" in message(voedselbank.voorbereiden, voorbereid=klanten)
    dummies = pd.get_dummies(klanten[clusters.FEATURES], prefix_sep="=", dtype=float).join(klanten[["huishouden"]])
    assert "niet in de clustering horen" in message(voedselbank.voorbereiden, voorbereid=dummies)
    without_income = clusters.prepare(klanten).drop(columns="inkomen")
    said = message(voedselbank.voorbereiden, voorbereid=without_income)
    assert "`voorbereid` heeft geen kolom 'inkomen'" in said and "clusters.prepare(klanten)" in said


def test_prepare_without_standardising(klanten):
    raw = clusters.prepare(klanten)
    raw[clusters.NUMERIC] = klanten[clusters.NUMERIC].astype(float)
    assert "euro" in message(voedselbank.voorbereiden, voorbereid=raw)


def test_prepare_right(klanten, capsys):
    assert "191" in confirmed(voedselbank.voorbereiden, capsys, voorbereid=clusters.prepare(klanten))


# ---------------------------------------------------------------- clusteren

def test_cluster_missing_and_table():
    assert "nog niet gemaakt" in message(voedselbank.clusteren)
    assert "tabel" in message(voedselbank.clusteren, mijn_clusters=pd.DataFrame({"a": [1]}))
    assert "lijst" in message(voedselbank.clusteren, mijn_clusters=5)


def test_cluster_wrong_k_and_wrong_length(klanten):
    three = clusters.cluster_households(klanten, k=3)
    assert "Je vond 3 clusters" in message(voedselbank.clusteren, mijn_clusters=three)
    assert "één te zijn per klant" in message(voedselbank.clusteren, mijn_clusters=[1, 2, 3, 4, 5])


def test_cluster_other_partition_asks_for_random_state(labels):
    shuffled = labels.sample(frac=1, random_state=1).to_numpy()
    assert "random_state=0" in message(voedselbank.clusteren, mijn_clusters=shuffled)


def test_cluster_right_also_with_other_numbering(labels, capsys):
    confirmed(voedselbank.clusteren, capsys, mijn_clusters=labels)
    renumbered = labels.map({1: 5, 2: 4, 3: 3, 4: 2, 5: 1}).to_numpy()
    confirmed(voedselbank.clusteren, capsys, mijn_clusters=renumbered)


# ---------------------------------------------------------------- grootte

def test_size_mistakes(labels):
    assert "woordenboek" in message(voedselbank.grootte, grootte=191)
    shares = labels.value_counts(normalize=True)
    assert "aandelen" in message(voedselbank.grootte, grootte=shares)
    assert "percentages" in message(voedselbank.grootte, grootte=shares * 100)
    assert "1 tot en met 5" in message(voedselbank.grootte, grootte={"a": 1})
    counts = labels.value_counts().sort_index()
    swapped = dict(zip(counts.index, counts.to_numpy()[::-1]))
    assert "verkeerde clusters" in message(voedselbank.grootte, grootte=swapped)
    assert "aanhalingstekens" in message(voedselbank.grootte, grootte={k: str(v) for k, v in counts.items()})


def test_size_right(labels, capsys):
    assert "191" in confirmed(voedselbank.grootte, capsys, grootte=labels.value_counts())
    confirmed(voedselbank.grootte, capsys, grootte=clusters.cluster_sizes(labels))


# ---------------------------------------------------------------- koppeling

RIGHT_MATCH = {1: 5, 2: 1, 3: 2, 4: 3, 5: 4}


def test_match_by_number_is_explained():
    assert "op grootte" in message(voedselbank.koppeling, koppeling={n: n for n in range(1, 6)})


def test_match_mistakes():
    assert "hetzelfde type" in message(voedselbank.koppeling, koppeling={1: 5, 2: 5, 3: 2, 4: 3, 5: 4})
    assert "2 van de 5" in message(voedselbank.koppeling, koppeling={1: 3, 2: 1, 3: 2, 4: 5, 5: 4})
    assert "tekst" in message(voedselbank.koppeling, koppeling={**RIGHT_MATCH, 1: "bijstand"})
    assert "1 tot en met 5" in message(voedselbank.koppeling, koppeling={1: 5})


def test_match_right(capsys):
    confirmed(voedselbank.koppeling, capsys, koppeling=RIGHT_MATCH)


# ---------------------------------------------------------------- uitkering_per_cluster

def test_table_not_suppressed_or_percentages(klanten, labels):
    counts = pd.crosstab(labels, klanten["uitkering"])
    assert "onder de tien" in message(voedselbank.uitkering_per_cluster, uitkering_per_cluster=counts)
    shares = pd.crosstab(labels, klanten["uitkering"], normalize="index")
    assert "percentages" in message(voedselbank.uitkering_per_cluster, uitkering_per_cluster=shares)


def test_table_transposed_or_wrong_shape(klanten, labels):
    right = suppress_small_counts(pd.crosstab(labels, klanten["uitkering"]))
    assert "op zijn kant" in message(voedselbank.uitkering_per_cluster, uitkering_per_cluster=right.T)
    other = suppress_small_counts(pd.crosstab(labels, klanten["opleiding"]))
    assert "kolommen moeten de soorten uitkering" in message(voedselbank.uitkering_per_cluster,
                                                            uitkering_per_cluster=other)
    assert "rijen" in message(voedselbank.uitkering_per_cluster, uitkering_per_cluster=right.iloc[:3])


def test_table_wrong_threshold(klanten, labels):
    five = suppress_small_counts(pd.crosstab(labels, klanten["uitkering"]), threshold=5)
    assert "onder de tien" in message(voedselbank.uitkering_per_cluster, uitkering_per_cluster=five)
    twenty = suppress_small_counts(pd.crosstab(labels, klanten["uitkering"]), threshold=20)
    assert "'<20'" in message(voedselbank.uitkering_per_cluster, uitkering_per_cluster=twenty)


def test_table_right(klanten, labels, capsys):
    right = suppress_small_counts(pd.crosstab(labels, klanten["uitkering"]))
    confirmed(voedselbank.uitkering_per_cluster, capsys, uitkering_per_cluster=right)


# ---------------------------------------------------------------- what a trainee can read in the module

def test_helpers_for_later_cells_give_the_right_answers(klanten, labels, capsys):
    confirmed(voedselbank.voorbereiden, capsys, voorbereid=voedselbank.prepared_clients())
    confirmed(voedselbank.clusteren, capsys, mijn_clusters=voedselbank.client_clusters())
    changed = voedselbank.client_clusters()
    changed.iloc[:] = 0  # a later cell that changes the result does not change the check
    assert voedselbank.client_clusters().equals(labels)


def test_docstrings_do_not_hold_a_solution():
    # `controle.voorbereiden?` shows a docstring to a trainee, in the notebook and in JupyterLite.
    import inspect

    from conftest import ROOT
    from leaks import secret_lines

    solutions = secret_lines([ROOT / "source" / "08-voedselbank" / "voedselbank.ipynb"], kinds=("solution",))
    assert any("clusters.prepare(klanten)" in line for line in solutions)
    for name, function in inspect.getmembers(voedselbank, inspect.isfunction):
        doc = inspect.getdoc(function) or ""
        assert not [line for line in solutions if line in doc], name
        assert "prepare(klanten)" not in doc and "random_state=0)" not in doc, name
