"""Importing a messy French spreadsheet: what is valid goes in, the rest is refused row by row."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tierslieux_app.core.backup import list_backups
from tierslieux_app.core.errors import TiersLieuxError
from tierslieux_app.core.services import participants, projects, time_entries
from tierslieux_app.core.spreadsheet_import import (
    KINDS,
    guess_mapping,
    load_mapping,
    read_sheet,
    run_import,
    save_mapping,
    write_rejects,
    write_template,
)
from tierslieux_app.core.spreadsheet_import.parsing import parse_date, parse_hours

PEOPLE_CSV = (
    "PRENOM ; nom;Courriel;Catégorie;secteur;Date de consentement\n"
    "Élodie;Lefèvre;elodie@example.org;Bénévole;Société civile (à titre personnel);12/03/2025\n"
    "\n"
    "  Karim  ;Benali;;chercheur académique;esr;2025-01-15\n"
    ";;;;;\n"
    "Zoé;Marchal;zoe@example.org;Stagiaire;citoyen;\n"
    "elodie;LEFEVRE;;benevole;citoyen;\n"
    "Léa;Roux;pas-un-mail;bénévole;citoyen;31/02/2025\n"
)


def write_csv(tmp_path: Path, name: str, text: str, encoding: str = "cp1252") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def do_import(db, kind: str, path: Path, **kw):
    sheet = read_sheet(path)
    return run_import(db, kind, sheet, guess_mapping(kind, sheet.headers), **kw)


def test_latin1_csv_with_labels_blank_lines_unknown_codes_and_duplicates(file_db, tmp_path):
    path = write_csv(tmp_path, "personnes.csv", PEOPLE_CSV)
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
    result = run_import(file_db, "participants", sheet, guess_mapping("participants", sheet.headers))
    assert result.imported == 2
    statuses = {r.line: r.status for r in result.rows}
    assert statuses == {2: "à importer", 4: "à importer", 6: "erreur", 7: "doublon", 8: "erreur"}
    errors = {r.line: r.errors for r in result.rejected}
    assert errors[6] == [
        "Ligne 6, colonne Catégorie : « Stagiaire » ne fait pas partie des valeurs possibles"
    ]
    assert "Ligne 8, colonne Courriel : « pas-un-mail » n'est pas une adresse e-mail valide" in errors[8]
    assert any(e.startswith("Ligne 8, colonne Date de consentement") for e in errors[8])
    people = {(p["first_name"], p["last_name"]): p for p in participants.list_participants(file_db)}
    assert people[("Karim", "Benali")]["category"] == "chercheur_academique"
    assert people[("Élodie", "Lefèvre")]["sector"] == "citoyen"
    assert any("avant-import" in b.path.name for b in list_backups())

    again = do_import(file_db, "participants", path)
    assert again.imported == 0 and again.count("déjà présent") == 3
    assert len(participants.list_participants(file_db)) == 2

    rejects = write_rejects(result, tmp_path / "refus.xlsx")
    ws = load_workbook(rejects).active
    assert [c.value for c in ws[1]][-2:] == ["Erreur", "Ligne d'origine"]
    assert [ws.cell(r, ws.max_column).value for r in (2, 3)] == [6, 8]


def hours_workbook(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["date", "Projet", "Participant", "Durée", "Type de temps", "Activité", "Note"])
    ws.append(
        [dt.datetime(2025, 3, 12), "jardins partages", "Anne Dupont", "1h30", "Bénévole", "Analyse", "=1+1"]
    )
    ws.cell(2, 7).data_type = "s"  # text that looks like a formula
    ws.append(
        ["12/03/2025", "Jardins partagés", "anne.dupont@example.org", "1,5", "benevole", "analyse", None]
    )
    ws.append(["2025-03-14", "Jardins partagés", "Benali Karim", 2, "Salarié", "Rédaction", "x"])
    ws.append([None, None, None, None, None, None, None])
    ws.append(["14/03/2025", "Jardins partagés", "Karim Benali", "30", "salarie", "redaction", None])
    ws.append(["15/03/2025", "Projet fantôme", "Karim Benali", "1 h 30", "salarie", "redaction", None])
    ws.append(["12/03/2025", "Jardins partagés", "Anne Dupont", "1.5", "bénévole", "analyse", None])
    ws.append(["16/03/2025", "Jardins partagés", "Inconnu Personne", "1", "salarie", "redaction", None])
    path = tmp_path / "heures.xlsx"
    wb.save(path)
    return path


def test_hours_from_xlsx_in_one_transaction_and_no_duplicates(db, sample, tmp_path):
    projects.remove_participant(
        db,
        next(
            p["id"]
            for p in projects.project_participants(db, sample["project"])
            if p["participant_id"] == sample["karim"]
        ),
    )
    path = hours_workbook(tmp_path)
    result = do_import(db, "heures", path)
    by_line = {r.line: r for r in result.rows}
    assert [by_line[n].status for n in (2, 3, 4, 6, 7, 8, 9)] == [
        "à importer",
        "doublon",
        "à importer",
        "erreur",
        "erreur",
        "doublon",
        "erreur",
    ]
    assert by_line[6].errors == ["Ligne 6, colonne Durée : « 30 » dépasse le maximum (24)"]
    assert "projet « Projet fantôme » inconnu" in by_line[7].errors[0]
    assert by_line[9].errors[0].startswith("Ligne 9, colonne Participant : participant « Inconnu Personne »")
    assert result.imported == 2 and result.memberships_added == 1  # Karim joins the project
    entries = time_entries.list_entries(db, time_entries.EntryFilter())
    assert sorted(Decimal(str(e["hours"])) for e in entries) == [Decimal("1.5"), Decimal(2)]
    assert {e["note"] for e in entries} == {"=1+1", "x"}
    again = do_import(db, "heures", path)
    assert again.imported == 0 and len(time_entries.list_entries(db, time_entries.EntryFilter())) == 2


def test_dry_run_writes_nothing(db, sample, tmp_path):
    path = hours_workbook(tmp_path)
    result = do_import(db, "heures", path, dry_run=True)
    assert result.count("à importer") == 2 and result.imported == 0
    assert time_entries.list_entries(db, time_entries.EntryFilter()) == []


def test_projects_with_codes_or_labels_and_a_saved_mapping(db, tmp_path):
    text = (
        "Intitulé,Statut,Début,Fin,Thèmes,Charte,Budget\n"
        'Jardins,En cours,01/03/2025,,"environnement; Santé",oui,"12 000,50"\n'
        "Rivières,termine,2025-05-01,2025-04-01,,non,\n"
    )
    path = write_csv(tmp_path, "projets.csv", text, "utf-8")
    sheet = read_sheet(path)
    assert sheet.delimiter == ","
    mapping = guess_mapping("projets", sheet.headers)
    assert (mapping.column_of("start_date"), mapping.column_of("charter_signed")) == (2, 5)
    mapping.columns[6] = None  # the person chooses to leave the budget out
    save_mapping(mapping, sheet.headers, tmp_path / "m.json")
    loaded = load_mapping(tmp_path / "m.json", sheet.headers, "projets")
    assert loaded.columns == mapping.columns
    result = run_import(db, "projets", sheet, loaded)
    assert result.imported == 1
    assert "La date de fin précède la date de début" in result.rejected[0].errors[0]  # the form's message
    [p] = projects.list_projects(db)
    full = projects.get_project(db, p["id"])
    assert (full["title"], full["themes"], full["charter_signed"]) == (
        "Jardins",
        ["environnement", "sante"],
        True,
    )
    assert full["total_budget"] is None


def test_missing_required_column_is_named(db, tmp_path):
    path = write_csv(tmp_path, "x.csv", "Prénom;Nom\nAnne;Dupont\n", "utf-8")
    with pytest.raises(TiersLieuxError, match="« Catégorie »"):
        do_import(db, "participants", path)


@pytest.mark.parametrize(
    ("raw", "hours"),
    [("1,5", "1.5"), ("1.5", "1.5"), ("1h30", "1.50"), ("1 h 30", "1.50"), ("2h", "2"), ("90 min", "1.50")],
)
def test_hours_written_the_french_way(raw, hours):
    assert Decimal(str(parse_hours(raw))) == Decimal(hours)


def test_dates_written_the_french_way():
    assert parse_date("12/03/2025") == parse_date("2025-03-12") == dt.date(2025, 3, 12)
    assert parse_date(dt.datetime(2025, 3, 12, 0, 0)) == dt.date(2025, 3, 12)
    assert parse_date("31/02/2025") == "31/02/2025"  # left for the field's French message


@pytest.mark.parametrize("kind", list(KINDS))
def test_templates_have_headers_lists_and_an_example_that_imports(kind, db, sample, tmp_path):
    path = write_template(kind, tmp_path / f"{kind}.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == [c.header for c in KINDS[kind]]
    coded = [c for c in KINDS[kind] if c.vocab is not None]
    assert len(ws.data_validations.dataValidation) == len(coded)
    sheet = read_sheet(path)
    mapping = guess_mapping(kind, sheet.headers)
    assert all(key is not None for key in mapping.columns.values())


def test_import_refuses_what_the_service_refuses_with_the_same_words(db, tmp_path):
    """No rule of its own: each refused row gets the message the service's form would get."""
    from tierslieux_app.core.errors import ValidationError

    rows = [
        ("Rivières", "termine", "2025-05-01", "2025-04-01"),  # cross-field rule of the service
        ("Forêts", "fini", "2025-05-01", ""),  # a code outside the vocabulary
    ]
    text = "Titre,Statut,Début,Fin\n" + "".join(",".join(r) + "\n" for r in rows)
    result = do_import(db, "projets", write_csv(tmp_path, "p.csv", text, "utf-8"))
    assert result.imported == 0
    for (title, status, start, end), refused in zip(rows, result.rejected, strict=True):
        with pytest.raises(ValidationError) as info:
            projects.create_project(
                db, {"title": title, "status": status, "start_date": start, "end_date": end or None}
            )
        problem = info.value.problems[0]
        column = "Fin" if problem.field == "end_date" else "Statut"
        assert refused.errors == [f"Ligne {refused.line}, colonne {column} : {problem.message}"]


@pytest.mark.parametrize(
    "raw",
    ["15102026", "15/10/26", "15.10.2026", "15-10-2026", "15/10/2026", "2026-10-15", dt.date(2026, 10, 15)],
)
def test_one_date_parser_for_import_and_forms(raw):
    from tierslieux_app.core import fields as F

    assert parse_date(raw) == dt.date(2026, 10, 15)
    assert F.parse_date(raw) == dt.date(2026, 10, 15)


def test_forms_and_grid_take_the_hours_the_import_takes():
    from tierslieux_app.core import fields as F

    rule = F.by_name(F.TIME_ENTRY)["hours"]
    for raw in ("1h30", "1 h 30", "90 min", "1:30", "1,5", "1.5"):
        assert F._convert(rule, raw) == Decimal("1.50"), raw
    with pytest.raises(F.Invalid, match="« ABC » n'est pas un nombre"):
        F._convert(rule, "ABC")
