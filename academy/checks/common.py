"""Helpers the checks of several chapters share (and their hidden checks may use)."""

from __future__ import annotations

import numbers


def cell_text(value) -> str:
    """A cell as comparable text: 42, 42.0, np.int64(42) and "42" all become "42"."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(int(value))
    if isinstance(value, numbers.Real) and not isinstance(value, bool) and float(value).is_integer():
        return str(int(value))
    return str(value)
