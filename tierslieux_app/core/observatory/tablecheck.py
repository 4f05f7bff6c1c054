"""The export checker's table checks, with each distinct value of a column checked once.

Same rules, same problems and same digest as ``core.export.checker`` (it reuses its
``Validator`` and ``package_digest``; the canonical CSV is spelled as ``digest.CanonicalCsv``
does): a yearly file repeats the same project ids, participant ids, months and codes
thousands of times, and checking each distinct text once makes the import several times faster.

A reader that also gives its texts column by column (the XLSX one) gets a quicker first pass
per table: the distinct values of each column, the keys and the references are checked as
sets, and the canonical CSV is joined rather than written row by row by the csv module.
A table that passes has no problem to report; any other table (or a reader without columns,
such as the Data Package one, which streams its CSV) goes through the row by row checks,
which report every problem at its row. ``tests/test_observatory_validate.py`` and
``tests/test_observatory_columns.py`` compare both with the export checker.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Sequence

from ..export.checker import PackageSource, Report, Source, Validator
from ..export.descriptor import Descriptor, TableSpec
from ..export.digest import package_digest
from .xlsx_source import CalamineSource

MEMO_LIMIT = 20_000  # distinct texts remembered per column (free text is rarely repeated)
_FkCheck = tuple[int, set[str], str, str]  # column index, known keys, field, target table


def check_tables(source: Source, d: Descriptor, report: Report) -> None:
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
        columns = source.columns(spec) if isinstance(source, CalamineSource) else None
        if (
            columns is not None
            and not source.has_cell_issues(spec)
            and _clean(columns, validators, pk_idx, fk_idx)
        ):
            for i, store in keep.items():
                store.update(columns[i])
            rows = len(columns[0]) if columns else 0
            text = canonical_csv(spec.field_names, columns)
        elif isinstance(source, PackageSource):  # its digest is the one of the CSV as stored
            rows = _check_rows(source, spec, validators, pk_idx, fk_idx, keep, lambda _: None, report)
        else:
            canon = io.StringIO()  # the canonical CSV of digest.CanonicalCsv
            writer = csv.writer(canon, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(spec.field_names)
            rows = _check_rows(source, spec, validators, pk_idx, fk_idx, keep, writer.writerow, report)
            text = canon.getvalue()
        report.counts[spec.name] = rows
        if isinstance(source, PackageSource):
            digest = source.raw_hash(spec)
        else:
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
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
    columns: list[list[str]], validators: list[Validator], pk_idx: list[int], fk_idx: list[_FkCheck]
) -> bool:
    """True only if the row by row checks would report nothing for this table.

    Each distinct text of a column passes its validator; no primary key twice; every
    reference among the keys known before this table (the row by row checks know as many or more).
    """
    count = len(columns[0]) if columns else 0
    for validator, column in zip(validators, columns, strict=True):
        if any(validator.check(text) for text in set(column)):
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
    validators: list[Validator],
    pk_idx: list[int],
    fk_idx: list[_FkCheck],
    keep: dict[int, set[str]],
    writerow: Callable[[Sequence[str]], object],
    report: Report,
) -> int:
    """The export checker's loop, each distinct text of a column validated once; the row count."""
    checks = [(v, {}, v.f.name) for v in validators]
    seen: set[tuple[str, ...]] = set()
    rows = 0
    for rowno, (texts, issues) in enumerate(source.rows(spec), start=2):
        writerow(texts)
        rows += 1
        for name, message in issues:
            report.add(spec.name, rowno, name, "cell", message)
        for (validator, memo, name), text in zip(checks, texts, strict=True):
            message = memo.get(text)
            if message is None:
                message = validator.check(text)
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
