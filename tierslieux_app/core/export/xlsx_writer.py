"""The yearly file as an XLSX workbook, written in openpyxl's write-only (streaming) mode.

Sheets: Lisez-moi, one per table, dictionnaire (the codebook), codes (every code with
its label and URI) and metadonnees (key/value, for machines; the same keys are also
custom document properties).

A table's sheet (layout facts in ``presentation``): row 1 the field names in bold (the
machine header), row 2 the French labels in italics, data from row 3; both header rows
frozen and printed on every page. The Excel table (filters, stripes) has the label row
as its header, so sorting and filtering never move either header row. Booleans are the
texts « oui » / « non » (LibreOffice would save boolean cells as formulas), with a
drop-down list like the coded columns. Every sheet prints on A4, fitted to the page
width, page numbers in the footer; landscape, or portrait for the narrow sheets (the
hours: twice the rows per page, larger). Long free text wraps (row heights computed
here: write-only mode cannot auto-fit, and LibreOffice keeps the default height).

Memory stays flat: rows go straight to openpyxl's temporary files. Column widths and
frozen panes are decided before the first row (write-only mode writes them first),
from the descriptor, never from the data.
"""

from __future__ import annotations

import contextlib
import warnings
import zipfile
from collections.abc import Generator, Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.writer.excel import ExcelWriter

from ..format import texts
from ..format.descriptor import Descriptor, FieldSpec, TableSpec
from ..format.digest import CanonicalCsv, package_digest
from ..format.presentation import (
    FALSE_TEXT,
    FIRST_DATA_ROW,
    HEADER_ROW,
    LABEL_ROW,
    TRUE_TEXT,
    boolean_word,
    labels,
)
from ..i18n import plural
from .safety import needs_text_type
from .tables import TableData

README = "Lisez-moi"
DICTIONARY = "dictionnaire"
CODES = "codes"
METADATA = "metadonnees"
PROGRESS_EVERY = 2000
HOURS_FORMAT = "0.00"
MONEY_FORMAT = '#,##0 "€"'
SHARE_FORMAT = "0.00##"  # not a percentage: LibreOffice saves those as « 64% » in CSV
MAX_INLINE_LIST = 255  # Excel's limit for a list written in the validation itself

BOLD = Font(bold=True)
ITALIC = Font(italic=True)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_DATA = Alignment(wrap_text=True)  # at the bottom, as the other cells of the row
PAGE_FOOTER = "&A — page &P / &N"  # sheet name, page number, page count
MAX_LIST_IN_DICTIONARY = 12  # longer code lists are left to the codes sheet
ROW_HEIGHT = 15  # points, one line of the default font
PAPER_A4 = 9  # ECMA-376 paper size code
TEXT_WIDTH = 30  # widest text column; longer text wraps
NAME_WIDTH = 18  # a longer field name wraps in the header row
PORTRAIT_MAX_WIDTH = 160  # column width units: printed at 60 % or more on a portrait A4


def number_format(f: FieldSpec) -> str | None:
    """Display format of a number column (the value itself is never rounded by it)."""
    if f.type == "integer":
        return "0"
    if f.type != "number":
        return None
    if ("€" in f.title and "€/h" not in f.title) or f.name == "montant":
        return MONEY_FORMAT
    if f.name.startswith("part_"):
        return SHARE_FORMAT
    return "0." + "0" * (f.decimals or 0) if f.decimals else "0"


def wraps(f: FieldSpec) -> bool:
    """Free text longer than its column: wrapped on several lines, so the sheet stays printable.

    A single code (an ``enum``) or a text with a ``pattern`` never is: short, and on every row of
    the largest tables (``temps``), where a wrapped cell costs a styled cell and a height.
    """
    if f.type != "string" or f.format or f.enum or (f.pattern and not f.multiple):
        return False
    return f.max_length is None or f.max_length > TEXT_WIDTH


def column_width(f: FieldSpec) -> float:
    """From the descriptor, never from the data; the header rows wrap (field names at ``_``)."""
    if f.format == "uuid":
        return 37
    by_type = {"date": 11, "yearmonth": 9, "boolean": 8, "integer": 10, "number": 12}
    width = by_type.get(f.type) or min(max(f.max_length or TEXT_WIDTH, 10), TEXT_WIDTH)
    return max(width, min(len(f.name) + 2, NAME_WIDTH))


