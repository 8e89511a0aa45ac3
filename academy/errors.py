"""Python's own errors explained in Dutch, in a trainee's notebook.

``install`` gives IPython a custom exception handler (``shell.set_custom_exc``) for the
errors a beginner meets. The output starts with one plain Dutch sentence (what
happened, what to try), followed by Python's short original message, so it can
still be looked up. The error stays an error: the cell fails, Run All stops there
(unless the cell is tagged ``raises-exception``) and nbgrader scores a failing test 0.
A failed check (AssertionError) and errors that the course's own functions raise
already speak Dutch: those are shown as before. One mistake Python accepts silently
gets a note too: a Dutch decimal comma in a list (``[0,5, 0,3]`` is four whole numbers).
"""

from __future__ import annotations

import ast
import builtins
import io
import linecache
import re
import sys
import tokenize
import types

import pandas as pd

from academy import runs
from academy.feedback import closest, listing, no_column

EXPLAINED = (SyntaxError, NameError, KeyError, AttributeError, TypeError, ValueError, ZeroDivisionError,
             ImportError)

# Words a Dutch trainee tries first, and the pandas method that does it.
DUTCH_METHODS = {
    "gemiddelde": "mean", "gem": "mean", "mediaan": "median", "som": "sum", "totaal": "sum",
    "aantal": "count", "tel": "count", "tellen": "count", "maximum": "max", "minimum": "min",
    "sorteer": "sort_values", "sorteren": "sort_values", "groepeer": "groupby", "groeperen": "groupby",
    "uniek": "unique", "uniq": "unique", "kop": "head", "begin": "head", "eerste": "head", "staart": "tail",
    "laatste": "tail", "afronden": "round", "rond_af": "round", "standaardafwijking": "std",
    "vervang": "replace", "hernoem": "rename", "telwaarden": "value_counts", "waarden_tellen": "value_counts",
    "kolommen": "columns", "lengte": "shape", "vorm": "shape", "beschrijf": "describe",
}
DECIMAL_COMMA = re.compile(r"(?<![\w.])(\d+),(\d+)")


# ---------------------------------------------------------------- syntax

def _cell_source(error: SyntaxError) -> str:
    """The whole cell (IPython keeps every cell's source in linecache, under the cell's file name)."""
    return "".join(linecache.getlines(error.filename or "")) or (error.text or "")


def _unclosed(source: str) -> str | None:
    """The first bracket that is opened and never closed, or None."""
    stack = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.OP and token.string in "([{":
                stack.append((token.string, token.start[0]))
            elif token.type == tokenize.OP and token.string in ")]}" and stack:
                stack.pop()
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    if stack:
        bracket, line = stack[-1]
        return f"`{bracket}` op regel {line}"
    return None


def _indentation(error: IndentationError) -> str:
    if "expected an indented block" in error.msg:
        return ("Na een regel die eindigt op een dubbele punt `:` moeten de regels eronder inspringen. "
                "Zet er vier spaties voor.")
    if "unexpected indent" in error.msg:
        return "Deze regel begint met spaties, maar dat mag hier niet. Haal de spaties aan het begin weg."
    return "De regels springen niet even ver in. Zet regels die bij elkaar horen precies onder elkaar (vier spaties)."


