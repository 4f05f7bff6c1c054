"""Files written by the released 1.0 exporter stay valid and importable, with their fingerprint."""

from __future__ import annotations

from pathlib import Path

import pytest

from tierslieux_app.core.observatory.importer import IMPORTED, import_file
from tierslieux_app.core.observatory.store import open_observatory
from tierslieux_app.core.observatory.validate import validate_file

RELEASED = Path(__file__).parent / "fixtures" / "format-1.0"
FINGERPRINTS = {
    "observatoire-tsr-1.0.0_2024.xlsx": "fd8b1a9614025d88bf877f41aea6b81ea1241ae131ba340c47f656a70d8cfaee",
    "observatoire-tsr-1.0.0_2024.zip": "fd8b1a9614025d88bf877f41aea6b81ea1241ae131ba340c47f656a70d8cfaee",
    "observatoire-tsr-1.0.0_2023.zip": "9e8ca6c01eb46c16b58cf2433cde8384ddd47e54adfac57f27ad94c3a5f53c3e",
}


@pytest.mark.parametrize("name", sorted(FINGERPRINTS))
def test_released_file_validates_with_its_fingerprint(name):
    report = validate_file(RELEASED / name)
    assert report.valid, [str(p) for p in report.problems[:5]]
    assert report.digest == report.metadata["empreinte_sha256"] == FINGERPRINTS[name]


def test_released_files_import_into_one_store(tmp_path):
    db = open_observatory(tmp_path / "observatoire.sqlite3")
    try:
        outcomes = [
            import_file(db, RELEASED / name) for name in sorted(FINGERPRINTS) if name.endswith(".zip")
        ]
    finally:
        db.close()
    assert [o.action for o in outcomes] == [IMPORTED, IMPORTED], [o.message for o in outcomes]
