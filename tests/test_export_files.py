"""The exported files: valid against the descriptor, same values in both formats, sums agree,
no personal data anywhere, spreadsheet-hostile text kept as text."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from test_export_data import HOSTILE_TITLES, NOTES, PEOPLE, SIRET, YEAR, build_year


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """One database and its two exports, shared by the module's tests (they only read them)."""
    from tierslieux_app.core.export.exporter import export_year
    from tierslieux_app.core.storage import open_database

    folder = tmp_path_factory.mktemp("export")
    db = open_database(":memory:")
    ids = build_year(db, entries=1200)
    xlsx = export_year(db, YEAR, folder / "annee.xlsx", "xlsx", accept_warnings=True)
    pkg = export_year(db, YEAR, folder / "annee.zip", "datapackage", accept_warnings=True)
    yield {"ids": ids, "xlsx": xlsx, "pkg": pkg, "db": db}
    db.close()


def read_all(path: Path) -> dict[str, list[list[str]]]:
    from tierslieux_app.core.format.descriptor import load
    from tierslieux_app.core.format.readers import open_source

    source = open_source(path)
    try:
        return {t.name: [texts for texts, _ in source.rows(t)] for t in load().tables}
    finally:
        source.close()


def csv_tables(path: Path) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(path) as zf:
        return {
            name[:-4]: list(csv.DictReader(io.TextIOWrapper(zf.open(name), encoding="utf-8", newline="")))
            for name in zf.namelist()
            if name.endswith(".csv")
        }


def test_both_formats_validate_against_the_descriptor(exported):
    from tierslieux_app.core.format.readers import check_file

    for key in ("xlsx", "pkg"):
        result = exported[key]
        report = check_file(result.path)
        assert report.ok, report.problems[:10]
        assert report.digest == result.digest
        assert report.metadata["empreinte_sha256"] == result.digest
        assert report.counts == result.counts
        assert not report.problems, report.problems[:10]  # coherence rules too: not even a warning


def test_frictionless_validates_the_data_package(exported):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(exported["pkg"].path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])[:10]


def test_xlsx_and_data_package_hold_exactly_the_same_values(exported):
    xlsx, pkg = read_all(exported["xlsx"].path), read_all(exported["pkg"].path)
    assert xlsx == pkg
    assert exported["xlsx"].digest == exported["pkg"].digest
    assert sum(len(rows) for rows in xlsx.values()) > 100


def test_temps_rows_sum_to_the_project_aggregates_and_the_indicators(exported):
    from tierslieux_app.core.services.aggregates import year_figures

    tables = csv_tables(exported["pkg"].path)
    by_project: dict[tuple[str, str], Decimal] = {}
    for r in tables["temps"]:
        key = (r["projet_id"], r["type_temps"])
        by_project[key] = by_project.get(key, Decimal(0)) + Decimal(r["heures"])
    columns = {
        "benevole": "heures_benevoles",
        "salarie": "heures_salariees",
        "mis_a_disposition": "heures_mises_a_disposition",
    }
    assert len(tables["projets"]) == 4
    for p in tables["projets"]:
        total = Decimal(0)
        for kind, column in columns.items():
            assert Decimal(p[column]) == by_project.get((p["projet_id"], kind), Decimal(0))
            total += Decimal(p[column])
        assert Decimal(p["heures_total"]) == total
    indicators = {r["code"]: Decimal(r["valeur"]) for r in tables["indicateurs"]}
    grand = sum(by_project.values(), Decimal(0))
    figures = year_figures(exported["db"], YEAR)
    assert indicators["heures_total"] == grand == figures.hours_total
    for kind in columns:
        assert indicators[f"heures_{kind}"] == sum(
            (h for (_, k), h in by_project.items() if k == kind), Decimal(0)
        )
    assert indicators["participants_total"] == len({r["pid"] for r in tables["temps"]}) == 6
    assert indicators["valorisation_horaire_benevolat"] == Decimal("16.50")
    assert indicators["heures_par_etp"] == 1607
    assert indicators["financements_total"] == Decimal("46234.56")


