"""The national workbook's answers, checked against a brute-force count of the imported rows.

An observatory of 36 generated structures (tests/national_corpus.py: all three TSR categories,
regions of very different sizes, some fields left empty, a quarter in format 1.0) goes into the
store through the importer's own insert path. Each national sheet is then checked cell by cell
against the brute-force figures recomputed there from the stored rows: values, small-cell
secrecy and secondary suppression; and an attacker tries to recompute every secret cell from
the totals and the visible cells.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from national_corpus import (
    CATEGORIES,
    GROUPS_1_1,
    INFORMED,
    ONE_SMALL_REGION,
    SECRET,
    SPLIT_GROUP,
    TOTALS,
    YEAR,
    D,
    _blocks,
    _membership,
    build_observatory,
    expected_1_1,
    expected_contributions,
    expected_grid,
    revealed,
    stored_rows,
)
from openpyxl import load_workbook
from pg_server import new_database, postgres_server  # noqa: F401  (fixture)

from tierslieux_app.core.observatory import consolidate as C
from tierslieux_app.core.observatory import secrecy
from tierslieux_app.core.observatory.answers_tsr import JOBS
from tierslieux_app.core.observatory.report import write_datapackage, write_report
from tierslieux_app.core.observatory.store import open_observatory


@pytest.fixture(params=["sqlite", "postgresql"])
def observatory(request, tmp_path) -> Iterator[Any]:
    url = (
        str(tmp_path / "observatoire.sqlite3")
        if request.param == "sqlite"
        else new_database(request.getfixturevalue("postgres_server"))
    )
    db = open_observatory(url)
    build_observatory(db)
    yield db
    db.close()


def groups(sheet: C.Sheet) -> list[tuple[list[int], bool]]:
    """The additive tables of a sheet: (column indexes, last one is a row total)."""
    out = []
    if sheet.name in SPLIT_GROUP:
        cols = [i for i, h in enumerate(sheet.headers) if i >= 3 and SPLIT_GROUP[sheet.name](h)]
        out.append(([*cols, sheet.headers.index(TOTALS[sheet.name])], True))
    single = {
        "Budgets": ["Budget total — somme", "Budget de la recherche — somme"],
        "Emplois déclarés": ["Salariés", "ETP salariés", "ETP consacrés à la recherche"],
        "Heures et valorisation": ["Valorisation du bénévolat (€)"],
        "Productions par type COAR": ["En accès ouvert"],
        "Évolutions organisation": [h for h in sheet.headers[3:]],
    }.get(sheet.name, [])
    for body, total in GROUPS_1_1.get(sheet.name, ()):
        cols = [i for i, h in enumerate(sheet.headers) if i >= 3 and h != INFORMED and body(h)]
        if total:
            out.append(([*cols, sheet.headers.index(total)], True))
        else:
            out += [([i], False) for i in cols]
    out += [([sheet.headers.index(h)], False) for h in single]
    return out


def check_sheet(
    sheet: C.Sheet,
    contrib: dict[str, dict[int, Decimal]],
    members: dict[str, dict[int, str]],
    population: set[int] | None = None,
) -> int:
    """Values, primary secrecy and the attack on one sheet; returns the number of secret cells.

    ``population``: the structures whose file can carry the sheet's figures (format 1.1 parts);
    a row of none of them says « non renseigné » in every cell, a row of 1 or 2 is secret."""
    secrets = 0
    national = [rows[-1][2:] for rows in _blocks(sheet).values()]
    assert national[0] == national[1], sheet.name  # the same national row under each breakdown
    for dim, rows in _blocks(sheet).items():
        assert rows[-1][1] == C.ENSEMBLE
        assert {r[1] for r in rows[:-1]} == set(members[dim].values()), (sheet.name, dim)
        told: dict[str, int] = {}
        for row in rows:
            inside = [s for s, v in members[dim].items() if row[1] == C.ENSEMBLE or v == row[1]]
            assert row[2] == len(inside)
            told[row[1]] = len([s for s in inside if population is None or s in population])
            if INFORMED in sheet.headers:
                assert row[sheet.headers.index(INFORMED)] == told[row[1]], (sheet.name, row[1])
        for cols, with_total in groups(sheet):
            body = cols[:-1] if with_total else cols
            for row in rows:
                small = told[row[1]] < C.MIN_STRUCTURES
                if not told[row[1]]:
                    assert [row[i] for i in cols] == [C.NOT_GIVEN] * len(cols), (sheet.name, row)
                    continue
                for i in body:
                    value, support = expected_grid(contrib.get(sheet.headers[i], {}), members[dim], row[1])
                    cell = row[i]
                    if 0 < support < C.MIN_STRUCTURES or small:
                        assert cell == SECRET, (sheet.name, dim, row[1], sheet.headers[i], support)
                    if cell != SECRET:
                        assert Decimal(str(cell)) == value, (sheet.name, dim, row[1], sheet.headers[i])
                if with_total:
                    parts = [
                        expected_grid(contrib.get(sheet.headers[i], {}), members[dim], row[1]) for i in body
                    ]
                    who = {
                        s
                        for i in body
                        for s, v in contrib.get(sheet.headers[i], {}).items()
                        if v and (row[1] == C.ENSEMBLE or members[dim].get(s) == row[1])
                    }
                    total = row[cols[-1]]
                    if 0 < len(who) < C.MIN_STRUCTURES or small:
                        assert total == SECRET
                    if total != SECRET:
                        assert Decimal(str(total)) == sum((v for v, _ in parts), Decimal(0))
            matrix = [[row[i] for i in cols] for row in rows]
            secrets += sum(v == SECRET for line in matrix for v in line)
    return secrets


def check_spreads(sheet: C.Sheet, db: Any, members: dict[str, dict[int, str]]) -> None:
    structures = stored_rows(db, "structure")
    for fname, label in (
        ("budget_total", "Budget total"),
        ("budget_recherche", "Budget de la recherche"),
        ("part_subventions_publiques", "Part des subventions publiques"),
    ):
        q1, med, q3 = (
            sheet.headers.index(f"{label} — {w}") for w in ("1er quartile", "médiane", "3e quartile")
        )
        for dim, rows in _blocks(sheet).items():
            for row in rows:
                values = sorted(
                    s[fname]
                    for s in structures
                    if s[fname] is not None
                    and (row[1] == C.ENSEMBLE or members[dim][s["submission_id"]] == row[1])
                )
                if len(values) < C.MIN_STRUCTURES:
                    assert [row[q1], row[med], row[q3]] == ([SECRET] * 3 if values else [None] * 3)
                else:
                    want = statistics.quantiles(values, n=4, method="inclusive")
                    assert [row[q1], row[med], row[q3]] == want
                    assert row[med] == statistics.median(values)


def test_each_national_sheet_matches_a_brute_force_count(observatory, tmp_path):
    started = time.perf_counter()
    sheets = {s.name: s for s in C.national(observatory, YEAR)}
    contrib = expected_contributions(observatory)
    members = _membership(observatory)
    assert set(members["Catégorie TSR"].values()) == {D.label("tsr_category", c) for c in CATEGORIES}
    assert len(members["Région"]) == 36
    checked = {}
    for name in (
        "Budgets",
        "Financements par programme",
        "Financements par financeur",
        "Évolutions organisation",
        "Productions par type COAR",
        "Heures et valorisation",
        "Emplois déclarés",
    ):
        sheet = sheets[name]
        assert sheet.title and sheet.unit.startswith("Unité") and f"{YEAR} des 36 structures" in sheet.source
        checked[name] = check_sheet(sheet, contrib[name], members)
        assert attack(sheet) == [], name
    contrib_1_1, population = expected_1_1(observatory)
    assert 0 < len(population["Formes d'engagement"]) < 36, "the corpus mixes 1.0 and 1.1 files"
    for name in GROUPS_1_1:
        sheet = sheets[name]
        assert sheet.title and sheet.unit.startswith("Unité") and f"{YEAR} des 36 structures" in sheet.source
        assert "non renseigné" in sheet.unit, name  # the unit line says what « non renseigné » means
        checked[name] = check_sheet(sheet, contrib_1_1[name], members, population[name])
        assert attack(sheet) == [], name
        shown = {h for h in sheet.headers[3:] if h != INFORMED}
        assert shown <= set(contrib_1_1[name]) | {"Total des évolutions", "Total"}, name
    # a region of 1.0 files only says « non renseigné », never 0
    regions_1_0 = {r for r in members["Région"].values()} - {
        members["Région"][sid] for sid in population["Formes d'engagement"]
    }
    for name in JOBS:
        for row in sheets[name].rows:
            if row[1] in regions_1_0:
                assert set(row[4:]) == {C.NOT_GIVEN}, row
    descriptions = sheets["Évolutions décrites"]
    want = sorted(
        (D.label("org_change", e["code"]), e["annee"], e["description"])
        for e in stored_rows(observatory, "evolutions")
        if e["description"]
    )
    assert sorted(tuple(r) for r in descriptions.rows) == want and want
    names = {s["nom"] for s in stored_rows(observatory, "structure")} | set(members["Région"].values())
    assert not any(str(v) in names for r in descriptions.rows for v in r)  # no structure, no place
    check_spreads(sheets["Budgets"], observatory, members)
    # open-access share: the ratio of two shown cells, secret with either
    prod = sheets["Productions par type COAR"]
    share, opened, total = (
        prod.headers.index(h) for h in ("Part en accès ouvert", "En accès ouvert", "Total")
    )
    for row in prod.rows:
        if SECRET in (row[opened], row[total]):
            assert row[share] == SECRET
        elif row[total]:
            assert row[share] == (Decimal(row[opened]) / row[total]).quantize(Decimal("0.001"))
    # the data are made so that the protection has something to do on each sheet
    assert all(n > 0 for n in checked.values()), checked
    print(f"\nsecret cells per sheet: {checked}; checked in {time.perf_counter() - started:.2f} s")
    out = write_report(observatory, YEAR, tmp_path / "national.xlsx")
    assert out[-1].name == "Fichiers inclus" and len(out[-1].rows) == 36


def attack(sheet: C.Sheet) -> list[tuple[str, str, str, Decimal]]:
    """Every secret cell of a sheet that one total and the visible cells of its line give alone:
    (ventilation, modality, column, recomputed value)."""
    out = []
    for dim, rows in _blocks(sheet).items():
        for cols, with_total in groups(sheet):
            matrix = [[row[i] for i in cols] for row in rows]
            for r, c in revealed(matrix, with_total):
                if with_total and matrix[r][-1] != SECRET and sum(v == SECRET for v in matrix[r][:-1]) == 1:
                    line, total = matrix[r][:-1], matrix[r][-1]
                else:
                    line, total = [m[c] for m in matrix[:-1]], matrix[-1][c]
                value = Decimal(str(total)) - sum(
                    Decimal(str(v)) for v in line if v not in (SECRET, C.NOT_GIVEN)
                )
                out.append((dim, rows[r][1], sheet.headers[cols[c]], value))
    return out


def test_primary_secrecy_alone_lets_the_attack_recompute_secret_cells(tmp_path, monkeypatch):
    """The old rule (primary only) on the same observatory: the attack recomputes secret cells exactly,
    so the checks above can fail; with secondary suppression it finds none."""
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db)
        contrib, members = expected_contributions(db), _membership(db)
        assert not any(attack(s) for s in C.national(db, YEAR) if s.name in contrib)
        monkeypatch.setattr(secrecy, "SECONDARY", False)
        leaks = [(s.name, *leak) for s in C.national(db, YEAR) if s.name in contrib for leak in attack(s)]
    finally:
        db.close()
    assert len(leaks) >= 5, leaks
    assert len({name for name, *_ in leaks}) >= 4
    for name, dim, label, header, value in leaks:
        want, support = expected_grid(contrib[name].get(header, {}), members[dim], label)
        if header in contrib[name]:  # a body cell: the structures' own figure, recomputed
            assert value == want and 0 < support < C.MIN_STRUCTURES, (name, dim, label, header)
    print(f"\nprimary rule alone: {len(leaks)} secret cells recomputed, e.g. {leaks[0]}")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 14), st.integers(0, 4), st.integers(0, 3), st.integers(0, 10_000)),
        min_size=1,
        max_size=40,
    ),
    st.booleans(),
)
def test_secondary_suppression_leaves_no_line_with_a_single_secret(facts, with_row_total):
    """Any table: primary cells are secret, and no row or column with a shown total has one secret."""
    region = {}
    grid = C.Grid(list(range(5)), list(range(4)), row_total=with_row_total)
    for sid, row, col, value in facts:
        row = region.setdefault(sid, row)  # a structure is in one region
        grid.add(sid, row, col, value)
    grid.protect()
    for key in grid.who:
        if 0 < grid.support(key) < C.MIN_STRUCTURES:
            assert key in grid.secret
    for cells, total in grid.lines():
        if total not in grid.secret:
            assert sum(k in grid.secret for k in cells) != 1
    assert all(grid.support(k) > 0 for k in grid.secret)  # an empty cell is never hidden
    body = [
        [grid.shown((r, c)) for c in [*grid.cols, *([C.TOTAL] if with_row_total else [])]]
        for r in [*grid.rows, C.TOTAL]
    ]
    assert revealed(body, with_row_total) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("ABCD"), st.sampled_from(CATEGORIES)), min_size=1, max_size=14),
    st.lists(st.tuples(st.integers(0, 13), st.integers(0, 3), st.integers(1, 1000)), max_size=30),
)
def test_the_national_row_is_the_same_under_each_breakdown(where, facts):
    """A national cell hidden under the regions is hidden under the TSR categories too, and
    neither table then leaves a line with a single secret cell."""
    structures = [C.Structure(i, {"region": r, "categorie_tsr": c}) for i, (r, c) in enumerate(where)]
    facts = [(sid, col, v) for sid, col, v in facts if sid < len(structures)]
    grids = C.protected_grids(structures, [C.Additive(facts, [0, 1, 2, 3], list("abcd"), "Total")], D)
    by_region, by_category = grids[("region", 0)], grids[("categorie_tsr", 0)]
    national = [[g.shown((C.TOTAL, c)) for c in [0, 1, 2, 3, C.TOTAL]] for g in (by_region, by_category)]
    assert national[0] == national[1]
    for g in (by_region, by_category):
        body = [[g.shown((r, c)) for c in [*g.cols, C.TOTAL]] for r in [*g.rows, C.TOTAL]]
        assert revealed(body, True) == []


def test_older_sheets_share_the_national_secrecy(tmp_path):
    """« Synthese » holds the national totals of the breakdown sheets and of « Heures »,
    « Productions », « Financements »: no secret cell of those comes back from it, and a
    national figure hidden in one sheet is hidden in all."""
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db, regions=ONE_SMALL_REGION)
        sheets = {s.name: s for s in C.national(db, YEAR)}
        facts = stored_rows(db, "indicateurs")
        where = {r["submission_id"]: r for r in stored_rows(db, "structure")}
    finally:
        db.close()
    synth = {r[0]: r[3] for r in sheets["Synthese"].rows}
    want: dict[str, Decimal] = defaultdict(Decimal)
    who: dict[str, set[int]] = defaultdict(set)
    for f in facts:
        want[f["code"]] += f["valeur"]
        if f["valeur"]:
            who[f["code"]].add(f["submission_id"])
    hidden = 0
    for code, value in synth.items():
        if code in C.AVERAGED:
            continue
        if 0 < len(who[code]) < C.MIN_STRUCTURES:
            assert value == SECRET, code
        if value != SECRET:
            assert Decimal(str(value)) == want[code], code
        hidden += value == SECRET
    for total, parts in C._indicator_groups(D):  # total − visible parts never gives one part
        if synth[total] != SECRET:
            assert sum(synth[p] == SECRET for p in parts) != 1, total
    for name, dim in (
        ("Par région", "region"),
        ("Par catégorie TSR", "categorie_tsr"),
        ("Par forme juridique", "forme_juridique"),
    ):
        sheet = sheets[name]
        for j, code in enumerate(C.BREAKDOWN_CODES, start=2):
            column = [row[j] for row in sheet.rows]
            if synth[code] != SECRET:
                assert sum(v == SECRET for v in column) != 1, (name, code)
                assert sum(Decimal(str(v)) for v in column if v != SECRET) <= want[code]
        sizes = Counter(r[dim] for r in where.values())
        for row in sheet.rows:
            if row[1] == SECRET:
                assert all(v == SECRET for v in row[2:]), (name, row)
        assert sum(1 for n in sizes.values() if n < C.MIN_STRUCTURES) == sum(
            r[1] == SECRET for r in sheet.rows
        )
    for name, prefix, vocab in (
        ("Heures", "heures_", "time_type"),
        ("Financements", "financements_", "programme"),
        ("Productions", "productions_", "output_type"),
    ):
        codes = {D.label(vocab, c.code): c.code for c in D.codes(vocab)}
        for row in sheets[name].rows:
            assert (row[2] == SECRET) == (synth[prefix + codes[row[0]]] == SECRET), (name, row)
    national = C._national_row(sheets["Financements par programme"], "Région")
    headers = sheets["Financements par programme"].headers
    for c in D.codes("programme"):
        if c.libelle in headers:
            assert (national[headers.index(c.libelle)] == SECRET) == (
                synth[f"financements_{c.code}"] == SECRET
            )
    assert hidden >= 3


def test_a_store_of_format_1_0_files_says_not_given_never_zero(tmp_path):
    """Only 1.0 files (nothing of what 1.1 adds): every 1.1 sheet is there, its figures say
    « non renseigné » on every row, no 0, and no description is listed."""
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db, count=6, version=lambda i: "1.0.0")
        assert C.informed(db, YEAR) == set()
        sheets = {s.name: s for s in C.national(db, YEAR)}
        for table in ("emplois", "evolutions"):
            assert stored_rows(db, table) == []
        assert {r["categorie_juridique"] for r in stored_rows(db, "structure")} == {None}
    finally:
        db.close()
    for name in GROUPS_1_1:
        sheet = sheets[name]
        assert sheet.rows, name
        for row in sheet.rows:
            figures = [v for h, v in zip(sheet.headers[3:], row[3:], strict=True) if h != INFORMED]
            assert figures and set(figures) == {C.NOT_GIVEN}, (name, row)
            if INFORMED in sheet.headers:
                assert row[sheet.headers.index(INFORMED)] == 0
    assert sheets["Évolutions décrites"].rows == []
    # the sheets on what every file carries are unchanged by the format of the files
    assert SECRET not in {r[2] for r in sheets["Budgets"].rows if r[1] == C.ENSEMBLE}


def test_workbook_layout_charts_and_print_setup(tmp_path):
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db)
        out = tmp_path / "national.xlsx"
        sheets = write_report(db, YEAR, out)
        write_datapackage(sheets, YEAR, tmp_path / "national.zip")
    finally:
        db.close()
    wb = load_workbook(out)
    readme = " ".join(str(c.value) for c in wb["Lisez-moi"]["A"] if c.value)
    assert "Secret secondaire" in readme and "plus petite case visible" in readme
    summary = wb["Synthèse graphique"]
    assert len(summary._charts) >= 4
    budgets = wb["Budgets"]
    assert budgets["A1"].value.startswith("Budgets des structures")
    assert budgets["A2"].value.startswith("Unité") and budgets["A3"].value.startswith("Source")
    assert budgets["A5"].value == "Ventilation"
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
        assert ws.print_title_rows


SOFFICE = __import__("shutil").which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice absent")
def test_libreoffice_opens_the_workbook(tmp_path):
    db = open_observatory(tmp_path / "o.sqlite3")
    try:
        build_observatory(db)
        out = tmp_path / "national.xlsx"
        write_report(db, YEAR, out)
    finally:
        db.close()
    profile = (tmp_path / "profil").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = Path(tmp_path / "national.pdf")
    assert pdf.exists() and pdf.stat().st_size > 10_000
