"""The JavaScript the site serves itself: widget manager and MathJax, from npm.

By default myst-nb loads the widget manager and Sphinx loads MathJax from
public CDNs, so a browser without internet (a locked-down municipal network,
CI, this build machine) draws no widget and no formula, and every reader is
reported to a third party. Instead the packages pinned in ``package-lock.json``
are installed with ``npm ci`` into ``_build/npm`` and only the files a page
needs are copied into ``_build/site-assets/vendor``, which ``_config.yml``
serves with ``html_extra_path`` (so they land in ``_build/html/vendor``).

Widgets use ``embed.js``, not ``embed-amd.js`` + require.js: every widget of
the course is a built-in ipywidgets control, which ``embed.js`` bundles, and
the AMD build only adds loading third-party widget code from a CDN (half the
weight again, and useless offline).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NPM_DIR = ROOT / "_build" / "npm"
ASSETS = ROOT / "_build" / "site-assets"  # html_extra_path in _config.yml
VENDOR = "vendor"
OWN = Path(__file__).resolve().parent / "site_static"

# package -> files to serve (globs relative to the package folder), and where.
FILES = {
    "@jupyter-widgets/html-manager": ("jupyter-widgets", ["dist/embed.js", "dist/embed.js.LICENSE.txt",
                                                          "dist/*.woff2", "dist/*.woff"]),
    "mathjax": ("mathjax", ["LICENSE", "es5/tex-mml-chtml.js", "es5/output/chtml/fonts/woff-v2/*",
                            "es5/input/tex/extensions/**/*.js"]),
}


def _lock_digest() -> str:
    return hashlib.sha256((ROOT / "package-lock.json").read_bytes()).hexdigest()


def install(npm: str = "npm") -> Path:
    """``npm ci`` the locked packages into ``_build/npm`` unless already there."""
    stamp = NPM_DIR / ".installed"
    if stamp.exists() and stamp.read_text() == _lock_digest():
        return NPM_DIR / "node_modules"
    if shutil.which(npm) is None:
        raise RuntimeError("npm is needed to fetch the widget manager and MathJax once (see README, 'Voor publishers').")
    NPM_DIR.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(ROOT / name, NPM_DIR / name)
    subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
                   cwd=NPM_DIR, check=True)
    stamp.write_text(_lock_digest())
    return NPM_DIR / "node_modules"


def stage(target: Path = ASSETS) -> Path:
    """Copy the served files into ``target/vendor`` (replacing what was there)."""
    modules = install()
    vendor = target / VENDOR
    shutil.rmtree(vendor, ignore_errors=True)
    for package, (folder, patterns) in FILES.items():
        base = modules / package
        for pattern in patterns:
            matches = [p for p in base.glob(pattern) if p.is_file()]
            if not matches:
                raise FileNotFoundError(f"{package}: nothing matches {pattern}; was package-lock.json changed?")
            for path in matches:
                rel = path.relative_to(base)
                # Drop the package's build folder names (dist/, es5/) from the served path.
                rel = Path(*rel.parts[1:]) if rel.parts[0] in ("dist", "es5") else rel
                out = vendor / folder / rel
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, out)
    # Our own small fixes for the widget pages (see each file's comment).
    for path in OWN.glob("*.js"):
        (vendor / "course").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, vendor / "course" / path.name)
    return vendor


if __name__ == "__main__":
    print(stage())
