"""The trainer's overview of Opdracht 2b: reeks 1 against reeks 2.

The trainer manual (seed 000) lists, per characteristic, a figure for each
series and an "aanname" to discuss with the group. Here the figures are
computed from the deck, never typed in, and set next to the manual's
assumption (verbatim) and the question whether the data support it.

Also here: the means and counts per series, and the standardised
difference that says which numeric characteristic differs most.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from academy import cards, dutch
from academy.plotting import SERIES_LABELS, SERIES_LINE_COLOURS, comma_ticks, finish, use_course_style

HIGHER_EDUCATION = ("WO", "HBO")
# Postcode areas the manual names: reeks 1 lives "relatief veel" in the first, reeks 2 in the second.
POSTCODES_REEKS_1 = ("3582", "3583")
POSTCODES_REEKS_2 = ("3531", "3532", "3533", "3534")
QUESTION = "Steunen de gegevens deze aanname?"
# Headers for showing the overview to trainees: the manual's words are quoted as printed,
# spelling mistakes included ("vindt je"), and the header says so.
QUOTED_COLUMNS = {"aanname": "aanname (letterlijk uit de handleiding)",
                  "opmerking": "opmerking (letterlijk uit de handleiding)"}
# Low to high, for plots (the deck has no other levels).
EDUCATION_ORDER = ["Basisonderwijs", "VMBO", "MBO", "HBO", "WO"]

# Counts per series: a name and which persons it counts.
COUNTS: dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "personen": lambda t: pd.Series(True, index=t.index),
    "WO/HBO": lambda t: t["Opleidingsniveau"].isin(HIGHER_EDUCATION),
    "Nederlandse achtergrond": lambda t: t["Migratieachtergrond"] == "Nederlands",
    "vrouwen": lambda t: t["Geslacht"] == "Vrouw",
    "in 3582/3583": lambda t: t["Postcode"].astype(str).isin(POSTCODES_REEKS_1),
    "in 3531–3534": lambda t: t["Postcode"].astype(str).isin(POSTCODES_REEKS_2),
}


def _count(name: str) -> Callable[[pd.DataFrame], float]:
    return lambda group: int(COUNTS[name](group).sum())


def _sector_spread(group: pd.DataFrame) -> int:
    return int(group["Sector"].nunique())


def _largest_sector(group: pd.DataFrame) -> int:
    return int(group["Sector"].value_counts().max())


@dataclass(frozen=True)
class Row:
    """One characteristic of the overview, as the trainer manual has it."""

    kenmerk: str
    measures: tuple[tuple[str, Callable[[pd.DataFrame], float]], ...]
    template: str  # the manual's form of the figures; {0}, {1} are the measures, {n} the group size
    aanname: str  # verbatim from the manual (its spelling kept)
    opmerking: str = ""  # the manual's further remark, verbatim, if any


ROWS = [
    Row("Opleidingsniveau", (("aantal WO/HBO", _count("WO/HBO")),),
        "{0} van de {n} WO/HBO",
        "hoger opgeleiden (reeks 1) vinden sneller een baan"),
    Row("Postcode", (("aantal in 3582/3583", _count("in 3582/3583")),
                     ("aantal in 3531–3534", _count("in 3531–3534"))),
        "{0} in 3582/3583, {1} in 3531–3534",
        "Je postcode heeft invloed op of je werk kan vinden. Goede/slechte wijk? Werkgelegenheid in wijk?",
        "Wonen blijkbaar in verschillende delen van de stad."),
    Row("Leeftijd", (("gemiddelde leeftijd", lambda g: g["Leeftijd"].mean()),),
        "gemiddeld {0}",
        "Hoe ouder je bent, des te moeilijker het is om een baan te vinden."),
    Row("Sector", (("aantal verschillende sectoren", _sector_spread),
                   ("meeste personen in één sector", _largest_sector)),
        "{0} verschillende sectoren, hoogstens {1} in één sector",
        "Hier zijn geen opvallende verschillen of overeenkomsten."),
    Row("Migratieachtergrond", (("aantal met Nederlandse achtergrond", _count("Nederlandse achtergrond")),),
        "{0} uit {n} Nederlands",
        "Als je een Nederlandse achtergrond hebt vindt je sneller een baan."),
    Row("Aantal ziekenhuisbezoeken", (("totaal aantal ziekenhuisbezoeken",
                                       lambda g: int(g["Aantal ziekenhuisbezoeken"].sum())),),
        "{0} in totaal",
        "Hoe gezonder je bent, des te makkelijker het is om een baan te vinden."),
    Row("Studieschuld", (("gemiddelde studieschuld", lambda g: g["Studieschuld"].mean()),),
        "gemiddeld {0}",
        "Hoe meer studieschuld, des te makkelijker is het om een baan te vinden "
        "(hangt samen met hogere opleiding)"),
    Row("Aantal maanden in uitkering", (("gemiddeld aantal maanden", lambda g: g["Aantal maanden in uitkering"].mean()),),
        "gemiddeld {0}",
        "Mensen die een baan gevonden hebben zitten langer in een uitkering.",
        "Dit lijkt niet samen te hangen met leeftijd. Oudere mensen zitten blijkbaar niet langer in een uitkering."),
    Row("Aantal interventies", (("totaal aantal interventies", lambda g: int(g["Aantal interventies"].sum())),
                                ("gemiddeld aantal interventies", lambda g: g["Aantal interventies"].mean())),
        "{0} interventies, gemiddeld {1}",
        "Hoe meer interventies, hoe sneller je aan een baan komt.",
        # OCR: the scan reads "zijnactiviteiten".
        "Interventies zijn activiteiten gericht op het bespoedigen van terugkeer van de werknemer in eigen "
        "of passend werk binnen of buiten de werkgever, of ter preventie van ziekteverzuim."),
]


def persons(data: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per person, from the deck (long) or an existing person table."""
    if data is None:
        data = cards.load_deck()
    return cards.person_table(data) if "kenmerk" in data.columns else data


