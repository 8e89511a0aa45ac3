"""A synthetic COMPAS-style data set, written to ``data/compas.csv``.

Every person in it is synthetic. What is real are the group-level figures
the persons are drawn from: per group (Black / white defendants) and per
risk decile, the number of defendants and how many of them reoffended within
two years, taken from ProPublica's public file ``compas-scores-two-years.csv``
(see ``CALIBRATION``). Because those counts are used exactly, the data set
reproduces

* ProPublica's published truth tables (low/high risk x reoffended or not)
  per group exactly (Black: 990 / 805 / 532 / 1369; white: 1139 / 349 /
  461 / 505), and
* the reoffending rate per decile and group of the real data exactly.

Age, sex and number of prior offences are drawn per person with a seeded
random generator around the real means: age and share of men per group and
decile, prior offences per group, decile and outcome. They are plausible,
not real.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 2016  # the year ProPublica published "Machine Bias"

COLUMNS = [
    "id", "groep", "geslacht", "leeftijd", "eerdere_delicten",
    "risicoscore", "risicocategorie", "hoog_risico", "recidive",
]
GROUPS = ["Zwart", "Wit"]
HIGH_RISK_FROM = 5  # decile 5 and up: ProPublica's "Medium" or "High"

# Calibration constants. Derived once from the whole (unfiltered) file
# compas-scores-two-years.csv of github.com/propublica/compas-analysis
# (commit bafff5d), rows with race African-American ("Zwart") or Caucasian
# ("Wit"); all other groups dropped. Outcome: two_year_recid. Per decile_score:
# (decile, defendants, reoffended, mean age, share male,
#  mean priors_count of those who did not reoffend, of those who did).
# Only these aggregates are kept; no row of the file is in this repository.
CALIBRATION = {
    "Zwart": [
        (1, 398, 91, 43.9, 0.79, 1.1, 2.3),
        (2, 393, 119, 34.0, 0.77, 1.7, 2.8),
        (3, 346, 145, 31.3, 0.80, 2.2, 2.7),
        (4, 385, 177, 31.2, 0.82, 2.5, 3.1),
        (5, 365, 176, 31.1, 0.78, 2.9, 3.9),
        (6, 384, 215, 32.8, 0.81, 4.2, 5.8),
        (7, 400, 237, 31.1, 0.85, 4.5, 6.6),
        (8, 359, 245, 31.3, 0.87, 5.4, 7.7),
        (9, 380, 269, 30.5, 0.88, 5.3, 8.5),
        (10, 286, 227, 28.4, 0.89, 6.6, 8.4),
    ],
    "Wit": [
        (1, 681, 142, 48.7, 0.78, 0.9, 1.8),
        (2, 361, 113, 37.5, 0.80, 1.6, 2.2),
        (3, 273, 93, 35.0, 0.75, 1.7, 2.1),
        (4, 285, 113, 32.6, 0.82, 2.3, 3.7),
        (5, 241, 111, 32.4, 0.75, 2.3, 3.7),
        (6, 194, 111, 32.9, 0.68, 2.5, 5.5),
        (7, 143, 88, 32.6, 0.73, 3.8, 5.0),
        (8, 114, 82, 29.8, 0.79, 3.3, 4.5),
        (9, 98, 68, 30.2, 0.81, 4.2, 7.0),
        (10, 64, 45, 28.3, 0.69, 5.6, 6.6),
    ],
}

# ProPublica's truth tables ("How We Analyzed the COMPAS Recidivism
# Algorithm", 2016), whole file, as {(recidive, hoog_risico): defendants}.
PROPUBLICA_TRUTH_TABLES = {
    "Zwart": {(False, False): 990, (False, True): 805, (True, False): 532, (True, True): 1369},
    "Wit": {(False, False): 1139, (False, True): 349, (True, False): 461, (True, True): 505},
}
PROPUBLICA_ROWS = 7214  # rows of the whole file compas-scores-two-years.csv (all groups)
# The same tables in ProPublica's own analysis, after their filter (6,172 rows
# of all groups remain): FPR 42.34% vs 22.01%, FNR 28.48% vs 49.64%. Not in
# data/compas.csv; chapter 7 quotes them. A test checks them against the
# real file (load_propublica_compas) when it is available.
PROPUBLICA_FILTERED_TRUTH_TABLES = {
    "Zwart": {(False, False): 873, (False, True): 641, (True, False): 473, (True, True): 1188},
    "Wit": {(False, False): 999, (False, True): 282, (True, False): 408, (True, True): 414},
}
PROPUBLICA_FILTERED_ROWS = 6172

AGE_MIN, AGE_MAX, AGE_SD = 18, 80, 10.0  # the real ages run from 18; sd about 10 per decile
PRIORS_DISPERSION = 1.0  # negative binomial shape: variance = mean + mean², close to the real spread
PRIORS_MAX = 40  # the real counts stop at 38


def truth_table_frame(tables: dict) -> pd.DataFrame:
    """One row per defendant of truth tables like ``PROPUBLICA_TRUTH_TABLES``.

    Columns ``groep``, ``recidive`` and ``hoog_risico``, so
    ``fairness.group_metrics(frame, "groep", "recidive", "hoog_risico")``
    gives the published rates.
    """
    cells = [(group, truth, high, count) for group, table in tables.items()
             for (truth, high), count in table.items()]
    counts = [count for *_, count in cells]
    return pd.DataFrame({
        name: np.repeat([cell[index] for cell in cells], counts)
        for index, name in enumerate(["groep", "recidive", "hoog_risico"])
    })


def risk_category(decile: int) -> str:
    """COMPAS's own label for a decile: 1-4 Laag, 5-7 Middel, 8-10 Hoog."""
    return "Laag" if decile <= 4 else "Middel" if decile <= 7 else "Hoog"


