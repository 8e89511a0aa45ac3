"""The COMPAS data: the synthetic file against ProPublica's figures, and the real-data loader."""

from __future__ import annotations

import pandas as pd
import pytest

from academy import fairness
from academy.datasets import PROPUBLICA_COLUMNS, compas, load_compas, load_propublica_compas
from academy.datasets.__main__ import GENERATORS
from conftest import ROOT

CSV = ROOT / "data" / "compas.csv"
REFERENCE = ROOT.parent / "shared" / "reference" / "compas" / "compas-two-years-deidentified.csv"
needs_reference = pytest.mark.skipif(
    not REFERENCE.is_file(),
    reason=f"ProPublica's reference extract is not at {REFERENCE} (it is never shipped with the course)",
)
TWO_GROUPS = {"African-American": "Zwart", "Caucasian": "Wit"}


@pytest.fixture(scope="module")
def synthetic() -> pd.DataFrame:
    return load_compas()


def test_committed_file_is_what_the_generator_writes(tmp_path):
    assert GENERATORS["compas.csv"] is compas.write
    assert compas.write(tmp_path / "compas.csv").read_bytes() == CSV.read_bytes()


def test_columns_and_types(synthetic):
    assert list(synthetic.columns) == compas.COLUMNS
    assert set(synthetic["groep"]) == {"Zwart", "Wit"}
    assert set(synthetic["geslacht"]) == {"Man", "Vrouw"}
    assert synthetic["risicoscore"].between(1, 10).all()
    assert synthetic["leeftijd"].ge(18).all() and synthetic["eerdere_delicten"].ge(0).all()
    assert synthetic["hoog_risico"].dtype == bool and synthetic["recidive"].dtype == bool
    assert synthetic["hoog_risico"].equals(synthetic["risicoscore"] >= 5)
    assert synthetic["id"].is_unique and len(synthetic) == 3696 + 2454


def test_truth_tables_equal_propublicas_exactly(synthetic):
    published = {
        "Zwart": {(False, False): 990, (False, True): 805, (True, False): 532, (True, True): 1369},
        "Wit": {(False, False): 1139, (False, True): 349, (True, False): 461, (True, True): 505},
    }
    assert compas.PROPUBLICA_TRUTH_TABLES == published
    for group, table in published.items():
        rows = synthetic[synthetic["groep"] == group]
        counted = rows.groupby(["recidive", "hoog_risico"]).size().to_dict()
        assert counted == table, group


def test_published_filtered_tables_give_propublicas_rates():
    # Chapter 7 quotes these; they hold without the real file (the test below checks them with it).
    published = fairness.group_metrics(compas.truth_table_frame(compas.PROPUBLICA_FILTERED_TRUTH_TABLES),
                                       "groep", "recidive", "hoog_risico")
    assert published["fpr"].mul(100).round(2).to_dict() == {"Zwart": 42.34, "Wit": 22.01}
    assert published["fnr"].mul(100).round(2).to_dict() == {"Zwart": 28.48, "Wit": 49.64}
    whole = fairness.group_metrics(compas.truth_table_frame(compas.PROPUBLICA_TRUTH_TABLES),
                                   "groep", "recidive", "hoog_risico")
    assert (whole.loc["Zwart", "fp"], whole.loc["Wit", "tn"]) == (805, 1139)


def test_published_rates_follow(synthetic):
    metrics = fairness.group_metrics(synthetic, "groep", "recidive", "hoog_risico")
    assert metrics.loc["Zwart", "fpr"] == pytest.approx(0.4485, abs=5e-5)
    assert metrics.loc["Wit", "fpr"] == pytest.approx(0.2345, abs=5e-5)
    assert metrics.loc["Zwart", "fnr"] == pytest.approx(0.2799, abs=5e-5)
    assert metrics.loc["Wit", "fnr"] == pytest.approx(0.4772, abs=5e-5)


def test_synthetic_columns_look_like_the_real_ones(synthetic):
    means = synthetic.groupby("groep")[["leeftijd", "eerdere_delicten"]].mean()
    # Real means (whole file): age 32.7 / 37.7, priors 4.4 / 2.6 (Black / white).
    assert means.loc["Zwart", "leeftijd"] == pytest.approx(32.7, abs=1.0)
    assert means.loc["Wit", "leeftijd"] == pytest.approx(37.7, abs=1.0)
    assert means.loc["Zwart", "eerdere_delicten"] == pytest.approx(4.4, abs=0.5)
    assert means.loc["Wit", "eerdere_delicten"] == pytest.approx(2.6, abs=0.5)
    by_outcome = synthetic.groupby("recidive")["eerdere_delicten"].mean()
    assert by_outcome[True] > by_outcome[False]


