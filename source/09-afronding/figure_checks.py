"""Every figure chapter 9's text quotes, with how the data give it (tests/test_quoted_figures.py).

FIGURES: (the phrase as the text writes it, a function of the data giving the value).
NOT_DATA: number phrases the data do not determine (the seed's lists and advice, examples).
Never released: nbgrader_config.py makes nbgrader ignore *_checks.py.
"""

from academy.checks.afronding import PRINCIPLES, SITUATIONS
from academy.widgets.maturity import CATEGORIES, LEVELS, TEAM_SCANS, class_average


def _average(choose):
    """The team's average of the category ``choose`` (min or max) picks."""
    def value():
        averages = class_average(TEAM_SCANS)
        return averages[choose(averages, key=averages.get)]
    return value


FIGURES = [
    ("de vijf niveaus", lambda: len(LEVELS)),
    ("**vijf niveaus**", lambda: len(LEVELS)),
    ("op vijf niveaus", lambda: len(LEVELS)),
    ("de zeven categorieën", lambda: len(CATEGORIES)),
    ("alle zeven categorieën", lambda: len(CATEGORIES)),
    ("scoort zeven categorieën", lambda: len(CATEGORIES)),
    ("de vier sets kwaliteitsnormen", lambda: len(PRINCIPLES)),
    ("vier sets kwaliteitsnormen gemaakt", lambda: len(PRINCIPLES)),
    ("Lees de vier situaties", lambda: len(SITUATIONS)),
    ("van 1 (Initieel)", lambda: min(LEVELS)),
    ("tot en met 5 (Innovatief)", lambda: max(LEVELS)),
    ("de scans van vier", lambda: len(TEAM_SCANS)),
    ("(gemiddeld 1,75)", _average(min)),
    ("het hoogste (3,75)", _average(max)),
]

NOT_DATA = [
    "hoofdstuk 4 en 7",
    "Je ziet twee dingen",
    "vier adviezen",  # Centerdata's advice (seed)
    "1. **Betrek", "(1) kennis", "(2) methodologische", "(3) kennis", "2. **Formuleer", "3. **Werk",
    "4. **Wees",  # the numbered steps of the seed's werkwijzer
    "twee soorten kennis", "twee **organisatorische",  # the werkwijzer's conditions (seed)
    "het laagst (niveau 1)",  # the model answer's own team
    "de twee clusters van gezinnen",  # the project team's choice in chapter 8 (seed)
]
