"""Demo yearly files shared by the observatory tests: three demo databases, three seeds.

The session fixture ``demo_exports`` (tests/conftest.py) makes them once for the whole run.
"""

from __future__ import annotations

from pathlib import Path

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