def _print_setup(ws: Any, title_rows: str | None, width: float) -> None:
    """A4 fitted to the page width (as many pages down as needed), numbered pages.

    Landscape, unless the columns fit a portrait page at a readable size: a long, narrow
    table (the hours) then prints twice as many rows per page, at a larger size.
    """
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "portrait" if width <= PORTRAIT_MAX_WIDTH else "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = PAGE_FOOTER
    if title_rows:
        ws.print_title_rows = title_rows


class _Cells:
    """Turns exported values into write-only cells: text forced as text, numbers formatted."""

    def __init__(self, ws: Any, spec: TableSpec):
        self.ws = ws
        self.makers: list[Any] = []
        # wrapped columns: (index, width), for the row heights (write-only cannot auto-fit)
        self.wrapped = [(i, column_width(f)) for i, f in enumerate(spec.fields) if wraps(f)]
        for f in spec.fields:
            fmt = number_format(f)
            if f.type == "boolean":
                self.makers.append(boolean_word)  # plain text: openpyxl writes it as a string
            elif wraps(f):
                template = WriteOnlyCell(ws)
                template.alignment = WRAP_DATA
                self.makers.append(self._wrapped(template))
            elif f.type in {"string", "yearmonth"}:
                self.makers.append(self._text)
            elif fmt and fmt != "0":
                template = WriteOnlyCell(ws)
                template.number_format = fmt
                self.makers.append(self._styled(template))
            else:
                self.makers.append(None)

    def _text(self, v: Any) -> Any:
        if v is None or not needs_text_type(v):
            return v
        cell = WriteOnlyCell(self.ws, value=v)
        cell.data_type = "s"  # never a formula, never an error value
        return cell

    @staticmethod
    def _styled(cell: WriteOnlyCell) -> Any:
        """One styled cell per column, refilled for each row.

        openpyxl serialises the cells of a row as soon as it is appended, so the same
        object can carry the next row's value: this halves the cost of formatted numbers.
        """

        def make(v: Any) -> Any:
            if v is None:
                return None
            cell.value = v
            return cell

        return make

    @staticmethod
    def _wrapped(cell: WriteOnlyCell) -> Any:
        """Like ``_styled``, for wrapped text (always a text cell: never a formula)."""

        def make(v: Any) -> Any:
            if v is None:
                return None
            cell.value = v
            cell.data_type = "s"
            return cell

        return make

    def row(self, values: tuple[Any, ...]) -> list[Any]:
        return [m(v) if m else v for m, v in zip(self.makers, values, strict=True)]


def _header(ws: Any, names: list[str], font: Font = BOLD, wrap: bool = False) -> list[WriteOnlyCell]:
    out = []
    for name in names:
        cell = WriteOnlyCell(ws, value=name)
        cell.data_type = "s"
        cell.font = font
        if wrap:
            cell.alignment = WRAP
        out.append(cell)
    return out


def _code_ranges(d: Descriptor) -> dict[str, tuple[int, int]]:
    """Row span of each vocabulary in the codes sheet (written in this same order)."""
    ranges, row = {}, 2
    for name, codes in d.vocabularies.items():
        ranges[name] = (row, row + len(codes) - 1)
        row += len(codes)
    return ranges


def _validations(ws: Any, spec: TableSpec, last_row: int, ranges: Mapping[str, tuple[int, int]]) -> None:
    for i, f in enumerate(spec.fields, start=1):
        choices = (TRUE_TEXT, FALSE_TEXT) if f.type == "boolean" else f.enum
        if not choices or (not f.vocab and f.type != "boolean" and len(",".join(choices)) > MAX_INLINE_LIST):
            continue  # a long closed list that is not a vocabulary (COAR URIs) has no drop-down
        inline = '"' + ",".join(choices) + '"'
        if f.type == "boolean" or (len(inline) - 2 <= MAX_INLINE_LIST and f.vocab != "indicateur"):
            formula = inline
        else:
            lo, hi = ranges[f.vocab]
            formula = f"{quote_sheetname(CODES)}!$B${lo}:$B${hi}"
        col = get_column_letter(i)
        dv = DataValidation(type="list", formula1=formula, allow_blank=not f.required, showErrorMessage=True)
        dv.errorTitle = "Code inconnu"
        dv.error = f"Choisissez un code de la liste (voir la feuille « {DICTIONARY} »)."
        if f.type == "boolean":
            dv.errorTitle = "Valeur inconnue"
            dv.error = f"Choisissez « {TRUE_TEXT} » ou « {FALSE_TEXT} »."
        dv.add(f"{col}{FIRST_DATA_ROW}:{col}{last_row}")
        ws.data_validations.append(dv)  # write-only sheets lack add_data_validation


