"""The data maturity quick scan of chapter 9, drawn as a radar chart.

Seed 004 scores a municipality's data maturity ("datavolwassenheid") per
category on five levels. ``MaturityScan`` is the model: per category one
statement, answered with the level that fits the trainee's own organisation
best, or ``None`` while not chosen. Its stored form is a plain dict
``{"cultuur": 2, ...}`` (:meth:`MaturityScan.to_answer`) that the trainee
copies into the answer cell as ``datavolwassenheid = {...}``, because
nbgrader does not save widget clicks. :func:`validate_answer` checks that
form, :func:`class_average` averages a class's answers for the trainer, and
:func:`radar_chart` draws one scan, optionally next to the class average.

The seed names four levels (Gecontroleerd, Gestandaardiseerd,
Geoptimaliseerd, Innovatief); the name of the lowest level is unreadable in
the slide (a "?"), so the course calls it "Initieel", as maturity models
usually do.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Mapping
from html import escape

import numpy as np

from academy import dutch
from academy.feedback import WrongAnswer, fail
from academy.widgets.scale import Scale, ScaleAnswers

LEVELS = {
    1: "Initieel",
    2: "Gecontroleerd",
    3: "Gestandaardiseerd",
    4: "Geoptimaliseerd",
    5: "Innovatief",
}
LEVEL_DESCRIPTIONS = {
    1: "Er gebeurt nog weinig. Het hangt af van losse personen.",
    2: "We houden het bij en hebben overzicht, maar nog niet overal.",
    3: "Er zijn vaste afspraken en werkwijzen voor de hele organisatie.",
    4: "We meten hoe goed het gaat en verbeteren het steeds.",
    5: "We lopen voorop en proberen nieuwe dingen uit.",
}
# The seed's categories, each with its label and the statement to score.
CATEGORIES = {
    "leiderschap en strategie": (
        "Leiderschap en strategie",
        "Het gebruik van data is onderdeel van de strategie. De leiding stuurt daarop.",
    ),
    "cultuur": (
        "Cultuur",
        "Collega's zijn nieuwsgierig naar wat data laten zien. Besluiten steunen op feiten.",
    ),
    "technologie": (
        "Technologie",
        "Er zijn tools en capaciteit (systemen en mensen) om datagedreven te werken.",
    ),
    "datakennis": (
        "Datakennis",
        "Er is kennis en kunde om met data te werken en de juiste vragen te stellen.",
    ),
    "databeveiliging en juridisch": (
        "Databeveiliging en juridisch",
        "We weten welke data we mogen gebruiken (de AVG) en we beveiligen ze goed.",
    ),
    "processen": (
        "Processen",
        "Er zijn procedures en protocollen voor het werken met data, en iedereen volgt ze.",
    ),
    "datakwaliteit": (
        "Datakwaliteit",
        "Iemand is verantwoordelijk voor de kwaliteit van de data. De data kloppen en zijn compleet.",
    ),
}
CATEGORY_IDS = list(CATEGORIES)

# The quick scans of four fictitious colleagues of one municipality: the example team of
# chapter 9 (its exercise on the lowest average, checked in academy.checks.afronding).
# Built so that the team's lowest average (datakwaliteit) differs from the
# first colleague's lowest score (datakennis) and from the highest average.
TEAM_SCANS = [
    {"leiderschap en strategie": 3, "cultuur": 3, "technologie": 3, "datakennis": 1,
     "databeveiliging en juridisch": 4, "processen": 3, "datakwaliteit": 2},
    {"leiderschap en strategie": 2, "cultuur": 3, "technologie": 2, "datakennis": 3,
     "databeveiliging en juridisch": 3, "processen": 2, "datakwaliteit": 2},
    {"leiderschap en strategie": 3, "cultuur": 2, "technologie": 3, "datakennis": 3,
     "databeveiliging en juridisch": 4, "processen": 3, "datakwaliteit": 1},
    {"leiderschap en strategie": 4, "cultuur": 3, "technologie": 2, "datakennis": 3,
     "databeveiliging en juridisch": 4, "processen": 2, "datakwaliteit": 2},
]

ANSWER_NAME = "datavolwassenheid"
_SCALE = Scale(
    labels=LEVELS, range_text="het nummer van een niveau: een heel getal van 1 (Initieel) tot en met 5 (Innovatief)",
    item="categorie", items="categorieën", value="niveau",
    unknown=f"is geen categorie van de scan. De categorieën zijn: {', '.join(CATEGORY_IDS)}.",
    example="{'cultuur': 2, ...}", copy_from="onder de scan", choose="Kies bij elke categorie een niveau",
)


class MaturityScan(ScaleAnswers):
    """A trainee's quick scan: a level per category, ``None`` where not chosen yet."""

    SCALE, ITEM_IDS, ANSWER_NAME = _SCALE, CATEGORY_IDS, ANSWER_NAME
    UNKNOWN = f"is geen categorie van de scan. Kies uit: {', '.join(CATEGORY_IDS)}."

    @property
    def levels(self) -> dict[str, int | None]:
        return self.answers


