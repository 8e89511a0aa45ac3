"""Clustering households into groups that look alike, and profiling the groups.

The steps of chapter 8, as in the Smart Start pilot (seed 004):

1. :func:`prepare` turns the mixed household data into numbers. Clustering
   measures how far apart two households are, and a distance needs numbers
   on a comparable scale:

   * a category (``uitkering``: geen / WW / bijstand / ...) becomes one 0/1
     column per value ("one-hot"). Numbering the values 1, 2, 3 instead would
     pretend that bijstand lies "between" WW and arbeidsongeschiktheid.
   * a number (age, income, children) is standardised: minus its mean,
     divided by its standard deviation. Otherwise income, counted in
     thousands of euros, would outweigh everything else, and a difference of
     one child would count as much as a difference of one euro.

2. :func:`cluster_households` puts the households into ``k`` groups with
   k-means from scikit-learn: each group has a centre, and every household
   belongs to the nearest centre. We chose k-means because it is easy to
   explain (a centre per group), it is in scikit-learn, which the course
   already uses, and on the one-hot-plus-standardised data it finds the
   food bank's types well (adjusted Rand index about 0.88 on the shipped
   data). k-prototypes, made for mixed data, needs an extra package and was
   not needed.

3. :func:`choose_k` helps choosing the number of groups with the silhouette
   score: for each household, how much closer it is to its own group than
   to the nearest other group (from -1 to 1; higher is better). On the
   shipped data the score is highest at k = 5.

4. :func:`profile` and :func:`cluster_table` describe the groups: what
   "komt relatief vaker voor dan gemiddeld" in a group compared with all
   clients, next to all households of the municipality.

What the clustering uses: the situation of a household (benefit, education,
housing, composition, care, age, income, children). Migration background and
debts are left out of the clustering and only looked at afterwards, in the
profile: a group is described by its situation, not by its origin.

A cluster describes a group, never a person: no decision about a household
follows from the group it is put in (seed 003). Every table here therefore
passes through the small-count rule: a count below 10, and any share or
mean based on fewer than 10 households, is shown as "<10". Hiding those
cells is not enough when totals are known: the size of a cluster minus the
households *with* youth care is the number *without* it. So every table also
gets secondary suppression (:func:`academy.privacy.hidden_cells`, with
``hide_small_counts`` for a plain table of counts): another cell is hidden,
shown as "x", until no hidden count below 10 can be worked out from the
known totals.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from threadpoolctl import threadpool_limits

from academy import dutch
from academy.feedback import require_columns
# hide_small_counts is also called as clusters.hide_small_counts in chapter 8.
from academy.privacy import HIDDEN, SMALL, hidden_cells, hide_small_counts, suppress_small_counts

# The characteristics the clustering uses.
CATEGORICAL = ["uitkering", "opleiding", "woning", "type_huishouden"]
BINARY = ["jeugdzorg", "wmo"]
NUMERIC = ["leeftijd", "inkomen", "aantal_kinderen"]
FEATURES = CATEGORICAL + BINARY + NUMERIC
# What a profile shows: the features plus characteristics looked at afterwards.
PROFILE_CATEGORICAL = CATEGORICAL + ["woonkern"]
PROFILE_BINARY = BINARY + ["migratieachtergrond", "schulden"]
PROFILE_NUMERIC = NUMERIC
NUMERIC_LABELS = {
    "leeftijd": "gemiddeld (jaren)",
    "inkomen": "gemiddeld (euro per jaar)",
    "aantal_kinderen": "gemiddeld (aantal)",
}

FACTOR = 1.25  # "relatively more often": at least 1.25 times the share among all clients
VARIES = 0.15  # income "varieert" when its standard deviation exceeds 15% of the mean
N_INIT = 10  # k-means restarts (the best of 10 is kept); more change nothing on this data

PROFILE_COLUMNS = ["aantal", "in cluster", "alle klanten", "alle huishoudens", "vaker dan gemiddeld"]


class ClusterError(ValueError):
    """The data do not fit the clustering (message in Dutch, for the trainee)."""


def _check_columns(frame: pd.DataFrame, columns: Iterable[str]) -> None:
    require_columns(frame, columns, advice="Gebruik de tabel van load_foodbank().", error=ClusterError)
    if frame.empty:
        raise ClusterError("De tabel met huishoudens is leeg.")


def prepare(frame: pd.DataFrame, categorical=CATEGORICAL, binary=BINARY, numeric=NUMERIC) -> pd.DataFrame:
    """The households as numbers: one 0/1 column per category value, standardised numbers.

    Columns are named ``kenmerk=waarde`` for categories (``uitkering=WW``),
    and keep their own name for yes/no and numeric characteristics. The
    index is the frame's index, so each row is still the same household.
    """
    _check_columns(frame, [*categorical, *binary, *numeric])
    parts = [pd.get_dummies(frame[list(categorical)], prefix_sep="=", dtype=float)]
    parts.append(frame[list(binary)].astype(float))
    numbers = frame[list(numeric)].astype(float)
    spread = numbers.std(ddof=0).replace(0, 1)  # a constant column stays 0, no division by zero
    parts.append((numbers - numbers.mean()) / spread)
    return pd.concat(parts, axis=1)


def _kmeans(matrix: pd.DataFrame, k: int, random_state: int) -> np.ndarray:
    if not 2 <= k <= len(matrix) - 1:
        raise ClusterError(f"Kies een aantal clusters tussen 2 en {len(matrix) - 1}; je koos {k}.")
    return KMeans(n_clusters=k, n_init=N_INIT, random_state=random_state).fit_predict(matrix.to_numpy())


def _one_thread():
    """Run k-means on one thread. A few hundred households fit in one block of work, so extra
    threads have nothing to do but wait, and waiting threads spin: about 5x the CPU time."""
    return threadpool_limits(limits=1)


def _number_by_size(raw: np.ndarray) -> np.ndarray:
    """Renumber the groups 1..k: 1 the largest, ties in order of first appearance."""
    ids, first, sizes = np.unique(raw, return_index=True, return_counts=True)
    order = sorted(range(len(ids)), key=lambda i: (-sizes[i], first[i]))
    new = {ids[i]: rank + 1 for rank, i in enumerate(order)}
    return np.array([new[value] for value in raw])


def cluster_households(frame: pd.DataFrame, k: int = 5, random_state: int = 0) -> pd.Series:
    """One cluster number (1..k, 1 = the largest cluster) per household.

    Prepares ``frame`` with :func:`prepare` and runs k-means with a fixed
    ``random_state``, so the result is the same every time. Returns a
    Series named ``cluster`` on the frame's index.
    """
    with _one_thread():
        labels = _kmeans(prepare(frame), k, random_state)
    return pd.Series(_number_by_size(labels), index=frame.index, name="cluster")


def choose_k(frame: pd.DataFrame, ks: Iterable[int] = range(2, 9), random_state: int = 0) -> pd.DataFrame:
    """The silhouette score for each number of clusters: higher means better separated groups.

    One row per k with ``aantal clusters``, ``silhouetscore`` (rounded to
    three decimals) and ``kleinste cluster`` (passed through the small-count
    rule, because a group of fewer than 10 households is too small to report).
    """
    matrix = prepare(frame)
    rows = []
    with _one_thread():
        for k in ks:
            labels = _kmeans(matrix, k, random_state)
            rows.append({
                "aantal clusters": k,
                "silhouetscore": round(float(silhouette_score(matrix.to_numpy(), labels)), 3),
                "kleinste cluster": int(np.bincount(labels).min()),
            })
    table = pd.DataFrame(rows)
    table["kleinste cluster"] = suppress_small_counts(table["kleinste cluster"])
    return table


def _labels_for(frame: pd.DataFrame, labels) -> pd.Series:
    labels = pd.Series(labels, index=frame.index) if not isinstance(labels, pd.Series) else labels
    if len(labels) != len(frame):
        raise ClusterError(
            f"Er zijn {len(labels)} clusterlabels voor {len(frame)} huishoudens. "
            "Geef één label per huishouden."
        )
    return labels.set_axis(frame.index).rename("cluster")


def cluster_sizes(labels) -> pd.Series:
    """The number of households per cluster, through :func:`hide_small_counts` (the total is known)."""
    sizes = pd.Series(labels).value_counts().sort_index()
    sizes.index.name = "cluster"
    return hide_small_counts(sizes.rename("aantal huishoudens"))


def main_clusters(labels, groups) -> pd.Series:
    """For each known group (such as the true type), the cluster most of its households are put in.

    Only cluster numbers, no counts: it says where a group mostly lands,
    not how many of its households land somewhere else.
    """
    labels, groups = pd.Series(labels), pd.Series(groups)
    if len(labels) != len(groups):
        raise ClusterError(f"Er zijn {len(labels)} clusterlabels voor {len(groups)} huishoudens. "
                           "Geef één label per huishouden.")
    table = pd.crosstab(groups.to_numpy(), labels.to_numpy())
    result = table.idxmax(axis=1).rename("vooral in cluster")
    result.index.name = groups.name
    return result


def _indicators(frame: pd.DataFrame) -> pd.DataFrame:
    """One 0/1 column per (kenmerk, waarde) of the profile, in a fixed order."""
    columns = {}
    for column in PROFILE_CATEGORICAL:
        if column in frame:
            for value in sorted(frame[column].dropna().unique()):
                columns[(column, value)] = (frame[column] == value).astype(int)
    for column in PROFILE_BINARY:
        if column in frame:
            columns[(column, "ja")] = frame[column].astype(bool).astype(int)
    return pd.DataFrame(columns, index=frame.index)


def _group_numbers(frame: pd.DataFrame, rows: pd.MultiIndex,
                   indicators: pd.DataFrame | None = None) -> tuple[pd.Series, pd.Series]:
    """Counts and exact values (% for categories, means for numbers) of one group.

    ``indicators``: the group's rows of ``_shared_indicators`` when already made.
    """
    if indicators is None:
        indicators = _shared_indicators(frame, rows)
    counts = indicators.sum().to_dict()
    values = {key: 100 * count / len(frame) for key, count in counts.items()}
    for column in PROFILE_NUMERIC:
        key = (column, NUMERIC_LABELS[column])
        counts[key] = len(frame)
        values[key] = float(frame[column].mean())
    return pd.Series(counts).reindex(rows), pd.Series(values).reindex(rows)


def _shared_indicators(frame: pd.DataFrame, rows: pd.MultiIndex) -> pd.DataFrame:
    """The 0/1 columns of :func:`_indicators` for exactly the share rows of a profile."""
    return _indicators(frame).reindex(columns=rows[: len(rows) - len(PROFILE_NUMERIC)], fill_value=0)


ALL_CLIENTS, ALL_HOUSEHOLDS = "klanten", "huishoudens"  # the comparison groups of a profile


class _Numbers(NamedTuple):
    """A profile before anything is hidden: one column per cluster, then ALL_CLIENTS (and ALL_HOUSEHOLDS)."""

    rows: pd.MultiIndex  # (kenmerk, waarde): the share rows, then the numeric rows
    counts: pd.DataFrame  # households with the value; for a numeric row: the group's size
    values: pd.DataFrame  # exact percentage, or the mean for a numeric row
    clusters: list  # the cluster numbers, in order

    @property
    def share_rows(self) -> list[tuple[str, str]]:
        return [row for row in self.rows if row[1] not in NUMERIC_LABELS.values()]

    def more_often(self, factor: float) -> pd.DataFrame:
        """Per cluster: does the value "komt relatief vaker voor dan gemiddeld"? (False for numeric rows.)"""
        is_share = ~self.rows.get_level_values("waarde").isin(NUMERIC_LABELS.values())
        counts, values = self.counts[self.clusters], self.values[self.clusters]
        average = self.values[ALL_CLIENTS]
        more = (counts >= SMALL) & values.ge(factor * average, axis=0) & (values > 0)
        more.loc[~is_share] = False
        return more

    def marks(self) -> dict:
        """:func:`hidden_cells` of the whole profile.

        Cells are ``(group, kenmerk, waarde)`` and ``("grootte", cluster)``.
        Known totals: each group's size (the values of a characteristic, or
        "ja" and the unseen "nee"), the clients with a value (over the
        clusters), and the number of clients (over the cluster sizes).
        """
        counts, groups, unseen = {}, [], set()
        by_kenmerk: dict[str, list[str]] = {}
        for kenmerk, waarde in self.share_rows:
            by_kenmerk.setdefault(kenmerk, []).append(waarde)
        for group in self.counts.columns:
            size = int(self.counts.loc[(PROFILE_NUMERIC[0], NUMERIC_LABELS[PROFILE_NUMERIC[0]]), group])
            for kenmerk, waarden in by_kenmerk.items():
                cells = [(group, kenmerk, waarde) for waarde in waarden]
                counts.update({cell: int(self.counts.loc[cell[1:], group]) for cell in cells})
                if kenmerk in PROFILE_BINARY:
                    complement = (group, kenmerk, "nee")
                    counts[complement] = size - counts[(group, kenmerk, "ja")]
                    unseen.add(complement)
                    cells.append(complement)
                groups.append(cells)
            if group in self.clusters:
                counts[("grootte", group)] = size
        for kenmerk, waarden in by_kenmerk.items():
            for waarde in waarden + (["nee"] if kenmerk in PROFILE_BINARY else []):
                groups.append([(cluster, kenmerk, waarde) for cluster in self.clusters])
        groups.append([("grootte", cluster) for cluster in self.clusters])
        return hidden_cells(counts, groups, unseen)


def _profile_numbers(frame: pd.DataFrame, labels: pd.Series, households: pd.DataFrame | None) -> _Numbers:
    value_rows = list(_indicators(frame if households is None else pd.concat([frame, households])).columns)
    rows = pd.MultiIndex.from_tuples(
        value_rows + [(column, NUMERIC_LABELS[column]) for column in PROFILE_NUMERIC],
        names=["kenmerk", "waarde"])
    # The 0/1 columns once for all clients; a cluster's are a selection of their rows.
    indicators = _shared_indicators(frame, rows)
    counts, values, clusters = {}, {}, []
    for cluster, members in frame.groupby(labels, sort=True):
        counts[cluster], values[cluster] = _group_numbers(members, rows, indicators[(labels == cluster).to_numpy()])
        clusters.append(cluster)
    counts[ALL_CLIENTS], values[ALL_CLIENTS] = _group_numbers(frame, rows, indicators)
    if households is not None:
        counts[ALL_HOUSEHOLDS], values[ALL_HOUSEHOLDS] = _group_numbers(households, rows)
    return _Numbers(rows, pd.DataFrame(counts), pd.DataFrame(values), clusters)


def _rounded(values: pd.Series) -> pd.Series:
    """Whole percentages, income to the hundred euros, other means to one decimal."""
    kenmerk = values.index.get_level_values("kenmerk")
    shown = [
        int(round(value, -2)) if name == "inkomen" else round(value, 1) if name in PROFILE_NUMERIC
        else int(round(value))
        for name, value in zip(kenmerk, values)
    ]
    return pd.Series(shown, index=values.index, dtype=object)


def _shown(numbers: _Numbers, marks: dict, group, values: pd.Series) -> pd.Series:
    """One column of a profile as shown: a share's mark if it has one, a mean only for 10 or more households."""
    size = int(numbers.counts[group].iloc[-1])
    shown = [
        marks.get((group, *row), value) if row[1] not in NUMERIC_LABELS.values()
        else HIDDEN if size < SMALL else value
        for row, value in zip(numbers.rows, values)
    ]
    return pd.Series(shown, index=numbers.rows, dtype=object)


