"""The printed deck: every card on paper, in the right colour, and the trainer sheet's figures.

The PDFs are rendered and read back with Debian's poppler-utils (pdftoppm,
pdftotext, pdftohtml), the way a printer or a PDF viewer sees them. Without
poppler-utils these tests fail; ACADEMY_ALLOW_SKIP=1 skips them instead.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from academy import cards
from academy_trainer import printing
from academy.overview import overview
from academy.plotting import SERIES_COLOURS, SOURCE_COLOURS
from conftest import missing_system_tool

POPPLER_TOOLS = ("pdftoppm", "pdftotext", "pdftohtml")
CARD_PAGES = 14  # 100 cards per series, 15 per page, each series on pages of its own


@pytest.fixture
def poppler():
    """These tests need poppler-utils: a missing tool fails them, unless ACADEMY_ALLOW_SKIP=1 says to skip."""
    missing = [tool for tool in POPPLER_TOOLS if not shutil.which(tool)]
    if missing:
        missing_system_tool(f"poppler-utils is not installed ({', '.join(missing)} not found): apt-get install -y "
                            "poppler-utils, or set ACADEMY_ALLOW_SKIP=1 to skip the tests that render the PDF")


POPPLER = pytest.mark.usefixtures("poppler")


@pytest.fixture(scope="module")
def deck():
    return cards.load_deck()


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    plain, pseudonymised = printing.build_all(tmp_path_factory.mktemp("cards"))
    return {"plain": plain, "pseudonymised": pseudonymised}


def pages_text(pdf: Path) -> list[str]:
    """The text of every page, in the order it was drawn."""
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.split("\f")[:-1]  # pdftotext ends every page with a form feed


def printed_cards(pdf: Path) -> list[tuple]:
    """Every card read back from the card pages as (naam, reeks, kenmerk, waarde, bron)."""
    found = []
    for page in pages_text(pdf)[:CARD_PAGES]:
        lines = page.strip().splitlines()[:-1]  # the last line is the page footer
        block = []
        for line in lines:
            block.append(line)
            series = re.fullmatch(r"reeks ([12]) \((groen|geel)\)", line)
            if not series:
                continue
            name, *label, value, source_line, _ = block
            source = re.fullmatch(r"bron: (\w+) \((.+)\)", source_line)
            assert source and cards.SOURCE_NAMES[source[1]] == source[2], source_line
            assert printing.SERIES_STOCK[int(series[1])] == series[2], line
            kenmerk = " ".join(label).removesuffix(":")
            found.append((name, int(series[1]), kenmerk, value, source[1]))
            block = []
        assert block == [], f"text left over after the last card: {block}"
    return found


def expected_cards(deck, names=None) -> list[tuple]:
    names = deck["naam"] if names is None else names
    return list(zip(names, deck["reeks"], deck["kenmerk"], deck["waarde"], deck["bron"]))


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@POPPLER
def test_each_pdf_renders_to_fourteen_card_pages_and_one_trainer_sheet(pdfs, tmp_path):
    for variant, pdf in pdfs.items():
        subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / variant)], check=True)
        pngs = sorted(tmp_path.glob(f"{variant}-*.png"))
        assert len(pngs) == CARD_PAGES + 1, variant
        width, height = Image.open(pngs[0]).size
        assert height / width == pytest.approx(297 / 210, rel=0.02)  # A4 portrait


def _main_colour(png: Path) -> tuple[int, int, int]:
    colours = Image.open(png).convert("RGB").getcolors(maxcolors=1 << 20)
    return max(colours)[1]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


@POPPLER
def test_reeks_1_pages_are_green_and_reeks_2_pages_yellow(pdfs, tmp_path):
    target = tmp_path / "page"
    for page, reeks in ((1, 1), (7, 1), (8, 2), (14, 2)):
        subprocess.run(["pdftoppm", "-r", "20", "-png", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdfs["plain"]), str(target)], check=True)
        colour = _main_colour(target.with_suffix(".png"))
        assert colour == pytest.approx(_rgb(SERIES_COLOURS[reeks]), abs=3), f"page {page}"


def card_position(page: int, left: float, top: float) -> tuple[int, int]:
    """(page, slot) of the card under a point in PDF units from the top-left corner of a card page."""
    column = int((left - printing.MARGIN) // printing.CARD_WIDTH)
    row = int((top - printing.MARGIN) // printing.CARD_HEIGHT)
    assert 0 <= column < printing.COLUMNS and 0 <= row < printing.ROWS, (page, left, top)
    return page, row * printing.COLUMNS + column


def expected_sources(deck) -> dict[tuple[int, int], str]:
    """The source of the card printed in every (page, slot), from the deck's own layout."""
    return {(page, slot): card.bron
            for page, (_reeks, cards_on_page) in enumerate(printing._card_pages(deck), start=1)
            for slot, card in enumerate(cards_on_page.itertuples(index=False))}


