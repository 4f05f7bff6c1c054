"""Observatory validation: valid demo files pass; every broken or hostile file gets its own message,
in a separate process, each file under 300 MB and 5 s; invalid files leave the database unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from observatory_corpus import CASES, DIMENSION_CASE, build_corpus
from sqlalchemy import select

from tierslieux_app.cli import main
from tierslieux_app.core.observatory import models as M
from tierslieux_app.core.observatory.importer import REFUSED, import_file, import_paths
from tierslieux_app.core.observatory.store import open_observatory
from tierslieux_app.core.observatory.validate import validate_file, validate_paths

# One process for the whole corpus (not one per file: an interpreter start each), which
# measures each file alone: its peak memory (VmHWM, reset before each file through
# /proc/self/clear_refs) and its time.
CHILD = """
import json, sys, time
from tierslieux_app.core.observatory.validate import validate_file

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

for path in sys.argv[1:]:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # the peak resident size starts again from the current one
    start = time.monotonic()
    r = validate_file(path)
    seconds = time.monotonic() - start
    problems = [str(p) for p in r.problems]
    print(json.dumps({"valid": r.valid, "problems": problems, "rss_mb": peak_mb(), "seconds": seconds}))
"""


@pytest.fixture(scope="module")
def corpus(demo_exports, tmp_path_factory):
    return build_corpus(
        demo_exports[(1, "datapackage")], demo_exports[(1, "xlsx")], tmp_path_factory.mktemp("c")
    )


@pytest.mark.parametrize("fmt", ["xlsx", "datapackage"])
def test_demo_exports_are_valid(demo_exports, fmt):
    report = validate_file(demo_exports[(1, fmt)])
    assert report.valid, [str(p) for p in report.problems]
    assert report.digest == report.metadata["empreinte_sha256"]
    assert report.counts["temps"] > 100


def test_every_broken_file_gets_its_message_within_limits(corpus):
    names = list(corpus)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *(str(corpus[name][0]) for name in names)],
        capture_output=True,
        text=True,
        timeout=5 * len(names),
        check=True,
    )
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == len(names)
    for name, result in zip(names, results, strict=True):
        expected = corpus[name][1]
        assert not result["valid"], name
        assert any(expected in p for p in result["problems"]), (name, result["problems"][:5])
        assert result["rss_mb"] < 300, (name, result["rss_mb"])
        assert result["seconds"] < 5, (name, result["seconds"])


def test_messages_name_sheet_row_column_and_value(corpus):
    report = validate_file(corpus["xlsx_heures_negatives"][0])
    p = next(p for p in report.problems if p.column == "heures")
    assert (p.sheet, p.row, p.value) == ("temps", 14, "-3.00")
    assert str(p).startswith("Feuille temps, ligne 14, colonne heures : -3.00 est inférieur au minimum")
    latin = validate_file(corpus["csv_latin1"][0])
    assert "Latin-1" in str(latin.problems[0])


def test_wrong_dimension_header_is_not_trusted(demo_exports, tmp_path):
    path = DIMENSION_CASE(demo_exports[(1, "datapackage")], demo_exports[(1, "xlsx")], tmp_path / "dim")
    report = validate_file(path)
    assert report.valid, [str(p) for p in report.problems]
    assert report.counts == validate_file(demo_exports[(1, "xlsx")]).counts


def _dump(db) -> dict[str, list]:
    with db.read() as s:
        return {
            t.name: sorted(map(tuple, s.execute(select(t)).all()), key=repr) for t in M.metadata.sorted_tables
        }


def test_invalid_files_change_nothing(demo_exports, corpus, tmp_path):
    db = open_observatory(tmp_path / "obs.sqlite3")
    try:
        assert import_file(db, demo_exports[(2, "xlsx")]).imported
        before = _dump(db)
        outcomes = import_paths(db, [p for p, _ in corpus.values()])
        assert {o.action for o in outcomes} == {REFUSED}
        assert _dump(db) == before
    finally:
        db.close()


def test_folder_is_expanded_and_others_go_on(demo_exports, corpus):
    folder = corpus["xxe"][0].parent
    reports = validate_paths([folder, demo_exports[(2, "xlsx")]])
    assert len(reports) == len(CASES) + 1
    assert [r.valid for r in reports].count(True) == 1


def test_cli_validate_exit_codes_and_json(demo_exports, corpus, capsys):
    assert main(["observatoire", "validate", str(demo_exports[(2, "xlsx")])]) == 0
    assert "valide (0 erreur, " in capsys.readouterr().out
    assert (
        main(
            [
                "observatoire",
                "validate",
                str(demo_exports[(2, "xlsx")]),
                str(corpus["rna"][0]),
                "--format",
                "json",
            ]
        )
        == 1
    )
    data = json.loads(capsys.readouterr().out)
    assert data["valide"] is False
    bad = data["fichiers"][1]
    assert (
        bad["errors"] >= 1
        and bad["problems"][0]["column"] == "rna"
        and bad["problems"][0]["value"] == "X12345"
    )


def test_openpyxl_parses_with_defusedxml():
    """The export side's openpyxl reader must use defusedxml (XXE, billion laughs)."""
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def test_csv_alone_is_refused_with_encoding_message(tmp_path: Path):
    path = tmp_path / "projets.csv"
    path.write_bytes("titre\nÉtude\n".encode("latin-1"))
    (problem,) = validate_file(path).problems
    assert "n'est pas encodé en UTF-8" in problem.message


def test_memoised_table_check_agrees_with_the_row_by_row_checks(demo_exports, corpus):
    """The column path of the validator gives exactly the problems and digest of its row path."""
    from test_observatory_columns import RowsOnly

    from tierslieux_app.core.format import descriptor
    from tierslieux_app.core.format.validator import Report, check_tables
    from tierslieux_app.core.observatory.validate import open_checked

    d = descriptor.load()
    paths = [demo_exports[(1, "xlsx")], demo_exports[(3, "datapackage")]]
    paths += [
        p
        for name, (p, _) in corpus.items()
        if name in {"type", "cle_double", "pid_inconnu", "date", "xlsx_heures_negatives", "cellule_40000"}
    ]
    for path in paths:
        ours, theirs = Report(), Report()
        source = open_checked(path)
        try:
            check_tables(source, d, ours)
            check_tables(RowsOnly(source), d, theirs)
        finally:
            source.close()
        assert (ours.problems, ours.digest, ours.counts) == (theirs.problems, theirs.digest, theirs.counts), (
            path
        )
