"""Merging lots between machines: convergence, conflicts kept for a person, deletions, idempotence."""

from __future__ import annotations

import contextlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from fresh_db import open_fresh
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from long_runs import count
from sqlalchemy import select

from tierslieux_app.core.backup import list_backups
from tierslieux_app.core.errors import ValidationError
from tierslieux_app.core.services import participants, projects, time_entries
from tierslieux_app.core.storage import open_database
from tierslieux_app.core.sync import export_lot, import_lot, list_conflicts, resolve_conflict
from tierslieux_app.core.sync.codec import encode, synced_tables
from tierslieux_app.core.sync.lots import LotError


def content(db) -> dict[str, dict[str, Any]]:
    """Every synced record's values, by table and id: what "same content" means."""
    out = {}
    with db.read() as session:
        for table in synced_tables():
            rows = session.execute(select(table)).all()
            out[table.name] = {json.dumps(encode(table, r._mapping), sort_keys=True) for r in rows}
    return out


def person(db, first: str, last: str = "Martin") -> str:
    return participants.create_participant(
        db, {"first_name": first, "last_name": last, "category": "benevole", "sector": "citoyen"}
    )["id"]


class Net:
    """Several databases and the lots between them (files in a temporary folder)."""

    def __init__(self, folder: Path, names: list[str], files: bool = False):
        self.folder = folder
        self.dbs = {n: open_fresh(folder / f"{n}.sqlite3" if files else ":memory:") for n in names}
        self.n = 0

    def send(self, src: str, dst: str, *, full: bool = False, twice: bool = True):
        self.n += 1
        lot = self.folder / f"{self.n}-{src}-{dst}.tllot"
        export_lot(self.dbs[src], lot, peer=dst, full=full)
        result = import_lot(self.dbs[dst], lot)
        if twice:  # importing the same lot again changes nothing
            before = (content(self.dbs[dst]), list_conflicts(self.dbs[dst]))
            again = import_lot(self.dbs[dst], lot)
            assert again.taken == 0
            assert (content(self.dbs[dst]), list_conflicts(self.dbs[dst])) == before
        return result

    def converge(self, coordinator: str, choose: str = "remote") -> None:
        """Staff send to the coordinator, who settles every conflict and sends back."""
        others = [n for n in self.dbs if n != coordinator]
        for _round in range(4):
            for n in others:
                self.send(n, coordinator)
            for conflict in list_conflicts(self.dbs[coordinator]):
                choices = {f["field"]: choose for f in conflict["fields"]}
                resolve_conflict(self.dbs[coordinator], conflict["id"], choices)
            for n in others:
                self.send(coordinator, n)
            contents = [content(db) for db in self.dbs.values()]
            if all(c == contents[0] for c in contents) and not any(
                list_conflicts(d) for d in self.dbs.values()
            ):
                return
        raise AssertionError("the databases did not converge")

    def close(self) -> None:
        for db in self.dbs.values():
            db.close()


@pytest.fixture
def net(tmp_path):
    n = Net(tmp_path, ["coord", "b", "c"], files=True)
    yield n
    n.close()


def test_three_machines_converge_and_conflicts_wait_for_a_choice(net):
    coord, b, c = net.dbs["coord"], net.dbs["b"], net.dbs["c"]
    anne, paul = person(coord, "Anne"), person(coord, "Paul")
    proj = projects.create_project(coord, {"title": "Jardins", "status": "en_cours"})["id"]
    projects.add_participant(coord, {"participant_id": anne, "project_id": proj, "role": "contributeur"})
    net.send("coord", "b")
    net.send("coord", "c")
    assert content(b) == content(coord) == content(c)

    # offline: overlapping edits
    participants.update_participant(coord, anne, {"first_name": "Anne-Marie"})
    participants.update_participant(b, anne, {"first_name": "Annie", "phone": "0601020304"})
    participants.delete_participant(c, paul)
    entry = time_entries.create_entry(
        b,
        {
            "participant_id": anne,
            "project_id": proj,
            "date": "2025-03-12",
            "hours": "1.5",
            "time_type": "benevole",
            "activity": "collecte_donnees",
        },
    )["id"]
    projects.update_project(c, proj, {"title": "Jardins partagés"})

    net.send("c", "b")  # b takes c's deletion and title (changed on c only)
    assert all("Paul" not in row for row in content(b)["participant"])
    result = net.send("b", "coord")
    assert result.conflicts == 1  # Anne's first name changed on both sides
    [conflict] = list_conflicts(coord)
    by_field = {f["field"]: f for f in conflict["fields"]}
    assert by_field["first_name"]["local"] == "Anne-Marie" and by_field["first_name"]["remote"] == "Annie"
    # nothing overwritten while the conflict waits
    assert participants.get_participant(coord, anne)["first_name"] == "Anne-Marie"
    with pytest.raises(ValidationError):
        resolve_conflict(coord, conflict["id"], {"first_name": "local"})  # phone not chosen
    assert list_conflicts(coord)
    resolve_conflict(coord, conflict["id"], {"first_name": "local", "phone": "remote"})
    net.converge("coord")
    for db in net.dbs.values():
        anne_row = participants.get_participant(db, anne)
        assert (anne_row["first_name"], anne_row["phone"]) == ("Anne-Marie", "0601020304")
        assert time_entries.get_entry(db, entry)["hours"] == pytest.approx(1.5)
        assert projects.get_project(db, proj)["title"] == "Jardins partagés"
        assert all("Paul" not in row for row in content(db)["participant"])
    # a backup was taken before every merge
    assert len([b for b in list_backups() if "avant-fusion" in b.path.name]) >= net.n


