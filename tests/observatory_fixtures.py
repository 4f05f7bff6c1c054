"""Demo yearly files shared by the observatory tests: three demo databases, three seeds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

YEAR = 2025
SEEDS = {1: ("xlsx", "datapackage"), 2: ("xlsx",), 3: ("datapackage",)}


def make_exports(folder: Path) -> dict[tuple[int, str], Path]:
    from tierslieux_app.core.demo import generate
    from tierslieux_app.core.export.exporter import export_year
    from tierslieux_app.core.storage import open_database

    out = {}
    for seed, formats in SEEDS.items():
        db = open_database(folder / f"demo{seed}.sqlite3")
        try:
            generate(db, seed=seed, size="small")
            for fmt in formats:
                dest = folder / f"seed{seed}.{'xlsx' if fmt == 'xlsx' else 'zip'}"
                export_year(db, YEAR, dest, fmt, accept_warnings=True)
                out[(seed, fmt)] = dest
        finally:
            db.close()
    return out


@pytest.fixture(scope="session")
def demo_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], Path]:
    """(seed, format) → exported yearly file; made once per test session."""
    folder = tmp_path_factory.mktemp("demo_exports")
    old = os.environ.get("TIERSLIEUX_HOME")
    os.environ["TIERSLIEUX_HOME"] = str(folder / "home")
    try:
        return make_exports(folder)
    finally:
        if old is None:
            os.environ.pop("TIERSLIEUX_HOME", None)
        else:
            os.environ["TIERSLIEUX_HOME"] = old
