"""The observatory of generated structures behind tests/test_observatory_report.py, and the
brute-force recomputation of its national figures from the stored rows.

36 structures (all three TSR categories, regions of very different sizes, some fields left
empty, a quarter of them in format 1.0) go into the store through the importer's own insert
path (``import_source``) from an in-memory yearly file; the figures are then recomputed here
by hand, cell by cell.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from tierslieux_app.core.format import descriptor as descriptor_mod
from tierslieux_app.core.format.descriptor import TableSpec
from tierslieux_app.core.format.readers import Source
from tierslieux_app.core.observatory import consolidate as C
from tierslieux_app.core.observatory import models as M
from tierslieux_app.core.observatory.answers_tsr import JOBS
from tierslieux_app.core.observatory.importer import IMPORTED, import_source
from tierslieux_app.core.observatory.validate import FileReport
from tierslieux_app.core.vocab import usual_tsr_category

YEAR = 2025
SECRET = C.SECRET
D = descriptor_mod.load()
REGIONS = (  # weights: two big regions, middling ones, and regions of one or two structures
    ("Auvergne-Rhône-Alpes", 9),
    ("Occitanie", 8),
    ("Bretagne", 5),
    ("Hauts-de-France", 4),
    ("Normandie", 2),
    ("Corse", 1),
    ("", 1),
)
ONE_SMALL_REGION = (("Auvergne-Rhône-Alpes", 10), ("Occitanie", 10), ("Bretagne", 10), ("Corse", 1))
CATEGORIES = ("non_marchand", "marchand_non_lucratif", "lucratif_petite_taille")


class MemorySource(Source):
    """A yearly file already read: metadata and the text of each table's rows."""

    kind = "memoire"

    def __init__(self, metadata: dict[str, Any], tables: dict[str, list[dict[str, str]]]):
        self.metadata = metadata
        self.tables = tables

    def header(self, spec: TableSpec) -> list[str] | None:
        return list(spec.field_names)

    def rows(self, spec: TableSpec) -> Iterator[tuple[list[str], list[tuple[str, str]]]]:
        for row in self.tables.get(spec.name, []):
            yield [row.get(f, "") for f in spec.field_names], []


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _money(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randint(low * 100, high * 100) / 100:.2f}"


D10 = descriptor_mod.load("1.0.0")
INSEE = {  # INSEE legal categories of the structures of each TSR category (a few unusual: 9220)
    "non_marchand": ["9220", "9220", "9220", "9300", "7210", "8410"],
    "marchand_non_lucratif": ["5458", "5460", "6220", "8210", "9220"],
    "lucratif_petite_taille": ["1000", "5499", "6598", "5710", "9220"],
}
CONTRACTS = (  # contract mix of real tiers-lieux: mostly CDI/CDD, some civic service and work-study
    ("cdi", 0.8), ("cdd", 0.5), ("service_civique", 0.25), ("alternance", 0.2), ("stage", 0.15),
    ("contrat_aide", 0.1), ("cifre", 0.05), ("mise_a_disposition", 0.1),
)  # fmt: skip


def version_of(i: int) -> str:
    """A quarter of the structures still send files of format 1.0."""
    return "1.0.0" if i % 4 == 1 else D.version


