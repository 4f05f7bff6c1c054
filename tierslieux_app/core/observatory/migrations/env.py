"""Alembic environment of the observatory database (apart from a tiers-lieu's database).

``tierslieux_app.core.observatory.store`` hands its connection over in
``config.attributes["connection"]``.
"""

from alembic import context

from tierslieux_app.core.observatory.models import metadata

config = context.config


def run_migrations() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table="obs_alembic_version",
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
