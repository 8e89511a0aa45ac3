"""Checks of chapter 8, Clusteren: de Voedselbank."""

from __future__ import annotations

import numbers
from functools import cache

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score

from academy import clusters
from academy.checks.question import question
from academy.datasets import load_foodbank
from academy.feedback import (answer, close_enough, correct, expect_collection, expect_columns, expect_frame,
                              expect_mapping, expect_number, fail)
from academy.privacy import HIDDEN, suppress_small_counts

CHAPTER = "08-voedselbank"
K = 5  # the number of clusters Smart Start found
SAME_CLUSTERS = 0.999  # adjusted Rand index from which two clusterings are the same (numbering aside)


@cache
def _clients() -> pd.DataFrame:
    return load_foodbank()


@cache
def _labels() -> pd.Series:
    return clusters.cluster_households(_clients(), k=K, random_state=0)


@cache
def _prepared() -> pd.DataFrame:
    return clusters.prepare(_clients())


def prepared_clients() -> pd.DataFrame:
    """The clients as numbers, as exercise 1 asks for them.

    For the cells after exercise 1, so the chapter goes on even when the
    trainee's own answer is missing or wrong (no cell depends on an answer).
    """
    return _prepared().copy()


def client_clusters() -> pd.Series:
    """The cluster number of every client, as exercise 2 asks for it.

    For the cells after exercise 2, so the chapter goes on even when the
    trainee's own answer is missing or wrong (no cell depends on an answer).
    """
    return _labels().copy()


@cache
def _n_households() -> int:
    """All households of the municipality (clients and others), for the "you used everyone" hint."""
    return len(load_foodbank(clients_only=False))


def _whole_number(value) -> int | None:
    """``value`` as an int if it is a whole number (or a digit string), else None."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, numbers.Number) and not isinstance(value, bool) and float(value).is_integer():
        return int(value)
    return None


@question(CHAPTER, "voorbereid", expected=lambda: {"voorbereid": _prepared()})
def voorbereiden(question) -> None:
    """Exercise 1: the food bank's clients made ready for clustering (one row per client, numbers only)."""
    table = answer("voorbereid")
    expect_frame(table, "voorbereid")
    right = question.expected["voorbereid"]
    if len(table) == _n_households():
        fail(f"Je tabel heeft {len(table)} rijen: alle huishoudens van de gemeente. Smart Start clusterde "
             "alleen de klanten van de Voedselbank. Gebruik de tabel `klanten`.")
    if len(table) != len(right):
        fail(f"`voorbereid` heeft {len(table)} rijen; er hoort één rij per klant te zijn ({len(right)}).")
    text = [column for column in table.columns
            if not pd.api.types.is_numeric_dtype(table[column]) and not pd.api.types.is_bool_dtype(table[column])]
    if text:
        fail(f"In `voorbereid` staat nog tekst, bijvoorbeeld in de kolom '{text[0]}'. K-means rekent afstanden uit, "
             "en dat kan alleen met getallen. Gebruik clusters.prepare: die maakt van elke categorie kolommen "
             "met 0 en 1.")
    extra = [str(column) for column in table.columns if column not in right.columns]
    if extra:
        fail(f"In `voorbereid` staan kolommen die niet in de clustering horen, zoals '{extra[0]}'. "
             "Gebruik clusters.prepare(klanten): die kiest de juiste kenmerken.")
    expect_columns(table, right.columns, "voorbereid", "Gebruik clusters.prepare(klanten).")
    given = table[list(right.columns)].astype(float).to_numpy()
    if given[:, right.columns.get_loc("inkomen")].__abs__().max() > 100:
        fail("Het inkomen staat nog in euro's. Dan telt een verschil van één euro even zwaar als een verschil van "
             "één kind. Gebruik clusters.prepare: die standaardiseert de getallen.")
    if not np.allclose(given, right.to_numpy()):
        fail("De kolommen kloppen, maar de getallen niet. Gebruik clusters.prepare(klanten) zonder de tabel "
             "eerst te veranderen.")
    correct(f"Alle {len(right)} klanten staan klaar als getallen: {right.shape[1]} kolommen met 0/1 en "
            "gestandaardiseerde getallen.")


