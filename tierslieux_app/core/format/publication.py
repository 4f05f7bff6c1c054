"""Publish the format as a schema repository for schema.data.gouv.fr: the ``schema/`` folder.

    python -m tierslieux_app.core.format.publication   # rewrites schema/ at the repository root

The folder is laid out as its own repository (schema.data.gouv.fr wants one Git repository
per schema, with semver tags, a ``README.md`` at its root, and, for a multi-table format, a
``datapackage.json`` whose resources are the tables; « type: datapackage » in the catalogue's
``repertoires.yml``)::

    README.md          what the format is, its tables, how to validate, the version policy
    CHANGELOG.md       the descriptor's changelog
    LICENSE            the SPECIFICATION's open licence (Licence Ouverte / Etalab 2.0)
    datapackage.json   the published descriptor, its resources pointing at the examples
    <table>/schema.json         the table's Table Schema, usable alone (no cross-table keys)
    <table>/exemple-valide.csv  a few rows of the small demo's busiest year

Everything is derived from the published descriptor (read as its raw JSON, so that this
follows the format's changes); nothing depends on the day it runs: ``created`` and
``lastModified`` are the changelog's first and last dates, the examples come from the
reproducible demo (fixed seed). A test fails when ``schema/`` differs from what this writes.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..fileio import write_text_atomically
from .coherence import RULES

SCHEMA_DIR = Path("schema")
EXAMPLE_FILE = "exemple-valide.csv"
SCHEMA_FILE = "schema.json"
EXAMPLE_ROWS = 3  # rows per table in the examples (the structure table has one)
EXAMPLE_PROJECTS = 2
DEMO_SEED = 1

TABLE_SCHEMA_PROFILE = "https://specs.frictionlessdata.io/schemas/table-schema.json"
# Where the folder is to be published as its own repository (tags vX.Y.Z, see README).
REPOSITORY = "https://github.com/alliss/schema-observatoire-tsr"
RAW_BASE = "https://raw.githubusercontent.com/alliss/schema-observatoire-tsr"
ORGANISATION = "ALLISS"
CONTACT_EMAIL = "observatoire@alliss.org"  # to be confirmed by ALLISS before referencing
SPEC_LICENCE = {
    "name": "etalab-2.0",
    "title": "Licence Ouverte / Open Licence version 2.0",
    "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
}
SPEC_LICENCE_SPDX = "https://spdx.org/licenses/etalab-2.0.html"
NBSP, NNBSP = "\u00a0", "\u202f"

Tables = dict[str, list[list[str]]]


# -- the published descriptor, as raw JSON ------------------------------------------------------


def published() -> dict[str, Any]:
    """The format's published descriptor (``resources/format/…datapackage.json``) as a dict."""
    from .descriptor import load

    return copy.deepcopy(load().raw)