def test_edit_against_deletion_is_a_conflict(tmp_path):
    net = Net(tmp_path, ["a", "b"])
    a, b = net.dbs["a"], net.dbs["b"]
    paul = person(a, "Paul")
    net.send("a", "b")
    participants.delete_participant(a, paul)
    participants.update_participant(b, paul, {"last_name": "Durand"})
    assert net.send("b", "a").conflicts == 1
    [conflict] = list_conflicts(a)
    assert [f["field"] for f in conflict["fields"]] == ["_deleted"]
    resolve_conflict(a, conflict["id"], {"_deleted": "remote"})  # keep Paul, as edited on b
    assert participants.get_participant(a, paul)["last_name"] == "Durand"
    net.converge("a")
    net.close()


def test_same_person_added_to_a_project_on_two_machines(tmp_path):
    """The unique (person, project) pair is kept once: the same row wins everywhere."""
    net = Net(tmp_path, ["a", "b"])
    a, b = net.dbs["a"], net.dbs["b"]
    anne = person(a, "Anne")
    proj = projects.create_project(a, {"title": "Jardins", "status": "en_cours"})["id"]
    net.send("a", "b")
    for db in (a, b):
        projects.add_participant(db, {"participant_id": anne, "project_id": proj, "role": "contributeur"})
    net.send("a", "b")
    net.send("b", "a")
    net.converge("a")
    assert [len(projects.project_participants(db, proj)) for db in (a, b)] == [1, 1]
    net.close()


def test_a_copied_file_is_another_machine(tmp_path):
    """Two copies of one file edited apart must conflict, not pass for the same version."""
    import shutil

    a = open_database(tmp_path / "a.sqlite3")
    anne = person(a, "Anne")
    export_lot(a, tmp_path / "0.tllot")  # a has given versions to its records
    a.close()
    shutil.copy(tmp_path / "a.sqlite3", tmp_path / "b.sqlite3")
    a, b = open_database(tmp_path / "a.sqlite3"), open_database(tmp_path / "b.sqlite3")
    participants.update_participant(a, anne, {"first_name": "Alpha"})
    participants.update_participant(b, anne, {"first_name": "Beta"})
    export_lot(b, tmp_path / "1.tllot")
    assert import_lot(a, tmp_path / "1.tllot").conflicts == 1
    a.close()
    b.close()


def test_a_lot_from_a_newer_version_is_refused_in_french(tmp_path, db):
    lot = tmp_path / "futur.tllot"
    with zipfile.ZipFile(lot, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"kind": "tierslieux-lot", "format_version": 99}))
        zf.writestr("records.json", "[]")
    with pytest.raises(LotError, match="version plus récente"):
        import_lot(db, lot)
    bad = tmp_path / "pas-un-lot.tllot"
    bad.write_text("bonjour", encoding="utf-8")
    with pytest.raises(LotError, match="n'est pas un lot"):
        import_lot(db, bad)


def test_lot_carries_only_changes_since_the_last_lot_to_that_peer(tmp_path, db):
    person(db, "Anne")
    first = export_lot(db, tmp_path / "1.tllot", peer="coord")
    assert first.records == 1
    assert export_lot(db, tmp_path / "2.tllot", peer="coord").records == 0
    person(db, "Bruno")
    assert export_lot(db, tmp_path / "3.tllot", peer="coord").records == 1
    assert export_lot(db, tmp_path / "4.tllot", peer="autre").records == 2  # a new peer gets everything


OPS = st.lists(
    st.tuples(
        st.sampled_from(["create", "rename", "delete", "hours", "send"]),
        st.integers(0, 2),
        st.integers(0, 2),
        st.integers(0, 3),
    ),
    min_size=3,
    max_size=14,
)