def _series(table: pd.DataFrame) -> dict[int, pd.DataFrame]:
    return {reeks: group for reeks, group in table.groupby("reeks")}


def figures(data: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every figure of the overview as a number: one row per (kenmerk, maat).

    Columns ``reeks 1`` and ``reeks 2``. For instance the row
    (Opleidingsniveau, aantal WO/HBO) holds 9 and 3.
    """
    groups = _series(persons(data))
    rows = []
    for row in ROWS:
        for maat, measure in row.measures:
            rows.append({"kenmerk": row.kenmerk, "maat": maat,
                         **{f"reeks {r}": measure(group) for r, group in groups.items()}})
    return pd.DataFrame(rows).set_index(["kenmerk", "maat"])


def overview(deck: pd.DataFrame | None = None) -> pd.DataFrame:
    """The trainer's overview: one row per characteristic, in the manual's order.

    Columns: ``reeks 1`` and ``reeks 2`` (the figures in the manual's words,
    e.g. "9 van de 10 WO/HBO", "gemiddeld 39,5"), ``aanname`` (verbatim),
    ``opmerking`` (the manual's further remark, verbatim, or empty) and
    ``vraag`` (the discussion question: do the data support the assumption?).
    Rename with :data:`QUOTED_COLUMNS` before showing it to trainees.
    """
    groups = _series(persons(deck))
    rows = []
    for row in ROWS:
        texts = {}
        for reeks, group in groups.items():
            # As the manual writes them: 39,5 and 50 and 7600 (one decimal at most).
            values = [dutch.short(measure(group), 1) for _, measure in row.measures]
            texts[f"reeks {reeks}"] = row.template.format(*values, n=len(group))
        rows.append({"kenmerk": row.kenmerk, **texts, "aanname": row.aanname,
                     "opmerking": row.opmerking, "vraag": QUESTION})
    return pd.DataFrame(rows).set_index("kenmerk")


def group_means(table: pd.DataFrame) -> pd.DataFrame:
    """Mean of every numeric characteristic per series (index ``reeks``)."""
    return table.groupby("reeks")[cards.NUMERIC].mean()


def group_counts(table: pd.DataFrame) -> pd.DataFrame:
    """How many persons per series are counted by each entry of :data:`COUNTS`."""
    flags = pd.DataFrame({name: rule(table) for name, rule in COUNTS.items()})
    return flags.groupby(table["reeks"]).sum().astype(int)


def group_summary(table: pd.DataFrame) -> pd.DataFrame:
    """Means and counts per series, side by side.

    Two column levels: ``("gemiddelde", <numeric characteristic>)`` and
    ``("aantal", <what is counted>)``, e.g. ``("aantal", "WO/HBO")``.
    """
    return pd.concat({"gemiddelde": group_means(table), "aantal": group_counts(table)}, axis=1)


def standardised_differences(table: pd.DataFrame) -> pd.DataFrame:
    """How far apart the two series are on each numeric characteristic.

    Definition (the one a trainee computes):

        gestandaardiseerd verschil = (gemiddelde reeks 1 − gemiddelde reeks 2)
                                     / standaardafwijking van alle 20 personen

    with the standard deviation as pandas computes it (``.std()``, ddof=1).
    Dividing by the spread makes characteristics in different units
    comparable: a difference of 3000 euro studieschuld is smaller than it
    looks, a difference of 3.4 hospital visits larger. Sorted from the largest
    absolute difference down.
    """
    means = group_means(table)
    result = pd.DataFrame({
        "gemiddelde reeks 1": means.loc[1],
        "gemiddelde reeks 2": means.loc[2],
        "verschil": means.loc[1] - means.loc[2],
        "standaardafwijking": table[cards.NUMERIC].std(),
    })
    result["gestandaardiseerd verschil"] = result["verschil"] / result["standaardafwijking"]
    order = result["gestandaardiseerd verschil"].abs().sort_values(ascending=False).index
    return result.loc[order].rename_axis("kenmerk")


def largest_difference(table: pd.DataFrame) -> str:
    """The numeric characteristic with the largest absolute standardised difference.

    See :func:`standardised_differences` for the definition. For the deck
    this is "Aantal ziekenhuisbezoeken" (−1.28, before Leeftijd with −1.17);
    the same holds with a pooled within-series standard deviation. The raw
    difference would point at Studieschuld only because euros are big numbers.
    """
    return str(standardised_differences(table).index[0])


def plot_standardised_differences(table: pd.DataFrame, ax=None):
    """Bar chart of the standardised differences (Dutch labels)."""
    use_course_style()
    ax = ax or plt.subplots()[1]
    frame = standardised_differences(table).reset_index()
    sns.barplot(frame, x="gestandaardiseerd verschil", y="kenmerk", color=SERIES_LINE_COLOURS[1], ax=ax)
    ax.axvline(0, color="black", linewidth=1)
    comma_ticks(ax.xaxis)
    return finish(ax, "Hoe groot is het verschil tussen reeks 1 en reeks 2?",
                  "Gestandaardiseerd verschil (reeks 1 − reeks 2, in standaardafwijkingen)", "Kenmerk")


def plot_by_series(table: pd.DataFrame, kenmerk: str, ax=None):
    """One characteristic per series: dots for a number, bars of counts for a category."""
    use_course_style()
    ax = ax or plt.subplots()[1]
    frame = table.assign(groep=table["reeks"].map(SERIES_LABELS))
    palette = {SERIES_LABELS[r]: colour for r, colour in SERIES_LINE_COLOURS.items()}
    order = [SERIES_LABELS[1], SERIES_LABELS[2]]
    if kenmerk in cards.NUMERIC:
        sns.stripplot(frame, x="groep", y=kenmerk, hue="groep", order=order, palette=palette,
                      size=7, jitter=0.15, ax=ax)
        # The mean as a short black line: the figure the overview reports.
        means = frame.groupby("groep")[kenmerk].mean()
        for position, groep in enumerate(order):
            ax.hlines(means[groep], position - 0.3, position + 0.3, color="black", linewidth=2,
                      label="gemiddelde" if position == 0 else None)
        ax.legend(loc="best")
        return finish(ax, f"{kenmerk} per reeks", "Reeks", kenmerk)
    levels = EDUCATION_ORDER if kenmerk == "Opleidingsniveau" else None
    sns.countplot(frame, y=kenmerk, hue="groep", order=levels, hue_order=order, palette=palette, ax=ax)
    ax.legend(title="")
    return finish(ax, f"{kenmerk} per reeks", "Aantal personen", kenmerk)