def card_text_runs(pdf: Path) -> dict[tuple[int, int], list[tuple[str, str, str]]]:
    """Every text run on the card pages as poppler reads it, per card: (text, font family, colour)."""
    root = ET.fromstring(subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", "-l", str(CARD_PAGES), str(pdf)],
                                        check=True, capture_output=True, text=True).stdout)
    fonts = {spec.get("id"): (spec.get("family"), spec.get("color").lower()) for spec in root.iter("fontspec")}
    runs: dict[tuple[int, int], list] = {}
    for page in root.iter("page"):
        zoom = float(page.get("width")) / printing.PAGE_WIDTH
        for text in page.iter("text"):
            top, left = float(text.get("top")) / zoom, float(text.get("left")) / zoom
            if top > printing.PAGE_HEIGHT - printing.MARGIN:
                continue  # the page footer
            family, colour = fonts[text.get("font")]
            runs.setdefault(card_position(int(page.get("number")), left, top), []).append(
                ("".join(text.itertext()), family, colour))
    return runs


@POPPLER
def test_every_cards_text_is_set_in_its_sources_typeface_and_colour(pdfs, deck):
    families = {bron: regular.split("-")[0] for bron, (regular, _bold) in printing.SOURCE_FONTS.items()}
    assert len(set(families.values())) == 3, "three sources, three typefaces"
    sources = expected_sources(deck)
    for variant, pdf in pdfs.items():
        runs = card_text_runs(pdf)
        assert set(runs) == set(sources), variant
        for position, bron in sources.items():
            styles = {(family, colour) for _text, family, colour in runs[position]}
            assert styles == {(families[bron], SOURCE_COLOURS[bron].lower())}, (variant, position, bron,
                                                                                 runs[position])


def _ink(card: Image.Image, stock: tuple[int, int, int]) -> tuple[int, int, int]:
    """The most common colour on a card that is clearly not its stock: the ink of the text."""
    counts = card.getcolors(maxcolors=1 << 20)
    ink = [(n, colour) for n, colour in counts if sum(abs(a - b) for a, b in zip(colour, stock)) > 120]
    return max(ink)[1]


