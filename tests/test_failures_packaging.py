"""The frozen bundle and the extras carry what the Observatoire's PostgreSQL needs (issue 12).

build.spec cannot be run here in test time (a PyInstaller build), so its text is checked:
every Alembic folder is shipped as data, the PostgreSQL driver is collected, not excluded.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")


def _excludes() -> str:
    return SPEC[SPEC.index("excludes = [") : SPEC.index("]", SPEC.index("excludes = ["))]


def test_every_alembic_folder_is_in_the_bundle():
    folders = sorted(env.parent for env in (ROOT / "tierslieux_app").rglob("migrations/env.py"))
    assert len(folders) == 2  # the application's and the Observatoire's
    for folder in folders:
        parts = folder.relative_to(ROOT).parts
        spelled = " / ".join(f'"{p}"' for p in parts)
        assert spelled in SPEC, f"build.spec datas: {folder}"
        assert f'"{"/".join(parts)}"' in SPEC


def test_the_postgresql_driver_is_bundled():
    assert '*collect_submodules("psycopg")' in SPEC
    assert "sqlalchemy.dialects.postgresql.psycopg" in SPEC
    assert not re.search(r'"psycopg(_binary)?"', _excludes())


def test_the_postgresql_extra():
    with open(ROOT / "pyproject.toml", "rb") as fh:
        extras = tomllib.load(fh)["project"]["optional-dependencies"]
    for name in ("postgresql", "test", "build"):
        assert any(req.startswith("psycopg[binary]") for req in extras[name]), name
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install = (ROOT / "docs" / "installation.md").read_text(encoding="utf-8")
    assert readme.count('pip install -e ".[postgresql]"') >= 2  # French and English sections
    assert 'pip install -e ".[postgresql]"' in install