def _data_sheet(
    wb: Workbook, table: TableData, ranges: Mapping[str, tuple[int, int]]
) -> Generator[int, None, CanonicalCsv]:
    spec = table.spec
    ws = wb.create_sheet(spec.name)
    widths = list(map(column_width, spec.fields))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    _print_setup(ws, f"{HEADER_ROW}:{LABEL_ROW}", sum(widths))
    titles = labels(spec)
    for row, words in ((HEADER_ROW, spec.field_names), (LABEL_ROW, titles)):
        lines = max(_lines(t, w) for t, w in zip(words, widths, strict=True))
        if lines > 1:
            ws.row_dimensions[row].height = ROW_HEIGHT * lines
    ws.append(_header(ws, list(spec.field_names), wrap=True))
    ws.append(_header(ws, titles, ITALIC, wrap=True))
    canon = CanonicalCsv(spec)
    cells = _Cells(ws, spec)
    rowno = LABEL_ROW
    for values in table.rows():
        canon.add(values)
        rowno += 1
        if cells.wrapped:
            height = max(_lines(values[i], w) if values[i] else 1 for i, w in cells.wrapped)
            if height > 1:
                ws.row_dimensions[rowno].height = ROW_HEIGHT * height
        ws.append(cells.row(values))
        if canon.rows % PROGRESS_EVERY == 0:
            yield PROGRESS_EVERY
    yield canon.rows % PROGRESS_EVERY
    last_row = max(canon.rows + LABEL_ROW, FIRST_DATA_ROW)  # an Excel table needs one data row, even empty
    ref = f"A{LABEL_ROW}:{get_column_letter(len(spec.fields))}{last_row}"
    excel_table = Table(displayName=f"t_{spec.name}", ref=ref)
    excel_table.tableColumns = [TableColumn(id=i, name=n) for i, n in enumerate(titles, start=1)]
    excel_table.autoFilter = AutoFilter(ref=ref)
    excel_table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="In write-only mode")
        ws.add_table(excel_table)
    _validations(ws, spec, last_row, ranges)
    return canon