@POPPLER
def test_the_printed_ink_of_every_card_is_its_sources_colour(pdfs, deck, tmp_path):
    """Rendered as a printer sees it: the text pixels of each card have the source's colour."""
    dpi = 100
    scale = dpi / 72
    subprocess.run(["pdftoppm", "-r", str(dpi), "-l", str(CARD_PAGES), "-png", str(pdfs["plain"]),
                    str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == CARD_PAGES
    pages = printing._card_pages(deck)
    inks = Counter()
    for page, png in enumerate(pngs, start=1):
        image = Image.open(png).convert("RGB")
        reeks, cards_on_page = pages[page - 1]
        for slot, card in enumerate(cards_on_page.itertuples(index=False)):
            row, column = divmod(slot, printing.COLUMNS)
            left = (printing.MARGIN + column * printing.CARD_WIDTH) * scale
            top = (printing.MARGIN + row * printing.CARD_HEIGHT) * scale
            inside = image.crop((round(left) + 4, round(top) + 4, round(left + printing.CARD_WIDTH * scale) - 4,
                                 round(top + printing.CARD_HEIGHT * scale) - 4))  # clear of the cut lines
            ink = _ink(inside, _rgb(SERIES_COLOURS[reeks]))
            assert ink == pytest.approx(_rgb(SOURCE_COLOURS[card.bron]), abs=3), (page, slot, card.bron)
            inks[card.bron] += 1
    assert sum(inks.values()) == len(deck) and set(inks) == set(SOURCE_COLOURS)


@POPPLER
def test_every_card_of_the_deck_is_printed_once_with_its_source_and_series(pdfs, deck):
    assert Counter(printed_cards(pdfs["plain"])) == Counter(expected_cards(deck))


@POPPLER
def test_a_few_yellow_persons_carry_a_number_on_all_their_cards(pdfs, deck):
    pseudonyms = cards.choose_pseudonyms(deck)
    assert len(pseudonyms) == 3
    assert set(deck.loc[deck["persoon"].isin(pseudonyms), "reeks"]) == {2}
    assert len(set(pseudonyms.values())) == 3

    names = deck["persoon"].map(pseudonyms).fillna(deck["naam"])
    assert Counter(printed_cards(pdfs["pseudonymised"])) == Counter(expected_cards(deck, names))

    card_text = "\n".join(pages_text(pdfs["pseudonymised"])[:CARD_PAGES])
    hidden = deck.loc[deck["persoon"].isin(pseudonyms), "naam"].unique()
    assert len(hidden) > 3  # names with a tussenvoegsel are spelled three ways
    for spelling in hidden:
        assert spelling not in card_text


def test_the_pseudonyms_are_the_same_every_time(deck):
    assert cards.choose_pseudonyms(deck) == cards.choose_pseudonyms(deck)
    assert cards.choose_pseudonyms(deck, seed=1) != cards.choose_pseudonyms(deck)


def trainer_sheet_rows(pdf: Path, kenmerken) -> dict[str, str]:
    """The trainer sheet's table, cut into one line of text per characteristic."""
    sheet = one_line(pages_text(pdf)[-1])
    starts, position = [], sheet.index("Aanname om te bespreken")
    for kenmerk in kenmerken:
        position = sheet.index(f"{kenmerk} ", position)
        starts.append(position)
    ends = starts[1:] + [len(sheet)]
    return {kenmerk: sheet[start:end] for kenmerk, start, end in zip(kenmerken, starts, ends)}


@POPPLER
def test_the_trainer_sheet_prints_the_overview_computed_from_the_deck(pdfs, deck):
    table = overview(deck)
    rows = trainer_sheet_rows(pdfs["plain"], list(table.index))
    for kenmerk, row in table.iterrows():
        assert rows[kenmerk].startswith(f"{kenmerk} {row['reeks 1']} {row['reeks 2']} {row['aanname']}")
        assert one_line(row["opmerking"]) in rows[kenmerk]


# The trainer manual's key figures, reeks 1 before reeks 2.
MANUAL_FIGURES = {
    "Opleidingsniveau": ["9", "3"],
    "Leeftijd": ["39,5", "50"],
    "Migratieachtergrond": ["8", "3"],
    "Aantal ziekenhuisbezoeken": ["15", "49"],
    "Studieschuld": ["7600", "4600"],
    "Aantal maanden in uitkering": ["13,5", "11,9"],
    "Aantal interventies": ["38", "3,8", "31", "3,1"],
}


@POPPLER
def test_the_trainer_sheet_shows_the_manuals_key_figures(pdfs, deck):
    rows = trainer_sheet_rows(pdfs["plain"], list(overview(deck).index))
    for kenmerk, numbers in MANUAL_FIGURES.items():
        in_order = ".*?".join(rf"(?<![\d,.]){re.escape(n)}(?![\d,.]\d)" for n in numbers)
        assert re.search(in_order, rows[kenmerk]), (kenmerk, rows[kenmerk])


@POPPLER
def test_only_the_pseudonymised_variant_holds_the_key_on_its_trainer_sheet(pdfs, deck):
    pseudonyms = cards.choose_pseudonyms(deck)
    key = one_line(pages_text(pdfs["pseudonymised"])[-1])
    for person, number in pseudonyms.items():
        assert f"{number} = {person}" in key
    assert "Sleutel" not in pages_text(pdfs["plain"])[-1]


def test_the_pdfs_are_byte_identical_between_runs(pdfs, tmp_path):
    again = printing.build_all(tmp_path)
    for first, second in zip(pdfs.values(), again):
        assert first.read_bytes() == second.read_bytes(), first.name


def test_the_command_prints_the_paths_it_wrote(tmp_path, capsys):
    assert printing.main(["--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out.split()
    assert printed == [str(tmp_path / printing.PLAIN_PDF), str(tmp_path / printing.PSEUDONYMISED_PDF)]
    assert all(Path(path).stat().st_size > 10_000 for path in printed)


@pytest.mark.parametrize("content, says", [
    (None, "Card file not found"),
    ("", "cannot be read"),
    ("naam,reeks\nB. Bos,1\n", "is malformed"),
    ("naam,reeks,kenmerk,waarde,bron\nB. Bos,3,Leeftijd,28,zwart\n", "is malformed"),
])
def test_a_missing_or_malformed_card_file_gets_a_clear_message(tmp_path, capsys, content, says):
    path = tmp_path / "cards.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert printing.main(["--cards", str(path), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert says in error and str(path) in error
    assert "Traceback" not in error
    assert not (tmp_path / "out").exists()
