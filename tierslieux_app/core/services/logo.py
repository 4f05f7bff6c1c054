"""The structure's logo, printed at the top of its documents (``ui/documents/render.py``).

``read_logo`` reads the image file a person chose: at most 1 Mo (checked before reading), a
PNG or a JPEG recognised by its first bytes (whatever its name says); ``set_logo`` stores
bytes (checked again) in ``Structure.logo`` and returns the previous logo, for undo; every
refusal is one French sentence and leaves the stored logo as it was. Documents read it
through ``core.documents.letterhead``.
"""

from __future__ import annotations

import math
from pathlib import Path

from sqlalchemy import select

from ..db import Database
from ..errors import NotFoundError, TiersLieuxError, os_reason, quoted
from ..i18n import t
from ..models import Structure

MAX_LOGO_BYTES = 1024 * 1024  # 1 Mo: a logo, not a photograph (and every batch PDF carries it)
# The first bytes of each accepted format (PNG signature; JPEG start of image + first marker).
MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpeg": b"\xff\xd8\xff"}


def logo_format(data: bytes) -> str | None:
    """``"png"`` or ``"jpeg"`` from the first bytes, None for anything else."""
    return next((name for name, magic in MAGIC.items() if data.startswith(magic)), None)


def _size_text(size: int) -> str:
    """« 1,1 Mo » for anything above 1 Mo (rounded up: never « 1,0 Mo » for a refused file)."""
    return f"{math.ceil(size * 10 / (1024 * 1024)) / 10:.1f}".replace(".", ",") + " Mo"


def read_logo(path: Path) -> bytes:
    """The bytes of a logo file after the checks (size, format), or one French sentence."""
    path = Path(path)
    name = quoted(path.name)
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise TiersLieuxError(
                t(
                    "Le logo {name} pèse {size} : choisissez une image d’au plus 1 Mo.",
                    name=name,
                    size=_size_text(size),
                )
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise TiersLieuxError(
            t(
                "Le logo {name} n’a pas pu être lu : {reason} ; choisissez un autre fichier.",
                name=name,
                reason=os_reason(exc),
            )
        ) from exc
    if len(data) > MAX_LOGO_BYTES:  # grew since stat
        raise TiersLieuxError(
            t("Le logo {name} pèse plus de 1 Mo : choisissez une image d’au plus 1 Mo.", name=name)
        )
    if logo_format(data) is None:
        raise TiersLieuxError(
            t(
                "Le fichier {name} n’est pas une image PNG ou JPEG : "
                "choisissez un logo dans l’un de ces formats.",
                name=name,
            )
        )
    return data


def check_logo(data: bytes) -> None:
    """Refuse bytes that are not a PNG or JPEG image of at most 1 Mo, in one French sentence."""
    if len(data) > MAX_LOGO_BYTES:
        raise TiersLieuxError(
            t("Ce fichier pèse {size} : choisissez une image d’au plus 1 Mo.", size=_size_text(len(data)))
        )
    if logo_format(data) is None:
        raise TiersLieuxError(
            t("Ce fichier n’est pas une image PNG ou JPEG : choisissez un logo dans l’un de ces formats.")
        )


def set_logo(db: Database, data: bytes | None) -> bytes | None:
    """Save the structure's logo (None removes it); returns the previous one, for undo."""
    if data is not None:
        check_logo(data)
    with db.write() as session:
        structure = session.scalars(select(Structure).order_by(Structure.created_at)).first()
        if structure is None:
            raise NotFoundError(
                t("Renseignez d’abord la structure (nom, SIRET ou RNA) avant de choisir son logo.")
            )
        before = structure.logo
        structure.logo = data  # through the ORM: journaled, and it travels in merge lots
        return before


def set_structure_logo(db: Database, path: Path) -> bytes:
    """Store the image at ``path`` as the structure's logo (checked first); returns its bytes."""
    data = read_logo(path)
    set_logo(db, data)
    return data


def remove_structure_logo(db: Database) -> None:
    """The structure has no logo any more: its documents are printed without one."""
    set_logo(db, None)
