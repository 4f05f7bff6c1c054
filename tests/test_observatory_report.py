"""The national workbook's answers, checked against a brute-force count of the imported rows.

An observatory of 36 generated structures (all three TSR categories, regions of very
different sizes, some fields left empty) goes into the store through the importer's own
insert path (``import_source``) from an in-memory yearly file. Each national sheet is then
recomputed here by hand from the stored rows, cell by cell: values, small-cell secrecy
and secondary suppression, and an attacker tries to recompute every secret cell from
the totals and the visible cells.
"""

from __future__ import annotations

import hashlib
import random
import statistics
import subprocess
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pg_server import new_database, postgres_server  # noqa: F401  (fixture)
from sqlalchemy import select

from tierslieux_app.core.format import descriptor as descriptor_mod
from tierslieux_app.core.format.descriptor import TableSpec
from tierslieux_app.core.format.readers import Source
from tierslieux_app.core.observatory import consolidate as C
from tierslieux_app.core.observatory import models as M
from tierslieux_app.core.observatory import secrecy
from tierslieux_app.core.observatory.answers_tsr import JOBS
from tierslieux_app.core.observatory.importer import IMPORTED, import_source
from tierslieux_app.core.observatory.report import write_datapackage, write_report
from tierslieux_app.core.observatory.store import open_observatory
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


@pytest.fixture(params=["sqlite", "postgresql"])
def observatory(request, tmp_path) -> Iterator[Any]:
    url = (
        str(tmp_path / "observatoire.sqlite3")
        if request.param == "sqlite"
        else new_database(request.getfixturevalue("postgres_server"))
    )
    db = open_observatory(url)
    build_observatory(db)
    yield db
    db.close()


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


def groups(sheet: C.Sheet) -> list[tuple[list[int], bool]]:
    """The additive tables of a sheet: (column indexes, last one is a row total)."""
    out = []
    if sheet.name in SPLIT_GROUP:
        cols = [i for i, h in enumerate(sheet.headers) if i >= 3 and SPLIT_GROUP[sheet.name](h)]
        out.append(([*cols, sheet.headers.index(TOTALS[sheet.name])], True))
    single = {
        "Budgets": ["Budget total — somme", "Budget de la recherche — somme"],
        "Emplois déclarés": ["Salariés", "ETP salariés", "ETP consacrés à la recherche"],
        "Heures et valorisation": ["Valorisation du bénévolat (€)"],
        "Productions par type COAR": ["En accès ouvert"],
        "Évolutions organisation": [h for h in sheet.headers[3:]],
    }.get(sheet.name, [])
    for body, total in GROUPS_1_1.get(sheet.name, ()):
        cols = [i for i, h in enumerate(sheet.headers) if i >= 3 and h != INFORMED and body(h)]
        if total:
            out.append(([*cols, sheet.headers.index(total)], True))
        else:
            out += [([i], False) for i in cols]
    out += [([sheet.headers.index(h)], False) for h in single]
    return out