def add_format_1_1(tables: dict[str, list[dict[str, str]]], projects: list[str]) -> None:
    """What format 1.1 adds, drawn from a random stream of the structure's own (the 1.0 data of
    the corpus stay what they were): legal category, agréments, networks, jobs by contract,
    organisational changes with some descriptions, projects and their forms of engagement."""
    structure = tables["structure"][0]
    sid = structure["structure_id"]
    rng = random.Random(f"format-1.1-{sid}")
    structure["categorie_juridique"] = (
        "" if rng.random() < 0.1 else rng.choice(INSEE[structure["categorie_tsr"]])
    )
    structure["annee_creation"] = str(rng.randint(1990, YEAR))
    structure["agrements"] = ";".join(c.code for c in D.codes("approval") if rng.random() < 0.3)
    structure["reseaux"] = ";".join(c.code for c in D.codes("network") if rng.random() < 0.4)
    jobs = []
    if rng.random() < 0.85:  # the others sent 1.1 files without job lines
        for kind, p in CONTRACTS:
            if rng.random() < p:
                n = rng.randint(1, 6)
                fte = rng.randint(30 * n, 100 * n)
                jobs.append({"structure_id": sid, "annee": str(YEAR), "type_contrat": kind,
                             "effectif_31_decembre": str(n), "etp": f"{fte / 100:.2f}",
                             "etp_recherche": f"{rng.randint(0, fte) / 100:.2f}"})  # fmt: skip
    tables["emplois"] = jobs
    codes = [c.code for c in D.codes("org_change")]
    tables["evolutions"] = [
        {"evolution_id": _uid(rng), "structure_id": sid, "annee": str(YEAR), "code": rng.choice(codes),
         "description": rng.choice(["", "", "Nouveau poste de chargée de recherche",
                                    "Entrée au conseil d’administration d’une université"])}
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3]))
    ]  # fmt: skip
    forms = [c.code for c in D.codes("engagement_form")]
    tables["projets"] = [
        {"projet_id": p, "titre": "Projet", "statut": "en_cours", "date_debut": f"{YEAR}-01-01",
         "charte_signee": "true", "heures_total": "0", "heures_benevoles": "0", "heures_salariees": "0",
         "heures_mises_a_disposition": "0", "participants_distincts": "0", "productions": "0",
         "forme_engagement": ";".join(f for f in forms if rng.random() < 0.4)}
        for p in projects
    ]  # fmt: skip


def make_structure(
    rng: random.Random, i: int, regions: tuple[tuple[str, int], ...] = REGIONS
) -> tuple[dict[str, Any], dict[str, list[dict[str, str]]]]:
    """One structure's yearly file: structure, time, outputs, funding and indicator rows, and what
    format 1.1 adds (a 1.0 file leaves it out when it is read with the 1.0 descriptor)."""
    region = rng.choices([r for r, _ in regions], [w for _, w in regions])[0]
    category = CATEGORIES[i % 3] if i < 33 else "non_marchand"
    sid = _uid(rng)
    budget = rng.randint(20_000, 900_000)
    changes = [c.code for c in D.codes("org_change") if rng.random() < 0.25]
    structure = {
        "structure_id": sid,
        "nom": f"Tiers-lieu {i}",
        "forme_juridique": {"non_marchand": "association", "marchand_non_lucratif": "scic"}.get(
            category, "autre"
        ),
        "categorie_tsr": category,
        "region": region,
        "annee": str(YEAR),
        "nb_salaries": "" if rng.random() < 0.1 else str(rng.randint(0, 25)),
        "etp_salaries": f"{rng.randint(0, 2000) / 100:.2f}",
        "etp_recherche": f"{rng.randint(0, 300) / 100:.2f}",
        "budget_total": "" if rng.random() < 0.08 else f"{budget}.00",
        "budget_recherche": "" if rng.random() < 0.2 else f"{budget * rng.randint(2, 40) // 100}.00",
        "part_subventions_publiques": "" if rng.random() < 0.1 else f"{rng.randint(0, 10000) / 10000:.4f}",
        "evolutions_organisation": ";".join(changes),
        "heures_par_etp": "1607",
        "valorisation_horaire_benevolat": rng.choice(["11.88", "15.00", "20.50", "22.00"]),
    }
    projects = [_uid(rng) for _ in range(rng.randint(1, 3))]
    people = [_uid(rng) for _ in range(rng.randint(2, 6))]
    kinds = ["benevole", "salarie"] + (["mis_a_disposition"] if rng.random() < 0.3 else [])
    temps = []
    for month in rng.sample(range(1, 13), rng.randint(1, 5)):
        for kind in kinds:
            temps.append(
                {
                    "projet_id": rng.choice(projects),
                    "pid": rng.choice(people),
                    "mois": f"{YEAR}-{month:02d}",
                    "type_temps": kind,
                    "activite": "autre",
                    "heures": f"{rng.randint(100, 9000) / 100:.2f}",
                }
            )
    temps = list({(t["projet_id"], t["pid"], t["mois"], t["type_temps"]): t for t in temps}.values())
    outputs = []
    types = [c for c in D.codes("output_type")]
    for _ in range(rng.choice([0, 1, 2, 4, 7])):
        kind = rng.choice(types[:6]) if rng.random() < 0.85 else rng.choice(types)
        outputs.append(
            {
                "production_id": _uid(rng),
                "projet_id": rng.choice(projects),
                "titre": "Production",
                "date": f"{YEAR}-0{rng.randint(1, 9)}-15",
                "type": kind.code,
                "type_uri_coar": kind.uri,
                "sous_type": "aucun",
                "acces_ouvert": rng.choice(["true", "false"]),
                "coauteurs_non_academiques": "false",
            }
        )
    funding = []
    programmes = [c.code for c in D.codes("programme")]
    funders = [c.code for c in D.codes("org_type")]
    for _ in range(rng.randint(0, 4)):
        funding.append(
            {
                "financement_id": _uid(rng),
                "projet_id": rng.choice([*projects, ""]),
                "financeur": "Financeur",
                "type_financeur": rng.choice(funders[:6]),
                "programme": rng.choice(programmes[:7]) if rng.random() < 0.9 else rng.choice(programmes),
                "montant": _money(rng, 500, 80_000),
                "nature": "subvention",
            }
        )
    metadata = {
        "structure_id": sid,
        "structure_nom": structure["nom"],
        "annee": str(YEAR),
        "date_export": f"{YEAR + 1}-01-15T10:00:00Z",
        "version_format": version_of(i),
    }
    tables = {"structure": [structure], "temps": temps, "productions": outputs, "financements": funding}
    tables["indicateurs"] = indicators(tables)
    add_format_1_1(tables, projects)
    return metadata, tables


