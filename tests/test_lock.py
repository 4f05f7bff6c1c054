"""One writer per database: a second process is told who holds it, may read, and a crash frees it."""

from __future__ import annotations

import getpass
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tierslieux_app.core.lock import LockedError, _longest_mount, network_warning, read_owner
from tierslieux_app.core.services import projects
from tierslieux_app.core.storage import open_database

# Run in another process: open the database for writing (or read-only), report, maybe wait.
CHILD = textwrap.dedent(
    """
    import sys
    from tierslieux_app.core.lock import LockedError
    from tierslieux_app.core.services import projects
    from tierslieux_app.core.storage import open_database
    path, mode = sys.argv[1], sys.argv[2]
    try:
        db = open_database(path, readonly=(mode == "read"))
    except LockedError as exc:
        print("LOCKED", exc, flush=True)
        sys.exit(3)
    if mode == "read":
        print("READ", ",".join(p["title"] for p in projects.list_projects(db)), flush=True)
    else:
        projects.create_project(db, {"title": "Écrit par l'autre", "status": "en_cours"})
        print("WROTE", flush=True)
        if mode == "hold":
            sys.stdin.readline()  # keeps the lock until killed
    db.close()
    """
)


def child(path: Path, mode: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_second_process_is_told_who_holds_the_database(file_db):
    projects.create_project(file_db, {"title": "Mien", "status": "en_cours"})
    proc = child(file_db.path, "write")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 3, err
    assert out.startswith("LOCKED")
    assert f"par {getpass.getuser()}" in out and socket.gethostname() in out
    assert "lecture seule" in out
    assert [p["title"] for p in projects.list_projects(file_db)] == ["Mien"]


def test_second_process_can_open_read_only(file_db):
    projects.create_project(file_db, {"title": "Mien", "status": "en_cours"})
    proc = child(file_db.path, "read")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.strip() == "READ Mien"


def test_lock_file_names_the_holder(file_db):
    owner = read_owner(file_db.path)
    assert owner["pid"] == os.getpid()
    assert owner["host"] == socket.gethostname()


def test_a_clean_close_leaves_no_holder(tmp_path):
    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    assert read_owner(path) == {}
    db = open_database(path)
    try:
        assert not db.lock.after_crash
    finally:
        db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crashed_holder_does_not_block_the_next_start(tmp_path):
    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    proc = child(path, "hold")
    assert proc.stdout.readline().strip() == "WROTE"
    with pytest.raises(LockedError):
        open_database(path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert read_owner(path)["pid"] == proc.pid  # the dead holder's note is still there…
    db = open_database(path)  # …but the OS released its lock
    try:
        assert db.lock.after_crash  # so the whole file was checked at this start
        assert [p["title"] for p in projects.list_projects(db)] == ["Écrit par l'autre"]
        assert read_owner(path)["pid"] == os.getpid()
    finally:
        db.close()


def test_same_process_may_open_twice_and_keeps_the_lock_until_the_last_close(tmp_path):
    path = tmp_path / "base.sqlite3"
    first = open_database(path)
    second = open_database(path)
    first.close()
    proc = child(path, "write")
    proc.communicate(timeout=60)
    assert proc.returncode == 3  # still locked by `second`
    second.close()
    proc = child(path, "write")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err


def test_read_only_opening_takes_no_lock(tmp_path):
    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    reader = open_database(path, readonly=True)
    try:
        proc = child(path, "write")
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    finally:
        reader.close()


def test_network_mounts_are_recognised():
    mounts = [("/", "ext4"), ("/mnt/partage", "cifs"), ("/mnt/partage/local", "ext4"), ("/home", "nfs4")]
    assert _longest_mount(Path("/mnt/partage/asso"), mounts) == "cifs"
    assert _longest_mount(Path("/mnt/partage/local/x"), mounts) == "ext4"
    assert _longest_mount(Path("/mnt/partagex"), mounts) == "ext4"
    assert _longest_mount(Path("/home/marie"), mounts) == "nfs4"


def test_local_folder_gives_no_network_warning(file_db):
    assert network_warning(file_db.path) is None
    assert file_db.warnings == []