@settings(
    max_examples=count(12, 100), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_random_offline_edits_converge(tmp_path_factory, ops):
    folder = tmp_path_factory.mktemp("lots")
    net = Net(folder, ["m0", "m1", "m2"])
    names = list(net.dbs)
    try:
        proj = projects.create_project(net.dbs["m0"], {"title": "Commun", "status": "en_cours"})["id"]
        net.send("m0", "m1", twice=False)
        net.send("m0", "m2", twice=False)
        for op, m, other, k in ops:
            db = net.dbs[names[m]]
            people = (
                sorted(participants.list_participants(db), key=lambda r: r["id"]) if op != "create" else []
            )
            target = people[k % len(people)]["id"] if people else None
            if op == "create":
                person(db, f"P{k}", f"M{m}")
            elif op == "rename" and target:
                participants.update_participant(db, target, {"first_name": f"R{m}{k}"})
            elif op == "delete" and target:
                participants.delete_participant(db, target, cascade_hours=True)
            elif op == "hours" and target:
                with contextlib.suppress(ValidationError):  # already in the project
                    projects.add_participant(
                        db, {"participant_id": target, "project_id": proj, "role": "contributeur"}
                    )
                time_entries.create_entry(
                    db,
                    {
                        "participant_id": target,
                        "project_id": proj,
                        "date": f"2025-01-0{k + 1}",
                        "hours": "2",
                        "time_type": "benevole",
                        "activity": "collecte_donnees",
                    },
                )
            elif op == "send" and m != other:
                net.send(names[m], names[other])
        net.converge("m0")
    finally:
        net.close()


def test_hours_added_to_a_person_deleted_elsewhere_reach_every_machine(tmp_path):
    """Found by test_random_offline_edits_converge (1 run in 5): m0 deletes a person whom m2
    renames and gives hours. m0 takes the conflict (the person); the participation and the hours
    wait (``sync_pending``: m2 will not send them again) and are applied once the conflict is
    settled by keeping the person, so that the machines converge."""
    net = Net(tmp_path, ["m0", "m1", "m2"])
    try:
        proj = projects.create_project(net.dbs["m0"], {"title": "Commun", "status": "en_cours"})["id"]
        anne = person(net.dbs["m0"], "Anne")
        net.send("m0", "m1", twice=False)
        net.send("m0", "m2", twice=False)
        participants.delete_participant(net.dbs["m0"], anne, cascade_hours=True)
        participants.update_participant(net.dbs["m2"], anne, {"first_name": "Annie"})
        projects.add_participant(
            net.dbs["m2"], {"participant_id": anne, "project_id": proj, "role": "contributeur"}
        )
        time_entries.create_entry(
            net.dbs["m2"],
            {
                "participant_id": anne,
                "project_id": proj,
                "date": "2025-01-04",
                "hours": "2",
                "time_type": "benevole",
                "activity": "collecte_donnees",
            },
        )
        net.converge("m0")
    finally:
        net.close()


def test_erasure_reaches_the_copies_received_from_another_machine(tmp_path):
    """A conflict waiting for a choice holds the other machine's values of the person: erased too."""
    from tierslieux_app.core.erasure import erase_participant

    net = Net(tmp_path, ["m0", "m2"], files=True)
    try:
        anne = person(net.dbs["m0"], "Anne")
        net.send("m0", "m2", twice=False)
        participants.update_participant(net.dbs["m0"], anne, {"first_name": "Anna"})
        participants.update_participant(
            net.dbs["m2"], anne, {"first_name": "Annie", "email": "annie@example.org"}
        )
        net.send("m2", "m0", twice=False)
        assert [c["record_id"] for c in list_conflicts(net.dbs["m0"])] == [anne]
        erase_participant(net.dbs["m0"], anne)
        assert list_conflicts(net.dbs["m0"]) == []
        raw = net.dbs["m0"].path.read_bytes()
        assert b"Annie" not in raw and b"annie@example.org" not in raw
    finally:
        net.close()


def test_format_1_1_facts_and_the_logo_travel_between_machines(net):
    """Job lines, organisational changes and the structure's logo (bytes) reach the other machines."""
    from tierslieux_app.core.models import Structure
    from tierslieux_app.core.services import jobs, org_changes, structure

    coord = net.dbs["coord"]
    s = structure.save_structure(
        coord, {"name": "Tiers", "legal_form": "scop", "tsr_category": "marchand_non_lucratif", "siret": None,
                "rna": "W751234567", "insee_legal_category": "5458", "networks": ["alliss"]}
    )  # fmt: skip
    with coord.write() as session:
        session.get(Structure, s["id"]).logo = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    jobs.save_jobs(coord, 2025, [{"contract_type": "cdi", "headcount": 2, "fte": 1.8, "research_fte": 0.4}])
    org_changes.create_change(coord, {"year": 2025, "code": "gouvernance", "description": "Nouveau collège"})
    net.send("coord", "b")
    b = net.dbs["b"]
    assert content(b) == content(coord)
    assert structure.get_structure(b)["logo"] == b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    assert structure.get_year(b, 2025)["employees"] == 2
    assert [c["description"] for c in org_changes.list_changes(b, 2025)] == ["Nouveau collège"]
