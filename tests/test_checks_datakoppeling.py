"""Chapter 3's checks: every wrong linking gets a Dutch sentence, the right one a "Goed zo"."""

from __future__ import annotations

import pandas as pd
import pytest

from academy.checks import datakoppeling as checks
from academy.linkage import link, name_keys, pseudonymise_table, source_tables
from conftest import ROOT, read_nb
from test_feedback import call, hidden, message

KEY = checks.KEY


@pytest.fixture(scope="module")
def bronnen() -> dict[str, pd.DataFrame]:
    return source_tables()


def confirmed(capsys, check, **answers) -> bool:
    call(check, **answers)
    return "Goed zo" in capsys.readouterr().out


def normalised(table):
    return table.assign(sleutel=name_keys(table["naam"]))


# ---------------------------------------------------------------- exercise 1: exact, niet_gekoppeld

def test_exact_link_and_count_are_confirmed(capsys, bronnen):
    exact = link(bronnen["zwart"], bronnen["rood"], on="naam")
    assert confirmed(capsys, checks.exact_koppelen, exact=exact, niet_gekoppeld=7)


def test_missing_link_says_what_to_do():
    assert "nog niet gemaakt" in message(checks.exact_koppelen)


def test_counting_the_linked_instead_of_the_unlinked(bronnen):
    exact = link(bronnen["zwart"], bronnen["rood"], on="naam")
    assert "wél gekoppeld" in message(checks.exact_koppelen, exact=exact, niet_gekoppeld=13)


def test_counting_both_tables(bronnen):
    exact = link(bronnen["zwart"], bronnen["rood"], on="naam")
    assert "zwart én rood" in message(checks.exact_koppelen, exact=exact, niet_gekoppeld=14)


def test_count_as_text(bronnen):
    exact = link(bronnen["zwart"], bronnen["rood"], on="naam")
    assert "aanhalingstekens" in message(checks.exact_koppelen, exact=exact, niet_gekoppeld="7")


def test_outer_link_keeps_unlinked_rows(bronnen):
    outer = link(bronnen["zwart"], bronnen["rood"], on="naam", how="outer")
    assert "niet gekoppeld zijn" in message(checks.exact_koppelen, exact=outer, niet_gekoppeld=7)


def test_left_link_is_explained(bronnen):
    left = link(bronnen["zwart"], bronnen["rood"], on="naam", how="left")
    assert "niet elke rij is gekoppeld" in message(checks.exact_koppelen, exact=left, niet_gekoppeld=7)


def test_normalising_already_in_exercise_one(bronnen):
    early = link(normalised(bronnen["zwart"]), normalised(bronnen["rood"]), on="sleutel")
    assert "zoals die gedrukt is" in message(checks.exact_koppelen, exact=early, niet_gekoppeld=0)


def test_a_column_instead_of_a_table(bronnen):
    names = link(bronnen["zwart"], bronnen["rood"], on="naam")["naam"]
    assert "moet een tabel zijn" in message(checks.exact_koppelen, exact=names, niet_gekoppeld=7)


def test_only_one_source_is_not_a_link(bronnen):
    text = message(checks.exact_koppelen, exact=bronnen["zwart"].head(13), niet_gekoppeld=7)
    assert "geen kenmerken van rood" in text


def test_a_source_instead_of_the_link_gets_a_sentence_not_a_key_error(bronnen):
    # All twenty rows of zwart: no Sector column to look at.
    assert "geen kenmerken van rood" in message(checks.exact_koppelen, exact=bronnen["zwart"], niet_gekoppeld=7)
    assert "geen kenmerken van zwart" in message(checks.exact_koppelen, exact=bronnen["rood"], niet_gekoppeld=7)


def test_a_link_without_some_columns_names_the_column(bronnen):
    partial = link(bronnen["zwart"], bronnen["rood"][["naam", "Sector"]], on="naam")
    said = message(checks.exact_koppelen, exact=partial, niet_gekoppeld=7)
    assert "`exact` heeft geen kolom 'Aantal maanden in uitkering'" in said and "Koppel de hele tabellen" in said


