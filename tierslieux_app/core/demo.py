"""A deterministic, realistic demonstration database (``tierslieux demo``).

Everything comes from one ``random.Random(seed)`` (and Faker seeded alike): the
same seed gives the same rows, ids and timestamps, so that screenshots, tests and
benchmarks are reproducible. The data obeys every service rule: hours in (0, 24]
with two decimals, only by members of the project, inside the project's and the
participation's dates. The hours (up to a million rows) are generated in chunks,
each distinct value encoded once by the model's own column types, and inserted
with Core ``executemany`` so that memory stays flat and PostgreSQL works too.
"""

from __future__ import annotations

import bisect
import datetime as dt
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import column, func, insert, select, table

from . import demo_data as D
from . import models as M
from .db import Database
from .demo_rows import TABLE_ORDER, Member, RowPlan, expand
from .errors import TiersLieuxError
from .types import from_hundredths

Row = dict[str, Any]
Progress = Callable[[int, int], None]
CHUNK = 50_000
LAST_YEAR = 2025  # the demo's "current" year: fixed, so the data never depends on today's date


@dataclass(frozen=True)
class Size:
    """How much data: years of activity and counts (``hours`` = number of time entries)."""

    name: str
    years: int
    projects: int
    participants: int
    hours: int
    outputs: int
    organisations: int  # partner associations, cooperatives, companies, local services


SIZES = {
    "small": Size("small", years=3, projects=12, participants=80, hours=5_000, outputs=60, organisations=14),
    "large": Size(
        "large", years=10, projects=400, participants=5_000, hours=1_000_000, outputs=2_400, organisations=150
    ),
}


class DemoRefused(TiersLieuxError):
    """The target database already holds data: a demo only goes into a new file."""


@dataclass
class DemoSummary:
    seed: int
    size: str
    structure: str
    commune: str
    first_year: int
    last_year: int
    counts: dict[str, int]
    hours_total: Decimal


def generate(
    db: Database,
    *,
    seed: int = 1,
    size: str | Size = "small",
    progress: Progress | None = None,
    chunk: int = CHUNK,
) -> DemoSummary:
    """Fill an empty database with the demo in one transaction (all or nothing).

    ``progress(done, total)`` is called after each batch of rows (for a progress bar).
    """
    spec = SIZES[size] if isinstance(size, str) else size
    with db.read() as session:  # refuse before spending seconds on the plan
        _refuse_if_not_empty(session)
    plan = HoursPlan(seed, spec)
    with db.write_connection() as conn:
        _refuse_if_not_empty(conn)  # again, under the write lock
        total = sum(len(rows) for rows in plan.rows.values()) + spec.hours
        done = 0
        for name in TABLE_ORDER:
            rows = plan.rows[name]
            for start in range(0, len(rows), chunk):
                conn.execute(insert(M.Base.metadata.tables[name]), rows[start : start + chunk])
            done += len(rows)
            if progress:
                progress(done, total)
        with _bigger_cache(conn, db.is_sqlite):
            for rows in plan.time_entry_chunks(conn.dialect, chunk):
                conn.execute(insert(_TIME_ENTRY_RAW), rows)
                done += len(rows)
                if progress:
                    progress(done, total)
    counts = {name: len(rows) for name, rows in plan.rows.items()}
    counts["time_entry"] = plan.entries_written
    return DemoSummary(
        seed=seed,
        size=spec.name,
        structure=plan.structure["name"],
        commune=plan.commune.name,
        first_year=plan.first_year,
        last_year=plan.last_year,
        counts=counts,
        hours_total=from_hundredths(plan.hundredths_written) or Decimal(0),
    )


def _refuse_if_not_empty(conn: Any) -> None:
    """``conn``: a Core connection or a session (both have ``scalar``)."""
    for model in (M.Structure, M.Project, M.Participant, M.Organisation):
        if conn.scalar(select(func.count()).select_from(model)):
            raise DemoRefused(
                "Cette base contient déjà des données : la démonstration ne s'écrit que dans une "
                "base vide. Indiquez un nouveau fichier (par exemple demo.sqlite3)."
            )


