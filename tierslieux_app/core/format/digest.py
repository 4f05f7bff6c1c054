"""The canonical CSV spelling of the tables, and the file's digest computed over it.

The digest (« empreinte ») is a fingerprint of the VALUES, not of the bytes of a file:
the SHA-256 of the lines ``<sha256 of the table's canonical CSV>  <table>.csv\\n`` in
the descriptor's table order, where the canonical CSV is UTF-8, comma, LF, minimal
quoting, and each value in its canonical spelling (``presentation``: ``true`` /
``false``, numbers with the field's decimals, ISO dates, texts as they are). Both
formats carry the same one; readers spell what they read back to canonical texts, so a
workbook or a CSV re-saved by LibreOffice (``8`` for ``8.00``, « oui » for ``true``)
keeps its fingerprint, and any changed value changes it.

For a Data Package as exported, it is also what ``sha256sum structure.csv projets.csv
… indicateurs.csv | sha256sum`` prints in its folder, unless a text starting with
``= + - @`` was protected by an apostrophe in the CSV (``safety.escape_csv``: the
apostrophe is spelling, not value, and is not hashed). The exported
``datapackage.json`` therefore declares no per-resource ``hash`` / ``bytes`` (a Table
Schema tool would refuse any re-saved CSV for them): the metadata ``empreinte_sha256``
is the one fingerprint. A package that still declares a per-resource ``hash`` (older
exports, whose CSV bytes were canonical) is compared with the hash of its values.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from ..export.safety import CSV_FORMULA_PREFIXES, escape_csv
from .descriptor import FieldSpec, TableSpec

DIGEST_ALGORITHM = "sha256(sha256sum des CSV dans l'ordre des tables)"


def text_formatter(f: FieldSpec) -> Callable[[Any], str]:
    """Fast spelling of an already-normalised value (see tables.normaliser)."""
    if f.type == "boolean":
        return lambda v: "" if v is None else ("true" if v else "false")
    if f.type == "date":
        return lambda v: "" if v is None else v.isoformat()
    if f.type == "string" or f.type == "yearmonth":
        return lambda v: "" if v is None else v
    return lambda v: "" if v is None else str(v)


# csv.writer already spells these as text_formatter does (None as "", Decimal and int by str)
_AS_IS = frozenset({"string", "yearmonth", "number", "integer"})
FLUSH_AT = 1 << 16  # characters gathered before they are hashed (and written)


class CanonicalCsv:
    """Spells rows as the format's CSV; feeds the bytes to a SHA-256 and, optionally, a file.

    ``add`` gathers rows in a buffer (one hash update per 64 KB, not per row): call
    ``flush`` before closing ``out``; ``hexdigest`` and ``bytes`` flush by themselves.
    The file gets the texts a spreadsheet would run escaped (``safety.escape_csv``); the
    hash gets the canonical values (``bytes`` counts what the file gets).
    """

    def __init__(self, spec: TableSpec, out: IO[bytes] | None = None):
        self.spec = spec
        self._out = out
        self._hash = hashlib.sha256()
        self._bytes = 0
        self.rows = 0
        self._fmt = [(i, text_formatter(f)) for i, f in enumerate(spec.fields) if f.type not in _AS_IS]
        self._texts = [i for i, f in enumerate(spec.fields) if f.type == "string"] if out is not None else []
        self._width = len(spec.fields)
        self._buffer = io.StringIO()
        self._rows_writer = csv.writer(self._buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        self._writer = csv.writer(self, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        self._writer.writerow(spec.field_names)

    def write(self, text: str) -> None:  # called by csv.writer
        data = text.encode("utf-8")
        self._hash.update(data)
        self._bytes += len(data)
        if self._out is not None:
            self._out.write(data)

    def _escaped(self, row: Sequence[Any]) -> list[Any] | None:
        """The row as the file spells it, when a text in it needs the CSV escape; else None."""
        for i in self._texts:
            v = row[i]
            if v and (v[0] in CSV_FORMULA_PREFIXES or v[0] == "'"):
                escaped = list(row)
                for j in self._texts:
                    if escaped[j]:
                        escaped[j] = escape_csv(escaped[j])
                return escaped if escaped != list(row) else None
        return None

    def add(self, row: Sequence[Any]) -> None:
        if len(row) != self._width:
            raise ValueError(f"{len(row)} valeurs pour {self._width} colonnes ({self.spec.name})")
        if self._fmt:
            row = list(row)
            for i, f in self._fmt:
                row[i] = f(row[i])
        self._put(row)

    def _put(self, row: Sequence[Any]) -> None:
        escaped = self._escaped(row) if self._texts else None
        if escaped is not None:  # rare: the hash and the file differ on this row
            self.flush()
            self._hash.update(self._spell(row))
            data = self._spell(escaped)
            self._bytes += len(data)
            assert self._out is not None
            self._out.write(data)
            self.rows += 1
            return
        self._rows_writer.writerow(row)
        self.rows += 1
        if self._buffer.tell() >= FLUSH_AT:
            self.flush()

    def _spell(self, row: Sequence[Any]) -> bytes:
        self._rows_writer.writerow(row)
        data = self._buffer.getvalue().encode("utf-8")
        self._buffer.seek(0)
        self._buffer.truncate()
        return data

    def flush(self) -> None:
        """Hash (and write) the rows gathered by ``add``."""
        if self._buffer.tell():
            self.write(self._buffer.getvalue())
            self._buffer.seek(0)
            self._buffer.truncate()

    def add_texts(self, texts: Sequence[str]) -> None:
        """A row already spelled (the checker re-spells what it read); written at once to ``out``."""
        self._put(texts)
        if self._out is not None:
            self.flush()

    @property
    def bytes(self) -> int:
        self.flush()
        return self._bytes

    def hexdigest(self) -> str:
        self.flush()
        return self._hash.hexdigest()


def package_digest(table_hashes: Iterable[tuple[str, str]]) -> str:
    """SHA-256 of the ``sha256sum`` lines of the tables, given as (table name, hex digest)."""
    h = hashlib.sha256()
    for name, hexdigest in table_hashes:
        h.update(f"{hexdigest}  {name}.csv\n".encode())
    return h.hexdigest()
