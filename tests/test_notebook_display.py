"""What a trainee sees in a notebook once `academy` is imported, in a real Jupyter kernel.

Tables show ja/nee instead of True/False; a failed check shows its Dutch message as Markdown,
without Python's class name, and is still an error for nbgrader (the test scores 0).
"""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient
from nbgrader.utils import determine_grade

from academy.dutch import yes_no
from academy.feedback import NOT_YET_RIGHT

pytestmark = pytest.mark.slow

TABLES = """import academy
import pandas as pd
kaarten = pd.DataFrame({"naam": ["Anna", "Bram", "Cor"], "leeftijd": [0.5, 41, 67], "uitkering": [True, False, True]})
"""


@pytest.fixture(scope="module")
def cells(tmp_path_factory):
    code = [
        TABLES + "kaarten",
        "kaarten['uitkering']",
        "kaarten['uitkering'].value_counts()",
        "kaarten.groupby('uitkering')[['leeftijd']].mean()",
        "from academy.feedback import fail\nfail('Je hebt `aantal_kaarten` nog niet gemaakt. Zie **de hint**.')",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in code])
    for cell in nb.cells[-1:]:  # a failing check, graded as nbgrader grades a test cell
        cell.metadata["nbgrader"] = {"grade": True, "solution": False, "points": 2, "grade_id": "controle"}
    path = tmp_path_factory.mktemp("display")
    NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=120,
                   resources={"metadata": {"path": str(path)}}).execute()
    return nb.cells


def shown(cell, kind: str) -> str:
    return next(o["data"][kind] for o in cell.outputs if o.output_type == "execute_result")


def test_a_table_shows_ja_and_nee_for_true_and_false(cells):
    html, text = shown(cells[0], "text/html"), shown(cells[0], "text/plain")
    assert html.count("<td>ja</td>") == 2 and html.count("<td>nee</td>") == 1
    assert "True" not in html + text and "False" not in html + text
    assert "<td>0,5</td>" in html, "the Dutch decimal comma stays"


def test_a_column_counts_and_groups_show_ja_and_nee(cells):
    for cell in cells[1:4]:
        text = shown(cell, "text/plain")
        assert "ja" in text and "nee" in text and "True" not in text and "False" not in text, text
    assert "<th>nee</th>" in shown(cells[3], "text/html"), "a boolean index too"


def test_yes_no_leaves_the_table_itself_and_other_columns_alone():
    table = pd.DataFrame({"wel": [True, False], "getal": [1, 2]}, index=pd.Index([True, False], name="groep"))
    copy = yes_no(table)
    assert copy["wel"].tolist() == ["ja", "nee"] and copy.index.tolist() == ["ja", "nee"]
    assert copy.index.name == "groep" and copy["getal"].tolist() == [1, 2]
    assert table["wel"].dtype == bool and table.index.tolist() == [True, False]
    both = yes_no(table.set_index("wel", append=True))
    assert both.index.tolist() == [("ja", "ja"), ("nee", "nee")]


def test_a_failed_check_shows_its_message_as_markdown_without_the_class_name(cells):
    check = cells[-1]
    markdown = [o["data"]["text/markdown"] for o in check.outputs if o.output_type == "display_data"]
    assert markdown == ["Je hebt `aantal_kaarten` nog niet gemaakt. Zie **de hint**."]
    assert [o.output_type for o in check.outputs] == ["display_data", "error"], "the message, then the red line"
    error = check.outputs[-1]
    assert error.traceback == [NOT_YET_RIGHT]
    assert "WrongAnswer" not in "".join(error.traceback) and "AssertionError" not in "".join(error.traceback)


def test_a_failed_check_still_scores_0_in_nbgrader(cells):
    assert determine_grade(cells[-1]) == (0, 2)
