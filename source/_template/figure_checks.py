"""Every figure the template chapter's text quotes, with how the data give it (tests/test_quoted_figures.py)."""

from academy.checks.sjabloon import tel_de_personen

FIGURES = [
    ("twintig personen", lambda: tel_de_personen.expected["aantal_personen"]),
]

NOT_DATA = [
    "bij duizend kaarten",  # the model answer's example of a big pile
]