def indicators(tables: dict[str, list[dict[str, str]]]) -> list[dict[str, str]]:
    """The « indicateurs » rows an exporter would compute from the other tables (the ones used here)."""
    values: dict[str, Decimal] = defaultdict(Decimal)
    for t in tables["temps"]:
        values["heures_total"] += Decimal(t["heures"])
        values[f"heures_{t['type_temps']}"] += Decimal(t["heures"])
    for p in tables["productions"]:
        values["productions_total"] += 1
        values[f"productions_{p['type']}"] += 1
    for f in tables["financements"]:
        values["financements_total"] += Decimal(f["montant"])
        values[f"financements_{f['programme']}"] += Decimal(f["montant"])
    values["valorisation_horaire_benevolat"] = Decimal(
        tables["structure"][0]["valorisation_horaire_benevolat"]
    )
    codes = D.table("indicateurs").field("code").enum
    return [{"code": c, "libelle": c, "valeur": f"{values[c]:.2f}", "unite": "h"} for c in codes]


def build_observatory(
    db: Any, count: int = 36, seed: int = 14, regions: Any = REGIONS, version: Any = None
) -> None:
    """``count`` structures; ``version``: the format of each file (default ``version_of``)."""
    rng = random.Random(seed)
    for i in range(count):
        metadata, tables = make_structure(rng, i, regions)
        metadata["version_format"] = (version or version_of)(i)
        d = D10 if metadata["version_format"] == "1.0.0" else D
        digest = hashlib.sha256(repr(sorted(tables.items())).encode()).hexdigest()
        report = FileReport(
            file=f"structure{i}.zip", path="", kind="memoire", metadata=metadata, digest=digest
        )
        assert import_source(db, report, MemorySource(metadata, tables), d).action == IMPORTED


# -- brute force: every figure recomputed from the stored rows ------------------------------------


def stored_rows(db: Any, table: str) -> list[dict[str, Any]]:
    """The rows of ``table`` for the current submissions of YEAR, numbers as Decimals."""
    t, spec = M.data_tables[table], D.table(table)
    q = (
        select(t)
        .join(M.submission, M.submission.c.id == t.c.submission_id)
        .where(M.submission.c.annee == YEAR, M.submission.c.courant.is_(True))
    )
    with db.read() as session:
        rows = [dict(r) for r in session.execute(q).mappings()]
    for r in rows:
        for f in spec.fields:
            if f.type == "number":
                r[f.name] = M.from_stored(f, r[f.name])
    return rows


