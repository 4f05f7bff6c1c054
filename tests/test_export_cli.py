"""``tierslieux export``: a clear message and a non-zero exit when checks block."""

from __future__ import annotations

from test_export_data import SIRET, YEAR, build_year


def test_cli_writes_the_standard_file_name_in_a_folder(file_db, tmp_path, capsys):
    from tierslieux_app.cli import main
    from tierslieux_app.core.format.readers import check_file

    build_year(file_db, entries=100)
    out = tmp_path / "sortie"
    out.mkdir()
    assert main(["export", "--db", str(file_db.path), "--year", str(YEAR), "--out", str(out)]) == 0
    dest = out / f"observatoire-tsr_{SIRET}_{YEAR}.xlsx"
    assert check_file(dest).ok
    printed = capsys.readouterr().out
    assert str(dest) in printed and "Empreinte SHA-256" in printed

    zip_dest = tmp_path / "annee.zip"
    args = [
        "export",
        "--db",
        str(file_db.path),
        "--year",
        str(YEAR),
        "--out",
        str(zip_dest),
        "--format",
        "datapackage",
    ]
    assert main(args) == 0
    assert check_file(zip_dest).ok


def test_cli_blocks_with_the_list_of_what_to_fix(file_db, tmp_path, capsys):
    from tierslieux_app.cli import main
    from tierslieux_app.core.services import projects

    build_year(file_db, entries=10)
    projects.create_project(file_db, {"title": "Sans date", "status": "en_cours"})
    dest = tmp_path / "annee.xlsx"
    code = main(["export", "--db", str(file_db.path), "--year", str(YEAR), "--out", str(dest)])
    assert code == 1
    err = capsys.readouterr().err
    assert "Export impossible" in err and "1 projet sans date de début" in err
    assert not dest.exists()


def test_cli_strict_refuses_warnings(file_db, tmp_path, capsys):
    from tierslieux_app.cli import main

    build_year(file_db, entries=10)
    dest = tmp_path / "annee.xlsx"
    code = main(["export", "--db", str(file_db.path), "--year", "2019", "--out", str(dest), "--strict"])
    assert code == 1
    err = capsys.readouterr().err
    assert "Avertissement : Aucune heure n'est saisie pour 2019" in err and "--strict" in err
    assert not dest.exists()


def test_cli_refuses_an_absurd_year(file_db, tmp_path, capsys):
    from tierslieux_app.cli import main

    build_year(file_db, entries=10)
    assert main(["export", "--db", str(file_db.path), "--year", "20255", "--out", str(tmp_path)]) == 2
    assert "20255" in capsys.readouterr().err
