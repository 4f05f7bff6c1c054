"""National figures for one year, computed in SQL (GROUP BY) over the current submissions.

Works the same on SQLite and PostgreSQL: stored numbers are scaled integers, summed
exactly by the database and turned back into Decimals here. Small-cell protection:
a breakdown cell that rests on fewer than ``MIN_STRUCTURES`` structures is replaced
by ``SECRET``, so that no single tiers-lieu's figures can be read from the report, and
secondary suppression (below, « The national sheets ») keeps such a cell from being
recomputed from a row or column total.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, distinct, func, select

from ..db import Database
from ..format import descriptor as descriptor_mod
from ..format.descriptor import Descriptor
from . import models as M

MIN_STRUCTURES = 3
SECRET = "secret"
AVERAGED = {"heures_par_etp", "valorisation_horaire_benevolat"}  # rates: a mean, never a sum
BREAKDOWN_CODES = (
    "projets_actifs",
    "heures_total",
    "heures_benevole",
    "heures_salarie",
    "heures_mis_a_disposition",
    "etp_total",
    "valorisation_benevolat",
    "participants_total",
    "productions_total",
    "financements_total",
)
DIMENSIONS = (
    ("region", "Par région", "Région"),
    ("categorie_tsr", "Par catégorie TSR", "Catégorie TSR"),
    ("forme_juridique", "Par forme juridique", "Forme juridique"),
    ("typologie", "Par typologie", "Typologie"),
)


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


def _current(year: int) -> Any:
    s = M.submission.c
    return and_(s.annee == year, s.courant.is_(True))


def _indicator_value(code: str, stored: Any) -> Decimal:
    f = descriptor_mod.load().table("indicateurs").field("valeur")
    return M.from_stored(f, int(stored)) or Decimal(0)


def _protect(value: Any, structures: int) -> Any:
    return SECRET if structures < MIN_STRUCTURES else value


def _indicator_facts(db: Database, year: int) -> list[tuple[int, str, Decimal]]:
    """(submission id, indicator code, value) of the current submissions of ``year``."""
    i = M.data_tables["indicateurs"].c
    rows = _per_structure(db, year, "indicateurs", "code", func.sum(i.valeur))
    return [(sid, code, _indicator_value(code, v or 0)) for sid, code, v in rows]


def _indicator_groups(d: Descriptor) -> list[tuple[str, list[str]]]:
    """(total code, the codes that add up to it): heures_total = heures_benevole + …"""
    codes = d.table("indicateurs").field("code").enum
    return [
        (total, [c for c in codes if c.startswith(total[:-5]) and c != total and c not in AVERAGED])
        for total in codes
        if total.endswith("_total")
    ]


def national_secrets(facts: list[tuple[int, str, Decimal]], d: Descriptor) -> set[str]:
    """Indicator codes whose national figure is secret: primary rule, then secondary
    suppression within each group that adds up to a shown total (hours by type…)."""
    everyone = {sid for sid, _, _ in facts}
    few = len(everyone) < MIN_STRUCTURES
    secret: set[str] = set()
    grouped: set[str] = set()
    for total, parts in _indicator_groups(d):
        g = Grid(["France"], parts, small_rows={"France", TOTAL} if few else set())
        for sid, code, value in facts:
            if code in parts:
                g.add(sid, "France", code, value)
        g.protect(secondary=SECONDARY)
        secret |= {c for c in parts if ("France", c) in g.secret}
        secret |= {total} if ("France", TOTAL) in g.secret else set()
        grouped |= {total, *parts}
    for code in d.table("indicateurs").field("code").enum:
        if code in grouped:
            continue
        support = {sid for sid, c, v in facts if c == code and (v or code in AVERAGED)}
        if few or 0 < len(support) < MIN_STRUCTURES:
            secret.add(code)
    return secret


def totals(db: Database, year: int, d: Descriptor, secret: set[str] | None = None) -> Sheet:
    """National indicator totals; ``secret``: codes to hide (default: ``national_secrets``)."""
    facts = _indicator_facts(db, year)
    secret = national_secrets(facts, d) if secret is None else secret
    found: dict[str, Decimal] = {}
    who: dict[str, set[int]] = {}
    for sid, code, value in facts:
        found[code] = found.get(code, Decimal(0)) + value
        who.setdefault(code, set()).add(sid)
    sheet = Sheet(
        "Synthese", f"Totaux nationaux {year}", ["Code", "Indicateur", "Unité", "Valeur", "Structures"]
    )
    units = {c.code: c.unite for c in d.codes("indicateur")}
    n_all = len({sid for sid, _, _ in facts})
    for code in d.table("indicateurs").field("code").enum:
        value, n = found.get(code, Decimal(0)), len(who.get(code, ()))
        if code in AVERAGED and n:
            value = (value / n).quantize(Decimal("0.01"))
        label = d.label("indicateur", code) + (" (moyenne)" if code in AVERAGED else "")
        sheet.rows.append([code, label, units.get(code, ""), SECRET if code in secret else value, n_all])
    return sheet


def breakdown(
    db: Database,
    year: int,
    d: Descriptor,
    dim: str,
    name: str,
    label: str,
    secret: set[str] | None = None,
    extra: set[str] | None = None,
) -> Sheet:
    """The indicators by a structure attribute; their national totals are on « Synthese ».

    A region, legal form… partitions the structures, so each column adds up to the national
    figure: secondary suppression applies, with the national cells hidden on « Synthese »
    (``secret``) counted as hidden totals. Codes that the suppression had to hide nationally
    are added to ``extra``. Typologies overlap (several per structure): primary rule only.
    """
    s = M.submission.c
    facts = _indicator_facts(db, year)
    secret = national_secrets(facts, d) if secret is None else secret
    if dim == "typologie":
        q = select(s.id, M.structure_typologie.c.typologie).join_from(
            M.submission, M.structure_typologie, M.structure_typologie.c.submission_id == s.id
        )
    else:
        st = M.data_tables["structure"].c
        q = select(s.id, st[dim]).join_from(
            M.submission, M.data_tables["structure"], st.submission_id == s.id
        )
    with db.read() as session:
        pairs = [(sid, g) for sid, g in session.execute(q.where(_current(year)))]
    groups: dict[int, list[Any]] = {}
    for sid, g in pairs:
        groups.setdefault(sid, []).append(g)
    n_by_group = Counter(g for _, g in pairs)
    keys = sorted(n_by_group, key=lambda v: (v is None, str(v or "")))
    grid = Grid(keys, list(BREAKDOWN_CODES), row_total=False)
    grid.small_rows = {g for g in keys if n_by_group[g] < MIN_STRUCTURES}
    for sid, code, value in facts:
        if code in BREAKDOWN_CODES:
            for g in groups.get(sid, ()):
                grid.add(sid, g, code, value)
    grid.protect(
        secondary=SECONDARY and dim != "typologie", also={(TOTAL, c) for c in BREAKDOWN_CODES if c in secret}
    )
    if extra is not None:
        extra |= {c for c in BREAKDOWN_CODES if (TOTAL, c) in grid.secret and c not in secret}
    vocab = {"categorie_tsr": "tsr_category", "forme_juridique": "legal_form", "typologie": "typology"}.get(
        dim
    )
    headers = [label, "Structures"] + [d.label("indicateur", c) for c in BREAKDOWN_CODES]
    sheet = Sheet(name[:31], f"{name} — {year}", headers)
    for g in keys:
        n = n_by_group[g]
        shown = (d.label(vocab, g) if vocab and g else g) or "(non renseigné)"
        sheet.rows.append([shown, _protect(n, n), *(grid.shown((g, c)) for c in BREAKDOWN_CODES)])
    return sheet


def _grouped(db: Database, year: int, table: str, keys: list[str], measures: list[Any]) -> list[Any]:
    t, s = M.data_tables[table], M.submission.c
    cols = [t.c[k] for k in keys]
    q = (
        select(*cols, func.count(distinct(s.id)), *measures)
        .join_from(t, M.submission, s.id == t.c.submission_id)
        .where(_current(year))
        .group_by(*cols)
        .order_by(*cols)
    )
    with db.read() as session:
        return list(session.execute(q))


def participants(db: Database, year: int, d: Descriptor, secret: set[str] | None = None) -> Sheet:
    """Participants by category and sector; each category's total is on « Synthese », so a
    category's sectors are protected together with it (secondary suppression)."""
    t, s = M.data_tables["participants"], M.submission.c
    q = (
        select(t.c.submission_id, t.c.categorie, t.c.secteur, func.count())
        .join_from(t, M.submission, s.id == t.c.submission_id)
        .where(_current(year))
        .group_by(t.c.submission_id, t.c.categorie, t.c.secteur)
    )
    with db.read() as session:
        facts = list(session.execute(q))
    secret = national_secrets(_indicator_facts(db, year), d) if secret is None else secret
    cats = sorted({c for _, c, _, _ in facts})
    sectors = sorted({x for _, _, x, _ in facts})
    grid = Grid(cats, sectors)
    for sid, cat, sector, count in facts:
        grid.add(sid, cat, sector, int(count))
    also = {(c, TOTAL) for c in cats if f"participants_{c}" in secret}
    grid.protect(
        secondary=SECONDARY, also=also | ({(TOTAL, TOTAL)} if "participants_total" in secret else set())
    )
    sheet = Sheet(
        "Participants",
        f"Participants par catégorie et secteur — {year}",
        ["Catégorie", "Secteur", "Structures", "Participants"],
        chart=None,
    )
    for cat in cats:
        for sector in sectors:
            n = grid.support((cat, sector))
            if (cat, sector) in grid.values:
                sheet.rows.append(
                    [
                        d.label("participant_category", cat),
                        d.label("participant_sector", sector),
                        _protect(n, n),
                        grid.shown((cat, sector)),
                    ]
                )
    return sheet


