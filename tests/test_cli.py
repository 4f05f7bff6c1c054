"""The ``tierslieux`` command: versions, ``check``, and one French line (exit 2) on any error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tierslieux_app import __version__
from tierslieux_app.cli import main
from tierslieux_app.core.storage import head_revision, open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_french_error(code: int, err: str, *, starts: str = "Erreur : ") -> str:
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(starts)
    assert "Traceback" not in err
    return lines[0]


def test_version(capsys):
    code, out, err = run(capsys, "--version")
    assert (code, out, err) == (0, f"tierslieux {__version__}\n", "")


def test_version_verbose_lists_every_component(capsys):
    code, out, _err = run(capsys, "--version", "--verbose")
    assert code == 0
    fields = dict(line.split(": ", 1) for line in out.splitlines())
    for name in ("tierslieux", "Python", "Qt", "PySide6", "SQLAlchemy", "SQLite", "openpyxl", "Alembic"):
        assert fields.get(name), name
    assert fields["Schéma (révision)"] == head_revision()
    assert fields["tierslieux"] == __version__


def test_check_on_a_good_database(capsys, tmp_path):
    path = tmp_path / "bonne.sqlite3"
    open_database(path).close()
    code, out, err = run(capsys, "check", "--db", str(path))
    assert (code, err) == (0, "")
    assert "Intégrité : ok (integrity_check)" in out
    assert "Clés étrangères : ok" in out
    assert f"Schéma : {head_revision()} (à jour)" in out


def test_check_uses_the_default_database(capsys, monkeypatch, tmp_path):
    path = tmp_path / "defaut.sqlite3"
    open_database(path).close()
    monkeypatch.setenv("TIERSLIEUX_DB", str(path))
    code, out, _err = run(capsys, "check")
    assert code == 0 and "(à jour)" in out


def test_check_missing_file(capsys, tmp_path):
    path = tmp_path / "absente.sqlite3"
    code, out, err = run(capsys, "check", "--db", str(path))
    line = assert_one_french_error(code, err)
    assert line == f"Erreur : Le fichier « {path} » n'existe pas."
    assert out == ""
    assert not path.exists()


def test_check_in_an_unusable_folder(capsys, tmp_path):
    blocker = tmp_path / "fichier.txt"
    blocker.write_text("x")
    code, _out, err = run(capsys, "check", "--db", str(blocker / "dossier" / "base.sqlite3"))
    assert_one_french_error(code, err)


@pytest.mark.parametrize("url", ["postgresql+nope://x", "pas une adresse://"])
def test_check_bad_url(capsys, url):
    code, _out, err = run(capsys, "check", "--db", url)
    line = assert_one_french_error(code, err)
    assert "Base de données" in line or "base de données" in line


def test_check_random_file(capsys, tmp_path):
    path = tmp_path / "bruit.sqlite3"
    path.write_bytes(os.urandom(4096))
    code, _out, err = run(capsys, "check", "--db", str(path))
    line = assert_one_french_error(code, err)
    assert "bruit.sqlite3" in line


def test_unknown_command(capsys):
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    _out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert err.splitlines()[-1].startswith("tierslieux : erreur :")


def test_unknown_option(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check", "--nope"])
    assert info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_real_process_version(tmp_path):
    env = {**os.environ, "TIERSLIEUX_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "tierslieux_app", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"tierslieux {__version__}\n", "")
