"""Tampered yearly files for the agreement test: one field-level defect each, hashes recomputed.

Starts from one valid Data Package export of the small demo (``valid_export``, made once
per test session) and changes one cell (or one row) per case. After the change the
per-resource ``hash``/``bytes`` and the file's digest (``metadonnees.empreinte_sha256``)
are recomputed, so that the field defect is the only thing wrong with the file.

Two verdicts are then compared:

- ``frictionless_verdict``: frictionless, with the PUBLISHED descriptor
  (``resources/format/…datapackage.json``, read as a plain JSON file so that it follows
  the format's changes) over the tampered CSV files;
- ``app_verdict``: ``tierslieux observatoire validate`` (``validate_file``) on the ZIP.

The fingerprint is recomputed over the tampered values (read back by the application's
reader, whose canonical spelling the format documents): only the tampered value can make a
case fail.
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from observatory_corpus import Tables, csv_bytes, read_package

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED_DESCRIPTOR = ROOT / "resources" / "format" / "observatoire-tsr-v1.datapackage.json"


# -- reading and writing a Data Package export -------------------------------------------------


def write_package(dest: Path, package: dict, tables: Tables) -> Path:
    """Write the ZIP with the file's fingerprint recomputed over the new values.

    The fingerprint is one of the values in their canonical spelling (``true`` for ``oui``,
    numbers with their decimals): it is taken from the application's reader of the rewritten
    file, so that only the tampered value can make a case fail. Exported packages declare no
    per-resource ``hash``/``bytes`` (a re-saved CSV would fail them): none is written.
    """
    from tierslieux_app.core.format.descriptor import load
    from tierslieux_app.core.format.readers import open_source
    from tierslieux_app.core.format.validator import Report, check_tables

    package = json.loads(json.dumps(package))
    data = {name: csv_bytes(rows) for name, rows in tables.items()}
    for res in package["resources"]:
        res.pop("hash", None)
        res.pop("bytes", None)

    def write(meta_digest: str) -> None:
        package["metadonnees"]["empreinte_sha256"] = meta_digest
        with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("datapackage.json", json.dumps(package, ensure_ascii=False, indent=2))
            for res in package["resources"]:
                zf.writestr(res["path"], data[res["name"]])

    write("")
    source = open_source(dest)
    report = Report()
    try:
        check_tables(source, load(), report)
    finally:
        source.close()
    write(report.digest)
    return dest


# -- the two verdicts --------------------------------------------------------------------------


def published_descriptor() -> dict:
    return json.loads(PUBLISHED_DESCRIPTOR.read_text(encoding="utf-8"))


def frictionless_verdict(
    zip_path: Path, folder: Path, only: Iterable[str] | None = None
) -> tuple[bool, list[str]]:
    """Validate the ZIP's CSV files with the published descriptor (not the one in the ZIP).

    ``only``: the tables a case changed (their foreign keys still read the tables they point
    to); the others are the untouched export's, which both tools find valid (a test says so).
    """
    import frictionless

    folder.mkdir(parents=True, exist_ok=True)
    descriptor = published_descriptor()
    with zipfile.ZipFile(zip_path) as zf:
        for res in descriptor["resources"]:
            (folder / res["path"]).write_bytes(zf.read(res["path"]))
    package = frictionless.Package(descriptor, basepath=str(folder))
    names = [None] if only is None else list(only)
    reports = [package.validate(name=name) for name in names]
    errors = [f"{t}: {m}" for r in reports for t, m in r.flatten(["type", "message"])]
    return all(r.valid for r in reports), errors


def changed_tables(source: Path, path: Path) -> list[str]:
    """The tables whose rows differ between two packages (the ones a case touched), and the
    tables whose foreign keys point to them (a changed key shows there)."""
    _, before = read_package(source)
    _, after = read_package(path)
    changed = {name for name in after if before.get(name) != after[name]}
    for res in published_descriptor()["resources"]:
        if any(fk["reference"]["resource"] in changed for fk in res["schema"].get("foreignKeys", [])):
            changed.add(res["name"])
    return sorted(changed)


def app_verdict(zip_path: Path) -> tuple[bool, list[str]]:
    from tierslieux_app.core.observatory.validate import validate_file

    report = validate_file(zip_path)
    return report.valid, [str(p) for p in report.problems if p.severity == "erreur"]


# -- the cases ---------------------------------------------------------------------------------


def col(tables: Tables, table: str, column: str) -> int:
    return tables[table][0].index(column)


def cell(table: str, column: str, value: str, row: int = 1) -> Callable[[Tables], None]:
    def change(t: Tables) -> None:
        t[table][row][col(t, table, column)] = value

    return change


def _flip_charter(t: Tables) -> None:
    i = col(t, "projets", "charte_signee")
    row = t["projets"][1]
    row[i] = "false" if row[i] == "true" else "true"


def _upper_uuid(t: Tables) -> None:
    i = col(t, "productions", "production_id")
    t["productions"][1][i] = t["productions"][1][i].upper()


def _duplicate_row(table: str) -> Callable[[Tables], None]:
    return lambda t: t[table].append(list(t[table][1]))


def _duplicate_key(t: Tables) -> None:
    """Second production gets the first one's identifier (other columns differ)."""
    i = col(t, "productions", "production_id")
    t["productions"][2][i] = t["productions"][1][i]