def _national(value: Any, n: int, code: str, secret: set[str]) -> Any:
    return SECRET if code in secret or n < MIN_STRUCTURES else value


def outputs(db: Database, year: int, d: Descriptor, secret: set[str] | None = None) -> Sheet:
    """Outputs by type (the national figures of « Synthese »), with their open-access part,
    protected like a row of open-access counts whose total is shown."""
    secret = national_secrets(_indicator_facts(db, year), d) if secret is None else secret
    p = M.data_tables["productions"].c
    rows = _grouped(
        db,
        year,
        "productions",
        ["type"],
        [func.count(), func.sum(case((p.acces_ouvert.is_(True), 1), else_=0))],
    )
    opened = Grid(["France"], [kind for kind, *_ in rows])
    for sid, kind, n in _per_structure(
        db, year, "productions", "type", func.sum(case((p.acces_ouvert.is_(True), 1), else_=0))
    ):
        opened.add(sid, "France", kind, int(n or 0))
    opened.protect(secondary=SECONDARY)
    sheet = Sheet(
        "Productions",
        f"Productions par type et part en accès ouvert — {year}",
        ["Type", "Structures", "Productions", "En accès ouvert", "Part en accès ouvert"],
        chart=(1, 3),
    )
    for kind, n, count, open_ in rows:
        shown = _national(count, n, f"productions_{kind}", secret)
        open_shown = SECRET if shown == SECRET else opened.shown(("France", kind))
        share = (Decimal(int(open_ or 0)) / count).quantize(Decimal("0.001")) if count else Decimal(0)
        sheet.rows.append(
            [
                d.label("output_type", kind),
                _protect(n, n),
                shown,
                open_shown,
                SECRET if SECRET in (shown, open_shown) else share,
            ]
        )
    return sheet


