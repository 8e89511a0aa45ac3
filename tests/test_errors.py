"""Python's errors explained in Dutch, and stale answers, in a real Jupyter kernel (as JupyterLab drives it)."""

from __future__ import annotations

import json
import os
import re
import time

import pytest
from jupyter_client.manager import start_new_kernel

from conftest import ROOT, make_course, nbgrader, nbgrader_meta, read_nb
from test_nbgrader import filled_in, grades, submit

ANSI = re.compile(r"\x1b\[[0-9;]*m")


class Kernel:
    """A python3 kernel that gets cells as JupyterLab sends them: with the cell's id."""

    def __init__(self, notebook):
        env = {**os.environ, "JPY_SESSION_NAME": str(notebook)}
        self.manager, self.client = start_new_kernel(kernel_name="python3", cwd=str(ROOT), env=env)

    def run(self, code: str, cell_id: str | None = None) -> dict:
        """Run one cell; its printed text, its error (ename, evalue, traceback without colours) and status."""
        content = {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                   "allow_stdin": False, "stop_on_error": False}
        message = self.client.session.msg("execute_request", content, metadata={"cellId": cell_id})
        self.client.shell_channel.send(message)
        parent = message["header"]["msg_id"]
        reply = self.client.get_shell_msg(timeout=120)
        while reply["parent_header"].get("msg_id") != parent:
            reply = self.client.get_shell_msg(timeout=120)
        out = {"status": reply["content"]["status"], "text": "", "error": None}
        while True:
            msg = self.client.get_iopub_msg(timeout=120)
            if msg["parent_header"].get("msg_id") != parent:
                continue
            kind, body = msg["msg_type"], msg["content"]
            if kind == "stream":
                out["text"] += body["text"]
            elif kind == "error":
                out["error"] = {"ename": body["ename"], "evalue": body["evalue"],
                                "traceback": [ANSI.sub("", line) for line in body["traceback"]]}
            elif kind == "status" and body["execution_state"] == "idle":
                return out

    def stop(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def notebook(tmp_path_factory):
    return tmp_path_factory.mktemp("nb") / "hoofdstuk.ipynb"


@pytest.fixture(scope="module")
def kernel(notebook):
    started = Kernel(notebook)
    started.run("import academy\nimport pandas as pd\n"
                "tabel = pd.DataFrame({'Leeftijd': [30, 40], 'naam': ['An', 'Bo']})\nleeftijd = 35")
    yield started
    started.stop()


def save(notebook, cells: dict[str, str]) -> None:
    """Write the notebook as JupyterLab saves it: code cells with their ids."""
    nb = {"cells": [{"cell_type": "code", "id": cell_id, "metadata": {}, "source": source, "outputs": [],
                     "execution_count": None} for cell_id, source in cells.items()],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    notebook.write_text(json.dumps(nb), encoding="utf-8")
    later = time.time() + 1  # saved after anything the kernel ran before
    os.utime(notebook, (later, later))


# (cell, words in the Dutch sentence, the original message still shown)
SHAPES = [
    ("p_bankbediende = 0,04", "met een punt: `0.04`", "leading zeros"),
    ('fpr = {"Zwart": 0,45, "Wit": 0,23}', "met een punt: `0.45`", "expected after dictionary key"),
    ("x = [1, 2", "haakje `[` op regel 1 gaat niet meer dicht", "SyntaxError"),
    ("print(tabel['naam')", "haakjes passen niet bij elkaar", "does not match"),
    ('groep = "Zwart', "mist een aanhalingsteken", "unterminated string"),
    ("if leeftijd = 35:\n    print('ja')", "`==` (twee isgelijktekens)", "Maybe you meant '=='"),
    ("for i in range(3)\n    print(i)", "dubbele punt", "expected ':'"),
    ("if leeftijd > 30:\nprint('ja')", "moeten de regels eronder inspringen", "IndentationError"),
    ("x = 1\n    y = 2", "Haal de spaties aan het begin weg", "unexpected indent"),
    ("print(leeftjd)", "Bedoel je `leeftijd`?", "name 'leeftjd' is not defined"),
    ("print(onbekend_ding)", "Python kent de naam `onbekend_ding` niet", "NameError"),
    ("tabel['leeftijd']", "geen kolom 'leeftijd'. Bedoel je 'Leeftijd'? De kolommen zijn: 'Leeftijd', 'naam'",
     "KeyError: 'leeftijd'"),
    ("tabel['Leeftijd'].gemiddelde()", "schrijf `.mean()` in plaats van `.gemiddelde()`", "AttributeError"),
    ("tabel.sort_valeus('naam')", "Bedoel je `.sort_values`?", "AttributeError"),
    ("'Leeftijd: ' + leeftijd", "tekst en getallen door elkaar", "TypeError"),
    ("leeftijd()", "haakjes () achter iets dat geen functie is", "not callable"),
    ("tabel[tabel['Leeftijd'] > 30 and tabel['Leeftijd'] < 50]", "& (en) en | (of)", "ValueError"),
    ("float('0,25')", "Deze tekst is geen getal", "could not convert"),
    ("leeftijd / 0", "Je deelt door nul", "ZeroDivisionError"),
    ("import pandsa", "Bedoel je `pandas`?", "No module named 'pandsa'"),
]


@pytest.mark.parametrize("cell, dutch, original", SHAPES, ids=[s[0][:30] for s in SHAPES])
def test_error_starts_with_a_dutch_sentence_then_the_short_original(kernel, cell, dutch, original):
    result = kernel.run(cell)
    assert result["status"] == "error", "the cell must still fail (Run All stops, nbgrader scores 0)"
    first, *rest = result["error"]["traceback"]
    assert dutch in first
    assert original in "\n".join(rest)
    assert not any(word in first for word in ("Error", "Traceback")), first
    assert "Traceback" not in "\n".join(rest) and len(rest) <= 5, "only the short original message"


def test_a_name_made_in_a_cell_above_that_did_not_run_says_run_the_cells_above(kernel, notebook):
    save(notebook, {"maak": "kans = 0.5", "gebruik": "print(kans)"})
    result = kernel.run("print(kans)", cell_id="gebruik")
    assert "wordt gemaakt in een cel hierboven" in result["error"]["traceback"][0]
    assert "Voer eerst de cellen hierboven uit" in result["error"]["traceback"][0]


def test_a_failed_check_keeps_its_own_dutch_message_unchanged(kernel):
    result = kernel.run("from academy.checks import linda as controle\ncontrole.p_bankbediende()")
    error = result["error"]
    assert error["ename"] == "WrongAnswer" and "p_bankbediende" in error["evalue"]
    assert len(error["traceback"]) == 1 and error["traceback"][0].strip() == f"WrongAnswer: {error['evalue']}"


def test_errors_raised_by_the_course_itself_stay_as_they_are(kernel):
    result = kernel.run("from academy import linda\nlinda.population(n='veel')")
    shown = result["error"]["traceback"]
    assert len(shown) == 1 and shown[0].strip() == f"ValueError: {result['error']['evalue']}"
    assert "Het aantal vrouwen" in result["error"]["evalue"]


def test_a_decimal_comma_in_a_list_gets_a_note_although_python_accepts_it(kernel):
    assert "Python leest `0,5` als twee getallen" in kernel.run("kansen = [0,5, 0,3]")["text"]
    assert kernel.run("kansen = [1,2,3]\nrij = tabel.iloc[0,1]")["text"] == ""


CHECK = "from academy.checks import linda as controle\ncontrole.p_bankbediende()"


def test_a_check_never_judges_a_stale_answer(kernel, notebook):
    cells = {"antwoord": "p_bankbediende = 0.5", "controle": CHECK}
    save(notebook, cells)
    never_run = kernel.run(CHECK, cell_id="controle")["error"]["evalue"]
    assert "nog niet uitgevoerd" in never_run and "p_bankbediende" in never_run

    assert kernel.run(cells["antwoord"], cell_id="antwoord")["status"] == "ok"
    judged = kernel.run(CHECK, cell_id="controle")["error"]["evalue"]
    assert "0.5" in judged and "foutmelding" not in judged and "uitgevoerd" not in judged

    # the trainee types the Dutch way and runs the cell: it fails, and the old 0.5 must not be judged
    cells["antwoord"] = "p_bankbediende = 0,04"
    save(notebook, cells)
    assert kernel.run(cells["antwoord"], cell_id="antwoord")["status"] == "error"
    failed = kernel.run(CHECK, cell_id="controle")["error"]["evalue"]
    assert "gaf een foutmelding" in failed and "0.5" not in failed

    # fixed and run, then changed (and saved) without running it again
    assert kernel.run("p_bankbediende = 0.5", cell_id="antwoord")["status"] == "ok"
    cells["antwoord"] = "p_bankbediende = 0.04"
    save(notebook, cells)
    changed = kernel.run(CHECK, cell_id="controle")["error"]["evalue"]
    assert "veranderd, maar nog niet opnieuw uitgevoerd" in changed


def test_without_a_notebook_on_disk_the_check_judges_what_ran(tmp_path):
    """As under nbgrader autograde: no notebook file, cells run top to bottom."""
    kernel = Kernel(tmp_path / "bestaat-niet.ipynb")
    try:
        kernel.run("import academy\np_bankbediende = 0.5")
        judged = kernel.run(CHECK)["error"]["evalue"]
        assert "0.5" in judged and "uitgevoerd" not in judged
        kernel.run("p_bankbediende = 0.5\n1 / 0")
        assert "gaf een foutmelding" in kernel.run(CHECK)["error"]["evalue"]
    finally:
        kernel.stop()


@pytest.mark.slow
def test_under_nbgrader_autograde_an_explained_error_is_still_an_error_and_scores_0(tmp_path):
    chapter = "06-linda"
    course = make_course(tmp_path, [chapter])
    nbgrader("generate_assignment", chapter, "--force", cwd=course)
    name = "linda.ipynb"
    nb = filled_in(course / "notebooks" / chapter / name, course / "source" / chapter / name)
    answer = next(c for c in nb.cells if nbgrader_meta(c).get("grade_id") == "p-bankbediende")
    answer.source = "p_bankbediende = 0,04"  # the Dutch way: a SyntaxError
    submit(course, "cor", chapter, {name: nb})
    nbgrader("autograde", chapter, "--force", cwd=course)

    scores = {grade_id: (score, max_score) for grade_id, score, max_score, _, kind in grades(course, chapter, "cor")
              if kind == "code"}
    assert scores["controle-p-bankbediende"][0] == 0
    assert all(score == most for grade_id, (score, most) in scores.items() if grade_id != "controle-p-bankbediende")
    graded = {nbgrader_meta(c).get("grade_id"): c for c in read_nb(course / "autograded" / "cor" / chapter / name).cells}
    [error] = [o for o in graded["p-bankbediende"].outputs if o.output_type == "error"]
    assert error.ename == "SyntaxError" and ANSI.sub("", error.traceback[0]).startswith("Schrijf een kommagetal")
    [check] = [o for o in graded["controle-p-bankbediende"].outputs if o.output_type == "error"]
    assert "gaf een foutmelding" in check.evalue
