"""The physical database game: the deck as a print-ready A4 PDF.

Every card of ``data/cards.csv`` is drawn in a cutting grid, on green or
yellow stock by series, its text in the source's ink and the source's own
typeface, with the source named in small print, so colour is never the only
cue. A second variant has a few yellow cards (reeks 2) already pseudonymised,
the hint the trainer manual gives for Opdracht 1. Both end with a trainer
sheet: the overview of differences between reeks 1 and reeks 2, as
:func:`academy.overview.overview` computes it from the same deck.

``python -m academy_trainer.printing [--out DIR]`` writes both PDFs (default
``_build/cards``). The PDFs are byte-identical between runs.
"""

from __future__ import annotations

import argparse
import sys
from html import escape
from pathlib import Path

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from academy import cards
from academy.cards import choose_pseudonyms, pseudonymise_persons
from academy.datasets import data_path
from academy.overview import overview
from academy.plotting import SERIES_COLOURS, SOURCE_COLOURS

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "_build" / "cards"
PLAIN_PDF = "kaarten.pdf"
PSEUDONYMISED_PDF = "kaarten-gepseudonimiseerd.pdf"

# A typeface per source (regular, bold), as in the card-table widget:
# zwart serif, rood sans serif, blauw typewriter.
SOURCE_FONTS = {
    "zwart": ("Times-Roman", "Times-Bold"),
    "rood": ("Helvetica", "Helvetica-Bold"),
    "blauw": ("Courier", "Courier-Bold"),
}
# The same typefaces in words, for the trainer sheet.
TYPEFACE_NAMES = {
    "zwart": "letter met schreef (Times)",
    "rood": "letter zonder schreef (Helvetica)",
    "blauw": "typemachineletter (Courier)",
}
SERIES_STOCK = {1: "groen", 2: "geel"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 10 * mm
COLUMNS, ROWS = 3, 5
CARDS_PER_PAGE = COLUMNS * ROWS
CARD_WIDTH = (PAGE_WIDTH - 2 * MARGIN) / COLUMNS
CARD_HEIGHT = (PAGE_HEIGHT - 2 * MARGIN) / ROWS
PADDING = 4 * mm
CUT_LINE = colors.HexColor("#8C8C8C")
MARK_LENGTH = 5 * mm


class CardsFileError(RuntimeError):
    """The card file is missing or malformed (message in English, for the trainer)."""


# ---------------------------------------------------------------------------
# Loading and pseudonymising
# ---------------------------------------------------------------------------

def read_deck(path: Path | str | None = None) -> pd.DataFrame:
    """The validated deck, or :class:`CardsFileError` saying what is wrong with the file."""
    path = Path(path) if path else data_path("cards.csv")
    if not path.is_file():
        raise CardsFileError(
            f"Card file not found: {path}. Run `make data` to write data/cards.csv, "
            "or pass the right file with --cards."
        )
    try:
        return cards.load_deck(path)
    except cards.DeckError as error:  # the deck's own (Dutch) diagnosis of the bad row
        raise CardsFileError(f"Card file {path} is malformed: {error}") from error
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise CardsFileError(f"Card file {path} cannot be read as the deck's CSV: {error}") from error


# ---------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------

def _fitting_size(text: str, font: str, size: float, smallest: float, width: float) -> float:
    """The largest font size from ``size`` down to ``smallest`` at which ``text`` fits."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _draw_card(canvas: Canvas, card, x: float, y: float) -> None:
    """One card with its lower-left corner at (x, y)."""
    regular, bold = SOURCE_FONTS[card.bron]
    ink = colors.HexColor(SOURCE_COLOURS[card.bron])
    inner = CARD_WIDTH - 2 * PADDING
    canvas.setFillColor(colors.HexColor(SERIES_COLOURS[card.reeks]))
    canvas.rect(x, y, CARD_WIDTH, CARD_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(ink)
    canvas.setStrokeColor(ink)

    top = y + CARD_HEIGHT - PADDING
    size = _fitting_size(card.naam, bold, 14, 8, inner)
    canvas.setFont(bold, size)
    canvas.drawString(x + PADDING, top - size, card.naam)
    rule = top - size - 2.5 * mm
    canvas.setLineWidth(0.6)
    canvas.line(x + PADDING, rule, x + CARD_WIDTH - PADDING, rule)

    baseline = rule - 6 * mm
    canvas.setFont(regular, 11)
    for line in simpleSplit(f"{card.kenmerk}:", regular, 11, inner):
        canvas.drawString(x + PADDING, baseline, line)
        baseline -= 13
    value = str(card.waarde)
    size = _fitting_size(value, bold, 20, 10, inner)
    canvas.setFont(bold, size)
    canvas.drawString(x + PADDING, baseline - size + 11, value)

    # The small print names series and source in words: colour is never the only cue.
    canvas.setFont(regular, 6.5)
    bottom = y + PADDING - 1 * mm
    canvas.drawString(x + PADDING, bottom, f"bron: {card.bron} ({cards.SOURCE_NAMES[card.bron]})")
    canvas.drawString(x + PADDING, bottom + 8.5, f"reeks {card.reeks} ({SERIES_STOCK[card.reeks]})")


def _draw_cut_lines(canvas: Canvas) -> None:
    """Thin lines on every cut, running on into the margins as crop marks."""
    canvas.setStrokeColor(CUT_LINE)
    canvas.setLineWidth(0.3)
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    bottom, top = MARGIN, PAGE_HEIGHT - MARGIN
    for column in range(COLUMNS + 1):
        x = left + column * CARD_WIDTH
        canvas.line(x, bottom - MARK_LENGTH, x, top + MARK_LENGTH)
    for row in range(ROWS + 1):
        y = bottom + row * CARD_HEIGHT
        canvas.line(left - MARK_LENGTH, y, right + MARK_LENGTH, y)


def _draw_footer(canvas: Canvas, text: str) -> None:
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7)
    canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN / 2 - 3, text)


def _card_pages(deck: pd.DataFrame) -> list[tuple[int, pd.DataFrame]]:
    """The deck cut into pages; each series starts on a page of its own."""
    pages = []
    for reeks, series in deck.groupby("reeks", sort=True):
        for start in range(0, len(series), CARDS_PER_PAGE):
            pages.append((reeks, series.iloc[start:start + CARDS_PER_PAGE]))
    return pages


def _draw_card_pages(canvas: Canvas, deck: pd.DataFrame, note: str) -> int:
    pages = _card_pages(deck)
    for number, (reeks, page) in enumerate(pages, start=1):
        for position, card in enumerate(page.itertuples(index=False)):
            row, column = divmod(position, COLUMNS)
            x = MARGIN + column * CARD_WIDTH
            y = PAGE_HEIGHT - MARGIN - (row + 1) * CARD_HEIGHT
            _draw_card(canvas, card, x, y)
        _draw_cut_lines(canvas)
        _draw_footer(canvas, f"Databasespel{note} – {cards.SERIES_NAMES[reeks]} – kaartenblad "
                             f"{number} van {len(pages)} – knip langs de grijze lijnen")
        canvas.showPage()
    return len(pages)


_STYLES = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11.5),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "head": ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
}


def _flow(canvas: Canvas, flowable, y: float) -> float:
    """Draw a flowable at the page width below height ``y``; return the new ``y``."""
    width = PAGE_WIDTH - 2 * MARGIN
    _, height = flowable.wrapOn(canvas, width, y - MARGIN)
    flowable.drawOn(canvas, MARGIN, y - height)
    return y - height - 4 * mm


def _draw_trainer_sheet(canvas: Canvas, deck: pd.DataFrame, card_pages: int,
                        pseudonyms: dict[str, str]) -> None:
    y = PAGE_HEIGHT - MARGIN
    y = _flow(canvas, Paragraph("Trainersblad: overzicht van verschillen en overeenkomsten",
                           _STYLES["title"]), y)
    table = overview(deck)
    y = _flow(canvas, Paragraph(
        "Hieronder vindt u een aantal verschillen en overeenkomsten tussen reeks 1 (groene "
        "kaarten: werk gevonden) en reeks 2 (gele kaarten: nog geen werk). Bij elk verschil "
        "of elke overeenkomst staat een aanname. Deze aannames hoeven niet te kloppen. Ze "
        "zijn bedoeld om te bespreken met de deelnemers. Vraag bij elke aanname: "
        f"{' '.join(table['vraag'].unique())} Let op: een verband is niet altijd een oorzaak. "
        "De cijfers zijn berekend uit dezelfde kaarten als in dit bestand.",
        _STYLES["body"]), y)

    head = ["Kenmerk", "Reeks 1 (groen)", "Reeks 2 (geel)", "Aanname om te bespreken"]
    rows = [[Paragraph(text, _STYLES["head"]) for text in head]]
    for kenmerk, row in table.iterrows():
        assumption = escape(row["aanname"])
        if row["opmerking"]:
            assumption += f"<br/><i>{escape(row['opmerking'])}</i>"
        rows.append([Paragraph(escape(kenmerk), _STYLES["cell"]), Paragraph(escape(row["reeks 1"]), _STYLES["cell"]),
                     Paragraph(escape(row["reeks 2"]), _STYLES["cell"]), Paragraph(assumption, _STYLES["cell"])])
    grid = Table(rows, colWidths=[34 * mm, 42 * mm, 42 * mm, 72 * mm], repeatRows=1)
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
        ("BACKGROUND", (1, 1), (1, -1), colors.HexColor(SERIES_COLOURS[1])),
        ("BACKGROUND", (2, 1), (2, -1), colors.HexColor(SERIES_COLOURS[2])),
    ]))
    y = _flow(canvas, grid, y)

    fonts = "; ".join(f"{bron} ({cards.SOURCE_NAMES[bron]}): {TYPEFACE_NAMES[bron]}"
                      for bron in cards.SOURCES)
    lines = [
        f"<b>Printen:</b> A4, werkelijke grootte (100%), enkelzijdig. Blad 1 tot en met "
        f"{card_pages} zijn de {len(deck)} kaarten, {CARDS_PER_PAGE} per blad; knip langs de "
        "grijze lijnen. Elke reeks begint op een nieuw blad. Dit blad is alleen voor de trainer.",
        f"<b>Bronnen:</b> elke bron heeft een eigen kleur en een eigen letter, en staat klein "
        f"onder op de kaart: {fonts}.",
    ]
    if pseudonyms:
        key = ", ".join(f"{number} = {person}" for person, number in
                        sorted(pseudonyms.items(), key=lambda item: item[1]))
        lines.append(
            f"<b>Opdracht 1, hint:</b> in reeks 2 zijn {len(pseudonyms)} personen al "
            "gepseudonimiseerd: op al hun kaarten staat een nummer in plaats van de naam. "
            f"Sleutel, alleen voor de trainer (niet uitdelen): {key}.")
    for line in lines:
        y = _flow(canvas, Paragraph(line, _STYLES["body"]), y)
    canvas.showPage()


def build_pdf(deck: pd.DataFrame, path: Path | str, pseudonyms: dict[str, str] | None = None) -> Path:
    """Write the cards and the trainer sheet to ``path``; with ``pseudonyms``, the hint variant."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pseudonyms = pseudonyms or {}
    shown = pseudonymise_persons(deck, pseudonyms) if pseudonyms else deck
    title = "Databasespel: kaarten" + (" (gepseudonimiseerd)" if pseudonyms else "")
    # invariant=1 drops the creation date and random file id: identical bytes every run.
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Datagedreven werken in het sociaal domein")
    canvas.setSubject("Kaarten en trainersblad van het databasespel (fictieve personen)")
    note = " (een paar namen al gepseudonimiseerd)" if pseudonyms else ""
    card_pages = _draw_card_pages(canvas, shown, note)
    _draw_trainer_sheet(canvas, deck, card_pages, pseudonyms)
    canvas.save()
    return path


def build_all(out_dir: Path | str = DEFAULT_OUT, cards_path: Path | str | None = None) -> list[Path]:
    """Both variants: the plain deck and the deck with a few names pseudonymised."""
    deck = read_deck(cards_path)
    out_dir = Path(out_dir)
    return [
        build_pdf(deck, out_dir / PLAIN_PDF),
        build_pdf(deck, out_dir / PSEUDONYMISED_PDF, choose_pseudonyms(deck)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m academy_trainer.printing",
        description="Write the database game's cards and trainer sheet as print-ready A4 PDFs.",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"folder for the PDFs (default: {DEFAULT_OUT})")
    parser.add_argument("--cards", type=Path, default=None,
                        help="card file to print (default: data/cards.csv)")
    options = parser.parse_args(argv)
    try:
        paths = build_all(options.out, options.cards)
    except CardsFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
