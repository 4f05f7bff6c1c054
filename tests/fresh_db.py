"""Fresh databases at head for the tests: copies of one file migrated once per session.

Running the migrations costs about 0.15 s a database; copying a migrated file costs a
millisecond. The template is made by the application's own ``open_database`` (the
session fixture ``head_template`` in tests/conftest.py sets ``TEMPLATE``); creating,
migrating and upgrading databases are tested on their own (test_migrations, test_db…).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tierslieux_app.core.db import Database

TEMPLATE: Path | None = None


def make_template(folder: Path) -> Path:
    """A new database file brought to head by ``open_database``, checkpointed (one whole file)."""
    from tierslieux_app.core.storage import open_database

    path = folder / "head.sqlite3"
    open_database(path).close()
    assert not path.with_name(path.name + "-wal").exists()
    return path


def open_fresh(location: str | Path = ":memory:") -> Database:
    """A new database at head, opened by ``open_database`` as the tests did before: in memory
    (``":memory:"``) or a new file at ``location``, starting from a copy of the template."""
    from tierslieux_app.core.storage import current_revision, head_revision, open_database

    assert TEMPLATE is not None, "the session fixture head_template sets the template"
    if str(location) != ":memory:":
        path = Path(location)
        assert not path.exists(), path
        shutil.copyfile(TEMPLATE, path)
        return open_database(path)
    database = open_database(":memory:", migrate=False)
    source = sqlite3.connect(TEMPLATE)
    try:
        with database.engine.connect() as conn:  # one connection (StaticPool): the database itself
            source.backup(conn.connection.driver_connection)
    finally:
        source.close()
    database.journal = current_revision(database) == head_revision()  # as open_database sets it
    assert database.journal
    return database