@contextmanager
def _bigger_cache(conn: Any, sqlite: bool) -> Iterator[None]:
    """A 128 MiB SQLite page cache while the hours go in (random keys), then the previous size."""
    if not sqlite:
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar())
    conn.exec_driver_sql("PRAGMA cache_size=-131072")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={before}")


ENTRY_COLUMNS = (
    "id",
    "participant_id",
    "project_id",
    "date",
    "hours",
    "time_type",
    "activity",
    "note",
    "created_at",
    "updated_at",
)
# Untyped on purpose: values arrive already in storage form (see ``time_entry_chunks``).
_TIME_ENTRY_RAW = table("time_entry", *(column(c) for c in ENTRY_COLUMNS))
MOMENTS = 8  # moments per day at which an entry may have been typed


def uuid4_text(bits: int) -> str:
    """``str(uuid.UUID(int=bits, version=4))`` in a third of the time (a million calls)."""
    bits = (bits & ~(0xC000 << 48) & ~(0xF000 << 64)) | (0x8000 << 48) | (0x4000 << 64)
    h = f"{bits:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def fixed_holidays(year: int) -> set[dt.date]:
    return {dt.date(year, m, d) for m, d in ((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11))}


class HoursPlan(RowPlan):
    """The small tables (``RowPlan``) plus the hours: how many per participation, then the rows."""

    def __init__(self, seed: int, spec: Size) -> None:
        counts = {
            "projects": spec.projects,
            "participants": spec.participants,
            "outputs": spec.outputs,
            "organisations": spec.organisations,
        }
        super().__init__(seed, years=spec.years, last_year=LAST_YEAR, counts=counts)
        self.entries_written = 0
        self.hundredths_written = 0
        self.work_days, self.saturdays = self._calendar()
        self._allocate(spec.hours)

    def _calendar(self) -> tuple[list[int], list[int]]:
        """Day indexes open to work (weekdays but holidays and most of August), and Saturdays."""
        holidays: set[dt.date] = set()
        for year in range(self.first_year, self.last_year + 1):
            holidays |= fixed_holidays(year)
        work, saturdays = [], []
        for i in range(self.index(self.last_day) + 1):
            day = self.day0 + dt.timedelta(days=i)
            if day in holidays or (day.month == 12 and day.day >= 24):
                continue
            if day.month == 8 and day.day <= 22 and self.rng.random() < 0.85:
                continue
            if day.weekday() < 5:
                work.append(i)
            elif day.weekday() == 5:
                saturdays.append(i)
        return work, saturdays

    def _days(self, m: Member) -> list[int]:
        """The free days of a participation (inside its dates), ascending."""
        days = self.work_days[
            bisect.bisect_left(self.work_days, m.first) : bisect.bisect_right(self.work_days, m.last)
        ]
        if m.saturdays:
            sats = self.saturdays[
                bisect.bisect_left(self.saturdays, m.first) : bisect.bisect_right(self.saturdays, m.last)
            ]
            days = sorted(days + sats)
        return days

    def _free_days(self, m: Member) -> int:
        """``len(self._days(m))`` without building the list."""
        count = bisect.bisect_right(self.work_days, m.last) - bisect.bisect_left(self.work_days, m.first)
        if m.saturdays:
            count += bisect.bisect_right(self.saturdays, m.last) - bisect.bisect_left(self.saturdays, m.first)
        return count

    def _allocate(self, wanted: int) -> None:
        """Spread ``wanted`` entries over participations, by role weight.

        A person has at most one entry a day, all projects together, so that nobody
        logs more than a day's work; what a busy person cannot take goes to others.
        """
        members = [m for m in self.members if m.first <= m.last]
        targets = self._targets(members, wanted)
        ndays = self.index(self.last_day) + 1
        used: dict[str, bytearray] = {}
        chosen = [array("H") for _ in members]
        rng = self.rng

        def take(i: int, limit: int) -> int:
            taken = used.setdefault(members[i].participant_id, bytearray(ndays))
            free = [d for d in self._days(members[i]) if not taken[d]]
            days = rng.sample(free, min(limit, len(free)))
            for d in days:
                taken[d] = 1
            chosen[i].extend(days)
            return len(days)

        # Project leads choose their days first; the others fit around their own other projects.
        order = sorted(range(len(members)), key=lambda i: -members[i].weight)
        remaining = wanted - sum(take(i, targets[i]) for i in order)
        for _ in range(10):  # top up what busy people could not take, in proportion to free room
            if remaining <= 0:
                break
            room = [self._free_days(members[i]) - len(chosen[i]) for i in range(len(members))]
            total_room = sum(room)
            if total_room <= 0:
                break
            before = remaining
            for i in order:
                if remaining <= 0:
                    break
                if room[i] > 0:
                    remaining -= take(i, min(remaining, -(-before * room[i] // total_room)))
        if remaining > 0:
            raise ValueError(f"demo size too dense: {remaining} of {wanted} entries find no free day")
        self.hour_members = members
        self.hour_days = [array("H", sorted(days)) for days in chosen]

    def _targets(self, members: list[Member], wanted: int) -> list[int]:
        """Entries wanted per participation: proportional to role weight x free days, capped."""
        caps = [self._free_days(m) for m in members]
        counts = [0] * len(members)
        remaining = wanted
        for _ in range(30):
            room = [(i, caps[i] - counts[i]) for i in range(len(members)) if counts[i] < caps[i]]
            mass = sum(members[i].weight * free for i, free in room)
            if remaining <= 0 or not mass:
                break
            for i, free in room:
                counts[i] += min(free, int(remaining * members[i].weight * free / mass))
            remaining = wanted - sum(counts)
        return counts

    def time_entry_chunks(self, dialect: Any, chunk: int) -> Iterator[list[Row]]:
        """The hours, ``chunk`` rows at a time, already in the database's storage form."""
        columns = M.TimeEntry.__table__.c

        def encoder(name: str) -> Callable[[Any], Any]:
            proc = columns[name].type.dialect_impl(dialect).bind_processor(dialect)
            return proc or (lambda value: value)

        enc_date, enc_hours, enc_stamp = encoder("date"), encoder("hours"), encoder("created_at")
        ndays = self.index(self.last_day) + 1
        dates = [enc_date(self.day0 + dt.timedelta(days=i)) for i in range(ndays)]
        # Typed the same evening or within the next two days.
        midnight = dt.datetime.combine(self.day0, dt.time(), tzinfo=dt.UTC)
        moments = [
            enc_stamp(midnight + dt.timedelta(days=i + v % 3, hours=17 + v // 3, minutes=(13 * v) % 60))
            for i in range(ndays)
            for v in range(MOMENTS)
        ]
        hour_lists = {
            t: [(round(h * 100), enc_hours(Decimal(str(h)))) for h in values]
            for t, values in D.HOURS_BY_TYPE.items()
        }
        activities = {role: expand(spec) for role, spec in D.ACTIVITIES_BY_ROLE.items()}
        rng = self.rng
        rand, bits = rng.random, rng.getrandbits
        batch: list[Row] = []
        for m, days in zip(self.hour_members, self.hour_days, strict=True):
            hours, acts = hour_lists[m.time_type], activities[m.role]
            nh, na = len(hours), len(acts)
            total = 0
            for d in days:
                hundredths, stored = hours[int(rand() * nh)]
                activity = acts[int(rand() * na)]
                note = rng.choice(D.NOTES_BY_ACTIVITY[activity]) if rand() < 0.03 else None
                moment = moments[d * MOMENTS + int(rand() * MOMENTS)]
                total += hundredths
                batch.append(
                    {
                        "id": uuid4_text(bits(128)),
                        "participant_id": m.participant_id,
                        "project_id": m.project_id,
                        "date": dates[d],
                        "hours": stored,
                        "time_type": m.time_type,
                        "activity": activity,
                        "note": note,
                        "created_at": moment,
                        "updated_at": moment,
                    }
                )
                if len(batch) >= chunk:
                    self.entries_written += len(batch)
                    yield batch
                    batch = []
            self.hundredths_written += total
        if batch:
            self.entries_written += len(batch)
            yield batch
