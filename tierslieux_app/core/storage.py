"""Opening a database: refuse what is not ours or too new, back up, then migrate.

The revision is read through a read-only connection *before* anything else
touches the file, so that a database from a newer version of the application,
or a file that is not ours, is left byte-for-byte unchanged.

Opening a file is two steps: ``prepare_database`` (lock, newer-schema refusal,
integrity check — plain ``sqlite3``) then ``Opening.connect`` (SQLAlchemy engine,
backup and migration when the schema is older). The window paints between the
two when no migration is due: neither SQLAlchemy nor Alembic is imported before
its first paint (start-up time, benchmarks/bench_start.py). Alembic is imported
only to migrate; the known revisions are read from the migration files as text.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .errors import (
    NewerDatabaseError,
    NotTiersLieuxError,
    StorageError,
    not_ours_text,
    quoted,
    sqlite_reason,
)
from .i18n import t

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from .db import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.M)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _revision_ids(value: str) -> list[str]:
    """The ids in a ``revision = …`` right-hand side: a string, None, or a tuple of strings."""
    return re.findall(r"""["']([^"']+)["']""", value)


@cache
def _revision_graph() -> dict[str, list[str]]:
    """revision → its down revisions, read from the migration files as text (no Alembic import).

    tests/test_migrations.py checks it against Alembic's own ScriptDirectory.
    """
    graph: dict[str, list[str]] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(m.groups() for m in _REVISION_LINE.finditer(script.read_text(encoding="utf-8")))
        ids = _revision_ids(found.get("revision", ""))
        if len(ids) != 1:
            raise StorageError(f"Script de migration illisible : {script.name}")
        graph[ids[0]] = _revision_ids(found.get("down_revision", ""))
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for downs in graph.values() for down in downs}
    if len(heads) != 1:
        raise StorageError(f"Migrations incohérentes : têtes {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


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
    from .db import connect_readonly

    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise StorageError(t("Impossible d'ouvrir « {path} » : {detail}", path=path, detail=exc)) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise NotTiersLieuxError(
                t("« {name} » est une base SQLite qui n'a pas été créée par TiersLieux.", name=path.name)
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if looks_like_sqlite(path):
            from .integrity import CorruptDatabaseError

            raise CorruptDatabaseError(path, [str(exc)]) from exc
        raise StorageError(
            t(
                "« {name} » n'est pas une base de données lisible (fichier endommagé ou "
                "d'un autre type) : {reason}.",
                name=path.name,
                reason=sqlite_reason(exc),
            )
        ) from exc
    finally:
        conn.close()


def refuse_unknown_revision(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(
            t(
                "« {where} » a été enregistrée par une version plus récente de TiersLieux "
                "(schéma {revision}). Installez la dernière version de l'application pour "
                "l'ouvrir ; le fichier n'a pas été modifié.",
                where=where,
                revision=revision,
            )
        )


def has_structure(path: Path) -> bool:
    """True once the first-run assistant has saved the structure (read-only, plain sqlite3).

    The launcher asks before the window is built, without importing the services.
    """
    from .db import connect_readonly

    conn = connect_readonly(path)
    try:
        return conn.execute("SELECT 1 FROM structure LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:  # no such table: the schema is not created yet
        return False
    finally:
        conn.close()


def _location(location: str | Path) -> tuple[str, Path | None]:
    """URL and file of a location; a plain path is resolved without importing SQLAlchemy."""
    text = str(location)
    if text != ":memory:" and "://" not in text:
        path = Path(text).expanduser().resolve()
        return "sqlite:///" + str(path), path
    from .db import sqlite_path, to_url

    url = to_url(location)
    return url, sqlite_path(url)


@dataclass
class Opening:
    """A database file locked and checked, not yet connected; ``connect()`` gives the Database.

    Every check that protects the file (lock, newer schema, integrity) is done;
    the backup and the migration, the first writes, happen in ``connect()``.
    """

    url: str
    path: Path | None
    readonly: bool
    migrate: bool
    revision: str | None  # stamped in the file (None: new file, or not a file)
    lock: Any = None  # core.lock.DatabaseLock, handed to the Database by connect()
    warnings: list[str] = field(default_factory=list)
    readonly_reason: str | None = None  # opened read-only because the file cannot be written

    @property
    def ready(self) -> bool:
        """An existing file that needs no migration: connect() will only build the engine."""
        if self.path is None or self.revision is None:
            return False
        return self.readonly or not self.migrate or self.revision == head_revision()

    def connect(self) -> Database:
        """Engine, then (file older than head) backup and migration; the lock passes to the Database."""
        from .db import Database, make_engine

        try:
            engine = make_engine(self.url, readonly=self.readonly)
        except BaseException:
            self.abandon()
            raise
        db = Database(
            url=self.url,
            engine=engine,
            readonly=self.readonly,
            lock=self.lock,
            warnings=self.warnings,
            readonly_reason=self.readonly_reason,
        )
        self.lock = None
        old_revision = self.revision
        try:
            if self.path is None:
                from alembic.runtime.migration import MigrationContext

                with engine.connect() as conn:
                    remote = MigrationContext.configure(conn).get_current_revision()
                refuse_unknown_revision(remote, self.url.rsplit("/", 1)[-1])
                old_revision = remote
            if self.migrate and not self.readonly and old_revision != head_revision():
                if self.path is not None and old_revision is not None:
                    from .backup import backup_before

                    backup_before(db, f"avant-migration-{old_revision}")
                upgrade(db)
                old_revision = head_revision()
            db.journal = old_revision == head_revision()
        except BaseException:
            db.close()
            raise
        return db

    def abandon(self) -> None:
        """Never connected after all: free the writer's lock."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def prepare_database(
    location: str | Path | None = None,
    *,
    readonly: bool = False,
    migrate: bool = True,
    lock: bool = True,
    check: bool = True,
    readonly_if_unwritable: bool = False,
) -> Opening:
    """The checks of ``open_database`` that leave the file untouched, in its order (see there).

    ``readonly_if_unwritable``: a file this user cannot change (read-only medium, rights) is
    opened read-only rather than refused; ``Opening.readonly_reason`` says why (the window's banner).
    """
    url, path = _location(location if location is not None else paths.default_db_location())
    old_revision: str | None = None
    held = None
    warnings: list[str] = []
    reason: str | None = None
    if path is not None:
        from .db import cannot_write, check_writable_location, directory_text

        if path.is_dir():
            raise StorageError(directory_text(path))
        if not readonly and readonly_if_unwritable and cannot_write(path):
            readonly, reason = True, read_only_medium_text(path)
        if readonly and not path.exists():
            raise StorageError(t("Le fichier « {path} » n'existe pas.", path=path))
        if not readonly:
            check_writable_location(path)
            if lock:
                from .lock import DatabaseLock

                held = DatabaseLock(path)
        try:
            old_revision = file_revision(path)
            if readonly and old_revision is None:  # empty, or killed before its tables: nothing to read
                raise NotTiersLieuxError(not_ours_text(path.name))
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
    return Opening(url, path, readonly, migrate, old_revision, held, warnings, reason)


def read_only_medium_text(path: Path) -> str:
    return (
        f"{quoted(path.name)} est sur un support en lecture seule (clé protégée, CD, dossier "
        f"partagé sans droit d’écriture)\u00a0: elle est ouverte en lecture seule. Vous pouvez la "
        "consulter et exporter l’année\u202f; copiez-la dans un dossier modifiable pour la modifier."
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
    opening = prepare_database(location, readonly=readonly, migrate=migrate, lock=lock, check=check)
    return opening.connect()


def upgrade(db: Database, revision: str = "head") -> None:
    """Apply migrations in one transaction (SQLite DDL is transactional)."""
    from alembic import command

    from .db import APPLICATION_ID

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
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
