"""The JavaScript the site serves itself: widget manager and MathJax, from npm.

By default myst-nb loads the widget manager and Sphinx loads MathJax from
public CDNs, so a browser without internet (a locked-down municipal network,
CI, this build machine) draws no widget and no formula, and every reader is
reported to a third party. Instead the packages pinned in ``package-lock.json``
are installed with ``npm ci`` into ``_build/npm`` and only the files a page
needs are copied into ``_build/site-assets/vendor``, which ``_config.yml``
serves with ``html_extra_path`` (so they land in ``_build/html/vendor``).

The widget manager is not @jupyter-widgets/html-manager's ``embed.js`` (1.9 MB:
it also carries the ipywidgets 7 controls, the Output widget with JupyterLab's
rendermime, jQuery, schema validation and Font Awesome). It is bundled here, at
build time, with esbuild (a pinned devDependency) from ``site_static/widget-manager``:
ipywidgets 8's base and manager and only the controls modules in
:data:`WIDGET_CONTROLS` (0.29 MB). :func:`check_widget_state` makes the build
fail when a page saves a widget that the bundle cannot draw.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NPM_DIR = ROOT / "_build" / "npm"
ASSETS = ROOT / "_build" / "site-assets"  # html_extra_path in _config.yml
VENDOR = "vendor"
OWN = Path(__file__).resolve().parent / "site_static"
WIDGET_SOURCE = OWN / "widget-manager"
WIDGET_BUNDLE = Path("jupyter-widgets") / "embed.js"  # inside vendor/; _config.yml loads it

# The @jupyter-widgets/controls modules (lib/<name>.js) bundled: those holding the
# controls the course's widgets use (academy/widgets). Add one when a chapter uses a
# control from another; the build says which (check_widget_state).
WIDGET_CONTROLS = ("widget_box", "widget_button", "widget_description", "widget_float", "widget_int",
                   "widget_selection", "widget_string")

# package -> files to serve (globs relative to the package folder), and where.
FILES = {
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


def _widget_bundle(modules: Path, node: str = "node") -> Path:
    """The widget manager bundled with esbuild, cached by what goes into it."""
    digest = hashlib.sha256(_lock_digest().encode())
    for path in sorted(WIDGET_SOURCE.iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    digest.update(" ".join(WIDGET_CONTROLS).encode())
    out = NPM_DIR / "widget-bundle" / digest.hexdigest()[:16] / WIDGET_BUNDLE.name
    if not out.exists():
        shutil.rmtree(out.parents[1], ignore_errors=True)  # older bundles
        out.parent.mkdir(parents=True)
        subprocess.run([node, str(WIDGET_SOURCE / "build.mjs"), str(modules), str(out), *WIDGET_CONTROLS],
                       check=True)
    return out


def bundled_widget_classes(modules: Path = NPM_DIR / "node_modules") -> dict[str, set[str]]:
    """Module name -> class names the bundle can draw (what its modules export)."""
    def exported(files) -> set[str]:
        names = set()
        for path in files:
            names |= set(re.findall(r"^export (?:class|function|const) (\w+)", path.read_text(), re.M))
        return names

    controls = modules / "@jupyter-widgets" / "controls" / "lib"
    return {"@jupyter-widgets/base": exported((modules / "@jupyter-widgets" / "base" / "lib").glob("*.js")),
            "@jupyter-widgets/controls": exported(controls / f"{name}.js" for name in WIDGET_CONTROLS),
            # entry.js builds these two from anywidget's factory (its dist is an AMD module).
            "anywidget": {"AnyModel", "AnyView"}}


WIDGET_STATE = re.compile(r'<script type="application/vnd\.jupyter\.widget-state\+json">(.*?)</script>', re.S)


def check_widget_state(html: Path) -> None:
    """Fail when a page saved a widget class that the site's widget bundle does not hold."""
    bundled = bundled_widget_classes()
    missing = set()
    for page in sorted(html.rglob("*.html")):
        for block in WIDGET_STATE.findall(page.read_text(encoding="utf-8")):
            for model in json.loads(block)["state"].values():
                state = model.get("state", {})
                for module, name in ((model["model_module"], model["model_name"]),
                                     (state.get("_view_module"), state.get("_view_name"))):
                    if name is not None and name not in bundled.get(module, ()):
                        missing.add(f"{page.relative_to(html)}: {module} {name}")
    if missing:
        raise RuntimeError("These widgets are not in the site's widget bundle; add their @jupyter-widgets/controls "
                           "module to WIDGET_CONTROLS in tools/site_assets.py:\n  " + "\n  ".join(sorted(missing)))


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
    bundle = _widget_bundle(modules)
    (vendor / WIDGET_BUNDLE).parent.mkdir(parents=True, exist_ok=True)
    for path in bundle.parent.iterdir():
        shutil.copyfile(path, vendor / WIDGET_BUNDLE.parent / path.name)
    # Our own small fixes for the widget pages (see each file's comment).
    for path in OWN.glob("*.js"):
        (vendor / "course").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, vendor / "course" / path.name)
    return vendor


if __name__ == "__main__":
    print(stage())