def expected_contributions(db: Any) -> dict[str, dict[str, dict[int, Decimal]]]:
    """sheet name → column header → submission id → that structure's contribution."""
    out: dict[str, dict[str, dict[int, Decimal]]] = defaultdict(lambda: defaultdict(dict))

    def add(sheet: str, header: str, sid: int, value: Any) -> None:
        col = out[sheet][header]
        col[sid] = col.get(sid, Decimal(0)) + Decimal(value)

    for s in stored_rows(db, "structure"):
        sid = s["submission_id"]
        for fname, header in (
            ("budget_total", "Budget total — somme"),
            ("budget_recherche", "Budget de la recherche — somme"),
        ):
            if s[fname] is not None:
                add("Budgets", header, sid, s[fname])
        for fname, header in (
            ("nb_salaries", "Salariés"),
            ("etp_salaries", "ETP salariés"),
            ("etp_recherche", "ETP consacrés à la recherche"),
        ):
            if s[fname] is not None:
                add("Emplois déclarés", header, sid, s[fname])
        codes = set((s["evolutions_organisation"] or "").split(";")) - {""}
        for code in codes:
            add("Évolutions organisation", D.label("org_change", code), sid, 1)
        if codes:
            add("Évolutions organisation", "Au moins une évolution", sid, 1)
    rates = {s["submission_id"]: s["valorisation_horaire_benevolat"] for s in stored_rows(db, "structure")}
    volunteer: dict[int, Decimal] = defaultdict(Decimal)
    for t in stored_rows(db, "temps"):
        add(
            "Heures et valorisation",
            f"Heures — {D.label('time_type', t['type_temps'])}",
            t["submission_id"],
            t["heures"],
        )
        if t["type_temps"] == "benevole":
            volunteer[t["submission_id"]] += t["heures"]
    for sid, h in volunteer.items():
        add(
            "Heures et valorisation",
            "Valorisation du bénévolat (€)",
            sid,
            (h * rates[sid]).quantize(Decimal("0.01")),
        )
    for p in stored_rows(db, "productions"):
        code = next(c for c in D.codes("output_type") if c.code == p["type"])
        add(
            "Productions par type COAR",
            f"{code.libelle} (COAR {code.uri.rsplit('/', 1)[1]})",
            p["submission_id"],
            1,
        )
        if p["acces_ouvert"]:
            add("Productions par type COAR", "En accès ouvert", p["submission_id"], 1)
    for f in stored_rows(db, "financements"):
        add(
            "Financements par programme",
            D.label("programme", f["programme"]),
            f["submission_id"],
            f["montant"],
        )
        add(
            "Financements par financeur",
            D.label("org_type", f["type_financeur"]),
            f["submission_id"],
            f["montant"],
        )
    return out


def versions(db: Any) -> dict[int, str]:
    """Submission id → the format version its file declared, for the current submissions of YEAR."""
    s = M.submission.c
    with db.read() as session:
        q = select(s.id, s.version_format).where(s.annee == YEAR, s.courant.is_(True))
        return {sid: v for sid, v in session.execute(q)}


def expected_1_1(db: Any) -> tuple[dict[str, dict[str, dict[int, Decimal]]], dict[str, set[int]]]:
    """What format 1.1 adds, recomputed from the stored rows: (sheet → header → submission →
    contribution, sheet → the structures whose file carries it). A 1.0 file carries none of it."""
    out: dict[str, dict[str, dict[int, Decimal]]] = defaultdict(lambda: defaultdict(dict))

    def add(sheet: str, header: str, sid: int, value: Any) -> None:
        col = out[sheet][header]
        col[sid] = col.get(sid, Decimal(0)) + Decimal(value)

    new = {sid for sid, v in versions(db).items() if v == "1.1.0"}
    jobs = stored_rows(db, "emplois")
    population = {name: new for name in GROUPS_1_1}
    population |= {name: {j["submission_id"] for j in jobs} for name in JOBS}
    assert population["Emplois par contrat"] <= new
    for j in jobs:
        for name, (fname, _, _) in JOBS.items():
            add(name, D.label("contract_type", j["type_contrat"]), j["submission_id"], j[fname])
    for p in stored_rows(db, "projets"):
        if p["submission_id"] in new:
            add("Formes d'engagement", "Projets", p["submission_id"], 1)
            forms = set((p["forme_engagement"] or "").split(";")) - {""}
            for code in forms or {None}:
                header = D.label("engagement_form", code) if code else C.NOT_GIVEN.capitalize()
                add("Formes d'engagement", header, p["submission_id"], 1)
    for e in stored_rows(db, "evolutions"):
        add("Évolutions par code", D.label("org_change", e["code"]), e["submission_id"], 1)
        out["Évolutions par code"]["Structures ayant au moins une évolution"][e["submission_id"]] = Decimal(1)
    for row in stored_rows(db, "structure"):
        sid = row["submission_id"]
        if sid not in new:
            continue
        code = row["categorie_juridique"]
        header = f"{code} — {D.label('insee_legal_category', code)}" if code else C.NOT_GIVEN.capitalize()
        add("Catégories juridiques", header, sid, 1)
        if usual_tsr_category(row["forme_juridique"], code) not in (None, row["categorie_tsr"]):
            add("Catégories juridiques", UNUSUAL, sid, 1)
        for field, list_name, prefix, none in (
            ("agrements", "approval", "Agrément", "Aucun agrément"),
            ("reseaux", "network", "Réseau", "Aucun réseau"),
        ):
            codes = set((row[field] or "").split(";")) - {""}
            for c in codes:
                add("Agréments et réseaux", f"{prefix} — {D.label(list_name, c)}", sid, 1)
            if not codes:
                add("Agréments et réseaux", none, sid, 1)
    return out, population


