"""The volunteer-time valuation as a workbook, for the treasurer (accounts annex, class 8).

Written through ``fileio.atomic_path``; project titles are cleaned and typed as text the
way the observatory export does it (``export.safety``), so that no title is ever read as a
formula. Numbers are real numbers (hours, euros) with a number format, not text.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Font

from ..export.safety import clean_cell_text, needs_text_type
from ..fileio import atomic_path
from .data import Valuation

WORDS = {
    "sheet": ("Valorisation", "Valuation"),
    "title": ("Valorisation du bénévolat {0}", "Value of volunteer time {0}"),
    "structure": ("Structure", "Organisation"),
    "siret": ("SIRET", "SIRET"),
    "period": ("Période", "Period"),
    "period_value": ("du 01/01/{0} au 31/12/{0}", "1 January to 31 December {0}"),
    "method": ("Méthode de valorisation", "Valuation method"),
    "rate": ("Taux horaire (€)", "Hourly rate (€)"),
    "hours": ("Heures de bénévolat", "Volunteer hours"),
    "volunteers": ("Bénévoles ayant déclaré des heures", "Volunteers who recorded hours"),
    "valuation": ("Valorisation (€)", "Value (€)"),
    "864": ("864 Personnel bénévole (€)", "864 Volunteer staff (€)"),
    "875": ("875 Bénévolat (€)", "875 Volunteering (€)"),
    "project": ("Projet", "Project"),
}
EUROS = '#,##0.00 "€"'
HOURS = "#,##0.00"


def _w(key: str, lang: str, *args: object) -> str:
    fr, en = WORDS[key]
    return (en if lang == "en" else fr).format(*args)


def write_valuation_xlsx(v: Valuation, dest: Path, lang: str = "fr") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = _w("sheet", lang)

    def text(value: str | None) -> Cell | str | None:
        if value is None:
            return None
        value = clean_cell_text(value)
        cell = Cell(ws, value=value)
        if needs_text_type(value):
            cell.data_type = "s"  # never a formula, never an error value
        return cell

    ws.append([_w("title", lang, v.year)])
    ws["A1"].font = Font(bold=True, size=13)
    head = v.letterhead
    summary = [
        (_w("structure", lang), text(head.name), None),
        (_w("siret", lang), text(head.siret or ""), None),
        (_w("period", lang), _w("period_value", lang, v.year), None),
        (_w("method", lang), text(v.method), None),
        (_w("rate", lang), v.volunteer_hourly_rate, EUROS),
        (_w("hours", lang), v.volunteer_hours, HOURS),
        (_w("volunteers", lang), v.volunteers, None),
        (_w("valuation", lang), v.volunteer_valuation, EUROS),
        (_w("864", lang), v.volunteer_valuation, EUROS),
        (_w("875", lang), v.volunteer_valuation, EUROS),
    ]
    for label, value, number_format in summary:
        ws.append([label, value])
        if number_format:
            ws.cell(ws.max_row, 2).number_format = number_format
    ws.append([])
    ws.append([_w("project", lang), _w("hours", lang), _w("valuation", lang)])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in v.rows:
        ws.append([text(row.title), row.volunteer_hours, row.valuation])
        ws.cell(ws.max_row, 2).number_format = HOURS
        ws.cell(ws.max_row, 3).number_format = EUROS
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 20
    dest = Path(dest)
    with atomic_path(dest, ".xlsx") as tmp:
        wb.save(tmp)
    return dest
