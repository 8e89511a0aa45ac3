"""Rebuild every source notebook from its chapter script: python -m tools.build_sources"""

from __future__ import annotations

import importlib
from pathlib import Path

from tools.authoring import notebook, write

CHAPTERS_DIR = Path(__file__).resolve().parent / "chapters"


def chapter_modules():
    """Every chapter script, in course order."""
    for path in sorted(CHAPTERS_DIR.glob("[0-9][0-9]_*.py")):
        yield importlib.import_module(f"tools.chapters.{path.stem}")


def main() -> None:
    for module in chapter_modules():
        print("wrote", write(notebook(module.cells), module.CHAPTER, module.NAME))


if __name__ == "__main__":
    main()
