"""Yearly figures computed in SQL agree with a plain Python count of the same random data."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from fresh_db import open_fresh
from hypothesis import given, settings
from hypothesis import strategies as st
from long_runs import count

from tierslieux_app.core import vocab as V
from tierslieux_app.core.services import (
    aggregates,
    funding,
    organisations,
    outputs,
    participants,
    projects,
    structure,
    time_entries,
)

YEARS = (2023, 2024, 2025)
FIRST, LAST = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
CENT = Decimal("0.01")


def money(hundredths: int) -> Decimal:
    """An exact two-decimal amount from an integer of hundredths."""
    return Decimal(hundredths).scaleb(-2)


@dataclass
class Dataset:
    people: list[str]  # categories
    projects: list[tuple[dt.date | None, dt.date | None]]
    entries: list[
        tuple[int, int, dt.date, int, str, str]
    ]  # person, project, date, hundredths, type, activity
    outputs: list[tuple[int, dt.date | None, str | None]]
    fundings: list[tuple[int | None, str, int, int]]  # project or None, programme, cents, year
    year: int
    params: tuple[int, int] | None  # (rate in cents, hours per FTE) entered for the year, or defaults


dates = st.dates(FIRST, LAST)


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    people = draw(st.lists(st.sampled_from(V.PARTICIPANT_CATEGORY.codes), min_size=1, max_size=5))
    spans = []
    for _ in range(draw(st.integers(1, 3))):
        start, end = draw(st.none() | dates), draw(st.none() | dates)
        if start and end and end < start:
            start, end = end, start
        spans.append((start, end))
    entries = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(people) - 1),
                st.integers(0, len(spans) - 1),
                dates,
                st.integers(1, 2400),
                st.sampled_from(V.TIME_TYPE.codes),
                st.sampled_from(V.ACTIVITY.codes),
            ),
            max_size=25,
        )
    )
    outs = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(spans) - 1),
                st.none() | dates,
                st.none() | st.sampled_from(V.OUTPUT_TYPE.codes),
            ),
            max_size=6,
        )
    )
    funds = draw(
        st.lists(
            st.tuples(
                st.none() | st.integers(0, len(spans) - 1),
                st.sampled_from(V.PROGRAMME.codes),
                st.integers(1, 10_000_000),
                st.sampled_from(YEARS),
            ),
            max_size=5,
        )
    )
    params = draw(st.none() | st.tuples(st.integers(0, 5000), st.integers(1, 3000)))
    return Dataset(people, spans, entries, outs, funds, draw(st.sampled_from(YEARS)), params)


def load(db: Any, data: Dataset) -> dict[str, list[dict[str, Any]]]:
    """Enter the dataset through the services, as the application would."""
    structure.save_structure(
        db,
        {
            "name": "Tiers-lieu",
            "legal_form": "association",
            "tsr_category": "non_marchand",
            "rna": "W751234567",
        },
    )
    if data.params:
        structure.save_year(
            db, data.year, {"volunteer_hourly_rate": money(data.params[0]), "hours_per_fte": data.params[1]}
        )
    org = organisations.create_organisation(
        db, {"name": "Région", "org_type": "collectivite", "sector": "public"}
    )
    people = [
        participants.create_participant(
            db, {"first_name": f"P{i}", "last_name": f"N{i}", "category": c, "sector": "citoyen"}
        )
        for i, c in enumerate(data.people)
    ]
    projs = [
        projects.create_project(
            db, {"title": f"Projet {i}", "status": "en_cours", "start_date": s, "end_date": e}
        )
        for i, (s, e) in enumerate(data.projects)
    ]
    for p in projs:
        for person in people:
            projects.add_participant(
                db, {"participant_id": person["id"], "project_id": p["id"], "role": "contributeur"}
            )
    for who, proj, day, hundredths, ttype, activity in data.entries:
        time_entries.create_entry(
            db,
            {
                "participant_id": people[who]["id"],
                "project_id": projs[proj]["id"],
                "date": day,
                "hours": money(hundredths),
                "time_type": ttype,
                "activity": activity,
            },
        )
    for i, (proj, day, otype) in enumerate(data.outputs):
        outputs.create_output(
            db,
            {"project_id": projs[proj]["id"], "title": f"Production {i}", "date": day, "output_type": otype},
        )
    for proj, programme, cents, year in data.fundings:
        funding.create_funding(
            db,
            {
                "project_id": None if proj is None else projs[proj]["id"],
                "funder_id": org["id"],
                "programme": programme,
                "amount": money(cents),
                "year": year,
                "nature": "subvention",
            },
        )
    return {"people": people, "projects": projs}


def exact(a: Any, b: Any) -> bool:
    """Equal, and Decimals written the same way (``1.50`` is not ``1.5``)."""
    return repr(a) == repr(b) and a == b


def expected_figures(data: Dataset) -> dict[str, Any]:
    year = data.year
    rate, per_fte = (money(data.params[0]), data.params[1]) if data.params else (Decimal("16.50"), 1607)
    by_type = dict.fromkeys(V.TIME_TYPE.codes, 0)
    seen: dict[str, set[int]] = {c: set() for c in V.PARTICIPANT_CATEGORY.codes}
    for who, _proj, day, hundredths, ttype, _act in data.entries:
        if day.year == year:
            by_type[ttype] += hundredths
            seen[data.people[who]].add(who)
    outs = dict.fromkeys([*V.OUTPUT_TYPE.codes, aggregates.UNSET], 0)
    for _proj, day, otype in data.outputs:
        if day is not None and day.year == year:
            outs[otype or aggregates.UNSET] += 1
    funds = dict.fromkeys(V.PROGRAMME.codes, 0)
    for _proj, programme, cents, fyear in data.fundings:
        if fyear == year:
            funds[programme] += cents
    active = sum(
        1 for s, e in data.projects if (s is None or s.year <= year) and (e is None or e.year >= year)
    )
    total = sum(by_type.values())

    def fte(hundredths: int) -> Decimal:
        return (money(hundredths) / per_fte).quantize(CENT, rounding=ROUND_HALF_UP)

    return {
        "year": year,
        "hours_by_type": {t: money(h) for t, h in by_type.items()},
        "hours_total": money(total),
        "hours_per_fte": per_fte,
        "volunteer_hourly_rate": rate,
        "fte_total": fte(total),
        "fte_by_type": {t: fte(h) for t, h in by_type.items()},
        "volunteer_valuation": (money(by_type["benevole"]) * rate).quantize(CENT, rounding=ROUND_HALF_UP),
        "active_projects": active,
        "participants_total": sum(len(s) for s in seen.values()),
        "participants_by_category": {c: len(s) for c, s in seen.items()},
        "outputs_total": sum(outs.values()),
        "outputs_by_type": outs,
        "funding_total": money(sum(funds.values())),
        "funding_by_programme": {p: money(c) for p, c in funds.items()},
    }


def expected_detail(data: Dataset, ids: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    sums: dict[tuple[str, str, str, str, str], int] = defaultdict(int)
    for who, proj, day, hundredths, ttype, activity in data.entries:
        if day.year == data.year:
            key = (ids["projects"][proj]["id"], ids["people"][who]["pid"], f"{day:%Y-%m}", ttype, activity)
            sums[key] += hundredths
    names = ("project_id", "pid", "month", "time_type", "activity")
    return [{**dict(zip(names, key, strict=True)), "hours": money(h)} for key, h in sorted(sums.items())]


def expected_by_month(data: Dataset) -> dict[str, dict[str, Decimal]]:
    out = {f"{data.year}-{m:02d}": dict.fromkeys(V.TIME_TYPE.codes, 0) for m in range(1, 13)}
    for _who, _proj, day, hundredths, ttype, _act in data.entries:
        if day.year == data.year:
            out[f"{day:%Y-%m}"][ttype] += hundredths
    return {m: {t: money(h) for t, h in row.items()} for m, row in out.items()}


def expected_by_project(data: Dataset, ids: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    rows: dict[int, dict[str, int]] = {}
    for _who, proj, day, hundredths, ttype, _act in data.entries:
        if day.year == data.year:
            row = rows.setdefault(proj, dict.fromkeys(V.TIME_TYPE.codes, 0))
            row[ttype] += hundredths
    out = []
    for proj, row in rows.items():
        p = ids["projects"][proj]
        out.append(
            {
                "project_id": p["id"],
                "title": p["title"],
                "total": money(sum(row.values())),
                **{t: money(h) for t, h in row.items()},
            }
        )
    return sorted(out, key=lambda r: (-r["total"], r["title"]))


def expected_years(data: Dataset) -> list[int]:
    years: set[int] = set()
    for column in ([e[2] for e in data.entries], [o[1] for o in data.outputs if o[1]]):
        if column:
            years.update(range(min(column).year, max(column).year + 1))
    years.update(f[3] for f in data.fundings)
    for s, e in data.projects:
        if s and e:
            years.update(range(s.year, e.year + 1))
    return sorted(years, reverse=True)


@settings(max_examples=count(30, 300), deadline=None)
@given(datasets())
def test_aggregates_match_brute_force(data: Dataset) -> None:
    db = open_fresh(":memory:")  # a copy of the migrated template: 30 examples, 30 databases
    try:
        ids = load(db, data)
        figures = aggregates.year_figures(db, data.year)
        want = expected_figures(data)
        for name, value in want.items():
            assert exact(getattr(figures, name), value), name
        assert exact(aggregates.hours_detail(db, data.year), expected_detail(data, ids))
        assert exact(aggregates.hours_by_month(db, data.year), expected_by_month(data))
        assert exact(aggregates.hours_by_project(db, data.year), expected_by_project(data, ids))
        months, by_project = aggregates.year_charts(db, data.year)  # the dashboard's one pass
        assert exact(months, expected_by_month(data))
        assert exact(by_project, expected_by_project(data, ids))
        assert exact(aggregates.year_charts(db, data.year, 1)[1], expected_by_project(data, ids)[:1])
        assert aggregates.years_with_data(db) == expected_years(data)
    finally:
        db.close()


def test_empty_year_is_all_zeros(db):
    figures = aggregates.year_figures(db, 2025)
    assert exact(figures.hours_total, Decimal("0.00"))
    assert exact(figures.fte_total, Decimal("0.00"))
    assert figures.participants_total == figures.outputs_total == figures.active_projects == 0
    assert aggregates.hours_detail(db, 2025) == aggregates.hours_by_project(db, 2025) == []
    months, by_project = aggregates.year_charts(db, 2025, 10)
    assert by_project == [] and months == aggregates.hours_by_month(db, 2025)
    assert aggregates.years_with_data(db) == []


def test_year_boundaries(db, sample):
    for day in ("2024-12-31", "2025-01-01", "2025-12-31", "2026-01-01"):
        time_entries.create_entry(
            db,
            {
                "participant_id": sample["anne"],
                "project_id": sample["project"],
                "date": day,
                "hours": "1",
                "time_type": "benevole",
                "activity": "animation",
            },
        )
    figures = aggregates.year_figures(db, 2025)
    assert exact(figures.hours_total, Decimal("2.00"))
    assert exact(figures.volunteer_valuation, Decimal("33.00"))
    months = aggregates.hours_by_month(db, 2025)
    assert (months["2025-01"]["benevole"], months["2025-12"]["benevole"]) == (
        Decimal("1.00"),
        Decimal("1.00"),
    )


def test_year_group_bys_read_the_covering_index_only(db, sample):
    """Every GROUP BY of the dashboard and of the export's hours reads the date index alone
    (``USING COVERING INDEX``): no table row of time_entry is fetched, whatever its size."""
    from sqlalchemy import event

    for day in ("2025-01-06", "2025-02-03", "2026-01-05"):
        time_entries.create_entry(
            db,
            {
                "participant_id": sample["anne"],
                "project_id": sample["project"],
                "date": day,
                "hours": "2",
                "time_type": "benevole",
                "activity": "animation",
            },
        )
    seen: list[tuple[str, Any]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if "time_entry" in statement and "GROUP BY" in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        aggregates.year_figures(db, 2025)
        aggregates.year_charts(db, 2025, 10)
        aggregates.hours_detail(db, 2025)
        aggregates.hours_by_project_month_type_activity(db, 2025)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    assert len(seen) == 5
    with db.engine.connect() as conn:
        for statement, parameters in seen:
            plan = [r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            on_entries = [step for step in plan if "time_entry" in step]
            assert on_entries, plan
            assert all("USING COVERING INDEX ix_time_entry_date_covering" in s for s in on_entries), plan
