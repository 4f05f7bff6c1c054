"""The machinery of the national sheets: per-structure facts, additive grids, quartiles.

Each sheet answers one of the observatory's questions, by region and by TSR category. Its
figures are first read per structure (one SQL GROUP BY per table, on the current submissions
of the year), then summed in Python with exact Decimals, so that a median or a secret cell can
be decided on the structures themselves.

Secrecy (``secrecy.py``; method written out in the workbook's « Lisez-moi »):
1. primary: a cell resting on 1 or 2 structures (those whose figure is not 0) is secret,
   and so is every cell, 0 included, of a row (region, category) of fewer than 3
   structures; so is a median or a quartile of fewer than 3 values;
2. secondary: in an additive table, every row and every column whose total is shown
   must hold 0 or at least 2 secret cells (``secrecy.Grid.protect``). The national figures
   of « Synthese » are the totals of the older breakdown sheets: they are protected first
   (``consolidate.national_secrets``), and a code hidden there is a hidden total everywhere.

Adding a question is one function: read the facts (structure, code, value), return
``national_sheet(...)`` with ``Additive``/``Spread``/``Ratio`` parts.

Files of format 1.0 and 1.1 share the store. A part that only 1.1 files carry (jobs by
contract…) is an ``Additive`` with ``informed``: the structures whose file gives it. Its sums
rest on them alone, a row (region, category) of 1 or 2 of them is secret as a whole, a row of
none says « non renseigné » in every cell (never 0), and a column « Structures renseignées »
says how many structures each row's figures rest on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, select

from ..db import Database
from ..format import descriptor as descriptor_mod
from ..format.definitions import version_tuple
from ..format.descriptor import Descriptor
from . import models as M
from . import secrecy as S
from .secrecy import MIN_STRUCTURES, SECRET, TOTAL, Grid, Key, quartiles

ENSEMBLE = "Ensemble"
NOT_GIVEN = "non renseigné"
BY = (("region", "Région"), ("categorie_tsr", "Catégorie TSR"))


@dataclass
class Sheet:
    name: str
    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    chart: tuple[int, int] | None = None  # (label column, value column), 1-based, for a bar chart
    unit: str = ""  # « Unité : … », shown above the table
    source: str = ""  # « Source : … » (tables, fields, year, structures), shown above the table
    charts: list[tuple[str, int, int]] = field(default_factory=list)  # (title, first row, last row), 0-based


def current(year: int) -> Any:
    """The current submissions of ``year`` (the latest file of each structure)."""
    s = M.submission.c
    return and_(s.annee == year, s.courant.is_(True))


@dataclass
class Additive:
    """Columns of sums: ``facts`` are (submission id, column code, value)."""

    facts: list[tuple[int, Any, Decimal | int]]
    cols: list[Any]
    headers: list[str]
    row_total: str = ""  # header of the total column ("" when the columns do not add up)
    informed: set[int] | None = None  # structures whose file carries these figures (None: all)
    informed_header: str = ""  # header of the column counting them ("": no such column)


@dataclass
class Spread:
    """First quartile, median and third quartile of one value per structure."""

    values: dict[int, Decimal]
    label: str


@dataclass
class Ratio:
    """A share between two shown columns of the same row (secret when either is)."""

    header: str
    numerator: str
    denominator: str


@dataclass
class Structure:
    sid: int
    values: dict[str, Any]


def informed(db: Database, year: int, since: str = "1.1.0") -> set[int]:
    """The current submissions of ``year`` whose file is of format ``since`` or later: those that
    can carry what that version added (``obs_submission.version_format``, as the file declares)."""
    s = M.submission.c
    with db.read() as session:
        rows = session.execute(select(s.id, s.version_format).where(current(year))).all()
    return {sid for sid, v in rows if version_tuple(v or "") >= version_tuple(since)}


def current_structures(db: Database, year: int) -> list[Structure]:
    """The structure row of each current submission of ``year``, numbers as Decimals."""
    st, s = M.data_tables["structure"], M.submission.c
    spec = descriptor_mod.load().table("structure")
    q = (
        select(s.id, *st.c)
        .join_from(M.submission, st, st.c.submission_id == s.id)
        .where(current(year))
        .order_by(s.id)
    )
    out = []
    with db.read() as session:
        for row in session.execute(q).mappings():
            values = {}
            for name in spec.field_names:
                v = row[name]
                values[name] = M.from_stored(spec.field(name), v) if spec.field(name).type == "number" else v
            out.append(Structure(row["id"], values))
    return out


def per_structure(db: Database, year: int, table: str, key: str | None, measure: Any) -> list[Any]:
    """(submission id, key value, measure) for the current submissions of ``year``."""
    t, s = M.data_tables[table], M.submission.c
    group = [t.c.submission_id] + ([t.c[key]] if key else [])
    q = (
        select(*group, measure)
        .join_from(t, M.submission, s.id == t.c.submission_id)
        .where(current(year))
        .group_by(*group)
        .order_by(*group)
    )
    with db.read() as session:
        return [tuple(r) if key else (r[0], None, r[1]) for r in session.execute(q)]


def row_label(d: Descriptor, dim: str, value: Any) -> str:
    if value is None or value == "":
        return f"({NOT_GIVEN})"
    return d.label("tsr_category", value) if dim == "categorie_tsr" else str(value)


def row_keys(d: Descriptor, dim: str, structures: list[Structure]) -> list[Any]:
    present = {s.values.get(dim) for s in structures}
    if dim == "categorie_tsr":
        order = [c.code for c in d.codes("tsr_category")]
        known = [c for c in order if c in present]
        return (
            known
            + sorted((v for v in present if v not in order and v), key=str)
            + ([None] if None in present or "" in present else [])
        )
    return sorted((v for v in present if v), key=str) + ([None] if None in present or "" in present else [])


def code_cols(d: Descriptor, vocab: str, present: set[Any]) -> tuple[list[Any], list[str]]:
    """The vocabulary's codes that occur, in its order, then unknown ones, then « non renseigné »."""
    order = [c.code for c in d.codes(vocab)]
    cols = [c for c in order if c in present] + sorted((v for v in present if v and v not in order), key=str)
    headers = [d.label(vocab, c) for c in cols]
    if None in present:
        cols.append(None)
        headers.append(NOT_GIVEN.capitalize())
    return cols, headers


