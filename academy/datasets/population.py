"""A synthetic population of residents, to try the privacy and linkage tools at scale.

Everyone in it is made up by seeded code: a valid but random BSN (elfproef),
a name as initials + tussenvoegsel + surname, an age, a postcode and district
in the style of Utrecht (the deck's postcodes), and the ten characteristics
of the card game. ``make_sources`` splits it into the three sources of the
game, each spelling names its own way (as on the cards) and each holding
its own share of the residents in its own order.

Nothing is written to ``data/``: 100,000 residents take about a second to
make, a million about ten (seeded, so the same every time).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from academy.datasets.deck import SOURCE_OF, spelling

SEED = 2025
REFERENCE_YEAR = 2025
SOURCES = ["zwart", "rood", "blauw"]

# Districts with (roughly) their four-digit postcodes; the deck's postcodes are among them.
DISTRICTS = {
    "Binnenstad": [3511, 3512, 3513, 3514],
    "Oost": [3581, 3582, 3583, 3584, 3585],
    "Noordoost": [3571, 3572, 3573],
    "Noordwest": [3551, 3552, 3553],
    "Overvecht": [3561, 3562, 3563, 3564],
    "West": [3531, 3532, 3533, 3534],
    "Zuidwest": [3521, 3522, 3523, 3524],
    "Zuid": [3525, 3526, 3527, 3528],
    "Leidsche Rijn": [3541, 3542, 3543, 3544, 3545],
    "Vleuten-De Meern": [3451, 3452, 3453],
}
# 10 x 20 letter pairs per four-digit postcode: a few dozen residents per full postcode.
_FIRST_LETTERS = list("ABCEGHJKLM")
_SECOND_LETTERS = list("ABCDEGHJKLMNPRSTVWXZ")

INITIALS = list("ABCDEFGHIJKLMNOPRSTWY")
# (tussenvoegsel, surname, weight): common Dutch surnames and some of other origins.
SURNAMES = [
    ("de", "Jong", 86), ("", "Jansen", 74), ("de", "Vries", 72), ("van den", "Berg", 61),
    ("van", "Dijk", 57), ("", "Bakker", 57), ("", "Janssen", 56), ("", "Visser", 51),
    ("", "Smit", 47), ("", "Meijer", 44), ("de", "Boer", 42), ("", "Mulder", 40),
    ("de", "Groot", 40), ("", "Bos", 39), ("", "Vos", 38), ("", "Peters", 37),
    ("", "Hendriks", 36), ("van", "Leeuwen", 34), ("", "Dekker", 33), ("", "Brouwer", 32),
    ("de", "Wit", 31), ("", "Dijkstra", 30), ("", "Smits", 29), ("de", "Graaf", 29),
    ("van der", "Meer", 29), ("van der", "Linden", 27), ("", "Kok", 27), ("", "Jacobs", 26),
    ("de", "Haan", 26), ("", "Vermeulen", 26), ("van den", "Heuvel", 25), ("van der", "Veen", 25),
    ("van den", "Broek", 24), ("de", "Bruijn", 24), ("de", "Bruin", 23), ("van der", "Heijden", 23),
    ("", "Schouten", 23), ("van", "Beek", 22), ("", "Willems", 22), ("van", "Vliet", 21),
    ("", "Hoekstra", 21), ("", "Maas", 21), ("", "Verhoeven", 20), ("", "Koster", 20),
    ("van", "Dam", 20), ("van der", "Wal", 19), ("", "Prins", 19), ("", "Blom", 19),
    ("", "Huisman", 19), ("", "Peeters", 18), ("de", "Koning", 18), ("van", "Dongen", 12),
    ("", "Yilmaz", 17), ("", "Kaya", 12), ("", "Demir", 11), ("", "Şahin", 8), ("", "Çelik", 7),
    ("El", "Amrani", 9), ("", "Bouzid", 8), ("El", "Idrissi", 8), ("", "Benali", 7),
    ("", "Esajas", 6), ("", "Pinas", 6), ("", "Sitaldin", 5), ("", "Kowalski", 6),
    ("", "Nowak", 7), ("", "Nguyen", 6), ("", "Öztürk", 6), ("ter", "Horst", 9), ("in 't", "Veld", 8),
]

MIGRATION = {"Nederlands": 0.72, "Marokkaans": 0.07, "Turks": 0.05, "Surinaams": 0.06,
             "Antilliaans": 0.02, "Pools": 0.03, "Overig": 0.05}
EDUCATION = {"Basisonderwijs": 0.08, "VMBO": 0.17, "MBO": 0.35, "HBO": 0.25, "WO": 0.15}
SECTORS = {"Zorg": 0.16, "Detailhandel": 0.13, "Zakelijke dienstverlening": 0.13, "Onderwijs": 0.09,
           "Logistiek": 0.08, "Horeca": 0.08, "Overheid": 0.07, "ICT": 0.07, "Bouw": 0.07,
           "Schoonmaak": 0.06, "Financiële dienstverlening": 0.055, "Motorvoertuigen": 0.005}


def _choice(rng: np.random.Generator, options: dict, n: int) -> np.ndarray:
    """n draws from {value: probability}, as an object array of the values."""
    values = np.array(list(options), dtype=object)
    weights = np.array(list(options.values()), dtype=float)
    return values[rng.choice(len(values), size=n, p=weights / weights.sum())]


def unique_bsns(n: int, rng: np.random.Generator) -> np.ndarray:
    """n different random 9-digit numbers that pass the elfproef, in random order.

    Draw 8 leading digits, compute the check digit (the weighted sum modulo 11;
    a remainder of 10 has no digit, so that draw is skipped), drop repeats.
    """
    found = np.empty(0, dtype=np.int64)
    while len(found) < n:
        prefixes = rng.integers(10_000_000, 100_000_000, size=int((n - len(found)) * 1.2) + 16)
        total = np.zeros(len(prefixes), dtype=np.int64)
        rest = prefixes.copy()
        for weight in range(2, 10):  # the last of the 8 digits has weight 2, the first 9
            total += weight * (rest % 10)
            rest //= 10
        check = total % 11
        numbers = prefixes[check < 10] * 10 + check[check < 10]
        found = pd.unique(np.concatenate([found, numbers]))
    return found[:n].astype(np.int64)


def _names(rng: np.random.Generator, n: int) -> np.ndarray:
    """Names like "J. de Vries" or "A.M. Yilmaz": every distinct name is built once."""
    two = rng.random(n) < 0.3
    first = rng.integers(0, len(INITIALS), n)
    second = np.where(two, rng.integers(0, len(INITIALS), n) + 1, 0)  # 0: no second initial
    weights = np.array([w for *_, w in SURNAMES], dtype=float)
    surname = rng.choice(len(SURNAMES), size=n, p=weights / weights.sum())
    combo = (first * (len(INITIALS) + 1) + second) * len(SURNAMES) + surname
    codes, uniques = pd.factorize(combo)
    built = []
    for value in uniques.tolist():
        rest, s = divmod(value, len(SURNAMES))
        f, t = divmod(rest, len(INITIALS) + 1)
        initials = INITIALS[f] + "." + (INITIALS[t - 1] + "." if t else "")
        tussen, last, _ = SURNAMES[s]
        built.append(f"{initials} {tussen + ' ' if tussen else ''}{last}")
    return np.array(built, dtype=object)[codes]


def _postcodes(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Full postcodes ("3582 AB") and their district."""
    pc4 = [(code, district) for district, codes in DISTRICTS.items() for code in codes]
    pairs = [a + b for a in _FIRST_LETTERS for b in _SECOND_LETTERS]
    area = rng.integers(0, len(pc4), n)
    pair = rng.integers(0, len(pairs), n)
    full = np.array([f"{code} {p}" for code, _ in pc4 for p in pairs], dtype=object)
    districts = np.array([district for _, district in pc4], dtype=object)
    return full[area * len(pairs) + pair], districts[area]