validate_answer = MaturityScan.validate_answer


def class_average(answers: Iterable[Mapping], skip_invalid: bool = False) -> dict[str, float]:
    """The class's mean level per category (rounded to two decimals), for the trainer.

    ``answers`` are stored answers, e.g. one ``datavolwassenheid`` dict per
    submission. An invalid answer raises ``ValueError`` naming its position
    in the list, unless ``skip_invalid`` is set; with no valid answer at all
    a ``ValueError`` says so.
    """
    clean = []
    for number, obj in enumerate(answers):
        try:
            clean.append(validate_answer(obj))
        except WrongAnswer as problem:
            if skip_invalid:
                continue
            raise ValueError(f"Answer number {number} (counting from 0) is invalid: {problem}") from None
    if not clean:
        raise ValueError("No valid answers to average.")
    return {category: round(float(np.mean([answer[category] for answer in clean])), 2)
            for category in CATEGORY_IDS}


def _scores(obj, name: str) -> list[float]:
    """Scores in category order; levels may be averages (floats) between 1 and 5."""
    if isinstance(obj, MaturityScan):
        obj = obj.to_answer()
    if not isinstance(obj, Mapping):
        fail(f"`{name}` moet een woordenboek zijn, zoals {{'cultuur': 2, ...}}.")
    missing = [category for category in CATEGORY_IDS if obj.get(category) is None]
    if missing:
        fail(f"In `{name}` ontbreekt een niveau bij: {', '.join(missing)}. Kies eerst bij elke categorie een niveau.")
    values = []
    for category in CATEGORY_IDS:
        value = obj[category]
        if isinstance(value, bool) or not isinstance(value, numbers.Number) or not 1 <= value <= 5:
            fail(f"Bij {category} staat {value!r} in `{name}`. Gebruik {_SCALE.range_text}.")
        values.append(float(value))
    return values


