"""The Linda exercise: the options, the conjunction rule, and a class's results.

The text is the Zaanstad data-academy's version (seed 002) of Tversky &
Kahneman's "Linda problem". A ranking is a list of the letters A-F, most
probable first. Ranking F ("bankbediende en actief feministe") above D
("bankbediende") is the conjunction fallacy: someone who is a bank teller
*and* a feminist is always also a bank teller, so F can never be more
probable than D.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from academy.feedback import fail, require_columns

DESCRIPTION = [
    "31 jaar",
    "Single",
    "Erg extrovert",
    "Erg slim",
    "Heeft filosofie gestudeerd",
    "Begaan met sociale rechtvaardigheid",
    "Tegen Discriminatie",
    "Tijdens studie deelgenomen aan anti-kernwapen demonstraties",
]
QUESTION = "Wat past het beste bij Linda? Maak een volgorde op waarschijnlijkheid!"
OPTIONS = {
    "A": "Verzekeringsagent",
    "B": "Boekwinkelmedewerker en actief yogabeoefenaar",
    "C": "Actief feministe",
    "D": "Bankbediende",
    "E": "Sociaalpsychiatrisch werker",
    "F": "Bankbediende en actief feministe",
}
LETTERS = list(OPTIONS)
SINGLE, CONJUNCTION = "D", "F"  # bankbediende; bankbediende en actief feministe

# The seed's questions to the group after the ranking.
FOLLOW_UP_QUESTIONS = [
    "Wie heeft optie F (Bankbediende en actief feministe) hoger op het lijstje staan dan optie D (Bankbediende)?",
    "Wie heeft actief feministe (C) hoog staan?",
    "Had ik daar iets over gezegd?",
]

# Tversky, A. & Kahneman, D. (1983). Extensional versus intuitive reasoning:
# the conjunction fallacy in probability judgment. Psychological Review 90(4),
# 293-315. Share of statistically naive respondents who put "bank teller and
# feminist" above "bank teller": in the ranking version (eight statements) and
# in the version with only those two options to choose from.
TK_1983_RANKING = 0.89
TK_1983_TWO_OPTIONS = 0.85
TK_1983_SOURCE = (
    "Tversky & Kahneman (1983), Psychological Review 90(4), 293-315"
)

# A neutral example for messages: a real order could steer the trainee's answer.
EXAMPLE = "rangorde = ['A', 'B', 'C', 'D', 'E', 'F'], maar dan in jouw volgorde"


def option_lines() -> list[str]:
    """The six options as the trainee sees them: 'A. Verzekeringsagent', ..."""
    return [f"{letter}. {text}" for letter, text in OPTIONS.items()]


def validate_ranking(ranking) -> list[str]:
    """The ranking as a list of capital letters, or a Dutch ``WrongAnswer``.

    A valid ranking names each of A-F exactly once, most probable first;
    lower case letters and spaces around them are accepted.
    """
    if isinstance(ranking, str):
        fail("Je rangorde is één stuk tekst. Maak er een lijst van: zet elke letter tussen "
             f"aanhalingstekens en komma's ertussen, zoals {EXAMPLE}.")
    if isinstance(ranking, Mapping) or not isinstance(ranking, (list, tuple)):
        fail(f"Je rangorde moet een lijst met letters zijn, zoals {EXAMPLE}.")
    not_text = [item for item in ranking if not isinstance(item, str)]
    if not_text:
        fail(f"In je rangorde staat {not_text[0]!r}. Gebruik alleen de letters A tot en met F, "
             "elk tussen aanhalingstekens.")
    letters = [item.strip().upper() for item in ranking]
    unknown = [letter for letter in letters if letter not in OPTIONS]
    if unknown:
        fail(f"'{unknown[0]}' is geen optie. Gebruik alleen de letters A tot en met F.")
    doubles = sorted({letter for letter in letters if letters.count(letter) > 1})
    if doubles:
        fail(f"De letter {', '.join(doubles)} staat meer dan één keer in je rangorde. "
             "Zet elke letter precies één keer in de lijst.")
    missing = [letter for letter in LETTERS if letter not in letters]
    if missing:
        fail(f"In je rangorde mist {', '.join(missing)}. Zet alle zes letters (A tot en met F) in de lijst.")
    return letters


def is_conjunction_fallacy(ranking) -> bool:
    """True when F (bankbediende en actief feministe) stands above D (bankbediende)."""
    letters = validate_ranking(ranking)
    return letters.index(CONJUNCTION) < letters.index(SINGLE)


@dataclass(frozen=True)
class ClassShare:
    """How many of a class's rankings put F above D."""

    fallacy: int
    valid: int
    invalid: int

    @property
    def share(self) -> float:
        """Fallacies as a fraction of the valid rankings (NaN without any)."""
        return self.fallacy / self.valid if self.valid else float("nan")

    def summary(self) -> str:
        """One Dutch sentence (two with invalid rankings) for the class discussion."""
        if not self.valid:
            text = "Er is nog geen geldige rangorde."
        else:
            verb = "zet" if self.fallacy == 1 else "zetten"
            text = (f"{self.fallacy} van de {self.valid} geldige rangordes {verb} F boven D "
                    f"({self.share:.0%}). Bij Tversky en Kahneman (1983) was dat {TK_1983_RANKING:.0%}.")
        if self.invalid == 1:
            text += " 1 rangorde was ongeldig en telt niet mee."
        elif self.invalid > 1:
            text += f" {self.invalid} rangordes waren ongeldig en tellen niet mee."
        return text


