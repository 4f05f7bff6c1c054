"""Right to erasure: no byte of the person left in the database, its WAL, or the purged backups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tierslieux_app.cli import main
from tierslieux_app.core import erasure, journal
from tierslieux_app.core.backup import backup_path
from tierslieux_app.core.models import ChangeLog
from tierslieux_app.core.services import participants, projects, time_entries
from tierslieux_app.core.storage import open_database

PERSON = {
    "first_name": "Zéphirine",
    "last_name": "Quatremarre",
    "email": "zephirine.quatremarre@example.org",
    "phone": "0698765432",
    "notes": "Allergique aux arachides",
    "category": "benevole",
    "sector": "citoyen",
    "consent_date": "2024-02-01",
}
SECRETS = [
    "Zéphirine",
    "Quatremarre",
    "zephirine.quatremarre",
    "0698765432",
    "arachides",
    "Atelier de Zéphirine",
]


def found_in(path: Path) -> list[str]:
    if not path.exists():
        return []
    data = path.read_bytes()
    return [s for s in SECRETS if s.encode("utf-8") in data or s.encode("utf-16-le") in data]


@pytest.fixture
def person_db(tmp_path):
    db = open_database(tmp_path / "base.sqlite3")
    other = participants.create_participant(
        db, {"first_name": "Karim", "last_name": "Benali", "category": "benevole", "sector": "citoyen"}
    )
    person = participants.create_participant(db, PERSON)
    participants.update_participant(db, person["id"], {"email": "zephirine.quatremarre@example.org"})
    project = projects.create_project(db, {"title": "Jardins", "status": "en_cours"})
    for who in (person, other):
        projects.add_participant(
            db, {"participant_id": who["id"], "project_id": project["id"], "role": "contributeur"}
        )
    time_entries.create_entry(
        db,
        {"participant_id": person["id"], "project_id": project["id"], "date": "2024-05-02", "hours": "3",
         "time_type": "benevole", "activity": "animation", "note": "Atelier de Zéphirine"},
    )  # fmt: skip
    yield db, person["id"], other["id"], project["id"]
    db.close()


@pytest.mark.parametrize("delete", [False, True], ids=["anonymise", "supprime"])
def test_no_byte_of_the_person_is_left_after_erasure_and_purge(person_db, delete):
    db, pid, other, _project = person_db
    backups = [backup_path(db.path, "manuelle"), backup_path(db.path, "avant-import")]
    assert all(found_in(b) for b in backups)
    assert found_in(db.path) or found_in(Path(str(db.path) + "-wal"))

    result = erasure.erase_participant(db, pid, delete=delete)
    assert result.file_clean
    assert {b.path for b in result.backups} == set(backups)
    assert found_in(db.path) == []
    assert found_in(Path(str(db.path) + "-wal")) == []

    purged = erasure.purge_backups(pid, result.backups, delete=delete)
    assert set(purged) == set(backups)
    for b in backups:
        assert found_in(b) == []
    assert erasure.backups_containing(pid) == []
    assert participants.get_participant(db, other)["last_name"] == "Benali"  # others untouched


def test_anonymising_keeps_the_figures(person_db):
    db, pid, _other, project = person_db
    before = projects.project_summary(db, project)
    erasure.erase_participant(db, pid)
    after = projects.project_summary(db, project)
    assert after == before and after["hours"] == Decimal("3.00")
    row = participants.get_participant(db, pid)
    assert (row["first_name"], row["last_name"], row["email"], row["phone"], row["notes"]) == (
        "Personne", "effacée", None, None, None,
    )  # fmt: skip


def test_deleting_removes_the_person_and_their_hours(person_db):
    db, pid, _other, project = person_db
    erasure.erase_participant(db, pid, delete=True)
    assert projects.project_summary(db, project)["participants"] == 1
    assert pid not in {p["id"] for p in participants.list_participants(db)}


def test_the_journal_is_scrubbed(person_db):
    db, pid, _other, _project = person_db
    erasure.erase_participant(db, pid)
    mine = journal.entries(db, table="participant", record_id=pid)
    assert [e["action"] for e in mine] == ["erase"]
    with db.read() as session:
        text = " ".join(session.scalars(select(ChangeLog.summary)))
    assert not any(s in text for s in SECRETS)


def test_cli_erase_with_purge(person_db, capsys):
    db, pid, _other, _project = person_db
    copy = backup_path(db.path)
    path = db.path
    db.close()
    assert main(["erase", "--db", str(path), "--participant", pid, "--purge-backups"]) == 0
    assert "1 sauvegarde réécrite" in capsys.readouterr().out
    assert found_in(copy) == [] and found_in(path) == []


def test_retention_lists_people_without_activity(db):
    old = participants.create_participant(
        db, {"first_name": "Ancien", "last_name": "Membre", "category": "benevole", "sector": "citoyen"}
    )
    recent = participants.create_participant(
        db, {"first_name": "Actif", "last_name": "Membre", "category": "benevole", "sector": "citoyen"}
    )
    project = projects.create_project(db, {"title": "Fini", "status": "termine", "start_date": "2019-01-01",
                                           "end_date": "2019-12-31"})  # fmt: skip
    projects.add_participant(
        db, {"participant_id": old["id"], "project_id": project["id"], "role": "contributeur"}
    )
    open_project = projects.create_project(db, {"title": "En cours", "status": "en_cours"})
    projects.add_participant(
        db, {"participant_id": recent["id"], "project_id": open_project["id"], "role": "contributeur"}
    )
    in_2031 = dt.date.today().replace(year=dt.date.today().year + 5)
    assert erasure.retention_years(db) == erasure.DEFAULT_RETENTION_YEARS
    listed = erasure.inactive_participants(db, today=in_2031)
    assert [p["id"] for p in listed] == [old["id"]]  # the open participation keeps "Actif" active
    erasure.set_retention_years(db, 10)
    assert erasure.retention_years(db) == 10
    assert erasure.inactive_participants(db, today=in_2031) == []
    erasure.erase_participant(db, old["id"])
    assert erasure.inactive_participants(db, years=1, today=in_2031) == []  # erased people are not listed
