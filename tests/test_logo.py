"""The structure's logo (core/services/logo.py): a PNG or a JPEG of at most 1 Mo, recognised by
its first bytes; every refusal is one French sentence and changes nothing; the documents'
letterhead carries the stored bytes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tierslieux_app.core.documents.data import letterhead
from tierslieux_app.core.errors import NotFoundError, TiersLieuxError
from tierslieux_app.core.services import structure
from tierslieux_app.core.services.logo import (
    MAX_LOGO_BYTES,
    logo_format,
    read_logo,
    remove_structure_logo,
    set_logo,
    set_structure_logo,
)

# A real 1×1 PNG (signature, IHDR, IDAT, IEND) and the start of a real JPEG (SOI, APP0 JFIF).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def one_sentence(exc: pytest.ExceptionInfo) -> str:
    text = str(exc.value)
    assert "\n" not in text and text.endswith(".") and "Traceback" not in text
    return text


def test_formats_are_recognised_by_their_first_bytes(tmp_path: Path) -> None:
    assert logo_format(PNG) == "png" and logo_format(JPEG) == "jpeg"
    for other in (b"GIF89a\x01\x00", b"<svg xmlns='http://www.w3.org/2000/svg'/>", b"", b"\x89PNG"):
        assert logo_format(other) is None
    # the name does not count: a JPEG called .png is a JPEG, a text called .png is refused
    assert read_logo(write(tmp_path / "logo.png", JPEG)) == JPEG
    with pytest.raises(TiersLieuxError) as refused:
        read_logo(write(tmp_path / "faux.png", b"GIF89a" + bytes(100)))
    assert "n’est pas une image PNG ou JPEG :" in one_sentence(refused)
    assert "«\u00a0faux.png\u00a0»" in str(refused.value)


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    exact = write(tmp_path / "exact.png", PNG + bytes(MAX_LOGO_BYTES - len(PNG)))
    assert len(read_logo(exact)) == MAX_LOGO_BYTES  # 1 Mo is allowed
    big = tmp_path / "photo.jpg"
    with big.open("wb") as fh:  # sparse: 3 MiB announced, nothing to read
        fh.write(JPEG)
        fh.truncate(3 * 1024 * 1024)
    with pytest.raises(TiersLieuxError) as refused:
        read_logo(big)
    assert "pèse 3,0 Mo : choisissez une image d’au plus 1 Mo" in one_sentence(refused)


def test_unreadable_files_are_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(TiersLieuxError) as missing:
        read_logo(tmp_path / "absent.png")
    assert "n’a pas pu être lu : introuvable" in one_sentence(missing)
    with pytest.raises(TiersLieuxError) as folder:
        read_logo(tmp_path)
    assert "n’a pas pu être lu" in one_sentence(folder)
    if os.geteuid() != 0:  # root reads anything
        locked = write(tmp_path / "locked.png", PNG)
        locked.chmod(0)
        with pytest.raises(TiersLieuxError) as denied:
            read_logo(locked)
        assert "accès refusé" in one_sentence(denied)


def test_refused_files_never_reach_the_database(db, tmp_path: Path) -> None:
    """Before any structure exists (and before the column exists): the checks come first."""
    with pytest.raises(TiersLieuxError) as refused:
        set_structure_logo(db, write(tmp_path / "x.png", b"not an image"))
    assert not isinstance(refused.value, NotFoundError)


def test_logo_stored_shown_in_the_letterhead_and_removed(sample, db, tmp_path: Path) -> None:
    assert letterhead(db).logo is None
    assert set_structure_logo(db, write(tmp_path / "logo.png", PNG)) == PNG
    assert structure.get_structure(db)["logo"] == PNG
    assert letterhead(db).logo == PNG
    assert set_structure_logo(db, write(tmp_path / "logo.jpg", JPEG)) == JPEG  # replaced
    assert letterhead(db).logo == JPEG
    with pytest.raises(TiersLieuxError):
        set_structure_logo(db, write(tmp_path / "doc.pdf", b"%PDF-1.4"))
    assert letterhead(db).logo == JPEG  # a refusal keeps the logo there was
    remove_structure_logo(db)
    assert letterhead(db).logo is None


def test_no_structure_yet_is_one_sentence(db, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError) as missing:
        set_structure_logo(db, write(tmp_path / "logo.png", PNG))
    assert "Renseignez d’abord la structure" in one_sentence(missing)


# -- bytes from the window (set_logo returns the previous logo, for undo) --------------------------


@pytest.fixture
def with_structure(db):
    structure.save_structure(
        db,
        {"name": "Atelier", "legal_form": "association", "tsr_category": "non_marchand", "rna": "W751234567"},
    )
    return db


def test_png_and_jpeg_are_saved_and_the_previous_logo_is_returned(with_structure):
    db = with_structure
    assert set_logo(db, PNG) is None
    assert structure.get_structure(db)["logo"] == PNG
    assert set_logo(db, JPEG) == PNG
    assert set_logo(db, None) == JPEG
    assert structure.get_structure(db)["logo"] is None


def test_a_file_too_big_or_not_an_image_is_refused_in_one_sentence(with_structure):
    db = with_structure
    set_logo(db, PNG)
    with pytest.raises(TiersLieuxError) as too_big:
        set_logo(db, PNG + b"\x00" * MAX_LOGO_BYTES)
    assert "1 Mo" in str(too_big.value) and "\n" not in str(too_big.value)
    with pytest.raises(TiersLieuxError) as not_image:
        set_logo(db, b"GIF89a" + b"\x00" * 10)
    assert "PNG ou JPEG" in str(not_image.value)
    with pytest.raises(TiersLieuxError):
        set_logo(db, b"%PDF-1.7 pretending.png")
    assert structure.get_structure(db)["logo"] == PNG  # unchanged


def test_no_structure_no_logo(db):
    with pytest.raises(NotFoundError):
        set_logo(db, PNG)
