"""Helper package of the course "Datagedreven werken in het sociaal domein".

One module per idea: ``cards`` (the deck), ``feedback`` (Dutch checks),
``plotting`` (the course style), ``datasets`` (data files and their seeded
generators), ``widgets`` (pure-Python models with thin ipywidgets views).
"""

import sys

__version__ = "0.1.0"


def _short_tracebacks() -> None:
    """In a notebook, show an error as its last line only (IPython's "Minimal" mode).

    A failed check raises an AssertionError carrying a Dutch sentence: the trainee
    should read that sentence, not a stack of the course's internals. This is what
    ``%xmode Minimal`` does, without printing an English line on every chapter page.
    nbgrader grades with the same mode (``nbgrader_config.py``)."""
    ipython = sys.modules.get("IPython")  # loaded by every Jupyter kernel; never imported here
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None and hasattr(shell, "InteractiveTB"):
        shell.InteractiveTB.set_mode(mode="Minimal")


def _dutch_tables() -> None:
    """In a notebook, pandas shows decimals the Dutch way (0,25, not 0.25): trainees read the tables."""
    if "IPython" not in sys.modules or sys.modules["IPython"].get_ipython() is None:
        return
    import pandas

    from academy.dutch import table_number

    pandas.set_option("display.float_format", table_number)


_short_tracebacks()
_dutch_tables()