def test_no_name_email_phone_or_note_anywhere_in_the_files(exported):
    needles = [NOTES.encode(), b"XQZW"]
    for first, last, email, phone in PEOPLE:
        needles += [first.encode(), last.encode(), email.encode(), phone.encode()]
        needles.append(phone.replace(" ", "").encode())
    for key in ("xlsx", "pkg"):
        with zipfile.ZipFile(exported[key].path) as zf:
            for name in zf.namelist():
                data = zf.read(name)
                for needle in needles:
                    assert needle not in data, (key, name, needle)
    # and the same search on the raw (compressed) files, for good measure
    for key in ("xlsx", "pkg"):
        raw = exported[key].path.read_bytes()
        for _first, _last, email, _phone in PEOPLE:
            assert email.encode() not in raw


def test_identifiers_stay_text_and_formula_like_titles_stay_text(exported):
    from openpyxl import load_workbook
    from python_calamine import CalamineWorkbook

    path = exported["xlsx"].path
    wb = load_workbook(path)
    assert wb["structure"]["C3"].value == SIRET and wb["structure"]["C3"].data_type == "s"
    titles = {c.value for c in wb["projets"]["B"][2:]}
    assert set(HOSTILE_TITLES[:4]) <= titles
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    cal = CalamineWorkbook.from_path(str(path))
    rows = cal.get_sheet_by_name("projets").to_python()
    assert set(HOSTILE_TITLES[:4]) <= {r[1] for r in rows[2:]}
    assert cal.get_sheet_by_name("structure").to_python()[2][2] == SIRET
    assert "=ANR-24-SAPS-0012" in {r[7] for r in cal.get_sheet_by_name("financements").to_python()}


def test_workbook_layout(exported):
    from openpyxl import load_workbook

    wb = load_workbook(exported["xlsx"].path)
    assert wb.sheetnames[0] == "Lisez-moi"
    assert wb.sheetnames[-3:] == ["dictionnaire", "codes", "metadonnees"]
    ws = wb["temps"]
    assert ws.freeze_panes == "A3"  # field names, then French labels
    assert ws["A1"].font.b and ws["A1"].value == "projet_id"
    assert ws["A2"].font.i and ws["A2"].value == "Identifiant du projet"
    assert "t_temps" in ws.tables
    assert ws["F3"].number_format == "0.00"
    assert wb["financements"]["F3"].number_format == '#,##0 "€"'
    assert wb["projets"]["E3"].is_date
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert {str(dv.sqref).split(":")[0] for dv in lists} == {"D3", "E3"}
    props = {p.name: p.value for p in wb.custom_doc_props.props}
    assert props["empreinte_sha256"] == exported["xlsx"].digest
    assert props["version_format"] == "1.1.0"
    readme = "\n".join(str(c.value) for row in wb["Lisez-moi"].iter_rows() for c in row if c.value)
    assert exported["xlsx"].digest in readme and "pseudonyme" in readme


def test_tampering_is_detected_by_the_digest(exported, tmp_path):
    from openpyxl import load_workbook

    from tierslieux_app.core.format.readers import check_file

    wb = load_workbook(exported["xlsx"].path)
    cell = wb["temps"]["F3"]
    cell.value = float(cell.value) + 1
    wb.save(tmp_path / "modifie.xlsx")
    codes = {p.code for p in check_file(tmp_path / "modifie.xlsx").problems}
    assert "digest" in codes


def test_no_exported_file_declares_an_open_data_licence(exported):
    """The Licence Ouverte is the specification's (published descriptor); a structure's file holds
    pseudonymised personal data and says so instead of carrying any licence."""
    import json

    from tierslieux_app.core.format.descriptor import descriptor_file

    with zipfile.ZipFile(exported["pkg"].path) as zf:
        package = json.loads(zf.read("datapackage.json"))
    assert "licenses" not in package
    assert all("licenses" not in r for r in package["resources"])
    assert "pas des données ouvertes" in package["donnees_personnelles"]
    with zipfile.ZipFile(exported["xlsx"].path) as zf:
        workbook_text = b"".join(zf.read(n) for n in zf.namelist()).decode("utf-8", "replace").lower()
    assert "etalab" not in workbook_text and "licence ouverte" not in workbook_text
    assert json.loads(descriptor_file().read_text(encoding="utf-8"))["licenses"][0]["name"] == "etalab-2.0"