# ---------------------------------------------------------------- exercise 2: genormaliseerd

def test_normalised_link_is_confirmed(capsys, bronnen):
    right = link(normalised(bronnen["zwart"]), normalised(bronnen["rood"]), on="sleutel")
    assert confirmed(capsys, checks.genormaliseerd_koppelen, genormaliseerd=right)


def test_still_linking_on_the_printed_name(bronnen):
    wrong = link(normalised(bronnen["zwart"]), normalised(bronnen["rood"]), on="naam")
    assert "sleutel" in message(checks.genormaliseerd_koppelen, genormaliseerd=wrong)


def test_key_in_one_table_only(bronnen):
    # The key of zwart against the printed names of rood: the names without tussenvoegsel still match.
    rood = bronnen["rood"].assign(sleutel=bronnen["rood"]["naam"])
    wrong = link(normalised(bronnen["zwart"]), rood, on="sleutel")
    assert "dezelfde manier" in message(checks.genormaliseerd_koppelen, genormaliseerd=wrong)


def test_linking_on_something_that_is_not_a_person(bronnen):
    zwart = bronnen["zwart"].assign(sleutel=range(20))
    rood = bronnen["rood"].assign(sleutel=range(20))
    wrong = link(zwart, rood, on="sleutel")
    assert "verschillende personen" in message(checks.genormaliseerd_koppelen, genormaliseerd=wrong)


def test_doubled_rows(bronnen):
    zwart = bronnen["zwart"].assign(sleutel=1)
    wrong = link(zwart, bronnen["rood"].assign(sleutel=1), on="sleutel")
    assert "dubbel" in message(checks.genormaliseerd_koppelen, genormaliseerd=wrong)


def test_normalised_wrong_type():
    assert "moet een tabel zijn" in message(checks.genormaliseerd_koppelen, genormaliseerd=[1, 2])


# ---------------------------------------------------------------- exercise 3: op_rin

def rin(table, key=KEY):
    return pseudonymise_table(table, key, new_column="rin")


def test_rin_link_is_confirmed(capsys, bronnen):
    right = link(rin(bronnen["zwart"]), rin(bronnen["blauw"]), on="rin")
    assert confirmed(capsys, checks.rin_koppelen, op_rin=right)


def test_another_key_links_nobody(bronnen):
    wrong = link(rin(bronnen["zwart"]), rin(bronnen["blauw"], b"andere-sleutel"), on="rin")
    assert "dezelfde sleutel RIN_SLEUTEL" in message(checks.rin_koppelen, op_rin=wrong)


def test_names_in_the_linked_table(bronnen):
    wrong = link(normalised(bronnen["zwart"]), normalised(bronnen["blauw"]), on="sleutel")
    assert "nog namen" in message(checks.rin_koppelen, op_rin=wrong)


def test_default_column_name(bronnen):
    zwart = pseudonymise_table(bronnen["zwart"], KEY)
    wrong = link(zwart, pseudonymise_table(bronnen["blauw"], KEY), on="pseudoniem")
    said = message(checks.rin_koppelen, op_rin=wrong)
    assert "`op_rin` heeft geen kolom 'rin'" in said and 'new_column="rin"' in said


def test_red_instead_of_blue(bronnen):
    wrong = link(rin(bronnen["zwart"]), rin(bronnen["rood"]), on="rin")
    assert "blauw" in message(checks.rin_koppelen, op_rin=wrong)


def test_rin_without_normalising_misses_persons(bronnen):
    blauw = pseudonymise_table(bronnen["blauw"], KEY, new_column="rin", normalise=False)
    wrong = link(rin(bronnen["zwart"]), blauw, on="rin")
    assert "dezelfde manier" in message(checks.rin_koppelen, op_rin=wrong)


def test_rin_wrong_type():
    assert "moet een tabel zijn" in message(checks.rin_koppelen, op_rin={"rin": 1})


# ---------------------------------------------------------------- any wrong answer: a Dutch sentence, never a traceback

