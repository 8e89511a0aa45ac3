"""Checks of the template chapter (source/_template/): copy this file for a new chapter."""

from __future__ import annotations

from academy import cards
from academy.checks.question import question
from academy.feedback import answer, correct, expect_close

CHAPTER = "_template"  # a new chapter: its folder name, e.g. "10-mijn-hoofdstuk"


def _expected_persons() -> dict:
    deck = cards.load_deck()
    return {"aantal_personen": deck["persoon"].nunique(), "kaarten": len(deck)}


@question(CHAPTER, "aantal_personen", expected=_expected_persons)
def tel_de_personen(question) -> None:
    """Exercise 1: ``aantal_personen``, the number of persons on the cards."""
    persons, n_cards = question.expected["aantal_personen"], question.expected["kaarten"]
    expect_close(answer("aantal_personen"), persons, "aantal_personen", hints={
        n_cards: f"Je telde {n_cards}: dat zijn de kaarten. Hoeveel verschillende personen staan erop?",
    })
    correct(f"De kaarten gaan over {persons} personen.")
