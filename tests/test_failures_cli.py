"""Issue 12: each hostile case of the command line ends in one French sentence, never
« Erreur inattendue », with the exit code the command documents (1: the file is not sound
or not valid; 2: the command could not be done)."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from failure_helpers import listing, read_only_folder, small_disk

from tierslieux_app.cli import main
from tierslieux_app.core import paths
from tierslieux_app.core.backup import backup_path, list_backups, registered_backups
from tierslieux_app.core.errors import POSTGRESQL_INSTALL
from tierslieux_app.core.services import participants
from tierslieux_app.core.storage import open_database

YEAR = 2025


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database (seed 7), made once for the module; tests work on copies."""
    from tierslieux_app.core.demo import generate

    folder = tmp_path_factory.mktemp("demo_failures")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TIERSLIEUX_HOME", str(folder / "home"))
        path = folder / "demo.sqlite3"
        db = open_database(path)
        try:
            generate(db, seed=7, size="small")
        finally:
            db.close()
    for extra in ("-wal", "-shm", ".lock"):
        Path(str(path) + extra).unlink(missing_ok=True)
    return path


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "base" / "demo.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_db, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "inattendue" not in err, err
    assert "Traceback" not in err, err
    return code, out, err


def plain(text: str) -> str:
    """French typography's no-break spaces as plain ones (the assertions stay readable)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def one_line(err: str) -> str:
    lines = plain(err).splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Erreur : "), err
    return lines[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- check: a damaged file, an incomplete one, a folder ---------------------------------------


def test_check_of_a_damaged_database_gives_the_damage_message(capsys, demo):
    """The issue's reproduction: 512 random bytes over page 501, six seeds; each run is a
    damage report (exit 1), and SQLite's own refusal reads as the damage message."""
    pristine = demo.read_bytes()
    damage_messages = 0
    for seed in range(1, 7):
        data = bytearray(pristine)
        data[4000 * 512 : 4001 * 512] = random.Random(seed).randbytes(512)
        demo.write_bytes(bytes(data))
        code, _out, err = run(capsys, "check", "--db", str(demo))
        assert code == 1, (seed, err)
        if "endommagée" in err:
            line = one_line(err)
            assert "Restaurez la dernière sauvegarde" in line and "demo.sqlite3" in line
            damage_messages += 1
        assert demo.read_bytes() == bytes(data)  # checking never writes
    assert damage_messages >= 1


