"""The published descriptor and the observatory's validator agree, one field-level defect at a time.

Each case of ``format_tampering.CASES`` changes one value of a valid export (hashes and
digest recomputed): frictionless, reading the PUBLISHED descriptor, and
``tierslieux observatoire validate`` must give the same verdict, and it must be the
format's (a defect refused, a valid variant accepted). Cases where the two tools
disagree today are marked ``xfail(strict=True)`` with the reason: when the descriptor
says the rule in standard Table Schema, the case passes, strict xfail fails, and the
mark is removed.
"""

from __future__ import annotations

import pytest
from format_tampering import (  # noqa: F401  (valid_export is a fixture)
    CASES,
    app_verdict,
    build_case,
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
    f_ok, f_problems = frictionless_verdict(path, tmp_path / "csv")
    a_ok, a_problems = app_verdict(path)
    assert f_ok == a_ok, f"frictionless: {f_problems[:3]} / application: {a_problems[:3]}"
    assert a_ok == case.valid, f"both {'accept' if a_ok else 'refuse'}: {a_problems[:3]}"
    if not case.valid:  # one defect: one problem, in both reports
        assert len(a_problems) == 1, a_problems
        assert 1 <= len(f_problems) <= 2, f_problems  # a bad key cell also empties the primary key