def check_sheet(
    sheet: C.Sheet,
    contrib: dict[str, dict[int, Decimal]],
    members: dict[str, dict[int, str]],
    population: set[int] | None = None,
) -> int:
    """Values, primary secrecy and the attack on one sheet; returns the number of secret cells.

    ``population``: the structures whose file can carry the sheet's figures (format 1.1 parts);
    a row of none of them says « non renseigné » in every cell, a row of 1 or 2 is secret."""
    secrets = 0
    national = [rows[-1][2:] for rows in _blocks(sheet).values()]
    assert national[0] == national[1], sheet.name  # the same national row under each breakdown
    for dim, rows in _blocks(sheet).items():
        assert rows[-1][1] == C.ENSEMBLE
        assert {r[1] for r in rows[:-1]} == set(members[dim].values()), (sheet.name, dim)
        told: dict[str, int] = {}
        for row in rows:
            inside = [s for s, v in members[dim].items() if row[1] == C.ENSEMBLE or v == row[1]]
            assert row[2] == len(inside)
            told[row[1]] = len([s for s in inside if population is None or s in population])
            if INFORMED in sheet.headers:
                assert row[sheet.headers.index(INFORMED)] == told[row[1]], (sheet.name, row[1])
        for cols, with_total in groups(sheet):
            body = cols[:-1] if with_total else cols
            for row in rows:
                small = told[row[1]] < C.MIN_STRUCTURES
                if not told[row[1]]:
                    assert [row[i] for i in cols] == [C.NOT_GIVEN] * len(cols), (sheet.name, row)
                    continue
                for i in body:
                    value, support = expected_grid(contrib.get(sheet.headers[i], {}), members[dim], row[1])
                    cell = row[i]
                    if 0 < support < C.MIN_STRUCTURES or small:
                        assert cell == SECRET, (sheet.name, dim, row[1], sheet.headers[i], support)
                    if cell != SECRET:
                        assert Decimal(str(cell)) == value, (sheet.name, dim, row[1], sheet.headers[i])
                if with_total:
                    parts = [
                        expected_grid(contrib.get(sheet.headers[i], {}), members[dim], row[1]) for i in body
                    ]
                    who = {
                        s
                        for i in body
                        for s, v in contrib.get(sheet.headers[i], {}).items()
                        if v and (row[1] == C.ENSEMBLE or members[dim].get(s) == row[1])
                    }
                    total = row[cols[-1]]
                    if 0 < len(who) < C.MIN_STRUCTURES or small:
                        assert total == SECRET
                    if total != SECRET:
                        assert Decimal(str(total)) == sum((v for v, _ in parts), Decimal(0))
            matrix = [[row[i] for i in cols] for row in rows]
            secrets += sum(v == SECRET for line in matrix for v in line)
    return secrets


def check_spreads(sheet: C.Sheet, db: Any, members: dict[str, dict[int, str]]) -> None:
    structures = stored_rows(db, "structure")
    for fname, label in (
        ("budget_total", "Budget total"),
        ("budget_recherche", "Budget de la recherche"),
        ("part_subventions_publiques", "Part des subventions publiques"),
    ):
        q1, med, q3 = (
            sheet.headers.index(f"{label} — {w}") for w in ("1er quartile", "médiane", "3e quartile")
        )
        for dim, rows in _blocks(sheet).items():
            for row in rows:
                values = sorted(
                    s[fname]
                    for s in structures
                    if s[fname] is not None
                    and (row[1] == C.ENSEMBLE or members[dim][s["submission_id"]] == row[1])
                )
                if len(values) < C.MIN_STRUCTURES:
                    assert [row[q1], row[med], row[q3]] == ([SECRET] * 3 if values else [None] * 3)
                else:
                    want = statistics.quantiles(values, n=4, method="inclusive")
                    assert [row[q1], row[med], row[q3]] == want
                    assert row[med] == statistics.median(values)


