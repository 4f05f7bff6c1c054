"""Validate a yearly file (XLSX or Data Package ZIP) against the published descriptor.

Reusable by the observatory side: ``open_source`` reads either format as the same
canonical texts (one spelling per value, the CSV one), ``check_file`` applies the
descriptor's constraints, keys and metadata, and recomputes the digest; semantic
cross-table checks live in ``consistency.py``. Files from outside are size-checked
before anything parses them.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..errors import TiersLieuxError
from . import descriptor as descriptor_mod
from .descriptor import Descriptor, FieldSpec, TableSpec
from .digest import CanonicalCsv, package_digest

MAX_FILE_BYTES = 512 * 2**20  # a year of a large structure is a few MB
MAX_UNPACKED_BYTES = 4 * 2**30
MAX_RATIO = 200  # zip bombs compress far better than spreadsheets
MAX_PROBLEMS = 1000


class UnreadableFile(TiersLieuxError):
    """Not a file of this format, too big, or damaged."""


@dataclass(frozen=True)
class Problem:
    table: str
    row: int  # 1 = header line, 2 = first data row (as a spreadsheet numbers them); 0 = file level
    field: str
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.table}, ligne {self.row}" if self.row else self.table or "fichier"
        return f"{where}{', ' + self.field if self.field else ''} : {self.message}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    digest: str = ""
    truncated: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, *args: Any) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.truncated = True
            return
        self.problems.append(Problem(*args))


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
    if isinstance(value, str):
        return value, ""  # typed as text in the sheet: the text check decides
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

    def rows(self, spec: TableSpec) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
        fields = spec.fields
        n = len(fields)
        for cells in self.wb[spec.name].iter_rows(min_row=2):
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
        reader = self._open(spec)
        assert reader is not None
        next(reader, None)
        n = len(spec.fields)
        for texts in reader:
            yield (
                (texts + [""] * (n - len(texts)))[:n],
                ([] if len(texts) == n else [("", "nombre de colonnes")]),
            )

    def declared_hashes(self) -> dict[str, str]:
        out = {}
        for res in self.package.get("resources", []):
            h = str(res.get("hash", ""))
            if h:
                out[res.get("name", "")] = h.removeprefix("sha256:")
        return out

    def raw_hash(self, spec: TableSpec) -> str:
        h = hashlib.sha256()
        with self.zf.open(f"{spec.name}.csv") as member:
            for chunk in iter(lambda: member.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()

    def close(self) -> None:
        self.zf.close()


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


# -- validating a value --------------------------------------------------------------------

_YEARMONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_URI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+$")


class Validator:
    """Checks canonical texts against one field's Table Schema constraints (French messages)."""

    def __init__(self, f: FieldSpec, d: Descriptor):
        self.f = f
        self.pattern = re.compile(f.pattern) if f.pattern else None
        self.codes = {c.code for c in d.codes(f.vocab)} if f.vocab and f.multiple else set()

    def check(self, text: str) -> str:
        f = self.f
        if text == "":
            return "valeur obligatoire manquante" if f.required else ""
        try:
            value = self._parse(text)
        except (ValueError, InvalidOperation):
            return f"« {text[:60]} » n'est pas du type attendu ({f.type})"
        if f.enum and text not in f.enum:
            return f"« {text[:60]} » ne fait pas partie des codes autorisés"
        if self.codes:
            bad = [c for c in text.split(";") if c not in self.codes]
            if bad:
                return f"code(s) inconnu(s) : {', '.join(bad)[:80]}"
        if self.pattern and not self.pattern.fullmatch(text):
            return f"« {text[:60]} » ne respecte pas le format attendu"
        if f.max_length is not None and len(text) > f.max_length:
            return f"texte trop long ({len(text)} caractères, {f.max_length} au plus)"
        if f.minimum is not None and value < Decimal(str(f.minimum)):
            return f"{text} est inférieur au minimum ({f.minimum})"
        if f.maximum is not None and value > Decimal(str(f.maximum)):
            return f"{text} dépasse le maximum ({f.maximum})"
        return ""

    def _parse(self, text: str) -> Any:
        t, f = self.f.type, self.f
        if t == "integer":
            if not re.fullmatch(r"-?\d+", text):
                raise ValueError(text)
            return Decimal(text)
        if t == "number":
            if not re.fullmatch(r"-?\d+(\.\d+)?", text):
                raise ValueError(text)
            if f.decimals is not None and "." in text and len(text.split(".")[1]) > f.decimals:
                raise ValueError(text)
            return Decimal(text)
        if t == "boolean":
            if text not in {"true", "false"}:
                raise ValueError(text)
        elif t == "date":
            dt.date.fromisoformat(text)
            if len(text) != 10:
                raise ValueError(text)
        elif t == "yearmonth":
            if not _YEARMONTH.match(text):
                raise ValueError(text)
        elif f.format == "uuid":
            uuid.UUID(text)
            if len(text) != 36 or text != text.lower():
                raise ValueError(text)
        elif f.format == "uri" and not _URI.match(text):
            raise ValueError(text)
        return None


