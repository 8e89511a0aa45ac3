"""Figures a trainee reads carry a decimal comma and a thousands dot."""

from academy import dutch


def test_number_swaps_the_separators_of_any_format():
    assert dutch.number(6172, ",") == "6.172"
    assert dutch.number(0.040912, ".4f") == "0,0409"
    assert dutch.number(1234567.891, ",.2f") == "1.234.567,89"
    assert dutch.number(0.041, ".1%") == "4,1%"
    assert dutch.number(3.5) == "3,5" and dutch.number(46.0) == "46"


def test_short_drops_trailing_zeros_but_keeps_tens():
    assert [dutch.short(x, 2) for x in (0.8, 1.0, 39.50, 0.25, 7600, 10.0)] == ["0,8", "1", "39,5", "0,25", "7600", "10"]
    assert dutch.short(39.96, 1) == "40" and dutch.short(-0.001) == "0"


def test_percent():
    assert dutch.percent(0.448) == "44,8%" and dutch.percent(0.448, 0) == "45%"


def test_table_number_writes_a_table_cell_the_dutch_way():
    cells = [dutch.table_number(x) for x in (0.25, 12345.6, 100.0, -0.5, 1234567.891, 0.123456, -0.00001)]
    assert cells == ["0,25", "12.345,6", "100", "-0,5", "1.234.567,891", "0,1235", "0"]


def test_a_notebook_that_imports_academy_shows_pandas_tables_with_a_decimal_comma(tmp_path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import academy\nimport pandas as pd\npd.DataFrame({'deel': [0.25, 1234.5]})")])
    NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    shown = nb.cells[0].outputs[0]["data"]
    assert "<td>0,25</td>" in shown["text/html"] and "<td>1.234,5</td>" in shown["text/html"]
    assert "0,25" in shown["text/plain"]
