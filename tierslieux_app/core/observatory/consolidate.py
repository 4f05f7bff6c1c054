"""National figures for one year, computed in SQL (GROUP BY) over the current submissions.

Works the same on SQLite and PostgreSQL: stored numbers are scaled integers, summed
exactly by the database and turned back into Decimals here. Small-cell protection:
a breakdown cell that rests on fewer than ``MIN_STRUCTURES`` structures is replaced
by ``SECRET``, so that no single tiers-lieu's figures can be read from the report.
"""

from __future__ import annotations

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


def _current(year: int) -> Any:
    s = M.submission.c
    return and_(s.annee == year, s.courant.is_(True))


def _indicator_value(code: str, stored: Any) -> Decimal:
    f = descriptor_mod.load().table("indicateurs").field("valeur")
    return M.from_stored(f, int(stored)) or Decimal(0)


def _protect(value: Any, structures: int) -> Any:
    return SECRET if structures < MIN_STRUCTURES else value


def totals(db: Database, year: int, d: Descriptor) -> Sheet:
    i, s = M.data_tables["indicateurs"].c, M.submission.c
    q = (
        select(i.code, func.sum(i.valeur), func.count(distinct(s.id)))
        .join_from(M.data_tables["indicateurs"], M.submission, s.id == i.submission_id)
        .where(_current(year))
        .group_by(i.code)
    )
    with db.read() as session:
        found = {code: (total, n) for code, total, n in session.execute(q)}
    sheet = Sheet(
        "Synthese", f"Totaux nationaux {year}", ["Code", "Indicateur", "Unité", "Valeur", "Structures"]
    )
    units = {c.code: c.unite for c in d.codes("indicateur")}
    n_all = max((n for _, n in found.values()), default=0)
    for code in d.table("indicateurs").field("code").enum:
        total, n = found.get(code, (0, 0))
        value = _indicator_value(code, total or 0)
        if code in AVERAGED and n:
            value = (value / n).quantize(Decimal("0.01"))
        label = d.label("indicateur", code) + (" (moyenne)" if code in AVERAGED else "")
        sheet.rows.append([code, label, units.get(code, ""), _protect(value, n_all), n_all])
    return sheet


def breakdown(db: Database, year: int, d: Descriptor, dim: str, name: str, label: str) -> Sheet:
    i, s, st = M.data_tables["indicateurs"].c, M.submission.c, M.data_tables["structure"].c
    if dim == "typologie":
        group = M.structure_typologie.c.typologie
        base = (
            M.data_tables["indicateurs"]
            .join(M.submission, s.id == i.submission_id)
            .join(M.structure_typologie, M.structure_typologie.c.submission_id == s.id)
        )
        count_from = M.submission.join(M.structure_typologie, M.structure_typologie.c.submission_id == s.id)
    else:
        group = st[dim]
        base = (
            M.data_tables["indicateurs"]
            .join(M.submission, s.id == i.submission_id)
            .join(M.data_tables["structure"], st.submission_id == s.id)
        )
        count_from = M.submission.join(M.data_tables["structure"], st.submission_id == s.id)
    sums = (
        select(group, i.code, func.sum(i.valeur))
        .select_from(base)
        .where(_current(year), i.code.in_(BREAKDOWN_CODES))
        .group_by(group, i.code)
    )
    counts = (
        select(group, func.count(distinct(s.id)))
        .select_from(count_from)
        .where(_current(year))
        .group_by(group)
    )
    with db.read() as session:
        n_by_group = {g: n for g, n in session.execute(counts)}
        values: dict[Any, dict[str, Decimal]] = {}
        for g, code, total in session.execute(sums):
            values.setdefault(g, {})[code] = _indicator_value(code, total or 0)
    vocab = {"categorie_tsr": "tsr_category", "forme_juridique": "legal_form", "typologie": "typology"}.get(
        dim
    )
    headers = [label, "Structures"] + [d.label("indicateur", c) for c in BREAKDOWN_CODES]
    sheet = Sheet(name[:31], f"{name} — {year}", headers)
    for g in sorted(n_by_group, key=lambda v: (v is None, str(v or ""))):
        n = n_by_group[g]
        shown = (d.label(vocab, g) if vocab and g else g) or "(non renseigné)"
        row: list[Any] = [shown, _protect(n, n)]
        row += [_protect(values.get(g, {}).get(c, Decimal(0)), n) for c in BREAKDOWN_CODES]
        sheet.rows.append(row)
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


def participants(db: Database, year: int, d: Descriptor) -> Sheet:
    rows = _grouped(db, year, "participants", ["categorie", "secteur"], [func.count()])
    sheet = Sheet(
        "Participants",
        f"Participants par catégorie et secteur — {year}",
        ["Catégorie", "Secteur", "Structures", "Participants"],
        chart=None,
    )
    for cat, sector, n, count in rows:
        sheet.rows.append(
            [
                d.label("participant_category", cat),
                d.label("participant_sector", sector),
                _protect(n, n),
                _protect(count, n),
            ]
        )
    return sheet


def outputs(db: Database, year: int, d: Descriptor) -> Sheet:
    p = M.data_tables["productions"].c
    rows = _grouped(
        db,
        year,
        "productions",
        ["type"],
        [func.count(), func.sum(case((p.acces_ouvert.is_(True), 1), else_=0))],
    )
    sheet = Sheet(
        "Productions",
        f"Productions par type et part en accès ouvert — {year}",
        ["Type", "Structures", "Productions", "En accès ouvert", "Part en accès ouvert"],
        chart=(1, 3),
    )
    for kind, n, count, open_ in rows:
        share = (Decimal(int(open_ or 0)) / count).quantize(Decimal("0.001")) if count else Decimal(0)
        sheet.rows.append(
            [
                d.label("output_type", kind),
                _protect(n, n),
                _protect(count, n),
                _protect(int(open_ or 0), n),
                _protect(share, n),
            ]
        )
    return sheet


def funding(db: Database, year: int, d: Descriptor) -> Sheet:
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
        sheet.rows.append(
            [d.label("programme", prog), _protect(n, n), _protect(M.from_stored(spec, int(total)), n)]
        )
    return sheet


def hours(db: Database, year: int, d: Descriptor) -> Sheet:
    t = M.data_tables["temps"].c
    spec = d.table("temps").field("heures")
    rows = _grouped(db, year, "temps", ["type_temps"], [func.sum(t.heures)])
    sheet = Sheet(
        "Heures", f"Heures par type — {year}", ["Type de temps", "Structures", "Heures"], chart=(1, 3)
    )
    for kind, n, total in rows:
        sheet.rows.append(
            [d.label("time_type", kind), _protect(n, n), _protect(M.from_stored(spec, int(total)), n)]
        )
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
    sheets = [totals(db, year, d)]
    sheets += [breakdown(db, year, d, dim, name, label) for dim, name, label in DIMENSIONS]
    sheets += [hours(db, year, d), participants(db, year, d), outputs(db, year, d), funding(db, year, d)]
    sheets.append(files(db, year))
    return sheets


def years(db: Database) -> list[int]:
    with db.read() as session:
        return [
            y
            for (y,) in session.execute(select(distinct(M.submission.c.annee)).order_by(M.submission.c.annee))
        ]
