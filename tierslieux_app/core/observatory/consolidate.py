"""National figures for one year, computed in SQL (GROUP BY) over the current submissions.

Works the same on SQLite and PostgreSQL: stored numbers are scaled integers, summed
exactly by the database and turned back into Decimals here. Small-cell protection
(``secrecy.py``): a cell that rests on fewer than ``MIN_STRUCTURES`` structures is replaced
by ``SECRET``, so that no single tiers-lieu's figures can be read from the report, and
secondary suppression keeps such a cell from being recomputed from a row or column total.

This module holds the indicator sheets (« Synthese », the breakdowns, « Heures »…), the
national secrecy they share, and ``national``, the workbook's sheets in order. The sheets
answering the observatory's questions by region and TSR category are in ``answers_activity``
(what every file carries) and ``answers_tsr`` (what format 1.1 adds), on the machinery of
``answers``.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from sqlalchemy import case, distinct, func, select

from ..db import Database
from ..format import descriptor as descriptor_mod
from ..format.descriptor import Descriptor
from . import models as M
from . import secrecy as S
from .answers import (  # noqa: F401  (re-exported: the report, the window and the tests use them)
    BY,
    ENSEMBLE,
    NOT_GIVEN,
    Additive,
    Ratio,
    Sheet,
    Spread,
    Structure,
    current,
    current_structures,
    informed,
    per_structure,
    protected_grids,
)
from .answers_activity import (
    budgets,
    declared_jobs,
    funding_by_funder,
    funding_by_programme,
    hours_and_valuation,
    org_changes,
    outputs_by_type,
)
from .answers_tsr import (
    approvals_and_networks,
    change_descriptions,
    changes_by_code,
    engagement_forms,
    jobs_fte,
    jobs_headcount,
    jobs_research_fte,
    legal_categories,
)
from .secrecy import MIN_STRUCTURES, SECRECY_NOTE, SECRET, TOTAL, Grid, quartiles  # noqa: F401

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


def _indicator_value(code: str, stored: Any) -> Decimal:
    f = descriptor_mod.load().table("indicateurs").field("valeur")
    return M.from_stored(f, int(stored)) or Decimal(0)


def _protect(value: Any, structures: int) -> Any:
    return SECRET if structures < MIN_STRUCTURES else value


def _indicator_facts(db: Database, year: int) -> list[tuple[int, str, Decimal]]:
    """(submission id, indicator code, value) of the current submissions of ``year``."""
    i = M.data_tables["indicateurs"].c
    rows = per_structure(db, year, "indicateurs", "code", func.sum(i.valeur))
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
        g.protect(secondary=S.SECONDARY)
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
        pairs = [(sid, g) for sid, g in session.execute(q.where(current(year)))]
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
        secondary=S.SECONDARY and dim != "typologie",
        also={(TOTAL, c) for c in BREAKDOWN_CODES if c in secret},
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
        .where(current(year))
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
        .where(current(year))
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
        secondary=S.SECONDARY, also=also | ({(TOTAL, TOTAL)} if "participants_total" in secret else set())
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
    for sid, kind, n in per_structure(
        db, year, "productions", "type", func.sum(case((p.acces_ouvert.is_(True), 1), else_=0))
    ):
        opened.add(sid, "France", kind, int(n or 0))
    opened.protect(secondary=S.SECONDARY)
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
        s.structure_nom,
        s.identifiant,
        s.structure_id,
        s.digest,
        s.date_export,
        s.date_import,
        s.fichier,
        s.version_format,
    )
    q = q.where(current(year)).order_by(s.structure_nom, s.structure_id)
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
            "Version du format",
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


NATIONAL_SHEETS = (
    budgets,
    funding_by_programme,
    funding_by_funder,
    org_changes,
    outputs_by_type,
    hours_and_valuation,
    declared_jobs,
    jobs_headcount,
    jobs_fte,
    jobs_research_fte,
    engagement_forms,
    changes_by_code,
    change_descriptions,
    legal_categories,
    approvals_and_networks,
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
        pairs = [(label, v) for label, v in pairs if v not in (SECRET, NOT_GIVEN, None)]
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
    for name, title in (  # what format 1.1 adds: the structures that gave it
        ("Emplois par contrat", "Emplois au 31 décembre par type de contrat (personnes)"),
        ("Formes d'engagement", "Projets par forme d’engagement"),
    ):
        if name in by_name:
            s = by_name[name]
            row = _national_row(s, BY[0][1])
            skip = {"Structures renseignées (format 1.1)", "Total", "Projets", NOT_GIVEN.capitalize()}
            add(title, [(h, v) for h, v in zip(s.headers[3:], row[3:], strict=True) if h not in skip])
    return sheet
