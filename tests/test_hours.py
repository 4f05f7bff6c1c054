"""Hours: the entries list (filters, sorting, paging) and the weekly timesheet with its undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from tierslieux_app.core.errors import ValidationError
from tierslieux_app.core.models import TimeEntry
from tierslieux_app.core.services import participants, projects, time_entries, timesheet

D = Decimal


def entries_dump(db: Any) -> list[dict[str, Any]]:
    """Every hour entry, every column, sorted: equal dumps mean identical hours."""
    with db.read() as session:
        rows = [dict(r._mapping) for r in session.execute(select(TimeEntry.__table__))]
    return sorted(rows, key=lambda r: r["id"])


def entry(db: Any, s: dict[str, str], who: str, day: str, hours: str, **extra: Any) -> dict[str, Any]:
    data = {
        "participant_id": s[who],
        "project_id": s["project"],
        "date": day,
        "hours": hours,
        "time_type": "benevole",
        "activity": "animation",
        **extra,
    }
    return time_entries.create_entry(db, data)


# -- time entries -----------------------------------------------------------------------


def test_time_entry_crud_and_restore(db, sample):
    e = entry(db, sample, "anne", "12/03/2025", "1,25", note="Atelier compost")
    assert (e["hours"], e["date"]) == (D("1.25"), dt.date(2025, 3, 12))
    u = time_entries.update_entry(db, e["id"], {"hours": "2.5"})
    assert time_entries.get_entry(db, e["id"]) == u and u["hours"] == D("2.50")
    with pytest.raises(ValidationError) as info:
        time_entries.update_entry(db, e["id"], {"participant_id": time_entries.get_entry(db, e["id"])["id"]})
    assert info.value.problems[0].code == "missing_ref"
    removed = time_entries.delete_entry(db, e["id"])
    assert time_entries.count_entries(db) == 0
    time_entries.restore_entry(db, removed)
    assert time_entries.get_entry(db, e["id"]) == removed


@pytest.fixture
def many(db, sample):
    """Twelve entries over two projects with known dates, hours, types and activities."""
    other = projects.create_project(db, {"title": "Alpha", "status": "en_cours"})
    projects.add_participant(
        db, {"participant_id": sample["anne"], "project_id": other["id"], "role": "porteur"}
    )
    made = []
    for i in range(12):
        project = other["id"] if i % 3 == 0 else sample["project"]
        who = sample["anne"] if i % 2 == 0 or project == other["id"] else sample["karim"]
        made.append(
            time_entries.create_entry(
                db,
                {
                    "participant_id": who,
                    "project_id": project,
                    "date": dt.date(2025, 1, 1) + dt.timedelta(days=i),
                    "hours": D(i + 1) / 4,
                    "time_type": "salarie" if i % 4 == 1 else "benevole",
                    "activity": "analyse" if i < 6 else "redaction",
                    "note": "terrain" if i == 7 else None,
                },
            )
        )
    return {**sample, "other": other["id"], "entries": made}


def test_list_entries_sorting_and_paging(db, many):
    ids = [e["id"] for e in many["entries"]]
    rows = time_entries.list_entries(db)
    assert [r["id"] for r in rows] == ids[::-1]
    assert rows[0]["participant_name"] == "Karim Benali" and rows[0]["project_title"] == "Jardins partagés"
    asc = time_entries.list_entries(db, order="hours", descending=False)
    assert [r["hours"] for r in asc] == sorted(D(i + 1) / 4 for i in range(12))
    pages = [
        time_entries.list_entries(db, order="date", descending=False, offset=o, limit=5) for o in (0, 5, 10)
    ]
    assert [len(p) for p in pages] == [5, 5, 2]
    assert [r["id"] for p in pages for r in p] == ids
    by_project = time_entries.list_entries(db, order="project", descending=False)
    assert [r["project_title"] for r in by_project] == ["Alpha"] * 4 + ["Jardins partagés"] * 8
    by_person = time_entries.list_entries(db, order="participant", descending=True)
    assert by_person[0]["participant_name"] == "Anne Dupont"
    assert by_person[-1]["participant_name"] == "Karim Benali"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({}, list(range(12))),
        ({"project_id": "other"}, [0, 3, 6, 9]),
        ({"participant_id": "karim"}, [1, 5, 7, 11]),
        ({"date_from": dt.date(2025, 1, 3), "date_to": dt.date(2025, 1, 5)}, [2, 3, 4]),
        ({"time_type": "salarie"}, [1, 5, 9]),
        ({"activity": "redaction", "time_type": "benevole"}, [6, 7, 8, 10, 11]),
        ({"text": "ALPHA"}, [0, 3, 6, 9]),
        ({"text": "benali"}, [1, 5, 7, 11]),
        ({"text": " terrain "}, [7]),
        ({"text": "   "}, list(range(12))),
        ({"text": "personne"}, []),
    ],
)
def test_entry_filters_count_and_list(db, many, flt, expected):
    resolved = {k: many[v] if k in {"project_id", "participant_id"} else v for k, v in flt.items()}
    f = time_entries.EntryFilter(**resolved)
    want = [many["entries"][i]["id"] for i in expected]
    assert time_entries.count_entries(db, f) == len(want)
    assert [r["id"] for r in time_entries.list_entries(db, f, descending=False)] == want


# -- timesheet --------------------------------------------------------------------------

MONDAY = dt.date(2025, 3, 10)


def cell_hours(db: Any, s: dict[str, str], who: str, day: dt.date, ttype: str, activity: str) -> list[D]:
    f = time_entries.EntryFilter(
        project_id=s["project"],
        participant_id=s[who],
        date_from=day,
        date_to=day,
        time_type=ttype,
        activity=activity,
    )
    return sorted(r["hours"] for r in time_entries.list_entries(db, f))


def test_monday_of():
    assert timesheet.monday_of(dt.date(2025, 3, 16)) == MONDAY
    assert timesheet.monday_of(MONDAY) == MONDAY


def test_week_lines_empty_week_has_one_line_per_member(db, sample):
    lines = timesheet.week_lines(db, sample["project"], MONDAY + dt.timedelta(days=3))
    assert [(ln.name, ln.time_type, ln.activity, ln.hours) for ln in lines] == [
        ("Karim Benali", "mis_a_disposition", "autre", [None] * 7),  # an academic researcher (ESR)
        ("Anne Dupont", "benevole", "autre", [None] * 7),
    ]


def test_set_cell_then_restore(db, sample):
    wednesday = MONDAY + dt.timedelta(days=2)
    args = (db, sample["project"], sample["anne"], wednesday, "benevole", "animation")
    assert timesheet.set_cell(*args, "2,5") == []
    lines = timesheet.week_lines(db, sample["project"], MONDAY)
    anne = [ln for ln in lines if ln.participant_id == sample["anne"]]
    assert [(ln.time_type, ln.activity, ln.hours[2]) for ln in anne] == [("benevole", "animation", D("2.50"))]
    assert sum(h for h in anne[0].hours if h) == D("2.50")
    # a second entry in the same cell: setting the cell replaces both, keeping the note
    entry(db, sample, "anne", wednesday.isoformat(), "1", note="réunion")
    before_set = entries_dump(db)
    before = timesheet.set_cell(*args, "4")
    assert sorted(r["hours"] for r in before) == [D("1.00"), D("2.50")]
    assert cell_hours(db, sample, "anne", wednesday, "benevole", "animation") == [D("4.00")]
    assert time_entries.list_entries(db)[0]["note"] == "réunion"
    timesheet.restore_cell(*args, before)
    assert entries_dump(db) == before_set


@pytest.mark.parametrize("blank", ["", "  ", None, "0", "0,00", 0])
def test_set_cell_blank_or_zero_clears(db, sample, blank):
    args = (db, sample["project"], sample["karim"], MONDAY, "salarie", "analyse")
    timesheet.set_cell(*args, "7")
    before = timesheet.set_cell(*args, blank)
    assert [r["hours"] for r in before] == [D("7.00")]
    assert cell_hours(db, sample, "karim", MONDAY, "salarie", "analyse") == []


def test_set_cell_refuses_bad_hours_and_outsiders(db, sample):
    outsider = participants.create_participant(
        db, {"first_name": "Paul", "last_name": "Dehors", "category": "citoyen", "sector": "citoyen"}
    )
    timesheet.set_cell(db, sample["project"], sample["anne"], MONDAY, "benevole", "animation", "3")
    before = entries_dump(db)
    with pytest.raises(ValidationError) as info:
        timesheet.set_cell(db, sample["project"], sample["anne"], MONDAY, "benevole", "animation", "25")
    assert (info.value.field, info.value.message) == ("hours", "« 25 » dépasse le maximum (24)")
    with pytest.raises(ValidationError) as info:
        timesheet.set_cell(db, sample["project"], sample["anne"], MONDAY, "benevole", "animation", "deux")
    assert info.value.problems[0].code == "number"
    with pytest.raises(ValidationError) as info:
        timesheet.set_cell(db, sample["project"], outsider["id"], MONDAY, "benevole", "animation", "1")
    assert (info.value.field, info.value.problems[0].code) == ("participant_id", "not_member")
    assert entries_dump(db) == before


def test_copy_previous_week_fills_only_empty_cells(db, sample):
    prev = MONDAY - dt.timedelta(days=7)
    entry(db, sample, "anne", prev.isoformat(), "2", note="semaine 1")
    entry(db, sample, "anne", (prev + dt.timedelta(days=6)).isoformat(), "1,5")
    entry(db, sample, "karim", (prev + dt.timedelta(days=1)).isoformat(), "3")
    entry(db, sample, "karim", MONDAY.isoformat(), "8")  # already in this week, another cell
    entry(db, sample, "karim", (MONDAY + dt.timedelta(days=1)).isoformat(), "5")  # same cell as prev Tuesday
    entry(db, sample, "anne", (prev - dt.timedelta(days=1)).isoformat(), "9")  # the week before: not copied
    other = projects.create_project(db, {"title": "Autre", "status": "en_cours"})
    projects.add_participant(
        db, {"participant_id": sample["anne"], "project_id": other["id"], "role": "porteur"}
    )
    time_entries.create_entry(
        db,
        {
            "participant_id": sample["anne"],
            "project_id": other["id"],
            "date": prev.isoformat(),
            "hours": "6",
            "time_type": "benevole",
            "activity": "animation",
        },
    )
    before = entries_dump(db)
    created = timesheet.copy_previous_week(db, sample["project"], MONDAY + dt.timedelta(days=4))
    assert len(created) == 2
    copied = {
        (
            time_entries.get_entry(db, i)["date"],
            time_entries.get_entry(db, i)["hours"],
            time_entries.get_entry(db, i)["note"],
        )
        for i in created
    }
    assert copied == {(MONDAY, D("2.00"), "semaine 1"), (MONDAY + dt.timedelta(days=6), D("1.50"), None)}
    assert cell_hours(db, sample, "karim", MONDAY + dt.timedelta(days=1), "benevole", "animation") == [
        D("5.00")
    ]
    assert timesheet.copy_previous_week(db, sample["project"], MONDAY) == []
    timesheet.delete_entries(db, created)
    assert entries_dump(db) == before


def test_text_filter_treats_wildcards_as_plain_characters(db, sample):
    entry(db, sample, "anne", "2025-03-10", "1", note="100% terrain")
    entry(db, sample, "anne", "2025-03-11", "1", note="bureau")
    flt = time_entries.EntryFilter(text="%")
    assert time_entries.count_entries(db, flt) == 1
    assert [r["note"] for r in time_entries.list_entries(db, flt)] == ["100% terrain"]
