"""The structure's logo: PNG or JPEG only (checked by content), at most 1 Mo; undo gets the old one."""

from __future__ import annotations

import pytest

from tierslieux_app.core.errors import NotFoundError, TiersLieuxError
from tierslieux_app.core.services import structure
from tierslieux_app.core.services.logo import MAX_LOGO_BYTES, set_logo

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


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
    assert "1\u00a0Mo" in str(too_big.value) and "\n" not in str(too_big.value)
    with pytest.raises(TiersLieuxError) as not_image:
        set_logo(db, b"GIF89a" + b"\x00" * 10)
    assert "PNG ou JPEG" in str(not_image.value)
    with pytest.raises(TiersLieuxError):
        set_logo(db, b"%PDF-1.7 pretending.png")
    assert structure.get_structure(db)["logo"] == PNG  # unchanged


def test_no_structure_no_logo(db):
    with pytest.raises(NotFoundError):
        set_logo(db, PNG)
