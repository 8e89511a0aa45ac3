"""Helper package of the course "Datagedreven werken in het sociaal domein".

One module per idea: ``cards`` (the deck), ``feedback`` (Dutch checks),
``errors`` (Python's errors explained in Dutch), ``runs`` (which cells ran),
``plotting`` (the course style), ``datasets`` (data files and their seeded
generators), ``widgets`` (pure-Python models with thin ipywidgets views).
This is what trainees run (every chapter imports it); the trainer's tools are
the package ``academy_trainer``, which this package never imports.
"""

import sys

__version__ = "0.1.0"


def _notebook_shell():
    """The IPython shell this runs in (a Jupyter kernel), or None in a plain Python process."""
    ipython = sys.modules.get("IPython")  # loaded by every Jupyter kernel; never imported here
    return ipython.get_ipython() if ipython is not None else None


def _short_tracebacks(shell) -> None:
    """Show an error as its last line only (IPython's "Minimal" mode).

    A failed check raises an AssertionError carrying a Dutch sentence: the trainee
    should read that sentence, not a stack of the course's internals. This is what
    ``%xmode Minimal`` does, without printing an English line on every chapter page.
    nbgrader grades with the same mode (``nbgrader_config.py``)."""
    if hasattr(shell, "InteractiveTB"):
        shell.InteractiveTB.set_mode(mode="Minimal")


def _dutch_tables(shell) -> None:
    """pandas shows decimals the Dutch way (0,25, not 0.25) and True/False as ja/nee: trainees read the tables.

    pandas has no display option for booleans, so the notebook's own formatters show a ja/nee copy."""
    import pandas  # every chapter imports it anyway; only done in a notebook

    from academy.dutch import table_number, yes_no

    pandas.set_option("display.float_format", table_number)
    formatters = shell.display_formatter.formatters
    formatters["text/html"].for_type(pandas.DataFrame, lambda table: yes_no(table)._repr_html_())
    for kind in (pandas.DataFrame, pandas.Series):
        formatters["text/plain"].for_type(kind, lambda table, printer, cycle: printer.text(repr(yes_no(table))))


def _set_up_notebook() -> None:
    shell = _notebook_shell()
    if shell is not None:
        from academy import errors, runs

        _short_tracebacks(shell)
        _dutch_tables(shell)
        runs.install(shell)  # checks can tell a stale answer (academy.feedback.answer)
        errors.install(shell)  # Python's errors explained in Dutch


_set_up_notebook()