def _syntax(error: SyntaxError) -> str:
    if isinstance(error, IndentationError):
        return _indentation(error)
    message, line = error.msg or "", error.text or ""
    comma = DECIMAL_COMMA.search(line)
    if comma and ("leading zeros" in message or "expected after dictionary key" in message
                  or message.startswith("invalid syntax")):
        whole, fraction = comma.groups()
        return (f"Schrijf een kommagetal met een punt: `{whole}.{fraction}` in plaats van `{whole},{fraction}`. "
                "Python gebruikt de komma om dingen te scheiden.")
    if "leading zeros" in message:
        return "Een heel getal mag in Python niet met een 0 beginnen. Haal de nul vooraan weg."
    if "'==' or ':=' instead of '='" in message or "Maybe you meant '==' instead of '='" in message:
        return ("Om twee dingen te vergelijken schrijf je `==` (twee isgelijktekens). Eén `=` geeft een naam "
                "een waarde.")
    if "unterminated" in message and "string" in message:
        return ("Er mist een aanhalingsteken: een tekst begint met \" of ', maar sluit niet. Zet aan het eind "
                "van de tekst hetzelfde teken.")
    if "does not match opening parenthesis" in message:
        return "De haakjes passen niet bij elkaar. Sluit elk haakje met hetzelfde soort: ( met ), [ met ] en { met }."
    if message.startswith("unmatched"):
        return "Er staat een haakje dat sluit, maar er hoort geen haakje bij dat opent. Haal het weg of zet het goed."
    unclosed = _unclosed(_cell_source(error))
    if unclosed or "was never closed" in message or "incomplete input" in message or "EOF" in message:
        where = f" Het haakje {unclosed} gaat niet meer dicht." if unclosed else ""
        return f"Er mist een haakje of aanhalingsteken aan het eind.{where} Zet het sluitende teken op de goede plek."
    if "expected ':'" in message:
        return "Aan het eind van deze regel mist een dubbele punt `:`. Die hoort na if, else, for en def."
    if "forgot a comma" in message:
        return "Hier mist waarschijnlijk een komma tussen twee dingen, bijvoorbeeld in een lijst."
    return ("Python kan deze regel niet lezen. Kijk bij het pijltje ^: vaak mist er een haakje, komma, "
            "dubbele punt of aanhalingsteken.")


# ---------------------------------------------------------------- names, keys, attributes

def _name(error: NameError, namespace: dict) -> str | None:
    name = getattr(error, "name", None)
    if not name:
        return None
    makers, _ = runs.cells_above_making(name) or ([], 0.0)
    if any(not runs.ran_successfully(cell.cell_id) for cell in makers):
        return (f"`{name}` wordt gemaakt in een cel hierboven, maar die cel is nog niet (goed) uitgevoerd. "
                "Voer eerst de cellen hierboven uit, van boven naar beneden.")
    known = [n for n in namespace if not n.startswith("_")] + dir(builtins)
    match = closest(name, known)
    if match:
        return f"Python kent de naam `{name}` niet. Bedoel je `{match}`? Let op de spelling en de hoofdletters."
    return (f"Python kent de naam `{name}` niet. Misschien staat er een tikfout in, of wordt `{name}` gemaakt in "
            f"een cel die je nog niet hebt uitgevoerd. Bedoel je tekst? Zet er dan aanhalingstekens omheen: "
            f"\"{name}\".")


def _frames(tb):
    while tb is not None:
        yield tb.tb_frame
        tb = tb.tb_next


def _table_in(tb):
    """The pandas table or column whose lookup raised, if any (the ``self`` of a pandas frame)."""
    for frame in _frames(tb):
        owner = frame.f_locals.get("self")
        if isinstance(owner, (pd.DataFrame, pd.Series)):
            return owner
    return None


def _key(error: KeyError, tb) -> str:
    key = error.args[0] if error.args else ""
    table = _table_in(tb)
    if isinstance(table, pd.DataFrame):
        if str(key).startswith("None of") or "not in index" in str(key):
            return f"Een van die kolommen staat niet in de tabel. De kolommen zijn: {listing(table.columns)}."
        return f"{no_column([key], table.columns)} Schrijf de naam precies zo, met dezelfde hoofdletters."
    if isinstance(table, pd.Series):
        return (f"'{key}' staat niet in deze kolom of rij. Wel: {listing(table.index)}. Schrijf het precies zo, "
                "met dezelfde hoofdletters.")
    return f"'{key}' bestaat hier niet. Schrijf de naam precies zoals in de data, met dezelfde hoofdletters."


