"""Backups: verified copies, the 30-minute rule, the rotation ladder, restore, damaged files."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
from pathlib import Path

import pytest

from tierslieux_app.cli import main
from tierslieux_app.core import paths
from tierslieux_app.core.backup import (
    BackupInfo,
    backup_key,
    backup_on_close,
    backup_path,
    backups_to_keep,
    latest_good_backup,
    list_backups,
    maybe_backup,
    prune_backups,
)
from tierslieux_app.core.errors import StorageError
from tierslieux_app.core.integrity import CorruptDatabaseError
from tierslieux_app.core.recovery import restore_backup, restore_into
from tierslieux_app.core.services import participants, projects
from tierslieux_app.core.storage import open_database


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def titles(db) -> list[str]:
    return [p["title"] for p in projects.list_projects(db)]


def add(db, title: str) -> None:
    projects.create_project(db, {"title": title, "status": "en_cours"})


def test_backup_is_a_verified_copy_in_the_backup_folder(file_db):
    add(file_db, "Jardins")
    dest = backup_path(file_db.path, "manuelle")
    assert dest.parent == paths.backup_dir()
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("SELECT title FROM project").fetchall() == [("Jardins",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    [info] = list_backups(file_db.path)
    assert info.path == dest and info.label == "manuelle" and info.size == dest.stat().st_size


def test_automatic_backup_waits_30_minutes_and_needs_a_change(file_db):
    t0 = dt.datetime.now()
    add(file_db, "Un")
    first = maybe_backup(file_db, now=t0)
    assert first is not None
    add(file_db, "Deux")
    assert maybe_backup(file_db, now=t0 + dt.timedelta(minutes=29)) is None  # too soon
    assert maybe_backup(file_db, now=t0 + dt.timedelta(minutes=31)) is not None  # changed, 31 min
    assert maybe_backup(file_db, now=t0 + dt.timedelta(hours=5)) is None  # nothing changed since


def test_backup_on_close_only_when_something_changed(file_db):
    add(file_db, "Un")
    assert backup_on_close(file_db) is not None
    assert backup_on_close(file_db) is None
    add(file_db, "Deux")
    closing = backup_on_close(file_db)
    assert closing is not None and "-fermeture" in closing.name


def test_rotation_keeps_a_daily_weekly_monthly_ladder():
    now = dt.datetime(2026, 11, 23, 12, 0)
    backups = [
        BackupInfo(Path(f"/b/{i}.sqlite3"), "base", now - dt.timedelta(hours=6 * i), "auto", 1)
        for i in range(4 * 400)  # four a day for 400 days
    ]
    day = dt.timedelta(days=1)
    backups.append(BackupInfo(Path("/b/mig.sqlite3"), "base", now - 60 * day, "avant-migration-x", 1))
    backups.append(BackupInfo(Path("/b/old.sqlite3"), "base", now - 120 * day, "avant-import", 1))
    backups.sort(key=lambda b: b.taken, reverse=True)
    keep = backups_to_keep(backups, now)
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.taken, reverse=True)
    days = {b.taken.date() for b in kept}
    assert all((now - dt.timedelta(days=d)).date() in days for d in range(7))  # one per day, 7 days
    assert Path("/b/mig.sqlite3") in keep and Path("/b/old.sqlite3") not in keep
    months = {(b.taken.year, b.taken.month) for b in kept}
    assert len(months) == 12
    assert len(kept) <= 3 + 7 + 4 + 12 + 1
    assert kept[-1].taken >= now - dt.timedelta(days=366)


def test_prune_deletes_what_falls_off_the_ladder(file_db):
    add(file_db, "Un")
    folder = paths.backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    src = backup_path(file_db.path)
    now = dt.datetime.now()
    for d in range(40):
        stamp = (now - dt.timedelta(days=d, minutes=1)).strftime("%Y%m%d-%H%M%S")
        (folder / f"{backup_key(file_db.path)}-{stamp}-auto.sqlite3").write_bytes(src.read_bytes())
    removed = prune_backups(file_db.path, now)
    left = list_backups(file_db.path)
    assert removed and all(not p.exists() for p in removed)
    assert len(left) + len(removed) == 41
    assert len(left) <= 3 + 7 + 4 + 12


def test_restore_backs_up_the_current_file_first(tmp_path):
    path = tmp_path / "base.sqlite3"
    db = open_database(path)
    add(db, "Avant")
    saved = backup_path(path)
    add(db, "Après")
    db.close()
    assert main(["restore", "--db", str(path), "--from", str(saved)]) == 0
    db = open_database(path)
    try:
        assert titles(db) == ["Avant"]
    finally:
        db.close()
    [safety] = [b for b in list_backups(path) if b.label == "avant-restauration"]
    conn = sqlite3.connect(safety.path)
    try:
        assert sorted(conn.execute("SELECT title FROM project").fetchall()) == [("Après",), ("Avant",)]
    finally:
        conn.close()


def test_restore_into_an_open_database(file_db):
    add(file_db, "Avant")
    saved = backup_path(file_db.path)
    add(file_db, "Après")
    restore_into(file_db, saved)
    assert titles(file_db) == ["Avant"]
    add(file_db, "Encore")  # still writable, journal still working
    assert titles(file_db) == ["Avant", "Encore"]


def test_a_bad_backup_is_refused_and_the_database_untouched(tmp_path):
    path = tmp_path / "base.sqlite3"
    db = open_database(path)
    add(db, "Mien")
    db.close()
    before = sha256(path)
    bad = tmp_path / "pas-une-sauvegarde.sqlite3"
    bad.write_bytes(b"bonjour" * 1000)
    with pytest.raises(StorageError, match="n'est pas une sauvegarde utilisable"):
        restore_backup(path, bad)
    assert sha256(path) == before


def test_cli_backup_writes_the_named_file(tmp_path, capsys):
    path = tmp_path / "base.sqlite3"
    db = open_database(path)
    add(db, "Mien")
    db.close()
    out = tmp_path / "copie.sqlite3"
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 0
    assert "Sauvegarde vérifiée" in capsys.readouterr().out
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("SELECT title FROM project").fetchall() == [("Mien",)]
    finally:
        conn.close()


def damage(path: Path, seed: int, pages: int = 4) -> None:
    """Overwrite the start of a few random pages (not the header page) with random bytes."""
    rnd = random.Random(seed)
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as fh:
        for n in rnd.sample(range(1, size // page), min(pages, size // page - 1)):
            fh.seek(n * page)
            fh.write(rnd.randbytes(200))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_damaged_file_is_detected_untouched_and_the_last_good_backup_offered(tmp_path, seed):
    path = tmp_path / "base.sqlite3"
    db = open_database(path)
    for i in range(200):
        participants.create_participant(
            db, {"first_name": f"P{i}", "last_name": "Nom" * 20, "category": "benevole", "sector": "citoyen"}
        )
    good = backup_path(path)
    db.close()
    damage(path, seed)
    before = sha256(path)

    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path)
    assert "endommagée" in str(info.value) and "n'a pas été modifiée" in str(info.value)
    assert sha256(path) == before
    offered = latest_good_backup(path)
    assert offered is not None and offered.path == good

    result = restore_backup(path, offered.path)
    assert result.set_aside is not None and result.safety_copy is None
    assert sha256(result.set_aside) == before  # kept aside as it was
    assert ".endommagee-" in result.set_aside.name
    db = open_database(path)
    try:
        assert len(participants.list_participants(db)) == 200
    finally:
        db.close()


def test_latest_good_backup_skips_a_damaged_backup(file_db):
    add(file_db, "Un")
    good = backup_path(file_db.path, "auto")
    for i in range(300):
        add(file_db, f"Projet {i} " + "x" * 200)
    bad = backup_path(file_db.path, "auto")
    damage(bad, seed=7, pages=8)
    assert latest_good_backup(file_db.path).path == good