def profile(frame: pd.DataFrame, labels, households: pd.DataFrame | None = None,
            factor: float = FACTOR) -> pd.DataFrame:
    """A profile per cluster: what comes relatively more often in each group.

    One row per (cluster, kenmerk, waarde), e.g. ``(3, "uitkering",
    "bijstand")``; ``profile(...).loc[3]`` is the table of cluster 3.
    Columns:

    * ``aantal``: households in the cluster with this value (for the
      averages: the cluster's size);
    * ``in cluster``, ``alle klanten``, ``alle huishoudens``: the percentage
      with this value in the cluster, among all clients (``frame``) and
      among all households (``households``, if given); for ``leeftijd``,
      ``inkomen`` and ``aantal_kinderen`` the mean instead;
    * ``vaker dan gemiddeld``: True when the value "komt relatief vaker voor
      dan gemiddeld": its share in the cluster is at least ``factor`` times
      its share among all clients, and at least 10 households have it.

    Small counts: a count below 10, with its percentage, is shown as "<10",
    and so is a mean of fewer than 10 households. A count (with its
    percentage) that would give a hidden count away by subtraction is shown
    as "x": for instance the households with youth care in a cluster where
    fewer than 10 households have none (see :func:`hidden_cells`).
    """
    _check_columns(frame, [*CATEGORICAL, *BINARY, *NUMERIC])
    labels = _labels_for(frame, labels)
    numbers = _profile_numbers(frame, labels, households)
    marks = numbers.marks()
    more = numbers.more_often(factor)
    tables = []
    for cluster in numbers.clusters:
        counts = numbers.counts[cluster].astype(int).astype(object)
        counts[~numbers.rows.isin(numbers.share_rows)] = marks.get(("grootte", cluster), counts.iloc[-1])
        table = pd.DataFrame({
            "aantal": _shown(numbers, marks, cluster, counts),
            "in cluster": _shown(numbers, marks, cluster, _rounded(numbers.values[cluster])),
            "alle klanten": _shown(numbers, marks, ALL_CLIENTS, _rounded(numbers.values[ALL_CLIENTS])),
        }, index=numbers.rows)
        if households is not None:
            table["alle huishoudens"] = _shown(numbers, marks, ALL_HOUSEHOLDS,
                                               _rounded(numbers.values[ALL_HOUSEHOLDS]))
        table["vaker dan gemiddeld"] = more[cluster].to_numpy()
        tables.append(table.assign(cluster_nr=cluster).set_index("cluster_nr", append=True))
    result = pd.concat(tables).reorder_levels(["cluster_nr", "kenmerk", "waarde"])
    result.index = _in_reading_order(result.index.set_names("cluster", level=0))
    return result