def _missing_participant(t: Tables) -> None:
    cell("participations", "pid", "00000000-0000-4000-8000-000000000000")(t)


def _missing_project(t: Tables) -> None:
    cell("productions", "projet_id", "11111111-1111-4111-8111-111111111111")(t)


def _bad_siret_key(t: Tables) -> None:
    i = col(t, "structure", "siret")
    siret = t["structure"][1][i]
    t["structure"][1][i] = siret[:-1] + str((int(siret[-1]) + 1) % 10)


def _corsican_commune(t: Tables) -> None:
    cell("structure", "code_commune_insee", "2A004")(t)
    cell("structure", "departement", "2A")(t)
    cell("structure", "region", "Corse")(t)


@dataclass(frozen=True)
class Case:
    name: str
    change: Callable[[Tables], None]
    valid: bool  # what the format means: a defect is refused, a valid variant accepted
    disagreement: str = ""  # non-empty: the two tools disagree today (the test is xfail strict)
    coherence: str = ""  # a coherence rule (« C12 »): frictionless accepts, the application refuses


# What Table Schema cannot say: frictionless accepts, the application refuses with a numbered
# coherence rule of the format (core/format/coherence.py), never a field rule.
SIRET_KEY = "C12"

CASES: tuple[Case, ...] = (
    # booleans
    Case("booleen_TRUE", cell("projets", "charte_signee", "TRUE"), False),
    Case("booleen_True", cell("projets", "charte_signee", "True"), False),
    Case("booleen_1", cell("projets", "charte_signee", "1"), False),
    Case("booleen_0", cell("productions", "acces_ouvert", "0"), False),
    Case("booleen_oui", cell("projets", "charte_signee", "oui"), True),  # declared in trueValues
    Case("booleen_non", cell("productions", "acces_ouvert", "non"), True),  # declared in falseValues
    Case("booleen_yes", cell("projets", "charte_signee", "yes"), False),
    Case("booleen_valide_inverse", _flip_charter, True),
    # decimals
    # a number with more decimals is a valid number: rule C10 warns, the import rounds
    Case("decimales_etp_3", cell("emplois", "etp_recherche", "0.123"), True, coherence="C13"),
    Case("decimales_part_3", cell("structure", "part_subventions_publiques", "0.123456"), True),
    Case("decimales_budget_3", cell("structure", "budget_total", "409000.005"), True),
    Case("decimales_part_5", cell("structure", "part_subventions_publiques", "0.64001"), True),
    Case("decimales_valide_budget_2", cell("structure", "budget_recherche", "42000.25"), True),
    # enums
    Case("code_inconnu", cell("participants", "type_organisation_affiliation", "astronomie"), False),
    Case("code_casse", cell("projets", "statut", "En_cours"), False),
    Case("code_espaces", cell("projets", "statut", " en_cours"), False),
    Case("codes_multiples_un_mauvais", cell("projets", "thematiques", "sante;astrologie"), False),
    Case("codes_multiples_casse", cell("projets", "thematiques", "Sante;environnement"), False),
    Case("codes_multiples_virgule", cell("projets", "thematiques", "sante,environnement"), False),
    Case("codes_multiples_valides", cell("projets", "thematiques", "environnement;sante"), True),
    Case("code_valide_autre", cell("projets", "niveau_participation", "collegial"), True),
    # ranges
    Case("sous_le_minimum", cell("structure", "nb_salaries", "-1"), False),
    Case("au_dessus_du_maximum", cell("structure", "part_subventions_publiques", "1.5000"), False),
    Case("au_dessus_du_maximum_budget", cell("structure", "budget_total", "10000000000.01"), False),
    Case("minimum_strict_montant", cell("financements", "montant", "0.00"), False),
    Case("borne_valide_zero", cell("structure", "benevoles_actifs", "0"), True),
    # format 1.1
    Case("contrat_inconnu", cell("emplois", "type_contrat", "interim"), False),
    Case("etp_negatif", cell("emplois", "etp", "-1.00"), False),
    Case("evolution_code_inconnu", cell("evolutions", "code", "fusion"), False),
    Case("evolution_description_trop_longue", cell("evolutions", "description", "x" * 301), False),
    Case("categorie_juridique_inconnue", cell("structure", "categorie_juridique", "1234"), False),
    Case("forme_engagement_inconnue", cell("projets", "forme_engagement", "militantisme"), False),
    Case("forme_engagement_plusieurs", cell("projets", "forme_engagement", "expertise;autre"), True),
    # required
    Case("obligatoire_vide_texte", cell("projets", "titre", ""), False),
    Case("obligatoire_vide_booleen", cell("productions", "acces_ouvert", ""), False),
    Case("obligatoire_vide_code", cell("participants", "secteur", ""), False),
    Case("facultatif_vide_valide", cell("projets", "resume", ""), True),
    # unique and primary keys
    Case("cle_primaire_ligne_double", _duplicate_row("participants"), False),
    Case("cle_composee_double", _duplicate_row("participations"), False),
    Case("identifiant_repris", _duplicate_key, False),
    # foreign keys
    Case("reference_participant_absent", _missing_participant, False),
    Case("reference_projet_absent", _missing_project, False),
    # patterns
    Case("siret_format", cell("structure", "siret", "1234"), False),
    Case("siret_espaces", cell("structure", "siret", "603 296 690 77380"), False),
    Case("siret_cle", _bad_siret_key, False, coherence=SIRET_KEY),
    Case("rna_format", cell("structure", "rna", "X12345"), False),
    Case("insee_format", cell("structure", "code_commune_insee", "4410"), False),
    Case("insee_corse_20", cell("structure", "code_commune_insee", "20004"), False),
    Case("departement_format", cell("structure", "departement", "2C"), False),
    Case("insee_corse_valide", _corsican_commune, True),
    # dates
    Case("date_mois_13", cell("productions", "date", "2025-13-01"), False),
    Case("date_30_fevrier", cell("productions", "date", "2025-02-30"), False),
    Case("date_francaise", cell("productions", "date", "25/03/2025"), False),
    Case("date_heure", cell("productions", "date", "2025-03-25T10:00:00"), False),
    # yearmonth
    Case("mois_13", cell("temps", "mois", "2025-13"), False),
    Case("mois_francais", cell("temps", "mois", "03/2025"), False),
    Case("mois_date_complete", cell("temps", "mois", "2025-03-01"), False),
    # uuid
    Case("uuid_majuscules", _upper_uuid, False),  # the pattern asks for lower case
    Case("uuid_malforme", cell("productions", "production_id", "pas-un-uuid"), False),
    Case("uuid_tronque", cell("productions", "production_id", "b393ae8e-c7ca-4fbf-acc1"), False),
    # integers
    Case("entier_point_zero", cell("structure", "nb_salaries", "3.0"), False),
    Case("entier_exposant", cell("structure", "nb_salaries", "1e3"), False),
    Case("entier_espace_milliers", cell("structure", "benevoles_actifs", "1 000"), False),
    # numbers
    Case("nombre_virgule", cell("structure", "etp_salaries", "1,5"), False),
    Case("nombre_exposant", cell("structure", "budget_total", "1e3"), True),  # Table Schema: a number
    Case("nombre_nan", cell("structure", "etp_recherche", "NaN"), False),
    Case("nombre_unite", cell("structure", "budget_total", "409000.00 €"), False),
)


