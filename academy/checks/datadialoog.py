"""Checks of chapter 5, De datadialoog."""

from __future__ import annotations

from academy.checks.question import question
from academy.dialogue import STATEMENT_IDS, STATEMENTS
from academy.feedback import answer, correct, expect_close, expect_mapping, fail
from academy.poll_example import example_class
from academy.widgets import poll

CHAPTER = "05-datadialoog"
# ---------------------------------------------------------------- exercise 1: the poll


@question(CHAPTER, poll.ANSWER_NAME, expected=lambda: {poll.ANSWER_NAME: STATEMENT_IDS})
def posities(question) -> None:
    """The poll answer: complete and on the scale (any opinion is right)."""
    clean = poll.validate_answer(answer(poll.ANSWER_NAME), poll.ANSWER_NAME)
    correct(f"Je koos bij alle {len(clean)} stellingen een positie. Er is geen goed of fout: "
            "je trainer laat straks zien hoe de groep erover denkt.")


# ---------------------------------------------------------------- exercise 2: quotes and statements

# What clients said in the BOLD Cities dialogues (seed 001, §9) and the statement that names the same thing.
QUOTE_STATEMENT = {
    "wantrouwen": "vertrouwen_1",
    "automatisering": "risico_2",
    "transparantie": "voorwaarde_2",
}
NEAR_MISSES = {
    ("wantrouwen", "vertrouwen_2"): "vertrouwen_2 gaat over een beter aanbod. De cliënten twijfelden eraan of de "
                                    "instanties zorgvuldig met hun gegevens omgaan.",
    ("automatisering", "risico_1"): "risico_1 gaat over verkeerde conclusies. De zorg van de cliënten was dat een "
                                    "programma zelf bepaalt wat er met hen gebeurt.",
    ("transparantie", "voorwaarde_1"): "voorwaarde_1 gaat over wát er wordt vastgelegd. Het citaat gaat over wíe er "
                                       "in de gegevens mag kijken, wanneer en waarom.",
    ("transparantie", "voorwaarde_3"): "voorwaarde_3 gaat over profielen en beslissingen. Het citaat gaat over wíe "
                                       "er in de gegevens mag kijken, wanneer en waarom.",
}


@question(CHAPTER, "past_bij", expected=lambda: {"past_bij": QUOTE_STATEMENT})
def past_bij(question) -> None:
    """``past_bij``: for each client finding the id of the statement about the same thing."""
    given = expect_mapping(answer("past_bij"), "past_bij")
    missing = [key for key in QUOTE_STATEMENT if key not in given]
    if missing:
        fail(f"In `past_bij` mist de sleutel {', '.join(repr(m) for m in missing)}. "
             f"Gebruik precies deze sleutels: {', '.join(repr(k) for k in QUOTE_STATEMENT)}.")
    extra = [key for key in given if key not in QUOTE_STATEMENT]
    if extra:
        fail(f"{', '.join(repr(e) for e in extra)} is geen sleutel van deze oefening. "
             f"Gebruik alleen {', '.join(repr(k) for k in QUOTE_STATEMENT)}.")
    for key, right in QUOTE_STATEMENT.items():
        value = given[key]
        if not isinstance(value, str):
            fail(f"Bij '{key}' hoort de code van een stelling, tussen aanhalingstekens, zoals 'kans_1'.")
        chosen = value.strip().lower()
        if chosen not in STATEMENTS:
            fail(f"'{value}' is geen code van een stelling. De codes staan in de tabel met stellingen, "
                 "zoals 'kans_1' of 'voorwaarde_4'.")
        if chosen != right:
            fail(NEAR_MISSES.get((key, chosen),
                                 f"Bij '{key}' past {chosen} niet goed. Lees het citaat nog eens en zoek de "
                                 "stelling die over hetzelfde gaat."))
    correct("Wat cliënten zeiden, staat ook in de stellingen: over vertrouwen, over automatische beslissingen "
            "en over wie er in je gegevens kijkt.")


# ---------------------------------------------------------------- exercise 3: counting in class results

AGREE = ["eens", "helemaal eens"]
DISAGREE = ["helemaal oneens", "oneens"]


def _expected_agree() -> dict:
    return {"eens_automatisch": int(poll.class_spread(example_class()).loc["risico_2", AGREE].sum())}


@question(CHAPTER, "eens_automatisch", expected=_expected_agree)
def eens_automatisch(question) -> None:
    """``eens_automatisch``: in the example class, how many (fully) agree with statement risico_2."""
    spread = poll.class_spread(example_class())
    row = spread.loc["risico_2"]
    expected = question.expected["eens_automatisch"]
    hints = {
        int(row["eens"]): "Je telde alleen 'eens'. Tel 'helemaal eens' erbij op.",
        int(row["helemaal eens"]): "Je telde alleen 'helemaal eens'. Tel 'eens' erbij op.",
        int(row[DISAGREE].sum()): "Je telde wie het óneens is. De vraag is: hoeveel collega's zijn het (helemaal) eens?",
        int(len(example_class()) - expected): "Je telde wie het níet eens is. Hoeveel collega's zijn het wél eens?",
        int(spread.loc["risico_1", AGREE].sum()): "Dat is stelling risico_1 (onjuiste conclusies). Kijk naar de rij "
                                                  "risico_2: de automatische beslissing.",
    }
    expect_close(answer("eens_automatisch"), expected, "eens_automatisch", hints=hints)
    correct(f"{expected} van de {len(example_class())} verzonnen collega's vinden een automatische beslissing "
            "op basis van een klantprofiel een risico.")
