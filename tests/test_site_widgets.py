"""Every widget works on the static site, with no Python behind it, by mouse and by keyboard.

Each chapter page is opened offline in Debian's chromium (the helpers of
test_site_browser.py); an interaction changes what the page shows: the order
of the cards, the numbers in chapter 7's table, the bars, the radar. Labels
are not cut off at 1366x768, and a key pressed in a widget stays in it.
"""

from __future__ import annotations

import re

import pytest

from academy.widgets.card_table import CardTable
from test_site_browser import Visit, base_url, browser  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHAPTERS = "book/chapters"
LAPTOP = {"width": 1366, "height": 768}


@pytest.fixture
def chapter(browser, base_url):  # noqa: F811 (fixtures)
    """Open a chapter page once its widgets are drawn; on leaving, no script error may have happened."""
    visits = []

    def open_(path: str, widget: str) -> Visit:
        visit = Visit(browser, base_url, f"{CHAPTERS}/{path}", wait_for=f".academy-{widget}")
        visit.page.set_viewport_size(LAPTOP)
        visits.append(visit)
        return visit

    yield open_
    for visit in visits:
        problems = visit.problems
        visit.close()
        assert problems == [], "\n".join(problems)


def names(page) -> list[str]:
    return page.locator(".academy-cards .kaart strong:first-child").all_inner_texts()


def status(page, widget: str) -> str:
    return page.locator(f".academy-{widget} [role=status]").first.inner_text()


def test_the_card_table_sorts_as_the_model_does_by_mouse(chapter):
    page = chapter("01-databasespel/databasespel.html", "cards").page
    dealt = names(page)
    model = CardTable(seed=2024)  # the chapter's pile
    assert dealt == model.visible()["naam"].tolist()
    page.locator(".academy-cards label", has_text="Sorteer op").locator("select").select_option("persoon")
    model.sort("persoon")
    assert names(page) == model.visible()["naam"].tolist()
    assert "gesorteerd: persoon" in status(page, "cards")


def test_the_card_table_filters_and_shuffles_by_keyboard(chapter):
    page = chapter("01-databasespel/databasespel.html", "cards").page
    dealt = names(page)
    source = page.locator(".academy-cards label", has_text="Alleen bron").locator("select")
    source.focus()
    page.keyboard.press("ArrowDown")  # from "alle" to the first source
    shown = status(page, "cards")
    assert "bron = zwart" in shown and int(shown.split()[0]) < 200 and len(names(page)) == int(shown.split()[0])
    page.keyboard.press("ArrowUp")
    assert status(page, "cards").startswith("200 van de 200") and names(page) == dealt
    sort = page.locator(".academy-cards label", has_text="Sorteer op").locator("select")
    sort.focus()
    page.keyboard.press("ArrowDown")
    assert names(page) != dealt and "gesorteerd: persoon" in status(page, "cards")
    page.get_by_role("button", name="Schud de kaarten").focus()
    page.keyboard.press("Enter")
    shuffled = names(page)
    assert shuffled != dealt and sorted(shuffled) == sorted(dealt)
    assert sort.input_value() == "geschud" and "gesorteerd: geschud" in status(page, "cards")
    page.keyboard.press("Space")
    assert names(page) != shuffled


def slider_text(page) -> str:
    return page.locator(".academy-slider [aria-live]").inner_text()


def slider_image(page) -> str:
    return page.locator(".academy-slider [aria-live] img").get_attribute("alt")


def test_chapter_seven_threshold_changes_the_table_and_the_chart(chapter):
    page = chapter("07-bias/bias.html", "slider").page
    handle = page.get_by_role("slider", name=re.compile("Hoog risico vanaf score"))
    before, before_alt = slider_text(page), slider_image(page)
    assert "Hoog risico vanaf score 5" in before and "score 5" in before_alt
    handle.focus()
    page.keyboard.press("ArrowRight")
    after = slider_text(page)
    assert "Hoog risico vanaf score 6" in after and "score 6" in slider_image(page)
    table = page.locator(".academy-slider table").inner_text()
    assert re.findall(r"\d+ ?%", table) and table not in before
    box = handle.bounding_box()
    page.mouse.click(box["x"] + 2, box["y"] + box["height"] / 2)  # the left end: score 1
    assert "Hoog risico vanaf score 1" in slider_text(page) and "score 1" in slider_image(page)
    assert page.locator(".academy-slider output").inner_text() == "1"


