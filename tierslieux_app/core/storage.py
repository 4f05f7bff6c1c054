"""Opening a database: refuse what is not ours or too new, back up, then migrate.

The revision is read through a read-only connection *before* anything else
touches the file, so that a database from a newer version of the application,
or a file that is not ours, is left byte-for-byte unchanged.
"""

from __future__ import annotations

import logging
import sqlite3
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from . import paths
from .db import (
    APPLICATION_ID,
    Database,
    check_writable_location,
    connect_readonly,
    make_engine,
    sqlite_path,
    to_url,
)
from .errors import NewerDatabaseError, StorageError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    """True if the file starts with SQLite's magic header (even if damaged further on)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def file_revision(path: Path) -> str | None:
    """The schema revision stamped in a SQLite file, read without writing anything.

    None for an empty file or one with no tables (a new database).
    Raises StorageError when the file is not a SQLite database or not ours,
    CorruptDatabaseError when it is a SQLite file too damaged to read.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise StorageError(f"Impossible d'ouvrir « {path} » : {exc}") from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise StorageError(f"« {path.name} » est une base SQLite qui n'a pas été créée par TiersLieux.")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if looks_like_sqlite(path):
            from .integrity import CorruptDatabaseError

            raise CorruptDatabaseError(path, [str(exc)]) from exc
        raise StorageError(
            f"« {path.name} » n'est pas une base de données lisible (fichier endommagé ou "
            f"d'un autre type) : {exc}"
        ) from exc
    finally:
        conn.close()


def refuse_unknown_revision(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(
            f"« {where} » a été enregistrée par une version plus récente de TiersLieux "
            f"(schéma {revision}). Installez la dernière version de l'application pour "
            "l'ouvrir ; le fichier n'a pas été modifié."
        )


def open_database(
    location: str | Path | None = None,
    *,
    readonly: bool = False,
    migrate: bool = True,
    lock: bool = True,
    check: bool = True,
) -> Database:
    """Open (creating if needed) the database at a path or URL and bring it to head.

    For a file, in this order: take the writer's lock (``lock``; LockedError if
    another process writes to it), refuse a newer schema (file untouched), check
    integrity (``check``; CorruptDatabaseError, file untouched), back up, migrate.
    ``db.warnings`` carries what the user should be told (network folder).
    """
    url = to_url(location if location is not None else paths.default_db_location())
    path = sqlite_path(url)
    old_revision: str | None = None
    held = None
    warnings: list[str] = []
    if path is not None:
        if readonly and not path.exists():
            raise StorageError(f"Le fichier « {path} » n'existe pas.")
        if not readonly:
            check_writable_location(path)
            if lock:
                from .lock import DatabaseLock

                held = DatabaseLock(path)
        try:
            old_revision = file_revision(path)
            refuse_unknown_revision(old_revision, path.name)
            if check and old_revision is not None:
                from .integrity import startup_check

                startup_check(path, force_full=held is not None and held.after_crash)
            from .lock import network_warning

            warning = network_warning(path)
            if warning:
                log.warning("network folder: %s", path)
                warnings.append(warning)
        except BaseException:
            if held is not None:
                held.release()
            raise
    engine = make_engine(url, readonly=readonly)
    db = Database(url=url, engine=engine, readonly=readonly, lock=held, warnings=warnings)
    try:
        if path is None:
            with engine.connect() as conn:
                remote = MigrationContext.configure(conn).get_current_revision()
            refuse_unknown_revision(remote, url.rsplit("/", 1)[-1])
            old_revision = remote
        if migrate and not readonly and old_revision != head_revision():
            if path is not None and old_revision is not None:
                from .backup import backup_before

                backup_before(db, f"avant-migration-{old_revision}")
            upgrade(db)
            old_revision = head_revision()
        db.journal = old_revision == head_revision()
    except BaseException:
        db.close()
        raise
    return db


def upgrade(db: Database, revision: str = "head") -> None:
    """Apply migrations in one transaction (SQLite DDL is transactional)."""
    cfg = alembic_config()
    with db.engine.execution_options(tl_write=True).connect() as conn:
        raw = conn.connection.driver_connection
        if db.is_sqlite:
            # Table rebuilds in batch migrations need FKs off (only possible outside a
            # transaction, hence the raw connection); references are checked before commit.
            raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            if db.is_sqlite:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            if db.is_sqlite:
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise StorageError(f"Migration interrompue : références cassées {bad[:5]}")
        if db.is_sqlite:
            raw.execute("PRAGMA foreign_keys=ON")
    log.info("database %s at revision %s", db.url, revision)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
