"""Files of format 1.0 (the committed ones of the released exporter) and 1.1 (fresh exports)
go into one store, on SQLite and PostgreSQL: each submission keeps its version, a 1.0 file
leaves what 1.1 adds empty, and the national sheets say « non renseigné » for it, never 0."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from pg_server import new_database, postgres_server  # noqa: F401  (fixture)
from sqlalchemy import select

from tierslieux_app.core.observatory import consolidate as C
from tierslieux_app.core.observatory import models as M
from tierslieux_app.core.observatory.importer import IMPORTED, import_file
from tierslieux_app.core.observatory.store import open_observatory

RELEASED = Path(__file__).parent / "fixtures" / "format-1.0" / "observatoire-tsr-1.0.0_2024.zip"
YEAR = 2024


@pytest.fixture(scope="module")
def exports_1_1(demo_exports, tmp_path_factory) -> list[Path]:
    """Yearly files of 2024 in format 1.1, exported now from the three demo databases."""
    from tierslieux_app.core.export.exporter import export_year
    from tierslieux_app.core.storage import open_database

    folder = tmp_path_factory.mktemp("exports_1_1")
    out = []
    for seed in (1, 2, 3):
        source = next(iter(demo_exports.values())).parent / f"demo{seed}.sqlite3"
        copy = folder / source.name
        shutil.copyfile(source, copy)
        db = open_database(copy)
        try:
            dest = folder / f"seed{seed}_{YEAR}.zip"
            export_year(db, YEAR, dest, "datapackage", accept_warnings=True)
            out.append(dest)
        finally:
            db.close()
    return out


@pytest.fixture(params=["sqlite", "postgresql"])
def obs(request, tmp_path):
    url = (
        str(tmp_path / "observatoire.sqlite3")
        if request.param == "sqlite"
        else new_database(request.getfixturevalue("postgres_server"))
    )
    db = open_observatory(url)
    yield db
    db.close()


def _table(path: Path, name: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(path) as zf:
        if f"{name}.csv" not in zf.namelist():
            return []
        return list(csv.DictReader(io.StringIO(zf.read(f"{name}.csv").decode("utf-8"))))


def _rows(db, query) -> list[tuple]:
    with db.read() as session:
        return [tuple(r) for r in session.execute(query)]


def test_files_of_both_versions_share_the_store(obs, exports_1_1):
    outcomes = [import_file(obs, p) for p in [RELEASED, *exports_1_1]]
    assert [o.action for o in outcomes] == [IMPORTED] * 4, [o.message for o in outcomes]
    old, *new = (o.submission_id for o in outcomes)
    s = M.submission.c
    assert dict(_rows(obs, select(s.id, s.version_format))) == {old: "1.0.0", **dict.fromkeys(new, "1.1.0")}
    assert C.informed(obs, YEAR) == set(new)

    # a 1.0 file: the columns of 1.1 stay NULL, the tables of 1.1 have no row for it
    st, pj = M.data_tables["structure"].c, M.data_tables["projets"].c
    added = [st.categorie_juridique, st.annee_creation, st.agrements, st.reseaux]
    assert _rows(obs, select(*added).where(st.submission_id == old)) == [(None,) * 4]
    assert {f for (f,) in _rows(obs, select(pj.forme_engagement).where(pj.submission_id == old))} == {None}
    for table in (
        M.data_tables["emplois"],
        M.data_tables["evolutions"],
        M.structure_agrement,
        M.structure_reseau,
        M.projet_forme_engagement,
        M.structure_typologie,
    ):
        sids = {sid for (sid,) in _rows(obs, select(table.c.submission_id))}
        assert old not in sids or table is M.structure_typologie, table.name  # 1.0 has typologies

    # a 1.1 file: every job line and change, and one child row per code of each list
    jobs = M.data_tables["emplois"].c
    forms = M.projet_forme_engagement.c
    for sid, path in zip(new, exports_1_1, strict=True):
        lines = _table(path, "emplois")
        stored = _rows(
            obs, select(jobs.type_contrat, jobs.effectif_31_decembre).where(jobs.submission_id == sid)
        )
        assert sorted(stored) == sorted((r["type_contrat"], int(r["effectif_31_decembre"])) for r in lines)
        ev = M.data_tables["evolutions"].c
        assert len(_rows(obs, select(ev.code).where(ev.submission_id == sid))) == len(
            _table(path, "evolutions")
        )
        want = {
            (p["projet_id"], f)
            for p in _table(path, "projets")
            for f in p["forme_engagement"].split(";")
            if f
        }
        assert (
            set(_rows(obs, select(forms.projet_id, forms.forme_engagement).where(forms.submission_id == sid)))
            == want
        )
        structure = _table(path, "structure")[0]
        for child, column in ((M.structure_agrement, "agrements"), (M.structure_reseau, "reseaux")):
            codes = {c for (c,) in _rows(obs, select(list(child.c)[-1]).where(child.c.submission_id == sid))}
            assert codes == set(structure[column].split(";")) - {""}
    assert _rows(obs, select(jobs.submission_id)), "the demo files have job lines"
    assert _rows(obs, select(forms.submission_id)), "and forms of engagement"

    # the national sheets: the 1.0 structure is counted among the structures, not among those that told
    sheets = {sh.name: sh for sh in C.national(obs, YEAR)}
    alone = 0
    jobs = ("Emplois par contrat", "ETP par contrat", "ETP recherche par contrat")
    for name in (*jobs, "Formes d'engagement", "Agréments et réseaux", "Évolutions par code"):
        sheet = sheets[name]
        column = sheet.headers.index("Structures renseignées (format 1.1)")
        for row in sheet.rows:
            figures = [v for i, v in enumerate(row) if i > column]
            if row[1] == C.ENSEMBLE:
                assert row[2] == 4 and row[column] == 3 - (name in jobs) * sum(
                    not _table(p, "emplois") for p in exports_1_1
                )
            if row[column] == 0:  # a region or category of the 1.0 file alone
                assert set(figures) == {C.NOT_GIVEN}, (name, row)
                alone += 1
            else:
                assert C.NOT_GIVEN not in figures, (name, row)
    assert alone >= 4, "the 1.0 structure is alone in its region (Provence-Alpes-Côte d'Azur)"
    files = sheets["Fichiers inclus"]
    assert sorted(r[-1] for r in files.rows) == ["1.0.0", "1.1.0", "1.1.0", "1.1.0"]
