"""Checks of chapter 6, Linda."""

from __future__ import annotations

import pandas as pd

from academy import linda
from academy.checks.question import question
from academy.feedback import answer, correct, expect_close, expect_number, fail

CHAPTER = "06-linda"
FIRST, SECOND = "bankbediende", "feministe"


@question(CHAPTER, "rangorde", expected=lambda: {"rangorde": linda.LETTERS})
def rangorde(question) -> None:
    """Exercise 1: the trainee's own ranking, graded only for being complete and valid.

    Expected: the letters a ranking holds, each once."""
    ranking = linda.validate_ranking(answer("rangorde"))
    if linda.is_conjunction_fallacy(ranking):
        order = "Jij zet F (bankbediende en actief feministe) boven D (bankbediende)."
    else:
        order = "Jij zet D (bankbediende) boven F (bankbediende en actief feministe)."
    correct(f"Je rangorde is compleet: {', '.join(ranking)}. {order} Verander je rangorde nu niet meer: "
            "je trainer telt straks hoeveel mensen in de groep F boven D zetten.")


def _shares() -> dict[str, float]:
    """The shares in the chapter's population (both exercises' answers), and the usual wrong ones."""
    people = linda.population()
    first, second = people[FIRST], people[SECOND]
    both = first & second
    return {
        "n": len(people),
        "p_bankbediende": float(first.mean()),
        "second": float(second.mean()),
        "p_bankbediende_en_feministe": float(both.mean()),
        "either": float((first | second).mean()),
        "both_among_first": float(both.sum() / first.sum()),
    }


def _expect_share(value, name: str, n: int) -> float:
    """A probability: one number from 0 to 1, with its own sentence for the usual slips."""
    if isinstance(value, (pd.Series, pd.DataFrame)):
        fail(f"`{name}` is nog een hele kolom met {len(value)} waarden. "
             "Maak er één getal van met .mean() aan het eind.")
    expect_number(value, name)
    if 1 < value <= 100 and value != int(value):
        fail(f"`{name}` is {value}. Dat lijkt een percentage. Geef de kans als getal van 0 tot 1: deel door 100.")
    if 1 < value <= n:
        fail(f"`{name}` is {value}. Dat is een aantal vrouwen, geen kans. Deel door het aantal vrouwen ({n}).")
    if not 0 <= value <= 1:
        fail(f"`{name}` is {value}. Een kans ligt altijd tussen 0 en 1.")
    return value


@question(CHAPTER, "p_bankbediende", expected=_shares)
def p_bankbediende(question) -> None:
    """Exercise 2: the share of bank tellers in the population."""
    shares = question.expected
    name = "p_bankbediende"
    value = _expect_share(answer(name), name, shares["n"])
    expect_close(value, shares["p_bankbediende"], name, hints={
        shares["second"]: "Dat is het deel feministes. De vraag is: welk deel van de vrouwen is bankbediende?",
        shares["p_bankbediende_en_feministe"]: ("Dat is het deel dat bankbediende én feministe is. "
                                                "Hier vragen we alleen: bankbediende."),
        1 - shares["p_bankbediende"]: "Dat is het deel dat géén bankbediende is. Welk deel is wel bankbediende?",
    })
    correct("Een klein deel van de vrouwen in deze bevolking is bankbediende.")


@question(CHAPTER, "p_bankbediende_en_feministe", expected=_shares)
def p_bankbediende_en_feministe(question) -> None:
    """Exercise 3: the share that is a bank teller and a feminist."""
    shares = question.expected
    name = "p_bankbediende_en_feministe"
    value = _expect_share(answer(name), name, shares["n"])
    expect_close(value, shares["p_bankbediende_en_feministe"], name, hints={
        shares["p_bankbediende"]: ("Dat is de kans op bankbediende alleen. Tel alleen de vrouwen die bankbediende "
                          "én feministe zijn: zet & tussen de twee kolommen."),
        shares["second"]: "Dat is de kans op feministe alleen. Tel alleen wie bankbediende én feministe is.",
        shares["either"]: ("Je telde wie bankbediende óf feministe is. Gebruik & (en), niet | (of): "
                           "beide moeten waar zijn."),
        shares["both_among_first"]: ("Je deelde door het aantal bankbediendes. Dan krijg je het deel feministes "
                                     "ónder de bankbediendes. Deel door alle vrouwen."),
        shares["p_bankbediende"] * shares["second"]: ("Je vermenigvuldigde de twee kansen. Tel liever in de tabel: "
                                             "welk deel van de vrouwen is bankbediende én feministe? Zet & "
                                             "tussen de twee kolommen en neem .mean()."),
    })
    correct("De kans op bankbediende én feministe is kleiner dan de kans op bankbediende alleen.")