def busiest_year(db) -> int:
    """The demo year with the most time entries (ties: the latest)."""
    from sqlalchemy import select

    from tierslieux_app.core import models as M

    with db.read() as session:
        years = Counter(d.year for d in session.scalars(select(M.TimeEntry.date)))
    return max(years, key=lambda y: (years[y], y))


def quietest_year(db) -> int:
    """The demo year with the fewest time entries: every table has rows in each demo year, and
    each case is validated by both tools, so a shorter ``temps`` keeps the corpus fast."""
    from sqlalchemy import select

    from tierslieux_app.core import models as M

    with db.read() as session:
        years = Counter(d.year for d in session.scalars(select(M.TimeEntry.date)))
    return min(years, key=lambda y: (years[y], y))


def make_valid_export(demo: Path, folder: Path) -> Path:
    """A year of the small demo as a Data Package (what a structure sends): its quietest year,
    whose every table has rows."""
    from tierslieux_app.core.export.exporter import export_year
    from tierslieux_app.core.storage import open_database

    db = open_database(demo, readonly=True)
    try:
        dest = folder / "valide.zip"
        export_year(db, quietest_year(db), dest, "datapackage", accept_warnings=True)
    finally:
        db.close()
    return dest


@pytest.fixture(scope="session")
def valid_export(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One valid Data Package export of the small demo (the session's ``demo_path``)."""
    return make_valid_export(demo_path, tmp_path_factory.mktemp("agreement"))


def build_case(case: Case, source: Path, dest: Path) -> Path:
    package, tables = read_package(source)
    case.change(tables)
    return write_package(dest, package, tables)
