"""Broken yearly files for the observatory tests: each rule broken once, plus hostile files.

Built from one valid Data Package and one valid XLSX export. Data Package cases are
re-hashed after the change (table hashes and digest recomputed) so that only the rule
under test is broken; ``digest`` is the case that changes data without re-hashing.
``CASES`` maps a case name to (builder, expected message fragment).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from tierslieux_app.core.format.digest import package_digest

Tables = dict[str, list[list[str]]]


def read_package(path: Path) -> tuple[dict, Tables]:
    with zipfile.ZipFile(path) as zf:
        package = json.loads(zf.read("datapackage.json"))
        tables = {
            r["name"]: list(csv.reader(io.StringIO(zf.read(r["path"]).decode("utf-8"), newline="")))
            for r in package["resources"]
        }
    return package, tables


def csv_bytes(rows: list[list[str]]) -> bytes:
    """The format's CSV spelling: UTF-8, comma, LF, minimal quoting."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def write_package(
    dest: Path, package: dict, tables: Tables, rehash: bool = True, encode: dict | None = None
) -> Path:
    data = {name: csv_bytes(rows) for name, rows in tables.items()}
    if rehash:
        hashes = []
        for r in package["resources"]:
            h = hashlib.sha256(data[r["name"]]).hexdigest()
            r["hash"] = f"sha256:{h}"
            r["bytes"] = len(data[r["name"]])
            hashes.append((r["name"], h))
        package["metadonnees"]["empreinte_sha256"] = package_digest(hashes)
    for name, codec in (encode or {}).items():
        data[name] = data[name].decode("utf-8").encode(codec)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", json.dumps(package, ensure_ascii=False))
        for name, blob in data.items():
            zf.writestr(f"{name}.csv", blob)
    return dest