def _incomplete(path: Path) -> None:
    """What a kill during ``demo`` leaves: a 4 KB WAL file stamped by SQLite, no table yet."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


@pytest.mark.parametrize("kind", ["quatre-ko", "vide"])
def test_check_and_export_of_an_incomplete_file(capsys, tmp_path, kind):
    path = tmp_path / "tuee.sqlite3"
    if kind == "vide":
        path.write_bytes(b"")
    else:
        _incomplete(path)
        assert path.stat().st_size == 4096
    before = path.read_bytes()
    code, _out, err = run(capsys, "check", "--db", str(path))
    assert code == 1
    expected = "« tuee.sqlite3 » : ce fichier n’est pas une base TiersLieux (vide ou incomplète)."
    assert one_line(err) == f"Erreur : {expected}"
    out = str(tmp_path / "x.xlsx")
    code, _out, err = run(capsys, "export", "--db", str(path), "--year", "2025", "--out", out)
    assert code == 2 and "n’est pas une base TiersLieux (vide ou incomplète)" in one_line(err)
    assert path.read_bytes() == before and not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize("command", ["check", "export", "erase", "restore", "backup"])
def test_a_folder_is_not_a_database(capsys, demo, tmp_path, command):
    folder = tmp_path / "dossier.sqlite3"
    folder.mkdir()
    extra = {
        "export": ["--year", str(YEAR), "--out", str(tmp_path / "x.xlsx")],
        "erase": ["--participant", "x"],
        "restore": ["--from", str(demo)],
        "backup": ["--out", str(tmp_path / "copie.sqlite3")],
    }.get(command, [])
    code, _out, err = run(capsys, command, "--db", str(folder), *extra)
    assert code == 2
    line = one_line(err)
    assert "est un dossier" in line and "dossier.sqlite3" in line
    assert listing(folder) == [] and listing(tmp_path) == ["base", "dossier.sqlite3"]


# -- read-only medium ---------------------------------------------------------------------------


def test_check_and_export_on_a_read_only_medium(capsys, demo, tmp_path):
    before = sha256(demo)
    with read_only_folder(demo.parent) as folder:
        path = folder / demo.name
        code, out, err = run(capsys, "check", "--db", str(path))
        assert (code, err) == (0, "")
        assert "Intégrité : ok" in out
        out_file = tmp_path / "annuel.xlsx"
        code, out, _err = run(
            capsys, "export", "--db", str(path), "--year", str(YEAR), "--out", str(out_file)
        )
        assert code == 0 and out_file.exists()
        assert listing(folder) == ["demo.sqlite3"]  # no lock file, no -wal, no -shm
        code, _out, err = run(capsys, "erase", "--db", str(path), "--participant", "x")
        assert code == 2 and "ne peut pas être modifiée" in one_line(err)
    assert sha256(demo) == before


# -- disk full ----------------------------------------------------------------------------------

# Where no tmpfs can be mounted, the write fails as a full disk makes it fail.
INJECT_ENOSPC = textwrap.dedent(
    """
    import errno, sys
    from openpyxl.writer.excel import ExcelWriter
    def full(self):
        self._archive.writestr("xl/partial.xml", b"0" * 100_000)
        raise OSError(errno.ENOSPC, "No space left on device")
    if sys.argv[1] == "inject":
        ExcelWriter.write_data = full
    from tierslieux_app.cli import main
    sys.exit(main(sys.argv[2:]))
    """
)


def test_disk_full_during_export(demo, tmp_path):
    with small_disk(tmp_path / "cle") as disk:
        folder = disk or tmp_path / "cle"
        previous = folder / "annuel.xlsx"
        previous.write_bytes(b"l'export de l'an dernier")
        proc = subprocess.run(
            [sys.executable, "-c", INJECT_ENOSPC, "real" if disk else "inject",
             "export", "--db", str(demo), "--year", str(YEAR), "--out", str(previous)],
            capture_output=True, text=True, timeout=300,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert proc.returncode == 2, proc.stderr
        errors = [line for line in proc.stderr.splitlines() if not line.startswith("Avertissement : ")]
        assert len(errors) == 1, proc.stderr  # no "Exception ignored … Errno 28"
        assert errors[0].startswith("Erreur : Le disque est plein") and "No space" not in proc.stderr
        assert listing(folder) == ["annuel.xlsx"]  # no temporary file left
        assert previous.read_bytes() == b"l'export de l'an dernier"


def test_disk_full_during_backup(capsys, demo, tmp_path):
    with small_disk(tmp_path / "cle") as disk:
        if disk is None:
            pytest.skip("aucun tmpfs ne peut être monté ici (SQLite écrit en C : rien à injecter)")
        code, _out, err = run(capsys, "backup", "--db", str(demo), "--out", str(disk / "copie.sqlite3"))
        assert code == 2
        assert "Le disque est plein" in one_line(err)
        assert listing(disk) == []  # neither the copy nor its -journal
    assert registered_backups(demo) == []


# -- hostile Data Package -------------------------------------------------------------------------


def test_a_data_package_nested_200000_levels_is_not_valid(capsys, tmp_path):
    path = tmp_path / "profond.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", "[" * 200_000 + "]" * 200_000)
        zf.writestr("projets.csv", "id\n")
    code, out, _err = run(capsys, "observatoire", "validate", str(path))
    assert code == 1
    assert "profond.zip : non valide" in plain(out) and "imbriqué" in out
    code, out, _err = run(capsys, "observatoire", "import", "--db", str(tmp_path / "obs.sqlite3"), str(path))
    assert code == 1 and "non valide, rien n'a été importé" in out


# -- erasure reaches every copy -------------------------------------------------------------------


SECRETS = ("Zéphirine", "Quatremarre", "zephirine.quatremarre@example.org", "0698765432")


def _person(path: Path) -> str:
    db = open_database(path)
    try:
        person = participants.create_participant(
            db,
            {"first_name": "Zéphirine", "last_name": "Quatremarre", "category": "benevole",
             "sector": "citoyen", "email": "zephirine.quatremarre@example.org", "phone": "0698765432"},
        )  # fmt: skip
    finally:
        db.close()
    return person["id"]


def holds_secrets(path: Path) -> bool:
    data = path.read_bytes()
    return any(s.encode("utf-8") in data for s in SECRETS)


def test_erase_purges_the_backups_written_elsewhere_and_names_those_out_of_reach(capsys, demo, tmp_path):
    pid = _person(demo)
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    assert run(capsys, "backup", "--db", str(demo), "--out", str(elsewhere / "b.db"))[0] == 0
    assert run(capsys, "backup", "--db", str(demo), "--out", str(elsewhere / "partie.db"))[0] == 0
    assert run(capsys, "backup", "--db", str(demo))[0] == 0
    removed_by_hand = backup_path(demo, "manuelle")
    removed_by_hand.unlink()  # deleted from the backup folder: gone, not "out of reach"
    moved = tmp_path / "deplacee.db"
    (elsewhere / "partie.db").rename(moved)  # the copy went to a USB stick, now unplugged
    assert {p.name for p in registered_backups(demo)} >= {"b.db", "partie.db"}

    code, out, err = run(capsys, "erase", "--db", str(demo), "--participant", pid, "--purge-backups")
    assert err == ""
    assert code == 1  # done, but one copy could not be reached: said plainly
    assert "2 sauvegardes réécrites sans cette personne." in out
    assert "1 copie faite par TiersLieux n’a pas pu être atteinte" in plain(out)
    assert str(elsewhere / "partie.db") in out
    assert not holds_secrets(elsewhere / "b.db")
    assert not any(holds_secrets(b.path) for b in list_backups(demo))
    assert holds_secrets(moved)  # out of reach: that is what the user was told
    assert str(removed_by_hand) not in out
    assert removed_by_hand not in registered_backups(demo)


def test_erase_inactive_refuses_a_negative_number_of_years(capsys, demo):
    code, out, err = run(capsys, "erase", "--db", str(demo), "--inactive", "--years", "-3")
    assert code == 2 and out == ""
    assert "entre 1 et 200 ans" in one_line(err)


# -- stale temporary files, missing folders, newer databases ---------------------------------------


def test_stale_part_files_of_an_interrupted_export_are_removed_at_the_next(capsys, demo, tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    stale = out / ".annuel.xlsx.k3j9x0qa.part"  # atomic_path's name for a killed export
    fresh = out / ".annuel.xlsx.b7rt2m1c.part"  # another export, writing right now
    foreign = out / "notes.part"  # not ours
    for path in (stale, fresh, foreign):
        path.write_bytes(b"PK")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(foreign, (hour_ago, hour_ago))
    code, _out, _err = run(
        capsys, "export", "--db", str(demo), "--year", str(YEAR), "--out", str(out / "annuel.xlsx")
    )
    assert code == 0
    assert listing(out) == sorted([fresh.name, "annuel.xlsx", "notes.part"])


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--year", str(YEAR), "--out", "{missing}/annuel.xlsx"],
        ["template", "participants", "--out", "{missing}/modele.xlsx"],
        ["lot", "export", "--out", "{missing}/lot.tllot"],
        ["backup", "--out", "{missing}/copie.sqlite3"],
    ],
    ids=["export", "template", "lot-export", "backup"],
)
def test_a_missing_parent_folder_is_refused_not_created(capsys, demo, tmp_path, argv):
    missing = tmp_path / "n'existe" / "pas"
    argv = [a.format(missing=missing) for a in argv]
    if argv[0] != "template":
        argv += ["--db", str(demo)]
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert f"Le dossier « {missing} » n’existe pas" in one_line(err)
    assert not (tmp_path / "n'existe").exists()


def test_a_database_of_a_newer_version_can_be_backed_up(capsys, demo, tmp_path):
    conn = sqlite3.connect(demo)
    conn.execute("UPDATE alembic_version SET version_num = '0099_du_futur'")
    conn.commit()
    conn.close()
    before = sha256(demo)
    code, out, err = run(capsys, "backup", "--db", str(demo), "--out", str(tmp_path / "copie.sqlite3"))
    assert (code, err) == (0, "") and "Sauvegarde vérifiée" in out
    assert sha256(demo) == before
    code, _out, err = run(capsys, "restore", "--db", str(demo), "--from", str(tmp_path / "copie.sqlite3"))
    assert code == 2 and "version plus récente" in one_line(err)  # restoring it is another matter


# -- database addresses ---------------------------------------------------------------------------


def test_postgresql_without_its_driver_names_the_install_command(capsys, monkeypatch, tmp_path):
    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on an install without the extra
    url = "postgresql://obs@serveur/national"
    code, _out, err = run(capsys, "observatoire", "import", "--db", url, "x.zip")
    assert code == 2
    line = one_line(err)
    assert POSTGRESQL_INSTALL in line and "PostgreSQL" in line and "No module" not in line


@pytest.mark.parametrize("command", [["check", "--db"], ["observatoire", "import", "x.zip", "--db"]])
def test_an_http_address_is_not_a_database(capsys, command):
    code, _out, err = run(capsys, *command, "http://exemple.org/base")
    assert code == 2
    line = one_line(err)
    assert "Adresse de base non reconnue" in line and "plugin" not in line


# -- screenshots touch nothing ----------------------------------------------------------------------


def test_screenshots_leave_the_database_and_the_data_folder_alone(demo, tmp_path, isolated_home):
    before = sha256(demo)
    proc = subprocess.run(
        [sys.executable, "-m", "tierslieux_app", "screenshots", "--db", str(demo),
         "--out", str(tmp_path / "img"), "--size", "800x600"],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIERSLIEUX_HOME": str(isolated_home)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert len(list((tmp_path / "img").glob("*.png"))) >= 8
    assert sha256(demo) == before
    assert listing(demo.parent) == ["demo.sqlite3"]  # no lock, no -wal/-shm, no backup beside
    assert not paths.data_dir().exists()  # no backup, no register in the user's data folder
