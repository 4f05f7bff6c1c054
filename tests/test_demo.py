"""The demo database: reproducible from its seed, true to every service rule, sound for ``check``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sqlite3
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql

from tierslieux_app import cli
from tierslieux_app.core import fields as F
from tierslieux_app.core import models as M
from tierslieux_app.core import vocab as V
from tierslieux_app.core.completeness import check_year
from tierslieux_app.core.db import Database
from tierslieux_app.core.demo import SIZES, DemoRefused, DemoSummary, HoursPlan, generate, uuid4_text
from tierslieux_app.core.services import aggregates
from tierslieux_app.core.storage import open_database

# The journal's own lines (time of writing, installation) are bookkeeping, not demo data.
DATA_TABLES = sorted(set(M.Base.metadata.tables) - {"change_log", "app_setting"})
RULES = {
    M.Structure: F.STRUCTURE,
    M.StructureYear: F.STRUCTURE_YEAR,
    M.Organisation: F.ORGANISATION,
    M.Project: F.PROJECT,
    M.Participant: F.PARTICIPANT,
    M.Participation: F.PARTICIPATION,
    M.TimeEntry: F.TIME_ENTRY,
    M.Output: F.OUTPUT,
    M.ProjectPartner: F.PROJECT_PARTNER,
    M.Funding: F.FUNDING,
}


def make_demo(path: Path, seed: int = 1, **kwargs: Any) -> DemoSummary:
    db = open_database(path)
    try:
        return generate(db, seed=seed, **kwargs)
    finally:
        db.close()


def dump(path: Path) -> list[tuple[str, tuple[object, ...]]]:
    """Every row of every data table, in insertion order."""
    conn = sqlite3.connect(path)
    try:
        return [
            (name, tuple(row))
            for name in DATA_TABLES
            for row in conn.execute(f"SELECT * FROM {name} ORDER BY rowid")
        ]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One small demo (seed 1) shared by the read-only tests of this module."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TIERSLIEUX_HOME", str(tmp_path_factory.mktemp("home")))
        path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
        make_demo(path)
        yield path


@pytest.fixture
def demo_db(demo: Path) -> Iterator[Database]:
    database = open_database(demo, readonly=True)
    yield database
    database.close()


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_command_creates_a_demo_that_check_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite3"
    assert cli.main(["demo", "--db", str(path), "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Base de démonstration créée" in out
    assert "Heures : 5\u202f000 saisies" in out
    assert "Intégrité : ok" in out
    assert cli.main(["check", "--db", str(path)]) == 0


def test_command_refuses_a_database_that_has_data(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = dump(demo)
    assert cli.main(["demo", "--db", str(demo), "--seed", "2"]) == 2
    assert "contient déjà des données" in capsys.readouterr().err
    assert dump(demo) == before


def test_refuses_a_database_with_a_structure(sample, db) -> None:
    with pytest.raises(DemoRefused, match="nouveau fichier"):
        generate(db)


def test_small_demo_counts(demo: Path) -> None:
    counts = {name: query(demo, f"SELECT count(*) FROM {name}")[0][0] for name in DATA_TABLES}
    assert counts["structure"] == 1
    assert counts["project"] == 12
    assert counts["participant"] == 80
    assert counts["time_entry"] == 5_000
    assert counts["output"] == 60
    assert 15 <= counts["organisation"] <= 60
    assert 12 <= counts["project_partner"] <= 80
    assert 80 <= counts["participation"] <= 250
    assert [y for (y,) in query(demo, "SELECT year FROM structure_year ORDER BY year")] == [2023, 2024, 2025]
    programmes = {p for (p,) in query(demo, "SELECT DISTINCT programme FROM funding")}
    assert {"anr_saps", "ademe_co3", "fonjep_recherche", "region"} <= programmes
    types = {t for (t,) in query(demo, "SELECT DISTINCT output_type FROM output")}
    assert types == set(V.OUTPUT_TYPE.codes)
    events = query(demo, "SELECT subtype, min(attendees) FROM output WHERE attendees IS NOT NULL GROUP BY 1")
    assert {"atelier", "evenement"} <= {s for s, _ in events}
    assert all(n > 0 for _, n in events)


def test_every_row_passes_the_field_rules(demo_db) -> None:
    with demo_db.read() as session:
        for model, rules in RULES.items():
            names = {f.name for f in rules}
            rows = session.scalars(select(model)).all()
            assert rows, model.__tablename__
            for obj in rows:
                data = {k: getattr(obj, k) for k in names if getattr(obj, k) is not None}
                F.clean_or_raise(rules, data)  # raises ValidationError naming the field
                assert uuid.UUID(obj.id).version == 4


def test_hours_respect_participations_and_dates(demo: Path) -> None:
    not_member = """SELECT count(*) FROM time_entry t LEFT JOIN participation p
        ON p.participant_id = t.participant_id AND p.project_id = t.project_id WHERE p.id IS NULL"""
    outside_project = """SELECT count(*) FROM time_entry t JOIN project p ON p.id = t.project_id
        WHERE t.date < p.start_date OR t.date > p.end_date"""
    outside_participation = """SELECT count(*) FROM time_entry t JOIN participation p
        ON p.participant_id = t.participant_id AND p.project_id = t.project_id
        WHERE t.date < p.start_date OR (p.end_date IS NOT NULL AND t.date > p.end_date)"""
    participation_outside = """SELECT count(*) FROM participation a JOIN project p ON p.id = a.project_id
        WHERE a.start_date < p.start_date OR a.start_date > p.end_date
        OR (a.end_date IS NOT NULL AND (a.end_date > p.end_date OR a.end_date < a.start_date))"""
    future = "SELECT count(*) FROM time_entry WHERE date > '2025-12-31'"
    # Nobody logs more than a day's work: one entry a day per person, all projects together.
    two_a_day = """SELECT count(*) FROM (SELECT 1 FROM time_entry GROUP BY participant_id, date
        HAVING count(*) > 1)"""
    for sql in (not_member, outside_project, outside_participation, participation_outside, future, two_a_day):
        assert query(demo, sql) == [(0,)], sql
    low, high, kinds = query(
        demo, "SELECT min(hours), max(hours), count(DISTINCT typeof(hours)) FROM time_entry"
    )[0]
    assert low >= 1 and high <= 2400 and kinds == 1
    assert query(demo, "SELECT count(*) FROM project WHERE end_date < start_date") == [(0,)]


def test_same_seed_gives_identical_content_and_other_seed_differs(tmp_path: Path, demo: Path) -> None:
    again = tmp_path / "again.sqlite3"
    make_demo(again, seed=1)
    assert dump(again) == dump(demo)
    other = tmp_path / "other.sqlite3"
    make_demo(other, seed=2)
    first, second = dump(demo), dump(other)
    assert len(first) > 5_000 and first != second
    ids = {row[1][0] for row in first if row[0] == "time_entry"}
    assert not ids & {row[1][0] for row in second if row[0] == "time_entry"}


def test_chunk_size_changes_nothing_and_progress_reaches_the_total(tmp_path: Path) -> None:
    size = dataclasses.replace(SIZES["small"], hours=1_234)
    calls: list[tuple[int, int]] = []
    summary = make_demo(
        tmp_path / "a.sqlite3", size=size, chunk=200, progress=lambda d, t: calls.append((d, t))
    )
    make_demo(tmp_path / "b.sqlite3", size=size)
    assert summary.counts["time_entry"] == 1_234
    assert dump(tmp_path / "a.sqlite3") == dump(tmp_path / "b.sqlite3")
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(calls) > 7
    assert calls[-1][0] == calls[-1][1] == sum(summary.counts.values())


def test_year_figures_and_completeness_work_on_the_demo(demo_db, demo: Path) -> None:
    years = aggregates.years_with_data(demo_db)
    assert {2023, 2024, 2025} <= set(years)
    for year in (2023, 2024, 2025):
        figures = aggregates.year_figures(demo_db, year)
        (hundredths,) = query(demo, f"SELECT sum(hours) FROM time_entry WHERE date LIKE '{year}-%'")[0]
        assert figures.hours_total == Decimal(hundredths) / 100 > 0
        assert figures.participants_total > 5 and figures.active_projects >= 3
        assert figures.funding_total > 0 and figures.outputs_total > 0
        assert figures.hours_by_type["benevole"] > 0 and figures.volunteer_valuation > 0
        assert not [f for f in check_year(demo_db, year) if f.blocking]


def test_fast_uuid_text_is_the_standard_uuid4() -> None:
    rng = random.Random(0)
    for bits in [0, (1 << 128) - 1, *(rng.getrandbits(128) for _ in range(2_000))]:
        assert uuid4_text(bits) == str(uuid.UUID(int=bits, version=4))


def test_hours_are_encoded_for_postgresql_by_the_model_types() -> None:
    """No PostgreSQL server here: check the values handed to the driver are native types."""
    plan = HoursPlan(1, dataclasses.replace(SIZES["small"], hours=300))
    rows = [row for chunk in plan.time_entry_chunks(postgresql.dialect(), 100) for row in chunk]
    assert len(rows) == 300
    for row in rows:
        assert type(row["date"]) is dt.date and isinstance(row["hours"], int)
        assert isinstance(row["created_at"], dt.datetime) and row["created_at"].tzinfo is None
        assert row["created_at"].date() >= row["date"]
