"""A year of data built through the services, with personal data and hostile text in it.

Shared by the export tests (``build_year``); the few tests here check the builder
itself, so that the other tests do not rest on a broken fixture.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

YEAR = 2025
SIRET = "00123457400000"  # valid, with leading zeros that must survive
PEOPLE = [
    ("Zéphyrine", "Quatrebarbes", "zephyrine.quatrebarbes@example.org", "+33 6 11 22 33 44"),
    ("Bartholomé", "Vandenbulcke", "b.vandenbulcke@example.net", "06 98 76 54 32"),
    ("Ysaline", "Kergourlay", "ysaline@kergourlay.example", "0147253647"),
    ("Onésime", "Trouillebert", "onesime.t@example.com", "+33 1 23 45 67 89"),
    ("Philomène", "Guézennec", "philo.guez@example.org", "02 98 11 22 33"),
    ("Théodrik", "Abgrall", "theo.abgrall@example.org", "07 12 34 56 78"),
]
NOTES = "Note privée XQZW : allergie, téléphone du conjoint"
HOSTILE_TITLES = [
    '=HYPERLINK("http://example.com/x","cliquez")',
    "+33 projet plus",
    "-moins, puis @SOMME(A1:A3)",
    "@SUM(1+1)",
    "#N/A",
]


def build_year(db: Any, *, entries: int = 1500, seed: int = 7, siret: str | None = SIRET) -> dict[str, Any]:
    """Structure, organisations, 5 projects (one outside the year), 6 people, hours, outputs, funding."""
    from tierslieux_app.core.models import TimeEntry
    from tierslieux_app.core.services import (
        funding,
        jobs,
        org_changes,
        organisations,
        outputs,
        participants,
        projects,
        structure,
    )

    rng = random.Random(seed)
    s = structure.save_structure(
        db,
        {
            "name": "Tiers-lieu des Communs",
            "legal_form": "association",
            "tsr_category": "non_marchand",
            "siret": siret,
            "rna": None if siret else "W751234567",
            "insee_code": "59350",
            "departement": "59",
            "region": "Hauts-de-France",
            "typology": ["laboratoire_citoyen", "fablab"],
            "email": "contact@tiers-lieu.example",
            "insee_legal_category": "9220",
            "approvals": ["jep"],
            "networks": ["alliss", "reseau_regional"],
        },
    )
    structure.save_year(
        db,
        YEAR,
        {
            "employees": 4,
            "fte": 3.5,
            "research_fte": 0.8,
            "active_volunteers": 25,
            "total_budget": "185000",
            "research_budget": "42000.50",
            "public_subsidy_share": 0.45,
            "volunteer_hourly_rate": "16.50",
            "hours_per_fte": 1607,
        },
    )
    jobs.save_jobs(
        db,
        YEAR,
        [
            {"contract_type": "cdi", "headcount": 3, "fte": 2.7, "research_fte": 0.6},
            {"contract_type": "cdd", "headcount": 1, "fte": 0.8, "research_fte": 0.2},
            {"contract_type": "service_civique", "headcount": 1, "fte": 0.5, "research_fte": 0},
        ],
    )
    org_changes.create_change(
        db,
        {
            "year": YEAR,
            "code": "nouveau_partenariat_esr",
            "description": "=1+1 convention avec le laboratoire",
            "shared": True,
        },
    )
    univ = organisations.create_organisation(
        db,
        {
            "name": "Université de Lille",
            "org_type": "universite",
            "sector": "esr",
            "ror": "https://ror.org/02kzqn938",
        },
    )
    asso = organisations.create_organisation(
        db, {"name": "Les Amis du Sol", "org_type": "association", "sector": "tsr", "rna": "W591234567"}
    )
    anr = organisations.create_organisation(
        db, {"name": "Agence nationale de la recherche", "org_type": "etat", "sector": "public"}
    )
    project_ids = []
    spans = [
        ("2024-03-01", None),
        ("2025-02-01", "2025-06-30"),
        ("2023-01-01", "2026-12-31"),
        ("2025-09-01", None),
        ("2021-01-01", "2022-12-31"),
    ]
    for i, (start, end) in enumerate(spans):
        p = projects.create_project(
            db,
            {
                "title": HOSTILE_TITLES[i],
                "status": "en_cours",
                "start_date": start,
                "end_date": end,
                "themes": ["environnement", "sante"][: 1 + i % 2],
                "participation_level": "collaboratif",
                "knowledge": ["academiques", "experience"],
                "charter_signed": i % 2 == 0,
                "summary": f"Résumé ligne 1\nligne 2 {i}\t tabulé",
                "total_budget": "120000.00",
                "engagement_forms": ["recherche_participative", "innovation_sociale"][: 1 + i % 2],
            },
        )
        project_ids.append(p["id"])
    active = project_ids[:4]
    people = []
    categories = ["benevole", "chercheur_academique", "citoyen", "salarie_structure", "doctorant", "benevole"]
    for (first, last, email, phone), cat in zip(PEOPLE, categories, strict=True):
        person = participants.create_participant(
            db,
            {
                "first_name": first,
                "last_name": last,
                "email": email,
                "phone": phone,
                "category": cat,
                "sector": "esr" if cat in {"chercheur_academique", "doctorant"} else "citoyen",
                "affiliation_id": univ["id"] if cat == "chercheur_academique" else None,
                "consent_date": "2024-01-15",
                "notes": NOTES,
            },
        )
        people.append(person["id"])
        for pid in [*active, project_ids[4]]:
            projects.add_participant(
                db, {"participant_id": person["id"], "project_id": pid, "role": "contributeur"}
            )
    rows = []
    kinds = ["benevole", "salarie", "mis_a_disposition"]
    for _ in range(entries):
        day = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(365))
        rows.append(
            {
                "participant_id": rng.choice(people),
                "project_id": rng.choice(active),
                "date": day,
                "hours": Decimal(rng.randrange(25, 800)) / 100,
                "time_type": rng.choice(kinds),
                "activity": rng.choice(["analyse", "animation", "collecte_donnees"]),
                "note": NOTES,
            }
        )
    rows.append(
        {
            "participant_id": people[0],
            "project_id": project_ids[4],
            "date": dt.date(2022, 5, 5),
            "hours": Decimal("3.00"),
            "time_type": "benevole",
            "activity": "analyse",
            "note": NOTES,
        }
    )
    with db.write_connection() as conn:
        conn.execute(insert(TimeEntry), rows)
    for i, kind in enumerate(["rapport", "article", "communication", "jeu_de_donnees"]):
        outputs.create_output(
            db,
            {
                "project_id": active[i],
                "title": f"-Production {i} =1+2",
                "date": f"{YEAR}-0{i + 3}-15",
                "output_type": kind,
                "identifier": "hal-01234567" if i == 0 else None,
                "open_access": True,
                "audiences": ["grand_public"],
                "non_academic_coauthors": i % 2 == 0,
                "attendees": 35 if kind == "communication" else None,
            },
            authors=[people[0]],
        )
    outputs.create_output(
        db, {"project_id": active[0], "title": "Ancienne", "date": "2024-05-01", "output_type": "rapport"}
    )
    projects.add_partner(db, {"project_id": active[0], "organisation_id": univ["id"], "role": "scientifique"})
    projects.add_partner(db, {"project_id": active[1], "organisation_id": asso["id"], "role": "terrain"})
    funding.create_funding(
        db,
        {
            "project_id": active[0],
            "funder_id": anr["id"],
            "programme": "anr_saps",
            "amount": "45000.00",
            "year": YEAR,
            "nature": "subvention",
            "reference": "=ANR-24-SAPS-0012",
        },
    )
    funding.create_funding(
        db,
        {
            "project_id": None,
            "funder_id": asso["id"],
            "programme": "fondation",
            "amount": "1234.56",
            "year": YEAR,
            "nature": "mecenat",
        },
    )
    funding.create_funding(
        db,
        {
            "project_id": active[0],
            "funder_id": anr["id"],
            "programme": "anr_saps",
            "amount": "999.00",
            "year": YEAR - 1,
            "nature": "subvention",
        },
    )
    return {"structure": s["id"], "projects": project_ids, "active": active, "people": people}


def test_builder_makes_an_exportable_year(db):
    from tierslieux_app.core.completeness import check_year

    build_year(db, entries=50)
    assert [f for f in check_year(db, YEAR) if f.blocking] == []


def test_builder_keeps_personal_data_in_the_database(db):
    from tierslieux_app.core.services import participants

    ids = build_year(db, entries=10)
    person = participants.get_participant(db, ids["people"][0])
    assert person["email"] == PEOPLE[0][2]
    assert person["notes"] == NOTES