def _in_reading_order(index: pd.MultiIndex) -> pd.MultiIndex:
    """The same index with each level's values ordered as they first appear.

    The rows are already in reading order (cluster by cluster, uitkering
    before opleiding); with levels in that order the index counts as sorted,
    so ``table.loc[3]`` is fast and free of pandas' lexsort warning.
    """
    levels, codes = [], []
    for number in range(index.nlevels):
        code, level = pd.factorize(index.get_level_values(number))
        levels.append(level)
        codes.append(code)
    return pd.MultiIndex(levels=levels, codes=codes, names=index.names)


# The rows of the seed's cluster table and the profile rows behind them.
TABLE_ROWS = {
    "Uitkering": "uitkering",
    "Opleiding": "opleiding",
    "Woning": "woning",
    "Type huishouden": "type_huishouden",
}


def cluster_table(frame: pd.DataFrame, labels, factor: float = FACTOR) -> pd.DataFrame:
    """The clusters side by side, like the table of the Smart Start pilot (seed 004).

    One column per cluster, rows ``N``, ``Uitkering``, ``Inkomen``,
    ``Opleiding``, ``Woning``, ``Type huishouden``, ``Kinderen``, ``Zorg``,
    ``Gemiddelde leeftijd`` and ``En verder``. A characteristic shows the most
    common value in the cluster when that value also comes relatively more
    often than among all clients, otherwise "varieert". Income shows the
    mean, or "varieert" when incomes in the cluster differ a lot
    (standard deviation above 15% of the mean). Words, no counts: apart from
    ``N`` (from :func:`cluster_sizes`) nothing in it gives a number of
    households away, and no value held by fewer than 10 households is named.
    """
    labels = _labels_for(frame, labels)
    numbers = _profile_numbers(frame, labels, None)
    more = numbers.more_often(factor)
    sizes = cluster_sizes(labels)
    columns = {}
    for cluster, members in frame.groupby(labels, sort=True):
        column = {"N": sizes[cluster]}
        if len(members) < SMALL:
            columns[f"cluster {cluster}"] = column
            continue

        def typical(kenmerk: str) -> str:
            return _typical(*(table.xs(kenmerk, level="kenmerk")
                              for table in (numbers.counts[cluster], numbers.values[cluster], more[cluster])))

        for row, kenmerk in TABLE_ROWS.items():
            column[row] = typical(kenmerk)
        income = members["inkomen"]
        column["Inkomen"] = "varieert" if income.std() > VARIES * income.mean() else _euro(income.mean())
        column["Kinderen"] = "ja" if (members["aantal_kinderen"] > 0).mean() > 0.5 else "nee"
        care = [name for kenmerk, name in (("jeugdzorg", "jeugdzorg"), ("wmo", "WMO")) if typical(kenmerk) == "ja"]
        column["Zorg"] = ", ".join(care) or "geen"
        column["Gemiddelde leeftijd"] = round(members["leeftijd"].mean())
        extra = [kenmerk for kenmerk in ("migratieachtergrond", "schulden") if more.loc[(kenmerk, "ja"), cluster]]
        column["En verder"] = ", ".join(extra) or "-"
        columns[f"cluster {cluster}"] = column
    order = ["N", "Uitkering", "Inkomen", "Opleiding", "Woning", "Type huishouden",
             "Kinderen", "Zorg", "Gemiddelde leeftijd", "En verder"]
    return pd.DataFrame(columns).reindex(order).fillna(HIDDEN)


