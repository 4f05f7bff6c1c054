"""The one validator of a yearly file: field rules, keys and metadata, as the descriptor says.

The field rules are the published descriptor's standard Table Schema, read with the
semantics that frictionless 5 gives them (``tests/test_format_agreement.py`` checks that
both tools give the same verdict on a corpus of tampered files):

- a cell equal to a ``missingValues`` entry (``""``) is missing: an error if ``required``;
- ``integer``: Python ``int()`` of the stripped text; ``number``: ``Decimal()`` of it
  (``bareNumber``, ``decimalChar`` ``.``); ``boolean``: exactly one of ``trueValues`` /
  ``falseValues``; ``date``: ``AAAA-MM-JJ`` (``strptime``); ``yearmonth``: ``AAAA-MM``;
- constraints: ``enum``, ``pattern`` (anchored ``^…$``), ``minimum``/``maximum`` (NaN fails),
  ``maxLength``; ``primaryKey`` unique; ``foreignKeys`` point to an existing row.

What Table Schema cannot say (sums across tables, months inside the year, hours per person
and month…) is in ``coherence.py``, as numbered rules.

A reader (``Source``) gives a table's canonical texts row by row; a reader that also gives
them column by column (``columns(spec)``, the XLSX one) gets a quicker first pass: the
distinct values of each column, the keys and the references are checked as sets, and a
table that passes has nothing to report. Any other table goes through the row by row
checks, which report every problem at its row. Each distinct text of a column is checked
once either way: a yearly file repeats the same ids, months and codes thousands of times.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from .descriptor import Descriptor, FieldSpec, TableSpec
from .digest import package_digest

MAX_PROBLEMS = 1000
MEMO_LIMIT = 20_000  # distinct texts remembered per column (free text is rarely repeated)


@dataclass(frozen=True)
class Problem:
    table: str
    row: int  # 1 = header line, 2 = first data row (as a spreadsheet numbers them); 0 = file level
    field: str
    code: str
    message: str
    severity: str = "erreur"  # or "avertissement" (does not make the file invalid)

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
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "erreur"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def add(self, table: str, row: int, name: str, code: str, message: str, severity: str = "erreur") -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.truncated = True
            return
        self.problems.append(Problem(table, row, name, code, message, severity))


class Source(Protocol):
    """What the validator reads: a yearly file opened by one of the readers."""

    kind: str
    metadata: dict[str, Any]

    def header(self, spec: TableSpec) -> list[str] | None: ...

    def rows(self, spec: TableSpec) -> Iterator[tuple[list[str], list[tuple[str, str]]]]: ...

    def declared_hashes(self) -> dict[str, str]: ...


def first_row(source: Source, spec: TableSpec) -> int:
    """The row number of a table's first data row as a person sees it: 2 after the header, 3 in a
    workbook whose second row holds the French labels (``data_start`` of the readers)."""
    data_start = getattr(source, "data_start", None)
    return data_start(spec) if data_start is not None else 2


def columns_of(source: Source, spec: TableSpec) -> list[list[str]]:
    """A table's texts column by column: kept by the XLSX reader, else read again as rows."""
    columns = getattr(source, "columns", None)
    if columns is not None:
        return columns(spec)
    rows = [texts for texts, _ in source.rows(spec)]
    return [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in spec.fields]


# -- one field --------------------------------------------------------------------------------

TYPE_WORDS = {
    "integer": "un nombre entier",
    "number": "un nombre (point décimal)",
    "boolean": "oui ou non (true ou false)",
    "date": "une date AAAA-MM-JJ",
    "yearmonth": "un mois AAAA-MM",
    "string": "du texte",
}


def _integer(text: str) -> Any:
    return int(text.strip())


def _number(text: str) -> Any:
    return Decimal(text.strip())


def _date(text: str) -> Any:
    return dt.datetime.strptime(text, "%Y-%m-%d").date()


def _yearmonth(text: str) -> Any:
    year, month = text.split("-")
    value = (int(year), int(month))
    if not 1 <= value[1] <= 12:
        raise ValueError(text)
    return value


