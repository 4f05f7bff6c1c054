"""Issue 12, core side: known failures in French (``core.errors.explain``), one rotation
ladder per database, the register of backups, and the file helpers that refuse a missing
folder and clean our own stale temporary files."""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import os
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from failure_helpers import small_disk

from tierslieux_app.cli import main
from tierslieux_app.core import paths
from tierslieux_app.core.backup import (
    backup_key,
    backup_path,
    list_backups,
    prune_backups,
    register_path,
    registered_backups,
)
from tierslieux_app.core.errors import POSTGRESQL_INSTALL, MissingFolderError, StorageError, explain
from tierslieux_app.core.fileio import atomic_path, remove_stale_temporaries, require_parent
from tierslieux_app.core.storage import open_database


def plain(text: str | None) -> str:
    assert text is not None
    return text.replace("\u00a0", " ").replace("\u202f", " ")


# -- explain: one sentence per class of known failure --------------------------------------------


def test_disk_full_on_a_real_small_disk(tmp_path):
    with small_disk(tmp_path / "petit", kib=16) as disk:
        if disk is None:
            exc: OSError = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x"))
        else:
            with pytest.raises(OSError) as info, atomic_path(disk / "gros.bin") as tmp:
                tmp.write_bytes(b"0" * 64 * 1024)
            exc = info.value
            assert os.listdir(disk) == []  # atomic_path removed its temporary file
        text = plain(explain(exc))
    assert text.startswith("Le disque est plein") and "libérez de la place" in text


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.EROFS, "en lecture seule"),
        (errno.EACCES, "Accès refusé"),
        (errno.ENOENT, "introuvable"),
        (errno.EISDIR, "est un dossier, pas un fichier"),
    ],
)
def test_system_errors(code, expected, tmp_path):
    exc = OSError(code, os.strerror(code), str(tmp_path / "annuel.xlsx"))
    text = plain(explain(exc))
    assert expected in text and "annuel.xlsx" in text
    assert os.strerror(code) not in text  # never the system's English


def test_real_system_errors_are_known(tmp_path):
    with pytest.raises(OSError) as missing:
        (tmp_path / "absent" / "x").read_bytes()
    with pytest.raises(OSError) as folder:
        tmp_path.read_bytes()
    assert "introuvable" in plain(explain(missing.value))
    assert "est un dossier" in plain(explain(folder.value))


def test_sqlite_errors_through_sqlalchemy(tmp_path):
    from sqlalchemy import create_engine, text

    damaged = tmp_path / "abime.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    engine = create_engine(f"sqlite:///{damaged}")
    with pytest.raises(Exception) as info, engine.connect() as conn:
        conn.execute(text("SELECT * FROM sqlite_master")).fetchall()
    engine.dispose()
    assert "endommagée" in plain(explain(info.value))

    empty = tmp_path / "vide.sqlite3"
    engine = create_engine(f"sqlite:///{empty}")
    with pytest.raises(Exception) as info, engine.connect() as conn:
        conn.execute(text("SELECT version_num FROM alembic_version"))
    engine.dispose()
    assert "n’est pas une base TiersLieux (vide ou incomplète)" in plain(explain(info.value))


def test_sqlite_disk_full_and_read_only():
    assert "Le disque est plein" in plain(explain(sqlite3.OperationalError("database or disk is full")))
    text = plain(explain(sqlite3.OperationalError("attempt to write a readonly database")))
    assert "lecture seule" in text


def test_recursion():
    deep = "[" * 200_000 + "]" * 200_000
    with pytest.raises(RecursionError) as info:
        json.loads(deep)
    assert "imbriqué trop profondément" in plain(explain(info.value))


def test_missing_postgresql_driver(monkeypatch):
    from sqlalchemy import create_engine

    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(ImportError) as info:
        create_engine("postgresql+psycopg://u@serveur/base")
    assert POSTGRESQL_INSTALL in plain(explain(info.value))


def test_unknown_database_scheme():
    from sqlalchemy import create_engine

    with pytest.raises(Exception) as info:
        create_engine("http://exemple.org/base")
    assert "Adresse de base non reconnue" in plain(explain(info.value))


def test_our_own_errors_pass_through_and_bugs_stay_unknown():
    assert explain(StorageError("Une phrase.")) == "Une phrase."
    assert explain(KeyError("x")) is None
    assert explain(sqlite3.OperationalError("no such function: frobnicate")) is None
    wrapped = RuntimeError("enveloppe")
    wrapped.__cause__ = OSError(errno.ENOSPC, "No space left on device")
    assert plain(explain(wrapped)).startswith("Le disque est plein")


