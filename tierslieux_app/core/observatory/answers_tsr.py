"""National sheets on what format 1.1 adds: jobs by contract type, forms of engagement,
organisational changes as rows (counted, and their shared descriptions), INSEE legal
categories, agréments and networks.

Files of format 1.0 and 1.1 share the store. A 1.0 file cannot carry these figures: its
structure is counted in « Structures » but not in « Structures renseignées », and a row
(region, TSR category) none of whose structures could tell says « non renseigné », never 0
(``answers.Additive.informed``). Secrecy is the same as on every other sheet.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import case, exists, func, select

from ..db import Database
from ..format.descriptor import Descriptor, FieldSpec
from ..vocab import usual_tsr_category
from . import models as M
from .answers import (
    Additive,
    Sheet,
    code_cols,
    current,
    current_structures,
    informed,
    national_sheet,
    source_line,
)
from .secrecy import MIN_STRUCTURES

INFORMED = "Structures renseignées (format 1.1)"
NOT_IN_1_0 = (  # the unit line says it short; the « Lisez-moi » says it all
    "« non renseigné » : aucune structure de la ligne n’a envoyé de fichier au format 1.1 "
    "(voir « Lisez-moi »)."
)
UNUSUAL = "Catégorie TSR déclarée différente de l’usuelle"
NONE = "aucun"  # the column of the structures that declare none (an empty list in a 1.1 file)


def _rows(db: Database, query: Any) -> list[Any]:
    with db.read() as session:
        return list(session.execute(query))


def _figure(f: FieldSpec, stored: Any) -> int | Decimal:
    """A stored sum as the sheet shows it: a count as an integer, a number as a Decimal."""
    return int(stored or 0) if f.type == "integer" else M.from_stored(f, int(stored or 0)) or Decimal(0)


JOBS = {  # sheet → (field of emplois, title, unit)
    "Emplois par contrat": (
        "effectif_31_decembre",
        "Emplois par type de contrat : effectif au 31 décembre",
        "personnes sous contrat ou engagées au 31 décembre",
    ),
    "ETP par contrat": (
        "etp",
        "Équivalents temps plein par type de contrat",
        "équivalents temps plein (ETP) sur l’année",
    ),
    "ETP recherche par contrat": (
        "etp_recherche",
        "Équivalents temps plein consacrés à la recherche, par type de contrat",
        "équivalents temps plein consacrés à la recherche (part des ETP de chaque contrat)",
    ),
}


def _jobs(db: Database, year: int, d: Descriptor, name: str) -> Sheet:
    """One of the JOBS sheets: a figure of table emplois by contract type (format 1.1)."""
    fname, title, unit = JOBS[name]
    structures = current_structures(db, year)
    e, s = M.data_tables["emplois"], M.submission.c
    q = (
        select(e.c.submission_id, e.c.type_contrat, func.sum(e.c[fname]))
        .join_from(e, M.submission, s.id == e.c.submission_id)
        .where(current(year), e.c.annee == year)
        .group_by(e.c.submission_id, e.c.type_contrat)
    )
    rows = _rows(db, q)
    told = informed(db, year) & {sid for sid, _, _ in rows}  # a 1.1 file without job lines did not say
    f = d.table("emplois").field(fname)
    facts = [(sid, kind, _figure(f, v)) for sid, kind, v in rows]
    cols, headers = code_cols(d, "contract_type", {kind for _, kind, _ in rows})
    return national_sheet(
        d,
        structures,
        name,
        f"{title} — {year}",
        f"Unité : {unit} ; « Total » : tous contrats et engagements. « non renseigné » : "
        "aucune structure de la ligne n’a détaillé ses emplois (fichier au format 1.0 ou sans emploi).",
        source_line(year, structures, f"table emplois (format 1.1), champs type_contrat et {fname}"),
        [Additive(facts, cols, headers, row_total="Total", informed=told, informed_header=INFORMED)],
    )


def jobs_headcount(db: Database, year: int, d: Descriptor) -> Sheet:
    return _jobs(db, year, d, "Emplois par contrat")


def jobs_fte(db: Database, year: int, d: Descriptor) -> Sheet:
    return _jobs(db, year, d, "ETP par contrat")


def jobs_research_fte(db: Database, year: int, d: Descriptor) -> Sheet:
    return _jobs(db, year, d, "ETP recherche par contrat")


def engagement_forms(db: Database, year: int, d: Descriptor) -> Sheet:
    """Projects by form of engagement (projets.forme_engagement, one row per code in the store)."""
    structures = current_structures(db, year)
    told = informed(db, year)
    p, f, s = M.data_tables["projets"], M.projet_forme_engagement, M.submission.c
    by_form = _rows(
        db,
        select(f.c.submission_id, f.c.forme_engagement, func.count())
        .join_from(f, M.submission, s.id == f.c.submission_id)
        .where(current(year))
        .group_by(f.c.submission_id, f.c.forme_engagement),
    )
    has_form = exists().where(f.c.submission_id == p.c.submission_id, f.c.projet_id == p.c.projet_id)
    projects = _rows(
        db,
        select(p.c.submission_id, func.count(), func.sum(case((has_form, 0), else_=1)))
        .join_from(p, M.submission, s.id == p.c.submission_id)
        .where(current(year))
        .group_by(p.c.submission_id),
    )
    facts = [(sid, code, int(n)) for sid, code, n in by_form]
    facts += [(sid, None, int(n)) for sid, _, n in projects if n and sid in told]
    cols, headers = code_cols(d, "engagement_form", {code for _, code, _ in facts})
    return national_sheet(
        d,
        structures,
        "Formes d'engagement",
        f"Projets par forme d’engagement dans la production de connaissances — {year}",
        "Unité : nombre de projets ; un projet peut combiner plusieurs formes. " + NOT_IN_1_0,
        source_line(year, structures, "table projets, champ forme_engagement (format 1.1)"),
        [
            Additive([(sid, "projets", int(n)) for sid, n, _ in projects], ["projets"], ["Projets"],
                     informed=told, informed_header=INFORMED),
            Additive(facts, cols, headers, informed=told),
        ],
    )  # fmt: skip


def changes_by_code(db: Database, year: int, d: Descriptor) -> Sheet:
    """Organisational changes counted by code (table evolutions: one row per change)."""
    structures = current_structures(db, year)
    told = informed(db, year)
    e, s = M.data_tables["evolutions"], M.submission.c
    rows = _rows(
        db,
        select(e.c.submission_id, e.c.code, func.count())
        .join_from(e, M.submission, s.id == e.c.submission_id)
        .where(current(year))
        .group_by(e.c.submission_id, e.c.code),
    )
    facts = [(sid, code, int(n)) for sid, code, n in rows]
    cols, headers = code_cols(d, "org_change", {code for _, code, _ in facts})
    some = [(sid, "une", 1) for sid in sorted({sid for sid, _, _ in facts})]
    return national_sheet(
        d,
        structures,
        "Évolutions par code",
        f"Évolutions de l’organisation liées à la recherche, en nombre — {year}",
        "Unité : nombre d’évolutions de l’année ; structures qui en déclarent au moins une. " + NOT_IN_1_0,
        source_line(year, structures, "table evolutions (format 1.1), champs annee et code"),
        [
            Additive(some, ["une"], ["Structures ayant au moins une évolution"], informed=told,
                     informed_header=INFORMED),
            Additive(facts, cols, headers, row_total="Total des évolutions", informed=told),
        ],
    )  # fmt: skip


def change_descriptions(db: Database, year: int, d: Descriptor) -> Sheet:
    """The descriptions the structures chose to share: code, year and text only.

    No structure name, region or category goes with them, and they are listed in the order of
    the codes then of the texts (never in the order of the files). With fewer than
    MIN_STRUCTURES structures of format 1.1 the list stays empty: a text could be told apart.
    The text itself never names a person: the application refuses a description that holds a
    participant's name, an e-mail or a phone number before it is exported.
    """
    e, s = M.data_tables["evolutions"], M.submission.c
    rows = _rows(
        db,
        select(e.c.code, e.c.annee, e.c.description)
        .join_from(e, M.submission, s.id == e.c.submission_id)
        .where(current(year), e.c.description.is_not(None), e.c.description != ""),
    )
    order = {c.code: i for i, c in enumerate(d.codes("org_change"))}
    sheet = Sheet(
        "Évolutions décrites",
        f"Évolutions de l’organisation : descriptions partagées par les structures — {year}",
        ["Évolution", "Année", "Description"],
        unit="Unité : une ligne par évolution décrite (ni nom de structure ni lieu).",
        source="Source : table evolutions (format 1.1), champs code, annee et description, partagés au "
        f"choix de chaque structure ; liste vide quand moins de {MIN_STRUCTURES} structures sont au "
        "format 1.1.",
    )
    if len(informed(db, year)) < MIN_STRUCTURES:
        return sheet
    for code, when, text in sorted(rows, key=lambda r: (order.get(r[0], len(order)), r[0], r[2], r[1])):
        sheet.rows.append([d.label("org_change", code), int(when), text])
    return sheet


def legal_categories(db: Database, year: int, d: Descriptor) -> Sheet:
    """Structures by INSEE legal category (structure.categorie_juridique, format 1.1)."""
    structures = current_structures(db, year)
    told = informed(db, year)
    facts = [(st.sid, st.values.get("categorie_juridique") or None, 1) for st in structures if st.sid in told]
    cols, labels = code_cols(d, "insee_legal_category", {code for _, code, _ in facts})
    headers = [f"{c} — {h}" if c else h for c, h in zip(cols, labels, strict=True)]
    unusual = [  # rule C16: the declared TSR category is not the usual one of the legal form
        (st.sid, "ecart", 1)
        for st in structures
        if st.sid in told
        and usual_tsr_category(st.values.get("forme_juridique"), st.values.get("categorie_juridique"))
        not in (None, st.values.get("categorie_tsr"))
    ]
    return national_sheet(
        d,
        structures,
        "Catégories juridiques",
        f"Structures par catégorie juridique INSEE (répertoire SIRENE) — {year}",
        "Unité : nombre de structures ; dernière colonne : catégorie TSR autre que l’usuelle (C16). "
        + NOT_IN_1_0,
        source_line(
            year,
            structures,
            "table structure, champs categorie_juridique (format 1.1), forme_juridique et categorie_tsr",
        ),
        [
            Additive(facts, cols, headers, row_total="Total", informed=told),
            Additive(unusual, ["ecart"], [UNUSUAL], informed=told),
        ],
    )


def _codes_of(db: Database, year: int, child: Any, told: set[int]) -> list[tuple[int, Any, int]]:
    """(submission, code, 1) per code of a structure's list; (submission, NONE, 1) for an empty one."""
    s = M.submission.c
    code = list(child.c)[-1]
    rows = _rows(
        db,
        select(child.c.submission_id, code)
        .join_from(child, M.submission, s.id == child.c.submission_id)
        .where(current(year)),
    )
    facts = [(sid, c, 1) for sid, c in rows if sid in told]
    given = {sid for sid, _, _ in facts}
    return facts + [(sid, NONE, 1) for sid in sorted(told - given)]


