"""The observatory database: submissions, the tables of format v1 keyed by submission, history.

Its own metadata, apart from a tiers-lieu's database. The data tables mirror the
published descriptor, one column per field, plus ``submission_id``. Decimal numbers
are stored as integers scaled by their published number of decimals (hours in
hundredths…), so that sums are exact on SQLite and PostgreSQL alike; dates are ISO
text. A multi-valued column (codes separated by « ; ») is also spread into a child table,
one row per code (``MULTI_VALUED``: typologies, and since format 1.1 agréments, networks and
the projects' forms of engagement), so that the national report can GROUP BY it.

Files of format 1.0 and 1.1 share the store: a 1.0 submission (``obs_submission.version_format``)
leaves the 1.1 columns NULL and has no rows in the 1.1 tables, which the report reads as « non
renseigné », never as 0 (``consolidate.informed``).

The schema is created by the migrations in ``migrations/versions`` (frozen copies);
``tests/test_observatory_store.py`` checks that they match these models.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from ..format import descriptor as descriptor_mod
from ..format.descriptor import FieldSpec

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)
PREFIX = "obs_"

submission = Table(
    "obs_submission",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("structure_id", String(64), nullable=False),
    Column("structure_nom", Text, nullable=False, server_default=""),
    Column("identifiant", String(64), nullable=False, server_default=""),
    Column("annee", Integer, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("version_format", String(20), nullable=False),
    Column("date_export", String(32), nullable=False),  # ISO 8601 UTC, as written by the exporter
    Column("date_import", String(32), nullable=False),
    Column("fichier", Text, nullable=False),
    Column("courant", Boolean, nullable=False),
    Index("ix_obs_submission_structure_annee", "structure_id", "annee"),
    Index("ix_obs_submission_annee_courant", "annee", "courant"),
)

history = Table(
    "obs_import_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("date", String(32), nullable=False),
    Column("fichier", Text, nullable=False),
    Column("structure_id", String(64), nullable=False, server_default=""),
    Column("annee", Integer, nullable=True),
    Column("digest", String(64), nullable=False, server_default=""),
    Column("date_export", String(32), nullable=False, server_default=""),
    # importe | remplace | ignore_ancien | ignore_identique | refuse
    Column("action", String(20), nullable=False),
    Column("submission_id", Integer, ForeignKey("obs_submission.id", ondelete="SET NULL"), nullable=True),
    Column("replaced_id", Integer, ForeignKey("obs_submission.id", ondelete="SET NULL"), nullable=True),
    Column("message", Text, nullable=False, server_default=""),
)

structure_typologie = Table(
    "obs_structure_typologie",
    metadata,
    Column("submission_id", Integer, ForeignKey("obs_submission.id", ondelete="CASCADE"), primary_key=True),
    Column("typologie", String(40), primary_key=True),
)

structure_agrement = Table(
    "obs_structure_agrement",
    metadata,
    Column("submission_id", Integer, ForeignKey("obs_submission.id", ondelete="CASCADE"), primary_key=True),
    Column("agrement", String(40), primary_key=True),
)

structure_reseau = Table(
    "obs_structure_reseau",
    metadata,
    Column("submission_id", Integer, ForeignKey("obs_submission.id", ondelete="CASCADE"), primary_key=True),
    Column("reseau", String(40), primary_key=True),
)

projet_forme_engagement = Table(
    "obs_projet_forme_engagement",
    metadata,
    Column("submission_id", Integer, ForeignKey("obs_submission.id", ondelete="CASCADE"), primary_key=True),
    Column("projet_id", Text, primary_key=True),
    Column("forme_engagement", String(40), primary_key=True),
)

# (data table, multi-valued column) → (child table, the data table's key columns it repeats).
MULTI_VALUED: dict[tuple[str, str], tuple[Table, tuple[str, ...]]] = {
    ("structure", "typologie"): (structure_typologie, ()),
    ("structure", "agrements"): (structure_agrement, ()),
    ("structure", "reseaux"): (structure_reseau, ()),
    ("projets", "forme_engagement"): (projet_forme_engagement, ("projet_id",)),
}


def column_type(f: FieldSpec) -> object:
    if f.type == "integer":
        return BigInteger()
    if f.type == "number":
        return BigInteger()  # scaled by 10**decimals
    if f.type == "boolean":
        return Boolean()
    if f.type == "date":
        return String(10)
    if f.type == "yearmonth":
        return String(7)
    return Text()


def scale(f: FieldSpec) -> int:
    """Power of ten a stored number is multiplied by (0 for non-numbers)."""
    return (f.decimals if f.decimals is not None else 2) if f.type == "number" else 0


def from_stored(f: FieldSpec, value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value).scaleb(-scale(f))


def _data_tables() -> dict[str, Table]:
    d = descriptor_mod.load()
    out = {}
    for spec in d.tables:
        cols = [
            Column(
                "submission_id",
                Integer,
                ForeignKey("obs_submission.id", ondelete="CASCADE"),
                primary_key=True,
            )
        ]
        for f in spec.fields:
            cols.append(
                Column(
                    f.name, column_type(f), primary_key=f.name in spec.primary_key, nullable=not f.required
                )
            )
        out[spec.name] = Table(PREFIX + spec.name, metadata, *cols)
    return out


data_tables = _data_tables()
