"""Services: create/read/update/list/delete of every entity, deletion rules and undo."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from tierslieux_app.core.errors import DependentDataError, NotFoundError, ValidationError
from tierslieux_app.core.models import Base
from tierslieux_app.core.services import (
    cascade,
    funding,
    organisations,
    outputs,
    participants,
    projects,
    structure,
    time_entries,
)

D = Decimal


# The journal only grows (a deletion and its undo are both recorded): not part of the data.
NOT_DATA = {"change_log"}


def dump(db: Any) -> dict[str, list[dict[str, Any]]]:
    """Every row of every data table, sorted: two dumps are equal when the data is identical."""
    out = {}
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_DATA:
                continue
            rows = [dict(r._mapping) for r in session.execute(select(table))]
            out[table.name] = sorted(rows, key=lambda r: tuple(str(v) for v in r.values()))
    return out


def entry(db: Any, s: dict[str, str], who: str, day: str, hours: str, **extra: Any) -> dict[str, Any]:
    data = {
        "participant_id": s[who],
        "project_id": s["project"],
        "date": day,
        "hours": hours,
        "time_type": "benevole",
        "activity": "animation",
        **extra,
    }
    return time_entries.create_entry(db, data)


@pytest.fixture
def full(db, sample):
    """The sample plus hours, an output with an author, a partner and a funding."""
    entry(db, sample, "anne", "2025-03-10", "2")
    entry(db, sample, "karim", "2025-03-11", "3,5", time_type="salarie", activity="analyse")
    out = outputs.create_output(
        db,
        {
            "project_id": sample["project"],
            "title": "Guide du compost",
            "date": "2025-06-01",
            "output_type": "rapport",
        },
        authors=[sample["anne"]],
    )
    projects.add_partner(
        db, {"project_id": sample["project"], "organisation_id": sample["org"], "role": "scientifique"}
    )
    funding.create_funding(
        db,
        {
            "project_id": sample["project"],
            "funder_id": sample["org"],
            "programme": "anr_saps",
            "amount": "5000",
            "year": 2025,
            "nature": "subvention",
        },
    )
    return {**sample, "output": out["id"]}


# -- structure --------------------------------------------------------------------------


def test_structure_is_created_then_updated(db):
    assert structure.get_structure(db) is None
    first = structure.save_structure(
        db,
        {
            "name": "La Fabrique",
            "legal_form": "association",
            "tsr_category": "non_marchand",
            "siret": "73282932000074",
        },
    )
    second = structure.save_structure(db, {"commune": "Lille", "typology": ["fablab"]})
    assert second["id"] == first["id"]
    assert structure.get_structure(db) == second
    assert (second["name"], second["commune"], second["typology"]) == ("La Fabrique", "Lille", ["fablab"])
    assert second["updated_at"] >= first["updated_at"]
    assert second["created_at"].tzinfo is dt.UTC


def test_year_needs_a_structure(db):
    with pytest.raises(NotFoundError, match="Renseignez d'abord la structure"):
        structure.save_year(db, 2025, {"employees": 3})


def test_year_defaults_then_update(db, sample):
    assert structure.year_parameters(db, 2025) == {
        "year": 2025,
        "volunteer_hourly_rate": D("16.50"),
        "hours_per_fte": 1607,
    }
    row = structure.save_year(db, 2025, {"employees": "3", "total_budget": "120 000"})
    assert (row["volunteer_hourly_rate"], row["hours_per_fte"]) == (D("16.50"), 1607)
    assert row["total_budget"] == D("120000.00")
    structure.save_year(db, 2025, {"volunteer_hourly_rate": "20"})
    structure.save_year(db, 2024, {"employees": 2})
    assert [y["year"] for y in structure.list_years(db)] == [2024, 2025]
    params = structure.year_parameters(db, 2025)
    assert (params["employees"], params["volunteer_hourly_rate"]) == (3, D("20.00"))


# -- organisations ----------------------------------------------------------------------


def test_organisation_crud_and_search(db):
    a = organisations.create_organisation(
        db,
        {
            "name": "Université de Lille",
            "org_type": "universite",
            "sector": "esr",
            "ror": "https://ror.org/02kzqn938",
        },
    )
    b = organisations.create_organisation(db, {"name": "ademe", "org_type": "etat", "sector": "public"})
    assert [o["name"] for o in organisations.list_organisations(db)] == ["ademe", "Université de Lille"]
    assert [o["id"] for o in organisations.list_organisations(db, search=" lille ")] == [a["id"]]
    updated = organisations.update_organisation(db, b["id"], {"name": "ADEME"})
    assert organisations.get_organisation(db, b["id"]) == updated
    found = organisations.find_or_create_organisation(
        db, {"name": "  ademe", "org_type": "autre", "sector": "prive"}
    )
    assert found["id"] == b["id"]
    created = organisations.find_or_create_organisation(
        db, {"name": "CNRS", "org_type": "organisme_recherche", "sector": "esr"}
    )
    assert len(organisations.list_organisations(db)) == 3
    organisations.delete_organisation(db, created["id"])
    with pytest.raises(NotFoundError, match="Organisation introuvable"):
        organisations.get_organisation(db, created["id"])


@pytest.mark.parametrize("link", ["partner", "funder"])
def test_organisation_delete_refused_while_partner_or_funder(db, sample, link):
    if link == "partner":
        projects.add_partner(
            db, {"project_id": sample["project"], "organisation_id": sample["org"], "role": "terrain"}
        )
    else:
        funding.create_funding(
            db,
            {
                "funder_id": sample["org"],
                "programme": "region",
                "amount": "10",
                "year": 2025,
                "nature": "subvention",
            },
        )
    before = dump(db)
    with pytest.raises(DependentDataError) as info:
        organisations.delete_organisation(db, sample["org"])
    expected = {"partners": int(link == "partner"), "fundings": int(link == "funder"), "members": 1}
    assert info.value.counts == expected
    assert "retirez-les d’abord" in str(info.value)
    assert dump(db) == before


def test_organisation_delete_clears_affiliations(db, sample):
    organisations.delete_organisation(db, sample["org"])
    assert participants.get_participant(db, sample["karim"])["affiliation_id"] is None


# -- projects ---------------------------------------------------------------------------


def test_project_crud(db):
    p = projects.create_project(
        db,
        {
            "title": "Eau vive",
            "status": "en_preparation",
            "charter_signed": "oui",
            "themes": "environnement;sante",
            "total_budget": "1500,5",
        },
    )
    assert uuid.UUID(p["id"]).version == 4
    assert (p["charter_signed"], p["themes"], p["total_budget"]) == (
        True,
        ["environnement", "sante"],
        D("1500.50"),
    )
    u = projects.update_project(db, p["id"], {"status": "en_cours", "start_date": "01/02/2025"})
    assert (u["status"], u["start_date"], u["title"]) == ("en_cours", dt.date(2025, 2, 1), "Eau vive")
    assert projects.get_project(db, p["id"]) == u
    projects.delete_project(db, p["id"])
    with pytest.raises(NotFoundError, match="Projet introuvable"):
        projects.get_project(db, p["id"])
    with pytest.raises(NotFoundError):
        projects.update_project(db, p["id"], {"title": "X"})


def test_list_projects_filters(db, sample):
    mk = projects.create_project
    mk(
        db,
        {
            "title": "Alpha",
            "status": "termine",
            "start_date": "2023-01-01",
            "end_date": "2023-12-31",
            "summary": "Étude des abeilles",
        },
    )
    mk(db, {"title": "beta", "status": "en_cours", "start_date": "2024-06-01"})
    mk(db, {"title": "Gamma", "status": "abandonne", "end_date": "2022-05-01"})
    mk(db, {"title": "Delta", "status": "en_preparation"})

    def titles(**kw: Any) -> list[str]:
        return [p["title"] for p in projects.list_projects(db, **kw)]

    assert titles() == ["Alpha", "beta", "Delta", "Gamma", "Jardins partagés"]
    assert titles(search="ABEILLES") == ["Alpha"]
    assert titles(search="jardin") == ["Jardins partagés"]
    assert titles(status="en_cours") == ["beta", "Jardins partagés"]
    assert titles(year=2023) == ["Alpha", "Delta"]
    assert titles(year=2022) == ["Delta", "Gamma"]
    assert titles(year=2025) == ["beta", "Delta", "Jardins partagés"]
    assert titles(year=2024, status="en_cours", search="a") == ["beta", "Jardins partagés"]


def test_delete_project_with_hours_needs_confirmation(db, full):
    before = dump(db)
    with pytest.raises(DependentDataError) as info:
        projects.delete_project(db, full["project"])
    assert info.value.counts == {"time_entry": 2}
    assert "2 saisies d’heures" in str(info.value)
    assert dump(db) == before


def test_delete_project_cascades_and_restore_puts_everything_back(db, full):
    assert projects.deletion_counts(db, full["project"]) == {
        "participation": 2,
        "time_entry": 2,
        "output": 1,
        "output_author": 1,
        "project_partner": 1,
        "funding": 1,
    }
    before = dump(db)
    snap = projects.delete_project(db, full["project"], cascade_hours=True)
    after = dump(db)
    for table in (
        "project",
        "participation",
        "time_entry",
        "output",
        "output_author",
        "project_partner",
        "funding",
    ):
        assert after[table] == [], table
    assert len(after["participant"]) == 2 and len(after["organisation"]) == 1
    assert snap.count("time_entry") == 2 and snap.count("project") == 1
    cascade.restore(db, snap)
    assert dump(db) == before


def test_partners(db, sample):
    zeta = organisations.create_organisation(db, {"name": "Zeta", "org_type": "association", "sector": "tsr"})
    projects.add_partner(
        db, {"project_id": sample["project"], "organisation_id": zeta["id"], "role": "terrain"}
    )
    link = projects.add_partner(
        db, {"project_id": sample["project"], "organisation_id": sample["org"], "role": "scientifique"}
    )
    rows = projects.project_partners(db, sample["project"])
    assert [(r["organisation_name"], r["role"], r["org_type"]) for r in rows] == [
        ("Université de Lille", "scientifique", "universite"),
        ("Zeta", "terrain", "association"),
    ]
    projects.remove_partner(db, link["id"])
    assert [r["organisation_name"] for r in projects.project_partners(db, sample["project"])] == ["Zeta"]


# -- participations ---------------------------------------------------------------------


def test_participations_and_summary(db, full):
    rows = projects.project_participants(db, full["project"])
    assert [(r["last_name"], r["hours"]) for r in rows] == [("Benali", D("3.50")), ("Dupont", D("2.00"))]
    assert projects.project_summary(db, full["project"]) == {
        "participants": 2,
        "hours": D("5.50"),
        "outputs": 1,
    }
    part = rows[0]
    updated = projects.update_participation(db, part["id"], {"role": "porteur", "start_date": "2025-01-01"})
    assert updated["role"] == "porteur"
    with pytest.raises(ValidationError) as info:
        projects.update_participation(db, part["id"], {"end_date": "2024-12-31"})
    assert info.value.field == "end_date"


def test_remove_participation_refused_with_hours(db, full):
    part = next(
        r for r in projects.project_participants(db, full["project"]) if r["participant_id"] == full["anne"]
    )
    before = dump(db)
    with pytest.raises(DependentDataError) as info:
        projects.remove_participant(db, part["id"])
    assert info.value.counts == {"time_entry": 1}
    assert dump(db) == before


def test_remove_participation_without_hours(db, sample):
    part = projects.project_participants(db, sample["project"])[0]
    removed = projects.remove_participant(db, part["id"])
    assert removed["id"] == part["id"]
    assert len(projects.project_participants(db, sample["project"])) == 1


# -- participants -----------------------------------------------------------------------


def test_participant_crud_and_pid(db, sample):
    a = participants.get_participant(db, sample["anne"])
    b = participants.get_participant(db, sample["karim"])
    assert a["pid"] != b["pid"] and uuid.UUID(a["pid"]).version == 4
    assert a["pid"] not in (a["id"], b["id"])
    u = participants.update_participant(db, sample["anne"], {"phone": "06 12 34 56 78", "notes": "a\nb"})
    assert (u["phone"], u["notes"], u["pid"]) == ("06 12 34 56 78", "a\nb", a["pid"])


def test_list_participants_filters(db, full):
    other = projects.create_project(db, {"title": "Autre", "status": "en_cours"})
    c = participants.create_participant(
        db,
        {
            "first_name": "Zoé",
            "last_name": "Aubert",
            "category": "benevole",
            "sector": "citoyen",
            "email": "zoe@asso.fr",
        },
    )
    projects.add_participant(db, {"participant_id": c["id"], "project_id": other["id"], "role": "porteur"})

    def names(**kw: Any) -> list[str]:
        return [p["last_name"] for p in participants.list_participants(db, **kw)]

    assert names() == ["Aubert", "Benali", "Dupont"]
    assert names(search="anne dup") == ["Dupont"]
    assert names(search="ASSO.FR") == ["Aubert"]
    assert names(category="benevole") == ["Aubert", "Dupont"]
    assert names(project_id=full["project"]) == ["Benali", "Dupont"]
    assert names(project_id=other["id"], category="benevole") == ["Aubert"]
    hours = {p["last_name"]: p["hours"] for p in participants.list_participants(db)}
    assert hours == {"Aubert": D("0.00"), "Benali": D("3.50"), "Dupont": D("2.00")}
    assert [(p["title"], p["role"]) for p in participants.participant_projects(db, c["id"])] == [
        ("Autre", "porteur")
    ]


def test_delete_participant_with_hours_needs_confirmation(db, full):
    before = dump(db)
    with pytest.raises(DependentDataError) as info:
        participants.delete_participant(db, full["anne"])
    assert info.value.counts == {"time_entry": 1}
    assert dump(db) == before


def test_delete_participant_cascades_and_restores(db, full):
    assert participants.deletion_counts(db, full["anne"]) == {
        "participation": 1,
        "time_entry": 1,
        "output_author": 1,
    }
    before = dump(db)
    snap = participants.delete_participant(db, full["anne"], cascade_hours=True)
    assert outputs.get_output(db, full["output"])["authors"] == []
    assert [p["id"] for p in participants.list_participants(db)] == [full["karim"]]
    cascade.restore(db, snap)
    assert dump(db) == before


def test_delete_participant_without_hours(db, sample):
    snap = participants.delete_participant(db, sample["anne"])
    assert snap.count("participant") == 1 and snap.count("participation") == 1
    with pytest.raises(NotFoundError, match="Participant introuvable"):
        participants.delete_participant(db, sample["anne"])


# -- outputs ----------------------------------------------------------------------------


def test_outputs(db, full):
    o = outputs.get_output(db, full["output"])
    assert (o["subtype"], o["authors"], o["open_access"]) == ("aucun", [full["anne"]], False)
    u = outputs.update_output(db, full["output"], {"subtype": "atelier", "open_access": "oui"})
    assert (u["subtype"], u["open_access"]) == ("atelier", True)
    assert outputs.update_output(db, full["output"], {"subtype": ""})["subtype"] == "aucun"
    outputs.set_authors(db, full["output"], [full["karim"], full["anne"], full["karim"]])
    assert sorted(outputs.output_authors(db, full["output"])) == sorted([full["karim"], full["anne"]])
    with pytest.raises(NotFoundError):
        outputs.set_authors(db, full["output"], ["nobody"])
    assert sorted(outputs.output_authors(db, full["output"])) == sorted([full["karim"], full["anne"]])
    other = projects.create_project(db, {"title": "Autre", "status": "en_cours"})
    outputs.create_output(
        db,
        {
            "project_id": other["id"],
            "title": "Atelier public",
            "date": "2024-05-02",
            "output_type": "conference",
        },
    )
    outputs.create_output(db, {"project_id": other["id"], "title": "Brouillon"})

    def titles(**kw: Any) -> list[str]:
        return [r["title"] for r in outputs.list_outputs(db, **kw)]

    assert titles() == ["Guide du compost", "Atelier public", "Brouillon"]
    assert titles(project_id=other["id"]) == ["Atelier public", "Brouillon"]
    assert titles(year=2024) == ["Atelier public"]
    assert titles(output_type="rapport") == ["Guide du compost"]
    assert titles(search="jardins") == ["Guide du compost"]
    assert outputs.list_outputs(db, year=2025)[0]["project_title"] == "Jardins partagés"


def test_delete_output_and_restore(db, full):
    before = dump(db)
    snap = outputs.delete_output(db, full["output"])
    assert snap.count("output_author") == 1
    with pytest.raises(NotFoundError):
        outputs.get_output(db, full["output"])
    cascade.restore(db, snap)
    assert dump(db) == before


# -- funding ----------------------------------------------------------------------------


def test_funding_crud_and_filters(db, full):
    own = funding.create_funding(
        db,
        {
            "funder_id": full["org"],
            "programme": "fonds_propres",
            "amount": "300",
            "year": 2024,
            "nature": "fonds_propres",
        },
    )
    rows = funding.list_funding(db)
    assert [(r["year"], r["amount"], r["funder_name"]) for r in rows] == [
        (2025, D("5000.00"), "Université de Lille"),
        (2024, D("300.00"), "Université de Lille"),
    ]
    assert [r["id"] for r in funding.list_funding(db, structure_only=True)] == [own["id"]]
    assert [r["year"] for r in funding.list_funding(db, project_id=full["project"])] == [2025]
    assert [r["year"] for r in funding.list_funding(db, year=2024)] == [2024]
    u = funding.update_funding(db, own["id"], {"amount": "350,25", "reference": "AAP-2024"})
    assert funding.get_funding(db, own["id"]) == u and u["amount"] == D("350.25")
    removed = funding.delete_funding(db, own["id"])
    assert removed == u
    with pytest.raises(NotFoundError, match="Financement introuvable"):
        funding.get_funding(db, own["id"])


def test_search_treats_wildcards_as_plain_characters(db, sample):
    """Typing ``%`` or ``_`` in a search box finds those characters, not everything."""
    projects.create_project(db, {"title": "Taux 100% bio", "status": "en_cours"})
    organisations.create_organisation(db, {"name": "Asso_Libre", "org_type": "association", "sector": "tsr"})
    participants.create_participant(
        db, {"first_name": "Jo", "last_name": "Le_Gall", "category": "citoyen", "sector": "citoyen"}
    )
    outputs.create_output(db, {"project_id": sample["project"], "title": "Rapport 50%"})
    assert [p["title"] for p in projects.list_projects(db, search="%")] == ["Taux 100% bio"]
    assert [o["name"] for o in organisations.list_organisations(db, search="_")] == ["Asso_Libre"]
    assert [p["last_name"] for p in participants.list_participants(db, search="_")] == ["Le_Gall"]
    assert [o["title"] for o in outputs.list_outputs(db, search="%")] == ["Rapport 50%"]
    assert [p["title"] for p in projects.list_projects(db, search="JARDINS")] == ["Jardins partagés"]
