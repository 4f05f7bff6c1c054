"""The validator's column-by-column paths agree with its row-by-row ones.

The XLSX reader keeps its texts by column; the table checks, the canonical CSV and the
coherence rules then work on columns. Each must give exactly what the same checks give on
the rows of the same file (``RowsOnly`` hides the columns), and what the csv module writes,
on valid files and on files with problems.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from observatory_corpus import CASES, read_package, rewrite_zip
from openpyxl import Workbook

from tierslieux_app.core.format import descriptor
from tierslieux_app.core.format.coherence import check_coherence
from tierslieux_app.core.format.validator import Report, canonical_csv, check_tables
from tierslieux_app.core.observatory.validate import open_checked
from tierslieux_app.core.observatory.xlsx_source import CalamineSource

TABLE_CASES = ["cle_double", "pid_inconnu", "projet_inconnu", "type", "obligatoire", "code_inconnu", "mois"]
SUM_CASES = ["somme_projet", "somme_indicateurs", "pid_inconnu", "projet_inconnu", "cle_double"]


@pytest.fixture(scope="module")
def corpus(demo_exports, tmp_path_factory):
    wanted = {k: v for k, v in CASES.items() if k in set(TABLE_CASES + SUM_CASES)}
    folder = tmp_path_factory.mktemp("cols")
    return {
        name: build(demo_exports[(1, "datapackage")], demo_exports[(1, "xlsx")], folder / name)
        for name, (build, _) in wanted.items()
    }


def as_xlsx(package_path: Path, dest: Path) -> Path:
    """The same tables as a workbook of text cells (what a spreadsheet re-typed by hand gives)."""
    package, tables = read_package(package_path)
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in tables.items():
        sheet = wb.create_sheet(name)
        for row in rows:
            sheet.append(row)
    meta = wb.create_sheet("metadonnees")
    meta.append(["cle", "valeur"])
    for key, value in package["metadonnees"].items():
        meta.append([key, value])
    wb.save(dest)
    return dest


def _csv_module(names: list[str], columns: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(names)
    writer.writerows(zip(*columns, strict=True))
    return out.getvalue()


cells = st.text(alphabet=st.sampled_from(list('ab ,;"\r\n\té\x00')) | st.characters(), max_size=6)


@settings(max_examples=400, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda n: st.tuples(
            st.lists(st.text(min_size=1, max_size=5), min_size=n, max_size=n),
            st.lists(st.lists(cells, min_size=n, max_size=n), max_size=6),
        )
    )
)
def test_canonical_csv_is_what_the_csv_module_writes(table):
    names, rows = table
    columns = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in names]
    assert canonical_csv(names, columns) == _csv_module(names, columns)


class RowsOnly:
    """A reader seen through its rows alone: the validator takes its row by row paths."""

    def __init__(self, source):
        self.source = source
        self.kind, self.metadata = source.kind, source.metadata

    def header(self, spec):
        return self.source.header(spec)

    def rows(self, spec):
        return self.source.rows(spec)

    def declared_hashes(self):
        return self.source.declared_hashes()

    def data_start(self, spec):
        return self.source.data_start(spec)


def _same_table_checks(path: Path) -> Report:
    d = descriptor.load()
    ours, theirs = Report(), Report()
    source = open_checked(path)
    try:
        assert isinstance(source, CalamineSource)
        check_tables(source, d, ours)
        check_tables(RowsOnly(source), d, theirs)
    finally:
        source.close()
    assert (ours.problems, ours.digest, ours.counts) == (theirs.problems, theirs.digest, theirs.counts), path
    return ours


def test_table_checks_on_spreadsheets_with_problems(demo_exports, corpus, tmp_path):
    """Keys, references, types and codes broken in a workbook: the row by row checks take over."""
    assert _same_table_checks(as_xlsx(demo_exports[(3, "datapackage")], tmp_path / "ok.xlsx")).ok
    for name in TABLE_CASES:
        report = _same_table_checks(as_xlsx(corpus[name], tmp_path / f"{name}.xlsx"))
        assert not report.ok, name


def _same_sums(source) -> Report:
    d = descriptor.load()
    ours, theirs = Report(metadata=dict(source.metadata)), Report(metadata=dict(source.metadata))
    try:
        check_coherence(source, d, ours)
        check_coherence(RowsOnly(source), d, theirs)
    finally:
        source.close()
    assert ours.problems == theirs.problems
    return ours


def _with_hours(xlsx: Path, dest: Path, value: bytes) -> Path:
    """The workbook with one hours cell of the « temps » sheet changed to ``value``."""
    with zipfile.ZipFile(xlsx) as zf:
        workbook = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(r'<sheet name="temps"[^>]*r:id="(\w+)"', workbook).group(1)
    part = re.search(rf'Target="/?([^"]+)" Id="{rid}"', rels).group(1)

    def change(name: str, blob: bytes) -> bytes:
        if name != part:
            return blob
        return re.sub(rb'(<c r="F14"[^>]*><v>)[^<]+', rb"\g<1>" + value, blob, count=1)

    return rewrite_zip(xlsx, dest, change)


def test_coherence_rules_by_column_agree_with_rows(demo_exports, corpus, tmp_path):
    for key in [(1, "xlsx"), (2, "xlsx"), (1, "datapackage"), (3, "datapackage")]:
        assert _same_sums(open_checked(demo_exports[key])).ok, key
    found = []
    for name in SUM_CASES:
        found.append(len(_same_sums(open_checked(corpus[name])).problems))
        found.append(len(_same_sums(open_checked(as_xlsx(corpus[name], tmp_path / f"{name}.xlsx"))).problems))
    assert all(found[:4]), found  # the two sum cases, in both formats, are caught
    for value in (b"7.25", b"123456789012345678.5"):  # the second: exact with a 60-digit context too
        path = _with_hours(demo_exports[(1, "xlsx")], tmp_path / f"h{len(value)}.xlsx", value)
        assert not _same_sums(open_checked(path)).ok
