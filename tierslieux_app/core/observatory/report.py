"""The national report: an XLSX workbook with charts, or a Data Package of the same tables.

Both are written through ``fileio.atomic_path``: a failed run leaves any previous
report untouched. Cells protected by the small-cell rule hold the text « secret »;
in the Data Package, « secret » is declared as a missing value so that the numeric
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
from .consolidate import MIN_STRUCTURES, SECRET, Sheet, national

FORMATS = ("xlsx", "datapackage")


def _cell(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def write_xlsx(sheets: list[Sheet], year: int, dest: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    wb = Workbook()
    readme = wb.active
    readme.title = "Lisez-moi"
    for line in (
        [f"Observatoire du TSR — rapport national {year}"],
        [
            f"Secret statistique : une case qui repose sur moins de {MIN_STRUCTURES} structures "
            f"affiche « {SECRET} »."
        ],
        ["Les totaux nationaux sont la somme des feuilles « indicateurs » des fichiers inclus."],
        ["Les taux (heures par ETP, valorisation horaire) sont des moyennes des structures."],
    ):
        readme.append(line)
    readme["A1"].font = Font(bold=True, size=14)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name[:31])
        ws.append(sheet.headers)
        for c in ws[1]:
            c.font = Font(bold=True)
        for row in sheet.rows:
            ws.append([_cell(v) for v in row])
            for c in ws[ws.max_row]:
                if isinstance(c.value, str) and needs_text_type(c.value):
                    c.data_type = "s"
        ws.freeze_panes = "A2"
        for i, h in enumerate(sheet.headers, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(12, min(45, len(h) + 4))
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
    values = [r[col] for r in sheet.rows if r[col] not in (None, SECRET)]
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
                "path": f"{name}.csv",
                "format": "csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "missingValues": ["", SECRET]},
            }
        )
    package = {
        "name": f"observatoire-tsr-national-{year}",
        "title": f"Observatoire du TSR — rapport national {year}",
        "description": f"Secret statistique : « {SECRET} » remplace toute case reposant sur moins de "
        f"{MIN_STRUCTURES} structures.",
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