def radar_chart(scores, compare=None, ax=None, title: str = "Datavolwassenheid van jouw organisatie",
                label: str = "Jouw scan", compare_label: str = "Klasgemiddelde"):
    """A radar (spider) chart: one spoke per category, the level 1-5 along each spoke.

    ``scores`` is an answer dict (or a :class:`MaturityScan`, or a class
    average from :func:`class_average`); ``compare`` an optional second one,
    drawn dashed, e.g. the class average next to a trainee's own scan. The
    two differ in line style and are named in the legend, so colour is not
    the only cue. Returns the polar Axes.
    """
    import matplotlib.pyplot as plt

    from academy.plotting import PALETTE

    series = [(label, _scores(scores, "scores"), PALETTE[0], "-", "o")]
    if compare is not None:
        series.append((compare_label, _scores(compare, "compare"), PALETTE[1], "--", "s"))
    angles = np.linspace(0, 2 * np.pi, len(CATEGORY_IDS), endpoint=False).tolist()
    if ax is None:
        _, ax = plt.subplots(figsize=(6.5, 6.5), subplot_kw={"projection": "polar"})
    ax.set_theta_offset(np.pi / 2)  # the first category at the top, then clockwise
    ax.set_theta_direction(-1)
    for name, values, colour, style, marker in series:
        ax.plot(angles + angles[:1], values + values[:1], color=colour, linestyle=style,
                marker=marker, linewidth=2, label=name)
        ax.fill(angles + angles[:1], values + values[:1], color=colour, alpha=0.12)
    ax.set_xticks(angles)
    ax.set_xticklabels([CATEGORIES[category][0] for category in CATEGORY_IDS], fontsize=9)
    ax.set_ylim(0, 5)
    ax.set_yticks(list(LEVELS))
    ax.set_yticklabels([f"{number} {name}" for number, name in LEVELS.items()], fontsize=7, color="#444")
    ax.set_rlabel_position(180 / len(CATEGORY_IDS))
    ax.set_title(title, pad=24)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2, fontsize=9, frameon=False)
    return ax


RADAR_ALT_START = "Radardiagram van de datavolwassenheid, niveau 1 tot en met 5 per categorie."


def _described(obj, name: str) -> str:
    """The level per category in Dutch words, e.g. "Cultuur 3 (Gestandaardiseerd); ..."."""

    def level(value: float) -> str:
        if float(value).is_integer():
            return f"{int(value)} ({LEVELS[int(value)]})"
        return dutch.short(value, 2)

    return "; ".join(f"{CATEGORIES[category][0]} {level(value)}"
                     for category, value in zip(CATEGORY_IDS, _scores(obj, name)))


def _compare_alt(compare, compare_label: str) -> str:
    return f" {compare_label} (gestippeld): {_described(compare, 'compare')}." if compare is not None else ""


def radar_alt(scores, compare=None, label: str = "Jouw scan", compare_label: str = "Klasgemiddelde") -> str:
    """What :func:`radar_chart` shows, in Dutch: the level per category (the figure's alt text)."""
    return f"{RADAR_ALT_START} {label}: {_described(scores, 'scores')}.{_compare_alt(compare, compare_label)}"


def view(model: MaturityScan | None = None, compare=None):
    """Per category its statement and five level buttons; the radar chart and the line to copy below.

    ``compare`` (e.g. a class average) is drawn next to the trainee's scan
    once every category has a level. The radar is drawn in the browser
    (academy/widgets/js/scale.js), as :func:`radar_chart` draws it, so it also
    follows the clicks on the static site.
    """
    from academy.widgets.scale import scale_view

    model = model or MaturityScan()
    legend = (
        "<p><strong>De niveaus</strong></p><ol>"
        + "".join(f"<li><strong>{escape(LEVELS[n])}</strong>: {escape(LEVEL_DESCRIPTIONS[n])}</li>" for n in LEVELS)
        + "</ol>"
    )
    compare_label = "Klasgemiddelde"
    radar = {
        "title": "Datavolwassenheid van jouw organisatie", "label": "Jouw scan", "compare_label": compare_label,
        "labels": [CATEGORIES[category][0] for category in CATEGORY_IDS],
        "compare": None if compare is None else _scores(compare, "compare"),
        "alt_start": RADAR_ALT_START, "compare_alt": _compare_alt(compare, compare_label),
        "waiting": "Het radardiagram verschijnt als je bij elke categorie een niveau hebt gekozen.",
    }
    items = [{"id": category, "before": "", "text": f"{CATEGORIES[category][0]}: {CATEGORIES[category][1]}"}
             for category in CATEGORY_IDS]
    return scale_view(model, items, tooltips=[LEVEL_DESCRIPTIONS[number] for number in LEVELS],
                      intro=legend, radar=radar, share_question="volwassenheid")
