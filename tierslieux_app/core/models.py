"""The data model of a tiers-lieu's participatory research (SQLAlchemy 2, typed).

Every record has a random UUID key so that data typed offline on several
machines can later be merged without renumbering.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import CodeList, Hours, Money, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record(Base):
    """Common columns: UUID key and UTC creation/update times."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Structure(Record):
    __tablename__ = "structure"

    name: Mapped[str] = mapped_column(String(200))
    siret: Mapped[str | None] = mapped_column(String(14))
    rna: Mapped[str | None] = mapped_column(String(10))
    legal_form: Mapped[str] = mapped_column(String(32))
    tsr_category: Mapped[str] = mapped_column(String(32))
    insee_code: Mapped[str | None] = mapped_column(String(5))
    commune: Mapped[str | None] = mapped_column(String(120))
    postal_code: Mapped[str | None] = mapped_column(String(5))
    departement: Mapped[str | None] = mapped_column(String(3))
    region: Mapped[str | None] = mapped_column(String(80))
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(254))
    founding_year: Mapped[int | None] = mapped_column(Integer)
    typology: Mapped[list[str]] = mapped_column(CodeList(300), default=list)
    # revision 0006 (format 1.1.0)
    insee_legal_category: Mapped[str | None] = mapped_column(String(4))
    approvals: Mapped[list[str]] = mapped_column(CodeList(200), default=list)
    networks: Mapped[list[str]] = mapped_column(CodeList(200), default=list)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG or JPEG, for the documents


class StructureYear(Record):
    __tablename__ = "structure_year"
    __table_args__ = (UniqueConstraint("structure_id", "year"),)

    structure_id: Mapped[str] = mapped_column(ForeignKey("structure.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    employees: Mapped[int | None] = mapped_column(Integer)
    fte: Mapped[float | None] = mapped_column(Float)
    research_fte: Mapped[float | None] = mapped_column(Float)
    active_volunteers: Mapped[int | None] = mapped_column(Integer)
    total_budget: Mapped[Decimal | None] = mapped_column(Money)
    research_budget: Mapped[Decimal | None] = mapped_column(Money)
    public_subsidy_share: Mapped[float | None] = mapped_column(Float)
    volunteer_hourly_rate: Mapped[Decimal] = mapped_column(Money)
    hours_per_fte: Mapped[int] = mapped_column(Integer, default=1607)


class JobLine(Record):
    """Jobs of one contract type in one year (revision 0006, format 1.1.0 ``emplois``).

    Headcount on 31 December; FTE over the year, of which ``research_fte`` on research.
    """

    __tablename__ = "job_line"
    __table_args__ = (
        UniqueConstraint("structure_id", "year", "contract_type"),
        CheckConstraint("headcount >= 0 AND fte >= 0 AND research_fte >= 0", name="not_negative"),
    )

    structure_id: Mapped[str] = mapped_column(ForeignKey("structure.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    contract_type: Mapped[str] = mapped_column(String(32))
    headcount: Mapped[int] = mapped_column(Integer, default=0)
    fte: Mapped[float] = mapped_column(Float, default=0.0)
    research_fte: Mapped[float] = mapped_column(Float, default=0.0)


class OrgChange(Record):
    """An organisational change of one year (revision 0006, format 1.1.0 ``evolutions``).

    ``description`` is short and is sent to the observatory only when ``shared``; the service
    refuses a description that names a participant, an e-mail or a phone number.
    """

    __tablename__ = "org_change"
    __table_args__ = (Index("ix_org_change_structure_id_year", "structure_id", "year"),)

    structure_id: Mapped[str] = mapped_column(ForeignKey("structure.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(300))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)


class Organisation(Record):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200), index=True)
    org_type: Mapped[str] = mapped_column(String(32))
    sector: Mapped[str] = mapped_column(String(32))
    siret: Mapped[str | None] = mapped_column(String(14))
    rna: Mapped[str | None] = mapped_column(String(10))
    ror: Mapped[str | None] = mapped_column(String(40))


class Project(Record):
    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"),
    )

    title: Mapped[str] = mapped_column(String(300), index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    themes: Mapped[list[str]] = mapped_column(CodeList(300), default=list)
    participation_level: Mapped[str | None] = mapped_column(String(32))
    knowledge: Mapped[list[str]] = mapped_column(CodeList(100), default=list)
    charter_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    total_budget: Mapped[Decimal | None] = mapped_column(Money)
    engagement_forms: Mapped[list[str]] = mapped_column(CodeList(100), default=list)  # revision 0006


class Participant(Record):
    __tablename__ = "participant"

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(30))
    category: Mapped[str] = mapped_column(String(32))
    sector: Mapped[str] = mapped_column(String(32))
    affiliation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    pid: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)


class Participation(Record):
    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("participant_id", "project_id"),)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class TimeEntry(Record):
    __tablename__ = "time_entry"
    __table_args__ = (
        CheckConstraint("hours > 0 AND hours <= 2400", name="hours_range"),
        Index("ix_time_entry_project_id_date", "project_id", "date"),
        Index("ix_time_entry_participant_id_date", "participant_id", "date"),
        # Every column a year's GROUP BYs read (figures, charts, export): answered from the index
        # alone. It starts with date, so it also serves every search by date (no separate index).
        Index(
            "ix_time_entry_date_covering",
            "date",
            "project_id",
            "participant_id",
            "time_type",
            "activity",
            "hours",
        ),
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Hours)
    time_type: Mapped[str] = mapped_column(String(32))
    activity: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)