def test_chapter_four_selection_slider_redraws_the_bars(chapter):
    page = chapter("04-verbanden/verbanden.html", "slider").page
    handle = page.get_by_role("slider", name=re.compile("Hoe sterk kiezen consulenten"))
    first = page.locator(".academy-slider [aria-live] img").get_attribute("src")
    handle.focus()
    page.keyboard.press("End")
    assert "selectie 1" in slider_image(page)
    assert page.locator(".academy-slider [aria-live] img").get_attribute("src") != first
    box = handle.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert "selectie 0,5" in slider_image(page)


def line_to_copy(page, widget: str) -> str:
    return page.locator(f".academy-{widget} pre").inner_text()


def test_chapter_five_poll_by_mouse_and_keyboard(chapter):
    page = chapter("05-datadialoog/datadialoog.html", "scale").page
    first = page.locator(".academy-scale fieldset").first
    first.get_by_text("4 eens", exact=True).click()
    assert "'kans_1': 4" in line_to_copy(page, "scale")
    first.get_by_role("radio", name="4 eens").focus()
    page.keyboard.press("ArrowRight")
    assert "'kans_1': 5" in line_to_copy(page, "scale")
    assert re.match(r"Nog \d+ van de \d+ stellingen te gaan", status(page, "scale"))
    assert "alleen in het notebook" in page.locator(".academy-scale .academy-note").inner_text()


def test_chapter_six_ranking_moves_and_keeps_the_focus(chapter):
    page = chapter("06-linda/linda.html", "ranking").page
    page.get_by_role("button", name="A lager (minder waarschijnlijk)").click()
    assert line_to_copy(page, "ranking").startswith("rangorde = ['B', 'A'")
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == "A lager (minder waarschijnlijk)", "the focus stays on the moved option"
    page.keyboard.press("Enter")  # A once more down, by keyboard
    assert line_to_copy(page, "ranking").startswith("rangorde = ['B', 'C', 'A'")
    page.keyboard.press("Shift+Tab")  # to A's ▲
    page.keyboard.press("Space")
    assert line_to_copy(page, "ranking").startswith("rangorde = ['B', 'A', 'C'")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "A hoger (waarschijnlijker)"


def test_chapter_nine_scan_draws_and_redraws_the_radar(chapter):
    page = chapter("09-afronding/afronding.html", "scale").page
    groups = page.locator(".academy-scale fieldset")
    assert page.locator(".academy-radar").count() == 0
    for at in range(groups.count()):
        groups.nth(at).get_by_text("3 Gestandaardiseerd", exact=True).click()
    radar = page.locator(".academy-radar")
    shape = radar.locator("polygon").last.get_attribute("points")
    assert "Cultuur 3 (Gestandaardiseerd)" in radar.get_attribute("aria-label")
    groups.nth(1).get_by_role("radio", name="3 Gestandaardiseerd").focus()
    page.keyboard.press("ArrowRight")  # cultuur to 4
    assert "Cultuur 4 (Geoptimaliseerd)" in radar.get_attribute("aria-label")
    assert radar.locator("polygon").last.get_attribute("points") != shape
    assert "'cultuur': 4" in line_to_copy(page, "scale")


@pytest.mark.parametrize("path", ["05-datadialoog/datadialoog.html", "09-afronding/afronding.html"])
def test_no_label_is_cut_off_on_a_laptop_screen(chapter, path):
    page = chapter(path, "scale").page
    cut = page.evaluate("""() => [...document.querySelectorAll('.academy-scale label')]
        .filter((label) => label.scrollWidth > label.clientWidth + 1
                || label.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((label) => label.textContent)""")
    assert cut == []


def test_a_key_pressed_in_a_widget_stays_in_it(chapter):
    """In JupyterLab an arrow key in the sort menu must not also move the notebook's active cell."""
    page = chapter("01-databasespel/databasespel.html", "cards").page
    page.evaluate("window.keysSeen = 0; document.addEventListener('keydown', () => { window.keysSeen += 1; })")
    page.locator(".academy-cards select").first.focus()
    page.keyboard.press("ArrowDown")
    assert page.evaluate("window.keysSeen") == 0
    assert page.locator(".academy-cards[data-lm-suppress-shortcuts]").count() == 1