def funding(db: Database, year: int, d: Descriptor, secret: set[str] | None = None) -> Sheet:
    secret = national_secrets(_indicator_facts(db, year), d) if secret is None else secret
    f = M.data_tables["financements"].c
    spec = d.table("financements").field("montant")
    rows = _grouped(db, year, "financements", ["programme"], [func.sum(f.montant)])
    sheet = Sheet(
        "Financements",
        f"Financements par programme — {year}",
        ["Programme", "Structures", "Montant (€)"],
        chart=(1, 3),
    )
    for prog, n, total in rows:
        value = _national(M.from_stored(spec, int(total)), n, f"financements_{prog}", secret)
        sheet.rows.append([d.label("programme", prog), _protect(n, n), value])
    return sheet


def hours(db: Database, year: int, d: Descriptor, secret: set[str] | None = None) -> Sheet:
    secret = national_secrets(_indicator_facts(db, year), d) if secret is None else secret
    t = M.data_tables["temps"].c
    spec = d.table("temps").field("heures")
    rows = _grouped(db, year, "temps", ["type_temps"], [func.sum(t.heures)])
    sheet = Sheet(
        "Heures", f"Heures par type — {year}", ["Type de temps", "Structures", "Heures"], chart=(1, 3)
    )
    for kind, n, total in rows:
        value = _national(M.from_stored(spec, int(total)), n, f"heures_{kind}", secret)
        sheet.rows.append([d.label("time_type", kind), _protect(n, n), value])
    return sheet


def files(db: Database, year: int) -> Sheet:
    s = M.submission.c
    q = select(
        s.structure_nom, s.identifiant, s.structure_id, s.digest, s.date_export, s.date_import, s.fichier
    )
    q = q.where(_current(year)).order_by(s.structure_nom, s.structure_id)
    sheet = Sheet(
        "Fichiers inclus",
        f"Fichiers inclus — {year}",
        [
            "Structure",
            "SIRET/RNA",
            "Identifiant",
            "Empreinte SHA-256",
            "Date d'export",
            "Date d'import",
            "Fichier",
        ],
    )
    with db.read() as session:
        sheet.rows = [list(r) for r in session.execute(q)]
    return sheet


