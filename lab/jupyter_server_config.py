"""JupyterLab for trainees: read the default settings (Dutch, no news) from this folder.

Used when this folder is on JUPYTER_CONFIG_PATH (`make lab`, the hub). JupyterLab reads
overrides.json only from its app settings folder, so point that here; the JSON files
beside this one switch off nbgrader's trainer tools.
"""

from pathlib import Path

c = get_config()  # noqa: F821 (provided by Jupyter)
c.LabApp.app_settings_dir = str(Path(__file__).resolve().parent / "settings")
