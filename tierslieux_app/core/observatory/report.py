"""The national report: an XLSX workbook with charts, or a Data Package of the same tables.

Both are written through ``fileio.atomic_path``: a failed run leaves any previous
report untouched. Cells protected by the small-cell rule hold the text « secret », and
figures that no included file could give (format 1.1 parts, files of format 1.0) « non
renseigné »; in the Data Package, both are declared missing values so that the numeric
columns keep their type.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..db import Database
from ..errors import NotFoundError
from ..export.safety import needs_text_type
from ..fileio import atomic_path
from .consolidate import ENSEMBLE, MIN_STRUCTURES, NOT_GIVEN, SECRECY_NOTE, SECRET, Sheet, national

FORMATS = ("xlsx", "datapackage")


def _cell(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def _header_row(sheet: Sheet) -> int:
    """1-based row of a sheet's column headers: below its title, unit and source when it has them."""
    return 5 if sheet.unit or sheet.source else 1


def _print_setup(ws: Any, header_row: int) -> None:
    """A4 landscape, one page wide, the header row repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddFooter.center.text = "Page &P / &N"


def _charts(ws: Any, sheet: Sheet, first_data_row: int) -> None:
    from openpyxl.chart import BarChart, Reference

    for i, (title, start, stop) in enumerate(sheet.charts):
        chart = BarChart()
        chart.type = "bar"
        chart.title = title
        chart.legend = None
        rows = (first_data_row + start, first_data_row + stop)
        chart.add_data(Reference(ws, min_col=3, min_row=rows[0], max_row=rows[1]), titles_from_data=False)
        chart.set_categories(Reference(ws, min_col=2, min_row=rows[0], max_row=rows[1]))
        chart.height, chart.width = 7.5, 16
        chart.y_axis.number_format = "#,##0"
        anchor_row = 1 + 16 * (i // 2)
        ws.add_chart(chart, f"{'E' if i % 2 == 0 else 'N'}{anchor_row}")


def write_xlsx(sheets: list[Sheet], year: int, dest: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    readme = wb.active
    readme.title = "Lisez-moi"
    for line in (
        [f"Observatoire du TSR — rapport national {year}"],
        [
            f"Secret statistique : une case qui repose sur moins de {MIN_STRUCTURES} structures "
            f"affiche « {SECRET} »."
        ],
        *([note] for note in SECRECY_NOTE),
        [
            "Chaque feuille nationale indique son unité et sa source (tables, champs, année, structures) ; "
            "elle donne ses chiffres par région puis par catégorie TSR, avec la ligne « Ensemble »."
        ],
        ["Les totaux nationaux sont la somme des feuilles « indicateurs » des fichiers inclus."],
        ["Les taux (heures par ETP, valorisation horaire) sont des moyennes des structures."],
        ["Médiane et quartiles : méthode « inclusive » (interpolation entre les valeurs déclarées)."],
        [
            "Fichiers au format 1.0 et 1.1 : ce que la version 1.1 ajoute (emplois par contrat, "
            "formes d’engagement, évolutions détaillées, catégorie juridique INSEE, agréments, réseaux) "
            "ne repose que sur les structures qui l’ont transmis, comptées dans la colonne "
            "« Structures renseignées » ; une ligne sans aucune de ces structures affiche "
            f"« {NOT_GIVEN} », jamais 0. La version de chaque fichier est dans la feuille "
            "« Fichiers inclus »."
        ],
    ):
        readme.append(line)
    readme["A1"].font = Font(bold=True, size=14)
    readme.column_dimensions["A"].width = 110
    for row in readme.iter_rows(min_row=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
        lines = -(-len(str(row[0].value or "")) // 100)  # LibreOffice does not grow wrapped rows itself
        readme.row_dimensions[row[0].row].height = 15 * max(1, lines)
    _print_setup(readme, 1)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name[:31])
        top = _header_row(sheet)
        if top > 1:
            ws.append([sheet.title])
            ws.append([sheet.unit])
            ws.append([sheet.source])
            ws.append([])
            ws["A1"].font = Font(bold=True, size=13)
            ws["A2"].font = ws["A3"].font = Font(italic=True)
        ws.append(sheet.headers)
        for c in ws[top]:
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for row in sheet.rows:
            ws.append([_cell(v) for v in row])
            total = top > 1 and len(row) > 1 and row[1] == ENSEMBLE
            for c in ws[ws.max_row]:
                if isinstance(c.value, str) and needs_text_type(c.value):
                    c.data_type = "s"
                if total:
                    c.font = Font(bold=True)
                if isinstance(c.value, float):
                    c.number_format = "#,##0.00" if abs(c.value) >= 1 or c.value == 0 else "0.000"
                elif c.value in (SECRET, NOT_GIVEN):
                    c.alignment = Alignment(horizontal="right")
        ws.freeze_panes = f"{'C' if top > 1 else 'A'}{top + 1}"
        for i, h in enumerate(sheet.headers, start=1):
            width = max(12, min(45, len(h) + 4)) if top == 1 else max(14, min(24, len(h) // 2 + 4))
            ws.column_dimensions[ws.cell(top, i).column_letter].width = width
        if top > 1:
            ws.column_dimensions["A"].width = 38 if sheet.charts else 16
            ws.column_dimensions["B"].width = 40 if sheet.charts else 30
            ws.row_dimensions[top].height = 45
        _print_setup(ws, top)
        _charts(ws, sheet, top + 1)
        if sheet.chart and sheet.rows:
            label_col, value_col = sheet.chart
            chart = BarChart()
            chart.type = "bar"
            chart.title = sheet.title
            chart.y_axis.title = sheet.headers[value_col - 1]
            n = len(sheet.rows) + 1
            chart.add_data(Reference(ws, min_col=value_col, min_row=1, max_row=n), titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=label_col, min_row=2, max_row=n))
            chart.height, chart.width = 9, 18
            ws.add_chart(chart, f"{ws.cell(1, len(sheet.headers) + 2).column_letter}2")
    with atomic_path(dest, suffix=".xlsx") as tmp:
        wb.save(tmp)


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _type(sheet: Sheet, col: int) -> str:
    values = [r[col] for r in sheet.rows if r[col] not in (None, SECRET, NOT_GIVEN)]
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer"
    if values and all(isinstance(v, int | Decimal) and not isinstance(v, bool) for v in values):
        return "number"
    return "string"


def write_datapackage(sheets: list[Sheet], year: int, dest: Path) -> None:
    resources = []
    members = []
    for sheet in sheets:
        name = _slug(sheet.name)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(sheet.headers)
        for row in sheet.rows:
            w.writerow(["" if v is None else str(v) for v in row])
        members.append((f"{name}.csv", buf.getvalue().encode("utf-8")))
        fields = [{"name": h, "type": _type(sheet, i)} for i, h in enumerate(sheet.headers)]
        resources.append(
            {
                "name": name,
                "title": sheet.title,
                **({"description": " ".join(filter(None, (sheet.unit, sheet.source)))} if sheet.unit else {}),
                "path": f"{name}.csv",
                "format": "csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "missingValues": ["", SECRET, NOT_GIVEN]},
            }
        )
    package = {
        "name": f"observatoire-tsr-national-{year}",
        "title": f"Observatoire du TSR — rapport national {year}",
        "description": f"Secret statistique : « {SECRET} » remplace toute case reposant sur moins de "
        f"{MIN_STRUCTURES} structures ; « {NOT_GIVEN} » une case qu’aucun fichier inclus "
        "ne pouvait renseigner (ce que le format 1.1 ajoute, pour les fichiers au format 1.0). "
        + " ".join(SECRECY_NOTE),
        "resources": resources,
    }
    with atomic_path(dest, suffix=".zip") as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", json.dumps(package, ensure_ascii=False, indent=2))
        for name, data in members:
            zf.writestr(name, data)


def write_report(db: Database, year: int, dest: Path, fmt: str = "xlsx") -> list[Sheet]:
    """Consolidate ``year`` and write the report; refuses a year with no file imported."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    sheets = national(db, year)
    if not sheets[-1].rows:
        raise NotFoundError(f"Aucun fichier importé pour l'année {year} : pas de rapport.")
    (write_xlsx if fmt == "xlsx" else write_datapackage)(sheets, year, Path(dest))
    return sheets