def _lines(text: str, width: float) -> int:
    per_line = max(int(width * 1.15), 1)
    return sum(max(1, -(-len(line) // per_line)) for line in text.split("\n"))


def _text_rows(
    ws: Any,
    rows: list[tuple[Any, ...]],
    widths: list[float],
    header: bool = True,
    bold: frozenset[int] = frozenset(),
) -> None:
    """A small sheet of wrapped text: widths, row heights (write-only cannot auto-fit), print setup."""
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    _print_setup(ws, "1:1" if header else None, sum(widths))
    if header:
        ws.freeze_panes = "A2"
    for n, row in enumerate(rows, start=1):
        cells = []
        height = 1
        for v, w in zip(row, widths, strict=False):
            cell = WriteOnlyCell(ws, value=v if v != "" else None)  # no empty text cells
            if isinstance(v, str) and v:
                cell.data_type = "s"
                cell.alignment = WRAP
                height = max(height, _lines(v, w))
            if n == 1 or n in bold:
                cell.font = BOLD
            cells.append(cell)
        if height > 1:
            ws.row_dimensions[n].height = 15 * height
        ws.append(cells)


def dictionary_rows(d: Descriptor) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = [
        ("table", "champ", "titre", "type", "obligatoire", "description", "contraintes", "codes autorisés")
    ]
    for t in d.tables:
        for f in t.fields:
            listed = d.codes(f.vocab) if f.vocab else []
            if len(listed) > MAX_LIST_IN_DICTIONARY:  # a page-long cell would not print
                codes = f"{len(listed)} codes : voir la feuille « {CODES} »"
                codes += f" (liste « {f.vocab} »)"
            else:
                codes = "\n".join(f"{c.code} = {c.libelle}" for c in listed)
            rows.append(
                (
                    t.name,
                    f.name,
                    f.title,
                    f.type,
                    "oui" if f.required else "non",
                    f.description,
                    texts.constraints_text(f),
                    codes,
                )
            )
    return rows


def codes_rows(d: Descriptor) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = [("vocabulaire", "code", "libellé", "URI", "unité")]
    for name, codes in d.vocabularies.items():
        rows.extend((name, c.code, c.libelle, c.uri, c.unite) for c in codes)
    return rows


def _readme(ws: Any, d: Descriptor, meta: Mapping[str, Any], counts: Mapping[str, int]) -> None:
    rows: list[tuple[Any, ...]] = [
        ("Observatoire du TSR", "Fichier annuel pour l'Observatoire du TSR et des recherches participatives"),
        ("Ce fichier", texts.PURPOSE),
        ("Structure", f"{meta['structure_nom']} ({meta['identifiant']})"),
        ("Identifiant de la structure", meta["structure_id"]),
        ("Année", str(meta["annee"])),
        ("Version du format", f"{d.name} {meta['version_format']}"),
        ("Exporté le (UTC)", meta["date_export"]),
        ("Application", meta["version_application"]),
        ("Empreinte SHA-256 des données", meta["empreinte_sha256"]),
        ("Pseudonymisation", texts.PSEUDONYMISATION),
        ("Définitions", texts.DEFINITIONS),
        ("Conventions", texts.CONVENTIONS),
        ("Disposition des feuilles", texts.LAYOUT),
        ("Empreinte : calcul", texts.INTEGRITY),
        ("", ""),
        ("Feuille", "Contenu — nombre de lignes"),
    ]
    for t in d.tables:
        rows.append((t.name, f"{t.title} — {plural(counts.get(t.name, 0), '{n} ligne', '{n} lignes', 'fr')}"))
    rows.append((DICTIONARY, "Dictionnaire des données : chaque champ de chaque table"))
    rows.append((CODES, "Listes de codes, avec libellés et URI (COAR pour les types de production)"))
    rows.append((METADATA, "Métadonnées du fichier, pour les machines"))
    sheets_header = next(i for i, row in enumerate(rows, start=1) if row[0] == "Feuille")
    _text_rows(ws, rows, [30, 100], header=False, bold=frozenset({sheets_header}))


def write_xlsx(
    d: Descriptor, tables: list[TableData], meta: dict[str, Any], path: Path
) -> Generator[int, None, dict[str, Any]]:
    """Write the workbook to ``path``; yields rows written; returns the table hashes and digest.

    ``meta`` is completed here with ``empreinte_sha256`` (known once the data is written).
    """
    wb = Workbook(write_only=True)
    try:
        return (yield from _write_workbook(wb, d, tables, meta, path))
    except BaseException:
        _abandon(wb)
        raise


def _write_workbook(
    wb: Workbook, d: Descriptor, tables: list[TableData], meta: dict[str, Any], path: Path
) -> Generator[int, None, dict[str, Any]]:
    readme = wb.create_sheet(README)
    ranges = _code_ranges(d)
    hashes: dict[str, CanonicalCsv] = {}
    for table in tables:
        hashes[table.spec.name] = yield from _data_sheet(wb, table, ranges)
    meta["empreinte_sha256"] = package_digest((n, c.hexdigest()) for n, c in hashes.items())
    counts = {n: c.rows for n, c in hashes.items()}
    _text_rows(wb.create_sheet(DICTIONARY), dictionary_rows(d), [13, 22, 22, 8, 11, 46, 24, 34])
    _text_rows(wb.create_sheet(CODES), codes_rows(d), [22, 30, 45, 45, 10])
    meta_rows = [("cle", "valeur"), *((k, str(v)) for k, v in meta.items())]
    meta_rows += [(f"lignes_{n}", str(c)) for n, c in counts.items()]
    _text_rows(wb.create_sheet(METADATA), meta_rows, [28, 70])
    _readme(readme, d, meta, counts)
    for key, value in meta.items():
        wb.custom_doc_props.append(StringProperty(name=key, value=str(value)))
    wb.properties.title = f"Observatoire TSR — {meta['structure_nom']} — {meta['annee']}"
    wb.properties.creator = meta["version_application"]
    _save(wb, path)
    return {"hashes": {n: c.hexdigest() for n, c in hashes.items()}, "counts": counts}


def _save(wb: Workbook, path: Path) -> None:
    """``wb.save(path)`` with an archive we can drop: after a failure (disk full), nothing
    is left to be written again when the garbage collector closes it."""
    import datetime as dt

    wb.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # as openpyxl's save
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    except BaseException:
        fp, archive.fp = archive.fp, None  # ZipFile.__del__ would write its directory again
        if fp is not None:
            with contextlib.suppress(OSError, ValueError):
                fp.close()
        raise


def _abandon(wb: Workbook) -> None:
    """After a failure, close what openpyxl still holds open, silently (its streams would fail
    again at garbage collection, "Exception ignored…"), and remove its temporary files."""
    for ws in wb._sheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()