def national(db: Database, year: int, d: Descriptor | None = None) -> list[Sheet]:
    """Every sheet of the national report, in order."""
    d = d or descriptor_mod.load()
    answers = [sheet for build in NATIONAL_SHEETS if (sheet := build(db, year, d)) is not None]
    secret = national_secrets(_indicator_facts(db, year), d)
    while True:  # a code the breakdowns had to hide nationally is hidden everywhere
        extra: set[str] = set()
        by = [breakdown(db, year, d, dim, name, label, secret, extra) for dim, name, label in DIMENSIONS]
        if not extra:
            break
        secret |= extra
    sheets = [totals(db, year, d, secret), summary(answers, year), *answers, *by]
    sheets += [hours(db, year, d, secret), participants(db, year, d, secret)]
    sheets += [outputs(db, year, d, secret), funding(db, year, d, secret)]
    sheets.append(files(db, year))
    return sheets


def years(db: Database) -> list[int]:
    with db.read() as session:
        return [
            y
            for (y,) in session.execute(select(distinct(M.submission.c.annee)).order_by(M.submission.c.annee))
        ]


# -- The national sheets: per-structure facts, additive grids, secondary suppression -----------
#
# Each sheet below answers one of the observatory's questions, by region and by TSR
# category. Its figures are first read per structure (one SQL GROUP BY per table, on the
# current submissions of the year), then summed in Python with exact Decimals, so that
# a median or a secret cell can be decided on the structures themselves.
#
# Secrecy (method written out in the workbook's « Lisez-moi », see ``SECRECY_NOTE``):
# 1. primary: a cell resting on 1 or 2 structures (those whose figure is not 0) is secret,
#    and so is every cell, 0 included, of a row (region, category) of fewer than 3
#    structures; so is a median or a quartile of fewer than 3 values;
# 2. secondary: in an additive table, every row and every column whose total is shown
#    must hold 0 or at least 2 secret cells. When a line holds exactly one, the smallest
#    visible cell of that line that rests on at least one structure is made secret too
#    (if there is none, the line's total is); rows, columns, the total row and the total
#    column are visited again until nothing changes. « total − visible cells » then only
#    ever gives the sum of two or more secret cells. The national figures of « Synthese »
#    are the totals of the older breakdown sheets: they are protected first
#    (``national_secrets``), and a code hidden there is a hidden total everywhere.
#
# Adding a question is one function: read the facts (structure, code, value), return
# ``_national_sheet(...)`` with ``Additive``/``Spread``/``Ratio`` parts. A sheet whose
# table or column is not in the store (format 1.1 parts on a 1.0 database) returns None
# and is left out of the workbook; values a 1.0 file cannot carry fall in the column
# « non renseigné », never into a 0.

TOTAL = "__total__"
ENSEMBLE = "Ensemble"
NOT_GIVEN = "non renseigné"
BY = (("region", "Région"), ("categorie_tsr", "Catégorie TSR"))
SECONDARY = True  # secondary suppression on (False: the primary rule alone, as before; tests compare)
SECRECY_NOTE = (
    f"Secret primaire : une case qui repose sur 1 ou {MIN_STRUCTURES - 1} structures (celles dont le "
    f"chiffre n’est pas nul) affiche « {SECRET} », comme toutes les cases d’une région ou d’une catégorie "
    f"qui compte moins de {MIN_STRUCTURES} structures, même nulles ; une médiane ou un quartile calculé "
    f"sur moins de {MIN_STRUCTURES} structures aussi.",
    "Secret secondaire : dans chaque tableau additif (lignes, colonnes et leurs totaux, y compris les "
    "totaux nationaux de la feuille « Synthese »), une ligne ou une colonne dont le total est affiché ne "
    "contient jamais exactement une case secrète. Quand c’est le cas, la plus petite case visible non "
    "nulle de cette ligne ou colonne devient secrète à son tour (à défaut, le total lui-même) ; "
    "l’opération est répétée sur toutes les lignes et colonnes jusqu’à ce que plus rien ne change. "
    "Ainsi « total moins cases visibles » ne donne jamais la valeur d’une seule case secrète.",
    "Un chiffre national caché dans une feuille l’est dans toutes : la ligne « Ensemble » est la même "
    "sous chaque ventilation.",
    "Une case à 0 d’une ligne d’au moins 3 structures reste affichée : elle ne révèle rien.",
)

Key = tuple[Any, Any]