def _changelog(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """Entries newest first, each with ``version``, ``date`` and ``changements`` (a list)."""
    entries = [e for e in raw.get("changelog", []) if e.get("version")]
    return sorted(entries, key=lambda e: (e.get("date", ""), _semver(e["version"])), reverse=True)


def _semver(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p.isdigit())


def _dates(raw: dict[str, Any]) -> tuple[str, str]:
    dates = sorted(e["date"] for e in _changelog(raw) if e.get("date"))
    if not dates:
        raise ValueError("the descriptor's changelog gives no date: created/lastModified need one")
    return dates[0], dates[-1]


def _contributors() -> list[dict[str, str]]:
    return [{"title": ORGANISATION, "organisation": ORGANISATION, "email": CONTACT_EMAIL, "role": "author"}]


def _catalogue_metadata(raw: dict[str, Any]) -> dict[str, Any]:
    """Keys schema.data.gouv.fr reads, common to the package and to each table's schema."""
    created, modified = _dates(raw)
    return {
        "countryCode": "FR",
        "homepage": REPOSITORY,
        "created": created,
        "lastModified": modified,
        "version": raw["version"],
        "contributors": _contributors(),
        "licenses": [SPEC_LICENCE | {"path": SPEC_LICENCE_SPDX}],
        "keywords": list(raw.get("keywords", [])),
    }


def _raw_url(raw: dict[str, Any], path: str) -> str:
    return f"{RAW_BASE}/v{raw['version']}/{path}"


# -- the per-table schemas and the package --------------------------------------------------------


def _references(resource: dict[str, Any]) -> list[str]:
    out = []
    for fk in resource["schema"].get("foreignKeys", []):
        ref = fk["reference"]
        fields, targets = ([f] if isinstance(f, str) else f for f in (fk["fields"], ref["fields"]))
        pairs = zip(fields, targets, strict=True)
        out.extend(f"{field} → {ref['resource']}.{target}" for field, target in pairs)
    return out


def table_schema(raw: dict[str, Any], resource: dict[str, Any]) -> dict[str, Any]:
    """The table's Table Schema, usable alone: the cross-table keys are only described.

    Frictionless refuses a ``foreignKeys`` entry pointing at another resource without its
    package; those keys are checked with ``datapackage.json``.
    """
    name = resource["name"]
    description = resource.get("description", "")
    refs = _references(resource)
    if refs:
        description += (
            f" Références vers d'autres tables, vérifiées avec le datapackage.json du format{NBSP}: "
            + f"{NNBSP}; ".join(refs)
            + "."
        )
    out: dict[str, Any] = {
        "$schema": TABLE_SCHEMA_PROFILE,
        "name": f"{raw['name']}-{name}",
        "title": resource.get("title", name),
        "description": description,
        **_catalogue_metadata(raw),
        "path": _raw_url(raw, f"{name}/{SCHEMA_FILE}"),
        "resources": [
            {
                "name": "exemple-valide",
                "title": f"Exemple valide de la table {name}",
                "path": _raw_url(raw, f"{name}/{EXAMPLE_FILE}"),
            }
        ],
    }
    schema = copy.deepcopy(resource["schema"])
    schema.pop("foreignKeys", None)
    out.update(schema)
    return out


def package(raw: dict[str, Any]) -> dict[str, Any]:
    """The published descriptor with its resources pointing at the examples (keys kept)."""
    pkg = copy.deepcopy(raw)
    for res in pkg["resources"]:
        res["path"] = f"{res['name']}/{EXAMPLE_FILE}"
    pkg.update(_catalogue_metadata(raw))
    pkg["created"] += "T00:00:00Z"  # a Data Package's ``created`` is an RFC 3339 date-time
    pkg["homepage"] = REPOSITORY
    pkg["sources"] = [{"title": "Spécification détaillée du format", "path": raw.get("homepage", "")}]
    return pkg


# -- examples from the small demo -------------------------------------------------------------------


def read_export(path: Path) -> Tables:
    with zipfile.ZipFile(path) as zf:
        pkg = json.loads(zf.read("datapackage.json"))
        return {
            r["name"]: list(csv.reader(io.StringIO(zf.read(r["path"]).decode("utf-8"), newline="")))
            for r in pkg["resources"]
        }


def _rows(tables: Tables, name: str) -> list[dict[str, str]]:
    header, *rows = tables[name]
    return [dict(zip(header, row, strict=True)) for row in rows]


def _first(rows: Iterable[dict[str, str]], n: int = EXAMPLE_ROWS) -> list[dict[str, str]]:
    return list(rows)[:n]


def _spread(rows: Iterable[dict[str, str]], n: int = EXAMPLE_ROWS) -> list[dict[str, str]]:
    """The first ``n`` rows taking each project in turn (export order kept within a project)."""
    seen: Counter[str] = Counter()
    ranked = []
    for i, row in enumerate(rows):
        ranked.append((seen[row["projet_id"]], i, row))
        seen[row["projet_id"]] += 1
    return [row for _, i, row in sorted(ranked, key=lambda r: r[:2])[:n]]


def example_rows(tables: Tables) -> dict[str, list[dict[str, str]]]:
    """A few rows per table, foreign keys kept consistent (the examples form a valid package).

    Projects: the first ones (export order) that have participations, hours, productions and
    partners; then the rows that point at them, and the participants those rows name.
    """
    projets = _rows(tables, "projets")
    children = ("participations", "temps", "productions", "partenaires")
    used = {name: {r["projet_id"] for r in _rows(tables, name)} for name in children}
    complete = [p for p in projets if all(p["projet_id"] in used[c] for c in children)]
    chosen = _first(complete or projets, EXAMPLE_PROJECTS)
    ids = {p["projet_id"] for p in chosen}
    participations = _spread(r for r in _rows(tables, "participations") if r["projet_id"] in ids)
    pids = {r["pid"] for r in participations}
    out = {
        "structure": _first(_rows(tables, "structure"), 1),
        "emplois": _first(_rows(tables, "emplois")),
        "evolutions": _first(_rows(tables, "evolutions")),
        "projets": chosen,
        "participants": [r for r in _rows(tables, "participants") if r["pid"] in pids],
        "participations": participations,
        "temps": _spread(r for r in _rows(tables, "temps") if r["projet_id"] in ids and r["pid"] in pids),
    }
    for name in ("productions", "partenaires", "financements"):
        out[name] = _spread(r for r in _rows(tables, name) if r["projet_id"] in ids | {""})
    out["indicateurs"] = _first(_rows(tables, "indicateurs"))
    return out


def csv_text(header: list[str], rows: list[dict[str, str]]) -> str:
    """The format's CSV spelling: comma, LF, minimal quoting."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows([row[h] for h in header] for row in rows)
    return buf.getvalue()


def _busiest_year(db: Any) -> int:
    from sqlalchemy import select

    from .. import models as M

    with db.read() as session:
        years = Counter(d.year for d in session.scalars(select(M.TimeEntry.date)))
    return max(years, key=lambda y: (years[y], y))


def demo_export(folder: Path, seed: int = DEMO_SEED) -> Path:
    """The small demo's busiest year, exported as a Data Package into ``folder``."""
    from ..demo import generate
    from ..export.exporter import export_year
    from ..storage import open_database

    db = open_database(folder / "demo.sqlite3")
    try:
        generate(db, seed=seed, size="small")
        dest = folder / "demo.zip"
        export_year(db, _busiest_year(db), dest, "datapackage", accept_warnings=True)
    finally:
        db.close()
    return dest


def examples(raw: dict[str, Any]) -> dict[str, str]:
    """``<table>/exemple-valide.csv`` → CSV text, from a fresh small demo."""
    with tempfile.TemporaryDirectory(prefix="tierslieux-schema-") as tmp:
        tables = read_export(demo_export(Path(tmp)))
    rows = example_rows(tables)
    return {f"{name}/{EXAMPLE_FILE}": csv_text(tables[name][0], rows[name]) for name in _table_names(raw)}


def _table_names(raw: dict[str, Any]) -> list[str]:
    return [r["name"] for r in raw["resources"]]


# -- the texts ------------------------------------------------------------------------------------


def changelog_md(raw: dict[str, Any]) -> str:
    out = [
        "# Historique des versions",
        "",
        f"Toutes les évolutions du format « {raw['name']} ». Versions selon la gestion sémantique "
        "de version (voir README.md).",
        "",
    ]
    for entry in _changelog(raw):
        out.append(f"## {entry['version']} — {entry.get('date', '')}".rstrip(" —"))
        out.append("")
        changes = entry.get("changements", [])
        out.extend(f"- {c}" for c in ([changes] if isinstance(changes, str) else changes))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def licence_text(raw: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"Spécification du format « {raw['name']} » ({raw.get('title', '')})",
            "",
            f"Copyright {ORGANISATION} et contributeurs.",
            "",
            "La spécification de ce dépôt (README.md, CHANGELOG.md, datapackage.json, les fichiers",
            f"{SCHEMA_FILE} et les fichiers {EXAMPLE_FILE}, qui ne contiennent que des données fictives)",
            "est publiée sous la",
            f"{SPEC_LICENCE['title']} (Etalab), identifiant SPDX « {SPEC_LICENCE['name']} »{NBSP}:",
            f"{SPEC_LICENCE['path']}",
            f"{SPEC_LICENCE_SPDX}",
            "",
            "Cette licence s'applique à la spécification seulement. Les fichiers annuels que les",
            "structures produisent selon ce format contiennent des données personnelles pseudonymisées,",
            "destinées à l'Observatoire seul : ce ne sont pas des données ouvertes et aucune licence",
            "ouverte ne s'y applique.",
            "",
        ]
    )


