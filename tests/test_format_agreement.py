"""The published descriptor and the observatory's validator agree, one field-level defect at a time.

Each case of ``format_tampering.CASES`` changes one value of a valid export (hashes and
digest recomputed): frictionless, reading the PUBLISHED descriptor, and
``tierslieux observatoire validate`` must give the same verdict, and it must be the
format's (a defect refused, a valid variant accepted). A case that breaks a numbered
coherence rule (what Table Schema cannot say, such as a SIRET's check digit) is accepted by
frictionless and refused by the application with that rule's number alone. A case where the
tools disagree without such a rule would be marked ``xfail(strict=True)`` with the reason:
there is none.
"""

from __future__ import annotations

import pytest
from format_tampering import (  # noqa: F401  (valid_export is a fixture)
    CASES,
    app_verdict,
    build_case,
    changed_tables,
    frictionless_verdict,
    read_package,
    valid_export,
)

frictionless = pytest.importorskip("frictionless")


def _param(case):
    marks = [pytest.mark.xfail(strict=True, reason=case.disagreement)] if case.disagreement else []
    return pytest.param(case, id=case.name, marks=marks)


def test_corpus_covers_the_field_rules():
    names = {c.name for c in CASES}
    assert len(CASES) >= 30 and len(names) == len(CASES)
    assert sum(c.valid for c in CASES) >= 5, "some valid variants, so that both tools are seen to accept"
    families = "booleen_ decimales_ code minimum maximum obligatoire_ cle_ reference_ siret_ rna_ insee_"
    for family in (families + " departement_ date_ mois_ uuid_ entier_ nombre_").split():
        assert any(family in n for n in names), family


def test_untouched_export_is_valid_for_both(valid_export, tmp_path):  # noqa: F811
    ok, problems = frictionless_verdict(valid_export, tmp_path / "csv")
    assert ok, problems[:5]
    ok, problems = app_verdict(valid_export)
    assert ok, problems[:5]


def test_rehashing_alone_changes_nothing(valid_export, tmp_path):  # noqa: F811
    """The rewrite (hashes, digest) is itself valid: only the tampered value can make a case fail."""
    from format_tampering import write_package

    package, tables = read_package(valid_export)
    ok, problems = app_verdict(write_package(tmp_path / "same.zip", package, tables))
    assert ok, problems[:5]
    tables["projets"][1][1] += " (modifié)"
    ok, problems = app_verdict(write_package(tmp_path / "changed.zip", package, tables))
    assert ok, problems[:5]


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_frictionless_and_the_validator_agree(case, valid_export, tmp_path):  # noqa: F811
    path = build_case(case, valid_export, tmp_path / f"{case.name}.zip")
    touched = changed_tables(valid_export, path)
    assert touched, "a case changes something"
    f_ok, f_problems = frictionless_verdict(path, tmp_path / "csv", touched)
    a_ok, a_problems = app_verdict(path)
    if case.coherence:  # beyond Table Schema: refused by the numbered rule alone
        assert f_ok and not a_ok, (f_problems[:3], a_problems[:3])
        rules = [p.split(" : ", 1)[1][: len(case.coherence)] for p in a_problems]
        assert rules == [case.coherence], a_problems
        return
    assert f_ok == a_ok, f"frictionless: {f_problems[:3]} / application: {a_problems[:3]}"
    assert a_ok == case.valid, f"both {'accept' if a_ok else 'refuse'}: {a_problems[:3]}"
    if not case.valid:  # one defect: one problem, in both reports
        assert len(a_problems) == 1, a_problems
        assert 1 <= len(f_problems) <= 2, f_problems  # a bad key cell also empties the primary key


def test_more_decimals_than_the_format_spells_is_a_warning_not_an_error(valid_export, tmp_path):  # noqa: F811
    """Valid for Table Schema and for the observatory; rule C10 tells the sender, the import rounds."""
    from format_tampering import CASES

    from tierslieux_app.core.observatory.validate import validate_file

    case = next(c for c in CASES if c.name == "decimales_part_3")
    report = validate_file(build_case(case, valid_export, tmp_path / "d.zip"))
    assert report.valid
    assert [(p.severity, p.message[:3]) for p in report.problems] == [("avertissement", "C10")]
