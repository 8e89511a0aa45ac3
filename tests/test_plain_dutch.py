"""Plain Dutch (B1) in everything a trainee reads: short sentences, no untranslated jargon.

The trainee text is the markdown of the released notebooks (notebooks/, so no
trainer notes and no solutions) and the book's own pages (book/). Code and
quotations (blockquotes and quoted phrases: the seeds' own words) are left out;
sentence length skips tables, the English terms are looked for in tables too.
"""

from __future__ import annotations

import re

import nbformat
import pytest

from conftest import ROOT

MAX_WORDS = 25
GLOSSARY = "book/begrippenlijst.md"
# English terms a trainee meets without a Dutch word or explanation (issue 17).
# Matched as whole words, case-insensitive, in the prose (not in inline code).
ENGLISH_TERMS = [
    "k-prototypes", "leave-one-out", "random_state", "bytes", "hindsight", "foresight",
    "quick scan", "widget", "widgets", "false positive rate", "false negative rate",
    "positive predictive value",
]
# Metric abbreviations: a Dutch name comes first, the abbreviation only in brackets after it.
ABBREVIATIONS = ["FPR", "FNR", "PPV"]
# The one spelling of the course's kind of training; the others are flagged.
ACADEMY_SPELLINGS = ["data-academy", "dataacademie", "data academie", "data academy"]


def _drop_code(text: str) -> str:
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    return re.sub(r"(?m)^(\s*)(:::|\{[a-z-]+\}).*$", " ", text)  # MyST directive lines


def _blocks(markdown: str):
    """Paragraphs and list items of prose: no code, tables, quotations, html or front matter."""
    markdown = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    lines = _drop_code(markdown).splitlines()
    block: list[str] = []
    for line in lines + [""]:
        stripped = line.strip()
        new_item = re.match(r"([-*+]|\d+[.)])\s", stripped) or stripped.startswith("#")
        skip = stripped.startswith((">", "|", "<", "$$")) or not stripped
        if (skip or new_item) and block:
            yield " ".join(block)
            block = []
        if not skip:
            block.append(stripped)


def _plain(block: str) -> str:
    """The block as a reader sees it: link texts, no html, no emphasis marks (inline code kept as is)."""
    block = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", block)  # links and images: their text
    block = re.sub(r"<[^>]+>", " ", block)
    block = re.sub(r"^([-*+]|\d+[.)]|#+)\s+", "", block)
    parts = re.split(r"(`[^`]*`)", block)
    return "".join(part if part.startswith("`") else re.sub(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)", "", part)
                   for part in parts)


def _unquoted(text: str) -> str:
    """A quotation (the seeds' own words) counts as one word."""
    return re.sub(r'"[^"]*"|“[^”]*”', "Citaat", text)


# A sentence ends at . ! ? or : followed by a capital (or quote/bracket then a capital).
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(`]*[A-Z0-9ÀÉÖÜ`])")


def sentences(markdown: str):
    for block in _blocks(markdown):
        yield from (s.strip() for s in SENTENCE_END.split(_unquoted(_plain(block))) if s.strip())


def words(sentence: str) -> int:
    return sum(1 for token in re.sub(r"`[^`]*`", "code", sentence).split() if re.search(r"\w", token))


def trainee_texts():
    """(place, markdown) for every piece of trainee text."""
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        for number, cell in enumerate(notebook.cells):
            if cell.cell_type == "markdown":
                yield f"{path.relative_to(ROOT)} cel {number}", cell.source
    for path in sorted((ROOT / "book").glob("*.md")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")


def long_sentences(texts, limit=MAX_WORDS):
    return [(place, words(s), s) for place, text in texts for s in sentences(text) if words(s) > limit]


def jargon(texts, terms=ENGLISH_TERMS + ACADEMY_SPELLINGS):
    """(place, term) for each term in prose or tables; the glossary, which explains terms, is left out."""
    found = []
    for place, text in texts:
        if place == GLOSSARY:
            continue
        # Quotations are the seeds' words; inline code is what a trainee types (a parameter such as
        # `random_state`): only the course's own prose counts.
        prose = re.sub(r"(?m)^\s*>.*$", " ", _drop_code(text))
        prose = _plain(re.sub(r"`[^`]*`", " ", prose))
        for term in terms:
            if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", prose, flags=re.I):
                found.append((place, term))
    return found


def bare_abbreviations(texts, abbreviations=ABBREVIATIONS):
    """(place, abbreviation) for each metric abbreviation outside brackets and inline code."""
    found = []
    for place, text in texts:
        prose = re.sub(r"(?m)^\s*>.*$", " ", _drop_code(text))
        prose = re.sub(r"`[^`]*`|\([^()]*\)", " ", prose)
        found += [(place, short) for short in abbreviations if re.search(rf"\b{short}\b", prose)]
    return found


def _report(rows) -> str:
    return "\n".join(" | ".join(str(part) for part in row) for row in rows)


@pytest.fixture(scope="module")
def texts():
    return list(trainee_texts())


def test_the_reader_sees_every_chapter_and_page(texts):
    places = {place.split(" cel ")[0] for place, _ in texts}
    assert len([p for p in places if p.startswith("notebooks")]) == 9
    assert {"book/welkom.md", "book/begrippenlijst.md"} <= places


def test_sentences_are_short(texts):
    offenders = long_sentences(texts)
    assert not offenders, (f"{len(offenders)} zinnen langer dan {MAX_WORDS} woorden "
                           f"(plaats | woorden | zin):\n{_report(offenders)}")


def test_no_untranslated_english_terms(texts):
    offenders = jargon(texts)
    assert not offenders, f"Engelse termen of een andere spelling van data-academie:\n{_report(offenders)}"


def test_metric_names_are_dutch_first(texts):
    offenders = bare_abbreviations(texts)
    assert not offenders, ("Een afkorting zonder Nederlandse naam ervoor (schrijf bijvoorbeeld "
                           f"'het deel onterecht hoog (FPR)'):\n{_report(offenders)}")


def test_the_checks_catch_what_they_should():
    long = "Dit is een zin met heel veel woorden " * 4 + "zonder einde."
    text = f"Kort en goed. {long}\n\n> {long}\n\n```\n{long}\n```\n\n| {long} |\n\nDe widget werkt."
    found = long_sentences([("voorbeeld", text)])
    assert [(place, count) for place, count, _ in found] == [("voorbeeld", 34)]
    assert jargon([("voorbeeld", text)]) == [("voorbeeld", "widget")]
    assert jargon([("voorbeeld", "Het `random_state` en de random_state, bij de data-academy.")]) == [
        ("voorbeeld", "random_state"), ("voorbeeld", "data-academy")]
    assert jargon([("voorbeeld", "De data-academie van Zaanstad: widgetvrij.\n\n> Een quick scan.")]) == []
    assert jargon([("voorbeeld", "| terugblik (*hindsight*) |")]) == [("voorbeeld", "hindsight")]
    assert jargon([(GLOSSARY, "Eén apart leggen heet in het Engels *leave-one-out*.")]) == []
    assert bare_abbreviations([("voorbeeld", "De FPR is hoog. Het deel onterecht hoog (FPR) en `fpr`.")]) == [
        ("voorbeeld", "FPR")]
    assert bare_abbreviations([("voorbeeld", "Het deel onterecht hoog (afgekort FPR) en `FPR`.")]) == []
