"""The one place that owns the engine, the SQLite pragmas and the sessions.

Reads use short deferred transactions; writes use ``BEGIN IMMEDIATE`` so that
two writers queue on the busy timeout instead of failing half-way. Every SQLite
connection has foreign keys on, WAL and ``synchronous=FULL``: an acknowledged
change survives a crash or a power cut. Write sessions record every change in
the journal (core/journal.py) inside the same transaction; ``db.lock`` is the
writer's lock on the file (core/lock.py), released by ``close()``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ReadOnlyError, StorageError, os_reason
from .i18n import t

if TYPE_CHECKING:  # SQLAlchemy is imported with the first engine: not before the window paints
    from sqlalchemy import Engine
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
# Marks the file as ours ("TLTL"), so that another SQLite file is recognised.
APPLICATION_ID = 0x544C544C


def to_url(location: str | Path) -> str:
    """A path or a SQLAlchemy URL → a URL. ``:memory:`` gives an in-memory database."""
    text = str(location)
    if text == ":memory:":
        return "sqlite://"
    if "://" in text:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(text)
        except ArgumentError as exc:
            raise StorageError(t("Adresse de base de données invalide : « {text} »", text=text)) from exc
        if parsed.drivername in ("postgresql", "postgres"):
            # SQLAlchemy's default driver is psycopg2; ours (the "postgresql" extra) is psycopg 3.
            return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None (memory, PostgreSQL)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only sqlite3 connection for probing a file (revision, checks, backups).

    A WAL database with no ``-wal`` beside it was closed cleanly: it is opened
    ``immutable`` so that probing leaves no ``-wal``/``-shm`` behind (a refused
    file stays exactly as it was). Otherwise another program is using it and
    the normal read-only mode sees its latest commits.
    """
    wal = Path(str(path) + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?{flags}", uri=True, check_same_thread=False)


def on_read_only_medium(path: Path) -> bool:
    """True when the folder of ``path`` cannot be written: a read-only mount, a CD, a
    write-protected USB stick, a folder without write permission. Nobody can change the
    file there, so it may be opened ``immutable`` (no ``-shm``, no lock file needed)."""
    folder = Path(path).resolve().parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # Windows has no statvfs
        pass
    return not os.access(folder, os.W_OK)


def cannot_write(path: Path) -> bool:
    """The file exists but this user cannot change it (read-only medium, file or folder rights)."""
    path = Path(path)
    return path.is_file() and (on_read_only_medium(path) or not os.access(path, os.W_OK))


def readonly_uri(path: Path) -> str:
    """The URI of a read-only connection; ``immutable`` on a read-only medium when no other
    program left a ``-wal`` there (SQLite could not create its ``-shm`` beside the file)."""
    uri = Path(path).resolve().as_uri()
    if not Path(str(path) + "-wal").exists() and on_read_only_medium(path):
        return f"{uri}?mode=ro&immutable=1"
    return f"{uri}?mode=ro"


def _unicode_lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _install_sqlite_pragmas(engine: Engine, *, memory: bool, readonly: bool) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # We issue BEGIN ourselves (see _on_begin); the driver must not.
        dbapi_conn.isolation_level = None
        # SQLite's lower() only folds ASCII: searching "école" must find "École".
        dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        if not memory and not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        if readonly:
            cur.execute("PRAGMA query_only=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get("tl_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@dataclass
class Database:
    """An open database: an engine and two session factories (read, write)."""

    url: str
    engine: Engine
    readonly: bool = False
    # True once the schema has the journal table (set by storage.open_database at head).
    journal: bool = False
    # The writer's lock on the file (core.lock.DatabaseLock), released by close().
    lock: Any = None
    # French warnings for the user (network folder…), shown once by the GUI.
    warnings: list[str] = field(default_factory=list)
    # Why the file is open read-only when the user did not ask (read-only medium), else None.
    readonly_reason: str | None = None

    def __post_init__(self) -> None:
        from sqlalchemy.orm import sessionmaker

        from . import journal

        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self.engine.execution_options(tl_write=True), expire_on_commit=False)
        journal.attach(self._write)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only transaction."""
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A short write transaction: committed when the block ends, rolled back on error."""
        from sqlalchemy.exc import OperationalError

        if self.readonly:
            raise ReadOnlyError(t("La base est ouverte en lecture seule : modification impossible."))
        try:
            with self._write() as session, session.begin():
                session.info["tl_journal"] = self.journal
                yield session
        except OperationalError as exc:
            raise StorageError(_explain_operational(exc)) from exc

    @contextmanager
    def write_connection(self) -> Iterator[Any]:
        """A Core connection in a BEGIN IMMEDIATE transaction, for bulk inserts.

        Not journaled row by row: one journal line gives the number of rows changed.
        """
        from sqlalchemy.exc import OperationalError

        if self.readonly:
            raise ReadOnlyError(t("La base est ouverte en lecture seule : modification impossible."))
        try:
            with self.engine.execution_options(tl_write=True).begin() as conn:
                raw = conn.connection.driver_connection if self.is_sqlite else None
                before = raw.total_changes if raw is not None else 0
                yield conn
                if self.journal and raw is not None and raw.total_changes > before:
                    from . import journal

                    journal.bulk_summary(conn, raw.total_changes - before)
        except OperationalError as exc:
            raise StorageError(_explain_operational(exc)) from exc

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _explain_operational(exc: OperationalError) -> str:
    from .errors import explain_sqlite

    text = str(exc.orig) if exc.orig else str(exc)
    return explain_sqlite(text) or f"Erreur de la base de données : {text}"


def make_engine(url: str, *, readonly: bool = False) -> Engine:
    """An engine with the project's pragmas; no schema work."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError
    from sqlalchemy.pool import QueuePool, StaticPool

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        from sqlalchemy.exc import NoSuchModuleError

        from .errors import explain, unknown_url_text

        try:
            return create_engine(url, pool_pre_ping=True)
        except NoSuchModuleError as exc:  # http://…, a typo in the scheme
            raise StorageError(unknown_url_text(parsed.render_as_string(hide_password=True))) from exc
        except ImportError as exc:  # the driver is not installed (psycopg)
            raise StorageError(
                explain(exc) or t("Base de données inaccessible : {detail}", detail=exc)
            ) from exc
        except ArgumentError as exc:
            raise StorageError(t("Base de données inaccessible : {detail}", detail=exc)) from exc
    path = sqlite_path(url)
    if path is None:
        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
        _install_sqlite_pragmas(engine, memory=True, readonly=readonly)
        return engine
    if readonly:
        creator_uri = readonly_uri(path)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(
                creator_uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            ),
            # "sqlite://" would get a SingletonThreadPool, which closes connections still in
            # use once several worker threads have read; a file deserves a normal pool.
            poolclass=QueuePool,
        )
    else:
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
    _install_sqlite_pragmas(engine, memory=False, readonly=readonly)
    return engine


def directory_text(path: Path) -> str:
    from .errors import quoted

    return t(
        "{path} est un dossier, pas une base de données TiersLieux\u00a0: indiquez un fichier.",
        path=quoted(path),
    )


def check_writable_location(path: Path) -> None:
    """Create the parent folder if needed; a clear message if we cannot write there."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            t("Impossible de créer le dossier « {folder} » : {reason}.", folder=folder, reason=os_reason(exc))
        ) from exc
    if path.exists():
        if path.is_dir():
            raise StorageError(directory_text(path))
        if cannot_write(path):
            from .errors import quoted

            raise StorageError(
                t(
                    "{name} ne peut pas être modifiée (support en lecture seule ou droits "
                    "insuffisants)\u00a0: copiez-la dans un dossier modifiable, "
                    "ou ouvrez-la en lecture seule.",
                    name=quoted(path.name),
                )
            )
        return
    probe = folder / f".{path.name}.probe"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StorageError(
            t(
                "Impossible d'écrire dans le dossier « {folder} » : {reason}.",
                folder=folder,
                reason=os_reason(exc),
            )
        ) from exc