def _typical(counts: pd.Series, shares: pd.Series, more: pd.Series) -> str:
    """The most common value if it also comes relatively more often; else "varieert".

    The arguments are one characteristic of one cluster, indexed by value; a
    value held by fewer than 10 households never counts. For a yes/no
    characteristic (one value, "ja") the answer is "ja" when most
    households have it and it comes relatively more often, else "nee".
    """
    shares = shares.where(counts >= SMALL)
    if list(shares.index) == ["ja"]:
        return "ja" if shares.iloc[0] > 50 and more.iloc[0] else "nee"
    if shares.isna().all():
        return "varieert"
    top = shares.idxmax()
    return top if more[top] else "varieert"


def _euro(amount: float) -> str:
    """Dutch notation, rounded to thousands: 22000 -> "€22.000"."""
    return "€" + dutch.number(round(amount, -3), ",.0f")


def compare_with_households(households: pd.DataFrame, column: str) -> pd.DataFrame:
    """Food bank clients next to all households, in percentages, for one characteristic.

    ``households`` are all households (with the column ``voedselbank``).
    One row per value, columns ``klanten Voedselbank`` and ``alle
    huishoudens`` (percentages of each group). The number in each group is
    known, so the percentages are counts in disguise: a percentage of fewer
    than 10 households is shown as "<10", and one that would give such a
    count away by subtraction as "x" (:func:`hidden_cells`, the same cells as
    the columns ``alle klanten`` and ``alle huishoudens`` of :func:`profile`).
    For a plot, turn the table into numbers with ``pd.to_numeric(...,
    errors="coerce")``: hidden cells stay empty.
    """
    _check_columns(households, ["voedselbank", column])
    values = households[column].map({True: "ja", False: "nee"}) if column in PROFILE_BINARY else households[column]
    order = ["ja", "nee"] if column in PROFILE_BINARY else sorted(values.dropna().unique())
    groups = {"klanten Voedselbank": values[households["voedselbank"]], "alle huishoudens": values}
    counts = {name: group.value_counts().reindex(order, fill_value=0) for name, group in groups.items()}
    cells = {(name, value): int(count) for name, series in counts.items() for value, count in series.items()}
    marks = hidden_cells(cells, [[(name, value) for value in order] for name in groups])
    table = {}
    for name, group in groups.items():
        shares = (100 * counts[name] / len(group)).round(1)
        table[name] = [marks.get((name, value), shares[value]) for value in order]
    result = pd.DataFrame(table, index=pd.Index(order, name=column), dtype=object)
    return result
