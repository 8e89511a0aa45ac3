"""Every figure a chapter's text quotes is checked against the data (source/<chapter>/figure_checks.py).

Every chapter has a figure_checks.py; it lists (phrase, function of the data); this test finds
the phrase in the chapter's Markdown and checks its (last) number against the function's value,
read the way a trainee reads it: "ruim 5.000" is 5.000 up to 10% more, "bijna 9.000" up to
10% less, "ongeveer 5.200" within 5%, a plain number is the value at its shown precision; a function
returns None when the data contradict a phrase that is not a count ("de enige van 61").
Every other number-like phrase in the Markdown must be a chapter's own NOT_DATA phrase or
match a rule below (chapter numbers, minutes, points...), so a new figure cannot slip in untested.
"""

from __future__ import annotations

import importlib.util
import re

import pytest

from conftest import ROOT, read_nb

WORDS = {"één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
         "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
         "honderd": 100, "duizend": 1000}
NUMBER = re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?|\b(?:" + "|".join(WORDS) + r")\b", re.I)
# "één" is also stress on "een" ("in één rij"): read in a listed phrase, not looked for.
SCANNED = re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?|\b(?:" + "|".join(w for w in WORDS if w != "één") + r")\b", re.I)
QUALIFIED = re.compile(r"\b(ruim|bijna|ongeveer)\s+$", re.I)
# Numbers that are not figures from the data, in every chapter.
NOT_FROM_DATA = [re.compile(pattern) for pattern in (
    r"[Hh]oofdstuk \d+", r"[Oo]efening \d+", r"[Vv]raag \d+", r"[Oo]pdracht \d+", r"§\s?\d+",
    r"\d+ (?:min|minuten)\b", r"\b\d+ punt(?:en)?\b", r"\b(?:19|20)\d\d\b",
    r"gewend bent: 0,25", r"als twee getallen",  # the how-it-works cell's example of a decimal comma
)]
FIGURE_FILES = sorted((ROOT / "source").glob("*/figure_checks.py"))


def load(path):
    spec = importlib.util.spec_from_file_location(f"figures_{path.parent.name.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chapter_text(chapter) -> str:
    """The chapter's Markdown, code spans left out (code is not a quoted figure), each run of white space one
    space (so a phrase reads the same wherever the text breaks its lines)."""
    cells = read_nb(next(chapter.glob("*.ipynb"))).cells
    text = "\n\n".join(re.sub(r"`[^`\n]*`", "``", c.source) for c in cells if c.cell_type == "markdown")
    return re.sub(r"\s+", " ", text)


def quoted(phrase: str) -> tuple[str, float, int]:
    """The qualifier ('' when none), the number and its decimals: the phrase's last number (any before it
    are context, as in "(reeks 1): tien")."""
    numbers = list(NUMBER.finditer(phrase))
    assert numbers, f"no number in the phrase {phrase!r}"
    text = numbers[-1].group()
    qualifier = QUALIFIED.search(phrase[:numbers[-1].start()])
    if text.lower() in WORDS:
        return (qualifier.group(1).lower() if qualifier else ""), WORDS[text.lower()], 0
    decimals = len(text.partition(",")[2])
    return (qualifier.group(1).lower() if qualifier else ""), float(text.replace(".", "").replace(",", ".")), decimals


def says(phrase: str, value: float) -> bool:
    qualifier, number, decimals = quoted(phrase)
    if qualifier == "ruim":
        return number <= value < number * 1.1
    if qualifier == "bijna":
        return number * 0.9 < value <= number
    if qualifier == "ongeveer":
        return abs(value - number) <= 0.05 * number
    return round(float(value), decimals) == number


@pytest.mark.parametrize("phrase, value, right", [
    ("ruim 5.000", 5_241, True), ("ruim 5.000", 4_990, False), ("bijna 9.000", 8_912, True),
    ("bijna 9.000", 9_012, False), ("ongeveer 5.200", 5_241, True), ("1,7%", 1.66, True), ("1,7%", 1.64, False),
    ("twintig personen", 20, True), ("twintig personen", 19, False), ("100.000 inwoners", 100_000, True),
])
def test_a_phrase_is_read_as_a_trainee_reads_it(phrase, value, right):
    assert says(phrase, value) is right


@pytest.mark.slow
@pytest.mark.parametrize("path", FIGURE_FILES, ids=lambda p: p.parent.name)
def test_every_quoted_figure_matches_the_data(path):
    text, figures = chapter_text(path.parent), load(path).FIGURES
    wrong = []
    for phrase, of_the_data in figures:
        assert phrase in text, f"{phrase!r} is no longer in the chapter: update {path.name}"
        value = of_the_data()
        if value is None or not says(phrase, value):
            wrong.append(f"{phrase!r} but the data give {value}")
    assert wrong == []


@pytest.mark.parametrize("path", FIGURE_FILES, ids=lambda p: p.parent.name)
def test_no_number_in_the_text_goes_unchecked(path):
    text, module = chapter_text(path.parent), load(path)
    covered = [False] * len(text)
    phrases = [re.compile(re.escape(phrase)) for phrase, _ in module.FIGURES]
    phrases += [re.compile(re.escape(phrase)) for phrase in module.NOT_DATA] + NOT_FROM_DATA
    for pattern in phrases:
        for match in pattern.finditer(text):
            covered[match.start():match.end()] = [True] * (match.end() - match.start())
    unchecked = [text[max(0, m.start() - 30):m.end() + 20].replace("\n", " ")
                 for m in SCANNED.finditer(text) if not all(covered[m.start():m.end()])]
    assert unchecked == [], f"add these figures to {path.relative_to(ROOT)} (FIGURES, or NOT_DATA)"


def test_every_chapter_has_its_figure_checks():
    chapters = [folder for folder in (ROOT / "source").iterdir() if re.match(r"\d\d-", folder.name) and folder.is_dir()]
    missing = sorted(folder.name for folder in chapters if not (folder / "figure_checks.py").exists())
    assert chapters, "no chapter folders found in source/"
    assert missing == [], f"write figure_checks.py for {missing} (start from source/_template/figure_checks.py)"
