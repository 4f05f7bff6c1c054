"""The engine's promises: pragmas on every connection, BEGIN IMMEDIATE for writes only."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from tierslieux_app.core import db as db_module
from tierslieux_app.core.db import check_writable_location, sqlite_path, to_url
from tierslieux_app.core.errors import ReadOnlyError, StorageError
from tierslieux_app.core.models import Project, TimeEntry
from tierslieux_app.core.services import projects
from tierslieux_app.core.storage import open_database

BUSY = "La base de données est occupée par un autre programme ; réessayez dans un instant."


def raw(path: Path, timeout: float = 0) -> sqlite3.Connection:
    """A connection of 'another program', issuing its own BEGIN statements."""
    return sqlite3.connect(path, timeout=timeout, isolation_level=None)


def pragmas(conn) -> dict[str, object]:
    names = ("foreign_keys", "journal_mode", "busy_timeout", "synchronous")
    return {n: conn.exec_driver_sql(f"PRAGMA {n}").scalar() for n in names}


def test_pragmas_on_a_fresh_file_connection(file_db):
    file_db.engine.dispose()  # the next connection is a new one
    with file_db.engine.connect() as conn:
        assert pragmas(conn) == {
            "foreign_keys": 1,
            "journal_mode": "wal",
            "busy_timeout": db_module.BUSY_TIMEOUT_MS,
            "synchronous": 2,
        }
    with file_db.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2
    assert db_module.BUSY_TIMEOUT_MS >= 5000


def test_pragmas_in_memory(db):
    with db.engine.connect() as conn:
        values = pragmas(conn)
    assert (values["foreign_keys"], values["synchronous"]) == (1, 2)
    assert values["busy_timeout"] == db_module.BUSY_TIMEOUT_MS


def test_wal_is_stored_in_the_file(file_db):
    other = raw(file_db.path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()


def test_write_session_holds_the_write_lock_from_its_start(file_db):
    other = raw(file_db.path)
    try:
        with file_db.write() as session:
            session.connection()  # the transaction has begun; nothing written yet
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_write_connection_holds_the_write_lock(file_db):
    other = raw(file_db.path)
    try:
        with file_db.write_connection() as conn:
            conn.exec_driver_sql("SELECT 1")
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_reads_do_not_take_the_write_lock(file_db, sample_on_file):
    other = raw(file_db.path)
    try:
        with file_db.read() as session:
            assert session.scalar(select(func.count()).select_from(Project)) == 1
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE project SET title = 'Autre titre'")
            # the reader still reads, and does not see the other program's uncommitted change
            assert session.scalar(select(Project.title)) == "Jardins"
            other.execute("ROLLBACK")
        other.execute("BEGIN IMMEDIATE")
        with file_db.read() as session:  # a read while another program writes
            assert session.scalar(select(Project.title)) == "Jardins"
        other.execute("ROLLBACK")
    finally:
        other.close()


@pytest.fixture
def sample_on_file(file_db):
    return projects.create_project(file_db, {"title": "Jardins", "status": "en_cours"})


def test_second_writer_waits_then_gets_a_french_message(tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    database = open_database(tmp_path / "busy.sqlite3")
    other = raw(database.path)
    try:
        other.execute("BEGIN IMMEDIATE")
        start = time.monotonic()
        with pytest.raises(StorageError) as info:
            projects.create_project(database, {"title": "Bloqué", "status": "en_cours"})
        waited = time.monotonic() - start
        assert str(info.value) == BUSY
        assert waited >= 0.15  # it queued on the busy timeout instead of failing at once
        other.execute("ROLLBACK")
        projects.create_project(database, {"title": "Passé", "status": "en_cours"})
        assert [p["title"] for p in projects.list_projects(database)] == ["Passé"]
    finally:
        other.close()
        database.close()


def test_write_is_rolled_back_on_error(file_db):
    with pytest.raises(RuntimeError), file_db.write() as session:
        session.add(Project(title="À moitié", status="en_cours"))
        session.flush()
        raise RuntimeError("crash in the middle")
    assert projects.list_projects(file_db) == []


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(
            TimeEntry(
                participant_id="x", project_id="y", date=None, hours=1, time_type="benevole", activity="autre"
            )
        )
        session.flush()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(TimeEntry)) == 0


def test_readonly_database_refuses_writes(file_db, sample_on_file):
    ro = open_database(file_db.path, readonly=True)
    try:
        assert [p["title"] for p in projects.list_projects(ro)] == ["Jardins"]
        with pytest.raises(ReadOnlyError) as info:
            projects.create_project(ro, {"title": "Non", "status": "en_cours"})
        assert "lecture seule" in str(info.value)
        with pytest.raises(ReadOnlyError), ro.write_connection():
            pass
        with ro.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1
    finally:
        ro.close()


def test_urls_and_paths(tmp_path):
    assert to_url(":memory:") == "sqlite://"
    url = to_url(tmp_path / "a.sqlite3")
    assert url == f"sqlite:///{(tmp_path / 'a.sqlite3').resolve()}"
    assert sqlite_path(url) == (tmp_path / "a.sqlite3").resolve()
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("postgresql://u@h/db") is None
    with pytest.raises(StorageError, match="Adresse de base de données invalide"):
        to_url("pas une adresse://")


def test_unwritable_location_is_a_french_error(tmp_path):
    blocker = tmp_path / "fichier.txt"
    blocker.write_text("pas un dossier")
    with pytest.raises(StorageError) as info:
        open_database(blocker / "sous-dossier" / "base.sqlite3")
    assert str(info.value).startswith("Impossible de créer le dossier")
    with pytest.raises(StorageError, match="est un dossier"):
        check_writable_location(tmp_path)
    assert not list(tmp_path.glob("**/*.sqlite3"))
