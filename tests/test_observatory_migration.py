"""The observatory database of format 1.0 (revision obs0001, a committed file) migrates to head
intact, on SQLite and on PostgreSQL, and its 1.0 submissions then read as « non renseigné »."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pg_server import new_database, postgres_server  # noqa: F401  (fixture)

from tierslieux_app.core.db import Database, make_engine, to_url
from tierslieux_app.core.observatory import consolidate as C
from tierslieux_app.core.observatory import models as M
from tierslieux_app.core.observatory.store import (
    VERSION_TABLE,
    alembic_config,
    current_revision,
    head_revision,
    open_observatory,
)

FOLDER = Path(__file__).parent / "fixtures" / "observatory"
FIXTURES = sorted(FOLDER.glob("*.sqlite3"))
NEW_COLUMNS = {
    "obs_structure": ("categorie_juridique", "annee_creation", "agrements", "reseaux"),
    "obs_projets": ("forme_engagement",),
}
NEW_TABLES = ("obs_emplois", "obs_evolutions", "obs_structure_agrement", "obs_structure_reseau",
              "obs_projet_forme_engagement")  # fmt: skip


def _maker() -> Any:
    spec = importlib.util.spec_from_file_location("obs_make_fixture", FOLDER / "make_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _snapshot(engine: sa.Engine) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of every table (sorted, booleans as 0/1), by table, with the columns it had."""
    out = {}
    meta = sa.MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        for name, table in meta.tables.items():
            if name == VERSION_TABLE:
                continue
            cols = [c.name for c in table.columns]
            rows = conn.execute(sa.select(*table.c)).all()
            out[name] = (cols, sorted(tuple(int(v) if isinstance(v, bool) else v for v in r) for r in rows))
    return out


def _rows(engine: sa.Engine, table: str, cols: list[str]) -> list[tuple]:
    t = sa.Table(table, sa.MetaData(), autoload_with=engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(*(t.c[c] for c in cols))).all()
    return sorted(tuple(int(v) if isinstance(v, bool) else v for v in r) for r in rows)


def _check_head(db: Database) -> None:
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:  # an upgraded store has the schema of a new one
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "version_table": VERSION_TABLE})
        assert [d for d in compare_metadata(ctx, M.metadata) if "alembic" not in repr(d)] == []


def _postgresql_at(revision: str, url: str) -> None:
    """A PostgreSQL store at ``revision`` holding the fixture's dataset (booleans as booleans)."""
    engine = make_engine(to_url(url))
    cfg = alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    meta = sa.MetaData()
    meta.reflect(engine)
    with engine.begin() as conn:
        for name, rows in _maker().DATASETS[revision]:
            table = meta.tables[name]
            flags = {c.name for c in table.columns if isinstance(c.type, sa.Boolean)}
            conn.execute(
                table.insert(), [{k: bool(v) if k in flags else v for k, v in r.items()} for r in rows]
            )
        for name in ("obs_submission", "obs_import_history"):  # ids typed in: move the sequences on
            conn.execute(
                sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"
                )
            )
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def old_store(request, tmp_path) -> tuple[str, str]:
    """(URL of a store at the fixture's revision, that revision)."""
    fixture = FIXTURES[-1]
    if request.param == "sqlite":
        path = tmp_path / fixture.name
        shutil.copyfile(fixture, path)
        return str(path), fixture.stem
    url = new_database(request.getfixturevalue("postgres_server"))
    _postgresql_at(fixture.stem, url)
    return url, fixture.stem


def test_there_is_a_fixture_of_the_format_1_0_store():
    assert "obs0001" in [f.stem for f in FIXTURES]
    conn = sqlite3.connect(FOLDER / "obs0001.sqlite3")
    try:
        assert conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall() == [("obs0001",)]
    finally:
        conn.close()


def test_fixture_migrates_to_head_with_data_intact(old_store):
    url, _revision = old_store
    engine = make_engine(to_url(url))
    before = _snapshot(engine)
    engine.dispose()
    assert sum(len(rows) for _cols, rows in before.values()) > 20, "a fixture must hold data"

    db = open_observatory(url)
    try:
        _check_head(db)
        for table, (cols, rows) in before.items():
            assert _rows(db.engine, table, cols) == rows, f"table {table} changed by the migration"
        for table, columns in NEW_COLUMNS.items():  # 1.0 submissions: the 1.1 columns stay empty
            assert {r for r in _rows(db.engine, table, list(columns))} == {(None,) * len(columns)}
        for table in NEW_TABLES:
            assert _rows(db.engine, table, ["submission_id"]) == []
        # the store still takes files after the upgrade (sequences, constraints)
        with db.write_connection() as conn:
            new_id = conn.execute(
                sa.insert(M.submission).values(
                    structure_id="x", annee=2025, digest="0" * 64, version_format="1.1.0",
                    date_export="2026-01-01T00:00:00Z", date_import="2026-01-02T00:00:00Z",
                    fichier="f.zip", courant=True,
                )
            ).inserted_primary_key[0]  # fmt: skip
            conn.execute(sa.insert(M.structure_agrement).values(submission_id=new_id, agrement="esus"))
        assert new_id > 3
        # the 1.0 submissions are « non renseigné » in the sheets of what 1.1 adds
        informed = C.informed(db, 2024)
        assert informed == set()
        jobs = next(s for s in C.national(db, 2024) if s.name == "Emplois par contrat")
        assert all(C.NOT_GIVEN in row[3:] for row in jobs.rows)
    finally:
        db.close()
    if url.startswith("postgresql"):
        return
    integrity = sqlite3.connect(url)
    try:
        assert integrity.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert integrity.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        integrity.close()