@question(CHAPTER, "mijn_clusters", expected=lambda: {"mijn_clusters": _labels(), "k": K})
def clusteren(question) -> None:
    """Exercise 2: one cluster number per client; the same clusters for every trainee (fixed start)."""
    labels = answer("mijn_clusters")
    if isinstance(labels, pd.DataFrame):
        fail("`mijn_clusters` is een tabel. Je hebt één kolom nodig: een clusternummer per huishouden. "
             "Gebruik clusters.cluster_households(klanten, ...).")
    values = expect_collection(labels, "mijn_clusters")
    right = question.expected["mijn_clusters"]
    if len(values) == _n_households():
        fail(f"Je gaf {len(values)} clusternummers: voor alle huishoudens van de gemeente. Cluster alleen de "
             "klanten van de Voedselbank: gebruik de tabel `klanten`.")
    if len(values) != len(right):
        fail(f"Je gaf {len(values)} clusternummers. Er hoort er één te zijn per klant ({len(right)}).")
    found = len(set(values))
    if found != K:
        fail(f"Je vond {found} clusters. Smart Start vond er vijf: geef k=5 mee.")
    if adjusted_rand_score(right, values) < SAME_CLUSTERS:
        fail("Je vond vijf clusters, maar een andere indeling. Geef ook random_state=0 mee, zodat k-means "
             "op dezelfde plek begint en iedereen dezelfde clusters krijgt.")
    correct("Elke klant heeft een clusternummer van 1 tot en met 5. Cluster 1 is het grootste cluster.")


@question(CHAPTER, "grootte", expected=lambda: {"grootte": _labels().value_counts().to_dict()})
def grootte(question) -> None:
    """Exercise 3: the number of households in each cluster."""
    given = expect_mapping(answer("grootte"), "grootte")
    right = question.expected["grootte"]
    keys = {key: _whole_number(key) for key in given}
    if any(number is None for number in keys.values()) or set(keys.values()) != set(right):
        fail("Gebruik de clusternummers 1 tot en met 5 als sleutels, zoals {1: ..., 2: ..., 3: ..., 4: ..., 5: ...}.")
    sizes = {keys[key]: expect_number(value, f"grootte[{keys[key]}]") for key, value in given.items()}
    total = sum(sizes.values())
    if close_enough(total, 1):
        fail("Je gaf aandelen (samen 1). Tel het aantal huishoudens per cluster: value_counts() zonder normalize.")
    if close_enough(total, 100):
        fail("Je gaf percentages (samen 100). Tel het aantal huishoudens per cluster.")
    if sizes != right:
        if sorted(sizes.values()) == sorted(right.values()):
            fail("De aantallen kloppen, maar ze staan bij de verkeerde clusters. Zet elk aantal bij zijn eigen "
                 "clusternummer.")
        fail(f"Je aantallen tellen op tot {total:g}. Tel per cluster hoeveel huishoudens in `clusternummer` "
             "dat nummer hebben.")
    correct(f"Samen {total} huishoudens. Het grootste cluster telt {max(right.values())} huishoudens, het kleinste "
            f"{min(right.values())}: allemaal tien of meer.")


def _expected_types() -> dict:
    true_type = load_foodbank(with_type=True)["type"]
    return {"koppeling": {int(c): int(t) for c, t in pd.crosstab(_labels(), true_type).idxmax(axis=1).items()}}


