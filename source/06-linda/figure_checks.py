"""Every figure chapter 6's text quotes, with how the data give it (tests/test_quoted_figures.py).

FIGURES: (the phrase as the text writes it, a function of the data giving the value).
NOT_DATA: number phrases the data do not determine (the seed's description, published findings, examples).
Never released: nbgrader_config.py makes nbgrader ignore *_checks.py.
"""

from functools import cache

from academy import linda


@cache
def _women():
    return linda.population()


def _count(column):
    return lambda: int(_women()[column].sum())


def _share(*columns):
    return lambda: float(_women()[list(columns)].all(axis=1).mean())


FIGURES = [
    ("zet je zes uitspraken", lambda: len(linda.OPTIONS)),
    ("## Zes uitspraken", lambda: len(linda.OPTIONS)),
    ("Alle zes letters", lambda: len(linda.LETTERS)),
    ("de 10.000 vrouwen", lambda: len(_women())),
    ("maakt 10.000 verzonnen vrouwen", lambda: len(_women())),
    ("## Drie vragen aan de groep", lambda: len(linda.FOLLOW_UP_QUESTIONS)),
    ("stelt de trainer nu drie vragen", lambda: len(linda.FOLLOW_UP_QUESTIONS)),
    ("min de drie vragen aan de groep", lambda: len(linda.FOLLOW_UP_QUESTIONS)),
    ("= 0,0409", _share("bankbediende")),
    ("(409", _count("bankbediende")),
    ("409 van de 10.000", lambda: len(_women())),
    ("= 0,0252", _share("bankbediende", "feministe")),
    ("(252", lambda: int(_women()[["bankbediende", "feministe"]].all(axis=1).sum())),
    ("252 van de 10.000", lambda: len(_women())),
]

NOT_DATA = [
    "- 31 jaar",  # Linda's description, from the seed
    "1. Wie heeft", "1. Had ik",  # Markdown's list numbering
    "Vrouw 1 is",  # an example row
    "telt als 1, `` als 0",  # how True and False count
    "**twee** dingen", "tussen twee kolommen",
    "van 0 tot 1", "niet 25%",  # the format of an answer
    "drie kansen naast elkaar",  # the figure's choice of bars
    "vijf andere bevolkingen",  # the chapter's choice of seeds
    "acht uitspraken | 89%", "die twee uitspraken mochten kiezen | 85%",  # Tversky & Kahneman's findings
    "(1983), Psychological Review 90(4), 293-315",  # the citation
    "Twee woorden",
    "oefeningen 2 en 3",
    "naast de 89% van Tversky",  # Tversky & Kahneman's finding
]