def test_each_national_sheet_matches_a_brute_force_count(observatory, tmp_path):
    started = time.perf_counter()
    sheets = {s.name: s for s in C.national(observatory, YEAR)}
    contrib = expected_contributions(observatory)
    members = _membership(observatory)
    assert set(members["Catégorie TSR"].values()) == {D.label("tsr_category", c) for c in CATEGORIES}
    assert len(members["Région"]) == 36
    checked = {}
    for name in (
        "Budgets",
        "Financements par programme",
        "Financements par financeur",
        "Évolutions organisation",
        "Productions par type COAR",
        "Heures et valorisation",
        "Emplois déclarés",
    ):
        sheet = sheets[name]
        assert sheet.title and sheet.unit.startswith("Unité") and f"{YEAR} des 36 structures" in sheet.source
        checked[name] = check_sheet(sheet, contrib[name], members)
        assert attack(sheet) == [], name
    contrib_1_1, population = expected_1_1(observatory)
    assert 0 < len(population["Formes d'engagement"]) < 36, "the corpus mixes 1.0 and 1.1 files"
    for name in GROUPS_1_1:
        sheet = sheets[name]
        assert sheet.title and sheet.unit.startswith("Unité") and f"{YEAR} des 36 structures" in sheet.source
        assert "non renseigné" in sheet.unit, name  # the unit line says what « non renseigné » means
        checked[name] = check_sheet(sheet, contrib_1_1[name], members, population[name])
        assert attack(sheet) == [], name
        shown = {h for h in sheet.headers[3:] if h != INFORMED}
        assert shown <= set(contrib_1_1[name]) | {"Total des évolutions", "Total"}, name
    # a region of 1.0 files only says « non renseigné », never 0
    regions_1_0 = {r for r in members["Région"].values()} - {
        members["Région"][sid] for sid in population["Formes d'engagement"]
    }
    for name in JOBS:
        for row in sheets[name].rows:
            if row[1] in regions_1_0:
                assert set(row[4:]) == {C.NOT_GIVEN}, row
    descriptions = sheets["Évolutions décrites"]
    want = sorted(
        (D.label("org_change", e["code"]), e["annee"], e["description"])
        for e in stored_rows(observatory, "evolutions")
        if e["description"]
    )
    assert sorted(tuple(r) for r in descriptions.rows) == want and want
    names = {s["nom"] for s in stored_rows(observatory, "structure")} | set(members["Région"].values())
    assert not any(str(v) in names for r in descriptions.rows for v in r)  # no structure, no place
    check_spreads(sheets["Budgets"], observatory, members)
    # open-access share: the ratio of two shown cells, secret with either
    prod = sheets["Productions par type COAR"]
    share, opened, total = (
        prod.headers.index(h) for h in ("Part en accès ouvert", "En accès ouvert", "Total")
    )
    for row in prod.rows:
        if SECRET in (row[opened], row[total]):
            assert row[share] == SECRET
        elif row[total]:
            assert row[share] == (Decimal(row[opened]) / row[total]).quantize(Decimal("0.001"))
    # the data are made so that the protection has something to do on each sheet
    assert all(n > 0 for n in checked.values()), checked
    print(f"\nsecret cells per sheet: {checked}; checked in {time.perf_counter() - started:.2f} s")
    out = write_report(observatory, YEAR, tmp_path / "national.xlsx")
    assert out[-1].name == "Fichiers inclus" and len(out[-1].rows) == 36


def attack(sheet: C.Sheet) -> list[tuple[str, str, str, Decimal]]:
    """Every secret cell of a sheet that one total and the visible cells of its line give alone:
    (ventilation, modality, column, recomputed value)."""
    out = []
    for dim, rows in _blocks(sheet).items():
        for cols, with_total in groups(sheet):
            matrix = [[row[i] for i in cols] for row in rows]
            for r, c in revealed(matrix, with_total):
                if with_total and matrix[r][-1] != SECRET and sum(v == SECRET for v in matrix[r][:-1]) == 1:
                    line, total = matrix[r][:-1], matrix[r][-1]
                else:
                    line, total = [m[c] for m in matrix[:-1]], matrix[-1][c]
                value = Decimal(str(total)) - sum(
                    Decimal(str(v)) for v in line if v not in (SECRET, C.NOT_GIVEN)
                )
                out.append((dim, rows[r][1], sheet.headers[cols[c]], value))
    return out


