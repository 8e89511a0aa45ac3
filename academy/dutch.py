"""Numbers as a Dutch reader writes them: a decimal comma and a thousands dot (39,5; 10.000; 44,8%).

Every figure a trainee reads in text, feedback or a chart goes through here.
"""

from __future__ import annotations

_SWAP = str.maketrans(",.", ".,")


def number(value: float, spec: str = "g") -> str:
    """``value`` formatted with ``spec`` (as in an f-string), the Dutch way: ``number(6172, ",")`` is '6.172'."""
    return format(value, spec).translate(_SWAP)


def short(value: float, decimals: int = 2, thousands: bool = False) -> str:
    """At most ``decimals`` decimals and no trailing zeros: 0.8 -> '0,8', 1.0 -> '1', 39.50 -> '39,5'.

    ``thousands`` adds the thousands dot (12.345,6). A value that rounds to zero is '0', never '-0'."""
    text = number(float(value), f"{',' if thousands else ''}.{decimals}f")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return "0" if text == "-0" else text


def percent(fraction: float, decimals: int = 1) -> str:
    """A fraction as a percentage: 0.448 -> '44,8%'."""
    return number(fraction * 100, f".{decimals}f") + "%"


def table_number(value: float) -> str:
    """A float in a pandas table: at most four decimals, no trailing zeros, Dutch separators (12.345,6)."""
    return short(value, 4, thousands=True)


YES_NO = {True: "ja", False: "nee"}


def yes_no(table):
    """A pandas table or column whose True/False (values and labels) read ja/nee, for display.

    Only columns and index levels of a boolean type change; the table itself is left as it is."""
    import pandas as pd

    def labels(index: pd.Index) -> pd.Index:
        if isinstance(index, pd.MultiIndex):
            return index.set_levels([labels(level) for level in index.levels])
        return index.map(YES_NO) if pd.api.types.is_bool_dtype(index) else index

    if isinstance(table, pd.Series):
        shown = table.map(YES_NO) if pd.api.types.is_bool_dtype(table) else table.copy(deep=False)
    else:
        shown = table.copy(deep=False)
        for position, dtype in enumerate(table.dtypes):
            if pd.api.types.is_bool_dtype(dtype):
                shown.isetitem(position, table.iloc[:, position].map(YES_NO))
        shown.columns = labels(table.columns)
    shown.index = labels(table.index)
    return shown
