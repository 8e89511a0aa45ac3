"""Samenhang is geen causaliteit: interventions that do nothing still "work".

A small simulation (seed 001, §2 and §8: "Selectie van kansrijkere personen
naar interventie X kan leiden tot meer starters"). Every person has a hidden
``kansrijkheid`` (how good their chances on the labour market are). Whether
they find work depends on that alone: the number of interventions is not in
the formula, so the true effect is zero by construction. Consultants,
however, give more interventions to people with better chances; ``selection``
(0 to 1) says how strongly. The more they select, the more "many
interventions" goes with "found work", while the true effect stays zero.

Same seed, same people: only who gets the interventions changes with
``selection`` (the number of interventions handed out stays the same), so
the apparent effect grows smoothly as the slider moves.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib import pyplot as plt

from academy import dutch
from academy.plotting import PALETTE, comma_ticks, finish, use_course_style

# Chance of work = logistic(BASE + SPREAD * kansrijkheid + EFFECT * interventies).
BASE = 0.0
SPREAD = 1.5
EFFECT = 0.0  # interventions do nothing: this is the whole point
# Interventions per person: about 3 on average (as in the deck), 0 to 6.
MEAN_INTERVENTIONS, SD_INTERVENTIONS, MAX_INTERVENTIONS = 3.0, 1.5, 6


def chance_of_work(kansrijkheid, interventies) -> np.ndarray:
    """The true chance that a person finds work (the interventions term is zero)."""
    logit = BASE + SPREAD * np.asarray(kansrijkheid, dtype=float) + EFFECT * np.asarray(interventies, dtype=float)
    return 1.0 / (1.0 + np.exp(-logit))


def simulate(n: int = 2000, selection: float = 0.0, seed: int = 0) -> pd.DataFrame:
    """``n`` persons with columns kansrijkheid, interventies, kans_op_werk and werk (True/False).

    ``selection`` is the correlation between a person's chances and how many
    interventions the consultant hands out: 0 is by lot, 1 is purely to the
    people with the best chances.
    """
    if isinstance(selection, bool) or not 0.0 <= float(selection) <= 1.0:
        raise ValueError(f"selection moet tussen 0 en 1 liggen, niet {selection!r}.")
    rng = np.random.default_rng(seed)
    kansrijkheid = rng.standard_normal(n)
    luck = rng.standard_normal(n)  # what else decides how many interventions someone gets
    draw = rng.random(n)
    # A score with standard deviation 1 whatever the selection, correlated `selection` with the chances.
    score = selection * kansrijkheid + np.sqrt(1.0 - selection**2) * luck
    interventies = np.clip(np.rint(MEAN_INTERVENTIONS + SD_INTERVENTIONS * score), 0, MAX_INTERVENTIONS).astype(int)
    kans = chance_of_work(kansrijkheid, interventies)
    return pd.DataFrame({
        "kansrijkheid": kansrijkheid,
        "interventies": interventies,
        "kans_op_werk": kans,
        "werk": draw < kans,
    })


def many_interventions(frame: pd.DataFrame) -> pd.Series:
    """True for persons with more interventions than the median ("veel"), False for the rest ("weinig")."""
    return frame["interventies"] > frame["interventies"].median()


def apparent_effect(frame: pd.DataFrame) -> float:
    """What the data seem to say: share finding work with many minus with few interventions.

    A fraction: 0.20 means 20 percentage points more people with many
    interventions found work.
    """
    many = many_interventions(frame)
    return float(frame.loc[many, "werk"].mean() - frame.loc[~many, "werk"].mean())


def true_effect(frame: pd.DataFrame) -> float:
    """The same comparison made fairly: the same persons, once with many, once with few interventions.

    Averages over all persons the true chance of work with the mean number of
    interventions of the "veel" group minus that with the mean of the
    "weinig" group. Zero here, because :data:`EFFECT` is zero.
    """
    many = many_interventions(frame)
    high, low = frame.loc[many, "interventies"].mean(), frame.loc[~many, "interventies"].mean()
    people = frame["kansrijkheid"]
    return float(np.mean(chance_of_work(people, high) - chance_of_work(people, low)))


# Within this many percentage points a difference reads as "ongeveer" none (chance alone gives that much).
ABOUT_EQUAL = 2


def _points(effect: float) -> int:
    """The effect in whole percentage points; 0 when within :data:`ABOUT_EQUAL` of zero."""
    points = round(effect * 100)
    return 0 if abs(points) <= ABOUT_EQUAL else points


def percentage_points(effect: float) -> str:
    """An effect as Dutch text: 0.183 -> '18 procentpunt', -0.05 -> '-5 procentpunt', 0 -> '0 procentpunt'.

    Within :data:`ABOUT_EQUAL` points of zero: 'ongeveer 0 procentpunt', as
    :func:`finds_work` says "ongeveer even vaak". The figure's title, its alt
    text, the slider's sentence and chapter 4's table all write an effect
    with these two, so they never disagree.
    """
    points = _points(effect)
    return f"{'ongeveer ' if points == 0 and effect != 0 else ''}{points} procentpunt"


def finds_work(effect: float) -> str:
    """How often one group finds work compared with another, as Dutch words.

    0.183 -> 'vinden 18 procentpunt vaker werk dan', -0.05 -> 'vinden 5
    procentpunt minder vaak werk dan', 0.01 -> 'vinden ongeveer even vaak
    werk als' (within :data:`ABOUT_EQUAL` points).
    """
    points = _points(effect)
    if points == 0:
        return "vinden ongeveer even vaak werk als"
    return f"vinden {percentage_points(abs(effect))} {'vaker' if points > 0 else 'minder vaak'} werk dan"


def strength_text(selection: float) -> str:
    """A selection strength as Dutch text: 0.8 -> '0,8', 1.0 -> '1', 0.25 -> '0,25'.

    The one way a strength is written: in the figure's title, the slider's
    labels, the alt text and chapter 4's table.
    """
    return dutch.short(selection, 2)


def plot(selection: float, n: int = 2000, seed: int = 0):
    """Two panels: who gets the interventions, and who finds work. Returns the figure."""
    use_course_style()
    frame = simulate(n, selection, seed)
    frame = frame.assign(goede_kansen=frame["kansrijkheid"] > 0)
    # Not sharey: a shared y axis hides the right panel's label. Both run from 0 to 1 anyway.
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    sns.barplot(frame, x="interventies", y="goede_kansen", errorbar=None, color=PALETTE[4], ax=left)
    finish(left, "Wie krijgt veel interventies?", "Aantal interventies", "Aandeel met goede kansen")
    sns.barplot(frame, x="interventies", y="werk", errorbar=None, color=PALETTE[2], ax=right)
    finish(right, "Wie vindt werk?", "Aantal interventies", "Aandeel dat werk vond")
    for ax in (left, right):
        ax.set_ylim(0, 1)
        comma_ticks(ax.yaxis)
    fig.suptitle(
        f"Consulenten kiezen met sterkte {strength_text(selection)}\n"
        f"Schijnbaar effect: {percentage_points(apparent_effect(frame))}. "
        f"Echt effect: {percentage_points(true_effect(frame))}.",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig
