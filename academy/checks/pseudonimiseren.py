"""Checks of chapter 2, Pseudonimiseren."""

from __future__ import annotations

import functools
from collections import Counter

import pandas as pd

from academy import cards, privacy
from academy.checks.common import cell_text
from academy.checks.question import question
from academy.datasets.population import make_population
from academy.feedback import answer, correct, expect_collection, expect_columns, expect_frame, fail, what_is
from academy.linkage import canonical_name, name_keys

KEY = b"databasespel-2024"
"""The key the chapter gives the trainee as SLEUTEL."""

DIGITS = 6
"""The length of the pseudonyms of exercise 1: short enough to read on a card."""

CARD_COLUMNS = ["reeks", "kenmerk", "waarde", "bron"]
"""The columns of a card that exercise 1 leaves as they are."""

UNIQUE_ON = ["Geslacht", "Postcode"]
"""The characteristics of exercise 2 (who is unique on them?)."""

QUASI_IDENTIFIERS = ["Leeftijd", "Geslacht", "Postcode"]
"""The quasi-identifiers of exercise 3 (generalise until k >= 2)."""

THRESHOLD = 10
K_ANONYMOUS = 2
"""Exercise 3: nobody unique on the quasi-identifiers."""
CHAPTER = "02-pseudonimiseren"


def _persons() -> pd.DataFrame:
    return cards.person_table(cards.load_deck())


def _all_spellings() -> set[str]:
    """Every way a name of the deck is written, on the cards and in person_table."""
    deck = cards.load_deck()
    return set(deck["naam"]) | set(deck["persoon"])


@functools.lru_cache(maxsize=1)
def benefit_table() -> pd.DataFrame:
    """Exercise 4's table: residents on benefits per district and sector (synthetic, 100,000 residents)."""
    population = make_population(100_000)
    on_benefit = population[population["Aantal maanden in uitkering"] > 0]
    return pd.crosstab(on_benefit["wijk"], on_benefit["Sector"])


# ---------------------------------------------------------------- exercise 1

def card_pseudonyms(deck: pd.DataFrame, key: bytes = KEY, digits: int = DIGITS) -> dict[str, pd.Series]:
    """The right numbers for the cards, one Series per way of pseudonymising them.

    As each source spells the name (``naam``; a person with a tussenvoegsel
    gets three numbers), one spelling per person (``persoon``), or the
    normalised name of chapter 3 (``sleutel``): all three replace every name
    by a keyed number, so all three are right.
    """
    return {
        "naam": privacy.pseudonymise(deck["naam"], key, digits=digits),
        "persoon": privacy.pseudonymise(deck["persoon"], key, digits=digits),
        "sleutel": privacy.pseudonymise(name_keys(deck["naam"]), key, digits=digits),
    }


def card_rows(table: pd.DataFrame, numbers) -> list[tuple]:
    """Each card as text (number, reeks, kenmerk, waarde, bron), sorted: the order of the rows does not matter."""
    columns = table[CARD_COLUMNS].assign(naam=list(numbers))[["naam", *CARD_COLUMNS]]
    return sorted(tuple(cell_text(v) for v in row) for row in columns.itertuples(index=False))


def _expected_cards() -> dict:
    deck = cards.load_deck()
    return {"zonder_namen": card_pseudonyms(deck), "kaarten": deck}


@question(CHAPTER, "zonder_namen", expected=_expected_cards)
def zonder_namen(question) -> None:
    """Exercise 1: ``zonder_namen``, the cards with every name replaced by its keyed pseudonym.

    Expected: the pseudonyms each card may carry, one way per column a trainee may pseudonymise."""
    table = answer("zonder_namen")
    deck = question.expected["kaarten"]
    if isinstance(table, (pd.Series, list, tuple)):
        fail("`zonder_namen` is één kolom (of lijst). Maak een hele tabel: neem `kaarten` en zet de nummers "
             "in de kolom 'naam', met kaarten.assign(naam=...).")
    expect_frame(table, "zonder_namen")
    if len(table) == len(_persons()) and "persoon" in table.columns and "kenmerk" not in table.columns:
        fail(f"`zonder_namen` heeft {len(table)} rijen: dat is de tabel `personen`. In deze oefening vervang je "
             "de naam op elke kaart, zoals in het spel: begin met de tabel `kaarten`.")
    names = _all_spellings()
    for column in table.columns:
        found = [v for v in table[column].tolist() if isinstance(v, str) and v in names]
        if found and column == "persoon":
            fail("In de kolom 'persoon' staan nog namen. Haal die kolom weg met .drop(columns=\"persoon\").")
        if found:
            fail(f"In `zonder_namen` staan nog namen, bijvoorbeeld '{found[0]}' in de kolom '{column}'. "
                 "Vervang elke naam door een nummer.")
    if len(table) != len(deck):
        fail(f"`zonder_namen` heeft {len(table)} rijen, maar er zijn {len(deck)} kaarten. "
             "Houd alle kaarten, één rij per kaart.")
    expect_columns(table, ["naam"], "zonder_namen", "Zet de nummers in de kolom 'naam', in plaats van de namen.")
    expect_columns(table, CARD_COLUMNS, "zonder_namen", "Laat de andere kolommen van de kaarten staan.")
    given = [cell_text(v) for v in table["naam"].tolist()]
    if len(set(given)) == 1:
        fail("Op alle kaarten staat hetzelfde nummer. Elke persoon hoort een eigen nummer te krijgen: "
             "pseudonimiseer de namen.")
    right = question.expected["zonder_namen"]
    numbers = set(given)
    if not any(numbers == {cell_text(v) for v in expected} for expected in right.values()):
        lengths = {len(n) for n in numbers}
        length = lengths.pop() if len(lengths) == 1 else None
        if length in range(4, 19) and any(numbers == {cell_text(v) for v in expected}
                                          for expected in card_pseudonyms(deck, digits=length).values()):
            fail(f"Je nummers hebben {length} cijfers. Geef digits={DIGITS} mee, zoals in het "
                 "voorbeeld: een kort nummer kun je op een kaart lezen.")
        fail("Dit zijn wel nummers, maar niet de nummers die bij de sleutel `SLEUTEL` horen. Gebruik "
             f"pseudonymise met de namen uit kaarten['naam'], de sleutel SLEUTEL en digits={DIGITS}.")
    if not any(card_rows(table, table["naam"]) == card_rows(deck, expected) for expected in right.values()):
        fail("De nummers staan niet op de goede kaart. Vervang de namen in dezelfde tabel, "
             "zonder de rijen door elkaar te halen, en laat de andere kolommen zoals ze waren.")
    if numbers == {cell_text(v) for v in right["naam"]}:
        correct("Elke naam is nu een nummer. Kijk hieronder: sommige personen hebben nu meer dan één nummer.")
    else:
        correct("Elke naam is nu een nummer, en elke persoon heeft op al zijn kaarten hetzelfde nummer.")


# ---------------------------------------------------------------- exercise 2

def _expected_unique() -> dict:
    persons = _persons()
    return {"unieke_personen": set(persons.loc[privacy.group_sizes(persons, UNIQUE_ON) == 1, "persoon"])}


@question(CHAPTER, "unieke_personen", expected=_expected_unique)
def unieke_personen(question) -> None:
    """Exercise 2: ``unieke_personen``, the names of the persons unique on sex and postcode."""
    value = answer("unieke_personen")
    if isinstance(value, pd.DataFrame):
        fail("`unieke_personen` is een tabel. Geef alleen de namen: neem de kolom 'persoon' van die tabel.")
    items = expect_collection(value, "unieke_personen")
    if not all(isinstance(item, str) for item in items):
        fail("Geef de namen van de personen als tekst, zoals 'B. Bos', geen nummers.")
    persons = _persons()
    known = {canonical_name(name) for name in persons["persoon"]}
    given = {canonical_name(item) for item in items}
    strangers = sorted(given - known)
    if strangers:
        fail(f"'{strangers[0]}' is geen persoon uit het spel. Gebruik de namen uit de kolom 'persoon'.")
    times = Counter(canonical_name(item) for item in items)
    doubled = [name for name, count in times.items() if count > 1]
    if doubled:
        fail(f"'{doubled[0]}' staat {times[doubled[0]]} keer in `unieke_personen`. Noem elke persoon maar één keer.")

    unique = question.expected["unieke_personen"]
    if given == set(persons["persoon"]) - unique:
        fail("Je koos juist de personen die níet uniek zijn. Zoek de personen die als enige hun "
             "combinatie van geslacht en postcode hebben.")
    for column in UNIQUE_ON:
        if given == set(privacy.unique_rows(persons, [column])["persoon"]) and given != unique:
            fail(f"Je keek alleen naar {column.lower()}. Kijk naar geslacht én postcode samen.")
    for name in sorted(given - unique):
        row = persons[persons["persoon"] == name].iloc[0]
        twins = persons[(persons[UNIQUE_ON] == row[UNIQUE_ON]).all(axis=1) & (persons["persoon"] != name)]
        fail(f"{name} is niet uniek: {twins['persoon'].iloc[0]} heeft hetzelfde geslacht en dezelfde postcode.")
    missing = unique - given
    if missing:
        fail(f"Er {'ontbreekt' if len(missing) == 1 else 'ontbreken'} nog {len(missing)} "
             f"{'persoon' if len(missing) == 1 else 'personen'}. Welke combinaties van geslacht en postcode "
             "komen maar één keer voor?")
    correct(f"Deze {len(unique)} personen herken je aan alleen hun geslacht en postcode, ook zonder naam.")


# ---------------------------------------------------------------- exercise 3

@question(CHAPTER, "algemener", expected=lambda: {"algemener": _persons(), "k": K_ANONYMOUS})
def algemener(question) -> None:
    """Exercise 3: ``algemener``, the persons generalised until k >= 2 on age, sex and postcode.

    Any generalisation will do: the expected value is the table it starts from, and the k to reach."""
    table = answer("algemener")
    persons = question.expected["algemener"]
    if isinstance(table, (pd.Series, list, tuple)):
        fail("`algemener` is één kolom (of lijst). Maak een hele tabel: neem `personen` en vervang daarin "
             "de kolommen Leeftijd en Postcode, met personen.assign(...).")
    expect_frame(table, "algemener")
    dropped = [c for c in QUASI_IDENTIFIERS if c not in table.columns]
    if dropped:
        fail(f"De kolom {dropped[0]} staat niet meer in `algemener`. Gooi hem niet weg, maar maak hem algemener.")
    if len(table) < len(persons):
        fail(f"`algemener` heeft {len(table)} rijen, maar er zijn {len(persons)} personen. In deze oefening "
             "laat je niemand weg: maak de kenmerken algemener.")
    if len(table) != len(persons):
        fail(f"`algemener` heeft {len(table)} rijen; er horen er {len(persons)} te zijn, één per persoon.")
    ages = table["Leeftijd"]
    if [cell_text(v) for v in sorted(ages.tolist(), key=str)] == sorted(map(cell_text, persons["Leeftijd"]), key=str):
        fail("De leeftijden zijn nog precies. Maak er leeftijdsgroepen van met age_band.")
    if ages.dropna().nunique() < 2:
        fail("Van de leeftijd is niets meer over: iedereen heeft dezelfde waarde. Houd wat informatie over, "
             "kies bijvoorbeeld groepen van 20 of 25 jaar.")
    if sorted(map(cell_text, table["Postcode"])) == sorted(map(cell_text, persons["Postcode"])):
        fail("De postcodes zijn nog precies. Houd minder cijfers over met postcode_digits.")
    if sorted(map(cell_text, table["Geslacht"])) != sorted(map(cell_text, persons["Geslacht"])):
        fail("De kolom Geslacht is veranderd. In deze oefening maak je alleen Leeftijd en Postcode algemener: "
             "laat Geslacht zoals het was.")
    k = privacy.k_anonymity(table, QUASI_IDENTIFIERS)
    if k < question.expected["k"]:
        alone = privacy.unique_rows(table, QUASI_IDENTIFIERS)
        example = ", ".join(f"{c} {alone.iloc[0][c]}" for c in QUASI_IDENTIFIERS)
        fail(f"Er {'is' if len(alone) == 1 else 'zijn'} nog {len(alone)} "
             f"{'persoon' if len(alone) == 1 else 'personen'} uniek, bijvoorbeeld: {example}. "
             "Maak de groepen nog groter.")
    correct(f"Niemand is nu nog uniek op leeftijd, geslacht en postcode: k = {k}.")


# ---------------------------------------------------------------- exercise 4

def _expected_safe() -> dict:
    return {"veilige_tabel": privacy.suppress_small_counts(benefit_table(), threshold=THRESHOLD),
            "tabel": benefit_table()}


@question(CHAPTER, "veilige_tabel", expected=_expected_safe)
def veilige_tabel(question) -> None:
    """Exercise 4: ``veilige_tabel``, the benefit table with counts below ten shown as "<10"."""
    table = answer("veilige_tabel")
    original = question.expected["tabel"]
    label = f"<{THRESHOLD}"
    if isinstance(table, pd.Series):
        fail("`veilige_tabel` is één kolom. Maak een hele tabel: doe suppress_small_counts op de tabel `tabel`.")
    expect_frame(table, "veilige_tabel")
    if table.shape == original.shape[::-1] and table.shape != original.shape:
        fail("De rijen en kolommen zijn omgedraaid. Houd de wijken in de rijen en de sectoren in de kolommen.")
    if table.shape != original.shape:
        fail(f"`veilige_tabel` heeft {table.shape[0]} rijen en {table.shape[1]} kolommen; `tabel` heeft er "
             f"{original.shape[0]} en {original.shape[1]}. Haal geen rijen of kolommen weg: verberg alleen "
             "de kleine aantallen.")
    if set(table.index) != set(original.index) or set(table.columns) != set(original.columns):
        fail("De wijken of sectoren in `veilige_tabel` zijn anders dan in `tabel`. Begin met de tabel `tabel`.")
    table = table.loc[original.index, original.columns]
    for wijk in original.index:
        for sector in original.columns:
            count, shown = original.loc[wijk, sector], table.loc[wijk, sector]
            if count < THRESHOLD and cell_text(shown) != label:
                if cell_text(shown) == cell_text(count):
                    fail(f"Er staat nog een aantal onder de {THRESHOLD} in de tabel: {count} bij {wijk}, "
                         f"sector {sector}. Verberg alle aantallen onder de {THRESHOLD}.")
                fail(f"Bij {wijk}, sector {sector} staat {what_is(shown)}. Schrijf een klein aantal als "
                     f"'{label}': dan ziet de lezer dat er wel iemand is, maar niet hoeveel.")
            if count >= THRESHOLD and cell_text(shown) != cell_text(count):
                fail(f"Bij {wijk}, sector {sector} zijn het er {count}. Aantallen van {THRESHOLD} of meer "
                     "mogen blijven staan; verberg alleen wat onder de drempel ligt.")
    hidden = int((original < THRESHOLD).sum().sum())
    correct(f"{hidden} kleine aantallen zijn verborgen: een klein aantal verraadt nu niemand meer. "
            "Dat is één stap: het CBS controleert daarna nog zelf of een tabel echt veilig is.")

