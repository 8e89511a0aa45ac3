"""The printed deck: every card on paper, in the right colour, and the trainer sheet's figures.

The PDFs are rendered and read back with Debian's poppler-utils (pdftoppm,
pdftotext), the way a printer or a PDF viewer sees them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from academy import cards, printing
from academy.overview import overview
from academy.plotting import SERIES_COLOURS

POPPLER = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("pdftotext")),
    reason="poppler-utils (pdftoppm, pdftotext) is not installed: apt-get install -y poppler-utils",
)
CARD_PAGES = 14  # 100 cards per series, 15 per page, each series on pages of its own


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


@POPPLER
def test_the_three_sources_are_set_in_three_typefaces(pdfs):
    listing = subprocess.run(["pdffonts", str(pdfs["plain"])], check=True,
                             capture_output=True, text=True).stdout
    fonts = {line.split()[0] for line in listing.splitlines()[2:]}
    for regular, bold in printing.SOURCE_FONTS.values():
        assert {regular, bold} <= fonts
    assert len({regular for regular, _ in printing.SOURCE_FONTS.values()}) == 3


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
