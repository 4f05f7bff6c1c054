"""Reading a spreadsheet from outside: size-checked XLSX (python-calamine) or CSV of any usual encoding."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import TiersLieuxError
from ..i18n import t

MAX_CSV_BYTES = 50 * 2**20
MAX_ROWS = 200_000
ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "latin-1")


class ReadError(TiersLieuxError):
    """The file cannot be read as a table."""


@dataclass
class Sheet:
    """A table: its header cells and its non-blank rows with their line numbers in the file."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _to_sheet(raw_rows: list[list[Any]], path: Path, **info: str) -> Sheet:
    lines = [(i, row) for i, row in enumerate(raw_rows, start=1) if not all(_blank(v) for v in row)]
    if not lines:
        raise ReadError(t("« {name} » ne contient aucune ligne.", name=path.name))
    if len(lines) > MAX_ROWS + 1:
        raise ReadError(
            t(
                "« {name} » a trop de lignes ({n}, {most} au plus).",
                name=path.name,
                n=len(lines),
                most=MAX_ROWS,
            )
        )
    header = lines[0][1]
    headers = ["" if _blank(v) else " ".join(str(v).split()) for v in header]
    while headers and headers[-1] == "":
        headers.pop()
    width = len(headers)
    rows = [(i, (list(r) + [None] * width)[:width]) for i, r in lines[1:]]
    return Sheet(headers, rows, **info)


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding that decoded it (UTF-8 first; Latin-1 never fails)."""
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        return max(counts, key=lambda d: counts[d])


def read_csv(path: Path) -> Sheet:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise ReadError(
            t(
                "« {name} » est trop volumineux ({size} Mo, {most} Mo au plus).",
                name=path.name,
                size=size >> 20,
                most=MAX_CSV_BYTES >> 20,
            )
        )
    text, encoding = decode_text(path.read_bytes())
    delimiter = sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ReadError(
            t("« {name} » n'est pas un fichier CSV lisible ({reason}).", name=path.name, reason=exc)
        ) from exc
    return _to_sheet(rows, path, encoding=encoding, delimiter=delimiter)


def read_xlsx(path: Path) -> Sheet:
    """The first sheet of a workbook, after the ZIP checks of the observatory reader (bombs, size)."""
    from python_calamine import CalamineWorkbook

    from ..observatory.safe_read import HostileFile, check_container

    try:
        check_container(path).close()
    except HostileFile as exc:
        raise ReadError(str(exc)) from exc
    try:
        wb = CalamineWorkbook.from_path(str(path))
        rows = wb.get_sheet_by_index(0).to_python(skip_empty_area=False)
        wb.close()
    except Exception as exc:  # calamine raises its own error types on damaged parts
        raise ReadError(
            t("« {name} » : classeur illisible ({reason}).", name=path.name, reason=type(exc).__name__)
        ) from exc
    return _to_sheet([list(r) for r in rows], path)


def read_sheet(path: Path) -> Sheet:
    """A CSV or XLSX file as a table; the format is chosen from the content, not the name."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise ReadError(t("« {path} » est introuvable ou illisible.", path=path)) from exc
    if head.startswith(b"PK"):
        return read_xlsx(path)
    if path.suffix.lower() in {".xls", ".ods", ".xlsm"}:
        raise ReadError(
            t("« {name} » : enregistrez le fichier au format XLSX ou CSV pour l'importer.", name=path.name)
        )
    return read_csv(path)
