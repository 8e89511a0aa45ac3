"""A synthetic municipality with food bank clients, written to ``data/huishoudens.csv``.

Modelled on the Smart Start pilot in Gilze en Rijen (seed 004): about 11,200
households, of which exactly 191 (1.7%) are clients of the food bank. The
clients fall into the five types of the seed's table, with its sizes
(N = 35, 38, 26, 30, 62) and its profile:

====  =======================================  ============  ========  =========  ================  =============  =======  =========
type  name                                     uitkering     inkomen   opleiding  woning            huishouden     kinderen zorg
====  =======================================  ============  ========  =========  ================  =============  =======  =========
1     Huishouden zonder uitkering              geen          €22.000   middelbaar koop              paar           nee      geen
2     Huishouden met werkloosheidsuitkering    WW            €18.000   hoog       varieert          paar           ja       jeugdzorg
3     Jong eenouderhuishouden in de bijstand   bijstand      €14.000   laag       huur met toeslag  alleen         ja       jeugdzorg
4     Huishouden met WMO                       AO            varieert  laag       huur              paar           ja       WMO
5     Eenpersoonshuishouden in de bijstand     bijstand      €14.000   laag       huur met toeslag  alleen         nee      geen
====  =======================================  ============  ========  =========  ================  =============  =======  =========

plus the seed's figures: mean age 50 in type 1 and 35 in type 3, migration
background most frequent in type 3, 13% of clients shorter than six months a
client and 55% longer than a year, two thirds renting with housing allowance,
48% with a low education, more than half of the parents 25 or younger at
the birth of their first child.

How the clients are made: for every type and every characteristic a quota
says exactly how many members have each value (most the typical value, a few
another one), and the values are dealt out at random. So every type has
atypical members and the types overlap (types 2 and 4 are both couples with
children, types 3 and 5 both live alone on social assistance): clustering is
a real task, yet the types can be found again. Exact quotas also make the
seed's totals exact rather than "close on average". Numbers (age, income)
are drawn from a normal distribution around the type's value.

The other households get a plausible general profile of a Dutch village
municipality (household composition, age, education, benefits, income,
housing), with the usual links between them (low income, more often
renting with allowance; older, more often WMO support). About a quarter of
them live alone, so that clients are more often single or single parents
than the municipality as a whole, as the seed says.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20171231  # the seed's reference date (peildatum 31-12-2017)
N_HOUSEHOLDS = 11_200

COLUMNS = [
    "huishouden", "voedselbank", "type", "woonkern", "type_huishouden", "aantal_kinderen",
    "leeftijd", "leeftijd_eerste_kind", "migratieachtergrond", "opleiding", "uitkering",
    "inkomen", "woning", "schulden", "jeugdzorg", "wmo", "dagen_klant",
]

TYPE_NAMES = {
    1: "Huishouden zonder uitkering",
    2: "Huishouden met werkloosheidsuitkering",
    3: "Jong eenouderhuishouden in de bijstand",
    4: "Huishouden met WMO",
    5: "Eenpersoonshuishouden in de bijstand",
}

HOUSEHOLD_TYPES = ["eenpersoonshuishouden", "paar zonder kinderen", "paar met kinderen", "eenouderhuishouden"]
WITH_CHILDREN = {"paar met kinderen", "eenouderhuishouden"}
EDUCATION = ["laag", "middelbaar", "hoog", "onbekend"]
BENEFITS = ["geen", "WW", "bijstand", "arbeidsongeschiktheid"]
HOUSING = ["koop", "huur", "huur met toeslag"]
VILLAGES = ["Rijen", "Gilze", "Molenschot", "Hulten"]

# Exact quotas per client type: how many members have each value. The first
# value is the typical one; the others are the atypical members.
# Binary characteristics give the number with "yes".
TYPES = {
    1: dict(
        n=35,
        uitkering={"geen": 31, "WW": 2, "arbeidsongeschiktheid": 2},
        opleiding={"middelbaar": 24, "laag": 6, "hoog": 3, "onbekend": 2},
        woning={"koop": 23, "huur met toeslag": 10, "huur": 2},
        type_huishouden={"paar zonder kinderen": 31, "eenpersoonshuishouden": 2, "paar met kinderen": 2},
        jeugdzorg=1, wmo=2, migratieachtergrond=5, schulden=12,
        leeftijd=(50, 7), inkomen=("normaal", 22_000, 2_000), eerste_kind=(27, 3.5),
        rijen=0.52, duur=0.3,
    ),
    2: dict(
        n=38,
        uitkering={"WW": 32, "geen": 4, "bijstand": 2},
        opleiding={"hoog": 25, "middelbaar": 9, "laag": 3, "onbekend": 1},
        woning={"huur met toeslag": 20, "koop": 11, "huur": 7},
        type_huishouden={"paar met kinderen": 33, "eenouderhuishouden": 3, "paar zonder kinderen": 2},
        jeugdzorg=27, wmo=1, migratieachtergrond=9, schulden=14,
        leeftijd=(41, 6), inkomen=("normaal", 18_000, 1_600), eerste_kind=(26, 3.5),
        rijen=0.70, duur=0.0,
    ),
    3: dict(
        n=26,
        uitkering={"bijstand": 22, "geen": 2, "WW": 2},
        opleiding={"laag": 19, "middelbaar": 5, "onbekend": 2},
        woning={"huur met toeslag": 25, "huur": 1},
        type_huishouden={"eenouderhuishouden": 24, "paar met kinderen": 2},
        jeugdzorg=19, wmo=1, migratieachtergrond=14, schulden=12,
        leeftijd=(35, 5), inkomen=("normaal", 14_000, 1_500), eerste_kind=(21.5, 2.5),
        rijen=0.52, duur=0.8,
    ),
    4: dict(
        n=30,
        uitkering={"arbeidsongeschiktheid": 27, "bijstand": 2, "geen": 1},
        opleiding={"laag": 20, "middelbaar": 7, "hoog": 1, "onbekend": 2},
        woning={"huur": 16, "huur met toeslag": 13, "koop": 1},
        type_huishouden={"paar met kinderen": 26, "paar zonder kinderen": 2, "eenouderhuishouden": 2},
        jeugdzorg=6, wmo=25, migratieachtergrond=7, schulden=10,
        leeftijd=(46, 8), inkomen=("varieert", 9_000, 33_000), eerste_kind=(24.5, 3.5),
        rijen=0.52, duur=1.0,
    ),
    5: dict(
        n=62,
        uitkering={"bijstand": 53, "arbeidsongeschiktheid": 4, "WW": 3, "geen": 2},
        opleiding={"laag": 44, "middelbaar": 12, "onbekend": 4, "hoog": 2},
        woning={"huur met toeslag": 59, "huur": 2, "koop": 1},
        type_huishouden={"eenpersoonshuishouden": 57, "paar zonder kinderen": 3, "eenouderhuishouden": 2},
        jeugdzorg=1, wmo=6, migratieachtergrond=15, schulden=28,
        leeftijd=(45, 10), inkomen=("normaal", 14_000, 1_500), eerste_kind=(23, 3),
        rijen=0.52, duur=1.0,
    ),
}
N_CLIENTS = sum(spec["n"] for spec in TYPES.values())  # 191
# How long clients have used the food bank (seed 004): 13% shorter than six
# months, 55% longer than a year, the rest in between.
SHORT, LONG = round(0.13 * N_CLIENTS), round(0.55 * N_CLIENTS)


def _quota(rng, counts: dict[str, int]) -> np.ndarray:
    """Exactly ``counts[value]`` copies of each value, in random order."""
    values = np.concatenate([np.full(n, value, dtype=object) for value, n in counts.items()])
    return rng.permutation(values)


def _chosen(rng, n_yes: int, eligible: np.ndarray) -> np.ndarray:
    """A boolean array with ``n_yes`` True values, placed only where eligible."""
    where = np.flatnonzero(eligible)
    if n_yes > len(where):
        raise ValueError(f"Quota of {n_yes} does not fit {len(where)} eligible households.")
    result = np.zeros(len(eligible), dtype=bool)
    result[rng.choice(where, size=n_yes, replace=False)] = True
    return result


def _ages(rng, n: int, mean: float, sd: float, low: int = 19, high: int = 66) -> np.ndarray:
    """Ages around ``mean`` whose average is ``mean`` to the nearest year."""
    ages = np.clip(np.rint(rng.normal(mean, sd, n)), low, high)
    return np.clip(ages + np.rint(mean - ages.mean()), low, high).astype(int)


def _children(rng, household: np.ndarray) -> np.ndarray:
    has = np.isin(household, list(WITH_CHILDREN))
    return np.where(has, 1 + np.minimum(rng.poisson(0.9, len(household)), 4), 0)


def _first_child_age(rng, age: np.ndarray, children: np.ndarray, mean: float, sd: float) -> np.ndarray:
    """Age of the reference person at the birth of the first child (NaN without children).

    Kept between 17 and the current age minus one, and so that the oldest
    child still living at home is at most 27.
    """
    drawn = np.rint(rng.normal(mean, sd, len(age)))
    low = np.maximum(17, age - 27)
    high = np.maximum(low, age - 1)
    return np.where(children > 0, np.clip(drawn, low, high), np.nan)


def _round_income(income: np.ndarray) -> np.ndarray:
    return (np.rint(np.maximum(income, 8_000) / 100) * 100).astype(int)


def _villages(rng, n: int, rijen: float) -> np.ndarray:
    rest = (1 - rijen) * np.array([0.36, 0.07, 0.05]) / 0.48
    return rng.choice(VILLAGES, size=n, p=[rijen, *rest])


def make_clients(rng) -> pd.DataFrame:
    """The 191 client households, type by type, with the seed's quotas."""
    parts = []
    for number, spec in TYPES.items():
        n = spec["n"]
        household = _quota(rng, spec["type_huishouden"])
        children = _children(rng, household)
        age = _ages(rng, n, *spec["leeftijd"])
        kind, a, b = spec["inkomen"]
        income = rng.uniform(a, b, n) if kind == "varieert" else rng.normal(a, b, n)
        income = _round_income(income + (0 if kind == "varieert" else a - income.mean()))
        parts.append(pd.DataFrame({
            "type": number,
            "woonkern": _villages(rng, n, spec["rijen"]),
            "type_huishouden": household,
            "aantal_kinderen": children,
            "leeftijd": age,
            "leeftijd_eerste_kind": _first_child_age(rng, age, children, *spec["eerste_kind"]),
            "migratieachtergrond": _chosen(rng, spec["migratieachtergrond"], np.ones(n, bool)),
            "opleiding": _quota(rng, spec["opleiding"]),
            "uitkering": _quota(rng, spec["uitkering"]),
            "inkomen": income,
            "woning": _quota(rng, spec["woning"]),
            "schulden": _chosen(rng, spec["schulden"], np.ones(n, bool)),
            "jeugdzorg": _chosen(rng, spec["jeugdzorg"], children > 0),
            "wmo": _chosen(rng, spec["wmo"], np.ones(n, bool)),
            "_duur": spec["duur"] + rng.normal(0, 0.8, n),
        }))
    clients = pd.concat(parts, ignore_index=True)
    clients["dagen_klant"] = _days_client(rng, clients.pop("_duur").to_numpy())
    clients["voedselbank"] = True
    return clients


