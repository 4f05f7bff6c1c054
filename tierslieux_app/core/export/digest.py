"""The canonical CSV spelling of the tables, and the file's digest computed over it.

Digest of a yearly file (both formats carry the same one): the SHA-256 of the lines
``<sha256 of the table's CSV>  <table>.csv\\n`` in the descriptor's table order, i.e.
exactly what ``sha256sum structure.csv projets.csv … indicateurs.csv | sha256sum``
prints in the folder of the Data Package. Anyone can recompute it without this
program; the checker recomputes it from the XLSX too, through the same spelling.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

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
    """

    def __init__(self, spec: TableSpec, out: IO[bytes] | None = None):
        self.spec = spec
        self._out = out
        self._hash = hashlib.sha256()
        self._bytes = 0
        self.rows = 0
        self._fmt = [(i, text_formatter(f)) for i, f in enumerate(spec.fields) if f.type not in _AS_IS]
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

    def add(self, row: Sequence[Any]) -> None:
        if len(row) != self._width:
            raise ValueError(f"{len(row)} valeurs pour {self._width} colonnes ({self.spec.name})")
        if self._fmt:
            row = list(row)
            for i, f in self._fmt:
                row[i] = f(row[i])
        self._rows_writer.writerow(row)
        self.rows += 1
        if self._buffer.tell() >= FLUSH_AT:
            self.flush()

    def flush(self) -> None:
        """Hash (and write) the rows gathered by ``add``."""
        if self._buffer.tell():
            self.write(self._buffer.getvalue())
            self._buffer.seek(0)
            self._buffer.truncate()

    def add_texts(self, texts: Sequence[str]) -> None:
        """A row already spelled (the checker re-spells what it read)."""
        self.flush()
        self._writer.writerow(texts)
        self.rows += 1

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