def protected_grids(
    structures: list[Structure], parts: list[Additive | Spread | Ratio], d: Descriptor
) -> dict[tuple[str, int], Grid]:
    """The additive parts' grids for each breakdown, protected together.

    The « Ensemble » row is the same national figures under each breakdown: a cell hidden
    there under one breakdown is hidden under the others too (else the region table would
    give away what the TSR-category table hides), and suppression runs again until the
    national rows agree. With the present rule the national row only depends on national
    figures, so they agree at once; the loop keeps them agreeing if the rule changes.
    """
    grids: dict[tuple[str, int], Grid] = {}
    for dim, _ in BY:
        where = {s.sid: s.values.get(dim) or None for s in structures}
        for i, p in enumerate(parts):
            if isinstance(p, Additive):
                keys = row_keys(d, dim, structures)
                g = grids[(dim, i)] = Grid(keys, list(p.cols), bool(p.row_total))
                population = {sid: r for sid, r in where.items() if p.informed is None or sid in p.informed}
                sizes = Counter(population.values())
                g.small_rows = {r for r in keys if 0 < sizes[r] < MIN_STRUCTURES}
                g.small_rows |= {TOTAL} if 0 < len(population) < MIN_STRUCTURES else set()
                for sid, col, value in p.facts:
                    if sid in population:
                        g.add(sid, population[sid], col, value)
    national: dict[int, set[Key]] = {}
    while True:
        for (_, i), g in grids.items():
            g.protect(secondary=S.SECONDARY, also=national.get(i, set()))
        agreed = {
            i: {k for (_, j), g in grids.items() if j == i for k in g.secret if k[0] is TOTAL}
            for i in {i for _, i in grids}
        }
        if agreed == national or not S.SECONDARY:
            return grids
        national = agreed


def national_sheet(
    d: Descriptor,
    structures: list[Structure],
    name: str,
    title: str,
    unit: str,
    source: str,
    parts: list[Additive | Spread | Ratio],
) -> Sheet:
    headers = ["Ventilation", "Modalité", "Structures"]
    for p in parts:
        if isinstance(p, Additive):
            headers += [p.informed_header] if p.informed_header else []
            headers += p.headers + ([p.row_total] if p.row_total else [])
        elif isinstance(p, Spread):
            headers += [f"{p.label} — 1er quartile", f"{p.label} — médiane", f"{p.label} — 3e quartile"]
        else:
            headers.append(p.header)
    sheet = Sheet(name, title, headers, unit=unit, source=source)
    grids = protected_grids(structures, parts, d)
    for dim, dim_label in BY:
        where = {s.sid: s.values.get(dim) or None for s in structures}
        keys = row_keys(d, dim, structures)
        columns: list[list[Any]] = []  # one list per sheet column after « Structures », row by row
        for i, p in enumerate(parts):
            if isinstance(p, Additive):
                g = grids[(dim, i)]
                told = Counter(r for sid, r in where.items() if p.informed is None or sid in p.informed)
                told[TOTAL] = sum(told.values())
                if p.informed_header:
                    columns.append([told[r] for r in [*keys, TOTAL]])
                for c in [*p.cols, *([TOTAL] if p.row_total else [])]:
                    columns.append([g.shown((r, c)) if told[r] else NOT_GIVEN for r in [*keys, TOTAL]])
            elif isinstance(p, Spread):
                per_row: list[tuple[Any, Any, Any]] = []
                for r in [*keys, TOTAL]:
                    vals = [
                        v
                        for sid, v in p.values.items()
                        if v is not None and sid in where and (r is TOTAL or where[sid] == r)
                    ]
                    per_row.append(
                        quartiles(vals)
                        if len(vals) >= MIN_STRUCTURES
                        else (SECRET,) * 3
                        if vals
                        else (None,) * 3
                    )
                columns += [list(col) for col in zip(*per_row, strict=True)]
            else:
                num = columns[headers.index(p.numerator) - 3]
                den = columns[headers.index(p.denominator) - 3]
                columns.append(
                    [
                        SECRET
                        if SECRET in (a, b)
                        else NOT_GIVEN
                        if NOT_GIVEN in (a, b)
                        else (Decimal(a) / Decimal(b)).quantize(Decimal("0.001"))
                        if b
                        else None
                        for a, b in zip(num, den, strict=True)
                    ]
                )
        for i, r in enumerate([*keys, TOTAL]):
            n = len(structures) if r is TOTAL else sum(1 for v in where.values() if v == r)
            label = ENSEMBLE if r is TOTAL else row_label(d, dim, r)
            sheet.rows.append([dim_label, label, n, *(col[i] for col in columns)])
    return sheet


def source_line(year: int, structures: list[Structure], what: str) -> str:
    return (
        f"Source : {what} ; fichiers annuels {year} des {len(structures)} structures incluses "
        f"(feuille « Fichiers inclus »)."
    )
