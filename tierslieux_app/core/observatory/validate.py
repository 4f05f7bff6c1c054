"""One report per yearly file, in words a clerk can forward to the tiers-lieu.

Runs the format's one validator (``core/format/validator.py``: descriptor field rules, keys,
metadata, digest) and its numbered coherence rules (``core/format/coherence.py``), after the
hostile-file guards of ``safe_read``. Every problem names the file, the sheet, the row, the column and
the value. A damaged or dangerous file gets one problem and the batch goes on.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import TiersLieuxError
from ..format import descriptor as descriptor_mod
from ..format.coherence import check_coherence
from ..format.descriptor import Descriptor, TableSpec
from ..format.readers import PackageSource, Source
from ..format.validator import Report, check_metadata, check_tables, first_row
from ..i18n import plural
from .safe_read import MAX_CELL_CHARS, scan
from .xlsx_source import CalamineSource

ERROR, WARNING = "erreur", "avertissement"
SUFFIXES = (".xlsx", ".zip", ".csv")


@dataclass(frozen=True)
class FileProblem:
    file: str
    sheet: str
    row: int  # spreadsheet numbering (1 = header); 0 = the sheet or file as a whole
    column: str
    value: str
    message: str
    severity: str = ERROR
    code: str = ""

    def __str__(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"Feuille {self.sheet}")
        if self.row:
            parts.append(f"ligne {self.row}")
        if self.column:
            parts.append(f"colonne {self.column}")
        where = ", ".join(parts) or "Fichier"
        return f"{where} : {self.message}"


@dataclass
class FileReport:
    file: str
    path: str
    kind: str = ""
    problems: list[FileProblem] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    digest: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    truncated: bool = False
    version: str = ""  # the format version the file was checked against

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == WARNING)

    @property
    def valid(self) -> bool:
        return self.errors == 0

    @property
    def structure(self) -> str:
        return str(self.metadata.get("structure_nom") or self.metadata.get("structure_id") or "")

    @property
    def year(self) -> str:
        return str(self.metadata.get("annee", ""))

    def summary(self) -> str:
        state = "valide" if self.valid else "non valide"
        errors = plural(self.errors, "{n} erreur", "{n} erreurs", "fr")
        warnings = plural(self.warnings, "{n} avertissement", "{n} avertissements", "fr")
        return f"{self.file} : {state} ({errors}, {warnings})"

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "problems"}
        out.update(valid=self.valid, errors=self.errors, warnings=self.warnings)
        out["problems"] = [asdict(p) | {"text": str(p)} for p in self.problems]
        return out


class SafePackageSource(PackageSource):
    """The checker's Data Package reader, with the cell-size guard of the XLSX one."""

    def rows(self, spec: TableSpec) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
        for texts, issues in super().rows(spec):
            for name, text in zip(spec.field_names, texts, strict=True):
                if len(text) > MAX_CELL_CHARS:
                    issues = [
                        *issues,
                        (name, f"cellule de {len(text)} caractères ({MAX_CELL_CHARS} au plus)"),
                    ]
            yield texts, issues


def open_checked(path: Path) -> Source:
    """Guards, then the right reader; raises HostileFile/UnreadableFile with a French sentence."""
    kind = scan(path)
    if kind == "xlsx":
        return CalamineSource(path, frozenset(descriptor_mod.load().table_names) | {"metadonnees"})
    return SafePackageSource(path)


def _values(source: Source, d: Descriptor, wanted: set[tuple[str, int]]) -> dict[tuple[str, int, str], str]:
    """The texts of the rows that have problems (for the « value » column)."""
    out: dict[tuple[str, int, str], str] = {}
    for table in {t for t, _ in wanted}:
        try:
            spec = d.table(table)
        except KeyError:
            continue
        for rowno, (texts, _) in enumerate(source.rows(spec), start=first_row(source, spec)):
            if (table, rowno) in wanted:
                for name, text in zip(spec.field_names, texts, strict=True):
                    out[(table, rowno, name)] = text
    return out