class FieldRule:
    """One field's Table Schema rules; ``check(text)`` gives "" or the French message."""

    def __init__(self, f: FieldSpec, d: Descriptor):
        self.f = f
        self.parse = self._reader(f)
        self.pattern = re.compile(f"^{f.pattern}$") if f.pattern else None
        self.enum = set(f.enum) if f.enum else None
        self.codes = {c.code for c in d.codes(f.vocab)} if f.vocab and f.multiple else set()
        self.minimum = None if f.minimum is None else self.parse(str(f.minimum))
        self.maximum = None if f.maximum is None else self.parse(str(f.maximum))

    @staticmethod
    def _reader(f: FieldSpec) -> Callable[[str], Any]:
        if f.type == "boolean":
            values = {**dict.fromkeys(f.true_values, True), **dict.fromkeys(f.false_values, False)}
            return values.__getitem__
        return {"integer": _integer, "number": _number, "date": _date, "yearmonth": _yearmonth}.get(
            f.type, str
        )

    def check(self, text: str) -> str:
        f = self.f
        if text == "":
            return "valeur obligatoire manquante" if f.required else ""
        try:
            value = self.parse(text)
        except (ValueError, KeyError, InvalidOperation, TypeError):
            return f"« {text[:60]} » n'est pas {TYPE_WORDS.get(f.type, f.type)}"
        if self.enum is not None and text not in self.enum:
            return f"« {text[:60]} » ne fait pas partie des codes autorisés"
        if self.pattern is not None and self.pattern.match(text) is None:
            if self.codes:
                bad = [c for c in text.split(";") if c not in self.codes]
                word = "code inconnu" if len(bad) < 2 else "codes inconnus"
                return f"{word} : {', '.join(bad)[:80] or text[:60]}"
            if f.format == "uuid":
                return f"« {text[:60]} » n'est pas un identifiant UUID en minuscules"
            return f"« {text[:60]} » ne respecte pas le format attendu"
        if f.max_length is not None and len(text) > f.max_length:
            return f"texte trop long ({len(text)} caractères, {f.max_length} au plus)"
        if self.minimum is not None and not _at_least(value, self.minimum):
            return f"{text[:60]} est inférieur au minimum ({f.minimum})"
        if self.maximum is not None and not _at_least(self.maximum, value):
            return f"{text[:60]} dépasse le maximum ({f.maximum})"
        return ""


def _at_least(value: Any, bound: Any) -> bool:
    """value ≥ bound; NaN compares with nothing (as frictionless: a constraint error)."""
    if value != value or bound != bound:
        return False
    return bool(value >= bound)


# -- tables -----------------------------------------------------------------------------------

_FkCheck = tuple[int, set[str], str, str]  # column index, known keys, field, target table


