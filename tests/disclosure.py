"""What a reader can work out from a table with hidden counts: the attacks the suppression tests run.

A reader sees the shown cells and knows the totals of some groups of cells (a
cluster's size, the number of clients with a value). Two attacks:

* one group at a time: total minus shown cells gives the sum of its hidden
  cells; a sum below ten gives small counts away;
* all groups together: a hidden cell's count follows exactly from the known
  totals when its unit vector lies in the row space of the reader's equations
  (one row per known total, one column per hidden cell; numpy's matrix_rank).

A group whose total is below ten is skipped: that total is a small count
itself, hidden wherever it is shown.
"""

from __future__ import annotations

import numpy as np

SMALL = 10
MARKS = {"<10", "x"}


def is_hidden(shown) -> bool:
    return isinstance(shown, str) and shown in MARKS


def what_a_reader_finds(cells: dict, groups: dict) -> list:
    """Every small count a reader can work out.

    ``cells``: {key: (shown value or mark, true count)}; a cell that is not
    shown at all but follows from a total (households *without* youth care)
    is passed with a mark. ``groups``: {name: [keys]} whose totals are known.
    Returns ``(group name, sum)`` for a group whose hidden cells add up to
    fewer than ten, and ``(key, count)`` for a hidden count below ten that
    follows exactly from the totals.
    """
    known = {name: keys for name, keys in groups.items() if sum(cells[key][1] for key in keys) >= SMALL}
    found = []
    for name, keys in known.items():
        hidden = [cells[key][1] for key in keys if is_hidden(cells[key][0])]
        if hidden and sum(hidden) < SMALL:
            found.append((name, sum(hidden)))
    hidden = [key for key, (shown, _) in cells.items() if is_hidden(shown)]
    equations = np.array([[key in keys for key in hidden] for keys in known.values()], dtype=float)
    equations = equations.reshape(len(known), len(hidden))
    rank = np.linalg.matrix_rank(equations) if equations.size else 0
    for number, key in enumerate(hidden):
        unit = np.zeros((1, len(hidden)))
        unit[0, number] = 1
        if cells[key][1] < SMALL and np.linalg.matrix_rank(np.vstack([equations, unit])) == rank:
            found.append((key, cells[key][1]))
    return found


def table_cells(shown, counts) -> tuple[dict, dict]:
    """The cells and known totals of a cross table (rows and columns) or a Series (its total)."""
    if counts.ndim == 1:
        cells = {key: (shown[key], int(counts[key])) for key in counts.index}
        return cells, {"totaal": list(counts.index)}
    cells = {(row, column): (shown.loc[row, column], int(counts.loc[row, column]))
             for row in counts.index for column in counts.columns}
    groups = {("rij", row): [(row, column) for column in counts.columns] for row in counts.index}
    groups.update({("kolom", column): [(row, column) for row in counts.index] for column in counts.columns})
    return cells, groups
