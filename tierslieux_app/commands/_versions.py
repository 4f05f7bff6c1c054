"""Versions of everything the application stands on (``--version --verbose``, self-test)."""

from __future__ import annotations

import platform
import sqlite3
import sys

from .. import __version__


def versions() -> dict[str, str]:
    import alembic
    import openpyxl
    import sqlalchemy

    out = {
        "tierslieux": __version__,
        "Python": f"{platform.python_version()} ({sys.executable})",
        "Système": platform.platform(),
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": sqlalchemy.__version__,
        "Alembic": alembic.__version__,
        "openpyxl": openpyxl.__version__,
    }
    try:
        import PySide6
        from PySide6 import QtCore

        out["PySide6"] = PySide6.__version__
        out["Qt"] = QtCore.qVersion()
    except ImportError as exc:  # the CLI still works without Qt
        out["PySide6"] = f"absent ({exc})"
    from ..core.storage import head_revision

    out["Schéma (révision)"] = head_revision()
    return out
