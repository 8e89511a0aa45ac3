"""The privacy and linkage benchmark harness runs and reports what it promises (no timing asserts)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("privacy_linkage", ROOT / "bench" / "privacy_linkage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result(bench):
    return bench.run(sizes=(200, 2_000), repeats=1)


def test_every_operation_is_measured_at_every_size(result):
    assert result["sizes"] == [200, 2_000] and result["repeats"] == 1
    assert set(result["operations"]) == {"pseudonymise", "k_anonymity", "link_three", "linkage_report"}
    for operation in result["operations"].values():
        assert operation["floor"]
        assert [run["rows"] for run in operation["runs"]] == [200, 2_000]
        for run in operation["runs"]:
            assert run["seconds"] > 0 and run["floor_seconds"] > 0
            assert run["us_per_row"] == pytest.approx(run["seconds"] / run["rows"] * 1e6, abs=0.01)
            assert run["meets_target"] is None  # targets are for a million rows
        first, second = operation["runs"]
        assert first["growth_per_10x"] is None and second["growth_per_10x"] > 0


def test_result_is_json_and_merges_into_the_results_file(bench, result, tmp_path):
    path = tmp_path / "results.json"
    path.write_text(json.dumps({"other_benchmark": {"kept": True}}))
    bench.save(result, path)
    stored = json.loads(path.read_text())
    assert stored["other_benchmark"] == {"kept": True}
    assert stored["privacy_linkage"]["sizes"] == [200, 2_000]


def test_table_has_a_line_per_operation_and_size(bench, result):
    lines = bench.table(result).splitlines()
    assert len(lines) == 1 + 4 * 2
    assert lines[1].split()[0] == "pseudonymise"
