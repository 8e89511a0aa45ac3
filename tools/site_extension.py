"""Sphinx extension of the course site: launch links and a clean page head.

Launch links. The book renders each chapter from a copy staged in
``book/chapters/`` (ignored by git), so sphinx-book-theme's Binder and
JupyterHub buttons would point to a file that is not in the repository. They
are pointed at the trainee notebook in ``notebooks/`` instead, and a
JupyterLite button opens the same notebook in the Lite site built beside the
book (``tools/lite.py``), with a link relative to the page so the site works
under any base address (GitHub Pages serves it under ``/<repository>/``).

Page head. sphinx-thebe puts its configuration script on every page twice
(``const THEBE_JS_URL`` declared twice is a script error in the browser) and
loads Thebe's loader although Thebe is switched off; with Thebe off those
scripts and styles are dropped, and any script that is still doubled is
written once. The theme's ``fontawesome.js`` (1.5 MB, there "so that users
can add custom icons", which this site does not) is taken out of every page:
the theme's stylesheet draws the same icons with its web font. The theme also
puts Sphinx's search scripts and the whole search index (0.1 MB) on every page
for its "search as you type" box; with that option off (the default, as here)
the search box only sends the reader to ``search.html``, which loads them
itself, so on every other page they are dropped. sphinx-design's stylesheet
and tab script (0.06 MB) are dropped from a page that uses none of its
components. The theme's Font Awesome stylesheet declares three fonts; the
pages use only its solid icons, so the regular and brand fonts (0.14 MB) are
taken out of the stylesheet and the site unless a page asks for them.

Front door. ``index.html`` at the top of the site sends the reader to the
first page; it is written here with a language and a title (the redirect
that sphinx-external-toc writes otherwise has neither).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote

from tools.lite import APP as LITE_APP

STAGED = "book/chapters/"  # where tools/publish.py stages the chapters
TRAINEE = "notebooks/"  # where the trainee notebooks live in the repository
LITE_ROOT = "lite/"  # the Lite site inside the built book
NOT_PAGES = ("lite", "_static", "vendor")  # folders of the built site with HTML that is not a page of the book


def book_pages(outdir: Path) -> list[Path]:
    """The HTML pages of the book in a built site (not the Lite site's, the theme's or the vendored files')."""
    return sorted(p for p in Path(outdir).rglob("*.html") if p.relative_to(outdir).parts[0] not in NOT_PAGES)


def trainee_notebook(pagename: str) -> str | None:
    """The repository path of the trainee notebook behind a chapter page."""
    if not pagename.startswith(STAGED):
        return None
    return f"{TRAINEE}{pagename[len(STAGED):]}.ipynb"


def _launch_group(context) -> dict:
    """The theme's launch menu, made here when no hub or Binder is configured."""
    buttons = context.setdefault("header_buttons", [])
    group = next((b for b in buttons if b.get("label") == "launch-buttons"), None)
    if group is None:
        group = {"type": "group", "tooltip": "Open interactief", "icon": "fas fa-rocket",
                 "buttons": [], "label": "launch-buttons"}
        buttons.insert(0, group)
    return group


def point_launch_buttons(app, pagename, templatename, context, doctree) -> None:
    notebook = trainee_notebook(pagename)
    if notebook is None:
        return
    group = _launch_group(context)
    for button in group["buttons"]:
        if "url" in button:
            button["url"] = button["url"].replace(f"{pagename}.ipynb", notebook)
    if app.config.site_jupyterlite:
        path = quote(notebook[len(TRAINEE):])
        group["buttons"].append({
            "type": "link",
            "text": "JupyterLite",
            "tooltip": "Open dit hoofdstuk in je browser (JupyterLite)",
            "icon": "_static/images/logo_jupyterlite.svg",
            "url": f"{context['pathto'](LITE_ROOT + LITE_APP, 1)}?path={path}",
        })


SPHINX_DESIGN_CLASS = re.compile(r'class="(?:[^"]*\s)?sd-')
SPHINX_DESIGN_FILES = ("sphinx-design.min.css", "design-tabs.js")


def _thebe_on(app) -> bool:
    return bool(app.config.html_theme_options.get("launch_buttons", {}).get("thebe"))


def clean_page_head(app, pagename, templatename, context, doctree) -> None:
    thebe = _thebe_on(app)
    scripts, seen = context.get("script_files", []), set()
    kept = []
    for script in scripts:
        body = script.attributes.get("body", "")
        name = str(script.filename or "")
        if not thebe and ("THEBE_JS_URL" in body or name.endswith("sphinx-thebe.js")):
            continue
        key = (name, tuple(sorted(script.attributes.items())))
        if key not in seen:
            seen.add(key)
            kept.append(script)
    scripts[:] = kept  # the builder restores its own list after each page
    styles = context.get("css_files", [])
    if not thebe:
        styles[:] = [s for s in styles if not str(s.filename).endswith("sphinx-thebe.css")]
    if not SPHINX_DESIGN_CLASS.search(context.get("body", "")):
        styles[:] = [s for s in styles if not str(s.filename).endswith(SPHINX_DESIGN_FILES)]
        scripts[:] = [s for s in scripts if not str(s.filename or "").endswith(SPHINX_DESIGN_FILES)]


FONTAWESOME_JS = re.compile(r'\s*<script defer src="[^"]*_static/scripts/fontawesome\.js[^"]*"></script>')
SEARCH_SCRIPTS = re.compile(r'\s*<script src="[^"]*(?:_static/searchtools\.js|_static/language_data\.js|searchindex\.js)"></script>')


def _search_as_you_type(app) -> bool:
    return str(app.config.html_theme_options.get("search_as_you_type", False)).lower() == "true"


def drop_unused_scripts(app, exception) -> None:
    """The theme writes these tags from its templates, so they are removed from the written pages."""
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    search_page = outdir / app.builder.get_target_uri("search")
    fonts_used = set()
    for page in book_pages(outdir):
        text = page.read_text(encoding="utf-8")
        fonts_used |= {font for font, icons in FONT_ICONS.items() if icons.search(text)}
        slim = FONTAWESOME_JS.sub("", text)
        if page != search_page and not _search_as_you_type(app):
            slim = SEARCH_SCRIPTS.sub("", slim)
        if slim != text:
            page.write_text(slim, encoding="utf-8")
    drop_unused_fonts(outdir / "_static", set(FONT_ICONS) - fonts_used)


# Font Awesome fonts the pages may go without, and the icon classes that need each.
FONT_ICONS = {
    "fa-regular-400": re.compile(r'class="(?:[^"]*\s)?(?:far|fa-regular)[\s"]'),
    "fa-brands-400": re.compile(r'class="(?:[^"]*\s)?(?:fab|fa-brands)[\s"]'),
}
FONT_FACE = re.compile(r"@font-face\{[^}]*\}")
THEME_CSS = Path("styles") / "pydata-sphinx-theme.css"
WEBFONTS = Path("vendor") / "fontawesome" / "webfonts"


def drop_unused_fonts(static: Path, unused: set[str]) -> None:
    """Take these fonts' @font-face rules out of the theme's stylesheet and their files out of the site."""
    css = static / THEME_CSS
    if not unused or not css.exists():
        return
    text = css.read_text(encoding="utf-8")
    slim = FONT_FACE.sub(lambda rule: "" if any(f"/{font}." in rule.group(0) for font in unused) else rule.group(0), text)
    if slim != text:
        css.write_text(slim, encoding="utf-8")
    for path in (static / WEBFONTS).glob("*"):
        if path.stem in unused:
            path.unlink()


def write_front_door(app, exception) -> None:
    """``index.html``: a redirect to the first page, in Dutch, with the site's title."""
    if exception is not None or app.builder.format != "html":
        return
    first = app.builder.get_target_uri(app.config.root_doc)
    title = html.escape(app.config.html_title or app.config.project)
    (Path(app.outdir) / "index.html").write_text(f"""<!DOCTYPE html>
<html lang="{app.config.language}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta http-equiv="Refresh" content="0; url={first}">
</head>
<body>
<p><a href="{first}">Naar de cursus</a></p>
</body>
</html>
""", encoding="utf-8")


def setup(app):
    app.add_config_value("site_jupyterlite", True, "html")
    # After sphinx-book-theme has made its buttons (priority 501), before the page is written.
    app.connect("html-page-context", point_launch_buttons, priority=900)
    app.connect("html-page-context", clean_page_head, priority=900)
    app.connect("build-finished", drop_unused_scripts)
    # Before sphinx-external-toc (priority 500), which writes its own redirect only where none exists.
    app.connect("build-finished", write_front_door, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
