"""Import yearly files into the observatory database: one file, one transaction.

An invalid file is refused before the database is touched. For a structure and a
year, the file with the latest export date-time is the current one: a newer file
replaces the current submission (which stays, flagged not current, with its data,
and the history records the replacement); an older file, or the same data again
(same digest), is reported and skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from ..db import Database
from ..format import descriptor as descriptor_mod
from ..format.descriptor import Descriptor, FieldSpec, TableSpec
from ..format.readers import Source
from ..format.validator import columns_of
from . import models as M
from .validate import FileReport, expand, validate_source

BATCH = 5_000
MAX_PARAMS = 999  # bound parameters per statement: SQLite's historical limit (PostgreSQL: 65,535)
IMPORTED, REPLACED, OLDER, IDENTICAL, REFUSED = (
    "importe",
    "remplace",
    "ignore_ancien",
    "ignore_identique",
    "refuse",
)


@dataclass
class ImportOutcome:
    file: str
    action: str
    message: str
    report: FileReport
    submission_id: int | None = None

    @property
    def imported(self) -> bool:
        return self.action in {IMPORTED, REPLACED}


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _instant(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _converter(f: FieldSpec) -> Callable[[str], Any]:
    """A valid text (``validator.FieldRule``'s reading of Table Schema) → the stored value.

    Numbers are stored as integers of their smallest unit, rounded half up (coherence rule
    C10 warns when a file has more decimals); months and dates in their ISO spelling.
    """
    if f.type == "integer":
        return lambda t: int(t.strip()) if t else None
    if f.type == "number":
        s = M.scale(f)
        return lambda t: int(Decimal(t.strip()).scaleb(s).to_integral_value(ROUND_HALF_UP)) if t else None
    if f.type == "boolean":
        true = set(f.true_values)
        return lambda t: (t in true) if t else None
    if f.type == "yearmonth":
        return lambda t: "{:04d}-{:02d}".format(*map(int, t.split("-"))) if t else None
    if f.type == "date":
        return lambda t: dt.datetime.strptime(t, "%Y-%m-%d").date().isoformat() if t else None
    return lambda t: t or None


def _batches(source: Source, spec: TableSpec, submission_id: int) -> Iterator[list[tuple[Any, ...]]]:
    """Rows as tuples (submission id first, then the descriptor's fields), converted column by column."""
    table = columns_of(source, spec)
    count = len(table[0]) if table else 0
    for start in range(0, count, BATCH):
        stop = min(start + BATCH, count)
        columns: list[list[Any]] = [[submission_id] * (stop - start)]
        for f, texts in zip(spec.fields, table, strict=True):
            col = texts[start:stop]
            if f.type == "string":
                columns.append(col if "" not in col else [t or None for t in col])  # stored as text
                continue
            convert = _converter(f)
            memo = {t: convert(t) for t in set(col)}  # ids, codes, months and amounts repeat
            columns.append(list(map(memo.__getitem__, col)))
        yield list(zip(*columns, strict=True))


def _insert_sql(conn: Any, spec: TableSpec, rows: int = 1) -> str:
    """A plain INSERT of ``rows`` rows in the driver's parameter style (no per-row compiling)."""
    quote = conn.dialect.identifier_preparer.quote
    names = ["submission_id", *spec.field_names]
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    table = quote(M.data_tables[spec.name].name)
    values = ", ".join([f"({', '.join([mark] * len(names))})"] * rows)
    return f"INSERT INTO {table} ({', '.join(map(quote, names))}) VALUES {values}"


def _insert(conn: Any, spec: TableSpec, rows: list[tuple[Any, ...]]) -> None:
    """Many rows per INSERT statement: a third less time than one statement per row.

    At most MAX_PARAMS parameters per statement; the last rows go through executemany.
    """
    per = max(1, MAX_PARAMS // (len(spec.fields) + 1))
    whole = len(rows) - len(rows) % per
    if whole:
        sql = _insert_sql(conn, spec, per)
        for start in range(0, whole, per):
            conn.exec_driver_sql(sql, tuple(chain.from_iterable(rows[start : start + per])))
    if whole < len(rows):
        conn.exec_driver_sql(_insert_sql(conn, spec), rows[whole:])


def _history(conn: Any, fr: FileReport, action: str, message: str, **ids: int | None) -> None:
    meta = fr.metadata
    conn.execute(
        insert(M.history).values(
            date=_now(),
            fichier=fr.file,
            structure_id=str(meta.get("structure_id", "")),
            annee=int(meta["annee"]) if str(meta.get("annee", "")).isdigit() else None,
            digest=fr.digest,
            date_export=str(meta.get("date_export", "")),
            action=action,
            message=message,
            **ids,
        )
    )


def _spread_codes(conn: Any, source: Source, d: Descriptor, submission_id: int) -> None:
    """One child row per code of each multi-valued column the file's version has (``M.MULTI_VALUED``)."""
    for (table, column), (child, keys) in M.MULTI_VALUED.items():
        if table not in d.table_names or column not in d.table(table).field_names:
            continue  # a 1.0 file has no agréments: no rows, read as « non renseigné »
        names = d.table(table).field_names
        at, key_at = names.index(column), [names.index(k) for k in keys]
        rows = set()
        for texts, _ in source.rows(d.table(table)):
            key = tuple(texts[i] for i in key_at)
            rows.update((*key, code) for code in texts[at].split(";") if code)
        if rows:
            cols = [c.name for c in child.columns]  # submission_id, the keys, the code
            conn.execute(
                insert(child), [dict(zip(cols, (submission_id, *r), strict=True)) for r in sorted(rows)]
            )


def import_source(db: Database, fr: FileReport, source: Source, d: Descriptor) -> ImportOutcome:
    """Insert a validated file in one transaction (or skip it); the source is left open."""
    meta = fr.metadata
    sid, year, exported = str(meta["structure_id"]), int(meta["annee"]), str(meta["date_export"])
    with db.write_connection() as conn:
        query = select(M.submission.c.id, M.submission.c.digest, M.submission.c.date_export).where(
            M.submission.c.structure_id == sid, M.submission.c.annee == year, M.submission.c.courant.is_(True)
        )
        if not db.is_sqlite:
            query = query.with_for_update()
        current = conn.execute(query).first()
        if current is not None and current.digest == fr.digest:
            msg = f"{fr.file} : déjà importé (même empreinte), ignoré."
            _history(conn, fr, IDENTICAL, msg, submission_id=current.id)
            return ImportOutcome(fr.file, IDENTICAL, msg, fr, current.id)
        if current is not None and _instant(exported) <= _instant(current.date_export):
            msg = (
                f"{fr.file} : export du {exported} pas plus récent que celui déjà importé "
                f"({current.date_export}), ignoré."
            )
            _history(conn, fr, OLDER, msg, submission_id=current.id)
            return ImportOutcome(fr.file, OLDER, msg, fr, current.id)
        if current is not None:
            conn.execute(update(M.submission).where(M.submission.c.id == current.id).values(courant=False))
        new_id = conn.execute(
            insert(M.submission).values(
                structure_id=sid,
                structure_nom=str(meta.get("structure_nom", "")),
                identifiant=str(meta.get("identifiant", "")),
                annee=year,
                digest=fr.digest,
                version_format=str(meta.get("version_format", "")),
                date_export=exported,
                date_import=_now(),
                fichier=fr.file,
                courant=True,
            )
        ).inserted_primary_key[0]
        for spec in d.tables:
            for batch in _batches(source, spec, new_id):
                _insert(conn, spec, batch)
        _spread_codes(conn, source, d, new_id)
        action = REPLACED if current is not None else IMPORTED
        msg = (
            f"{fr.file} : importé"
            + (f", remplace l'export du {current.date_export}" if current else "")
            + "."
        )
        _history(conn, fr, action, msg, submission_id=new_id, replaced_id=current.id if current else None)
    return ImportOutcome(fr.file, action, msg, fr, new_id)


def import_file(db: Database, path: Path, d: Descriptor | None = None) -> ImportOutcome:
    """Validate then import one file; an invalid file leaves the database unchanged.

    Without ``d``, the file is read with the descriptor of the version it declares (a 1.0.0 file
    has no ``emplois``: the store records those figures as not given, not as zero).
    """
    fr, source = validate_source(Path(path), d)
    if source is None or not fr.valid:
        if source is not None:
            source.close()
        return ImportOutcome(fr.file, REFUSED, f"{fr.file} : non valide, rien n'a été importé.", fr)
    d = d or descriptor_mod.load(fr.version)
    try:
        return import_source(db, fr, source, d)
    finally:
        source.close()


def import_paths(
    db: Database, paths: Iterable[Path | str], progress: Callable[[int, int], None] | None = None
) -> list[ImportOutcome]:
    files = expand(paths)
    out = []
    for i, p in enumerate(files, start=1):
        out.append(import_file(db, p))
        if progress:
            progress(i, len(files))
    return out
