"""academy.fairness on small hand-made tables whose answers can be counted by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from academy import fairness


def rows(group, spec):
    """Rows for one group from {(truth, prediction): count}."""
    return [
        {"groep": group, "echt": truth, "voorspeld": predicted}
        for (truth, predicted), count in spec.items()
        for _ in range(count)
    ]


@pytest.fixture
def table() -> pd.DataFrame:
    # a: tp 3, fp 1, tn 4, fn 2 (n 10); b: tp 1, fp 3, tn 2, fn 0 (n 6)
    return pd.DataFrame(
        rows("a", {(True, True): 3, (False, True): 1, (False, False): 4, (True, False): 2})
        + rows("b", {(True, True): 1, (False, True): 3, (False, False): 2})
    )


def test_group_metrics_counts_and_rates(table):
    result = fairness.group_metrics(table, "groep", "echt", "voorspeld")
    assert list(result.columns) == ["n", "tp", "fp", "tn", "fn", "fpr", "fnr", "ppv", "base_rate"]
    assert result.index.name == "groep" and list(result.index) == ["a", "b"]
    a, b = result.loc["a"], result.loc["b"]
    assert (a.n, a.tp, a.fp, a.tn, a.fn) == (10, 3, 1, 4, 2)
    assert (b.n, b.tp, b.fp, b.tn, b.fn) == (6, 1, 3, 2, 0)
    assert a.fpr == pytest.approx(1 / 5) and a.fnr == pytest.approx(2 / 5)
    assert a.ppv == pytest.approx(3 / 4) and a.base_rate == pytest.approx(5 / 10)
    assert b.fpr == pytest.approx(3 / 5) and b.fnr == 0 and b.ppv == pytest.approx(1 / 4)
    assert b.base_rate == pytest.approx(1 / 6)


def test_counts_are_whole_numbers(table):
    result = fairness.group_metrics(table, "groep", "echt", "voorspeld")
    for column in ["n", "tp", "fp", "tn", "fn"]:
        assert pd.api.types.is_integer_dtype(result[column]), column


def test_zero_one_columns_count_as_yes_no(table):
    as_numbers = table.assign(echt=table["echt"].astype(int), voorspeld=table["voorspeld"].astype(int))
    pd.testing.assert_frame_equal(
        fairness.group_metrics(as_numbers, "groep", "echt", "voorspeld"),
        fairness.group_metrics(table, "groep", "echt", "voorspeld"),
    )


def test_bools_stored_as_objects_are_accepted(table):
    as_objects = table.assign(echt=table["echt"].astype(object))
    pd.testing.assert_frame_equal(
        fairness.group_metrics(as_objects, "groep", "echt", "voorspeld"),
        fairness.group_metrics(table, "groep", "echt", "voorspeld"),
    )


def test_rate_without_denominator_is_nan():
    only_positives = pd.DataFrame({"g": ["x", "x"], "t": [True, True], "p": [True, False]})
    result = fairness.group_metrics(only_positives, "g", "t", "p").loc["x"]
    assert math.isnan(result.fpr)
    assert result.fnr == pytest.approx(0.5) and result.ppv == 1.0


@pytest.mark.parametrize("truth", [["ja", "nee", "ja"], [0, 2, 1], [1.0, None, 0.0]])
def test_non_boolean_truth_is_refused(truth):
    frame = pd.DataFrame({"g": ["x", "x", "y"], "t": truth, "p": [True, False, True]})
    with pytest.raises(ValueError, match="'t' moet ja/nee"):
        fairness.group_metrics(frame, "g", "t", "p")


def test_missing_column_is_named(table):
    with pytest.raises(ValueError, match="De tabel heeft geen kolom 'recidive'.*De kolommen zijn: 'groep'"):
        fairness.group_metrics(table, "groep", "recidive", "voorspeld")


@pytest.fixture
def scored() -> pd.DataFrame:
    # scores 1-4; a: negatives at 1, 2, 3 and positives at 3, 4; b: negatives 1, 1, 4; positive 2
    return pd.DataFrame({
        "groep": ["a"] * 5 + ["b"] * 4,
        "score": [1, 2, 3, 3, 4, 1, 1, 4, 2],
        "echt": [False, False, False, True, True, False, False, False, True],
    })


def test_metrics_at_threshold_means_score_at_least_threshold(scored):
    result = fairness.metrics_at_threshold(scored, "groep", "score", "echt", 3)
    assert (result.loc["a", "tp"], result.loc["a", "fp"], result.loc["a", "fn"]) == (2, 1, 0)
    assert (result.loc["b", "tp"], result.loc["b", "fp"], result.loc["b", "fn"]) == (0, 1, 1)
    assert result.loc["a", "fpr"] == pytest.approx(1 / 3)


def test_threshold_table_covers_each_splitting_threshold(scored):
    table = fairness.threshold_table(scored, "groep", "score", "echt")
    assert table.index.names == ["drempel", "groep"]  # Dutch: chapter 7 shows this table
    assert sorted(table.index.get_level_values("drempel").unique()) == [2, 3, 4]
    assert table.loc[(3, "a"), "fpr"] == pytest.approx(1 / 3)


def test_closest_fpr_threshold(scored):
    # FPR a / b: threshold 2: 2/3 vs 1/3; 3: 1/3 vs 1/3; 4: 0 vs 1/3
    assert fairness.closest_fpr_threshold(scored, "groep", "score", "echt") == 3
    assert fairness.closest_fpr_threshold(scored, "groep", "score", "echt", thresholds=[2, 4]) == 2


def test_closest_fpr_threshold_ratio_can_differ_from_difference():
    frame = pd.DataFrame({
        "g": ["a"] * 10 + ["b"] * 10,
        "s": [1, 2, 2, 2, 2, 2, 3, 3, 3, 3] + [1, 1, 1, 1, 1, 1, 2, 2, 2, 3],
        "t": [False] * 20,
    })
    # FPR a / b: threshold 2: 0.9 vs 0.4 (gap 0.5, ratio 2.25); 3: 0.4 vs 0.1 (gap 0.3, ratio 4)
    assert fairness.closest_fpr_threshold(frame, "g", "s", "t") == 3
    assert fairness.closest_fpr_threshold(frame, "g", "s", "t", measure="ratio") == 2


def test_calibration_rate_per_score_and_group(scored):
    result = fairness.calibration(scored, "groep", "score", "echt")
    assert list(result.columns) == ["n", "aantal_ja", "aandeel_ja"]  # Dutch: chapter 7 uses them
    assert result.loc[("a", 3), "n"] == 2 and result.loc[("a", 3), "aantal_ja"] == 1
    assert result.loc[("a", 3), "aandeel_ja"] == pytest.approx(0.5)
    assert result.loc[("b", 1), "aandeel_ja"] == 0 and result.loc[("b", 2), "aandeel_ja"] == 1
    assert result["n"].sum() == len(scored)


def test_text_scores_are_refused(scored):
    with pytest.raises(ValueError, match="getallen"):
        fairness.calibration(scored.assign(score=scored["score"].astype(str)), "groep", "score", "echt")