def readme_md(raw: dict[str, Any]) -> str:
    version = raw["version"]
    created, modified = _dates(raw)
    lines = [
        f"# {raw.get('title', raw['name'])}",
        "",
        f"Schéma de données « {raw['name']} », version **{version}** "
        f"(créé le {created}, modifié le {modified}).",
        "",
        raw.get("description", ""),
        "",
        "Ce format est celui du fichier annuel qu'une structure du tiers secteur de la recherche "
        "(tiers-lieu de recherche, association, coopérative…) envoie à l'Observatoire du tiers "
        "secteur de la recherche et des recherches participatives. Il est produit par l'application "
        "TiersLieux ; tout autre outil peut le produire ou le lire à partir de ce dépôt.",
        "",
        "Spécification détaillée (règles de cohérence, métadonnées, empreinte) : " + raw.get("homepage", ""),
        "",
        "## Contenu du dépôt",
        "",
        "| fichier | rôle |",
        "|---|---|",
        "| `datapackage.json` | le descripteur du format (Data Package tabulaire) : toutes les tables, "
        "leurs clés primaires et les références entre tables ; ses ressources sont les exemples |",
        f"| `<table>/{SCHEMA_FILE}` | le schéma de la table (Table Schema), utilisable seul |",
        f"| `<table>/{EXAMPLE_FILE}` | un extrait fictif valide (données de démonstration) |",
        "| `CHANGELOG.md` | l'historique des versions |",
        "| `LICENSE` | la licence de la spécification |",
        "",
        "## Tables",
        "",
        "| table | contenu | colonnes | schéma | exemple |",
        "|---|---|---|---|---|",
    ]
    for res in raw["resources"]:
        name = res["name"]
        lines.append(
            f"| `{name}` | {res.get('title', name)} | {len(res['schema']['fields'])} "
            f"| [{name}/{SCHEMA_FILE}]({name}/{SCHEMA_FILE}) "
            f"| [{name}/{EXAMPLE_FILE}]({name}/{EXAMPLE_FILE}) |"
        )
    lines += [
        "",
        "Un fichier annuel est un Data Package : un fichier ZIP qui contient un CSV par table (UTF-8, "
        "virgule, fin de ligne LF) et son `datapackage.json`. Le même contenu existe en classeur XLSX "
        "(une feuille par table).",
        "",
        "## Valider un fichier",
        "",
        "Avec [frictionless](https://framework.frictionlessdata.io/) (`pip install frictionless`) :",
        "",
        "```bash",
        "# les exemples de ce dépôt (toutes les tables et les références entre tables)",
        "frictionless validate datapackage.json",
        "# une table seule, selon son schéma",
        f"frictionless validate --schema projets/{SCHEMA_FILE} projets.csv",
        "# un fichier annuel complet : le décompresser, puis valider son descripteur",
        "unzip observatoire-tsr_<SIRET>_<année>.zip -d fichier",
        "frictionless validate fichier/datapackage.json",
        "```",
        "",
        f"Avec [Validata](https://validata.fr){NBSP}: une fois le schéma référencé sur "
        "[schema.data.gouv.fr](https://schema.data.gouv.fr), chaque table se valide en ligne en "
        f"choisissant ce schéma, ou en donnant l'adresse de son `{SCHEMA_FILE}`.",
        "",
        "Ces outils vérifient les règles que Table Schema sait dire (types, codes autorisés, "
        "bornes, motifs, valeurs obligatoires, clés) : sur elles, leur verdict est celui de "
        "l'Observatoire. Ce que Table Schema ne sait pas dire est vérifié par l'Observatoire "
        "(`tierslieux observatoire validate FICHIER`) avec les règles de cohérence numérotées "
        "suivantes ; chaque problème signalé porte le numéro de sa règle :",
        "",
        "| règle | énoncé | gravité |",
        "|---|---|---|",
        *[f"| {r.number} | {r.statement} | {r.severity} |" for r in RULES],
        "",
        "## Versions",
        "",
        "Le format suit la [gestion sémantique de version](https://semver.org/lang/fr/) ; chaque "
        f"version publiée est une étiquette Git `vMAJEUR.MINEUR.CORRECTIF` (version actuelle{NBSP}: "
        f"`v{version}`).",
        "",
        "- **correctif** (1.0.x) : formulation seulement (titres, descriptions, exemples) ; "
        "un fichier valide le reste et un fichier refusé le reste ;",
        "- **mineure** (1.x.0) : ajout d'une colonne facultative, d'une table ou d'un code dans une liste ; "
        "tout fichier valide dans la version précédente reste valide ;",
        "- **majeure** (x.0.0) : tout changement qui peut rendre non valide un fichier valide "
        "(colonne supprimée, renommée ou devenue obligatoire, type ou contrainte plus stricts, code retiré).",
        "",
        "L'historique est dans [CHANGELOG.md](CHANGELOG.md).",
        "",
        "## Données personnelles et licence",
        "",
        "La spécification (ce dépôt) est publiée sous la Licence Ouverte / Open Licence version 2.0 "
        "(voir [LICENSE](LICENSE)). Les fichiers annuels des structures, eux, contiennent des données "
        "personnelles pseudonymisées (une ligne par participant, des heures par personne et par mois) : "
        "ils sont destinés à l'Observatoire seul et ne portent aucune licence ouverte.",
        "",
        "## Référencement sur schema.data.gouv.fr",
        "",
        f"Ce dossier est publié comme un dépôt à part ({REPOSITORY}), étiqueté à chaque version. "
        "Il se déclare dans le fichier `repertoires.yml` du dépôt de schema.data.gouv.fr avec le "
        f"type `datapackage` et l'adresse e-mail de contact ({CONTACT_EMAIL}).",
        "",
        "## Contribuer",
        "",
        "Ce dossier est généré par l'application TiersLieux (`python -m "
        "tierslieux_app.core.format.publication`) à partir du descripteur publié : une modification "
        "se fait dans le descripteur, jamais à la main ici.",
        "",
    ]
    return "\n".join(lines)


