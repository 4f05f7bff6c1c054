"""One declaration per exported column: a column added to ``projets`` in its declaration alone
reaches the descriptor, the rows, the validator, the documentation, the XLSX labels and the
completeness check, with no other change (the test-only fixture of issue 13)."""

from __future__ import annotations

import json
import zipfile

import pytest

from tierslieux_app.core.completeness import check_year
from tierslieux_app.core.export.exporter import export_year
from tierslieux_app.core.format import definitions, definitions_tables, docs
from tierslieux_app.core.format.definitions_fields import F
from tierslieux_app.core.format.descriptor import load
from tierslieux_app.core.format.readers import check_file, open_source
from tierslieux_app.core.services import projects

YEAR = 2025
NEW = F(
    "fin_previsionnelle",
    "date",
    "Fin prévisionnelle",
    "Date de fin prévue du projet (colonne ajoutée par le test).",
    "2026-06-30",
    required=True,
    source="projet.end_date",
)


@pytest.fixture
def one_more_column(monkeypatch):
    projets = next(t for t in definitions_tables.TABLES if t["name"] == "projets")
    monkeypatch.setitem(projets, "fields", [*projets["fields"], NEW])
    load.cache_clear()
    yield
    load.cache_clear()


def test_a_declared_column_reaches_everything_that_derives_from_the_declarations(
    one_more_column, sample, db, tmp_path
):
    d = load()
    field = d.table("projets").field("fin_previsionnelle")
    assert (field.type, field.required, field.title) == ("date", True, "Fin prévisionnelle")
    published = json.loads(definitions.render())
    names = [
        f["name"] for r in published["resources"] if r["name"] == "projets" for f in r["schema"]["fields"]
    ]
    assert names[-1] == "fin_previsionnelle"
    assert "`fin_previsionnelle` | date | oui" in docs.render(d)

    # required, read from projet.end_date: the completeness check blocks while it is missing
    blocking = [f for f in check_year(db, YEAR) if f.blocking]
    assert [(f.code, f.message) for f in blocking] == [
        ("project_no_fin_previsionnelle", "1 projet sans fin prévisionnelle")
    ]
    projects.update_project(db, sample["project"], {"end_date": "2026-06-30"})
    assert not [f for f in check_year(db, YEAR) if f.blocking]

    for name in ("annee.xlsx", "annee.zip"):
        fmt = "xlsx" if name.endswith("xlsx") else "datapackage"
        result = export_year(db, YEAR, tmp_path / name, fmt, accept_warnings=True)
        report = check_file(result.path)
        assert report.ok, report.problems[:5]
        source = open_source(result.path)
        try:
            spec = d.table("projets")
            assert source.header(spec)[-1] == "fin_previsionnelle"
            [(texts, _)] = list(source.rows(spec))
            assert texts[-1] == "2026-06-30"
        finally:
            source.close()
    with zipfile.ZipFile(tmp_path / "annee.xlsx") as zf:
        shared = zf.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in zf.namelist() else ""
        sheets = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/"))
    assert "Fin prévisionnelle" in shared + sheets  # the dictionary (and labels) name it
