"""The trainer's overview, computed from the deck, equals the trainer manual (seed 000)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest

from academy import cards, overview

# (kenmerk, maat) -> (reeks 1, reeks 2), as printed in the manual's "Overzicht van verschillen en overeenkomsten".
SEED_FIGURES = {
    ("Opleidingsniveau", "aantal WO/HBO"): (9, 3),
    ("Leeftijd", "gemiddelde leeftijd"): (39.5, 50),
    ("Migratieachtergrond", "aantal met Nederlandse achtergrond"): (8, 3),
    ("Aantal ziekenhuisbezoeken", "totaal aantal ziekenhuisbezoeken"): (15, 49),
    ("Studieschuld", "gemiddelde studieschuld"): (7600, 4600),
    ("Aantal maanden in uitkering", "gemiddeld aantal maanden"): (13.5, 11.9),
    ("Aantal interventies", "totaal aantal interventies"): (38, 31),
    ("Aantal interventies", "gemiddeld aantal interventies"): (3.8, 3.1),
}


@pytest.fixture(scope="module")
def table():
    return cards.person_table(cards.load_deck())


@pytest.mark.parametrize("key", SEED_FIGURES, ids=lambda k: k[1])
def test_figures_equal_the_manual(key):
    row = overview.figures().loc[key]
    assert (round(row["reeks 1"], 6), round(row["reeks 2"], 6)) == SEED_FIGURES[key]


def test_postcodes_lean_to_different_parts_of_town():
    fig = overview.figures().loc["Postcode"]
    assert fig.loc["aantal in 3582/3583", "reeks 1"] > fig.loc["aantal in 3582/3583", "reeks 2"]
    assert fig.loc["aantal in 3531–3534", "reeks 2"] > fig.loc["aantal in 3531–3534", "reeks 1"]


def test_sector_shows_no_notable_difference():
    fig = overview.figures().loc["Sector"]
    assert fig["reeks 1"].tolist() == fig["reeks 2"].tolist()


# The manual's "Overzicht van verschillen en overeenkomsten" (seed 000) as scanned, line breaks included.
SEED_OVERVIEW = """
Aanname: hoger opgeleiden
(reeks 1) vinden sneller een
baan
Postcode:
Reeks 1: relatief veel in
3582/3583,
Reeks 2: relatief veel in
3531/3532/3533/3534.
Wonen blijkbaar in
verschillende delen van de
stad.
Aanname: Je postcode heeft
invloed op of je werk kan
vinden. Goede/slechte wijk?
Werkgelegenheid in wijk?
Aanname: Hoe ouder je bent,
des te moeilijker het is om
een baan te vinden.
Aanname: Hier zijn geen
opvallende verschillen of
overeenkomsten.
Aanname: Als je een
Nederlandse achtergrond
hebt vindt je sneller een
baan.
Aanname: Hoe gezonder je
bent, des te makkelijker het
is om een baan te vinden.
Aanname: Hoe meer
studieschuld, des te
makkelijker is het om een
baan te vinden (hangt samen
met hogere opleiding)
Aanname: Mensen die een
baan gevonden hebben zitten
langer in een uitkering.

Dit lijkt niet samen te hangen
met leeftijd. Oudere mensen

zitten blijkbaar niet langer in
een uitkering.
Aanname: Hoe meer
interventies, hoe sneller je
aan een baan komt.

* Interventies zijnactiviteiten
gericht op het bespoedigen van
terugkeer van de werknemer in
eigen of passend werk binnen