def _kind(value) -> str:
    if value is None:
        return "`None` (niets)"
    if isinstance(value, types.ModuleType):
        return f"De module `{value.__name__}`"
    for kind, word in ((pd.DataFrame, "Een tabel"), (pd.Series, "Een kolom"), (bool, "Waar/onwaar"),
                       (str, "Tekst"), ((int, float), "Een getal"), ((list, tuple), "Een lijst"),
                       (dict, "Een woordenboek")):
        if isinstance(value, kind):
            return word
    return f"Iets van het type {type(value).__name__}"


def _attribute(error: AttributeError) -> str | None:
    name, owner = getattr(error, "name", None), getattr(error, "obj", None)
    if name is None:
        return None
    kind = _kind(owner)
    if owner is None:
        return (f"{kind} heeft geen `.{name}`. Een variabele is leeg (None): misschien gaf een functie niets "
                "terug, bijvoorbeeld met inplace=True. Kijk wat er in je variabele staat.")
    english = DUTCH_METHODS.get(name.lower())
    if english and hasattr(owner, english):
        call = "" if english in ("columns", "shape") else "()"
        return f"De opdrachten in Python zijn Engels: schrijf `.{english}{call}` in plaats van `.{name}{call}`."
    match = closest(name, [a for a in dir(owner) if not a.startswith("_")])
    if match:
        return f"{kind} heeft geen `.{name}`. Bedoel je `.{match}`? Let op de spelling."
    return f"{kind} heeft geen `.{name}`. Kijk in de uitleg of het voorbeeld hoe deze opdracht heet."


# ---------------------------------------------------------------- values and types

def _type(error: TypeError) -> str:
    text = str(error)
    if "not callable" in text:
        return ("Je zet haakjes () achter iets dat geen functie is. Haal de haakjes weg, of kijk of je de naam "
                "van een functie per ongeluk een andere waarde hebt gegeven.")
    if "str" in text and ("operand" in text or "concatenate" in text or "must be str" in text
                          or "not supported between" in text):
        return ("Je rekent met tekst en getallen door elkaar. Een getal schrijf je zonder aanhalingstekens: "
                "`0.25`, niet `'0.25'`.")
    if "required positional argument" in text:
        return "De functie mist iets tussen de haakjes. Kijk in het voorbeeld wat je moet meegeven."
    if "positional argument" in text and "given" in text:
        return "Je geeft de functie te veel dingen tussen de haakjes. Kijk in het voorbeeld wat je moet meegeven."
    if "unexpected keyword argument" in text:
        return "De functie kent een van de namen tussen de haakjes niet. Kijk naar de spelling."
    if "not subscriptable" in text:
        return "Je zet vierkante haken [] achter iets dat geen tabel, lijst of woordenboek is."
    if "not iterable" in text:
        return "Je loopt door iets heen dat geen lijst of kolom is, bijvoorbeeld één getal."
    return ("Deze bewerking werkt niet met dit soort waarde, bijvoorbeeld tekst waar een getal hoort. "
            "Kijk wat er in je variabelen staat.")


def _value(error: ValueError) -> str:
    text = str(error)
    if "truth value of a" in text and "ambiguous" in text:
        return ("Bij kolommen gebruik je & (en) en | (of), met haakjes om elke vergelijking, niet `and` of `or`. "
                "Bijvoorbeeld: (tabel[\"a\"] > 1) & (tabel[\"b\"] < 5).")
    if "could not convert string to float" in text or "invalid literal for int" in text:
        return "Deze tekst is geen getal. Schrijf een getal met een punt en zonder aanhalingstekens, zoals `0.25`."
    if "Length of values" in text or "Length mismatch" in text or "same length" in text:
        return "De lengtes passen niet: je zet een lijst met een ander aantal waarden naast een tabel of kolom."
    return ("Een functie kreeg een waarde die niet past, ook al is het het goede soort. Kijk naar wat je tussen "
            "de haakjes meegeeft.")