def rewrite_zip(src: Path, dest: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """Copy an archive, passing each member through ``change`` (None drops it)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            out = change(info.filename, zin.read(info))
            if out is not None:
                zout.writestr(info.filename, out)
    return dest


def _col(tables: Tables, table: str, column: str) -> int:
    return tables[table][0].index(column)


def _set(tables: Tables, table: str, row: int, column: str, value: str) -> None:
    tables[table][row][_col(tables, table, column)] = value


# -- Data Package cases: (what to change) → expected message fragment -------------------------


def _pkg_case(change: Callable[[dict, Tables], None], rehash: bool = True, encode: dict | None = None):
    def build(pkg: Path, _xlsx: Path, dest: Path) -> Path:
        package, tables = read_package(pkg)
        change(package, tables)
        return write_package(dest.with_suffix(".zip"), package, tables, rehash, encode)

    return build


def _drop_table(p: dict, t: Tables) -> None:
    p["resources"] = [r for r in p["resources"] if r["name"] != "participations"]
    del t["participations"]


def _drop_column(p: dict, t: Tables) -> None:
    i = _col(t, "projets", "statut")
    t["projets"] = [r[:i] + r[i + 1 :] for r in t["projets"]]


def _duplicate(p: dict, t: Tables) -> None:
    t["participants"].append(list(t["participants"][1]))


def _unknown_pid(p: dict, t: Tables) -> None:
    _set(t, "temps", 1, "pid", "00000000-0000-4000-8000-000000000000")


def _unknown_project(p: dict, t: Tables) -> None:
    _set(t, "productions", 1, "projet_id", "11111111-1111-4111-8111-111111111111")


def _project_sum(p: dict, t: Tables) -> None:
    row = t["projets"][1]
    i = _col(t, "projets", "heures_total")
    row[i] = f"{float(row[i]) + 1:.2f}"


def _type_sum(p: dict, t: Tables) -> None:
    """One project's volunteer hours and its total both one hour up: only C1 breaks (C2 holds)."""
    row = t["projets"][1]
    for column in ("heures_benevoles", "heures_total"):
        i = _col(t, "projets", column)
        row[i] = f"{float(row[i]) + 1:.2f}"


def _count_up(column: str) -> Callable[[dict, Tables], None]:
    def change(p: dict, t: Tables) -> None:
        i = _col(t, "projets", column)
        t["projets"][1][i] = str(int(t["projets"][1][i]) + 1)

    return change


def _other_year(p: dict, t: Tables) -> None:
    p["metadonnees"]["annee"] = int(p["metadonnees"]["annee"]) - 1


def _wrong_coar_uri(p: dict, t: Tables) -> None:
    row = t["productions"][1]
    i = _col(t, "productions", "type_uri_coar")
    row[i] = next(
        u
        for u in ("http://purl.org/coar/resource_type/c_1843", "http://purl.org/coar/resource_type/c_6501")
        if u != row[i]
    )


def _indicator_sum(p: dict, t: Tables) -> None:
    for row in t["indicateurs"][1:]:
        if row[0] == "heures_total":
            row[2] = f"{float(row[2]) + 5:.2f}"


def _month_outside(month: str) -> Callable[[dict, Tables], None]:
    def change(p: dict, t: Tables) -> None:
        _set(t, "temps", 1, "mois", month)

    return change


def _too_many_hours(p: dict, t: Tables) -> None:
    """Two rows of one person and month at 400 h each (each row alone within its 744 h maximum);
    the projects' and indicators' sums are left as they were: C1/C2/C5 fire too."""
    rows = t["temps"]
    pid, month = _col(t, "temps", "pid"), _col(t, "temps", "mois")
    seen: dict[tuple[str, str], int] = {}
    for i, row in enumerate(rows[1:], start=1):
        key = (row[pid], row[month])
        if key in seen:
            for j in (seen[key], i):
                _set(t, "temps", j, "heures", "400.00")
            return
        seen[key] = i
    raise AssertionError("no person with two rows in a month")


def _version(p: dict, t: Tables) -> None:
    p["metadonnees"]["version_format"] = "2.0.0"


def _meta(key: str, value: str) -> Callable[[dict, Tables], None]:
    return lambda p, t: p["metadonnees"].__setitem__(key, value)


def _cell(table: str, column: str, value: str, row: int = 1) -> Callable[[dict, Tables], None]:
    return lambda p, t: _set(t, table, row, column, value)


def _bad_siret(p: dict, t: Tables) -> None:
    siret = t["structure"][1][_col(t, "structure", "siret")]
    last = str((int(siret[-1]) + 1) % 10)
    _set(t, "structure", 1, "siret", siret[:-1] + last)


def _latin1(p: dict, t: Tables) -> None:
    _set(t, "projets", 1, "titre", "Étude des jardins partagés")


# -- XLSX and hostile cases ------------------------------------------------------------------


def _sheet_part(xlsx: Path, name: str) -> str:
    with zipfile.ZipFile(xlsx) as zf:
        wb = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet name="{name}"[^>]*r:id="(\w+)"', wb).group(1)
    return re.search(rf'Target="/?([^"]+)" Id="{rid}"', rels).group(1)


def _xlsx_case(sheet: str, change: Callable[[bytes], bytes]):
    def build(_pkg: Path, xlsx: Path, dest: Path) -> Path:
        part = _sheet_part(xlsx, sheet)
        return rewrite_zip(xlsx, dest.with_suffix(".xlsx"), lambda n, b: change(b) if n == part else b)

    return build


def _negative_hours(xml: bytes) -> bytes:
    return re.sub(rb'(<c r="F14"[^>]*><v>)[^<]+', rb"\g<1>-3", xml, count=1)


def _formula(xml: bytes) -> bytes:
    return re.sub(rb'<c r="F3"([^>]*)><v>', rb'<c r="F3"\1><f>SUM(1,2)</f><v>', xml, count=1)


def _huge(xml: bytes) -> bytes:
    return re.sub(rb'(<c r="B3"[^>]*><is><t>)[^<]*', rb"\g<1>" + b"x" * 40_000, xml, count=1)


def _dimension(xml: bytes) -> bytes:
    return xml.replace(b"<sheetViews>", b'<dimension ref="A1:A1" /><sheetViews>', 1)


XXE = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    + b"".join(
        b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">' % ((c,) + (c - 1,) * 10)
        for c in range(ord("c"), ord("k"))
    )
    + b"]>"
)


def _prolog(prolog: bytes, part: str):
    def build(_pkg: Path, xlsx: Path, dest: Path) -> Path:
        def change(name: str, blob: bytes) -> bytes:
            if name != part:
                return blob
            body = re.sub(rb"^<\?xml[^>]*\?>", b"", blob)
            return prolog + body.replace(b"</t>", b"&x;</t>", 1) if b"SYSTEM" in prolog else prolog + body

        return rewrite_zip(xlsx, dest.with_suffix(".xlsx"), change)

    return build


def _zip_bomb(_pkg: Path, _xlsx: Path, dest: Path) -> Path:
    dest = dest.with_suffix(".xlsx")
    zeros = b"\0" * (1 << 20)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(300):
                member.write(zeros)
    return dest


