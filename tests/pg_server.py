"""A throw-away PostgreSQL server for the observatory tests (Debian's ``postgresql`` package).

The cluster lives in a temporary folder and listens only on a Unix socket there (no
TCP port, nothing outside this machine). ``initdb`` refuses to run as root, so as root
the server runs as the ``postgres`` system user. Without PostgreSQL installed the
tests using it are skipped on a developer's machine but FAIL in CI (``CI`` set).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def find_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_owner(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """Start a cluster; yields a SQLAlchemy URL template with ``{db}`` for the database name."""
    bindir = find_bin()
    if bindir is None:
        message = "PostgreSQL absent : installer le paquet Debian « postgresql » (initdb introuvable)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    root = Path(tempfile.mkdtemp(prefix="tl-pg-"))
    data, sock = root / "data", root / "sock"
    data.mkdir()
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        for p in (data, sock):
            shutil.chown(p, "postgres")
    os.chmod(root, 0o755)
    subprocess.run(
        _as_owner(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses='' -k {sock} -c fsync=off -c full_page_writes=off"
    subprocess.run(
        _as_owner(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(root / "log"),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@/{{db}}?host={sock}"
    finally:
        subprocess.run(
            _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


_counter = iter(range(1_000_000))


def new_database(template: str) -> str:
    """A fresh, empty database on the test server; its URL."""
    from sqlalchemy import create_engine, text

    name = f"obs_{os.getpid()}_{next(_counter)}"
    admin = create_engine(template.format(db="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return template.format(db=name)