def test_a_bug_is_unexpected_on_one_line_with_the_traceback_in_the_log_only(capsys, monkeypatch, tmp_path):
    from tierslieux_app.commands import check
    from tierslieux_app.core.logs import log_file

    def bug(_args):
        return {}["clé absente"]

    monkeypatch.setattr(check, "run", bug)
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:  # an earlier test's log file (another home): this one logs here
        if getattr(handler, "_tierslieux", False):
            root.removeHandler(handler)
    try:
        code = main(["check", "--db", str(tmp_path / "x.sqlite3")])
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)
    _out, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("Erreur inattendue : KeyError") and len(err.splitlines()) == 1
    assert "Traceback" not in err
    assert "Traceback" in log_file().read_text(encoding="utf-8")


# -- one rotation ladder per database ------------------------------------------------------------


def _two_databases(tmp_path: Path) -> tuple[Path, Path]:
    out = []
    for name in ("a", "b"):
        path = tmp_path / name / "data.sqlite3"
        path.parent.mkdir()
        open_database(path).close()
        out.append(path)
    return out[0], out[1]


def test_two_databases_with_one_name_have_their_own_ladder(tmp_path):
    a, b = _two_databases(tmp_path)
    assert backup_key(a) != backup_key(b) and backup_key(a).startswith("data-")
    now = dt.datetime(2026, 6, 1, 12, 0)
    for day in range(40):
        when = now - dt.timedelta(days=day, hours=1)
        backup_path(a, "auto", now=when)
        backup_path(b, "auto", now=when + dt.timedelta(minutes=5))
    b_files = {info.path for info in list_backups(b)}
    assert len(b_files) == 40 and len(list_backups(a)) == 40
    removed = prune_backups(a, now)
    assert removed and not (set(removed) & b_files)
    assert {info.path for info in list_backups(b)} == b_files  # none of b's deleted
    assert all(path.exists() for path in b_files)
    assert len(list_backups(a)) == 40 - len(removed)
    registered = {str(p) for p in registered_backups(a)}
    assert not any(str(p) in registered for p in removed)  # pruned copies leave the register


def test_backups_named_the_old_way_are_listed_but_never_rotated(tmp_path):
    a, b = _two_databases(tmp_path)
    folder = paths.backup_dir()
    folder.mkdir(parents=True)
    src = backup_path(a, "auto", now=dt.datetime(2026, 6, 1, 12, 0))
    old = []
    for day in range(30):
        stamp = (dt.datetime(2026, 5, 1) - dt.timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
        name = folder / f"data-{stamp}-auto.sqlite3"  # before backups carried the key: a's or b's?
        name.write_bytes(src.read_bytes())
        old.append(name)
    assert set(old) <= {info.path for info in list_backups(a)}
    assert set(old) <= {info.path for info in list_backups(b)}
    prune_backups(a, dt.datetime(2026, 6, 1, 12, 0))
    prune_backups(b, dt.datetime(2026, 6, 1, 12, 0))
    assert all(path.exists() for path in old)


def test_every_backup_is_in_the_register(tmp_path):
    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    copy = backup_path(path, out=elsewhere / "copie.sqlite3")
    auto = backup_path(path, "auto")
    assert set(registered_backups(path)) == {copy.resolve(), auto.resolve()}
    data = json.loads(register_path().read_text(encoding="utf-8"))
    assert data["version"] == 1 and str(path.resolve()) in data["bases"]
    assert registered_backups(tmp_path / "autre.sqlite3") == []


# -- files: a missing folder, our stale temporary files -----------------------------------------


def test_require_parent(tmp_path):
    assert require_parent(tmp_path / "x.xlsx") == tmp_path / "x.xlsx"
    with pytest.raises(MissingFolderError) as info:
        require_parent(tmp_path / "absent" / "x.xlsx")
    assert "n’existe pas" in str(info.value)
    (tmp_path / "fichier").write_text("x")
    with pytest.raises(MissingFolderError) as info:
        require_parent(tmp_path / "fichier" / "x.xlsx")
    assert "n’est pas un dossier" in str(info.value)
    assert not (tmp_path / "absent").exists()


def test_only_our_old_temporary_files_are_removed(tmp_path):
    with pytest.raises(RuntimeError), atomic_path(tmp_path / "annuel.xlsx", suffix=".part") as tmp:
        name = tmp.name  # the name a killed export would leave
        raise RuntimeError
    ours_old = tmp_path / name
    ours_new = tmp_path / ".annuel.xlsx.zz99yy88.part"
    other_suffix = tmp_path / ".annuel.xlsx.aa11bb22.tmp"
    theirs = tmp_path / ".cache.part"
    for path in (ours_old, ours_new, other_suffix, theirs):
        path.write_bytes(b"x")
    old = time.time() - 3600
    for path in (ours_old, other_suffix, theirs):
        os.utime(path, (old, old))
    assert remove_stale_temporaries(tmp_path) == [ours_old]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [ours_new.name, other_suffix.name, theirs.name]
    )
