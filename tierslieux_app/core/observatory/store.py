"""Open the observatory database (a SQLite file by default, or a PostgreSQL URL) at its head.

Reuses ``core.db``: the same engine pragmas (WAL, foreign keys, busy timeout) and the
same ``Database`` with ``write_connection`` (BEGIN IMMEDIATE on SQLite). The schema is
brought to head by the observatory's own Alembic scripts when the database is opened.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..db import Database, check_writable_location, make_engine, sqlite_path, to_url
from ..errors import NewerDatabaseError, StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "obs_alembic_version"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def open_observatory(location: str | Path) -> Database:
    """The observatory database at ``location`` (path, URL or ``:memory:``), migrated to head."""
    url = to_url(location)
    path = sqlite_path(url)
    if path is not None:
        check_writable_location(path)
    engine = make_engine(url)
    db = Database(url=url, engine=engine)
    try:
        _upgrade(db)
    except NewerDatabaseError:
        db.close()
        raise
    except (OperationalError, SQLAlchemyError) as exc:
        db.close()
        from ..errors import explain

        raise StorageError(
            f"Base de l'observatoire inaccessible ({url.split('@')[-1]}) : {explain(exc) or exc.orig or exc}"
        ) from exc
    except Exception:
        db.close()
        raise
    return db


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()


def _upgrade(db: Database) -> None:
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    revision = current_revision(db)
    if revision is not None and revision not in known:
        raise NewerDatabaseError(
            "La base de l'observatoire a été créée par une version plus récente du logiciel : "
            "mettez-le à jour."
        )
    if revision == head_revision():
        return
    cfg = alembic_config()
    with db.engine.execution_options(tl_write=True).connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