def _truncated(_pkg: Path, xlsx: Path, dest: Path) -> Path:
    data = xlsx.read_bytes()
    dest = dest.with_suffix(".xlsx")
    dest.write_bytes(data[: len(data) // 2])
    return dest


def _not_xlsx(_pkg: Path, _xlsx: Path, dest: Path) -> Path:
    dest = dest.with_suffix(".xlsx")
    dest.write_text("structure;projets\nceci n'est pas un classeur\n", encoding="utf-8")
    return dest


CASES: dict[str, tuple[Callable[[Path, Path, Path], Path], str]] = {
    "table_absente": (_pkg_case(_drop_table), "table absente"),
    "colonne_absente": (_pkg_case(_drop_column), "en-tête inattendu"),
    "type": (_pkg_case(_cell("temps", "heures", "trois")), "n'est pas un nombre"),
    "obligatoire": (_pkg_case(_cell("projets", "titre", "")), "valeur obligatoire manquante"),
    "code_inconnu": (_pkg_case(_cell("participants", "categorie", "astronaute")), "codes autorisés"),
    "siret_cle": (_pkg_case(_bad_siret), "C12 — « "),
    "siret_motif": (_pkg_case(_cell("structure", "siret", "1234")), "format attendu"),
    "rna": (_pkg_case(_cell("structure", "rna", "X12345")), "format attendu"),
    "date": (_pkg_case(_cell("projets", "date_debut", "2025-13-45")), "n'est pas une date"),
    "mois": (_pkg_case(_cell("temps", "mois", "2025-13")), "n'est pas un mois"),
    "mois_avant_annee": (_pkg_case(_month_outside("2019-03")), "C7 — mois 2019-03 hors de l'année"),
    "mois_apres_annee": (_pkg_case(_month_outside("2031-01")), "C7 — mois 2031-01 hors de l'année"),
    "heures_mois_744": (_pkg_case(_too_many_hours), "C8 — "),
    "cle_double": (_pkg_case(_duplicate), "clé en double"),
    "pid_inconnu": (_pkg_case(_unknown_pid), "absent de la table participants"),
    "projet_inconnu": (_pkg_case(_unknown_project), "absent de la table projets"),
    "somme_par_type": (_pkg_case(_type_sum), "C1 — projet"),
    "somme_projet": (_pkg_case(_project_sum), "C2 — projet"),
    "participants_distincts": (_pkg_case(_count_up("participants_distincts")), "C3 — projet"),
    "nombre_productions": (_pkg_case(_count_up("productions")), "C4 — projet"),
    "annee_metadonnees": (_pkg_case(_other_year), "C6 — l'année diffère"),
    "uri_coar": (_pkg_case(_wrong_coar_uri), "C11 — « http://purl.org/coar/"),
    "somme_indicateurs": (_pkg_case(_indicator_sum), "C5 — heures_total"),
    "version": (_pkg_case(_version), "que cette application ne lit pas"),
    "empreinte": (_pkg_case(_cell("projets", "titre", "Titre changé"), rehash=False), "empreinte"),
    "metadonnee_absente": (_pkg_case(_meta("date_export", "")), "métadonnée absente"),
    "csv_latin1": (_pkg_case(_latin1, encode={"projets": "latin-1"}), "n'est pas encodé en UTF-8"),
    "xlsx_heures_negatives": (_xlsx_case("temps", _negative_hours), "inférieur au minimum"),
    "formule": (_xlsx_case("temps", _formula), "formule interdite"),
    "cellule_40000": (_xlsx_case("projets", _huge), "40\u202f000 caractères"),
    "bombe_zip": (_zip_bomb, "bombe ZIP"),
    "xxe": (_prolog(XXE, "xl/worksheets/sheet3.xml"), "DOCTYPE/ENTITY"),
    "billion_laughs": (_prolog(LAUGHS, "xl/workbook.xml"), "DOCTYPE/ENTITY"),
    "zip_tronque": (_truncated, "tronqué"),
    "pas_xlsx": (_not_xlsx, "ni un classeur XLSX"),
}

# Not an error: a wrong <dimension> header must not hide rows (the file stays valid).
DIMENSION_CASE = _xlsx_case("temps", _dimension)


def build_corpus(pkg: Path, xlsx: Path, folder: Path) -> dict[str, tuple[Path, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: (build(pkg, xlsx, folder / name), expected) for name, (build, expected) in CASES.items()}
