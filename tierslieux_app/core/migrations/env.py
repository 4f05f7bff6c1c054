"""Alembic environment: migrations run on a connection the application hands over.

``tierslieux_app.core.storage`` opens the database, takes a backup, and passes
its connection in ``config.attributes["connection"]``; developers may also run
``alembic -c tierslieux_app/core/migrations/alembic.ini revision --autogenerate``.
"""

from alembic import context
from sqlalchemy import create_engine

from tierslieux_app.core.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
