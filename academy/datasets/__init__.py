"""Where the course's data files live, and loaders for each of them.

Every file in ``data/`` is made by seeded code in this package; run
``python -m academy.datasets`` (or ``make data``) to write them again.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd


def data_dir() -> Path:
    """The folder with the data files.

    ``ACADEMY_DATA`` wins; otherwise the repository's ``data/`` folder, or the
    copy packed inside the wheel (for JupyterLite).
    """
    if os.environ.get("ACADEMY_DATA"):
        return Path(os.environ["ACADEMY_DATA"])
    here = Path(__file__).resolve().parent
    for candidate in (here.parents[1] / "data", here.parent / "_data"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "De map met data is niet gevonden. Zet ACADEMY_DATA op de map 'data' van de cursus."
    )


def data_path(name: str) -> Path:
    """Full path of one data file, e.g. ``data_path("cards.csv")``."""
    return data_dir() / name


def load_cards_raw(path: Path | None = None) -> pd.DataFrame:
    """The deck exactly as stored (validation lives in :mod:`academy.cards`)."""
    return pd.read_csv(path or data_path("cards.csv"), dtype=str, keep_default_na=False)
