"""The yearly file through the real LibreOffice: opened, saved (XLSX, CSV) and printed (PDF).

An observatory clerk or a coordinator opens the workbook in LibreOffice and saves it; the
file must stay valid with the same fingerprint (values, not bytes, are fingerprinted), and
so must the tables saved back as CSV and put in a Data Package. Booleans stay « oui » /
« non »; a formula typed in a cell is still refused. The PDF of the small demo's busiest
year is A4 and at most 44 pages.

CI installs LibreOffice and poppler (``.ci/run``) and fails without them; elsewhere these
tests are skipped. Each run of LibreOffice has its own profile (no clash with an office
the developer has open).
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from test_export_data import YEAR, build_year

from tierslieux_app.core.export.csv_writer import PACKAGE_JSON, package_json
from tierslieux_app.core.format.descriptor import load
from tierslieux_app.core.format.presentation import FALSE_TEXT, TRUE_TEXT, labels
from tierslieux_app.core.observatory.validate import validate_file

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFINFO = shutil.which("pdfinfo")
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
A4 = (595, 842)  # points, rounded


def _require(tool: str | None, package: str) -> None:
    if tool is None:  # CI installs it (.ci/run); a developer's machine may not have it
        message = f"{package} absent : installer le paquet Debian « {package} »"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _soffice(tmp_path: Path, target: str, src: Path, out: Path) -> None:
    profile = (tmp_path / "profil").as_uri()  # a private profile: no clash with a running office
    run = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
         "--outdir", str(out), str(src)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Error" not in run.stderr


@pytest.fixture
def exported(db, tmp_path) -> Any:
    _require(SOFFICE, "libreoffice-calc")
    from tierslieux_app.core.export.exporter import export_year

    build_year(db, entries=200)
    return export_year(db, YEAR, tmp_path / "annee.xlsx", "xlsx", accept_warnings=True)


@pytest.mark.slow
def test_soffice_converts_each_sheet_without_complaint(exported, tmp_path):
    out = tmp_path / "lo"
    _soffice(tmp_path, CSV_FILTER, exported.path, out)
    for table in load().tables:
        sheet = out / f"annee-{table.name}.csv"
        with sheet.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == list(table.field_names)
        assert rows[1] == labels(table)  # the French labels, row 2
        assert len(rows) - 2 == exported.counts[table.name]
    for extra in ("Lisez-moi", "dictionnaire", "codes", "metadonnees"):
        assert (out / f"annee-{extra}.csv").stat().st_size > 0


@pytest.mark.slow
def test_workbook_saved_by_libreoffice_stays_valid_with_the_same_fingerprint(exported, tmp_path):
    from openpyxl import load_workbook

    from tierslieux_app.core.format.readers import check_file

    out = tmp_path / "lo"
    _soffice(tmp_path, "xlsx", exported.path, out)
    saved = out / "annee.xlsx"
    assert saved.read_bytes() != exported.path.read_bytes()
    report = validate_file(saved)
    assert report.valid, [str(p) for p in report.problems][:5]
    assert report.digest == exported.digest == report.metadata["empreinte_sha256"]
    assert report.counts == exported.counts
    again = check_file(saved)  # the openpyxl reader (the export's self-check) agrees
    assert again.ok and again.digest == exported.digest

    ws = load_workbook(saved)["projets"]
    column = labels(load().table("projets")).index("Charte signée") + 1
    cells = [ws.cell(row, column) for row in range(3, ws.max_row + 1)]
    assert {c.value for c in cells} == {TRUE_TEXT, FALSE_TEXT}  # still words, not boolean formulas
    assert all(c.data_type == "s" for c in cells)

    # A real formula typed into a cell is still refused, with its row.
    cells[0].value = "=TRUE()"
    ws.parent.save(tmp_path / "formule.xlsx")
    refused = validate_file(tmp_path / "formule.xlsx")
    assert not refused.valid
    assert any("formule" in p.message for p in refused.problems), [str(p) for p in refused.problems][:5]


@pytest.mark.slow
def test_tables_saved_as_csv_by_libreoffice_make_a_valid_package_with_the_same_fingerprint(
    exported, tmp_path
):
    from tierslieux_app.core.format.readers import open_source

    d = load()
    out = tmp_path / "lo"
    _soffice(tmp_path, CSV_FILTER, exported.path, out)
    source = open_source(exported.path)
    meta = dict(source.metadata)
    source.close()
    package = tmp_path / "paquet.zip"
    with zipfile.ZipFile(package, "w") as zf:
        zf.writestr(PACKAGE_JSON, package_json(d, meta, {t.name: "" for t in d.tables}))
        for table in d.tables:
            lines = (out / f"annee-{table.name}.csv").read_text(encoding="utf-8").splitlines(keepends=True)
            assert lines[1].startswith(labels(table)[0])
            zf.writestr(f"{table.name}.csv", lines[0] + "".join(lines[2:]))  # without the label row
    spelled = (out / "annee-projets.csv").read_text(encoding="utf-8")
    assert f",{TRUE_TEXT}," in spelled or f",{FALSE_TEXT}," in spelled  # re-spelled, not canonical
    heures = (out / "annee-temps.csv").read_text(encoding="utf-8")
    assert re.search(r",\d+(\.\d)?\n", heures)  # LibreOffice drops the trailing zeros of 8.00

    report = validate_file(package)
    assert report.valid, [str(p) for p in report.problems][:5]
    assert report.digest == exported.digest
    assert report.counts == exported.counts


@pytest.mark.slow
def test_printed_year_of_the_small_demo_is_a4_and_at_most_44_pages(tmp_path):
    _require(SOFFICE, "libreoffice-calc")
    _require(PDFINFO, "poppler-utils")
    from sqlalchemy import func, select

    from tierslieux_app.core import demo
    from tierslieux_app.core.export.exporter import export_year
    from tierslieux_app.core.models import TimeEntry
    from tierslieux_app.core.storage import open_database

    db = open_database(tmp_path / "demo.sqlite3")
    try:
        demo.generate(db, seed=1, size="small")
        with db.read() as session:
            year = func.substr(TimeEntry.date, 1, 4)
            busiest = session.execute(select(year).group_by(year).order_by(func.count().desc())).scalar()
        result = export_year(db, int(busiest), tmp_path / "annee.xlsx", "xlsx", accept_warnings=True)
    finally:
        db.close()
    _soffice(tmp_path, "pdf", result.path, tmp_path / "pdf")
    pdf = tmp_path / "pdf" / "annee.pdf"
    info = subprocess.run(
        [PDFINFO, "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert 10 <= pages <= 44, pages  # 164 pages before the print setup; 1.1 added two short tables
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    assert len(sizes) == pages
    assert {tuple(sorted(round(float(v)) for v in s)) for s in sizes} == {A4}
    assert any(float(w) > float(h) for w, h in sizes)  # the wide tables print landscape
    # Each page names its sheet in the footer: the one row of « structure » is one page.
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    footers = re.findall(r"(\S+) — page \d+ / \d+", text)
    assert len(footers) == pages
    assert footers.count("structure") == 1 and footers.count("dictionnaire") <= 8