def test_primary_secrecy_alone_lets_the_attack_recompute_secret_cells(tmp_path, monkeypatch):
    """The old rule (primary only) on the same observatory: the attack recomputes secret cells exactly,
    so the checks above can fail; with secondary suppression it finds none."""
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db)
        contrib, members = expected_contributions(db), _membership(db)
        assert not any(attack(s) for s in C.national(db, YEAR) if s.name in contrib)
        monkeypatch.setattr(secrecy, "SECONDARY", False)
        leaks = [(s.name, *leak) for s in C.national(db, YEAR) if s.name in contrib for leak in attack(s)]
    finally:
        db.close()
    assert len(leaks) >= 5, leaks
    assert len({name for name, *_ in leaks}) >= 4
    for name, dim, label, header, value in leaks:
        want, support = expected_grid(contrib[name].get(header, {}), members[dim], label)
        if header in contrib[name]:  # a body cell: the structures' own figure, recomputed
            assert value == want and 0 < support < C.MIN_STRUCTURES, (name, dim, label, header)
    print(f"\nprimary rule alone: {len(leaks)} secret cells recomputed, e.g. {leaks[0]}")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 14), st.integers(0, 4), st.integers(0, 3), st.integers(0, 10_000)),
        min_size=1,
        max_size=40,
    ),
    st.booleans(),
)
def test_secondary_suppression_leaves_no_line_with_a_single_secret(facts, with_row_total):
    """Any table: primary cells are secret, and no row or column with a shown total has one secret."""
    region = {}
    grid = C.Grid(list(range(5)), list(range(4)), row_total=with_row_total)
    for sid, row, col, value in facts:
        row = region.setdefault(sid, row)  # a structure is in one region
        grid.add(sid, row, col, value)
    grid.protect()
    for key in grid.who:
        if 0 < grid.support(key) < C.MIN_STRUCTURES:
            assert key in grid.secret
    for cells, total in grid.lines():
        if total not in grid.secret:
            assert sum(k in grid.secret for k in cells) != 1
    assert all(grid.support(k) > 0 for k in grid.secret)  # an empty cell is never hidden
    body = [
        [grid.shown((r, c)) for c in [*grid.cols, *([C.TOTAL] if with_row_total else [])]]
        for r in [*grid.rows, C.TOTAL]
    ]
    assert revealed(body, with_row_total) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("ABCD"), st.sampled_from(CATEGORIES)), min_size=1, max_size=14),
    st.lists(st.tuples(st.integers(0, 13), st.integers(0, 3), st.integers(1, 1000)), max_size=30),
)
def test_the_national_row_is_the_same_under_each_breakdown(where, facts):
    """A national cell hidden under the regions is hidden under the TSR categories too, and
    neither table then leaves a line with a single secret cell."""
    structures = [C.Structure(i, {"region": r, "categorie_tsr": c}) for i, (r, c) in enumerate(where)]
    facts = [(sid, col, v) for sid, col, v in facts if sid < len(structures)]
    grids = C.protected_grids(structures, [C.Additive(facts, [0, 1, 2, 3], list("abcd"), "Total")], D)
    by_region, by_category = grids[("region", 0)], grids[("categorie_tsr", 0)]
    national = [[g.shown((C.TOTAL, c)) for c in [0, 1, 2, 3, C.TOTAL]] for g in (by_region, by_category)]
    assert national[0] == national[1]
    for g in (by_region, by_category):
        body = [[g.shown((r, c)) for c in [*g.cols, C.TOTAL]] for r in [*g.rows, C.TOTAL]]
        assert revealed(body, True) == []


