"""Reading a yearly file (XLSX or Data Package ZIP), and checking it whole.

Used by the export's self-check and the observatory: ``open_source`` reads either format as the same
canonical texts (one spelling per value, the CSV one: ``presentation`` says how the
workbook is laid out and which spellings are read back; a workbook's label row is
skipped, booleans « oui »/« non » read as ``true``/``false``, numbers get their
decimals, CSV texts lose their formula escape); ``check_file`` applies the one
validator (``core/format/validator.py``: the descriptor's field rules, keys, metadata and
digest) and the numbered coherence rules across tables (``core/format/coherence.py``).
Files from outside are size-checked before anything parses them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import TiersLieuxError
from ..export.safety import unescape_csv
from ..format.coherence import check_coherence
from ..format.validator import Report, check_metadata, check_tables
from . import descriptor as descriptor_mod
from .descriptor import Descriptor, FieldSpec, TableSpec
from .digest import CanonicalCsv
from .presentation import FIRST_DATA_ROW, LABEL_ROW, canonical_text, is_label_row

MAX_FILE_BYTES = 512 * 2**20  # a year of a large structure is a few MB
MAX_UNPACKED_BYTES = 4 * 2**30
MAX_RATIO = 200  # zip bombs compress far better than spreadsheets


class UnreadableFile(TiersLieuxError):
    """Not a file of this format, too big, or damaged."""


def check_size(path: Path) -> None:
    """Refuse files too big to be a yearly file, and archives that unpack to far more."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            f"« {path.name} » est trop volumineux ({size // 2**20} Mo) pour un fichier annuel."
        )
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(
            f"« {path.name} » n'est ni un classeur XLSX ni une archive ZIP lisible."
        ) from exc
    if unpacked > MAX_UNPACKED_BYTES or unpacked > MAX_RATIO * max(size, 1) + 2**20:
        raise UnreadableFile(f"« {path.name} » se décompresse en un volume anormal : fichier refusé.")


# -- reading both formats as canonical texts ---------------------------------------------


def _number_text(value: Any, f: FieldSpec) -> str:
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    q = f.quantum or Decimal(1)
    rounded = exact.quantize(q)
    if abs(exact - rounded) > Decimal("1e-9"):
        return repr(value)  # keeps the extra decimals visible to the validator
    return str(rounded)


def cell_text(value: Any, f: FieldSpec) -> tuple[str, str]:
    """Spell a spreadsheet value as the CSV would; second item: a type problem, or ""."""
    if value is None or value == "":
        return "", ""
    if f.type in {"string", "yearmonth"}:
        return (
            (value, "")
            if isinstance(value, str)
            else (str(value), "texte attendu (la cellule est un nombre)")
        )
    if isinstance(value, str):  # typed as text in the sheet: canonical spelling, then the text check
        return canonical_text(value, f, any_case=True), ""
    if f.type == "boolean":
        return ("true" if value else "false", "") if isinstance(value, bool) else (str(value), "")
    if f.type == "date" and isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            return value.isoformat(), ""
        return value.date().isoformat(), ""
    if f.type == "date" and isinstance(value, dt.date):
        return value.isoformat(), ""
    if f.type == "integer" and isinstance(value, int | float) and not isinstance(value, bool):
        return (str(int(value)), "") if float(value).is_integer() else (repr(value), "")
    if f.type == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        return _number_text(value, f), ""
    return str(value), ""


class Source:
    """An opened yearly file: metadata and, per table, header then canonical text rows."""

    kind = ""
    metadata: dict[str, Any]

    def header(self, spec: TableSpec) -> list[str] | None:
        raise NotImplementedError

    def data_start(self, spec: TableSpec) -> int:
        """The file's row number of the first data row (3 under a workbook's label row)."""
        return 2

    def rows(self, spec: TableSpec) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
        """Yields (texts, [(field, type problem)]) per data row."""
        raise NotImplementedError

    def declared_hashes(self) -> dict[str, str]:
        return {}

    def close(self) -> None:
        pass


class XlsxSource(Source):
    kind = "xlsx"

    def __init__(self, path: Path):
        from openpyxl import load_workbook

        self.wb = load_workbook(path, read_only=True, data_only=False)
        self.metadata = {}
        if "metadonnees" in self.wb.sheetnames:
            for row in self.wb["metadonnees"].iter_rows(min_row=2, values_only=True):
                if row and row[0]:
                    self.metadata[str(row[0])] = "" if len(row) < 2 or row[1] is None else str(row[1])

    def header(self, spec: TableSpec) -> list[str] | None:
        if spec.name not in self.wb.sheetnames:
            return None
        first = next(self.wb[spec.name].iter_rows(max_row=1, values_only=True), ())
        return ["" if v is None else str(v) for v in first]

    def data_start(self, spec: TableSpec) -> int:
        if spec.name not in self.wb.sheetnames:
            return LABEL_ROW
        ws = self.wb[spec.name]
        second = next(ws.iter_rows(min_row=LABEL_ROW, max_row=LABEL_ROW, values_only=True), ())
        return FIRST_DATA_ROW if is_label_row(second, spec) else LABEL_ROW

    def rows(self, spec: TableSpec) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
        fields = spec.fields
        n = len(fields)
        for cells in self.wb[spec.name].iter_rows(min_row=self.data_start(spec)):
            texts, issues = [], []
            for i, cell in enumerate(cells[:n]):
                if cell.data_type == "f":
                    issues.append((fields[i].name, "formule interdite : la cellule doit contenir une valeur"))
                text, issue = cell_text(cell.value, fields[i])
                texts.append(text)
                if issue:
                    issues.append((fields[i].name, issue))
            texts += [""] * (n - len(texts))
            if any(texts) or issues:
                yield texts, issues

    def close(self) -> None:
        self.wb.close()


class PackageSource(Source):
    kind = "datapackage"

    def __init__(self, path: Path):
        self.zf = zipfile.ZipFile(path)
        try:
            self.package = json.loads(self.zf.read("datapackage.json").decode("utf-8"))
        except KeyError as exc:
            raise UnreadableFile(f"« {path.name} » ne contient pas de datapackage.json.") from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UnreadableFile(f"datapackage.json illisible dans « {path.name} » : {exc}") from exc
        except RecursionError as exc:  # nested deeper than Python's parser can follow
            raise UnreadableFile(f"datapackage.json illisible dans « {path.name} » : trop imbriqué.") from exc
        self.metadata = {k: str(v) for k, v in self.package.get("metadonnees", {}).items()}
        self._hashes: dict[str, str] = {}

    def _open(self, spec: TableSpec) -> Iterator[list[str]] | None:
        try:
            member = self.zf.open(f"{spec.name}.csv")
        except KeyError:
            return None
        return csv.reader(io.TextIOWrapper(member, encoding="utf-8", newline=""))

    def header(self, spec: TableSpec) -> list[str] | None:
        reader = self._open(spec)
        return None if reader is None else next(reader, [])

    def rows(self, spec: TableSpec) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
        """Canonical texts: formula escape removed, booleans and decimals spelled canonically.

        A complete pass also records the hash of the table's values (``values_hash``).
        """
        reader = self._open(spec)
        assert reader is not None
        next(reader, None)
        n = len(spec.fields)
        escaped = [i for i, f in enumerate(spec.fields) if f.type == "string"]
        spell = _csv_spellers(spec)
        canon = CanonicalCsv(spec)
        for texts in reader:
            issues = [] if len(texts) == n else [("", "nombre de colonnes")]
            if issues:
                texts = (texts + [""] * (n - len(texts)))[:n]
            for i in escaped:
                if texts[i][:1] == "'":
                    texts[i] = unescape_csv(texts[i])
            for i, fn in spell:
                if texts[i]:
                    texts[i] = fn(texts[i])
            canon.add_texts(texts)
            yield texts, issues
        self._hashes[spec.name] = canon.hexdigest()

    def declared_hashes(self) -> dict[str, str]:
        """Per-resource hashes that older exports declared (of their canonical CSV, i.e. of values)."""
        out = {}
        for res in self.package.get("resources", []):
            h = str(res.get("hash", ""))
            if h:
                out[res.get("name", "")] = h.removeprefix("sha256:")
        return out

    def values_hash(self, spec: TableSpec) -> str:
        """SHA-256 of the table's canonical CSV, spelled from the values read (see ``digest``)."""
        if spec.name not in self._hashes:
            for _ in self.rows(spec):
                pass
        return self._hashes[spec.name]

    raw_hash = values_hash  # the name the table checks use (the bytes are no longer hashed)

    def close(self) -> None:
        self.zf.close()


def _csv_spellers(spec: TableSpec) -> list[tuple[int, Any]]:
    """Per boolean or decimal column, the function that respells its CSV texts canonically.

    Booleans are read with the descriptor's exact true/false values (as a Table Schema tool
    reads them), never in any case: the app and such a tool agree on every CSV.
    """
    out: list[tuple[int, Any]] = []
    for i, f in enumerate(spec.fields):
        if f.type == "boolean" or (f.type == "number" and f.decimals):
            out.append((i, lambda text, f=f: canonical_text(text, f, any_case=False)))
    return out


def open_source(path: Path) -> Source:
    path = Path(path)
    check_size(path)
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
    if "datapackage.json" in names:
        return PackageSource(path)
    if "xl/workbook.xml" in names:
        try:
            return XlsxSource(path)
        except Exception as exc:  # openpyxl raises many types on damaged files
            raise UnreadableFile(f"Classeur « {path.name} » illisible : {exc}") from exc
    raise UnreadableFile(f"« {path.name} » n'est pas un fichier de l'Observatoire (ni XLSX ni Data Package).")


# -- the whole file ------------------------------------------------------------------------


def check_file(path: Path, d: Descriptor | None = None) -> Report:
    """Every field rule of the descriptor, the keys, the metadata and the digest, then (when
    those hold) the numbered coherence rules across tables.

    Without ``d``, the file is checked against the version it declares (``for_version``).
    """
    source = open_source(Path(path))
    report = Report(metadata=dict(source.metadata))
    try:
        if d is None:
            d, notice = descriptor_mod.for_version(str(report.metadata.get("version_format", "")))
            if notice:
                report.add("metadonnees", 0, "version_format", "version", notice, "avertissement")
        check_tables(source, d, report)
        check_metadata(d, report)
        if report.ok:
            check_coherence(source, d, report)
    finally:
        source.close()
    return report
