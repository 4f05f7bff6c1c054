"""``observatoire import`` then ``observatoire rapport`` against a real PostgreSQL server,
with a plain ``postgresql://`` address (psycopg 3, the "postgresql" extra)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pg_server import new_database, postgres_server  # noqa: F401  (fixture)
from sqlalchemy import func, select

from tierslieux_app.cli import main
from tierslieux_app.core.observatory.models import submission
from tierslieux_app.core.observatory.store import open_observatory

YEAR = 2025


@pytest.fixture(scope="module")
def yearly_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tierslieux_app.core.demo import generate
    from tierslieux_app.core.export.exporter import export_year
    from tierslieux_app.core.storage import open_database

    folder = tmp_path_factory.mktemp("pg_cli")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TIERSLIEUX_HOME", str(folder / "home"))
        db = open_database(folder / "demo.sqlite3")
        try:
            generate(db, seed=11, size="small")
            return export_year(db, YEAR, folder / "annuel.zip", "datapackage", accept_warnings=True).path
        finally:
            db.close()


def test_import_then_report_on_postgresql(capsys, postgres_server, yearly_file, tmp_path):  # noqa: F811
    url = new_database(postgres_server).replace("postgresql+psycopg://", "postgresql://", 1)
    assert main(["observatoire", "import", "--db", url, str(yearly_file)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "1 fichier importé sur 1." in out
    report = tmp_path / "national.xlsx"
    assert main(["observatoire", "rapport", "--db", url, "--year", str(YEAR), "--out", str(report)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "(1 fichier inclus)" in out
    synthese = list(load_workbook(report)["Synthese"].iter_rows(min_row=2, values_only=True))
    totals = {row[0]: row[3] for row in synthese}
    assert totals["heures_total"] == "secret"  # one structure only: the small-cell rule hides it
    db = open_observatory(url)
    try:
        assert db.engine.dialect.name == "postgresql" and db.engine.dialect.driver == "psycopg"
        with db.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(submission)).scalar() == 1
    finally:
        db.close()
