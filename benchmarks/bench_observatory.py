"""Observatory import of many yearly files vs reading the same files with python-calamine alone.

Files: three demo exports (seeds 1–3, XLSX), then copies given a new structure id and
the matching digest (cheap: only the structure sheet, the metadata sheet and the digest
change), so that each copy is a new structure for the database. "full" = 1,000 files,
"smoke" = 20 (``TL_BENCH_OBS_FILES`` sets another number while developing).

Ours: ``import_file`` on each file (what ``import_paths`` does) — hostile-file guards,
full validation (descriptor, keys, aggregates, SIRET, digest) and insertion into a SQLite
observatory database, one transaction per file.
Baseline: python-calamine opening each file and reading every cell of every sheet.
Both run in a child process each (same machine, same run) that also reports its peak
RSS after the first tenth of the files and at the end: flat memory means the two agree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

from tierslieux_app.core.demo import generate
from tierslieux_app.core.export.exporter import export_year
from tierslieux_app.core.format.descriptor import load
from tierslieux_app.core.format.digest import CanonicalCsv, package_digest
from tierslieux_app.core.observatory.xlsx_source import CalamineSource
from tierslieux_app.core.storage import open_database

from ._common import Result

YEAR = 2025

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
files = sorted(Path(sys.argv[2]).glob("*.xlsx"))
checkpoint = max(1, len(files) // 10)
def rss():  # VmHWM: this process only (ru_maxrss survives exec and would include the parent's)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
marks = {}
if sys.argv[1] == "ours":
    from tierslieux_app.core.observatory.importer import import_file
    from tierslieux_app.core.observatory.store import open_observatory
    db = open_observatory(sys.argv[3])
    t0 = time.perf_counter()
    for i, f in enumerate(files, 1):
        assert import_file(db, f).imported, f
        if i == checkpoint:
            marks["early"] = rss()
else:
    from python_calamine import CalamineWorkbook
    t0 = time.perf_counter()
    for i, f in enumerate(files, 1):
        wb = CalamineWorkbook.from_path(str(f))
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python()
        wb.close()
        if i == checkpoint:
            marks["early"] = rss()
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "early": marks["early"], "peak": rss(), "n": len(files)}))
"""


def _table_hashes(path: Path) -> dict[str, str]:
    d = load()
    source = CalamineSource(path)
    out = {}
    for spec in d.tables:
        canon = CanonicalCsv(spec)
        for texts, _ in source.rows(spec):
            canon.add_texts(texts)
        out[spec.name] = canon.hexdigest()
    return out


def _renamed_hashes(path: Path, old: str, new: str) -> dict[str, str]:
    """The hashes of the tables that carry the structure's id (``structure`` and, since format
    1.1, ``emplois`` and ``evolutions``) once ``old`` is replaced by ``new``."""
    out = {}
    source = CalamineSource(path)
    for spec in load().tables:
        if "structure_id" not in spec.field_names:
            continue
        canon = CanonicalCsv(spec)
        for texts, _ in source.rows(spec):
            canon.add_texts([new if t == old else t for t in texts])
        out[spec.name] = canon.hexdigest()
    return out


def make_files(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    bases = []
    for seed in (1, 2, 3):
        db = open_database(folder.parent / f"obs-demo{seed}.sqlite3")
        generate(db, seed=seed, size="small")
        base = folder.parent / f"base{seed}.xlsx"
        result = export_year(db, YEAR, base, "xlsx", accept_warnings=True)
        db.close()
        bases.append((base, result.metadata["structure_id"], result.digest, _table_hashes(base)))
    order = [s.name for s in load().tables]
    files = []
    for i in range(n):
        base, old_id, old_digest, hashes = bases[i % 3]
        new_id = str(uuid.UUID(int=i + 1, version=4))
        hashes = {**hashes, **_renamed_hashes(base, old_id, new_id)}
        digest = package_digest((name, hashes[name]) for name in order)
        dest = folder / f"observatoire-tsr_{i:04d}_{YEAR}.xlsx"
        with (
            zipfile.ZipFile(base) as zin,
            zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout,
        ):
            for info in zin.infolist():
                data = zin.read(info)
                if info.filename.startswith("xl/worksheets/") and old_id.encode() in data:
                    data = data.replace(old_id.encode(), new_id.encode()).replace(
                        old_digest.encode(), digest.encode()
                    )
                zout.writestr(info, data)
        files.append(dest)
    return files


def _child(kind: str, folder: Path, db: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(folder), str(db)],
        check=True,
        capture_output=True,
        text=True,
        env=os.environ.copy(),
    )
    return json.loads(out.stdout)


def run(size: str, workdir: Path) -> list[Result]:
    n = int(os.environ.get("TL_BENCH_OBS_FILES") or (1_000 if size == "full" else 20))
    folder = workdir / "observatory-files"
    make_files(folder, n)
    base = _child("calamine", folder, workdir / "unused.sqlite3")
    ours = _child("ours", folder, workdir / "observatoire-bench.sqlite3")
    tenth = max(1, n // 10)
    return [
        Result(
            f"Import de {n} fichiers annuels XLSX (validation + insertion SQLite)",
            ours["seconds"],
            base["seconds"],
            "s",
            3.0,
            "python-calamine seul : lecture de toutes les cellules",
            f"{ours['seconds'] / n * 1000:.0f} ms par fichier",
        ),
        Result(
            f"Mémoire de pointe (RSS) après {n} fichiers vs après {tenth}",
            ours["peak"],
            ours["early"],
            "MB",
            1.5,
            f"même import, après {tenth} fichiers",
            f"calamine seul : {base['early']:.0f} → {base['peak']:.0f} MB",
        ),
    ]
