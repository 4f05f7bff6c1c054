"""National sheets on what every file carries (format 1.0 and later): budgets, funding, declared
organisational changes, outputs, hours and volunteer valuation, declared jobs.

Each answers one question of the observatory by region and by TSR category, with its unit and
its source line; the machinery (facts per structure, secrecy) is in ``answers.py``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import case, func

from ..db import Database
from ..format.descriptor import Descriptor
from . import models as M
from .answers import (
    Additive,
    Ratio,
    Sheet,
    Spread,
    code_cols,
    current_structures,
    national_sheet,
    per_structure,
    source_line,
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
    return national_sheet(
        d,
        structures,
        "Budgets",
        f"Budgets des structures — {year}",
        "Unité : euros (€) ; part des subventions publiques : proportion entre 0 et 1.",
        source_line(
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
        for sid, code, total in per_structure(db, year, "financements", key, func.sum(f.montant))
    ]
    cols, headers = code_cols(d, d.table("financements").field(key).vocab, {c for _, c, _ in facts})
    return national_sheet(
        d,
        structures,
        name,
        f"Financements obtenus par {what} — {year}",
        "Unité : euros (€), montants attribués pour l’année.",
        source_line(year, structures, f"table financements, champs {key} et montant"),
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
    cols, headers = code_cols(d, "org_change", {c for c in (x.code for x in d.codes("org_change"))})
    return national_sheet(
        d,
        structures,
        "Évolutions organisation",
        f"Évolutions de l’organisation liées à la recherche — {year}",
        "Unité : nombre de structures (une structure peut déclarer plusieurs évolutions).",
        source_line(year, structures, "table structure, champ evolutions_organisation"),
        [
            Additive(facts, cols, headers),
            Additive(any_change, ["une"], ["Au moins une évolution"]),
        ],
    )


def outputs_by_type(db: Database, year: int, d: Descriptor) -> Sheet | None:
    structures = current_structures(db, year)
    p = M.data_tables["productions"].c
    facts = [
        (sid, code, int(n)) for sid, code, n in per_structure(db, year, "productions", "type", func.count())
    ]
    opened = [
        (sid, "ouvert", int(n or 0))
        for sid, _, n in per_structure(
            db, year, "productions", None, func.sum(case((p.acces_ouvert.is_(True), 1), else_=0))
        )
        if n
    ]
    cols, labels = code_cols(d, "output_type", {c for _, c, _ in facts})
    uris = {c.code: c.uri.rsplit("/", 1)[-1] for c in d.codes("output_type")}
    headers = [f"{h} (COAR {uris[c]})" if uris.get(c) else h for c, h in zip(cols, labels, strict=True)]
    return national_sheet(
        d,
        structures,
        "Productions par type COAR",
        f"Productions par type de ressource COAR et accès ouvert — {year}",
        "Unité : nombre de productions datées de l’année ; part en accès ouvert : proportion entre 0 et 1.",
        source_line(
            year, structures, "table productions, champs type (type de ressource COAR) et acces_ouvert"
        ),
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
        for sid, code, total in per_structure(db, year, "temps", "type_temps", func.sum(t.heures))
    ]
    rate = {s.sid: s.values.get("valorisation_horaire_benevolat") for s in structures}
    valued = [
        (sid, "valeur", (h * rate[sid]).quantize(Decimal("0.01")))
        for sid, code, h in facts
        if code == "benevole" and rate.get(sid) is not None
    ]
    cols, headers = code_cols(d, "time_type", {c for _, c, _ in facts})
    return national_sheet(
        d,
        structures,
        "Heures et valorisation",
        f"Heures consacrées aux projets par type de temps, et valorisation du bénévolat — {year}",
        "Unité : heures ; valorisation : euros (€), heures bénévoles × taux horaire propre à chaque "
        "structure, sommées.",
        source_line(
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
    return national_sheet(
        d,
        structures,
        "Emplois déclarés",
        f"Emplois déclarés par les structures — {year}",
        "Unité : personnes (salariés dans l’année) ; équivalents temps plein (ETP).",
        source_line(year, structures, "table structure, champs nb_salaries, etp_salaries et etp_recherche"),
        parts,
    )
