"""The observatory database: migrations match the models, and a newer database is refused."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from tierslieux_app.core.errors import NewerDatabaseError
from tierslieux_app.core.observatory import models as M
from tierslieux_app.core.observatory.store import (
    VERSION_TABLE,
    current_revision,
    head_revision,
    open_observatory,
)


def test_migrations_create_exactly_the_models(tmp_path):
    db = open_observatory(tmp_path / "obs.sqlite3")
    try:
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"compare_type": True, "version_table": VERSION_TABLE}
            )
            diffs = [d for d in compare_metadata(ctx, M.metadata) if "alembic" not in repr(d)]
        assert diffs == []
        assert {"obs_temps", "obs_indicateurs", "obs_submission", "obs_import_history"} <= set(
            M.metadata.tables
        )
    finally:
        db.close()


def test_reopening_keeps_data_and_unknown_revision_is_refused(tmp_path):
    path = tmp_path / "obs.sqlite3"
    open_observatory(path).close()
    db = open_observatory(path)
    with db.write_connection() as conn:
        conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'zzz_future'"))
    db.close()
    with pytest.raises(NewerDatabaseError):
        open_observatory(path)


def test_every_format_table_has_its_table():
    from tierslieux_app.core.format import descriptor

    for spec in descriptor.load().tables:
        table = M.data_tables[spec.name]
        assert [c.name for c in table.columns] == ["submission_id", *spec.field_names]