def check_tables(source: Source, d: Descriptor, report: Report) -> None:
    """Every table of the descriptor: header, field rules, keys; counts and the values' digest."""
    keys: dict[tuple[str, str], set[str]] = {}
    wanted = {(fk[1], fk[2]) for t in d.tables for fk in t.foreign_keys}
    hashes: list[tuple[str, str]] = []
    declared = source.declared_hashes()
    columns_of = getattr(source, "columns", None)
    cell_issues = getattr(source, "has_cell_issues", None)
    raw_hash = getattr(source, "raw_hash", None)
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
        rules = [FieldRule(f, d) for f in spec.fields]
        pk_idx = [spec.field_names.index(k) for k in spec.primary_key]
        fk_idx = [(spec.field_names.index(a), keys.get((t, b), set()), a, t) for a, t, b in spec.foreign_keys]
        keep = {
            i: keys.setdefault((spec.name, n), set())
            for i, n in enumerate(spec.field_names)
            if (spec.name, n) in wanted
        }
        columns = columns_of(spec) if columns_of is not None and raw_hash is None else None
        if (
            columns is not None
            and not (cell_issues is not None and cell_issues(spec))
            and _clean(columns, rules, pk_idx, fk_idx)
        ):
            for i, store in keep.items():
                store.update(columns[i])
            rows = len(columns[0]) if columns else 0
            text = canonical_csv(spec.field_names, columns)
        elif raw_hash is not None:  # a Data Package: its digest is the one of the CSV as stored
            rows = _check_rows(source, spec, rules, pk_idx, fk_idx, keep, lambda _: None, report)
        else:
            canon = io.StringIO()  # the canonical CSV of digest.CanonicalCsv
            writer = csv.writer(canon, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(spec.field_names)
            rows = _check_rows(source, spec, rules, pk_idx, fk_idx, keep, writer.writerow, report)
            text = canon.getvalue()
        report.counts[spec.name] = rows
        digest = raw_hash(spec) if raw_hash is not None else hashlib.sha256(text.encode()).hexdigest()
        if declared and declared.get(spec.name) != digest:
            report.add(spec.name, 0, "", "hash", "empreinte de la table différente de celle déclarée")
        hashes.append((spec.name, digest))
    report.digest = package_digest(hashes)


def canonical_csv(names: Sequence[str], columns: list[list[str]]) -> str:
    """What ``csv.writer`` (QUOTE_MINIMAL, "\\n") writes for these rows, ten times sooner, by joins.

    Only a cell with a comma, a quote or a line break is quoted: the csv module spells those
    cells (ids, codes, months and numbers never have one; some titles do).
    """
    if len(names) < 2:  # a row of one empty cell is written "" by the csv module
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(names)
        writer.writerows(zip(*columns, strict=True))
        return out.getvalue()
    head = ",".join(map(_csv_cell, names))
    spelled = [
        [_csv_cell(t) for t in column] if _needs_quoting("".join(column)) else column for column in columns
    ]
    return "\n".join([head, *map(",".join, zip(*spelled, strict=True)), ""])


def _needs_quoting(text: str) -> bool:
    """A delimiter, a quote or a line break (four scans in C: quicker than one regex)."""
    return "," in text or '"' in text or "\n" in text or "\r" in text


def _csv_cell(text: str) -> str:
    if not _needs_quoting(text):
        return text
    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow([text])
    return out.getvalue()[:-1]


def _clean(
    columns: list[list[str]], rules: list[FieldRule], pk_idx: list[int], fk_idx: list[_FkCheck]
) -> bool:
    """True only if the row by row checks would report nothing for this table.

    Each distinct text of a column passes its rules; no primary key twice; every
    reference among the keys known before this table (the row by row checks know as many or more).
    """
    count = len(columns[0]) if columns else 0
    for rule, column in zip(rules, columns, strict=True):
        if any(rule.check(text) for text in set(column)):
            return False
    if not pk_idx:
        return count <= 1  # every row has the key (): a second one would be a duplicate
    keys = columns[pk_idx[0]] if len(pk_idx) == 1 else zip(*(columns[i] for i in pk_idx), strict=True)
    if len(set(keys)) != count:
        return False
    for i, known, _, _ in fk_idx:
        unknown = set(columns[i]).difference(known)
        unknown.discard("")
        if unknown:
            return False
    return True


def _check_rows(
    source: Source,
    spec: TableSpec,
    rules: list[FieldRule],
    pk_idx: list[int],
    fk_idx: list[_FkCheck],
    keep: dict[int, set[str]],
    writerow: Callable[[Sequence[str]], object],
    report: Report,
) -> int:
    """Row by row, each distinct text of a column checked once; returns the row count."""
    checks = [(rule, {}, rule.f.name) for rule in rules]
    seen: set[tuple[str, ...]] = set()
    rows = 0
    for rowno, (texts, issues) in enumerate(source.rows(spec), start=first_row(source, spec)):
        writerow(texts)
        rows += 1
        for name, message in issues:
            report.add(spec.name, rowno, name, "cell", message)
        for (rule, memo, name), text in zip(checks, texts, strict=True):
            message = memo.get(text)
            if message is None:
                message = rule.check(text)
                if len(memo) < MEMO_LIMIT:
                    memo[text] = message
            if message:
                report.add(spec.name, rowno, name, "value", message)
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
    return rows


# -- metadata ---------------------------------------------------------------------------------


def check_metadata(d: Descriptor, report: Report) -> None:
    """The required metadata, the format's name and major version, and the digest of the values."""
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
