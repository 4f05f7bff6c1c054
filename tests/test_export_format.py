"""The published format: descriptor and documentation up to date, valid, and in step with the code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_descriptor_file_is_what_the_definitions_generate():
    from tierslieux_app.core.format import definitions
    from tierslieux_app.core.format.descriptor import descriptor_file

    assert descriptor_file().read_text(encoding="utf-8") == definitions.render(), (
        "régénérez : python -m tierslieux_app.core.format.definitions"
    )


def test_documentation_page_is_up_to_date():
    from tierslieux_app.core.format import docs

    page = (ROOT / "docs" / "format-observatoire.md").read_text(encoding="utf-8")
    assert page == docs.render(), "régénérez : python -m tierslieux_app.core.format.docs"
    assert "## Historique des versions" in page and "## Exemple valide" in page


def test_descriptor_is_a_valid_frictionless_data_package():
    frictionless = pytest.importorskip("frictionless")
    from tierslieux_app.core.format.descriptor import descriptor_file

    raw = json.loads(descriptor_file().read_text(encoding="utf-8"))
    assert list(frictionless.Package.metadata_validate(raw)) == []


def test_descriptor_codes_are_the_application_codes():
    from tierslieux_app.core import vocab as V
    from tierslieux_app.core.format.descriptor import load

    d = load()
    assert d.version == "1.1.0"
    for name, codes in d.vocabularies.items():
        if name != "indicateur":
            assert tuple(c.code for c in codes) == V.ALL[name].codes
    assert d.label("output_type", "rapport") == "Rapport"
    assert {c.code: c.uri for c in d.codes("output_type")}[
        "article"
    ] == "http://purl.org/coar/resource_type/c_6501"
    for t in d.tables:
        for f in t.fields:
            assert f.description and f.title, (t.name, f.name)
            if f.vocab and not f.multiple:
                assert f.enum == tuple(c.code for c in d.codes(f.vocab))


def test_example_package_is_valid(tmp_path):
    from tierslieux_app.core.format import docs
    from tierslieux_app.core.format.descriptor import load
    from tierslieux_app.core.format.readers import check_file

    path = tmp_path / "exemple.zip"
    digest = docs.example_package(load(), path)
    report = check_file(path)
    # One illustrative row per table: every field rule holds; the sums across tables (rule C5:
    # one indicator row only) are not what this example shows.
    assert {p.code for p in report.problems} <= {"C5"}, report.problems
    assert report.digest == digest
    frictionless = pytest.importorskip("frictionless")
    result = frictionless.validate(str(path))
    assert result.valid, result.flatten(["fieldName", "type", "message"])


def test_checker_reports_each_kind_of_bad_value(tmp_path):
    from tierslieux_app.core.format.descriptor import load
    from tierslieux_app.core.format.validator import FieldRule

    d = load()

    def check(table: str, field: str, text: str) -> str:
        return FieldRule(d.table(table).field(field), d).check(text)

    assert check("structure", "siret", "00123457400000") == ""
    assert "format" in check("structure", "siret", "123")
    assert "obligatoire" in check("structure", "nom", "")
    assert "codes autorisés" in check("projets", "statut", "fini")
    assert "inconnu" in check("projets", "thematiques", "sante;astrologie")
    assert check("projets", "thematiques", "sante;environnement") == ""
    assert check("temps", "heures", "1.234") == ""  # Table Schema says nothing of decimals: rule C10 does
    assert "maximum" in check("temps", "heures", "745")
    assert "oui ou non" in check("projets", "charte_signee", "TRUE")
    assert check("projets", "charte_signee", "oui") == check("projets", "charte_signee", "false") == ""
    assert "minimum" in check("temps", "heures", "0.00")
    assert "un mois" in check("temps", "mois", "2025-13")
    assert "une date" in check("projets", "date_debut", "01/03/2025")
    assert "UUID" in check("projets", "projet_id", "pas-un-uuid")
    assert "UUID" in check("projets", "projet_id", "0B7D6A52-1F3E-4C2A-9E8B-5A6C7D8E9F01")
    assert "maximum" in check("structure", "part_subventions_publiques", "1.5000")