def wrong_answers(bronnen) -> list:
    zwart, rood, blauw = bronnen["zwart"], bronnen["rood"], bronnen["blauw"]
    return [
        42, "zwart", [1, 2, 3], ("a", "b"), {"naam": "B. Bos"}, zwart["naam"], pd.DataFrame(),
        zwart, rood, blauw, normalised(zwart), rin(zwart), rin(blauw),
        link(zwart, rood, on="naam"), link(zwart, blauw, on="naam"),
        link(normalised(zwart), normalised(rood), on="sleutel"),
        link(rin(zwart), rin(blauw), on="rin"), link(rin(zwart), rin(rood), on="rin"),
        link(zwart, rood, on="naam", how="outer"), link(rin(zwart), rin(blauw, b"x"), on="rin", how="outer"),
        pd.concat([zwart, rood]), zwart.assign(Sector=None),
    ]


@pytest.mark.parametrize("check, name, extra", [
    (checks.exact_koppelen, "exact", {"niet_gekoppeld": 7}),
    (checks.genormaliseerd_koppelen, "genormaliseerd", {}),
    (checks.rin_koppelen, "op_rin", {}),
])
def test_every_wrong_table_or_type_gets_a_sentence(capsys, bronnen, check, name, extra):
    for value in wrong_answers(bronnen):
        try:
            call(check, **{name: value}, **extra)
        except AssertionError as error:
            assert str(error) and "Traceback" not in str(error)
        else:  # the one right answer among them
            assert "Goed zo" in capsys.readouterr().out


@pytest.mark.parametrize("count", [None, "zeven", 7.5, [7], True])
def test_a_wrong_count_gets_a_sentence(bronnen, count):
    exact = link(bronnen["zwart"], bronnen["rood"], on="naam")
    assert message(checks.exact_koppelen, exact=exact, niet_gekoppeld=count)


# ---------------------------------------------------------------- hidden checks (source/03-datakoppeling/hidden_checks.py)

def test_hidden_checks_pass_the_right_answers(monkeypatch, bronnen):
    monkeypatch.chdir(ROOT / "source" / "03-datakoppeling")
    zwart, rood = bronnen["zwart"], bronnen["rood"]
    exact = link(zwart, rood, on="naam")
    hidden(checks.exact_koppelen, exact=exact, niet_gekoppeld=len(zwart) - len(exact))
    hidden(checks.genormaliseerd_koppelen, genormaliseerd=link(normalised(zwart), normalised(rood), on="sleutel"))
    zwart_rin = pseudonymise_table(zwart, KEY, new_column="rin")
    op_rin = link(zwart_rin, pseudonymise_table(bronnen["blauw"], KEY, new_column="rin"), on="rin")
    hidden(checks.rin_koppelen, op_rin=op_rin)


@pytest.mark.parametrize("question, answers", [
    ("exact_koppelen", lambda b: dict(exact=link(b["zwart"], b["rood"], on="naam", how="outer"), niet_gekoppeld=7)),
    ("exact_koppelen", lambda b: dict(exact=link(b["zwart"], b["rood"], on="naam"), niet_gekoppeld="7")),
    ("genormaliseerd_koppelen", lambda b: dict(genormaliseerd=link(b["zwart"], b["rood"], on="naam"))),
    ("rin_koppelen", lambda b: dict(op_rin=link(pseudonymise_table(b["zwart"], KEY, new_column="rin"),
                                               pseudonymise_table(b["blauw"], b"een-andere", new_column="rin"),
                                               on="rin", how="left"))),
])
def test_hidden_checks_fail_wrong_answers(monkeypatch, bronnen, question, answers):
    monkeypatch.chdir(ROOT)
    with pytest.raises(AssertionError):
        hidden(getattr(checks, question), **answers(bronnen))


def test_the_notebook_hands_out_the_key_the_checks_use():
    notebook = read_nb(ROOT / "source" / "03-datakoppeling" / "datakoppeling.ipynb")
    assert any(f'RIN_SLEUTEL = b"{KEY.decode()}"' in cell.source for cell in notebook.cells)
