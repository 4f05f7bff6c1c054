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


class CanonicalCsv:
    """Spells rows as the format's CSV; feeds the bytes to a SHA-256 and, optionally, a file."""

    def __init__(self, spec: TableSpec, out: IO[bytes] | None = None):
        self.spec = spec
        self._out = out
        self._hash = hashlib.sha256()
        self.bytes = 0
        self.rows = 0
        self._fmt = [text_formatter(f) for f in spec.fields]
        self._writer = csv.writer(self, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        self._writer.writerow(spec.field_names)

    def write(self, text: str) -> None:  # called by csv.writer
        data = text.encode("utf-8")
        self._hash.update(data)
        self.bytes += len(data)
        if self._out is not None:
            self._out.write(data)

    def add(self, row: Sequence[Any]) -> None:
        self._writer.writerow([f(v) for f, v in zip(self._fmt, row, strict=True)])
        self.rows += 1

    def add_texts(self, texts: Sequence[str]) -> None:
        """A row already spelled (the checker re-spells what it read)."""
        self._writer.writerow(texts)
        self.rows += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def package_digest(table_hashes: Iterable[tuple[str, str]]) -> str:
    """SHA-256 of the ``sha256sum`` lines of the tables, given as (table name, hex digest)."""
    h = hashlib.sha256()
    for name, hexdigest in table_hashes:
        h.update(f"{hexdigest}  {name}.csv\n".encode())
    return h.hexdigest()
