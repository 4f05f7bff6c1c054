"""Every field rule and cross-field rule: a French message naming the field, nothing saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from tierslieux_app.core import fields as F
from tierslieux_app.core.errors import ValidationError
from tierslieux_app.core.models import (
    Funding,
    Organisation,
    Output,
    Participant,
    Participation,
    Project,
    ProjectPartner,
    Structure,
    StructureYear,
    TimeEntry,
)
from tierslieux_app.core.services import (
    funding,
    organisations,
    outputs,
    participants,
    projects,
    structure,
    time_entries,
)

D = Decimal
MISSING = object()  # the key is left out of the data altogether


def count(db: Any, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _new_person(db: Any, first: str = "Lou", last: str = "Martin") -> str:
    return participants.create_participant(
        db, {"first_name": first, "last_name": last, "category": "citoyen", "sector": "citoyen"}
    )["id"]


def _save_year(db: Any, data: dict[str, Any]) -> Any:
    year = data.pop("year", 2025)
    return structure.save_year(db, year, data)


# entity -> (create function, model, field rules, valid data built from the sample)
Builder = Callable[[Any, dict[str, str]], dict[str, Any]]
ENTITIES: dict[str, tuple[Callable[..., Any], type, tuple[F.Field, ...], Builder]] = {
    "organisation": (
        organisations.create_organisation,
        Organisation,
        F.ORGANISATION,
        lambda db, s: {"name": "Mairie de Lille", "org_type": "collectivite", "sector": "public"},
    ),
    "project": (
        projects.create_project,
        Project,
        F.PROJECT,
        lambda db, s: {"title": "Compost de quartier", "status": "en_cours"},
    ),
    "participant": (
        participants.create_participant,
        Participant,
        F.PARTICIPANT,
        lambda db, s: {
            "first_name": "Lou",
            "last_name": "Martin",
            "category": "citoyen",
            "sector": "citoyen",
        },
    ),
    "participation": (
        projects.add_participant,
        Participation,
        F.PARTICIPATION,
        lambda db, s: {"participant_id": _new_person(db), "project_id": s["project"], "role": "contributeur"},
    ),
    "time_entry": (
        time_entries.create_entry,
        TimeEntry,
        F.TIME_ENTRY,
        lambda db, s: {
            "participant_id": s["anne"],
            "project_id": s["project"],
            "date": "2025-03-12",
            "hours": "2",
            "time_type": "benevole",
            "activity": "animation",
        },
    ),
    "output": (
        outputs.create_output,
        Output,
        F.OUTPUT,
        lambda db, s: {"project_id": s["project"], "title": "Rapport d'étape"},
    ),
    "partner": (
        projects.add_partner,
        ProjectPartner,
        F.PROJECT_PARTNER,
        lambda db, s: {"project_id": s["project"], "organisation_id": s["org"], "role": "scientifique"},
    ),
    "funding": (
        funding.create_funding,
        Funding,
        F.FUNDING,
        lambda db, s: {
            "funder_id": s["org"],
            "programme": "region",
            "amount": "1000",
            "year": 2025,
            "nature": "subvention",
        },
    ),
    "structure_year": (_save_year, StructureYear, F.STRUCTURE_YEAR, lambda db, s: {}),
}

REQUIRED = "ce champ est obligatoire"
NOT_IN_VOCAB = "« {} » ne fait pas partie des valeurs possibles"
BAD_DATE = "« {} » n'est pas une date valide (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)"
SIRET_LENGTH = "« {} » n'est pas un SIRET : il faut 14 chiffres"
MISSING_REF = "l'élément choisi n'existe pas (ou plus)"

# (entity, field, bad value, French message, code)
FIELD_CASES: list[tuple[str, str, Any, str, str]] = [
    ("project", "title", "", REQUIRED, "required"),
    ("project", "title", "   ", REQUIRED, "required"),
    ("project", "title", MISSING, REQUIRED, "required"),
    ("project", "title", "\x01\x02", REQUIRED, "required"),
    ("project", "status", None, REQUIRED, "required"),
    ("time_entry", "hours", MISSING, REQUIRED, "required"),
    ("participation", "role", "", REQUIRED, "required"),
    ("funding", "funder_id", "", REQUIRED, "required"),
    ("time_entry", "project_id", "\x00", REQUIRED, "required"),
    ("structure_year", "volunteer_hourly_rate", "", REQUIRED, "required"),
    ("project", "title", "x" * 301, "le texte est trop long (301 caractères, 300 au plus)", "too_long"),
    (
        "participant",
        "first_name",
        "é" * 101,
        "le texte est trop long (101 caractères, 100 au plus)",
        "too_long",
    ),
    (
        "project",
        "summary",
        "a" * 10_001,
        "le texte est trop long (10001 caractères, 10000 au plus)",
        "too_long",
    ),
    ("project", "status", "fini", NOT_IN_VOCAB.format("fini"), "code"),
    ("participant", "category", "Bénévole", NOT_IN_VOCAB.format("Bénévole"), "code"),
    ("time_entry", "time_type", "volontaire", NOT_IN_VOCAB.format("volontaire"), "code"),
    ("time_entry", "activity", "cuisine", NOT_IN_VOCAB.format("cuisine"), "code"),
    ("funding", "programme", "loto", NOT_IN_VOCAB.format("loto"), "code"),
    ("partner", "role", "ami", NOT_IN_VOCAB.format("ami"), "code"),
    ("project", "themes", "environnement;espace", NOT_IN_VOCAB.format("espace"), "code"),
    ("project", "themes", ["sante", "magie"], NOT_IN_VOCAB.format("magie"), "code"),
    ("output", "audiences", "grand_public; enfants", NOT_IN_VOCAB.format("enfants"), "code"),
    ("output", "audiences", 5, NOT_IN_VOCAB.format("5"), "code"),
    ("project", "engagement_forms", ["expertise", "fusion"], NOT_IN_VOCAB.format("fusion"), "code"),
    ("project", "start_date", "2025-02-30", BAD_DATE.format("2025-02-30"), "date"),
    ("project", "end_date", "31/13/2025", BAD_DATE.format("31/13/2025"), "date"),
    ("time_entry", "date", "31-02-2025", BAD_DATE.format("31-02-2025"), "date"),
    ("participant", "consent_date", "demain", BAD_DATE.format("demain"), "date"),
    ("time_entry", "hours", "deux", "« deux » n'est pas un nombre", "number"),
    ("time_entry", "hours", "NaN", "« NaN » n'est pas un nombre", "number"),
    ("project", "total_budget", "beaucoup", "« beaucoup » n'est pas un nombre", "number"),
    ("structure_year", "fte", "1,2,3", "« 1,2,3 » n'est pas un nombre", "number"),
    ("funding", "year", "2025,5", "« 2025,5 » n'est pas un nombre entier", "integer"),
    ("structure_year", "employees", "2.5", "« 2.5 » n'est pas un nombre entier", "integer"),
    ("output", "attendees", "1e99999999", "« 1e99999999 » est un nombre trop grand", "max"),
    ("time_entry", "hours", "1.555", "« 1.555 » a plus de deux décimales", "decimals"),
    ("funding", "amount", "10,001", "« 10,001 » a plus de deux décimales", "decimals"),
    ("time_entry", "hours", "0", "« 0 » est inférieur au minimum (0,01)", "min"),
    ("time_entry", "hours", "-1", "« -1 » est inférieur au minimum (0,01)", "min"),
    ("time_entry", "hours", "24.01", "« 24.01 » dépasse le maximum (24)", "max"),
    ("time_entry", "hours", "30", "« 30 » dépasse le maximum (24)", "max"),
    ("structure_year", "public_subsidy_share", "1.5", "« 1.5 » dépasse le maximum (1)", "max"),
    ("structure_year", "public_subsidy_share", "-0,1", "« -0,1 » est inférieur au minimum (0)", "min"),
    ("project", "total_budget", "-100", "« -100 » est inférieur au minimum (0)", "min"),
    ("project", "total_budget", "2e10", "« 2e10 » dépasse le maximum (10000000000)", "max"),
    ("funding", "amount", "1e30", "« 1e30 » dépasse le maximum (10000000000)", "max"),
    ("funding", "amount", "0", "« 0 » est inférieur au minimum (0,01)", "min"),
    ("funding", "year", 1989, "« 1989 » est inférieur au minimum (1990)", "min"),
    ("structure_year", "year", 1989, "« 1989 » est inférieur au minimum (1990)", "min"),
    ("structure_year", "hours_per_fte", "0", "« 0 » est inférieur au minimum (1)", "min"),
    ("output", "attendees", -1, "« -1 » est inférieur au minimum (0)", "min"),
    ("output", "open_access", "peut-être", "« peut-être » n'est pas une réponse oui/non", "bool"),
    ("project", "charter_signed", "2", "« 2 » n'est pas une réponse oui/non", "bool"),
    (
        "organisation",
        "siret",
        "73282932000075",
        "« 73282932000075 » n'est pas un SIRET valide (clé de contrôle incorrecte)",
        "siret",
    ),
    ("organisation", "siret", "7328293200007", SIRET_LENGTH.format("7328293200007"), "siret"),
    ("organisation", "siret", "732829320000745", SIRET_LENGTH.format("732829320000745"), "siret"),
    ("organisation", "siret", "7328293200007A", SIRET_LENGTH.format("7328293200007A"), "siret"),
    ("organisation", "rna", "W12345", "« W12345 » n'est pas un numéro RNA (W suivi de 9 chiffres)", "rna"),
    (
        "organisation",
        "rna",
        "751234567",
        "« 751234567 » n'est pas un numéro RNA (W suivi de 9 chiffres)",
        "rna",
    ),
    (
        "organisation",
        "ror",
        "https://ror.org/12345",
        "« https://ror.org/12345 » n'est pas un identifiant ROR (https://ror.org/0…)",
        "ror",
    ),
    (
        "participant",
        "email",
        "anne.example.org",
        "« anne.example.org » n'est pas une adresse e-mail valide",
        "email",
    ),
    ("participant", "email", "anne@example", "« anne@example » n'est pas une adresse e-mail valide", "email"),
    (
        "participant",
        "phone",
        "appelez-moi",
        "« appelez-moi » n'est pas un numéro de téléphone valide",
        "phone",
    ),
    ("participant", "phone", "------", "« ------ » n'est pas un numéro de téléphone valide", "phone"),
    (
        "output",
        "identifier",
        "mon rapport",
        "« mon rapport » n'est ni un DOI (10.xxxx/…), ni un "
        "identifiant HAL (hal-01234567), ni une adresse web",
        "identifier",
    ),
    (
        "output",
        "identifier",
        "www.example.org",
        "« www.example.org » n'est ni un DOI (10.xxxx/…), ni un "
        "identifiant HAL (hal-01234567), ni une adresse web",
        "identifier",
    ),
    ("output", "subtype", "spectacle", NOT_IN_VOCAB.format("spectacle"), "code"),
]

STRUCTURE_CASES: list[tuple[str, Any, str, str]] = [
    ("name", "", REQUIRED, "required"),
    ("legal_form", "sarl", NOT_IN_VOCAB.format("sarl"), "code"),
    ("tsr_category", MISSING, REQUIRED, "required"),
    (
        "siret",
        "12345678901234",
        "« 12345678901234 » n'est pas un SIRET valide (clé de contrôle incorrecte)",
        "siret",
    ),
    ("siret", "123", SIRET_LENGTH.format("123"), "siret"),
    ("rna", "X751234567", "« X751234567 » n'est pas un numéro RNA (W suivi de 9 chiffres)", "rna"),
    ("insee_code", "7505", "« 7505 » n'est pas un code commune INSEE (5 caractères)", "insee"),
    ("insee_code", "20004", "« 20004 » n'est pas un code commune INSEE (5 caractères)", "insee"),
    ("postal_code", "7500", "« 7500 » n'est pas un code postal (5 chiffres)", "postal"),
    ("postal_code", "7500A", "« 7500A » n'est pas un code postal (5 chiffres)", "postal"),
    ("departement", "999", "« 999 » n'est pas un numéro de département", "departement"),
    ("departement", "2C", "« 2C » n'est pas un numéro de département", "departement"),
    ("website", "example.org", "« example.org » n'est pas une adresse web (https://…)", "url"),
    ("website", "ftp://example.org", "« ftp://example.org » n'est pas une adresse web (https://…)", "url"),
    ("email", "contact@", "« contact@ » n'est pas une adresse e-mail valide", "email"),
    ("founding_year", "1700", "« 1700 » est inférieur au minimum (1800)", "min"),
    ("founding_year", "2101", "« 2101 » dépasse le maximum (2100)", "max"),
    ("typology", "fablab;garage", NOT_IN_VOCAB.format("garage"), "code"),
]


def _outsider(db: Any, s: dict[str, str]) -> dict[str, Any]:
    return {"participant_id": _new_person(db, "Paul", "Dehors")}


# (entity, overrides (or a builder of them), field at fault, French message, code)
CROSS_CASES: list[tuple[str, Any, str, str, str]] = [
    (
        "project",
        {"start_date": "2025-05-01", "end_date": "2025-04-30"},
        "end_date",
        "La date de fin précède la date de début",
        "end_before_start",
    ),
    (
        "project",
        {"start_date": "01/05/2025", "end_date": "30/04/2025"},
        "end_date",
        "La date de fin précède la date de début",
        "end_before_start",
    ),
    (
        "participation",
        {"start_date": "2025-05-01", "end_date": "2024-05-01"},
        "end_date",
        "La date de fin précède la date de début",
        "end_before_start",
    ),
    (
        "time_entry",
        _outsider,
        "participant_id",
        "cette personne ne participe pas à ce projet : ajoutez-la d'abord au projet",
        "not_member",
    ),
    ("time_entry", {"project_id": "no-such-project"}, "project_id", MISSING_REF, "missing_ref"),
    ("time_entry", {"participant_id": "no-such-person"}, "participant_id", MISSING_REF, "missing_ref"),
    ("participant", {"affiliation_id": "no-such-org"}, "affiliation_id", MISSING_REF, "missing_ref"),
    ("funding", {"funder_id": "no-such-org"}, "funder_id", MISSING_REF, "missing_ref"),
    ("funding", {"project_id": "no-such-project"}, "project_id", MISSING_REF, "missing_ref"),
    ("partner", {"organisation_id": "no-such-org"}, "organisation_id", MISSING_REF, "missing_ref"),
    ("output", {"project_id": "no-such-project"}, "project_id", MISSING_REF, "missing_ref"),
    ("participation", {"project_id": "no-such-project"}, "project_id", MISSING_REF, "missing_ref"),
    (
        "participation",
        lambda db, s: {"participant_id": s["anne"]},
        "participant_id",
        "cette personne participe déjà au projet",
        "duplicate",
    ),
]


def _assert_problem(exc: ValidationError, fields: tuple[F.Field, ...], field: str, message: str, code: str):
    problem = exc.for_field(field)
    assert problem is not None, f"no problem on {field}: {exc.problems}"
    assert (problem.message, problem.code) == (message, code)
    label = F.by_name(fields)[field].fr
    assert problem.label == label
    assert f"{label} : {message}" in str(exc)


def _case_id(case: tuple[Any, ...]) -> str:
    value = case[2] if len(case) == 5 else case[1]
    shown = "MISSING" if value is MISSING else repr(value)[:20]
    return f"{case[0]}.{case[1] if isinstance(case[1], str) else case[2]}={shown}"


@pytest.mark.parametrize(
    ("entity", "field", "value", "message", "code"), FIELD_CASES, ids=[_case_id(c) for c in FIELD_CASES]
)
def test_bad_value_is_refused_with_french_message_and_nothing_saved(
    db, sample, entity, field, value, message, code
):
    create, model, fields, build = ENTITIES[entity]
    data = build(db, sample)
    if value is MISSING:
        data.pop(field, None)
    else:
        data[field] = value
    before = count(db, model)
    with pytest.raises(ValidationError) as info:
        create(db, data)
    _assert_problem(info.value, fields, field, message, code)
    assert count(db, model) == before


@pytest.mark.parametrize(
    ("field", "value", "message", "code"),
    STRUCTURE_CASES,
    ids=[f"{c[0]}={c[1]!r}"[:30] for c in STRUCTURE_CASES],
)
def test_bad_structure_value_is_refused(db, field, value, message, code):
    data: dict[str, Any] = {
        "name": "La Fabrique",
        "legal_form": "association",
        "tsr_category": "non_marchand",
        "rna": "W751234567",
    }
    if value is MISSING:
        data.pop(field)
    else:
        data[field] = value
    with pytest.raises(ValidationError) as info:
        structure.save_structure(db, data)
    _assert_problem(info.value, F.STRUCTURE, field, message, code)
    assert count(db, Structure) == 0


def test_structure_needs_siret_or_rna(db):
    data = {"name": "La Fabrique", "legal_form": "association", "tsr_category": "non_marchand"}
    with pytest.raises(ValidationError) as info:
        structure.save_structure(db, data)
    _assert_problem(
        info.value, F.STRUCTURE, "siret", "indiquez au moins un SIRET ou un numéro RNA", "siret_or_rna"
    )
    assert count(db, Structure) == 0
    saved = structure.save_structure(db, {**data, "siret": "732 829 320 00074"})
    assert saved["siret"] == "73282932000074"


def test_structure_update_cannot_remove_both_identifiers(db, sample):
    with pytest.raises(ValidationError) as info:
        structure.save_structure(db, {"rna": ""})
    assert info.value.field == "siret"
    assert structure.get_structure(db)["rna"] == "W751234567"


@pytest.mark.parametrize(
    ("entity", "overrides", "field", "message", "code"),
    CROSS_CASES,
    ids=[f"{c[0]}.{c[2]}.{c[4]}" for c in CROSS_CASES],
)
def test_cross_field_rule_is_refused_and_nothing_saved(db, sample, entity, overrides, field, message, code):
    create, model, fields, build = ENTITIES[entity]
    data = build(db, sample)
    data.update(overrides(db, sample) if callable(overrides) else overrides)
    before = count(db, model)
    with pytest.raises(ValidationError) as info:
        create(db, data)
    _assert_problem(info.value, fields, field, message, code)
    assert count(db, model) == before


def test_update_with_end_before_start_leaves_record_unchanged(db, sample):
    before = projects.get_project(db, sample["project"])
    with pytest.raises(ValidationError) as info:
        projects.update_project(db, sample["project"], {"end_date": "2024-02-29", "title": "Nouveau titre"})
    _assert_problem(
        info.value, F.PROJECT, "end_date", "La date de fin précède la date de début", "end_before_start"
    )
    assert projects.get_project(db, sample["project"]) == before


def test_update_with_bad_value_leaves_record_unchanged(db, sample):
    before = participants.get_participant(db, sample["anne"])
    with pytest.raises(ValidationError) as info:
        participants.update_participant(db, sample["anne"], {"email": "pas-un-mail", "last_name": ""})
    assert {p.field for p in info.value.problems} == {"email", "last_name"}
    assert participants.get_participant(db, sample["anne"]) == before


def test_every_problem_is_reported_at_once(db, sample):
    with pytest.raises(ValidationError) as info:
        time_entries.create_entry(
            db,
            {
                "participant_id": sample["anne"],
                "project_id": sample["project"],
                "date": "hier",
                "hours": "25",
                "time_type": "x",
                "activity": "",
            },
        )
    assert [p.field for p in info.value.problems] == ["date", "hours", "time_type", "activity"]


# -- accepted values ------------------------------------------------------------------

GOOD_CASES: list[tuple[tuple[F.Field, ...], str, Any, Any]] = [
    (F.STRUCTURE, "siret", "73282932000074", "73282932000074"),
    (F.STRUCTURE, "siret", "732 829 320 00074", "73282932000074"),
    (F.STRUCTURE, "rna", "w751234567", "W751234567"),
    (F.STRUCTURE, "rna", "W 751 234 567", "W751234567"),
    (F.STRUCTURE, "insee_code", "75056", "75056"),
    (F.STRUCTURE, "insee_code", "2a004", "2A004"),
    (F.STRUCTURE, "postal_code", "59000", "59000"),
    (F.STRUCTURE, "departement", "2b", "2B"),
    (F.STRUCTURE, "departement", "974", "974"),
    (
        F.STRUCTURE,
        "website",
        "https://tiers-lieu.example.org/accueil",
        "https://tiers-lieu.example.org/accueil",
    ),
    (F.STRUCTURE, "email", "contact@tiers-lieu.fr", "contact@tiers-lieu.fr"),
    (F.STRUCTURE, "founding_year", "2 015", 2015),
    (F.STRUCTURE, "typology", "fablab; living_lab;fablab", ["fablab", "living_lab"]),
    (F.STRUCTURE, "typology", "", []),
    (F.ORGANISATION, "ror", "https://ror.org/02feahw73", "https://ror.org/02feahw73"),
    (F.ORGANISATION, "ror", "02feahw73", "02feahw73"),
    (F.TIME_ENTRY, "hours", "1,5", D("1.50")),
    (F.TIME_ENTRY, "hours", 1.5, D("1.50")),
    (F.TIME_ENTRY, "hours", "0,01", D("0.01")),
    (F.TIME_ENTRY, "hours", "24", D("24.00")),
    (F.TIME_ENTRY, "hours", D("7.25"), D("7.25")),
    (F.TIME_ENTRY, "date", "12/03/2025", dt.date(2025, 3, 12)),
    (F.TIME_ENTRY, "date", " 2025-03-12 ", dt.date(2025, 3, 12)),
    (F.TIME_ENTRY, "date", dt.datetime(2025, 3, 12, 18, 30), dt.date(2025, 3, 12)),
    (F.TIME_ENTRY, "date", "29/02/2024", dt.date(2024, 2, 29)),
    (F.OUTPUT, "open_access", "oui", True),
    (F.OUTPUT, "open_access", " Oui ", True),
    (F.OUTPUT, "open_access", "non", False),
    (F.OUTPUT, "open_access", "x", True),
    (F.OUTPUT, "open_access", "", False),
    (F.OUTPUT, "open_access", None, False),
    (F.OUTPUT, "open_access", 1, True),
    (F.OUTPUT, "open_access", 0, False),
    (F.OUTPUT, "identifier", "10.1234/abc.def-5", "10.1234/abc.def-5"),
    (F.OUTPUT, "identifier", "https://doi.org/10.5281/zenodo.123", "https://doi.org/10.5281/zenodo.123"),
    (F.OUTPUT, "identifier", "hal-01234567", "hal-01234567"),
    (F.OUTPUT, "identifier", "halshs-01234567v2", "halshs-01234567v2"),
    (F.OUTPUT, "identifier", "https://example.org/rapport.pdf", "https://example.org/rapport.pdf"),
    (F.OUTPUT, "audiences", ("grand_public",), ["grand_public"]),
    (F.OUTPUT, "attendees", "1e3", 1000),
    (F.PROJECT, "total_budget", "1 234,56 €", D("1234.56")),
    (F.PROJECT, "total_budget", "1\u00a0234,5", D("1234.50")),
    (F.PROJECT, "total_budget", "1\u202f000", D("1000.00")),
    (F.PROJECT, "total_budget", "", None),
    (F.PROJECT, "title", "  Jardins\x00 partagés\x07\n", "Jardins partagés"),
    (F.PROJECT, "title", "Jardins\u2028partagés", "Jardinspartagés"),
    (F.PROJECT, "summary", "Ligne 1\nLigne\t2\x0b\x1b", "Ligne 1\nLigne\t2"),
    (F.PROJECT, "summary", "\x00", None),
    (F.PROJECT, "title", "Cafe\u0301", "Café"),
    (F.PROJECT, "themes", ["sante", "", "sante"], ["sante"]),
    (F.STRUCTURE_YEAR, "public_subsidy_share", "0,35", 0.35),
    (F.STRUCTURE_YEAR, "public_subsidy_share", 1, 1.0),
    (F.PARTICIPANT, "phone", "+33 6 12 34 56 78", "+33 6 12 34 56 78"),
    (F.PARTICIPANT, "phone", "03.20.12.34.56", "03.20.12.34.56"),
    (F.PARTICIPANT, "affiliation_id", "", None),
]


@pytest.mark.parametrize(
    ("fields", "name", "raw", "expected"), GOOD_CASES, ids=[f"{c[1]}={c[2]!r}"[:40] for c in GOOD_CASES]
)
def test_good_value_is_accepted_and_normalised(fields, name, raw, expected):
    out, problems = F.clean(fields, {name: raw}, partial=True)
    assert problems == []
    assert out[name] == expected
    assert type(out[name]) is type(expected)


def test_partial_clean_skips_absent_required_fields():
    out, problems = F.clean(F.PROJECT, {"summary": "x"}, partial=True)
    assert (out, problems) == ({"summary": "x"}, [])
    _out, problems = F.clean(F.PROJECT, {"summary": "x"})
    assert {p.field for p in problems} == {"title", "status"}


def test_unknown_field_is_a_programming_error():
    with pytest.raises(AssertionError, match="colour"):
        F.clean_or_raise(F.PROJECT, {"title": "T", "status": "en_cours", "colour": "red"})


def test_check_siret_and_siren_directly():
    assert F.check_siret("73282932000074") == "73282932000074"
    assert F.check_siren("732 829 320") == "732829320"
    with pytest.raises(F.Invalid) as info:
        F.check_siren("732829321")
    assert info.value.message == "« 732829321 » n'est pas un SIREN valide"


@pytest.mark.parametrize("raw", [True, "Infinity", "-inf", "sNaN", "", "1.2.3"])
def test_parse_decimal_refuses_non_numbers(raw):
    with pytest.raises(F.Invalid) as info:
        F.parse_decimal(raw)
    assert info.value.code == "number"
    assert info.value.message == f"« {raw} » n'est pas un nombre"
