"""Rotating log file in the user log folder; the CLI and the GUI both use it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from . import paths

LOG_NAME = "tierslieux.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file (5 x 1 MB). Returns its path, or None if the folder is unwritable."""
    root = logging.getLogger()
    if any(getattr(h, "_tierslieux", False) for h in root.handlers):
        return log_file()
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._tierslieux = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