class Output(Record):
    __tablename__ = "output"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    output_type: Mapped[str | None] = mapped_column(String(32))
    subtype: Mapped[str] = mapped_column(String(32), default="aucun")
    identifier: Mapped[str | None] = mapped_column(String(500))
    open_access: Mapped[bool] = mapped_column(Boolean, default=False)
    audiences: Mapped[list[str]] = mapped_column(CodeList(200), default=list)
    non_academic_coauthors: Mapped[bool] = mapped_column(Boolean, default=False)
    attendees: Mapped[int | None] = mapped_column(Integer)


class OutputAuthor(Base):
    """Participants who authored an output (optional)."""

    __tablename__ = "output_author"

    output_id: Mapped[str] = mapped_column(ForeignKey("output.id", ondelete="CASCADE"), primary_key=True)
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ProjectPartner(Record):
    __tablename__ = "project_partner"
    __table_args__ = (UniqueConstraint("project_id", "organisation_id", "role"),)

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(32))


class Funding(Record):
    __tablename__ = "funding"

    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    funder_id: Mapped[str] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"), index=True)
    programme: Mapped[str] = mapped_column(String(32))
    amount: Mapped[Decimal] = mapped_column(Money)
    year: Mapped[int] = mapped_column(Integer, index=True)
    nature: Mapped[str] = mapped_column(String(32))
    reference: Mapped[str | None] = mapped_column(String(200))


# -- data safety (revision 0002) ---------------------------------------------------------


class ChangeLog(Base):
    """One line per created, updated or deleted record (see core/journal.py).

    ``summary`` never holds the values of a participant's personal fields, only
    their names, so that erasing a person does not leave them in the journal.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_table_name_record_id", "table_name", "record_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    installation: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete, bulk, erase
    summary: Mapped[str] = mapped_column(Text, default="")


class AppSetting(Base):
    """Settings that belong to the database (shared by every machine that opens it)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# -- merging lots between machines (revision 0003) ----------------------------------------


class SyncRecord(Base):
    """What this database knows of one record for merging (core/sync/).

    ``version`` is a version vector (JSON ``{replica: counter}``); ``digest`` the
    hash of the record's values when the version was last set; a deleted record
    keeps its row here with ``deleted`` true (a tombstone) so that the deletion
    travels. ``seq`` orders local changes, so that a lot carries only what is new.
    """

    __tablename__ = "sync_record"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    version: Mapped[str] = mapped_column(Text)
    digest: Mapped[str | None] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    seq: Mapped[int] = mapped_column(Integer, index=True)


class SyncPeer(Base):
    """Another machine lots are exchanged with: the last change sent to it."""

    __tablename__ = "sync_peer"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class SyncPending(Base):
    """A received record whose parent is not (yet) in this base: applied as soon as it is.

    A person deleted here but kept by another machine comes back once the conflict is
    settled; the hours and participations received with it wait here meanwhile, since the
    other machine will not send them again.
    """

    __tablename__ = "sync_pending"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    source: Mapped[str] = mapped_column(String(100))
    found_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    item: Mapped[str] = mapped_column(Text)  # the record as received (JSON: version, values)


class SyncConflict(Base):
    """A record changed on both sides since they last met: waits for a person's choice."""

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(String(100))
    found_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    remote_version: Mapped[str] = mapped_column(Text)
    remote_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    remote_values: Mapped[str] = mapped_column(Text, default="{}")