of buiten de werkgever, of ter
preventie van ziekteverzuim.
"""
# Repairs of the scan in the course text (course text -> as scanned). Nothing else may differ.
OCR_REPAIRS = {"Interventies zijn activiteiten": "Interventies zijnactiviteiten"}


def as_scanned(text: str) -> str:
    for repaired, scanned in OCR_REPAIRS.items():
        text = text.replace(repaired, scanned)
    return " ".join(text.split())


def test_every_aanname_and_remark_is_the_manuals_text():
    seed = " ".join(SEED_OVERVIEW.split())
    assert len(overview.ROWS) == seed.count("Aanname: ") == 9
    for row in overview.ROWS:
        assert f"Aanname: {as_scanned(row.aanname)}" in seed, row.kenmerk
        if row.opmerking:
            assert as_scanned(row.opmerking) in seed, row.kenmerk
    # The manual's own spelling stays (the chapter labels the column as quoted).
    assert "vindt je sneller" in overview.ROWS[4].aanname
    remarks = [row.kenmerk for row in overview.ROWS if row.opmerking]
    assert remarks == ["Postcode", "Aantal maanden in uitkering", "Aantal interventies"]


def test_overview_speaks_the_manuals_words():
    table = overview.overview()
    assert list(table.index) == [row.kenmerk for row in overview.ROWS]
    assert table.loc["Opleidingsniveau", "reeks 1"] == "9 van de 10 WO/HBO"
    assert table.loc["Opleidingsniveau", "reeks 2"] == "3 van de 10 WO/HBO"
    assert table.loc["Leeftijd", "reeks 1"] == "gemiddeld 39,5"
    assert table.loc["Leeftijd", "reeks 2"] == "gemiddeld 50"
    assert table.loc["Migratieachtergrond", "reeks 2"] == "3 uit 10 Nederlands"
    assert table.loc["Aantal maanden in uitkering", "reeks 2"] == "gemiddeld 11,9"
    assert table.loc["Aantal interventies", "reeks 1"] == "38 interventies, gemiddeld 3,8"
    assert table["aanname"].tolist() == [row.aanname for row in overview.ROWS]
    assert table["opmerking"].tolist() == [row.opmerking for row in overview.ROWS]
    assert set(table["vraag"]) == {overview.QUESTION}
    shown = table.rename(columns=overview.QUOTED_COLUMNS)
    assert all("letterlijk uit de handleiding" in shown.columns[i] for i in (2, 3))


def test_overview_accepts_the_deck_or_the_person_table(table):
    assert overview.overview(cards.load_deck()).equals(overview.overview(table))


def test_group_summary_has_means_and_counts(table):
    summary = overview.group_summary(table)
    assert list(summary.index) == [1, 2]
    assert summary.loc[1, ("gemiddelde", "Leeftijd")] == 39.5
    assert summary.loc[2, ("gemiddelde", "Aantal ziekenhuisbezoeken")] == pytest.approx(4.9)
    assert summary.loc[:, ("aantal", "personen")].tolist() == [10, 10]
    assert summary.loc[:, ("aantal", "WO/HBO")].tolist() == [9, 3]
    assert summary.loc[:, ("aantal", "Nederlandse achtergrond")].tolist() == [8, 3]
    # A trainee's plain groupby gives the same means.
    assert summary["gemiddelde"].equals(table.groupby("reeks")[cards.NUMERIC].mean())


def test_largest_difference_is_standardised_not_raw(table):
    diffs = overview.standardised_differences(table)
    assert overview.largest_difference(table) == "Aantal ziekenhuisbezoeken"
    # Raw, the euros of Studieschuld would win: that is why we standardise.
    assert diffs["verschil"].abs().idxmax() == "Studieschuld"
    by_hand = (table.loc[table.reeks == 1, "Leeftijd"].mean() - table.loc[table.reeks == 2, "Leeftijd"].mean()) \
        / table["Leeftijd"].std()
    assert diffs.loc["Leeftijd", "gestandaardiseerd verschil"] == pytest.approx(by_hand)
    # A clear winner, so a trainee's rounding cannot change the answer.
    top, second = diffs["gestandaardiseerd verschil"].abs().iloc[:2]
    assert top - second > 0.1


@pytest.mark.parametrize("kenmerk", ["Leeftijd", "Opleidingsniveau"])
def test_plots_have_dutch_titles_and_every_axis_a_label(table, kenmerk):
    ax = overview.plot_by_series(table, kenmerk)
    assert ax.get_title() == f"{kenmerk} per reeks"
    assert ax.get_xlabel() and ax.get_ylabel()
    ax = overview.plot_standardised_differences(table)
    assert "verschil" in ax.get_title() and ax.get_xlabel().startswith("Gestandaardiseerd")
    assert ax.get_ylabel() == "Kenmerk"
    plt.close("all")


def test_a_number_per_series_has_reeks_on_the_x_axis(table):
    ax = overview.plot_by_series(table, "Leeftijd")
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Reeks", "Leeftijd")
    plt.close("all")