TOTALS = {  # sheet → (header of its total column, headers NOT in the additive group)
    "Financements par programme": "Total",
    "Financements par financeur": "Total",
    "Productions par type COAR": "Total",
    "Heures et valorisation": "Heures — total",
}
SPLIT_GROUP = {  # headers that add up to the total column
    "Financements par programme": lambda h: h != "Total",
    "Financements par financeur": lambda h: h != "Total",
    "Productions par type COAR": lambda h: h.endswith(")"),
    "Heures et valorisation": lambda h: h.startswith("Heures — ") and h != "Heures — total",
}


def _blocks(sheet: C.Sheet) -> dict[str, list[list[Any]]]:
    out: dict[str, list[list[Any]]] = defaultdict(list)
    for row in sheet.rows:
        out[row[0]].append(row)
    return out


def _membership(db: Any) -> dict[str, dict[int, str]]:
    """Ventilation → submission id → Modalité, from the stored structure rows."""
    out: dict[str, dict[int, str]] = {}
    rows = stored_rows(db, "structure")
    out["Région"] = {r["submission_id"]: r["region"] or "(non renseigné)" for r in rows}
    out["Catégorie TSR"] = {r["submission_id"]: D.label("tsr_category", r["categorie_tsr"]) for r in rows}
    return out


def expected_grid(contrib: dict[int, Decimal], members: dict[int, str], label: str) -> tuple[Decimal, int]:
    """A cell's sum and the structures it rests on (those whose figure is not 0)."""
    sids = [s for s in contrib if label == C.ENSEMBLE or members.get(s) == label]
    return sum((contrib[s] for s in sids), Decimal(0)), sum(1 for s in sids if contrib[s])


def revealed(matrix: list[list[Any]], with_row_total: bool) -> list[tuple[int, int]]:
    """The attack: every secret cell that « total − visible cells » gives alone.

    ``matrix``: rows (the last is the total row) of cells (the last is the row total when
    ``with_row_total``). Returns the (row, column) of each recomputable secret cell.
    """
    n_rows, n_cols = len(matrix), len(matrix[0])
    body_cols = n_cols - 1 if with_row_total else n_cols
    lines = []
    if with_row_total:
        lines += [([(r, c) for c in range(body_cols)], (r, n_cols - 1)) for r in range(n_rows)]
    lines += [([(r, c) for r in range(n_rows - 1)], (n_rows - 1, c)) for c in range(n_cols)]
    found = []
    for cells, (tr, tc) in lines:
        hidden = [(r, c) for r, c in cells if matrix[r][c] == SECRET]
        if matrix[tr][tc] != SECRET and len(hidden) == 1:
            found.append(hidden[0])
    return found


INFORMED = "Structures renseignées (format 1.1)"
UNUSUAL = "Catégorie TSR déclarée différente de l’usuelle"
GROUPS_1_1: dict[str, list[tuple[Any, str]]] = {  # sheet → (headers of a table, its total column or "")
    **{name: [(lambda h: h != "Total", "Total")] for name in JOBS},
    "Formes d'engagement": [(lambda h: True, "")],
    "Évolutions par code": [
        (lambda h: h not in ("Total des évolutions", "Structures ayant au moins une évolution"),
         "Total des évolutions"),
        (lambda h: h == "Structures ayant au moins une évolution", ""),
    ],
    "Catégories juridiques": [
        (lambda h: h not in ("Total", UNUSUAL), "Total"),
        (lambda h: h == UNUSUAL, ""),
    ],
    "Agréments et réseaux": [(lambda h: True, "")],
}  # fmt: skip
