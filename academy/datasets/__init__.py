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


COMPAS_DTYPES = {
    "id": "int64", "groep": "str", "geslacht": "str", "leeftijd": "int64", "eerdere_delicten": "int64",
    "risicoscore": "int64", "risicocategorie": "str", "hoog_risico": "bool", "recidive": "bool",
}


def load_compas(path: Path | None = None) -> pd.DataFrame:
    """The synthetic COMPAS-style defendants of ``data/compas.csv`` (see :mod:`.compas`)."""
    return pd.read_csv(path or data_path("compas.csv"), dtype=COMPAS_DTYPES)


PROPUBLICA_COLUMNS = ["race", "decile_score", "score_text", "two_year_recid",
                      "days_b_screening_arrest", "is_recid", "c_charge_degree"]
PROPUBLICA_URL = "https://github.com/propublica/compas-analysis"


def load_propublica_compas(path, apply_filter: bool = True) -> pd.DataFrame:
    """ProPublica's own ``compas-scores-two-years.csv``, filtered as ProPublica did.

    The course does not ship this file; a trainer may download it from
    ProPublica's repository. The filter of their analysis keeps rows with
    ``days_b_screening_arrest`` in [-30, 30], ``is_recid != -1``,
    ``c_charge_degree != "O"`` and a ``score_text`` (6,172 of 7,214 rows);
    ``apply_filter=False`` keeps the whole file, as in the article's truth
    tables. Adds the boolean ``high_risk``: ``score_text`` Medium or High.
    Also reads any column subset that holds the columns above.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} not found. Download compas-scores-two-years.csv from {PROPUBLICA_URL} "
            "(the course does not ship it)."
        )
    frame = pd.read_csv(path)
    missing = [column for column in PROPUBLICA_COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"{path} is not ProPublica's COMPAS file: column(s) {', '.join(missing)} missing.")
    if apply_filter:
        # ProPublica's R filter drops rows where days_b_screening_arrest is missing, too.
        keep = (
            frame["days_b_screening_arrest"].between(-30, 30)
            & (frame["is_recid"] != -1)
            & (frame["c_charge_degree"] != "O")
            & frame["score_text"].notna()
            & (frame["score_text"] != "N/A")
        )
        frame = frame[keep].reset_index(drop=True)
    frame["high_risk"] = frame["score_text"].isin(["Medium", "High"])
    return frame


HOUSEHOLD_DTYPES = {
    "huishouden": "int64", "voedselbank": "bool", "type": "Int64", "woonkern": "str",
    "type_huishouden": "str", "aantal_kinderen": "int64", "leeftijd": "int64",
    "leeftijd_eerste_kind": "Int64", "migratieachtergrond": "bool", "opleiding": "str",
    "uitkering": "str", "inkomen": "int64", "woning": "str", "schulden": "bool",
    "jeugdzorg": "bool", "wmo": "bool", "dagen_klant": "Int64",
}


def load_households(with_type: bool = False, path: Path | None = None) -> pd.DataFrame:
    """All 11,200 synthetic households of ``data/huishoudens.csv`` (see :mod:`.foodbank`).

    The column ``type`` (the true client type 1-5, made by the generator) is
    left out unless ``with_type=True``: in real work nobody knows it, and
    the clustering has to find the groups by itself.
    """
    frame = pd.read_csv(path or data_path("huishoudens.csv"), dtype=HOUSEHOLD_DTYPES)
    return frame if with_type else frame.drop(columns="type")


def load_foodbank(with_type: bool = False, clients_only: bool = True, path: Path | None = None) -> pd.DataFrame:
    """The food bank's client households: 191 rows, numbered 0-190.

    Like the Smart Start pilot, the chapter clusters only the clients; the
    whole municipality (``clients_only=False``, the same as
    :func:`load_households`) is there to compare the clients with. The true
    type is hidden unless ``with_type=True`` (then ``type`` is 1-5 for
    clients and empty for the other households).
    """
    frame = load_households(with_type=with_type, path=path)
    if clients_only:
        frame = frame[frame["voedselbank"]].reset_index(drop=True)
    return frame
