"""JupyterLab in Dutch where the language pack is incomplete: the course's own translations.

jupyterlab-language-pack-nl-NL leaves many menu items, the notebook's toolbar buttons and
the status bar of JupyterLab 4.6 in English ("Run All Cells"). The files here fill in what it
lacks, per gettext domain: ``nl_NL.json`` for JupyterLab's own texts (a menu title from the
settings has ``menu\\u0004`` before its English text), ``nl_NL.<domain>.json`` for an extension
with its own domain. The pack's own translations stay.

The trainees' JupyterLab (``lab/jupyter_server_config.json``, also on the hub) loads this module
as a server extension, which adds the files to what the Lab's translation API serves;
JupyterLite's build writes them into its translation file (``tools/lite.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

LOCALE = "nl_NL"
FOLDER = Path(__file__).resolve().parent


def own_translation_files() -> dict[str, Path]:
    """Our translation files by gettext domain."""
    return {path.name.removeprefix(LOCALE).removesuffix(".json").lstrip(".") or "jupyterlab": path
            for path in sorted(FOLDER.glob(f"{LOCALE}*.json"))}


def fill_in(data: dict) -> dict:
    """Add our translations to a language pack's data (``{domain: {english: [dutch, ...]}}``)."""
    header = data.get("jupyterlab", {}).get("", {})
    for domain, path in own_translation_files().items():
        strings = data.setdefault(domain, {"": {**header, "domain": domain}})
        for english, dutch in json.loads(path.read_text(encoding="utf-8")).items():
            strings.setdefault(english, [dutch] if isinstance(dutch, str) else dutch)  # a list: singular, plural
    return data


def _jupyter_server_extension_points() -> list[dict]:
    return [{"module": "academy.lab_translations"}]


def _load_jupyter_server_extension(server_app) -> None:
    """Serve the language pack with our translations filled in (JupyterLab asks for it once per page)."""
    from jupyterlab_server import translations_handler

    pack = translations_handler.get_language_pack

    def with_ours(locale: str):
        data, message = pack(locale)
        if data and locale.replace("-", "_").lower() == LOCALE.lower():
            fill_in(data)
        return data, message

    translations_handler.get_language_pack = with_ours