def french_typography(text: str) -> str:
    """No-break spaces of French typography in prose lines (code blocks are left as they are)."""
    out, code = [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            code = not code
        elif not code:
            line = line.replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»").replace(" :", f"{NBSP}:")
            for mark in ";!?":
                line = line.replace(f" {mark}", f"{NNBSP}{mark}")
        out.append(line)
    return "\n".join(out)


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(raw: dict[str, Any] | None = None, example_files: dict[str, str] | None = None) -> dict[str, str]:
    """Every file of ``schema/``: path relative to the folder → text."""
    raw = published() if raw is None else raw
    files = {
        "README.md": french_typography(readme_md(raw)),
        "CHANGELOG.md": french_typography(changelog_md(raw)),
        "LICENSE": french_typography(licence_text(raw)),
        "datapackage.json": _json(package(raw)),
    }
    for res in raw["resources"]:
        files[f"{res['name']}/{SCHEMA_FILE}"] = _json(table_schema(raw, res))
    files.update(examples(raw) if example_files is None else example_files)
    return files


def write(folder: Path, files: dict[str, str]) -> list[Path]:
    """Write ``files`` under ``folder`` (each atomically) and remove what is no longer generated."""
    written = [write_text_atomically(folder / rel, text) for rel, text in sorted(files.items())]
    keep = {folder / rel for rel in files}
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written


def main(root: Path | None = None) -> int:
    folder = (root or Path.cwd()) / SCHEMA_DIR
    for path in write(folder, render()):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
