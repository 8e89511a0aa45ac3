"""Helper package of the course "Datagedreven werken in het sociaal domein".

One module per idea: ``cards`` (the deck), ``feedback`` (Dutch checks),
``plotting`` (the course style), ``datasets`` (data files and their seeded
generators), ``widgets`` (pure-Python models with thin ipywidgets views).
"""

__version__ = "0.1.0"