def _days_client(rng, propensity: np.ndarray) -> np.ndarray:
    """Days as a client: exactly 13% under 180 days and 55% over 360.

    Households are ranked on a type-dependent propensity (type 2, recently
    unemployed, tends to be short; types 4 and 5 long) and the ranks are cut
    at the seed's shares; within each band the number of days is random.
    """
    order = np.argsort(propensity, kind="stable")
    band = np.empty(len(order), dtype=int)
    band[order] = np.repeat([0, 1, 2], [SHORT, len(order) - SHORT - LONG, LONG])
    days = np.select(
        [band == 0, band == 1],
        [rng.integers(14, 180, len(band)), rng.integers(180, 361, len(band))],
        default=np.minimum(361 + rng.exponential(420, len(band)), 2_500),
    )
    return days.astype(int)


def make_population(rng, n: int) -> pd.DataFrame:
    """Households that are not food bank clients: a general village profile."""
    # About a quarter live alone (a village has fewer than the Dutch average
    # of 38%), so clients are more often single, as seed 004 found.
    household = rng.choice(HOUSEHOLD_TYPES, size=n, p=[0.26, 0.39, 0.29, 0.06])
    # Age of the reference person: singles and couples without children at
    # home are either young or (more often) older.
    young = rng.random(n) < np.select(
        [household == "eenpersoonshuishouden", household == "paar zonder kinderen"], [0.30, 0.25], 0.0)
    age = np.select(
        [household == "paar met kinderen", household == "eenouderhuishouden", young],
        [rng.normal(43, 7, n), rng.normal(44, 8, n), rng.normal(31, 6, n)],
        default=rng.normal(64, 12, n),
    )
    age = np.clip(np.rint(age), 19, 96).astype(int)
    age = np.where(np.isin(household, list(WITH_CHILDREN)), np.clip(age, 22, 64), age)
    children = _children(rng, household)

    p_low = np.clip(0.22 + 0.005 * (age - 45), 0.08, 0.55)
    p_high = np.clip(0.30 - 0.004 * (age - 45), 0.08, 0.45)
    p_unknown = np.full(n, 0.04)
    u = rng.random(n)
    education = np.select(
        [u < p_low, u < p_low + p_high, u < p_low + p_high + p_unknown],
        ["laag", "hoog", "onbekend"], default="middelbaar")

    # Benefits (the state pension, AOW, does not count as one here).
    p_assistance = np.where(education == "laag", 0.05, 0.02) + np.where(household == "eenouderhuishouden", 0.08, 0)
    u = rng.random(n)
    benefit = np.select(
        [u < 0.02, u < 0.02 + p_assistance, u < 0.07 + p_assistance],
        ["WW", "bijstand", "arbeidsongeschiktheid"], default="geen")
    benefit = np.where(age >= 67, "geen", benefit)

    base = pd.Series(household).map({
        "eenpersoonshuishouden": 27_000, "paar zonder kinderen": 44_000,
        "paar met kinderen": 50_000, "eenouderhuishouden": 30_000}).to_numpy()
    factor = pd.Series(education).map({"laag": 0.8, "middelbaar": 1.0, "hoog": 1.3, "onbekend": 0.9}).to_numpy()
    income = base * factor * rng.lognormal(0, 0.25, n) * np.where(age >= 67, 0.8, 1.0)
    alone = np.isin(household, ["eenpersoonshuishouden", "eenouderhuishouden"])
    income = np.select(
        [benefit == "bijstand", benefit == "WW", benefit == "arbeidsongeschiktheid"],
        [np.where(alone, 15_500, 21_000) + rng.normal(0, 1_500, n), 0.75 * income, 0.8 * income],
        default=income)
    # Nobody lives below the social minimum (roughly bijstand or AOW level).
    income = _round_income(np.maximum(income, np.where(alone, 13_000, 19_000) + rng.normal(0, 800, n)))

    p_own = 1 / (1 + np.exp(-(income - 28_000) / 7_000))
    own = rng.random(n) < p_own
    allowance = (income < np.where(alone, 24_000, 30_000)) & (rng.random(n) < 0.75)
    housing = np.where(own, "koop", np.where(allowance, "huur met toeslag", "huur"))

    return pd.DataFrame({
        "type": pd.NA,
        "woonkern": _villages(rng, n, 0.52),
        "type_huishouden": household,
        "aantal_kinderen": children,
        "leeftijd": age,
        "leeftijd_eerste_kind": _first_child_age(rng, age, children, 30.5, 4.5),
        "migratieachtergrond": rng.random(n) < 0.14,
        "opleiding": education,
        "uitkering": benefit,
        "inkomen": income,
        "woning": housing,
        "schulden": rng.random(n) < 0.03 + 0.10 * (benefit == "bijstand"),
        "jeugdzorg": (children > 0) & (rng.random(n) < np.where(household == "eenouderhuishouden", 0.15, 0.08)),
        "wmo": rng.random(n) < np.where(age >= 75, 0.30, 0.04) + 0.20 * (benefit == "arbeidsongeschiktheid"),
        "dagen_klant": pd.NA,
        "voedselbank": False,
    })


def make_frame(seed: int = SEED) -> pd.DataFrame:
    """All households of the municipality, clients spread through the file."""
    rng = np.random.default_rng(seed)
    clients = make_clients(rng)
    others = make_population(rng, N_HOUSEHOLDS - len(clients))
    frame = pd.concat([clients, others], ignore_index=True)
    frame = frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)
    frame["huishouden"] = np.arange(1, len(frame) + 1)
    for column in ("type", "leeftijd_eerste_kind", "dagen_klant"):
        frame[column] = frame[column].astype("Int64")
    return frame[COLUMNS]


def write(path: Path) -> Path:
    """Write the households to ``path`` (CSV, UTF-8, ``\\n`` line ends)."""
    path = Path(path)
    make_frame().to_csv(path, index=False, lineterminator="\n")
    return path