@question(CHAPTER, "koppeling", expected=_expected_types)
def koppeling(question) -> None:
    """Exercise 4: which of our clusters is which type of the seed's table."""
    given = expect_mapping(answer("koppeling"), "koppeling")
    right = question.expected["koppeling"]
    keys = {key: _whole_number(key) for key in given}
    if any(number is None for number in keys.values()) or set(keys.values()) != set(right):
        fail("Gebruik onze clusternummers 1 tot en met 5 als sleutels, zoals {1: ..., 2: ..., 3: ..., 4: ..., 5: ...}.")
    mapping = {}
    for key, value in given.items():
        if isinstance(value, str) and not value.strip().isdigit():
            fail(f"Bij cluster {keys[key]} staat tekst ('{value[:30]}'). Schrijf het nummer van het type (1 tot en "
                 "met 5) uit de tabel van Smart Start.")
        expect_number(value, f"koppeling[{keys[key]}]")
        number = _whole_number(value)
        if number not in right.values():
            fail(f"Bij cluster {keys[key]} staat {value}. De typen van Smart Start hebben de nummers 1 tot en met 5.")
        mapping[keys[key]] = number
    if mapping == {cluster: cluster for cluster in right} and mapping != right:
        fail("Je koppelde elk cluster aan het type met hetzelfde nummer. Maar onze clusters zijn op grootte "
             "genummerd, niet zoals de typen van Smart Start. Vergelijk de kenmerken: uitkering, type huishouden.")
    if len(set(mapping.values())) < len(mapping):
        fail("Je koppelde twee clusters aan hetzelfde type. Elk type hoort bij één cluster.")
    wrong = sum(mapping[cluster] != right[cluster] for cluster in right)
    if wrong:
        fail(f"{wrong} van de 5 koppelingen kloppen nog niet. Kijk vooral naar de uitkering en het type huishouden "
             "in de tabel van clusters.cluster_table.")
    correct("Elk cluster heeft zijn type gevonden, ook al zijn de nummers anders.")


def _expected_table() -> dict:
    counts = pd.crosstab(_labels(), _clients()["uitkering"])
    return {"uitkering_per_cluster": suppress_small_counts(counts, threshold=clusters.SMALL)}


@question(CHAPTER, "uitkering_per_cluster", expected=_expected_table)
def uitkering_per_cluster(question) -> None:
    """Exercise 5: a cross table of cluster by benefit, counts below ten hidden."""
    table = expect_frame(answer("uitkering_per_cluster"), "uitkering_per_cluster")
    right = question.expected["uitkering_per_cluster"]
    if table.shape == right.T.shape and table.shape != right.shape:
        fail("Je tabel ligt op zijn kant. Zet de clusters in de rijen en de soorten uitkering in de kolommen: "
             "pd.crosstab(clusternummer, klanten['uitkering']).")
    if table.shape != right.shape:
        fail(f"`uitkering_per_cluster` heeft {table.shape[0]} rijen en {table.shape[1]} kolommen. Er horen een rij "
             f"per cluster ({right.shape[0]}) en een kolom per soort uitkering ({right.shape[1]}) te zijn.")
    if {_whole_number(index) for index in table.index} != set(right.index):
        fail("De rijen moeten de clusters 1 tot en met 5 zijn. Gebruik `clusternummer` als eerste deel van pd.crosstab.")
    if set(map(str, table.columns)) != set(right.columns):
        fail(f"De kolommen moeten de soorten uitkering zijn: {', '.join(right.columns)}.")
    cells = [value for value in table.to_numpy().ravel()]
    numbers_shown = [value for value in cells if isinstance(value, numbers.Number) and not isinstance(value, bool)]
    if numbers_shown and any(not float(value).is_integer() for value in numbers_shown):
        fail("In je tabel staan percentages of aandelen. Tel aantallen huishoudens: pd.crosstab zonder normalize.")
    small = [value for value in numbers_shown if value < clusters.SMALL]
    if small:
        fail(f"In je tabel staan nog {len(small)} aantallen onder de tien. Die mogen niet naar buiten: "
             "geef de tabel aan suppress_small_counts.")
    texts = {value for value in cells if isinstance(value, str) and value != HIDDEN}
    if texts:
        fail(f"In je tabel staat '{sorted(texts)[0]}'. Verberg aantallen onder de tien als '<10': gebruik "
             "suppress_small_counts met de drempel van tien.")
    aligned = table.set_axis([_whole_number(index) for index in table.index]).rename(columns=str)
    aligned = aligned.loc[right.index, list(right.columns)]
    if not (aligned.astype(str) == right.astype(str)).all().all():
        fail("Niet alle aantallen kloppen. Tel per cluster (rijen) hoeveel huishoudens elke uitkering hebben "
             "(kolommen), en verberg daarna de aantallen onder de tien.")
    correct("Nu zie je per cluster welke uitkering veel voorkomt, zonder aantallen onder de tien.")
