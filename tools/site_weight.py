"""How heavy the public site is: in total, its JupyterLite part, and per chapter page.

A page's weight is its HTML plus every local file the page itself asks for:
scripts, stylesheets, images, icons, and what those stylesheets point to
(of a font's ``src`` list only the first format: woff2, which every current
browser takes). Each file counts once per page. Files a script fetches later
(MathJax's extensions, a widget's icon font) are not seen by this reading.
``gzip`` figures are what a compressing web server sends.

    python -m tools.site_weight        # prints the figures of _build/html
"""

from __future__ import annotations

import gzip
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "_build" / "html"
CHAPTERS = "book/chapters"
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
_FONT_SRC = re.compile(r"\bsrc\s*:\s*([^;}]*)")


class _Loads(HTMLParser):
    """The URLs a browser fetches while loading an HTML page."""

    LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload"}

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "img", "iframe", "source"} and attrs.get("src"):
            self.urls.append(attrs["src"])
        elif tag == "link" and attrs.get("href") and self.LINK_RELS & set((attrs.get("rel") or "").split()):
            self.urls.append(attrs["href"])


def _local(base: Path, url: str, site: Path) -> Path | None:
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None  # another host or a data: URL (already inside the page)
    path = (base / unquote(parts.path)).resolve()
    return path if path.is_file() and site.resolve() in path.parents else None


def _css_loads(text: str) -> list[str]:
    fonts = [_CSS_URL.search(m.group(1)) for m in _FONT_SRC.finditer(text)]
    rest = _FONT_SRC.sub("", text)
    return [m.group(1) for m in fonts if m] + [a or b for a, b in _CSS_URL.findall(rest)]


def page_files(page: Path, site: Path = HTML) -> list[Path]:
    """The page and every local file it loads, each once."""
    seen: dict[Path, None] = {page.resolve(): None}
    parser = _Loads()
    parser.feed(page.read_text(encoding="utf-8", errors="replace"))
    queue = [p for p in (_local(page.parent, u, site) for u in parser.urls) if p]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen[path] = None
        if path.suffix == ".css":
            text = path.read_text(encoding="utf-8", errors="replace")
            queue += [p for p in (_local(path.parent, u, site) for u in _css_loads(text)) if p]
    return list(seen)


def _size(paths) -> int:
    return sum(p.stat().st_size for p in paths)


def _gzip_size(paths) -> int:
    return sum(len(gzip.compress(p.read_bytes(), compresslevel=6)) for p in paths)


def folder_bytes(folder: Path) -> int:
    return _size(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


def measure(html: Path = HTML) -> dict:
    """Sizes in bytes: the site, its Lite part, and the heaviest chapter page with what it loads."""
    pages = sorted((html / CHAPTERS).rglob("*.html"))
    weights = {page: page_files(page, html) for page in pages}
    heaviest = max(weights, key=lambda p: _size(weights[p]), default=None)
    result = {
        "site_bytes": folder_bytes(html),
        "lite_bytes": folder_bytes(html / "lite"),
        "chapter_pages": {p.relative_to(html).as_posix(): _size(files) for p, files in weights.items()},
        "heaviest_chapter_page": heaviest.relative_to(html).as_posix() if heaviest else None,
        "heaviest_chapter_page_bytes": _size(weights[heaviest]) if heaviest else 0,
        "heaviest_chapter_page_gzip_bytes": _gzip_size(weights[heaviest]) if heaviest else 0,
    }
    if heaviest:
        files = sorted(weights[heaviest], key=lambda p: -p.stat().st_size)
        result["heaviest_chapter_page_largest_files"] = {p.relative_to(html).as_posix(): p.stat().st_size
                                                         for p in files[:5]}
    return result


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