def approvals_and_networks(db: Database, year: int, d: Descriptor) -> Sheet:
    """Structures by agrément and by network (structure.agrements and reseaux, format 1.1)."""
    structures = current_structures(db, year)
    told = informed(db, year)
    parts = []
    for child, vocab, what in (
        (M.structure_agrement, "approval", ("Agrément", "Aucun agrément")),
        (M.structure_reseau, "network", ("Réseau", "Aucun réseau")),
    ):
        facts = _codes_of(db, year, child, told)
        cols, labels = code_cols(d, vocab, {c for _, c, _ in facts} - {NONE})
        cols, labels = [*cols, NONE], [*labels, what[1]]  # always there: a store of 1.0 files says why
        parts.append(
            Additive(
                facts,
                cols,
                [f"{what[0]} — {h}" if c != NONE else h for c, h in zip(cols, labels, strict=True)],
                informed=told,
                informed_header="" if parts else INFORMED,
            )
        )
    return national_sheet(
        d,
        structures,
        "Agréments et réseaux",
        f"Structures par agrément et par réseau — {year}",
        "Unité : nombre de structures ; une structure peut en avoir plusieurs. " + NOT_IN_1_0,
        source_line(year, structures, "table structure, champs agrements et reseaux (format 1.1)"),
        parts,
    )
