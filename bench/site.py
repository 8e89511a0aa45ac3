"""Site weight: the whole ``_build/html``, its JupyterLite part, and the heaviest chapter page.

A page's weight is the HTML plus every local file it loads when opened: its
scripts, stylesheets, images, icons, and the fonts and images those
stylesheets point to (``url(...)``, ``@import``), each counted once. Files a
script fetches later on its own (MathJax extensions on a page with maths) are
not seen by this static reading. The floor is the lightest page of the site
that is not a chapter (the theme, search and navigation every page pays for).
Uses ``tools.site_weight`` when the site tooling provides it.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bench.measure import ratio

ROOT = Path(__file__).resolve().parents[1]
TARGET_PAGE_MB = 1.5
MB = 2**20
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
FONT_SRC = re.compile(r"\bsrc\s*:\s*([^;}]*)")


def css_references(text: str) -> list[str]:
    """What a stylesheet makes the browser fetch: of each font's ``src`` list only the first
    format (woff2; the ttf after it is a fallback an up-to-date browser never loads)."""
    fonts = [CSS_URL.search(m.group(1)) for m in FONT_SRC.finditer(text)]
    rest = FONT_SRC.sub("", text)
    return [m.group(1) for m in fonts if m] + [a or b for a, b in CSS_URL.findall(rest)]


@lru_cache(maxsize=None)
def gzip_bytes(path: Path) -> int:
    """Bytes on the wire when the server compresses (as most do for text; fonts barely shrink)."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


class _References(HTMLParser):
    """Collects what a browser would fetch while loading the page."""

    LOADED_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "shortcut"}

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "img", "iframe", "source", "audio", "video", "embed"} and attrs.get("src"):
            self.urls.append(attrs["src"])
        elif tag == "link" and attrs.get("href") and self.LOADED_LINKS & set((attrs.get("rel") or "").split()):
            self.urls.append(attrs["href"])


def _local(base: Path, url: str, html_root: Path) -> Path | None:
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path or url.startswith("data:"):
        return None
    path = (base.parent / unquote(parts.path)).resolve()
    return path if path.is_file() and path.is_relative_to(html_root.resolve()) else None


def page_weight(page: Path, html_root: Path) -> dict:
    """Bytes of ``page`` and everything local it loads (each file once), and any external URLs."""
    parser = _References()
    parser.feed(page.read_text(encoding="utf-8", errors="replace"))
    seen: set[Path] = {page.resolve()}
    external: list[str] = []
    pending = [(page, url) for url in parser.urls]
    while pending:
        base, url = pending.pop()
        if urlsplit(url).scheme in {"http", "https"} or url.startswith("//"):
            external.append(url)
            continue
        path = _local(base, url, html_root)
        if path is None or path in seen:
            continue
        seen.add(path)
        if path.suffix == ".css":
            text = path.read_text(encoding="utf-8", errors="replace")
            pending += [(path, url) for url in css_references(text)]
    total = sum(p.stat().st_size for p in seen)
    heaviest = sorted(seen, key=lambda p: p.stat().st_size, reverse=True)[:3]
    return {"page": page.relative_to(html_root).as_posix(), "bytes": total, "mb": round(total / MB, 3),
            "gzip_mb": round(sum(map(gzip_bytes, seen)) / MB, 3), "files": len(seen),
            "heaviest_files": {p.relative_to(html_root.resolve()).as_posix(): round(p.stat().st_size / MB, 2)
                               for p in heaviest},
            "external": sorted(set(external))}


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def lite_folders(html: Path) -> list[Path]:
    """JupyterLite sites inside the book: folders holding a ``jupyter-lite.json`` (outermost only)."""
    found = sorted({p.parent for p in html.rglob("jupyter-lite.json")}, key=lambda p: len(p.parts))
    outermost: list[Path] = []
    for folder in found:
        if not any(folder.is_relative_to(o) for o in outermost):
            outermost.append(folder)
    return outermost


def _own_measure(html: Path) -> dict:
    lite = lite_folders(html)
    pages = [p for p in html.rglob("*.html") if not any(p.is_relative_to(f) for f in lite)]
    chapter_pages = [p for p in pages if "chapters" in p.relative_to(html).parts]
    # Pages every reader meets, not Sphinx's generated ones nor the root's redirect stub.
    generated = {"index.html", "genindex.html", "search.html", "py-modindex.html"}
    other_pages = [p for p in pages if p not in chapter_pages and p.name not in generated
                   and not p.relative_to(html).parts[0].startswith("_")]
    chapters = sorted((page_weight(p, html) for p in chapter_pages), key=lambda w: w["bytes"], reverse=True)
    others = sorted((page_weight(p, html) for p in other_pages), key=lambda w: w["bytes"])
    return {"measured_by": "bench.site (static reading of each page's references)",
            "total_mb": round(folder_bytes(html) / MB, 2),
            "lite_mb": round(sum(folder_bytes(f) for f in lite) / MB, 2),
            "lite_folders": [f.relative_to(html).as_posix() for f in lite],
            "chapter_pages": chapters, "floor_page": others[0] if others else None}


def _site_weight_tool():
    """``tools.site_weight`` if the site tooling has one."""
    if importlib.util.find_spec("tools.site_weight") is None:
        return None
    import tools.site_weight

    return tools.site_weight


def run(html: Path = ROOT / "_build" / "html") -> dict:
    if not (html / "index.html").exists():
        raise RuntimeError(f"No built site in {html}: build the book first (make book, or python -m bench --only book,site).")
    result = _own_measure(html)
    tool = _site_weight_tool()
    if tool is not None and hasattr(tool, "measure"):
        try:
            result["site_weight_tool"] = tool.measure(html)
        except Exception as error:  # its API may still change: keep our own figures
            result["site_weight_tool"] = f"tools.site_weight.measure failed: {type(error).__name__}: {error}"
    heaviest = result["chapter_pages"][0] if result["chapter_pages"] else None
    floor = result["floor_page"]
    result.update({"html": str(html), "target_page_mb": TARGET_PAGE_MB, "heaviest_chapter_page": heaviest,
                   "times_floor": ratio(heaviest["mb"], floor["mb"]) if heaviest and floor else None,
                   "meets_target": heaviest is None or heaviest["mb"] <= TARGET_PAGE_MB})
    return result


def rows(result: dict) -> list[tuple]:
    heaviest, floor = result["heaviest_chapter_page"], result["floor_page"]
    out = [("site total _build/html (MB)", result["total_mb"], None, None, "", None),
           ("site JupyterLite part (MB)", result["lite_mb"], None, None, "", None)]
    if heaviest:
        out.append((f"heaviest page {heaviest['page']} (MB)", heaviest["mb"], floor["mb"] if floor else None,
                    result["times_floor"], f"<= {TARGET_PAGE_MB} MB", result["meets_target"]))
        out.append(("  same page gzip-compressed (MB)", heaviest["gzip_mb"], floor["gzip_mb"] if floor else None,
                    ratio(heaviest["gzip_mb"], floor["gzip_mb"]) if floor else None, "(transfer size)", None))
    return out
