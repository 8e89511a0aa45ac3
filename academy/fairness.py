"""Error rates of a yes/no prediction, per group: the measures of the COMPAS debate.

ProPublica compared the *error rates* of the groups (false positive rate,
false negative rate); Northpointe answered with *calibration* (of those with
the same score, or called high risk, equally many reoffend in every group).
This module computes both, at any threshold, so a chapter can show that they
cannot all be equal at once when the groups' base rates differ.

"Truth" and "prediction" are yes/no columns: ``bool``, or whole numbers that
are only 0 and 1 (like ProPublica's ``two_year_recid``).

Trainees call these functions in chapter 7, so the errors they can meet (a
mistyped column, a column of the wrong kind) are in Dutch.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from academy.feedback import require_columns

METRIC_COLUMNS = ["n", "tp", "fp", "tn", "fn", "fpr", "fnr", "ppv", "base_rate"]
# Names a chapter shows as they are; the metric columns above are the and the chapter explains them.
THRESHOLD = "drempel"  # the level of threshold_table's index
CALIBRATION_COLUMNS = ["n", "aantal_ja", "aandeel_ja"]  # persons; of whom truth is True; that as a share


def _as_bool(frame: pd.DataFrame, column: str) -> pd.Series:
    """The column as booleans; only bool or 0/1 columns without gaps qualify."""
    values = frame[column]
    if pd.api.types.is_bool_dtype(values) and not values.isna().any():
        return values.astype(bool)
    if pd.api.types.is_numeric_dtype(values) and not values.isna().any() and values.isin([0, 1]).all():
        return values.astype(bool)
    if values.map(lambda value: isinstance(value, (bool, np.bool_))).all():  # bools stored as objects
        return values.astype(bool)
    odd = values[~values.isin([True, False])].unique()[:5]
    raise ValueError(
        f"De kolom {column!r} moet ja/nee-waarden hebben (True/False of 0/1, zonder lege vakjes). "
        f"Er staan nu ook andere waarden in, zoals {list(odd)!r}."
    )


def _rate(numerator, denominator):
    """A fraction, NaN when there is nothing to divide by."""
    return np.where(denominator > 0, numerator / np.maximum(denominator, 1), np.nan)


def _metrics(groups: pd.Series, truth: pd.Series, predicted: pd.Series, name: str) -> pd.DataFrame:
    cells = pd.DataFrame({
        "tp": truth & predicted,
        "fp": ~truth & predicted,
        "tn": ~truth & ~predicted,
        "fn": truth & ~predicted,
    })
    counts = cells.groupby(groups.to_numpy(), sort=True).sum().astype(int)
    counts.index.name = name
    counts.insert(0, "n", counts.sum(axis=1))
    counts["fpr"] = _rate(counts.fp, counts.fp + counts.tn)
    counts["fnr"] = _rate(counts.fn, counts.fn + counts.tp)
    counts["ppv"] = _rate(counts.tp, counts.tp + counts.fp)
    counts["base_rate"] = _rate(counts.tp + counts.fn, counts.n)
    return counts[METRIC_COLUMNS]


def group_metrics(frame: pd.DataFrame, group: str, truth: str, prediction: str) -> pd.DataFrame:
    """Confusion matrix and rates per group.

    One row per value of ``group`` (the index, sorted); columns ``n, tp, fp,
    tn, fn`` (counts) and ``fpr`` (fp / (fp + tn)), ``fnr`` (fn / (fn + tp)),
    ``ppv`` (tp / (tp + fp)), ``base_rate`` ((tp + fn) / n) as fractions, NaN
    where a rate has nothing to divide by. ``truth`` is what happened (e.g.
    reoffended), ``prediction`` what the model said (e.g. high risk).
    """
    require_columns(frame, [group, truth, prediction])
    return _metrics(frame[group], _as_bool(frame, truth), _as_bool(frame, prediction), group)


def _scores(frame: pd.DataFrame, score: str) -> pd.Series:
    values = frame[score]
    if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values) or values.isna().any():
        raise ValueError(f"De kolom {score!r} moet getallen hebben, zonder lege vakjes. "
                         f"Er staan nu waarden van het type {values.dtype} in.")
    return values


def metrics_at_threshold(frame: pd.DataFrame, group: str, score: str, truth: str, threshold: float) -> pd.DataFrame:
    """:func:`group_metrics` when "high risk" means ``score >= threshold``."""
    require_columns(frame, [group, score, truth])
    return _metrics(frame[group], _as_bool(frame, truth), _scores(frame, score) >= threshold, group)


def default_thresholds(frame: pd.DataFrame, score: str) -> list:
    """Every threshold that splits the observed scores: each score but the lowest.

    At the lowest score everyone is "high risk" (and at none everyone is
    "low risk"): all error rates are then trivially equal, so those are left out.
    """
    require_columns(frame, [score])
    return sorted(_scores(frame, score).unique().tolist())[1:]


def threshold_table(frame: pd.DataFrame, group: str, score: str, truth: str, thresholds=None) -> pd.DataFrame:
    """:func:`metrics_at_threshold` for many thresholds, indexed by (``drempel``, group).

    ``thresholds`` defaults to :func:`default_thresholds`; a slider over the
    deciles can look its rows up instead of computing them again.
    """
    thresholds = default_thresholds(frame, score) if thresholds is None else list(thresholds)
    if not thresholds:
        raise ValueError("Er zijn geen drempels om te proberen. Geef er minstens één.")
    tables = {t: metrics_at_threshold(frame, group, score, truth, t) for t in thresholds}
    return pd.concat(tables, names=[THRESHOLD, group])


def fpr_gaps(frame: pd.DataFrame, group: str, score: str, truth: str, thresholds=None,
             measure: str = "difference") -> pd.Series:
    """How far apart the groups' false positive rates are, per threshold.

    ``measure="difference"``: highest minus lowest FPR (in fractions);
    ``measure="ratio"``: highest divided by lowest FPR (1 = equal).
    """
    if measure not in ("difference", "ratio"):
        raise ValueError(f"measure moet 'difference' (verschil) of 'ratio' (verhouding) zijn, niet {measure!r}.")
    fpr = threshold_table(frame, group, score, truth, thresholds)["fpr"].unstack(group)
    highest, lowest = fpr.max(axis=1), fpr.min(axis=1)
    gap = highest - lowest if measure == "difference" else highest / lowest.where(lowest > 0)
    return gap.rename(f"fpr_{measure}")


def closest_fpr_threshold(frame: pd.DataFrame, group: str, score: str, truth: str, thresholds=None,
                          measure: str = "difference"):
    """The threshold at which the groups' false positive rates are closest.

    Candidates default to :func:`default_thresholds` (the trivial "everyone
    high risk" is left out); on a tie the lowest threshold wins. See
    :func:`fpr_gaps` for ``measure``.
    """
    gaps = fpr_gaps(frame, group, score, truth, thresholds, measure).dropna()
    if gaps.empty:
        raise ValueError("Bij geen enkele drempel is er voor elke groep een FPR.")
    best = gaps[gaps == gaps.min()].index.min()
    return best.item() if hasattr(best, "item") else best


def calibration(frame: pd.DataFrame, group: str, score: str, truth: str) -> pd.DataFrame:
    """Share that was truly positive (e.g. reoffended) per score and group.

    Indexed by (group, score), sorted; columns (Dutch, a chapter shows them)
    ``n`` (persons), ``aantal_ja`` (of whom truth is True) and ``aandeel_ja``
    (aantal_ja / n). Equal shares for the same score in every group is what
    Northpointe called a fair score. ``result["aandeel_ja"].unstack(group)``
    gives one column per group.
    """
    require_columns(frame, [group, score, truth])
    scores = _scores(frame, score)
    n, count, share = CALIBRATION_COLUMNS
    table = (pd.DataFrame({group: frame[group], score: scores, count: _as_bool(frame, truth)})
             .groupby([group, score], sort=True)[count].agg(**{n: "size", count: "sum"}))
    table[count] = table[count].astype(int)
    table[share] = table[count] / table[n]
    return table