def make_population(n: int = 100_000, seed: int = SEED) -> pd.DataFrame:
    """``n`` synthetic adult residents, one row each (the same ``seed`` gives the same table).

    Columns: ``bsn`` (valid, unique), ``naam``, ``geboortejaar``, ``wijk`` and the
    ten characteristics of the card game (``Leeftijd``, ``Postcode`` as
    "3582 AB", ...). Names repeat, as in a real city: there are many J. de Jongs.
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive whole number of residents, not {n!r}")
    rng = np.random.default_rng(seed)
    age = np.where(rng.random(n) < 0.8, rng.integers(18, 67, n), rng.integers(67, 96, n))
    postcode, district = _postcodes(rng, n)
    education = _choice(rng, EDUCATION, n)
    on_benefit = rng.random(n) < 0.12
    months = np.where(on_benefit, np.minimum(rng.geometric(1 / 14, n), 120), 0)
    interventions = np.where(on_benefit, rng.poisson(3, n), 0)
    young_graduate = (age < 40) & np.isin(education, ["HBO", "WO"])
    debt = np.where(young_graduate & (rng.random(n) < 0.7), rng.integers(1, 40, n) * 1000, 0)
    return pd.DataFrame({
        "bsn": unique_bsns(n, rng),
        "naam": _names(rng, n),
        "geboortejaar": REFERENCE_YEAR - age,
        "wijk": district,
        "Leeftijd": age,
        "Geslacht": np.where(rng.random(n) < 0.5, "Man", "Vrouw").astype(object),
        "Postcode": postcode,
        "Migratieachtergrond": _choice(rng, MIGRATION, n),
        "Aantal maanden in uitkering": months,
        "Aantal interventies": interventions,
        "Sector": _choice(rng, SECTORS, n),
        "Opleidingsniveau": education,
        "Studieschuld": debt,
        "Aantal ziekenhuisbezoeken": rng.poisson(0.3 + age / 40),
    })


def make_sources(population: pd.DataFrame, seed: int = SEED, coverage: float = 0.95) -> dict[str, pd.DataFrame]:
    """The population as the three sources of the game: ``{"zwart", "rood", "blauw"}``.

    Each source has ``bsn``, ``naam`` spelled its own way, and its own
    characteristics. zwart (the population register) holds every resident;
    rood and blauw each hold a random share ``coverage`` of them, so some
    records can not be linked. Every source lists its residents in its own order.
    """
    if not 0 < coverage <= 1:
        raise ValueError(f"coverage is a share between 0 and 1, not {coverage!r}")
    rng = np.random.default_rng([seed, 1])
    # Spell every distinct name once per source, then pick each row's spelling by its code.
    codes, names = pd.factorize(population["naam"])
    names = names.tolist()
    tables = {}
    for source in SOURCES:
        share = 1.0 if source == "zwart" else coverage
        rows = rng.permutation(len(population))[: round(share * len(population))]
        columns = [c for c in SOURCE_OF if SOURCE_OF[c] == source]
        table = population[["bsn", "naam", *columns]].take(rows).reset_index(drop=True)
        written = np.array([spelling(name, source) for name in names], dtype=object)
        table["naam"] = pd.Series(written[codes[rows]], name="naam")
        table.attrs["bron"] = source
        tables[source] = table
    return tables
