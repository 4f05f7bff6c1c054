"""Import and national report, on SQLite and on a real PostgreSQL server (started by the tests)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from observatory_corpus import read_package, write_package
from observatory_fixtures import YEAR
from openpyxl import load_workbook
from pg_server import new_database, postgres_server  # noqa: F401  (fixture)
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from tierslieux_app.cli import main
from tierslieux_app.core.format.presentation import FIRST_DATA_ROW
from tierslieux_app.core.observatory import models as M
from tierslieux_app.core.observatory.consolidate import AVERAGED, SECRET
from tierslieux_app.core.observatory.importer import (
    IDENTICAL,
    IMPORTED,
    OLDER,
    REFUSED,
    REPLACED,
    import_file,
)
from tierslieux_app.core.observatory.report import write_report
from tierslieux_app.core.observatory.store import open_observatory


@pytest.fixture(params=["sqlite", "postgresql"])
def obs_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "observatoire.sqlite3")
    return new_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def obs(obs_url):
    db = open_observatory(obs_url)
    yield db
    db.close()


def _three(exports: dict) -> list[Path]:
    return [exports[(1, "datapackage")], exports[(2, "xlsx")], exports[(3, "datapackage")]]


def indicator_sums(files: list[Path]) -> dict[str, Decimal]:
    """Sum of the « indicateurs » tables, read straight from the files (calamine or csv)."""
    total: dict[str, Decimal] = {}
    for path in files:
        if path.suffix == ".xlsx":
            sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("indicateurs").to_python()
            rows = sheet[FIRST_DATA_ROW - 1 :]  # under the field names and the French labels
            pairs = [(r[0], Decimal(str(r[2]))) for r in rows]
        else:
            with zipfile.ZipFile(path) as zf:
                reader = csv.DictReader(io.StringIO(zf.read("indicateurs.csv").decode()))
                pairs = [(r["code"], Decimal(r["valeur"])) for r in reader]
        for code, value in pairs:
            total[code] = total.get(code, Decimal(0)) + value
    return total


def test_three_demo_files_give_national_totals(obs, demo_exports, tmp_path):
    files = _three(demo_exports)
    assert [import_file(obs, p).action for p in files] == [IMPORTED] * 3
    out = tmp_path / "national.xlsx"
    write_report(obs, YEAR, out)
    wb = load_workbook(out)
    expected = indicator_sums(files)
    synth = {r[0]: r[3] for r in wb["Synthese"].iter_rows(min_row=2, values_only=True)}
    for code, value in expected.items():
        if code not in AVERAGED and synth[code] != SECRET:  # productions of a rare type: secret
            assert Decimal(str(synth[code])).quantize(Decimal("0.01")) == value, code
    assert expected["heures_total"] > 0 and synth["heures_total"] != SECRET
    included = list(wb["Fichiers inclus"].iter_rows(min_row=2, values_only=True))
    assert sorted(r[6] for r in included) == sorted(p.name for p in files)
    assert all(len(r[3]) == 64 for r in included)
    # three structures in three regions: every regional cell is protected
    for row in wb["Par région"].iter_rows(min_row=2, values_only=True):
        assert all(v == SECRET for v in row[1:]), row
    # hours by type rest on the three structures: shown, and they add up to the total
    hours = [r[2] for r in wb["Heures"].iter_rows(min_row=2, values_only=True)]
    assert Decimal(str(round(sum(hours), 2))) == expected["heures_total"]
    assert wb["Heures"]._charts and wb["Financements"]._charts


def test_newer_replaces_older_and_identical_are_skipped(obs, demo_exports, tmp_path):
    original = demo_exports[(1, "datapackage")]
    package, tables = read_package(original)
    tables["projets"][1][1] = "Titre corrigé après relecture"
    later = dict(package, metadonnees=dict(package["metadonnees"], date_export="2099-01-01T00:00:00Z"))
    newer = write_package(tmp_path / "newer.zip", json.loads(json.dumps(later)), tables)
    older_meta = dict(package, metadonnees=dict(package["metadonnees"], date_export="2000-01-01T00:00:00Z"))
    tables["projets"][1][1] = "Titre d'un brouillon ancien"
    older = write_package(tmp_path / "older.zip", json.loads(json.dumps(older_meta)), tables)

    first = import_file(obs, original)
    assert first.action == IMPORTED
    assert import_file(obs, demo_exports[(1, "xlsx")]).action == IDENTICAL
    replaced = import_file(obs, newer)
    assert replaced.action == REPLACED
    assert import_file(obs, older).action == OLDER
    s, h = M.submission.c, M.history.c
    with obs.read() as session:
        current = session.execute(select(s.id, s.digest).where(s.courant.is_(True))).all()
        assert current == [(replaced.submission_id, replaced.report.digest)]
        old = session.execute(
            select(h.digest, h.date, h.action).where(
                h.submission_id == first.submission_id, h.action == IMPORTED
            )
        ).one()
        assert old.digest == first.report.digest and old.date
        swap = session.execute(select(h.replaced_id).where(h.action == REPLACED)).scalar_one()
        assert swap == first.submission_id
        title = session.execute(
            select(M.data_tables["projets"].c.titre).where(
                M.data_tables["projets"].c.submission_id == replaced.submission_id,
                M.data_tables["projets"].c.titre.like("Titre corrigé%"),
            )
        ).scalar_one()
        assert title == "Titre corrigé après relecture"
    rows = {r[0]: r[3] for r in _synth(obs, tmp_path)}
    assert rows["heures_total"] == SECRET  # one structure only: even the totals are protected


def _synth(db, tmp_path):
    write_report(db, YEAR, tmp_path / "n.xlsx")
    return list(load_workbook(tmp_path / "n.xlsx")["Synthese"].iter_rows(min_row=2, values_only=True))


def test_invalid_file_is_refused_and_changes_nothing(obs, demo_exports, tmp_path):
    package, tables = read_package(demo_exports[(3, "datapackage")])
    tables["temps"][1][5] = "-3"
    bad = write_package(tmp_path / "bad.zip", package, tables)
    outcome = import_file(obs, bad)
    assert outcome.action == REFUSED
    assert any(
        p.sheet == "temps.csv" and p.row == 2 and p.column == "heures" for p in outcome.report.problems
    )
    with obs.read() as session:
        for table in M.metadata.sorted_tables:
            assert session.execute(select(func.count()).select_from(table)).scalar_one() == 0, table.name


def test_cli_import_and_report_datapackage(obs_url, demo_exports, tmp_path, capsys):
    files = [str(p) for p in _three(demo_exports)]
    assert main(["observatoire", "import", *files, "--db", obs_url]) == 0
    assert "3 fichiers importés sur 3" in capsys.readouterr().out
    out = tmp_path / "national.zip"
    assert (
        main(
            [
                "observatoire",
                "rapport",
                "--db",
                obs_url,
                "--year",
                str(YEAR),
                "--out",
                str(out),
                "--format",
                "datapackage",
            ]
        )
        == 0
    )
    with zipfile.ZipFile(out) as zf:
        package = json.loads(zf.read("datapackage.json"))
        synth = list(csv.DictReader(io.StringIO(zf.read("synthese.csv").decode())))
    assert SECRET in package["resources"][0]["schema"]["missingValues"]
    total = next(r for r in synth if r["Code"] == "heures_total")
    assert Decimal(total["Valeur"]) == indicator_sums(_three(demo_exports))["heures_total"]
    assert main(["observatoire", "rapport", "--db", obs_url, "--year", "1999", "--out", str(out)]) == 2


def _typed(f, text: str):
    """A file's text as the database gives it back (numbers as Decimal, whatever their scale)."""
    if not text:
        return None
    if f.type == "number":
        return Decimal(text)
    if f.type == "integer":
        return int(text)
    if f.type == "boolean":
        return text == "true"
    return text


@pytest.mark.parametrize("key", [(2, "xlsx"), (3, "datapackage")])
def test_every_row_and_value_is_stored(obs, demo_exports, key):
    """Rows go in several per INSERT statement: every one of them, each value in its column."""
    from collections import Counter

    from tierslieux_app.core.format.descriptor import load
    from tierslieux_app.core.observatory.validate import open_checked

    outcome = import_file(obs, demo_exports[key])
    assert outcome.action == IMPORTED
    source = open_checked(demo_exports[key])
    try:
        with obs.read() as session:
            for spec in load().tables:
                table = M.data_tables[spec.name]
                stored = session.execute(
                    select(*(table.c[f.name] for f in spec.fields)).where(
                        table.c.submission_id == outcome.submission_id
                    )
                ).all()
                got = Counter(
                    tuple(
                        M.from_stored(f, v) if f.type == "number" else v
                        for f, v in zip(spec.fields, row, strict=True)
                    )
                    for row in stored
                )
                want = Counter(
                    tuple(_typed(f, t) for f, t in zip(spec.fields, texts, strict=True))
                    for texts, _ in source.rows(spec)
                )
                assert got == want, spec.name
                assert len(stored) == outcome.report.counts[spec.name] > 0, spec.name
    finally:
        source.close()
