"""An XLSX yearly file read once with python-calamine, as the canonical texts of the checker.

Only after ``safe_read.scan`` has passed the file: calamine computes the used range from
the cells themselves (a wrong ``<dimension>`` header is not trusted) and is an order of
magnitude faster than openpyxl on large sheets.

Row 1 is the header; row 2 is skipped when it is the label row (``export.presentation``);
booleans written « oui »/« non » and numbers re-spelled by a spreadsheet are read back as
the canonical texts by ``cell_text``.

The texts are kept column by column (checks, sums and inserts work on columns, with the
loops over cells in C: zip, map, set, Counter); rows are built only for what reads rows
(the row by row checks of a table with problems, the SIRET check, the problem values).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..format.descriptor import FieldSpec, TableSpec
from ..format.presentation import FIRST_DATA_ROW, LABEL_ROW, is_label_row
from ..format.readers import Source, cell_text
from .safe_read import MAX_CELL_CHARS, refuse

_TEXT_TYPES = frozenset({"string", "yearmonth"})
Issues = Sequence[tuple[str, str]]  # (field, message) for the cells of a row
_NO_ISSUES: tuple[tuple[str, str], ...] = ()


class _Table:
    """One table's texts: columns, cell problems by row index, rows when first asked for."""

    def __init__(self, columns: list[list[str]], flagged: dict[int, list[tuple[str, str]]]):
        self.columns = columns
        self.flagged = flagged
        self._rows: list[tuple[list[str], Issues]] | None = None

    @property
    def rows(self) -> list[tuple[list[str], Issues]]:
        if self._rows is None:
            texts = list(map(list, zip(*self.columns, strict=True)))
            if self.flagged:
                issues: list[Issues] = [self.flagged.get(i, _NO_ISSUES) for i in range(len(texts))]
            else:
                issues = [_NO_ISSUES] * len(texts)
            self._rows = list(zip(texts, issues, strict=True))
        return self._rows


class CalamineSource(Source):
    """An XLSX yearly file read once with python-calamine (after ``scan``), as canonical texts."""

    kind = "xlsx"

    def __init__(self, path: Path, wanted: frozenset[str] | None = None):
        from python_calamine import CalamineWorkbook

        self.path = Path(path)
        self._tables: dict[str, _Table] = {}
        try:
            wb = CalamineWorkbook.from_path(str(self.path))
            self.sheets: dict[str, list[list[Any]]] = {
                name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
                for name in wb.sheet_names
                if wanted is None or name in wanted
            }
            wb.close()
        except Exception as exc:  # calamine raises its own error types on damaged parts
            raise refuse(self.path, f"classeur illisible ({type(exc).__name__}: {str(exc)[:200]}).") from exc
        self.metadata = {}
        for row in self.sheets.get("metadonnees", [])[1:]:
            if row and row[0] not in (None, ""):
                value = row[1] if len(row) > 1 else ""
                self.metadata[str(row[0])] = "" if value in (None, "") else _plain(value)

    def header(self, spec: TableSpec) -> list[str] | None:
        rows = self.sheets.get(spec.name)
        if rows is None:
            return None
        return [_plain(v) for v in rows[0]] if rows else []

    def data_start(self, spec: TableSpec) -> int:
        rows = self.sheets.get(spec.name) or []
        return FIRST_DATA_ROW if len(rows) > 1 and is_label_row(rows[1], spec) else LABEL_ROW

    def rows(self, spec: TableSpec) -> Iterator[tuple[list[str], Issues]]:
        """Canonical texts, spelled once per table and kept: checks and import read them again."""
        return iter(self._table(spec).rows)

    def columns(self, spec: TableSpec) -> list[list[str]]:
        """The same texts column by column (the rows of ``rows``): not to be modified."""
        return self._table(spec).columns

    def has_cell_issues(self, spec: TableSpec) -> bool:
        """Whether ``rows`` reports a cell problem (number in a text column, over-long cell…)."""
        return bool(self._table(spec).flagged)

    def _table(self, spec: TableSpec) -> _Table:
        if spec.name not in self._tables:
            self._tables[spec.name] = self._spell(spec)
        return self._tables[spec.name]

    def _spell(self, spec: TableSpec) -> _Table:
        """Column by column, each distinct (type, value) spelled once (ids and codes repeat a lot)."""
        fields = spec.fields
        n = len(fields)
        data = self.sheets.get(spec.name, [])[self.data_start(spec) - 1 :]
        if data and min(map(len, data)) < n:
            data = [r if len(r) >= n else [*r, *[""] * (n - len(r))] for r in data]
        # rows wider than the table are cut to its fields
        raw = list(zip(*data, strict=False))[:n] if data else [() for _ in fields]
        columns: list[list[str]] = []
        flagged: dict[int, list[tuple[str, str]]] = {}
        for f, values in zip(fields, raw, strict=True):
            spelled, messages = _spell_column(values, f)
            columns.append(spelled)
            for i, found in messages:
                flagged.setdefault(i, []).extend((f.name, m) for m in found)
        if any("" in column for column in columns):  # empty rows are skipped, unless a cell has a problem
            filled = list(map(any, zip(*columns, strict=True)))
            if not all(filled):
                kept = [i for i, full in enumerate(filled) if full or i in flagged]
                flagged = {new: flagged[old] for new, old in enumerate(kept) if old in flagged}
                columns = [[column[i] for i in kept] for column in columns]
        return _Table(columns, flagged)


def _spell_column(values: Sequence[Any], f: FieldSpec) -> tuple[list[str], list[tuple[int, tuple[str, ...]]]]:
    """The texts of a column and the (row index, messages) of its cells with a problem."""
    try:
        joined = "".join(values) if f.type in _TEXT_TYPES else None  # other types: canonical spelling
    except TypeError:  # not only text cells (calamine gives str, float, int, bool, dates)
        joined = None
    if joined is not None and (len(joined) <= MAX_CELL_CHARS or max(map(len, values)) <= MAX_CELL_CHARS):
        return list(values), []  # text is kept as it is (cell_text): nothing to spell
    # 1 == 1.0 == True: with several types in the column, the type is part of the key
    single = len(set(map(type, values))) == 1
    keys: Sequence[Any] = values if single else list(zip(map(type, values), values, strict=True))
    texts: dict[Any, str] = {}
    problems: dict[Any, tuple[str, ...]] = {}
    for key in set(keys):
        texts[key], found = _spell_cell(key if single else key[1], f)
        if found:
            problems[key] = found
    out = list(map(texts.__getitem__, keys))
    if not problems:
        return out, []
    return out, [(i, problems[k]) for i, k in enumerate(keys) if k in problems]


def _spell_cell(value: Any, f: FieldSpec) -> tuple[str, tuple[str, ...]]:
    """``cell_text``, with cells longer than a spreadsheet cell holds cut and reported."""
    text, issue = cell_text(value, f)
    issues = (issue,) if issue else ()
    if len(text) > MAX_CELL_CHARS:
        size = f"{len(text):,}".replace(",", "\u202f")
        limit = f"{MAX_CELL_CHARS:,}".replace(",", "\u202f")
        return text[:MAX_CELL_CHARS], (f"cellule de {size} caractères ({limit} au plus)", *issues)
    return text, issues


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)
