"""Every folder the application uses, in one place.

platformdirs gives the user's data/config/log folders; ``TIERSLIEUX_HOME``
overrides all of them (tests, a portable install on a USB stick), and
``TIERSLIEUX_DB`` overrides the database location alone.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "TiersLieux"
APP_AUTHOR = "ALLISS"
DB_FILENAME = "tierslieux.sqlite3"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def _home() -> Path | None:
    home = os.environ.get("TIERSLIEUX_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(_dirs().user_data_dir)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(_dirs().user_config_dir)


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(_dirs().user_log_dir)


def backup_dir() -> Path:
    return data_dir() / "sauvegardes"


def default_db_location() -> str:
    """The database the app opens when none is named: env override, else the data folder."""
    env = os.environ.get("TIERSLIEUX_DB")
    if env:
        return env
    return str(data_dir() / DB_FILENAME)


def resources_dir() -> Path:
    """Bundled resources (translations, icons, format descriptor).

    The top-level ``resources/`` folder is installed as ``tierslieux_app.resources``
    (see pyproject), and bundled at that same relative path in the frozen app.
    """
    return Path(str(files("tierslieux_app.resources")))