def test_older_sheets_share_the_national_secrecy(tmp_path):
    """« Synthese » holds the national totals of the breakdown sheets and of « Heures »,
    « Productions », « Financements »: no secret cell of those comes back from it, and a
    national figure hidden in one sheet is hidden in all."""
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db, regions=ONE_SMALL_REGION)
        sheets = {s.name: s for s in C.national(db, YEAR)}
        facts = stored_rows(db, "indicateurs")
        where = {r["submission_id"]: r for r in stored_rows(db, "structure")}
    finally:
        db.close()
    synth = {r[0]: r[3] for r in sheets["Synthese"].rows}
    want: dict[str, Decimal] = defaultdict(Decimal)
    who: dict[str, set[int]] = defaultdict(set)
    for f in facts:
        want[f["code"]] += f["valeur"]
        if f["valeur"]:
            who[f["code"]].add(f["submission_id"])
    hidden = 0
    for code, value in synth.items():
        if code in C.AVERAGED:
            continue
        if 0 < len(who[code]) < C.MIN_STRUCTURES:
            assert value == SECRET, code
        if value != SECRET:
            assert Decimal(str(value)) == want[code], code
        hidden += value == SECRET
    for total, parts in C._indicator_groups(D):  # total − visible parts never gives one part
        if synth[total] != SECRET:
            assert sum(synth[p] == SECRET for p in parts) != 1, total
    for name, dim in (
        ("Par région", "region"),
        ("Par catégorie TSR", "categorie_tsr"),
        ("Par forme juridique", "forme_juridique"),
    ):
        sheet = sheets[name]
        for j, code in enumerate(C.BREAKDOWN_CODES, start=2):
            column = [row[j] for row in sheet.rows]
            if synth[code] != SECRET:
                assert sum(v == SECRET for v in column) != 1, (name, code)
                assert sum(Decimal(str(v)) for v in column if v != SECRET) <= want[code]
        sizes = Counter(r[dim] for r in where.values())
        for row in sheet.rows:
            if row[1] == SECRET:
                assert all(v == SECRET for v in row[2:]), (name, row)
        assert sum(1 for n in sizes.values() if n < C.MIN_STRUCTURES) == sum(
            r[1] == SECRET for r in sheet.rows
        )
    for name, prefix, vocab in (
        ("Heures", "heures_", "time_type"),
        ("Financements", "financements_", "programme"),
        ("Productions", "productions_", "output_type"),
    ):
        codes = {D.label(vocab, c.code): c.code for c in D.codes(vocab)}
        for row in sheets[name].rows:
            assert (row[2] == SECRET) == (synth[prefix + codes[row[0]]] == SECRET), (name, row)
    national = C._national_row(sheets["Financements par programme"], "Région")
    headers = sheets["Financements par programme"].headers
    for c in D.codes("programme"):
        if c.libelle in headers:
            assert (national[headers.index(c.libelle)] == SECRET) == (
                synth[f"financements_{c.code}"] == SECRET
            )
    assert hidden >= 3


def test_a_store_of_format_1_0_files_says_not_given_never_zero(tmp_path):
    """Only 1.0 files (nothing of what 1.1 adds): every 1.1 sheet is there, its figures say
    « non renseigné » on every row, no 0, and no description is listed."""
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db, count=6, version=lambda i: "1.0.0")
        assert C.informed(db, YEAR) == set()
        sheets = {s.name: s for s in C.national(db, YEAR)}
        for table in ("emplois", "evolutions"):
            assert stored_rows(db, table) == []
        assert {r["categorie_juridique"] for r in stored_rows(db, "structure")} == {None}
    finally:
        db.close()
    for name in GROUPS_1_1:
        sheet = sheets[name]
        assert sheet.rows, name
        for row in sheet.rows:
            figures = [v for h, v in zip(sheet.headers[3:], row[3:], strict=True) if h != INFORMED]
            assert figures and set(figures) == {C.NOT_GIVEN}, (name, row)
            if INFORMED in sheet.headers:
                assert row[sheet.headers.index(INFORMED)] == 0
    assert sheets["Évolutions décrites"].rows == []
    # the sheets on what every file carries are unchanged by the format of the files
    assert SECRET not in {r[2] for r in sheets["Budgets"].rows if r[1] == C.ENSEMBLE}


def test_workbook_layout_charts_and_print_setup(tmp_path):
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db)
        out = tmp_path / "national.xlsx"
        sheets = write_report(db, YEAR, out)
        write_datapackage(sheets, YEAR, tmp_path / "national.zip")
    finally:
        db.close()
    wb = load_workbook(out)
    readme = " ".join(str(c.value) for c in wb["Lisez-moi"]["A"] if c.value)
    assert "Secret secondaire" in readme and "plus petite case visible" in readme
    summary = wb["Synthèse graphique"]
    assert len(summary._charts) >= 4
    budgets = wb["Budgets"]
    assert budgets["A1"].value.startswith("Budgets des structures")
    assert budgets["A2"].value.startswith("Unité") and budgets["A3"].value.startswith("Source")
    assert budgets["A5"].value == "Ventilation"
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
        assert ws.print_title_rows


SOFFICE = __import__("shutil").which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice absent")
def test_libreoffice_opens_the_workbook(tmp_path):
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db)
        out = tmp_path / "national.xlsx"
        write_report(db, YEAR, out)
    finally:
        db.close()
    profile = (tmp_path / "profil").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = Path(tmp_path / "national.pdf")
    assert pdf.exists() and pdf.stat().st_size > 10_000