def _convert(
    name: str,
    kind: str,
    report: Report,
    values: dict[tuple[str, int, str], str],
) -> list[FileProblem]:
    """The validator's problems as the file's rows, sheets and values."""
    out = []
    for p in report.problems:
        sheet = p.table if kind == "xlsx" or p.table == "metadonnees" else f"{p.table}.csv" if p.table else ""
        value = values.get((p.table, p.row, p.field), "")
        if p.table == "metadonnees":
            value = str(report.metadata.get(p.field, ""))
        message = p.message
        if p.code == "value" and value and value[:60] not in message:
            message = f"« {value[:60]} » : {message}"
        out.append(FileProblem(name, sheet, p.row, p.field, value[:200], message, p.severity, p.code))
    return out


def validate_source(path: Path, d: Descriptor | None = None) -> tuple[FileReport, Source | None]:
    """The report and, if the file could be opened, its reader (left open for an import)."""
    path = Path(path)
    fr = FileReport(path.name, str(path))
    try:
        source = open_checked(path)
    except TiersLieuxError as exc:
        fr.problems.append(FileProblem(path.name, "", 0, "", "", str(exc), ERROR, "file"))
        return fr, None
    fr.kind = source.kind
    notice = ""
    if d is None:  # the file is checked against the version it declares
        version = str(source.metadata.get("version_format", ""))
        try:
            d, notice = descriptor_mod.for_version(version)
        except descriptor_mod.UnknownVersionError as exc:
            source.close()
            fr.metadata = dict(source.metadata)
            fr.problems.append(
                FileProblem(
                    path.name, "metadonnees", 0, "version_format", version, str(exc), ERROR, "version"
                )
            )
            return fr, None
    fr.version = d.version
    report = Report(metadata=dict(source.metadata))
    try:
        check_tables(source, d, report)
        check_metadata(d, report)
        if report.ok:  # the sums only mean something once the shapes are right
            check_coherence(source, d, report)
        wanted = {(p.table, p.row) for p in report.problems if p.row >= 2}
        values = _values(source, d, wanted) if wanted else {}
    except (UnicodeDecodeError, csv.Error, ValueError, KeyError, OSError) as exc:
        source.close()
        text = "n'est pas encodé en UTF-8" if isinstance(exc, UnicodeDecodeError) else f"({exc})"
        fr.problems.append(
            FileProblem(path.name, "", 0, "", "", f"« {path.name} » : table illisible {text}.", ERROR, "file")
        )
        return fr, None
    fr.metadata = dict(report.metadata)
    fr.digest = report.digest
    fr.counts = dict(report.counts)
    fr.truncated = report.truncated
    fr.problems = _convert(path.name, source.kind, report, values)
    if notice:
        fr.problems.append(
            FileProblem(path.name, "metadonnees", 0, "version_format", d.version, notice, WARNING, "version")
        )
    return fr, source


def validate_file(path: Path, d: Descriptor | None = None) -> FileReport:
    fr, source = validate_source(path, d)
    if source is not None:
        source.close()
    return fr


def expand(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, folders replaced by their yearly files (sorted, not recursive into hidden)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(
                q
                for q in p.rglob("*")
                if q.is_file() and q.suffix.lower() in SUFFIXES and not q.name.startswith(".")
            )
        else:
            out.append(p)
    return out


def validate_paths(paths: Iterable[Path | str]) -> list[FileReport]:
    reports = []
    for p in expand(paths):
        if not p.exists():
            reports.append(
                FileReport(
                    p.name,
                    str(p),
                    problems=[FileProblem(p.name, "", 0, "", "", f"« {p} » n'existe pas.", ERROR, "file")],
                )
            )
            continue
        reports.append(validate_file(p))
    return reports


def reports_json(reports: list[FileReport]) -> str:
    return json.dumps(
        {"valide": all(r.valid for r in reports), "fichiers": [r.to_dict() for r in reports]},
        ensure_ascii=False,
        indent=2,
    )


def reports_text(reports: list[FileReport], limit: int = 50) -> str:
    lines = []
    for r in reports:
        lines.append(r.summary())
        for p in r.problems[:limit]:
            lines.append(f"  - [{p.severity}] {p}")
        if len(r.problems) > limit:
            more = plural(len(r.problems) - limit, "{n} autre problème", "{n} autres problèmes", "fr")
            lines.append(f"  … et {more}")
    ok = sum(1 for r in reports if r.valid)
    lines.append(f"{plural(ok, '{n} fichier valide', '{n} fichiers valides', 'fr')} sur {len(reports)}.")
    return "\n".join(lines)