def class_share(rankings) -> ClassShare:
    """Count the fallacies in a class's rankings (a list, or a dict name -> ranking).

    Invalid rankings (not a permutation of A-F) are counted apart and left
    out of the share.
    """
    if isinstance(rankings, Mapping):
        rankings = rankings.values()
    if isinstance(rankings, str) or not isinstance(rankings, Iterable):
        raise ValueError("Expected a list of rankings or a dict of name -> ranking.")
    fallacy = valid = invalid = 0
    for ranking in rankings:
        try:
            fallacy += is_conjunction_fallacy(ranking)
        except AssertionError:
            invalid += 1
            continue
        valid += 1
    return ClassShare(fallacy=fallacy, valid=valid, invalid=invalid)


# A synthetic population of women who fit Linda's description. The shares are
# invented for the exercise (not survey figures): feminism is common among
# them, bank tellers are rare. Jobs exclude each other; activities do not.
POPULATION_JOBS = {
    "verzekeringsagent": 0.03,
    "boekwinkelmedewerker": 0.06,
    "bankbediende": 0.04,
    "sociaalpsychiatrisch_werker": 0.12,
}
POPULATION_ACTIVITIES = {"feministe": 0.60, "yogabeoefenaar": 0.30}
POPULATION_SEED = 1983
POPULATION_SIZE = 10_000


def population(n: int = POPULATION_SIZE, seed: int = POPULATION_SEED) -> pd.DataFrame:
    """``n`` synthetic women like Linda, one row each, with yes/no columns.

    Columns: ``persoon`` (1..n), one boolean per job of ``POPULATION_JOBS``
    (at most one is True; the rest have another job) and per activity of
    ``POPULATION_ACTIVITIES``. A trainee can call this, so errors are Dutch.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"Het aantal vrouwen (n) moet een heel getal van 1 of meer zijn, zoals 10000, niet {n!r}.")
    rng = np.random.default_rng(seed)
    jobs = list(POPULATION_JOBS)
    shares = list(POPULATION_JOBS.values())
    drawn = rng.choice(len(jobs) + 1, size=n, p=[*shares, 1 - sum(shares)])
    frame = pd.DataFrame({"persoon": np.arange(1, n + 1)})
    for index, job in enumerate(jobs):
        frame[job] = drawn == index
    for activity, share in POPULATION_ACTIVITIES.items():
        frame[activity] = rng.random(n) < share
    return frame


def conjunction_probabilities(frame: pd.DataFrame, first: str = "bankbediende",
                              second: str = "feministe") -> dict[str, float]:
    """P(first) and P(first and second) in a population, as fractions.

    Keys: ``first`` and ``"<first> en <second>"``, e.g. ``"bankbediende"``
    and ``"bankbediende en feministe"``. The second is never larger.
    A trainee can call this, so errors are Dutch.
    """
    require_columns(frame, [first, second], advice="Gebruik een tabel met vrouwen, zoals bevolking.")
    both = frame[first] & frame[second]
    return {first: float(frame[first].mean()), f"{first} en {second}": float(both.mean())}
