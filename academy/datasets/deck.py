"""The card deck of the database game, written to ``data/cards.csv``.

The 20 persons are fictitious. Their values are chosen by hand so that the
deck reproduces every figure of the trainer's overview in the trainer manual
(seed 000): 9 vs 3 with WO/HBO, mean age 39.5 vs 50, 8 vs 3 with a Dutch
background, 15 vs 49 hospital visits, mean student debt 7600 vs 4600, mean
months on benefits 13.5 vs 11.9, 38 vs 31 interventions, postcodes
3582/3583 vs 3531-3534, no notable difference in sector and exactly one
person in "Motorvoertuigen".

Months on benefits are spread over the ages within each series, so that the
manual's remark holds: "Dit lijkt niet samen te hangen met leeftijd".

Each source writes names in its own way, as on the printed cards; chapter 3
needs that. :func:`spelling` writes a name as a source does, :func:`canonical_name`
brings any of those spellings back to one form. The deck itself is fixed; only the order of the pile is shuffled
(with a seed) by :mod:`academy.cards`.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

COLUMNS = ["naam", "reeks", "kenmerk", "waarde", "bron"]

# Which source (card colour) holds which characteristic. The game only says each colour is
# another source; which organisation and which characteristic is the course's own choice.
# zwart: Basisregistratie Personen (migration background is derived by CBS from the
# countries of birth the BRP holds); rood: Werk en Inkomen; blauw: other organisations.
SOURCE_OF = {
    "Leeftijd": "zwart",
    "Geslacht": "zwart",
    "Postcode": "zwart",
    "Migratieachtergrond": "zwart",
    "Aantal maanden in uitkering": "rood",
    "Aantal interventies": "rood",
    "Sector": "rood",
    "Opleidingsniveau": "blauw",
    "Studieschuld": "blauw",
    "Aantal ziekenhuisbezoeken": "blauw",
}
CHARACTERISTICS = list(SOURCE_OF)

_FIELDS = [
    "naam", "Leeftijd", "Geslacht", "Postcode", "Migratieachtergrond",
    "Aantal maanden in uitkering", "Aantal interventies", "Sector",
    "Opleidingsniveau", "Studieschuld", "Aantal ziekenhuisbezoeken",
]

# Reeks 1: green cards, found work.
_REEKS_1 = [
    ("B. Bos", 28, "Man", 3582, "Nederlands", 6, 2, "ICT", "HBO", 12000, 0),
    ("F. van Dongen", 31, "Vrouw", 3583, "Nederlands", 19, 3, "Zorg", "WO", 15000, 1),
    ("M. de Vries", 34, "Vrouw", 3582, "Nederlands", 16, 4, "Onderwijs", "HBO", 5000, 2),
    ("S. Yilmaz", 36, "Man", 3531, "Turks", 11, 5, "Logistiek", "HBO", 8000, 1),
    ("K. Jansen", 38, "Vrouw", 3583, "Nederlands", 14, 3, "Detailhandel", "MBO", 0, 3),
    ("L. de Jong", 41, "Man", 3582, "Nederlands", 15, 4, "Zakelijke dienstverlening", "HBO", 0, 0),
    ("P. Visser", 43, "Vrouw", 3572, "Nederlands", 17, 6, "Zorg", "WO", 9000, 2),
    ("R. Smit", 45, "Man", 3583, "Nederlands", 12, 2, "Horeca", "HBO", 11000, 4),
    ("E. Meijer", 47, "Vrouw", 3511, "Surinaams", 16, 5, "Overheid", "WO", 6000, 1),
    ("J. van den Berg", 52, "Man", 3582, "Nederlands", 9, 4, "Motorvoertuigen", "HBO", 10000, 1),
]

# Reeks 2: yellow cards, no work yet.
_REEKS_2 = [
    ("A. Blom", 38, "Vrouw", 3531, "Nederlands", 10, 1, "Detailhandel", "MBO", 6000, 3),
    ("H. Esajas", 42, "Man", 3532, "Surinaams", 21, 4, "Logistiek", "HBO", 14000, 7),
    ("N. El Amrani", 45, "Vrouw", 3533, "Marokkaans", 11, 3, "Zorg", "MBO", 5000, 2),
    ("T. Mulder", 47, "Man", 3583, "Nederlands", 4, 2, "Bouw", "VMBO", 0, 9),
    ("D. Bakker", 49, "Vrouw", 3534, "Nederlands", 8, 5, "Horeca", "WO", 12000, 5),
    ("G. Kok", 51, "Man", 3532, "Turks", 18, 3, "ICT", "HBO", 9000, 4),
    ("W. de Groot", 53, "Vrouw", 3552, "Antilliaans", 7, 4, "Zorg", "Basisonderwijs", 0, 6),
    ("Y. Pinas", 56, "Man", 3531, "Surinaams", 15, 2, "Schoonmaak", "VMBO", 0, 1),
    ("I. Kowalski", 58, "Vrouw", 3533, "Pools", 12, 3, "Onderwijs", "MBO", 0, 8),
    ("O. van Leeuwen", 61, "Man", 3561, "Marokkaans", 13, 4, "Zakelijke dienstverlening", "VMBO", 0, 4),
]


def spelling(name: str, source: str) -> str:
    """How a source writes a name on its cards.

    blauw writes "F. van Dongen", rood leaves out the space after the initial
    ("F.van Dongen") and zwart, like a population register, puts the surname
    first ("Dongen, F. van"). Names without a tussenvoegsel ("B. Bos") look
    the same in every source.
    """
    initial, rest = name.split(" ", 1)
    words = rest.split(" ")
    if len(words) == 1:
        return name
    if source == "rood":
        return f"{initial}{rest}"
    if source == "zwart":
        return f"{words[-1]}, {initial} {' '.join(words[:-1])}"
    return name


_INITIALS_GLUED = re.compile(r"^((?:[A-Za-z]\.)+)(?=\S)")
_SPACES = re.compile(r"\s+")


def canonical_name(name: str) -> str:
    """One way of writing a name: initials, tussenvoegsel, surname (what :func:`spelling` undid).

    >>> canonical_name("Dongen, F. van")
    'F. van Dongen'
    >>> canonical_name("F.van Dongen")
    'F. van Dongen'
    """
    name = _SPACES.sub(" ", str(name).strip())
    if "," in name:
        surname, rest = (part.strip() for part in name.split(",", 1))
        name = f"{rest} {surname}"
    name = _INITIALS_GLUED.sub(r"\1 ", name)
    return name


def persons() -> list[dict]:
    """The 20 persons as dictionaries, with their series."""
    result = []
    for reeks, rows in ((1, _REEKS_1), (2, _REEKS_2)):
        for row in rows:
            person = dict(zip(_FIELDS, row))
            person["reeks"] = reeks
            result.append(person)
    return result


def cards() -> list[dict]:
    """Every card of the deck: one row per person and characteristic."""
    rows = []
    for person in persons():
        for kenmerk in CHARACTERISTICS:
            bron = SOURCE_OF[kenmerk]
            rows.append({
                "naam": spelling(person["naam"], bron),
                "reeks": person["reeks"],
                "kenmerk": kenmerk,
                "waarde": person[kenmerk],
                "bron": bron,
            })
    return rows


def write(path: Path) -> Path:
    """Write the deck as CSV (UTF-8, one row per card)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(cards())
    return path
