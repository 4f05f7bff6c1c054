"""The workbook a person reads and prints, and the readers that undo its presentation.

Label row, « oui »/« non », print setup (A4, fitted to the width, header rows on each page);
every reader (openpyxl, calamine, Data Package) gives the canonical texts whatever the
spelling, skips the label row only when it is one, and still refuses what the format
refuses. The LibreOffice round trips themselves are in ``test_export_libreoffice.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from test_export_data import HOSTILE_TITLES, YEAR, build_year

from tierslieux_app.core.format import texts
from tierslieux_app.core.format.descriptor import load
from tierslieux_app.core.format.presentation import (
    FIRST_DATA_ROW,
    LABEL_ROW,
    canonical_text,
    is_label_row,
    labels,
)
from tierslieux_app.core.format.readers import PackageSource, cell_text, check_file, open_source
from tierslieux_app.core.observatory.validate import validate_file
from tierslieux_app.core.observatory.xlsx_source import CalamineSource

D = load()
PROJETS = D.table("projets")
HOURS = D.table("temps").field("heures")
CHARTER = PROJETS.field("charte_signee")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Any]:
    from tierslieux_app.core.export.exporter import export_year
    from tierslieux_app.core.storage import open_database

    folder = tmp_path_factory.mktemp("presentation")
    db = open_database(":memory:")
    try:
        build_year(db, entries=120)
        return {
            fmt: export_year(db, YEAR, folder / f"annee.{ext}", fmt, accept_warnings=True)
            for fmt, ext in (("xlsx", "xlsx"), ("datapackage", "zip"))
        }
    finally:
        db.close()


def test_canonical_spelling_of_what_spreadsheets_write():
    assert cell_text("oui", CHARTER) == ("true", "") and cell_text("NON", CHARTER) == ("false", "")
    assert cell_text(" True ", CHARTER)[0] == "true" and cell_text(False, CHARTER)[0] == "false"
    assert cell_text("peut-être", CHARTER)[0] == "peut-être"  # left to the validator
    assert cell_text(8.0, HOURS)[0] == "8.00" and cell_text(8, HOURS)[0] == "8.00"
    assert cell_text("8", HOURS)[0] == "8.00" and cell_text("0.5", HOURS)[0] == "0.50"
    assert cell_text("4.123", HOURS)[0] == "4.123"  # never rounded: refused later
    assert cell_text(4.123, HOURS)[0] == "4.123"
    assert cell_text("huit", HOURS)[0] == "huit"
    assert cell_text(dt.datetime(2025, 3, 1), PROJETS.field("date_debut"))[0] == "2025-03-01"
    # In a CSV, booleans are read with the descriptor's exact values, as a Table Schema tool reads them.
    assert canonical_text("oui", CHARTER, any_case=False) == "true"
    assert canonical_text("non", CHARTER, any_case=False) == "false"
    assert canonical_text("TRUE", CHARTER, any_case=False) == "TRUE"
    assert canonical_text("Oui", CHARTER, any_case=False) == "Oui"


def test_label_row_is_recognised_only_when_it_is_one():
    titles = labels(PROJETS)
    assert is_label_row(titles, PROJETS) and is_label_row([*titles, None, "x"], PROJETS)
    assert not is_label_row(titles[:-1], PROJETS)
    assert not is_label_row(["Autre chose", *titles[1:]], PROJETS)


def test_sheets_show_labels_and_booleans_as_words_and_print_on_a4(files):
    from openpyxl import load_workbook

    wb = load_workbook(files["xlsx"].path)
    for spec in D.tables:
        ws = wb[spec.name]
        assert [c.value for c in ws[1]] == list(spec.field_names)
        assert [c.value for c in ws[LABEL_ROW]] == labels(spec)
        assert all(c.font.i for c in ws[LABEL_ROW]) and all(c.font.b for c in ws[1])
        assert ws.freeze_panes == f"A{FIRST_DATA_ROW}"
        assert ws.print_title_rows.replace("$", "") == f"1:{LABEL_ROW}"
        table = ws.tables[f"t_{spec.name}"]
        assert table.ref.startswith(f"A{LABEL_ROW}:")  # filters on the labels: sorting keeps both rows
        assert [c.name for c in table.tableColumns] == labels(spec)
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert int(setup.paperSize) == 9 and setup.fitToWidth == 1 and setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert "&P" in ws.oddFooter.center.text
    assert wb["structure"].page_setup.orientation == "landscape"
    assert wb["temps"].page_setup.orientation == "portrait"  # narrow and long: twice the rows a page
    ws = wb["projets"]
    col = PROJETS.field_names.index("charte_signee") + 1
    cells = [ws.cell(r, col) for r in range(FIRST_DATA_ROW, ws.max_row + 1)]
    assert {c.value for c in cells} <= {"oui", "non"} and all(c.data_type == "s" for c in cells)
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    letter = cells[0].column_letter
    assert lists[f"{letter}{FIRST_DATA_ROW}:{letter}{ws.max_row}"] == '"oui,non"'
    readme = "\n".join(str(c.value) for row in wb["Lisez-moi"].iter_rows() for c in row if c.value)
    assert texts.LAYOUT in readme and "ligne 2" in texts.LAYOUT and "«\u00a0oui\u00a0»" in texts.CONVENTIONS


def test_readers_skip_the_label_row_and_agree_on_the_digest(files):
    xlsx = files["xlsx"]
    for source in (open_source(xlsx.path), CalamineSource(xlsx.path)):
        try:
            spec = D.table("projets")
            assert source.data_start(spec) == FIRST_DATA_ROW
            rows = [texts for texts, _ in source.rows(spec)]
            assert len(rows) == xlsx.counts["projets"]
            assert labels(spec)[1] not in {r[1] for r in rows}
            assert {r[spec.field_names.index("charte_signee")] for r in rows} <= {"true", "false"}
        finally:
            source.close()
    assert check_file(xlsx.path).digest == files["datapackage"].digest == xlsx.digest
    assert validate_file(xlsx.path).digest == xlsx.digest


def test_workbook_without_label_row_still_reads(files, tmp_path):
    """An older export, or a sheet pasted by hand: row 2 is data when it is not the labels."""
    from openpyxl import load_workbook

    wb = load_workbook(files["xlsx"].path)
    for spec in D.tables:
        ws = wb[spec.name]
        for table in list(ws.tables):
            del ws.tables[table]
        ws.delete_rows(LABEL_ROW)
    wb.save(tmp_path / "sans_libelles.xlsx")
    for report in (
        check_file(tmp_path / "sans_libelles.xlsx"),
        validate_file(tmp_path / "sans_libelles.xlsx"),
    ):
        problems = report.problems
        assert not [p for p in problems if getattr(p, "severity", "erreur") == "erreur"], problems[:3]
        assert report.digest == files["xlsx"].digest


def _package_with(path: Path, dest: Path, table: str, change: Any) -> Path:
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts[f"{table}.csv"] = change(parts[f"{table}.csv"].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(dest, "w") as zf:
        for name, blob in parts.items():
            zf.writestr(name, blob)
    return dest


def test_package_declares_no_byte_hash_and_fingerprints_values(files, tmp_path):
    pkg = files["datapackage"]
    with zipfile.ZipFile(pkg.path) as zf:
        package = json.loads(zf.read("datapackage.json"))
    assert all("hash" not in r and "bytes" not in r for r in package["resources"])

    def respell(text: str) -> str:  # what a spreadsheet writes: 8 for 8.00, 0.5 for 0.50, CRLF
        rows = list(csv.reader(io.StringIO(text)))
        for row in rows[1:]:
            if row[-1].endswith(".00"):
                row[-1] = row[-1][:-3]
            elif row[-1].endswith("0"):
                row[-1] = row[-1][:-1]
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        assert out.getvalue() != text
        return out.getvalue()

    respelled = _package_with(pkg.path, tmp_path / "respelled.zip", "temps", respell)
    respelled = _package_with(
        respelled,
        tmp_path / "oui.zip",
        "projets",
        lambda t: t.replace(",true,", ",oui,").replace(",false,", ",non,"),
    )
    report = validate_file(respelled)
    assert report.valid, [str(p) for p in report.problems][:3]
    assert report.digest == pkg.digest

    def one_more_hour(text: str) -> str:
        rows = list(csv.reader(io.StringIO(text)))
        rows[1][-1] = f"{float(rows[1][-1]) + 1:.2f}"
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        return out.getvalue()

    changed = _package_with(pkg.path, tmp_path / "changed.zip", "temps", one_more_hour)
    assert validate_file(changed).digest != pkg.digest
    upper = _package_with(
        pkg.path,
        tmp_path / "upper.zip",
        "projets",
        lambda t: t.replace(",true,", ",TRUE,").replace(",false,", ",FALSE,"),
    )
    refused = validate_file(upper)  # not a spelling of the descriptor: a Table Schema tool refuses it too
    assert not refused.valid and any(p.column == "charte_signee" for p in refused.problems)


def test_formula_like_texts_are_protected_in_the_csv_and_read_back_as_values(files):
    pkg = files["datapackage"]
    with zipfile.ZipFile(pkg.path) as zf:
        raw = zf.read("projets.csv").decode("utf-8")
    assert "'=HYPERLINK(" in raw and "'+33 projet plus" in raw and "'@SUM(1+1)" in raw
    assert "\n=" not in raw and ",=" not in raw and ',"=' not in raw and ",+" not in raw and ",@" not in raw
    source = PackageSource(pkg.path)
    try:
        titles = {texts[1] for texts, _ in source.rows(PROJETS)}
    finally:
        source.close()
    assert set(HOSTILE_TITLES[:4]) <= titles  # the values, as in the workbook
    report = validate_file(pkg.path)
    assert report.valid and report.digest == files["xlsx"].digest
