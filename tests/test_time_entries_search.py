"""Hours list service: text search (case, accents, names), stopping outdated queries, filter choices."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import text

from tierslieux_app.core.services import participants, projects, time_entries
from tierslieux_app.core.services.time_entries import EntryFilter, Interrupted, Stopper


def _people_and_projects(db: Any) -> dict[str, str]:
    ids: dict[str, str] = {}
    for title in ("École du compost", "Rivières vivantes"):
        ids[title] = projects.create_project(db, {"title": title, "status": "en_cours"})["id"]
    for first, last in (("Anne", "Dupont"), ("Karim", "Benali"), ("Élise", "de Vries")):
        person = participants.create_participant(
            db, {"first_name": first, "last_name": last, "category": "benevole", "sector": "citoyen"}
        )
        ids[first] = person["id"]
        for title in ("École du compost", "Rivières vivantes"):
            projects.add_participant(
                db, {"participant_id": person["id"], "project_id": ids[title], "role": "contributeur"}
            )
    return ids


def _entry(db: Any, who: str, project: str, day: int, note: str | None = None) -> str:
    data = {
        "participant_id": who,
        "project_id": project,
        "date": f"2025-03-{day:02d}",
        "hours": "1",
        "time_type": "benevole",
        "activity": "animation",
        "note": note,
    }
    return time_entries.create_entry(db, data)["id"]


@pytest.fixture
def hours(db):
    ids = _people_and_projects(db)
    made = {
        "anne_ecole": _entry(db, ids["Anne"], ids["École du compost"], 1),
        "karim_rivieres": _entry(db, ids["Karim"], ids["Rivières vivantes"], 2, note="Relevé du débit"),
        "elise_rivieres": _entry(db, ids["Élise"], ids["Rivières vivantes"], 3),
    }
    return {**ids, **made}


def _found(db: Any, search: str) -> set[str]:
    flt = EntryFilter(text=search)
    rows = time_entries.list_entries(db, flt)
    assert time_entries.count_entries(db, flt) == len(rows)
    return {r["id"] for r in rows}


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("école", {"anne_ecole"}),  # accented: Unicode case folding
        ("ÉCOLE", {"anne_ecole"}),
        ("COMPOST", {"anne_ecole"}),  # ASCII: SQLite's own case folding
        ("anne dup", {"anne_ecole"}),  # first name then last name
        ("VRIES", {"elise_rivieres"}),
        ("élise", {"elise_rivieres"}),
        ("DÉBIT", set()),  # the note is searched with ASCII folding only (a million rows)
        ("débit", {"karim_rivieres"}),
        ("relevé", {"karim_rivieres"}),
        ("ecole", set()),  # accents are not ignored
    ],
)
def test_text_search_ignores_case_in_titles_names_and_notes(db, hours, search, expected):
    assert _found(db, search) == {hours[key] for key in expected}


def test_a_stopper_stopped_beforehand_runs_nothing(file_db):
    stopper = Stopper()
    stopper.stop()
    with pytest.raises(Interrupted):
        time_entries.count_entries(file_db, EntryFilter(text="x"), stopper=stopper)
    with pytest.raises(Interrupted):
        time_entries.list_entries(file_db, stopper=stopper)
    assert time_entries.count_entries(file_db) == 0  # a fresh query runs normally


def test_stop_interrupts_a_running_query_and_the_connection_stays_usable(file_db):
    """An endless query, which reports when it runs: stop() from this thread ends it."""
    stopper = Stopper()
    running = threading.Event()
    outcome: list[BaseException | None] = []
    endless = text(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT count(*) FROM n WHERE tl_running() IS NOT NULL"
    )

    def worker() -> None:
        try:
            with file_db.read() as session, stopper.watching(session):
                raw = session.connection().connection.driver_connection
                raw.create_function("tl_running", 0, lambda: running.set())
                session.execute(endless)
            outcome.append(None)
        except BaseException as exc:  # reported to the test thread
            outcome.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    assert running.wait(10)
    stopper.stop()
    thread.join(10)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Interrupted)
    assert str(outcome[0]) == "Recherche interrompue."
    assert time_entries.count_entries(file_db) == 0  # the pooled connection still works


def test_filter_choices_are_sorted_without_case(db, hours):
    projects.create_project(db, {"title": "abeilles urbaines", "status": "en_cours"})
    assert [label for _id, label in time_entries.person_names(db)] == [
        "Benali Karim",
        "de Vries Élise",
        "Dupont Anne",
    ]
    # The same order as the projects list (lower-case titles), with two columns only.
    assert time_entries.project_names(db) == [(p["id"], p["title"]) for p in projects.list_projects(db)]
    assert time_entries.project_names(db)[0][1] == "abeilles urbaines"
