"""A made-up class's answers to the poll of Deel 2, to practise reading class results.

Twelve fictitious colleagues, each with a position (1 to 5) on every
statement. Before the trainer shows the real spread of the group (``python
-m academy_trainer class-results``), chapter 5 lets trainees count in this
example with the same table (:func:`academy.widgets.poll.class_spread`).

The answers are invented, not results of any dialogue. Each group of
statements gets a leaning (e.g. most agree with the conditions) so the table
has a shape worth talking about; the spread around it is random but seeded:
the same class, byte for byte, every time.
"""

from __future__ import annotations

import numpy as np

from academy.dialogue import STATEMENTS

# Mean position per group of statements, on the 1-5 scale, before rounding.
LEANING = {"kans": 3.7, "risico": 3.6, "voorwaarde": 4.3, "vertrouwen": 2.7, "bang": 3.2}
SPREAD = 1.0  # standard deviation around the leaning
SIZE, SEED = 12, 26
_LEANINGS = np.array([LEANING[statement.group.key] for statement in STATEMENTS.values()])


def example_class(size: int = SIZE, seed: int = SEED) -> list[dict[str, int]]:
    """``size`` stored poll answers (``{"kans_1": 4, ...}``), complete and valid."""
    rng = np.random.default_rng(seed)
    answers = []
    for _ in range(size):
        positions = _LEANINGS + rng.normal(0.0, SPREAD, len(STATEMENTS))
        rounded = np.clip(np.rint(positions), 1, 5).astype(int)
        answers.append({statement_id: int(value) for statement_id, value in zip(STATEMENTS, rounded)})
    return answers