def _ages(rng: np.random.Generator, mean: float, size: int) -> np.ndarray:
    """Ages of 18 and up, right-skewed like the real ones: 18 + a gamma draw."""
    excess = mean - AGE_MIN
    shape, scale = (excess / AGE_SD) ** 2, AGE_SD ** 2 / excess
    return np.clip(np.rint(AGE_MIN + rng.gamma(shape, scale, size)), AGE_MIN, AGE_MAX).astype(int)


def _priors(rng: np.random.Generator, mean: float, size: int) -> np.ndarray:
    """Counts of prior offences with the given mean (negative binomial)."""
    k = PRIORS_DISPERSION
    return np.minimum(rng.negative_binomial(k, k / (k + mean), size), PRIORS_MAX).astype(int)


def make_frame(seed: int = SEED) -> pd.DataFrame:
    """The synthetic defendants, one row each, in a shuffled order.

    The number of rows per group, decile and outcome is fixed by
    ``CALIBRATION``; the seed only decides ages, sexes, priors and order.
    """
    rng = np.random.default_rng(seed)
    parts = []
    for group in GROUPS:
        for decile, total, reoffended, mean_age, share_male, priors_no, priors_yes in CALIBRATION[group]:
            for outcome, size, mean_priors in ((False, total - reoffended, priors_no), (True, reoffended, priors_yes)):
                parts.append(pd.DataFrame({
                    "groep": group,
                    "geslacht": np.where(rng.random(size) < share_male, "Man", "Vrouw"),
                    "leeftijd": _ages(rng, mean_age, size),
                    "eerdere_delicten": _priors(rng, mean_priors, size),
                    "risicoscore": decile,
                    "risicocategorie": risk_category(decile),
                    "hoog_risico": decile >= HIGH_RISK_FROM,
                    "recidive": outcome,
                }))
    frame = pd.concat(parts, ignore_index=True)
    frame = frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)
    frame.insert(0, "id", np.arange(1, len(frame) + 1))
    return frame[COLUMNS]


def write(path: Path) -> Path:
    """Write the data set as CSV (UTF-8, ``True``/``False`` for the yes/no columns)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    make_frame().to_csv(path, index=False, lineterminator="\n")
    return path