def test_generator_is_seeded():
    assert compas.make_frame(seed=1).equals(compas.make_frame(seed=1))
    assert not compas.make_frame(seed=1).equals(compas.make_frame(seed=2))


@pytest.fixture(scope="module")
def real_whole() -> pd.DataFrame:
    return load_propublica_compas(REFERENCE, apply_filter=False)


@needs_reference
def test_calibration_equals_the_real_data_per_decile_and_group(synthetic, real_whole):
    # Tolerance: none. The generator uses the real counts per decile and group,
    # so every reoffending rate is the real one exactly (float equality up to 1e-12).
    real = real_whole[real_whole["race"].isin(TWO_GROUPS)].assign(groep=lambda f: f["race"].map(TWO_GROUPS))
    ours = fairness.calibration(synthetic, "groep", "risicoscore", "recidive")
    theirs = fairness.calibration(real, "groep", "decile_score", "two_year_recid")
    assert list(ours.index) == list(theirs.index)
    assert ours["n"].tolist() == theirs["n"].tolist()
    assert ours["aandeel_ja"].to_numpy() == pytest.approx(theirs["aandeel_ja"].to_numpy(), abs=1e-12)


@needs_reference
def test_real_loader_reproduces_propublicas_filtered_figures():
    real = load_propublica_compas(REFERENCE)
    assert len(real) == compas.PROPUBLICA_FILTERED_ROWS == 6172
    assert real["high_risk"].dtype == bool
    metrics = fairness.group_metrics(real, "race", "two_year_recid", "high_risk")
    black, white = metrics.loc["African-American"], metrics.loc["Caucasian"]
    assert (black.n, black.tp, black.fp, black.tn, black.fn) == (3175, 1188, 641, 873, 473)
    assert (white.n, white.tp, white.fp, white.tn, white.fn) == (2103, 414, 282, 999, 408)
    for race, group in TWO_GROUPS.items():
        rows = real[real["race"] == race]
        assert rows.groupby(["two_year_recid", "high_risk"]).size().rename(index=bool).to_dict() == (
            compas.PROPUBLICA_FILTERED_TRUTH_TABLES[group]), group
    assert round(100 * black.fpr, 2) == 42.34 and round(100 * white.fpr, 2) == 22.01
    assert round(100 * black.fnr, 2) == 28.48 and round(100 * white.fnr, 2) == 49.64


@needs_reference
def test_real_loader_unfiltered_reproduces_the_articles_truth_tables(real_whole):
    assert len(real_whole) == compas.PROPUBLICA_ROWS == 7214
    metrics = fairness.group_metrics(real_whole, "race", "two_year_recid", "high_risk")
    black, white = metrics.loc["African-American"], metrics.loc["Caucasian"]
    # (did not reoffend: low / high, reoffended: low / high)
    assert (black.tn, black.fp, black.fn, black.tp) == (990, 805, 532, 1369)
    assert (white.tn, white.fp, white.fn, white.tp) == (1139, 349, 461, 505)
    everyone = real_whole.assign(all="all")
    total = fairness.group_metrics(everyone, "all", "two_year_recid", "high_risk").loc["all"]
    assert (total.tn, total.fp, total.fn, total.tp) == (2681, 1282, 1216, 2035)
    assert round(100 * total.fpr, 2) == 32.35 and round(100 * total.fnr, 2) == 37.40


def test_real_loader_explains_a_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="propublica/compas-analysis"):
        load_propublica_compas(tmp_path / "compas-scores-two-years.csv")


def test_real_loader_refuses_another_file(tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(ValueError, match="not ProPublica's COMPAS file"):
        load_propublica_compas(other)


def test_real_loader_filter_on_a_small_hand_made_file(tmp_path):
    rows = [
        # race, decile, score_text, recid2, days, is_recid, degree   kept?
        ("Caucasian", 5, "Medium", 1, 0, 1, "F"),      # yes
        ("Caucasian", 2, "Low", 0, -30, 0, "M"),       # yes (edge of the window)
        ("Caucasian", 9, "High", 1, 31, 1, "F"),       # no: arrest too far from screening
        ("Caucasian", 9, "High", 1, None, 1, "F"),     # no: days missing
        ("Caucasian", 3, "Low", 0, 0, -1, "F"),        # no: is_recid -1
        ("Caucasian", 3, "Low", 0, 0, 0, "O"),         # no: ordinary traffic offence
        ("Caucasian", 3, "N/A", 0, 0, 0, "F"),         # no: no score
    ]
    path = tmp_path / "compas-scores-two-years.csv"
    pd.DataFrame(rows, columns=PROPUBLICA_COLUMNS).to_csv(path, index=False)
    kept = load_propublica_compas(path)
    assert kept["decile_score"].tolist() == [5, 2]
    assert kept["high_risk"].tolist() == [True, False]
    assert len(load_propublica_compas(path, apply_filter=False)) == len(rows)
