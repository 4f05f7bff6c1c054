"""Opening in two steps (checks, then connection) and the revisions read without Alembic."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tierslieux_app.core import storage
from tierslieux_app.core.backup import list_backups
from tierslieux_app.core.errors import NewerDatabaseError
from tierslieux_app.core.lock import read_owner
from tierslieux_app.core.services import structure
from tierslieux_app.core.storage import has_structure, open_database, prepare_database


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_revisions_read_as_text_match_alembic():
    script = storage._script()

    def downs(value: str | tuple[str, ...] | None) -> list[str]:
        return [] if value is None else sorted([value] if isinstance(value, str) else value)

    graph = {rev.revision: downs(rev.down_revision) for rev in script.walk_revisions()}
    assert {k: sorted(v) for k, v in storage._revision_graph().items()} == graph
    assert storage.head_revision() == script.get_current_head()
    assert storage.known_revisions() == set(graph)


def _stamp(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()


def _run(code: str, *args: str, home: Path) -> dict:
    """Run ``code`` in a fresh interpreter (this one has SQLAlchemy loaded); it prints JSON."""
    env = {"TIERSLIEUX_HOME": str(home), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_checks_at_head_import_neither_sqlalchemy_nor_alembic(tmp_path):
    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    out = _run(
        """
        import json, sys
        from tierslieux_app.core.storage import has_structure, prepare_database
        opening = prepare_database(sys.argv[1])
        ready, structure = opening.ready, has_structure(opening.path)
        loaded = sorted(m for m in ("sqlalchemy", "alembic") if m in sys.modules)
        db = opening.connect()
        journal = db.journal
        db.close()
        print(json.dumps({"ready": ready, "structure": structure, "loaded": loaded, "journal": journal}))
        """,
        str(path),
        home=tmp_path / "home",
    )
    assert out == {"ready": True, "structure": False, "loaded": [], "journal": True}


def test_newer_database_refused_before_alembic_is_imported(tmp_path):
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    _stamp(path, "9999_from_the_future")
    before = sha256(path)
    out = _run(
        """
        import json, sys
        from tierslieux_app.core.errors import NewerDatabaseError
        from tierslieux_app.core.storage import prepare_database
        try:
            prepare_database(sys.argv[1])
            refused = False
        except NewerDatabaseError:
            refused = True
        print(json.dumps({"refused": refused, "alembic": "alembic" in sys.modules}))
        """,
        str(path),
        home=tmp_path / "home",
    )
    assert out == {"refused": True, "alembic": False}
    assert sha256(path) == before
    with pytest.raises(NewerDatabaseError):
        open_database(path)
    assert sha256(path) == before


def test_older_file_waits_for_connect_which_backs_up_then_migrates(tmp_path):
    path = tmp_path / "old.sqlite3"
    older = sorted(storage.known_revisions() - {storage.head_revision()})[-1]
    db = open_database(path, migrate=False)
    storage.upgrade(db, older)
    db.close()
    opening = prepare_database(path)
    assert opening.revision == older and not opening.ready
    assert list_backups(path) == []  # nothing written by the checks
    db = opening.connect()
    try:
        assert [b.label for b in list_backups(path)] == [f"avant-migration-{older}"]
        assert storage.current_revision(db) == storage.head_revision() and db.journal
    finally:
        db.close()


def test_structure_is_seen_without_the_services(tmp_path):
    path = tmp_path / "base.sqlite3"
    db = open_database(path)
    try:
        assert not has_structure(path)
        structure.save_structure(
            db,
            {
                "name": "La Fabrique",
                "legal_form": "association",
                "tsr_category": "non_marchand",
                "rna": "W751234567",
            },
        )
        assert has_structure(path)
    finally:
        db.close()


def test_abandoned_opening_releases_the_lock(tmp_path):
    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    opening = prepare_database(path)
    assert read_owner(path.resolve())
    opening.abandon()
    assert not read_owner(path.resolve())


def test_connect_hands_the_lock_to_the_database(tmp_path):
    path = tmp_path / "base.sqlite3"
    open_database(path).close()
    opening = prepare_database(path)
    db = opening.connect()
    assert opening.lock is None and db.lock is not None
    assert read_owner(path.resolve())
    db.close()
    assert not read_owner(path.resolve())