# -- the whole file ------------------------------------------------------------------------


def check_file(path: Path, d: Descriptor | None = None) -> Report:
    """Every constraint of the descriptor, the keys, the metadata and the digest."""
    d = d or descriptor_mod.load()
    source = open_source(Path(path))
    report = Report(metadata=dict(source.metadata))
    try:
        _check_tables(source, d, report)
    finally:
        source.close()
    _check_metadata(d, report)
    return report


def _check_tables(source: Source, d: Descriptor, report: Report) -> None:
    keys: dict[tuple[str, str], set[str]] = {}
    wanted = {(fk[1], fk[2]) for t in d.tables for fk in t.foreign_keys}
    hashes: list[tuple[str, str]] = []
    declared = source.declared_hashes()
    for spec in d.tables:
        header = source.header(spec)
        if header is None:
            report.add(spec.name, 0, "", "missing_table", "table absente du fichier")
            continue
        if [h for h in header if h] != list(spec.field_names):
            report.add(
                spec.name, 1, "", "header", f"en-tête inattendu : attendu {', '.join(spec.field_names)}"
            )
            continue
        validators = [Validator(f, d) for f in spec.fields]
        pk_idx = [spec.field_names.index(k) for k in spec.primary_key]
        fk_idx = [(spec.field_names.index(a), keys.get((t, b), set()), a, t) for a, t, b in spec.foreign_keys]
        keep = {
            i: keys.setdefault((spec.name, n), set())
            for i, n in enumerate(spec.field_names)
            if (spec.name, n) in wanted
        }
        seen: set[tuple[str, ...]] = set()
        canon = CanonicalCsv(spec)
        for rowno, (texts, issues) in enumerate(source.rows(spec), start=2):
            canon.add_texts(texts)
            for name, message in issues:
                report.add(spec.name, rowno, name, "cell", message)
            for v, text in zip(validators, texts, strict=True):
                message = v.check(text)
                if message:
                    report.add(spec.name, rowno, v.f.name, "value", message)
            pk = tuple(texts[i] for i in pk_idx)
            if pk in seen:
                report.add(spec.name, rowno, ",".join(spec.primary_key), "duplicate", f"clé en double : {pk}")
            seen.add(pk)
            for i, known, name, target in fk_idx:
                if texts[i] and texts[i] not in known:
                    report.add(
                        spec.name, rowno, name, "foreign_key", f"« {texts[i]} » absent de la table {target}"
                    )
            for i, store in keep.items():
                store.add(texts[i])
        report.counts[spec.name] = canon.rows
        digest = source.raw_hash(spec) if isinstance(source, PackageSource) else canon.hexdigest()
        if declared and declared.get(spec.name) != digest:
            report.add(spec.name, 0, "", "hash", "empreinte de la table différente de celle déclarée")
        hashes.append((spec.name, digest))
    report.digest = package_digest(hashes)


def _check_metadata(d: Descriptor, report: Report) -> None:
    meta = report.metadata
    for key in d.required_metadata:
        if not meta.get(key):
            report.add("metadonnees", 0, key, "metadata", "métadonnée absente")
    if meta.get("format") and meta["format"] != d.name:
        report.add("metadonnees", 0, "format", "metadata", f"format « {meta['format']} » inattendu")
    version = meta.get("version_format", "")
    if version and version.split(".")[0] != d.version.split(".")[0]:
        report.add("metadonnees", 0, "version_format", "metadata", f"version {version} non prise en charge")
    if meta.get("empreinte_sha256") and meta["empreinte_sha256"] != report.digest:
        report.add(
            "metadonnees",
            0,
            "empreinte_sha256",
            "digest",
            "l'empreinte ne correspond pas aux données : le fichier a été modifié après l'export",
        )
