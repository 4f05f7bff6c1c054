"""Migrations build exactly the models' schema; files that are not ours, or too new, stay untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tierslieux_app.core import paths
from tierslieux_app.core.errors import NewerDatabaseError, StorageError
from tierslieux_app.core.models import Base
from tierslieux_app.core.services import projects
from tierslieux_app.core.storage import (
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
    open_database,
    upgrade,
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_diff(database) -> list:
    with database.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)


def sidecars(path: Path) -> list[str]:
    return [
        p.name for p in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")) if p.exists()
    ]


def test_new_file_matches_the_models(file_db):
    assert schema_diff(file_db) == []
    assert current_revision(file_db) == head_revision()


def test_in_memory_database_matches_the_models(db):
    assert schema_diff(db) == []


def test_migrations_go_down_and_up_again(file_db):
    cfg = alembic_config()
    with file_db.engine.execution_options(tl_write=True).connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # as storage.upgrade does for table rebuilds
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        raw.execute("PRAGMA foreign_keys=ON")
    assert tables <= {"alembic_version"}
    upgrade(file_db)
    assert schema_diff(file_db) == []
    assert current_revision(file_db) == head_revision()


def test_older_file_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "ancienne.sqlite3"
    first = min(known_revisions())
    old = open_database(path, migrate=False)
    upgrade(old, first)
    old.close()
    raw = sqlite3.connect(path)  # the schema of that revision: no service of today writes it
    with raw:
        raw.execute(
            "INSERT INTO project (id, created_at, updated_at, title, status, themes, knowledge, "
            "charter_signed) "
            "VALUES ('30000000-0000-4000-8000-000000000001', '2024-01-15 10:00:00', '2024-01-15 10:00:00', "
            "'Avant migration', 'en_cours', '', '', 0)"
        )
    raw.close()
    assert first != head_revision()  # there is a migration to run
    database = open_database(path)
    try:
        assert current_revision(database) == head_revision()
        assert [p["title"] for p in projects.list_projects(database)] == ["Avant migration"]
        backups = list(paths.backup_dir().glob(f"ancienne-*-avant-migration-{first}.sqlite3"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        try:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
            assert copy.execute("SELECT title FROM project").fetchall() == [("Avant migration",)]
        finally:
            copy.close()
    finally:
        database.close()


@pytest.fixture
def future_file(tmp_path) -> Path:
    """A database stamped by a newer version of the application, closed cleanly."""
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    assert sidecars(path) == []
    return path


def test_newer_database_is_refused(future_file):
    before = sha256(future_file)
    with pytest.raises(NewerDatabaseError) as info:
        open_database(future_file)
    message = str(info.value)
    assert "version plus récente de TiersLieux" in message and "9999_future" in message
    assert "le fichier n'a pas été modifié" in message
    assert sha256(future_file) == before
    with pytest.raises(NewerDatabaseError):
        open_database(future_file, readonly=True)
    assert sha256(future_file) == before


def test_newer_database_leaves_no_wal_or_shm(future_file):
    with pytest.raises(NewerDatabaseError):
        open_database(future_file)
    assert sidecars(future_file) == []


def test_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "autre.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, nom TEXT)")
    conn.execute("INSERT INTO clients (nom) VALUES ('Dupont')")
    conn.commit()
    conn.close()
    before = sha256(path)
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert str(info.value) == "« autre.sqlite3 » est une base SQLite qui n'a pas été créée par TiersLieux."
    assert sha256(path) == before


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = sha256(path)
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert str(info.value).startswith("« photo.sqlite3 » n'est pas une base de données lisible")
    assert "Traceback" not in str(info.value)
    assert sha256(path) == before


def test_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "vide.sqlite3"
    path.write_bytes(b"")
    database = open_database(path)
    try:
        assert current_revision(database) == head_revision()
        assert schema_diff(database) == []
    finally:
        database.close()