@dataclass
class Grid:
    """Sums by (row, column) with the structures each rests on; margins are keyed by TOTAL.

    ``row_total``: the columns split the quantity (hours by type…), so a row total is shown;
    otherwise (a structure counted under several codes) only the column totals are.
    A cell rests on the structures whose figure in it is not 0 (a 0 tells nothing about the
    others); ``small_rows``: rows of fewer than MIN_STRUCTURES structures in all, whose every
    cell is secret, a 0 included (it would tell that an identifiable structure has none).
    """

    rows: list[Any]
    cols: list[Any]
    row_total: bool = True
    small_rows: set[Any] = field(default_factory=set)
    values: dict[Key, Decimal | int] = field(default_factory=dict)
    who: dict[Key, set[int]] = field(default_factory=dict)
    secret: set[Key] = field(default_factory=set)

    def add(self, sid: int, row: Any, col: Any, value: Decimal | int) -> None:
        keys = [(row, col), (TOTAL, col)]
        if self.row_total:
            keys += [(row, TOTAL), (TOTAL, TOTAL)]
        for k in keys:
            self.values[k] = self.values.get(k, 0) + value
            if value:
                self.who.setdefault(k, set()).add(sid)

    def support(self, key: Key) -> int:
        return len(self.who.get(key, ()))

    def value(self, key: Key) -> Decimal | int:
        return self.values.get(key, 0)

    def lines(self) -> list[tuple[list[Key], Key]]:
        """Every (cells, total) relation the table shows."""
        out = []
        if self.row_total:
            out += [([(r, c) for c in self.cols], (r, TOTAL)) for r in [*self.rows, TOTAL]]
        for c in [*self.cols, *([TOTAL] if self.row_total else [])]:
            out.append(([(r, c) for r in self.rows], (TOTAL, c)))
        return out

    def protect(self, secondary: bool = True, also: Iterable[Key] = ()) -> Grid:
        """Primary then (``secondary``) secondary suppression; ``also``: cells secret beforehand."""
        keys = [(r, c) for r in [*self.rows, TOTAL] for c in [*self.cols, TOTAL]]
        self.secret = {k for k in keys if 0 < self.support(k) < MIN_STRUCTURES or k[0] in self.small_rows}
        self.secret |= set(also)
        order = {k: i for i, k in enumerate(keys)}
        changed = secondary
        while changed:
            changed = False
            for cells, total in self.lines():
                if total in self.secret or sum(k in self.secret for k in cells) != 1:
                    continue
                free = [k for k in cells if k not in self.secret and self.support(k) > 0]
                pick = min(free, key=lambda k: (self.value(k), order[k])) if free else total
                self.secret.add(pick)
                changed = True
        return self

    def shown(self, key: Key) -> Any:
        return SECRET if key in self.secret else self.value(key)


@dataclass
class Additive:
    """Columns of sums: ``facts`` are (submission id, column code, value)."""

    facts: list[tuple[int, Any, Decimal | int]]
    cols: list[Any]
    headers: list[str]
    row_total: str = ""  # header of the total column ("" when the columns do not add up)


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


def quartiles(values: list[Decimal]) -> tuple[Decimal, Decimal, Decimal]:
    """Q1, median, Q3 (Python's ``statistics.quantiles``, inclusive method); needs two values."""
    import statistics

    q1, med, q3 = statistics.quantiles(sorted(values), n=4, method="inclusive")
    return q1, med, q3


@dataclass
class Structure:
    sid: int
    values: dict[str, Any]


