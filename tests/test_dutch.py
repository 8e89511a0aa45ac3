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
    assert dutch.short(39.96, 1) == "40"


def test_percent():
    assert dutch.percent(0.448) == "44,8%" and dutch.percent(0.448, 0) == "45%"
