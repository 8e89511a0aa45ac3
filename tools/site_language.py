"""Sphinx extension: the theme's own labels in Dutch, like the rest of the site.

The pages say ``lang="nl"``, but pydata-sphinx-theme has no Dutch catalog and
sphinx-book-theme's lacks a few labels, so buttons, tooltips and screen-reader
labels ("Skip to main content", "Color mode", "Launch on Binder") came out in
English. Each label is translated the way its theme allows:

1. gettext, the themes' own mechanism. ``site_static/locale/nl/LC_MESSAGES``
   holds ``sphinx.po`` (pydata-sphinx-theme translates with Sphinx's domain
   ``sphinx``; also Sphinx strings its Dutch catalog leaves empty) and
   ``booktheme.po`` (sphinx-book-theme's domain). They are compiled at build
   time and added behind the catalogs already loaded: they fill the gaps and
   never replace Dutch that exists. Sphinx's search script gets its strings
   from ``_static/translations.js``; the empty ones there are filled from the
   same catalog.
2. The search box text is a theme option (:data:`SEARCH_BAR_TEXT`).
3. A few labels are written in English by a template or a script without
   gettext (:data:`HARDCODED`, the copy button's tooltips): they are replaced
   in the written files.

``tests/test_book.py`` and ``tests/test_site_browser.py`` fail when :func:`english_in` finds an
English label on a page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tools.site_extension import book_pages

LOCALE = Path(__file__).resolve().parent / "site_static" / "locale"
LANGUAGE = "nl"
CATALOGS = ("sphinx", "booktheme")
SEARCH_BAR_TEXT = "Zoek in de cursus…"

# Written by a theme template or script without gettext: English text -> Dutch, as it stands in the HTML.
HARDCODED = {
    'title="Toggle primary sidebar"': 'title="Menu tonen of verbergen"',
    'title="Toggle secondary sidebar"': 'title="Inhoud van deze pagina tonen of verbergen"',
    'aria-label="Main"': 'aria-label="Hoofdstukken en pagina\'s"',
    '<nav aria-label="Page">': '<nav aria-label="Inhoud van deze pagina">',
    'aria-label="Announcement"': 'aria-label="Mededeling"',
}
COPY_BUTTON = {"copy": "Kopiëren", "copy_to_clipboard": "Kopieer naar het klembord",
               "copy_success": "Gekopieerd!", "copy_failure": "Kopiëren is niet gelukt"}

# What a reader must never meet on a page: the labels the themes wrote in English.
ENGLISH_LABELS = ("Skip to main content", "Back to top", "On this page", "Color mode", "System Settings",
                  "Toggle primary sidebar", "Toggle secondary sidebar", "next page", "previous page",
                  "Launch on", "Launch interactive content", "Launch via", "Version warning",
                  "Search this book", "Site navigation", "Copy to clipboard", "Please activate JavaScript")
ENGLISH_WORDS = ("Light", "Dark", "Main", "Page")  # English only as a whole label
# The attributes that label an element for a reader: shown as a tooltip or placeholder, or read aloud.
ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "data-bs-title", "data-tooltip")


def english_in(labels) -> list[str]:
    """The English theme labels among these texts: a phrase of :data:`ENGLISH_LABELS` anywhere in
    one, or a word of :data:`ENGLISH_WORDS` that is a whole label."""
    found = set()
    for label in labels:
        label = label.strip()
        found |= {english for english in ENGLISH_LABELS if english in label}
        if label in ENGLISH_WORDS:
            found.add(label)
    return sorted(found)


def compile_catalogs(out: Path) -> Path:
    """Compile every ``.po`` of :data:`LOCALE` into ``out`` (same layout, ``.mo``)."""
    from babel.messages.mofile import write_mo  # Sphinx's own dependency
    from babel.messages.pofile import read_po

    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        mo = out / po.relative_to(LOCALE).with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with po.open("rb") as source:
            catalog = read_po(source)
        with mo.open("wb") as target:
            write_mo(target, catalog)
    return out


def catalog_messages(domain: str = "sphinx") -> dict[str, str]:
    """msgid -> Dutch of one of our catalogs."""
    from babel.messages.pofile import read_po

    with (LOCALE / LANGUAGE / "LC_MESSAGES" / f"{domain}.po").open("rb") as source:
        return {m.id: m.string for m in read_po(source) if m.id and m.string}


def set_search_bar_text(app, config) -> None:
    config.html_theme_options["search_bar_text"] = SEARCH_BAR_TEXT


TRANSLATIONS_JS = re.compile(r"(Documentation\.addTranslations\()(.*)(\);\s*)$", re.S)


def fill_script_translations(static: Path) -> None:
    """Fill the empty messages of Sphinx's ``translations.js`` from our catalog."""
    path = static / "translations.js"
    match = TRANSLATIONS_JS.search(path.read_text(encoding="utf-8")) if path.exists() else None
    if match is None:
        return
    data = json.loads(match.group(2))
    ours = catalog_messages()
    for key, value in data["messages"].items():
        if not value and key in ours:
            data["messages"][key] = ours[key]
    path.write_text(match.group(1) + json.dumps(data, indent=4, ensure_ascii=False) + match.group(3),
                    encoding="utf-8")


def copy_button_in_dutch(static: Path) -> None:
    """sphinx-copybutton picks its tooltips by the page's language and knows no Dutch: add it."""
    path = static / "copybutton.js"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if "const messages = {" in text and f"'{LANGUAGE}':" not in text:
        entry = json.dumps(COPY_BUTTON, ensure_ascii=False)
        path.write_text(text.replace("const messages = {", f"const messages = {{\n  '{LANGUAGE}': {entry},", 1),
                        encoding="utf-8")


def translate_written_pages(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    for page in book_pages(outdir):
        text = page.read_text(encoding="utf-8")
        dutch = text
        for english, replacement in HARDCODED.items():
            dutch = dutch.replace(english, replacement)
        if dutch != text:
            page.write_text(dutch, encoding="utf-8")
    fill_script_translations(outdir / "_static")
    copy_button_in_dutch(outdir / "_static")


def setup(app):
    # Next to the doctrees: <book>/_build/site-locale, outside the published folder.
    compiled = compile_catalogs(Path(app.doctreedir).parent / "site-locale")
    for domain in CATALOGS:
        app.add_message_catalog(domain, str(compiled))
    app.connect("config-inited", set_search_bar_text)
    app.connect("build-finished", translate_written_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
