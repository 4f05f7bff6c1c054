"""The structure's logo (PNG or JPEG, at most 1 Mo), shown on its documents.

Checked by its first bytes, not by the file's name: a renamed text file is refused.
"""

from __future__ import annotations

from ..db import Database
from ..errors import TiersLieuxError
from .structure import require_structure

MAX_LOGO_BYTES = 1024 * 1024
PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"


def size_error(size: int) -> TiersLieuxError | None:
    """The refusal of a file of ``size`` bytes (None when small enough), in one French sentence."""
    if size <= MAX_LOGO_BYTES:
        return None
    shown = f"{size / MAX_LOGO_BYTES:.1f}".replace(".", ",")
    return TiersLieuxError(
        f"Ce fichier pèse {shown}\u00a0Mo, or le logo ne doit pas dépasser 1\u00a0Mo\u00a0: "
        "choisissez une image plus légère."
    )


def check_logo(data: bytes) -> None:
    """Refuse what is not a PNG or JPEG image of at most 1 Mo, in one French sentence."""
    too_big = size_error(len(data))
    if too_big is not None:
        raise too_big
    if not (data.startswith(PNG) or data.startswith(JPEG)):
        raise TiersLieuxError(
            "Ce fichier n’est pas une image PNG ou JPEG\u00a0: choisissez le logo dans l’un de ces formats."
        )


def set_logo(db: Database, data: bytes | None) -> bytes | None:
    """Save the structure's logo (None removes it); returns the previous one, for undo."""
    if data is not None:
        check_logo(data)
    with db.write() as session:
        structure = require_structure(session)
        before = structure.logo
        structure.logo = data
        return before