def _module(error: ImportError) -> str:
    name = getattr(error, "name", None) or ""
    if isinstance(error, ModuleNotFoundError):
        known = {module.split(".")[0] for module in sys.modules}
        match = closest(name.split(".")[0], known)
        guess = f" Bedoel je `{match}`?" if match and match != name else ""
        return (f"Python kan de module `{name}` niet vinden.{guess} Kijk naar de spelling. Klopt die, vraag dan "
                "je trainer om de module te installeren.")
    wanted = re.search(r"cannot import name '([^']+)'", str(error))
    module = sys.modules.get(name)
    match = closest(wanted.group(1), dir(module)) if wanted and module else None
    guess = f" Bedoel je `{match}`?" if match else ""
    return f"Die naam bestaat niet in de module `{name}`.{guess} Kijk naar de spelling."


def explain(error: BaseException, namespace: dict, tb=None) -> str | None:
    """One Dutch sentence (or two short ones) about ``error``; None to leave the error as it is."""
    if isinstance(error, SyntaxError):
        return _syntax(error)
    if isinstance(error, NameError):
        return _name(error, namespace)
    if isinstance(error, KeyError):
        return _key(error, tb)
    if isinstance(error, AttributeError):
        return _attribute(error)
    if isinstance(error, TypeError):
        return _type(error)
    if isinstance(error, ValueError):
        return _value(error)
    if isinstance(error, ZeroDivisionError):
        return "Je deelt door nul. Kijk of het getal waardoor je deelt niet nul is, of de tabel niet leeg."
    if isinstance(error, ImportError):
        return _module(error)
    return None


def _raised_by_the_course(tb) -> bool:
    """The course's own functions raise errors with a Dutch message already."""
    frames = list(_frames(tb))
    return bool(frames) and frames[-1].f_globals.get("__name__", "").startswith("academy.")


def _show(shell, etype, value, tb, tb_offset=None):
    """IPython's custom exception handler: the Dutch sentence, then the short original."""
    if isinstance(value, SyntaxError):
        original = shell.SyntaxTB.structured_traceback(etype, value, [])
    else:
        original = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    sentence = None
    if isinstance(value, SyntaxError) or not _raised_by_the_course(tb):
        try:
            sentence = explain(value, shell.user_ns, tb)
        except Exception:  # an explanation must never hide the error itself
            sentence = None
    shell._showtraceback(etype, value, [sentence + "\n", *original] if sentence else original)


def decimal_commas(source: str) -> list[str]:
    """Numbers like ``0,5`` in a list written as ``[0,5, 0,3]``: valid Python (four whole numbers), meant as two.

    Only a list, tuple or set that mixes ``a,b`` (no space) with ``, `` (a space) counts, so ``[1,2,3]``
    and ``tabel.iloc[0,1]`` do not."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    lines = [line.encode() for line in source.splitlines()]  # ast's column offsets count UTF-8 bytes
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.List, ast.Tuple, ast.Set)) or len(node.elts) < 3:
            continue
        tight, spaced = [], False
        for left, right in zip(node.elts, node.elts[1:]):
            if left.end_lineno != right.lineno or left.end_lineno is None:
                continue
            between = lines[left.end_lineno - 1][left.end_col_offset:right.col_offset].decode()
            numbers = all(isinstance(e, ast.Constant) and type(e.value) is int for e in (left, right))
            if between == "," and numbers:
                tight.append(f"{left.value},{right.value}")
            elif between.startswith(", "):
                spaced = True
        if tight and spaced:
            found.extend(tight)
    return found


def _warn_decimal_commas(info) -> None:
    commas = decimal_commas(getattr(info, "raw_cell", "") or "")
    if commas:
        first = commas[0]
        print(f"Let op: Python leest `{first}` als twee getallen ({first.replace(',', ' en ')}). Bedoel je een "
              f"kommagetal? Schrijf dan een punt: `{first.replace(',', '.')}`.")


def install(shell) -> None:
    """Explain errors in Dutch in this shell (a Jupyter kernel's), once per kernel."""
    if getattr(shell, "_academy_errors", False):
        return
    shell.set_custom_exc(EXPLAINED, _show)
    shell.events.register("pre_run_cell", _warn_decimal_commas)
    shell._academy_errors = True
