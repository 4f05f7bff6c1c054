"""Journal of changes: every create/update/delete, in the same transaction, without personal values."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import insert, select

from tierslieux_app.core import journal
from tierslieux_app.core.models import ChangeLog, Project
from tierslieux_app.core.services import cascade, participants, projects


def lines(db, **kw) -> list[dict]:
    return list(reversed(journal.entries(db, **kw)))  # oldest first


def test_create_update_delete_are_recorded_with_time_and_installation(db, sample):
    projects.update_project(db, sample["project"], {"status": "termine", "end_date": "2024-12-31"})
    snap = projects.delete_project(db, sample["project"])
    found = lines(db, table="project", record_id=sample["project"])
    assert [e["action"] for e in found] == ["create", "update", "delete"]
    update = found[1]
    assert update["summary"]["fields"] == ["status", "end_date"]
    assert update["summary"]["values"] == {"status": "termine", "end_date": "2024-12-31"}
    assert found[2]["summary"]["values"]["title"] == "Jardins partagés"
    assert found[2]["summary"]["cascade"] == {"participation": 2}
    assert {e["installation"] for e in found} == {journal.installation_id()}
    assert all(e["at"] is not None for e in found)
    assert snap.count("participation") == 2


def test_undo_of_a_cascade_delete_is_recorded(db, sample):
    snap = projects.delete_project(db, sample["project"])
    cascade.restore(db, snap)
    restored = [
        e for e in lines(db) if e["action"] == "create" and e["table"] in ("project", "participation")
    ]
    assert len(restored) == 1 + 2 + 1 + 2  # sample creation, then the undo re-inserts


def test_personal_values_never_enter_the_journal(db, sample):
    participants.update_participant(
        db, sample["anne"], {"email": "nouvelle@example.org", "phone": "0611223344"}
    )
    with db.read() as session:
        text = " ".join(session.scalars(select(ChangeLog.summary)))
    for value in ("Anne", "Dupont", "anne.dupont@example.org", "nouvelle@example.org", "0611223344", "Karim"):
        assert value not in text
    update = lines(db, table="participant", record_id=sample["anne"])[-1]
    assert update["summary"]["fields"] == ["email", "phone"]
    assert update["summary"]["values"] == {}


def test_a_failed_transaction_leaves_no_journal_line(db):
    before = len(journal.entries(db, limit=10_000))
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Project(title="Fantôme", status="en_cours"))
        session.flush()
        raise RuntimeError("coupure")
    assert len(journal.entries(db, limit=10_000)) == before
    assert projects.list_projects(db) == []


def test_bulk_writes_get_one_summary_line(db):
    rows = [{"title": f"P{i}", "status": "en_cours", "themes": [], "knowledge": []} for i in range(50)]
    with db.write_connection() as conn:
        conn.execute(insert(Project), rows)
    [bulk] = [e for e in journal.entries(db) if e["action"] == "bulk"]
    assert bulk["summary"] == {"rows": 50}


def test_installation_id_is_stable_and_stored_in_the_config_folder(isolated_home):
    from tierslieux_app.core import paths

    journal.installation_id.cache_clear()
    first = journal.installation_id()
    journal.installation_id.cache_clear()
    assert journal.installation_id() == first
    assert json.loads((paths.config_dir() / "installation.json").read_text())["id"] == first
    journal.installation_id.cache_clear()


def test_a_logo_is_journaled_by_its_size_not_its_bytes():
    from tierslieux_app.core.journal import summarise

    summary = summarise("structure", {"logo": b"\x89PNG\r\n\x1a\n" + bytes(300)})
    assert '"logo": "308 octets"' in summary and "PNG" not in summary
