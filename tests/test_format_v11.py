"""Format 1.1.0: its new facts in the database, the export, the checks, and compatibility with 1.0.0."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tierslieux_app.core import vocab as V
from tierslieux_app.core.errors import ValidationError
from tierslieux_app.core.format import descriptor as D
from tierslieux_app.core.services import jobs, org_changes, participants, structure

RELEASED = Path(__file__).parent / "fixtures" / "format-1.0"
YEAR = 2025


def _semantics(raw: dict) -> dict:
    """What a Table Schema tool checks: fields, types, constraints, keys (texts left aside)."""
    out = {}
    for r in raw["resources"]:
        out[r["name"]] = (
            [(f["name"], f["type"], f.get("format"), f.get("constraints"), f.get("trueValues")) for f in
             r["schema"]["fields"]],
            r["schema"]["primaryKey"],
            r["schema"].get("foreignKeys"),
        )  # fmt: skip
    return out


def test_the_derived_1_0_descriptor_checks_what_the_published_1_0_checked():
    from tierslieux_app.core.format.definitions import build

    published = json.loads((RELEASED / "observatoire-tsr-1.0.0.datapackage.json").read_text("utf-8"))
    assert _semantics(build(published=True, version="1.0.0")) == _semantics(published)


def test_1_1_keeps_every_1_0_column_in_place_and_adds_at_the_end():
    old, new = D.load("1.0.0"), D.load()
    assert new.version == "1.1.0"
    for t in old.tables:
        names = new.table(t.name).field_names
        assert names[: len(t.field_names)] == t.field_names, t.name
    for vocab, codes in old.vocabularies.items():
        assert {c.code for c in codes} <= {c.code for c in new.codes(vocab)}, vocab


def test_unknown_major_is_refused_with_a_sentence_and_a_later_minor_is_read():
    with pytest.raises(D.UnknownVersionError, match=r"2\.0\.0.*ne lit pas.*1\.x"):
        D.for_version("2.0.0")
    d, notice = D.for_version("1.7.0")
    assert d.version == "1.1.0" and "plus récente" in notice
    d, notice = D.for_version("1.0.0")
    assert d.version == "1.0.0" and "emplois" in notice and "projets.forme_engagement" in notice
    assert D.for_version("1.1.0") == (D.load(), "")


def test_a_file_of_another_major_is_refused_by_the_observatory(tmp_path):
    from tierslieux_app.core.observatory.validate import validate_file

    source = RELEASED / "observatoire-tsr-1.0.0_2023.zip"
    path = tmp_path / "v2.zip"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "datapackage.json":
                pkg = json.loads(data)
                pkg["metadonnees"]["version_format"] = "2.0.0"
                data = json.dumps(pkg).encode()
            zout.writestr(item, data)
    report = validate_file(path)
    assert not report.valid
    assert [p.code for p in report.problems] == ["version"]
    assert "format 1.x" in report.problems[0].message


def test_a_1_0_file_is_valid_and_its_sender_is_told_what_1_1_adds():
    from tierslieux_app.core.observatory.validate import validate_file

    report = validate_file(RELEASED / "observatoire-tsr-1.0.0_2024.xlsx")
    assert report.valid and report.version == "1.0.0"
    (notice,) = [p for p in report.problems if p.code == "version"]
    assert (
        notice.severity == "avertissement" and "emplois" in notice.message and "evolutions" in notice.message
    )


# -- jobs --------------------------------------------------------------------------------------


def test_job_lines_give_the_year_totals_and_can_be_undone(sample, db):
    lines = [
        {"contract_type": "cdi", "headcount": 3, "fte": "2,6", "research_fte": "0.5"},
        {"contract_type": "cifre", "headcount": 1, "fte": 1, "research_fte": 1},
        {"contract_type": "service_civique", "headcount": 2, "fte": 1.1, "research_fte": 0},
        {"contract_type": "stage", "headcount": 0, "fte": 0, "research_fte": 0},  # all zero: dropped
    ]
    assert jobs.save_jobs(db, YEAR, lines) == []
    saved = jobs.list_jobs(db, YEAR)
    assert [j["contract_type"] for j in saved] == ["cdi", "cifre", "service_civique"]
    year = structure.get_year(db, YEAR)
    # service civique is counted apart from the employees
    assert (year["employees"], year["fte"], year["research_fte"]) == (4, 3.6, 1.5)
    with pytest.raises(ValidationError) as err:
        structure.save_year(db, YEAR, {"employees": 7})
    assert err.value.problems[0].code == "derived_from_jobs"
    structure.save_year(db, YEAR, {"employees": 4, "total_budget": "1000"})  # agreeing: fine
    before = jobs.save_jobs(db, YEAR, [{"contract_type": "cdd", "headcount": 1, "fte": 0.5}])
    assert [j["contract_type"] for j in before] == ["cdi", "cifre", "service_civique"]
    jobs.save_jobs(db, YEAR, before)  # undo
    assert [(j["contract_type"], j["headcount"]) for j in jobs.list_jobs(db, YEAR)] == [
        ("cdi", 3),
        ("cifre", 1),
        ("service_civique", 2),
    ]


def test_job_lines_refuse_research_above_fte_and_twice_the_same_contract(sample, db):
    with pytest.raises(ValidationError) as err:
        jobs.save_jobs(db, YEAR, [{"contract_type": "cdi", "headcount": 1, "fte": 0.5, "research_fte": 0.8}])
    assert err.value.problems[0].code == "research_above_fte"
    with pytest.raises(ValidationError) as err:
        jobs.save_jobs(
            db, YEAR, [{"contract_type": "cdd", "headcount": 1}, {"contract_type": "cdd", "headcount": 2}]
        )
    assert err.value.problems[0].code == "duplicate"
    assert jobs.list_jobs(db, YEAR) == []


# -- organisational changes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, found",
    [
        ("Recrutement d'Anne Dupont comme chargée de recherche", "Dupont"),
        ("Dupont Anne a rejoint le conseil", "Dupont"),
        ("Convention signée avec M. Benali", "Benali"),
        ("Contact : anne.dupont@example.org", "anne.dupont@example.org"),
        ("Appeler le 06 12 34 56 78", "06 12 34 56 78"),
        ("Un collège chercheurs au conseil d'administration", None),
        ("Formation à l'enquête participative (dupont : mot ordinaire ici)", None),
    ],
)
def test_a_shared_description_never_names_a_person(sample, db, text, found):
    data = {"year": YEAR, "code": "gouvernance", "description": text, "shared": True}
    if found is None:
        assert org_changes.create_change(db, data)["description"] == text
        return
    with pytest.raises(ValidationError) as err:
        org_changes.create_change(db, data)
    assert err.value.problems[0].code == "personal_data"
    assert f"« {found} »" in err.value.problems[0].message
    assert org_changes.list_changes(db, YEAR) == []


def test_the_export_drops_a_description_that_names_a_person_added_later(sample, db):
    kept = org_changes.create_change(
        db, {"year": YEAR, "code": "gouvernance", "description": "Nouveau collège, présidé par Mme Roux"}
    )
    org_changes.update_change(db, kept["id"], {"shared": True})
    private = org_changes.create_change(
        db, {"year": YEAR, "code": "formation_equipe", "description": "Formation interne"}
    )
    with db.read() as session:
        rows = {r["id"]: r for r in org_changes.shared_rows(session, YEAR)}
    assert rows[kept["id"]]["description"] == "Nouveau collège, présidé par Mme Roux"
    assert rows[private["id"]]["description"] is None  # not shared: never sent
    participants.create_participant(
        db, {"first_name": "Léa", "last_name": "Roux", "category": "benevole", "sector": "citoyen"}
    )
    with db.read() as session:
        rows = {r["id"]: r for r in org_changes.shared_rows(session, YEAR)}
    assert rows[kept["id"]]["description"] is None and rows[kept["id"]]["code"] == "gouvernance"


def test_erasing_a_person_clears_a_description_that_names_them(file_db):
    from tierslieux_app.core.erasure import erase_participant

    structure.save_structure(
        file_db,
        {"name": "Tiers", "legal_form": "association", "tsr_category": "non_marchand", "rna": "W751234567"},
    )
    change = org_changes.create_change(
        file_db,
        {"year": YEAR, "code": "gouvernance", "description": "Élection de Paul Martin", "shared": True},
    )
    person = participants.create_participant(
        file_db, {"first_name": "Paul", "last_name": "Martin", "category": "benevole", "sector": "citoyen"}
    )
    erase_participant(file_db, person["id"])
    (row,) = org_changes.list_changes(file_db, YEAR)
    assert row["id"] == change["id"] and row["description"] is None and row["shared"] is False


# -- the checks of a 1.1 file --------------------------------------------------------------------


def test_legal_forms_map_to_their_usual_tsr_category():
    assert V.usual_tsr_category("association") == "non_marchand"
    assert V.usual_tsr_category("scop") == "marchand_non_lucratif"
    assert V.usual_tsr_category("autre", "6533") == "lucratif_petite_taille"  # GAEC
    assert V.usual_tsr_category("autre", "8410") == "non_marchand"  # syndicat de salariés
    assert V.usual_tsr_category("autre") is None
    assert set(V.INSEE_TO_LEGAL_FORM) == set(V.INSEE_LEGAL_CATEGORY.codes)
    assert all(len(c) == 4 and c.isdigit() for c in V.INSEE_LEGAL_CATEGORY.codes)


def _tampered(valid: Path, tmp_path: Path, table: str, column: str, value: str) -> Path:
    """The package with one cell of ``table`` changed in its first data row."""
    import csv
    import io

    out = tmp_path / f"{table}-{column}.zip"
    with zipfile.ZipFile(valid) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == f"{table}.csv":
                rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
                rows[1][rows[0].index(column)] = value
                buf = io.StringIO()
                csv.writer(buf, lineterminator="\n").writerows(rows)
                data = buf.getvalue().encode("utf-8")
            zout.writestr(item, data)
    return out


@pytest.fixture(scope="module")
def valid_11(tmp_path_factory, demo_path) -> Path:
    from tierslieux_app.core.export.exporter import export_year
    from tierslieux_app.core.storage import open_database

    path = tmp_path_factory.mktemp("v11") / "demo.zip"
    db = open_database(demo_path, readonly=True)
    try:
        export_year(db, 2024, path, "datapackage", accept_warnings=True)
    finally:
        db.close()
    return path


def _coherence(path: Path):
    """The coherence rules alone (a tampered cell also breaks the digest, which stops the rest)."""
    from tierslieux_app.core.format.coherence import check_coherence
    from tierslieux_app.core.format.readers import open_source
    from tierslieux_app.core.format.validator import Report

    source = open_source(path)
    try:
        report = Report(metadata=dict(source.metadata))
        check_coherence(source, D.load(), report)
        return report
    finally:
        source.close()


def test_coherence_rules_of_1_1(valid_11, tmp_path):
    from tierslieux_app.core.format.readers import check_file

    assert check_file(valid_11).ok and not _coherence(valid_11).problems
    codes = lambda path: {p.code for p in _coherence(path).problems}  # noqa: E731
    assert "C13" in codes(_tampered(valid_11, tmp_path, "emplois", "effectif_31_decembre", "40"))
    assert "C14" in codes(_tampered(valid_11, tmp_path, "emplois", "etp_recherche", "99.00"))
    assert "C14" in codes(_tampered(valid_11, tmp_path, "evolutions", "annee", "2019"))
    assert "C15" in codes(_tampered(valid_11, tmp_path, "structure", "evolutions_organisation", ""))
    warned = _coherence(_tampered(valid_11, tmp_path, "structure", "categorie_tsr", "lucratif_petite_taille"))
    assert warned.ok and "C16" in {p.code for p in warned.problems}


def test_the_demo_employs_as_tiers_lieux_do(demo_path):
    from tierslieux_app.core.storage import open_database

    db = open_database(demo_path, readonly=True)
    try:
        years = [y["year"] for y in structure.list_years(db)]
        lines = [line for y in years for line in jobs.list_jobs(db, y)]
        changes = org_changes.list_changes(db)
    finally:
        db.close()
    heads = {}
    for line in lines:
        heads[line["contract_type"]] = heads.get(line["contract_type"], 0) + line["headcount"]
    employed = sum(n for k, n in heads.items() if k in V.EMPLOYMENT_CONTRACTS)
    assert (heads.get("cdi", 0) + heads.get("cdd", 0)) / employed >= 0.6  # mostly CDI and CDD
    assert heads.get("service_civique", 0) > 0
    assert all(line["research_fte"] <= line["fte"] for line in lines)
    assert {c["year"] for c in changes} == set(years)


@pytest.mark.parametrize("name", ["observatoire-tsr-1.0.0_2023.zip", "observatoire-tsr-1.0.0_2024.zip"])
def test_frictionless_agrees_that_released_1_0_files_are_valid_against_the_1_0_descriptor(name, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    from tierslieux_app.core.format.definitions import build

    descriptor = build(published=True, version="1.0.0")
    with zipfile.ZipFile(RELEASED / name) as zf:
        for res in descriptor["resources"]:
            (tmp_path / res["path"]).write_bytes(zf.read(res["path"]))
    report = frictionless.Package(descriptor, basepath=str(tmp_path)).validate()
    assert report.valid, report.flatten(["type", "message"])[:5]
