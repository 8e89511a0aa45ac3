"""The data maturity quick scan: the model, its stored answer, the class average, the radar chart."""

from __future__ import annotations

import json

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from academy.feedback import WrongAnswer  # noqa: E402
from academy.widgets import maturity  # noqa: E402
from academy.widgets.maturity import MaturityScan, class_average, validate_answer  # noqa: E402

FULL = {
    "leiderschap en strategie": 2, "cultuur": 3, "technologie": 2, "datakennis": 1,
    "databeveiliging en juridisch": 4, "processen": 2, "datakwaliteit": 3,
}


def test_the_seeds_categories_and_levels():
    assert maturity.CATEGORY_IDS == list(FULL)
    assert list(maturity.LEVELS.values())[1:] == ["Gecontroleerd", "Gestandaardiseerd", "Geoptimaliseerd", "Innovatief"]
    assert all(statement.strip() for _, statement in maturity.CATEGORIES.values())


def test_incomplete_scan_is_refused_naming_what_is_missing():
    scan = MaturityScan({"cultuur": 3, "technologie": 2})
    assert not scan.is_complete()
    with pytest.raises(WrongAnswer) as problem:
        scan.validate()
    message = str(problem.value)
    assert "nog geen niveau gekozen bij 5 categorieën" in message
    for category in ("leiderschap en strategie", "datakennis", "databeveiliging en juridisch",
                     "processen", "datakwaliteit"):
        assert category in message
    assert "cultuur" not in message


def test_one_missing_category_left_out_of_the_dict():
    partial = {key: value for key, value in FULL.items() if key != "processen"}
    with pytest.raises(WrongAnswer, match="bij 1 categorie: processen"):
        validate_answer(partial)


@pytest.mark.parametrize("wrong, expected", [
    ("cultuur", "moet een woordenboek zijn"),
    ({**FULL, "kultuur": 3}, "'kultuur' is geen categorie"),
    ({**FULL, "cultuur": 6}, "Dat kan niet"),
    ({**FULL, "cultuur": 2.5}, "zonder komma"),
    ({**FULL, "cultuur": "3"}, "Haal de aanhalingstekens weg"),
    ({**FULL, "cultuur": "Gestandaardiseerd"}, "Gestandaardiseerd is 3"),
    ({**FULL, "cultuur": True}, "Gebruik het nummer van een niveau"),
])
def test_wrong_answers_get_a_dutch_sentence(wrong, expected):
    with pytest.raises(WrongAnswer, match=expected):
        validate_answer(wrong)


def test_model_refuses_a_wrong_level_at_once():
    scan = MaturityScan()
    with pytest.raises(WrongAnswer, match="Dat kan niet"):
        scan.set("cultuur", 0)
    with pytest.raises(WrongAnswer, match="geen categorie"):
        scan.set("financiën", 3)


def test_round_trip_through_the_copied_line():
    scan = MaturityScan()
    for category, level in FULL.items():
        scan.set(category, level)
    assert scan.is_complete() and "Klaar" in scan.status()
    stored = json.loads(json.dumps(scan.to_answer()))  # JSON-safe
    assert MaturityScan.from_answer(stored).to_answer() == FULL
    namespace = {}
    exec(scan.literal(), namespace)  # the line the trainee copies into the answer cell
    assert validate_answer(namespace[maturity.ANSWER_NAME]) == FULL


def test_class_average():
    other = {category: 4 for category in FULL}
    average = class_average([FULL, other])
    assert average["datakennis"] == 2.5 and average["databeveiliging en juridisch"] == 4
    with pytest.raises(ValueError, match="number 1"):
        class_average([FULL, {"cultuur": 3}])
    assert class_average([FULL, {"cultuur": 3}], skip_invalid=True) == {k: float(v) for k, v in FULL.items()}
    with pytest.raises(ValueError, match="No valid answers"):
        class_average([{}], skip_invalid=True)


def test_radar_chart_with_class_average():
    ax = maturity.radar_chart(FULL, compare=class_average([FULL, {category: 5 for category in FULL}]))
    assert ax.name == "polar"
    assert [label.get_text() for label in ax.get_xticklabels()][0] == "Leiderschap en strategie"
    assert ax.get_title() == "Datavolwassenheid van jouw organisatie"
    lines = [line for line in ax.get_lines() if line.get_label() in ("Jouw scan", "Klasgemiddelde")]
    assert len(lines) == 2 and lines[0].get_linestyle() != lines[1].get_linestyle()
    # closed polygon: seven categories plus the first one again
    assert len(lines[0].get_ydata()) == 8 and list(lines[0].get_ydata()[:7]) == list(FULL.values())
    plt.close(ax.figure)


def test_radar_chart_refuses_an_incomplete_scan():
    with pytest.raises(WrongAnswer, match="ontbreekt een niveau bij: cultuur"):
        maturity.radar_chart({key: value for key, value in FULL.items() if key != "cultuur"})


def test_view_holds_the_scan_and_the_model_follows_the_clicks():
    pytest.importorskip("ipywidgets")
    scan = MaturityScan(FULL)
    widget = maturity.view(scan)
    assert [item["id"] for item in widget.items] == list(FULL) and widget.answers == FULL
    widget.answers = dict(FULL, cultuur=5)  # a click on "5 Innovatief" at cultuur, in the browser
    assert scan.levels["cultuur"] == 5
    assert "'cultuur': 5" in scan.literal()


def test_example_team_scans_live_with_the_model_and_are_valid():
    from academy.checks import afronding

    assert afronding.TEAM_SCANS is maturity.TEAM_SCANS  # the check grades against the same team
    assert [validate_answer(scan) for scan in maturity.TEAM_SCANS] == maturity.TEAM_SCANS
    averages = class_average(maturity.TEAM_SCANS)
    first = maturity.TEAM_SCANS[0]
    # Chapter 9's exercise needs three different answers: lowest average, first colleague's lowest, highest.
    assert len({min(averages, key=averages.get), min(first, key=first.get), max(averages, key=averages.get)}) == 3