def current_structures(db: Database, year: int) -> list[Structure]:
    """The structure row of each current submission of ``year``, numbers as Decimals."""
    st, s = M.data_tables["structure"], M.submission.c
    spec = descriptor_mod.load().table("structure")
    q = (
        select(s.id, *st.c)
        .join_from(M.submission, st, st.c.submission_id == s.id)
        .where(_current(year))
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


def _per_structure(db: Database, year: int, table: str, key: str | None, measure: Any) -> list[Any]:
    """(submission id, key value, measure) for the current submissions of ``year``."""
    t, s = M.data_tables[table], M.submission.c
    group = [t.c.submission_id] + ([t.c[key]] if key else [])
    q = (
        select(*group, measure)
        .join_from(t, M.submission, s.id == t.c.submission_id)
        .where(_current(year))
        .group_by(*group)
        .order_by(*group)
    )
    with db.read() as session:
        return [tuple(r) if key else (r[0], None, r[1]) for r in session.execute(q)]


def _has(table: str, column: str | None = None) -> bool:
    """The observatory store has this table (and column): format parts newer than the store are absent."""
    return table in M.data_tables and (column is None or column in M.data_tables[table].c)


def _row_label(d: Descriptor, dim: str, value: Any) -> str:
    if value is None or value == "":
        return f"({NOT_GIVEN})"
    return d.label("tsr_category", value) if dim == "categorie_tsr" else str(value)


def _row_keys(d: Descriptor, dim: str, structures: list[Structure]) -> list[Any]:
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


def _code_cols(d: Descriptor, vocab: str, present: set[Any]) -> tuple[list[Any], list[str]]:
    """The vocabulary's codes that occur, in its order, then unknown ones, then « non renseigné »."""
    order = [c.code for c in d.codes(vocab)]
    cols = [c for c in order if c in present] + sorted((v for v in present if v and v not in order), key=str)
    headers = [d.label(vocab, c) for c in cols]
    if None in present:
        cols.append(None)
        headers.append(NOT_GIVEN.capitalize())
    return cols, headers


def _protected_grids(
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
                keys = _row_keys(d, dim, structures)
                g = grids[(dim, i)] = Grid(keys, list(p.cols), bool(p.row_total))
                sizes = Counter(where.values())
                g.small_rows = {r for r in keys if sizes[r] < MIN_STRUCTURES}
                g.small_rows |= {TOTAL} if len(structures) < MIN_STRUCTURES else set()
                for sid, col, value in p.facts:
                    if sid in where:
                        g.add(sid, where[sid], col, value)
    national: dict[int, set[Key]] = {}
    while True:
        for (_, i), g in grids.items():
            g.protect(secondary=SECONDARY, also=national.get(i, set()))
        agreed = {
            i: {k for (_, j), g in grids.items() if j == i for k in g.secret if k[0] is TOTAL}
            for i in {i for _, i in grids}
        }
        if agreed == national or not SECONDARY:
            return grids
        national = agreed


def _national_sheet(
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
            headers += p.headers + ([p.row_total] if p.row_total else [])
        elif isinstance(p, Spread):
            headers += [f"{p.label} — 1er quartile", f"{p.label} — médiane", f"{p.label} — 3e quartile"]
        else:
            headers.append(p.header)
    sheet = Sheet(name, title, headers, unit=unit, source=source)
    grids = _protected_grids(structures, parts, d)
    for dim, dim_label in BY:
        where = {s.sid: s.values.get(dim) or None for s in structures}
        keys = _row_keys(d, dim, structures)
        columns: list[list[Any]] = []  # one list per sheet column after « Structures », row by row
        for i, p in enumerate(parts):
            if isinstance(p, Additive):
                g = grids[(dim, i)]
                for c in [*p.cols, *([TOTAL] if p.row_total else [])]:
                    columns.append([g.shown((r, c)) for r in [*keys, TOTAL]])
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
                        else (Decimal(a) / Decimal(b)).quantize(Decimal("0.001"))
                        if b
                        else None
                        for a, b in zip(num, den, strict=True)
                    ]
                )
        for i, r in enumerate([*keys, TOTAL]):
            n = len(structures) if r is TOTAL else sum(1 for v in where.values() if v == r)
            label = ENSEMBLE if r is TOTAL else _row_label(d, dim, r)
            sheet.rows.append([dim_label, label, n, *(col[i] for col in columns)])
    return sheet


def _source(year: int, structures: list[Structure], what: str) -> str:
    return (
        f"Source : {what} ; fichiers annuels {year} des {len(structures)} structures incluses "
        f"(feuille « Fichiers inclus »)."
    )


def budgets(db: Database, year: int, d: Descriptor) -> Sheet | None:
    structures = current_structures(db, year)
    parts: list[Additive | Spread | Ratio] = []
    for fname, label in (("budget_total", "Budget total"), ("budget_recherche", "Budget de la recherche")):
        values = {s.sid: s.values.get(fname) for s in structures}
        facts = [(sid, fname, v) for sid, v in values.items() if v is not None]
        parts += [Additive(facts, [fname], [f"{label} — somme"]), Spread(values, label)]
    shares = {s.sid: s.values.get("part_subventions_publiques") for s in structures}
    parts.append(Spread(shares, "Part des subventions publiques"))
    return _national_sheet(
        d,
        structures,
        "Budgets",
        f"Budgets des structures — {year}",
        "Unité : euros (€) ; part des subventions publiques : proportion entre 0 et 1.",
        _source(
            year,
            structures,
            "table structure, champs budget_total, budget_recherche et part_subventions_publiques",
        ),
        parts,
    )


def _funding_by(db: Database, year: int, d: Descriptor, key: str, name: str, what: str) -> Sheet:
    structures = current_structures(db, year)
    spec = d.table("financements").field("montant")
    f = M.data_tables["financements"].c
    facts = [
        (sid, code, M.from_stored(spec, int(total)) or Decimal(0))
        for sid, code, total in _per_structure(db, year, "financements", key, func.sum(f.montant))
    ]
    cols, headers = _code_cols(d, d.table("financements").field(key).vocab, {c for _, c, _ in facts})
    return _national_sheet(
        d,
        structures,
        name,
        f"Financements obtenus par {what} — {year}",
        "Unité : euros (€), montants attribués pour l’année.",
        _source(year, structures, f"table financements, champs {key} et montant"),
        [Additive(facts, cols, headers, row_total="Total")],
    )


def funding_by_programme(db: Database, year: int, d: Descriptor) -> Sheet | None:
    return _funding_by(db, year, d, "programme", "Financements par programme", "programme")


def funding_by_funder(db: Database, year: int, d: Descriptor) -> Sheet | None:
    return _funding_by(db, year, d, "type_financeur", "Financements par financeur", "type de financeur")


def org_changes(db: Database, year: int, d: Descriptor) -> Sheet | None:
    structures = current_structures(db, year)
    facts: list[tuple[int, Any, Decimal | int]] = []
    any_change: list[tuple[int, Any, Decimal | int]] = []
    for s in structures:
        codes = sorted({c for c in (s.values.get("evolutions_organisation") or "").split(";") if c})
        facts += [(s.sid, c, 1) for c in codes]
        any_change += [(s.sid, "une", 1)] if codes else []
    cols, headers = _code_cols(d, "org_change", {c for c in (x.code for x in d.codes("org_change"))})
    return _national_sheet(
        d,
        structures,
        "Évolutions organisation",
        f"Évolutions de l’organisation liées à la recherche — {year}",
        "Unité : nombre de structures (une structure peut déclarer plusieurs évolutions).",
        _source(year, structures, "table structure, champ evolutions_organisation"),
        [
            Additive(facts, cols, headers),
            Additive(any_change, ["une"], ["Au moins une évolution"]),
        ],
    )


def outputs_by_type(db: Database, year: int, d: Descriptor) -> Sheet | None:
    structures = current_structures(db, year)
    p = M.data_tables["productions"].c
    facts = [
        (sid, code, int(n)) for sid, code, n in _per_structure(db, year, "productions", "type", func.count())
    ]
    opened = [
        (sid, "ouvert", int(n or 0))
        for sid, _, n in _per_structure(
            db, year, "productions", None, func.sum(case((p.acces_ouvert.is_(True), 1), else_=0))
        )
        if n
    ]
    cols, labels = _code_cols(d, "output_type", {c for _, c, _ in facts})
    uris = {c.code: c.uri.rsplit("/", 1)[-1] for c in d.codes("output_type")}
    headers = [f"{h} (COAR {uris[c]})" if uris.get(c) else h for c, h in zip(cols, labels, strict=True)]
    return _national_sheet(
        d,
        structures,
        "Productions par type COAR",
        f"Productions par type de ressource COAR et accès ouvert — {year}",
        "Unité : nombre de productions datées de l’année ; part en accès ouvert : proportion entre 0 et 1.",
        _source(year, structures, "table productions, champs type (type de ressource COAR) et acces_ouvert"),
        [
            Additive(facts, cols, headers, row_total="Total"),
            Additive(opened, ["ouvert"], ["En accès ouvert"]),
            Ratio("Part en accès ouvert", "En accès ouvert", "Total"),
        ],
    )


def hours_and_valuation(db: Database, year: int, d: Descriptor) -> Sheet | None:
    structures = current_structures(db, year)
    spec = d.table("temps").field("heures")
    t = M.data_tables["temps"].c
    facts = [
        (sid, code, M.from_stored(spec, int(total)) or Decimal(0))
        for sid, code, total in _per_structure(db, year, "temps", "type_temps", func.sum(t.heures))
    ]
    rate = {s.sid: s.values.get("valorisation_horaire_benevolat") for s in structures}
    valued = [
        (sid, "valeur", (h * rate[sid]).quantize(Decimal("0.01")))
        for sid, code, h in facts
        if code == "benevole" and rate.get(sid) is not None
    ]
    cols, headers = _code_cols(d, "time_type", {c for _, c, _ in facts})
    return _national_sheet(
        d,
        structures,
        "Heures et valorisation",
        f"Heures consacrées aux projets par type de temps, et valorisation du bénévolat — {year}",
        "Unité : heures ; valorisation : euros (€), heures bénévoles × taux horaire propre à chaque "
        "structure, sommées.",
        _source(
            year,
            structures,
            "table temps, champs type_temps et heures ; table structure, champ "
            "valorisation_horaire_benevolat",
        ),
        [
            Additive(facts, cols, [f"Heures — {h}" for h in headers], row_total="Heures — total"),
            Additive(valued, ["valeur"], ["Valorisation du bénévolat (€)"]),
        ],
    )


def declared_jobs(db: Database, year: int, d: Descriptor) -> Sheet | None:
    structures = current_structures(db, year)
    parts: list[Additive | Spread | Ratio] = []
    for fname, label in (
        ("nb_salaries", "Salariés"),
        ("etp_salaries", "ETP salariés"),
        ("etp_recherche", "ETP consacrés à la recherche"),
    ):
        facts = [(s.sid, fname, s.values[fname]) for s in structures if s.values.get(fname) is not None]
        parts.append(Additive(facts, [fname], [label]))
    return _national_sheet(
        d,
        structures,
        "Emplois déclarés",
        f"Emplois déclarés par les structures — {year}",
        "Unité : personnes (salariés dans l’année) ; équivalents temps plein (ETP).",
        _source(year, structures, "table structure, champs nb_salaries, etp_salaries et etp_recherche"),
        parts,
    )


def engagement_forms(db: Database, year: int, d: Descriptor) -> Sheet | None:
    """Projects by form of engagement (format 1.1): absent while the store has no such column."""
    if not _has("projets", "forme_engagement"):
        return None
    structures = current_structures(db, year)
    t = M.data_tables["projets"]
    s = M.submission.c
    q = (
        select(t.c.submission_id, t.c.forme_engagement)
        .join_from(t, M.submission, s.id == t.c.submission_id)
        .where(_current(year))
    )
    counts: dict[tuple[int, Any], int] = {}
    with db.read() as session:
        for sid, forms in session.execute(q):
            for code in [c for c in (forms or "").split(";") if c] or [None]:
                counts[(sid, code)] = counts.get((sid, code), 0) + 1
    facts = [(sid, code, n) for (sid, code), n in counts.items()]
    vocab = d.table("projets").field("forme_engagement").vocab
    cols, headers = _code_cols(d, vocab, {c for _, c, _ in facts})
    return _national_sheet(
        d,
        structures,
        "Formes d'engagement",
        f"Projets par forme d’engagement — {year}",
        "Unité : nombre de projets (un projet peut combiner plusieurs formes).",
        _source(year, structures, "table projets, champ forme_engagement (format 1.1)"),
        [Additive(facts, cols, headers)],
    )


NATIONAL_SHEETS = (
    budgets,
    funding_by_programme,
    funding_by_funder,
    org_changes,
    outputs_by_type,
    hours_and_valuation,
    declared_jobs,
    engagement_forms,
)


def _national_row(sheet: Sheet, dim_label: str) -> list[Any]:
    return next(r for r in sheet.rows if r[0] == dim_label and r[1] == ENSEMBLE)


def summary(answers: list[Sheet], year: int) -> Sheet:
    """The figures the summary charts draw: national rows of the answers (secret cells left out)."""
    sheet = Sheet(
        "Synthèse graphique",
        f"Synthèse graphique — {year}",
        ["Graphique", "Libellé", "Valeur"],
        unit="Unité : celle de chaque graphique, indiquée dans son titre.",
        source="Source : les feuilles nationales de ce classeur (lignes « Ensemble »), hors cases secrètes.",
    )
    by_name = {s.name: s for s in answers}

    def add(title: str, pairs: list[tuple[str, Any]]) -> None:
        pairs = [(label, v) for label, v in pairs if v not in (SECRET, None)]
        if pairs:
            start = len(sheet.rows)
            sheet.rows += [[title, label, v] for label, v in pairs]
            sheet.charts.append((title, start, len(sheet.rows) - 1))

    if "Budgets" in by_name:
        b = by_name["Budgets"]
        col = b.headers.index("Budget total — médiane")
        add(
            "Budget médian par catégorie TSR (€)", [(r[1], r[col]) for r in b.rows if r[0] == "Catégorie TSR"]
        )
        add(
            "Structures par catégorie TSR",
            [(r[1], r[2]) for r in b.rows if r[0] == "Catégorie TSR" and r[1] != ENSEMBLE],
        )
    for name, title, skip in (
        ("Financements par programme", "Financements par programme (€)", "Total"),
        ("Heures et valorisation", "Heures par type de temps", "Heures — total"),
        ("Productions par type COAR", "Productions par type COAR", "Total"),
    ):
        if name in by_name:
            s = by_name[name]
            row = _national_row(s, BY[0][1])
            stop = s.headers.index(skip)
            add(title, list(zip(s.headers[3:stop], row[3:stop], strict=True)))
    return sheet
