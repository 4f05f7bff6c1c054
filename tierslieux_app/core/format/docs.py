"""Generate ``docs/format-observatoire.md`` (the human specification) from the descriptor.

    python -m tierslieux_app.core.format.docs   # rewrites the page

A test fails when the page differs from what this module writes, so that the page
and the machine-readable descriptor never disagree. The example rows come from the
fields' ``example`` values; ``example_package`` writes them as a Data Package that
the tests validate.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from typing import Any

from ..export.csv_writer import PACKAGE_JSON, package_json
from ..fileio import write_text_atomically
from . import texts
from .coherence import RULES
from .definitions import VERSIONS, version_tuple
from .descriptor import Descriptor, TableSpec, added, load
from .digest import CanonicalCsv, package_digest

DOC_PATH = Path("docs") / "format-observatoire.md"


def _code(text: Any) -> str:
    return f"`{text}`"


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def example_rows(d: Descriptor) -> dict[str, list[str]]:
    """One example row per table, spelled as in the CSV (from the fields' examples)."""
    return {t.name: ["" if f.example is None else str(f.example) for f in t.fields] for t in d.tables}


def example_metadata(d: Descriptor) -> dict[str, Any]:
    rows = example_rows(d)
    structure = dict(zip(d.table("structure").field_names, rows["structure"], strict=True))
    return {
        "format": d.name,
        "version_format": d.version,
        "structure_id": structure["structure_id"],
        "structure_nom": structure["nom"],
        "identifiant": structure["siret"] or structure["rna"],
        "annee": structure["annee"],
        "date_export": "2026-01-15T10:00:00Z",
        "version_application": "TiersLieux (exemple)",
    }


def example_package(d: Descriptor, path: Path) -> str:
    """Write the example as a Data Package ZIP; returns its digest."""
    rows = example_rows(d)
    meta = example_metadata(d)
    hashes, sizes = {}, {}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for t in d.tables:
            with zf.open(f"{t.name}.csv", "w") as member:
                canon = CanonicalCsv(t, member)
                canon.add_texts(rows[t.name])
            hashes[t.name], sizes[t.name] = canon.hexdigest(), canon.bytes
        meta["empreinte_sha256"] = package_digest(hashes.items())
        zf.writestr(PACKAGE_JSON, package_json(d, meta, hashes))
    return str(meta["empreinte_sha256"])


class _Lines:
    """A byte sink collecting the canonical CSV as text."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, data: bytes) -> None:
        self.parts.append(data.decode("utf-8"))


def _example_csv(d: Descriptor, t: TableSpec) -> str:
    sink = _Lines()
    CanonicalCsv(t, sink).add_texts(example_rows(d)[t.name])  # type: ignore[arg-type]
    return "".join(sink.parts)


def _whats_new(d: Descriptor) -> list[str]:
    """« Nouveautés de la X.Y » : what this version adds to the previous one, derived from both
    descriptors (tables, columns, codes, coherence rules), so that it cannot omit anything."""
    versions = [v for v in VERSIONS if version_tuple(v) < version_tuple(d.version)]
    if not versions:
        return []
    old = load(versions[-1])
    major_minor = ".".join(d.version.split(".")[:2])
    out = [f"## Nouveautés de la {major_minor}", ""]
    out.append(
        f"La version {d.version} ajoute, sans rien retirer ni changer de sens, ce qui suit ; un fichier "
        f"{old.version} reste valide (il est vérifié avec les règles de sa version) et s'importe : les "
        "nouvelles informations y sont « non renseignées ». L'Observatoire signale à l'expéditeur d'un "
        f"fichier {old.version} ce que la {major_minor} ajoute."
    )
    out.append("")
    new_tables, new_columns = added(old, d)
    out += [f"- Nouvelle table `{t.name}` — {t.title} : {t.description}" for t in new_tables]
    out += [f"- Nouvelle colonne `{t.name}.{f.name}` — {f.title} : {f.description}" for t, f in new_columns]
    for name, codes in d.vocabularies.items():
        before = {c.code for c in old.vocabularies.get(name, ())}
        new_codes = [c for c in codes if c.code not in before]
        if new_codes and before:
            listed = ", ".join(f"`{c.code}` ({c.libelle})" for c in new_codes)
            out.append(f"- Liste `{name}`, nouveaux codes : {listed}")
        elif new_codes:
            out.append(f"- Nouvelle liste de codes `{name}` ({len(new_codes)} codes).")
    rules = [r for r in RULES if r.statement.startswith(f"Depuis la {major_minor}")]
    if rules:
        out.append("- Nouvelles règles de cohérence : " + ", ".join(r.number for r in rules) + ".")
    out.append("")
    return out


def render(d: Descriptor | None = None) -> str:
    d = d or load()
    out: list[str] = [
        f"# Format « {d.name} » — version {d.version}",
        "",
        "<!-- Page générée par `python -m tierslieux_app.core.format.docs` à partir de "
        "resources/format/observatoire-tsr-v1.datapackage.json : ne pas modifier à la main. -->",
        "",
        d.title + ".",
        "",
        str(d.raw.get("description", "")),
        "",
        "## En bref",
        "",
        f"- Version : **{d.version}** (versionnement sémantique : une version mineure ajoute des champs "
        "facultatifs ; une version majeure change le sens ou l'obligation d'un champ).",
        "- Description lisible par machine : `observatoire-tsr-v1.datapackage.json`, un *Tabular Data "
        "Package* Frictionless dont chaque table porte un *Table Schema* (types, obligations, codes, "
        "motifs, bornes, clés primaires et étrangères).",
        "- Deux présentations, mêmes valeurs : un classeur **XLSX** "
        "(`observatoire-tsr_<SIRET|RNA>_<année>.xlsx`) pour les personnes, et un **Data Package** "
        "(`observatoire-tsr_<SIRET|RNA>_<année>.zip` : un CSV par table et `datapackage.json`) pour les "
        "machines.",
        f"- Licence de la spécification : {d.raw['licenses'][0]['title']}.",
        "",
        *_whats_new(d),
        "## Conventions",
        "",
        texts.CONVENTIONS,
        "",
        "CSV : UTF-8 sans BOM, séparateur virgule, guillemets doubles si nécessaire, fin de ligne LF, "
        "première ligne = noms des champs. XLSX : une feuille par table (même nom, mêmes colonnes), "
        "précédée de « Lisez-moi » et suivie de « dictionnaire », « codes » et « metadonnees ». "
        "Aucune cellule n'est une formule : un texte commençant par `=`, `+`, `-` ou `@` est du texte. "
        "Les caractères de contrôle sont retirés des textes, un texte fait seulement d'espaces est vide, et "
        "le tiret bas d'une séquence `_xHHHH_` (échappement propre au XLSX, lu différemment selon les "
        "logiciels) est remplacé par `＿` (U+FF3F), dans les deux formats.",
        "",
        texts.LAYOUT,
        "",
        "## Pseudonymisation",
        "",
        texts.PSEUDONYMISATION,
        "",
        "## Définitions des agrégats",
        "",
        texts.DEFINITIONS,
        "",
        "## Métadonnées et empreinte",
        "",
        "Chaque fichier porte : " + ", ".join(f"`{k}`" for k in d.required_metadata) + " (dans la feuille "
        "`metadonnees` et les propriétés personnalisées du classeur, ou la clé `metadonnees` de "
        "`datapackage.json`).",
        "",
        texts.INTEGRITY,
        "",
        "## Règles des champs et règles de cohérence",
        "",
        "Les règles de chaque champ sont du *Table Schema* standard, écrites dans le descripteur : type, "
        "`required`, `enum` (avec les libellés en `categories`), `pattern`, `minimum`/`maximum`, "
        "`maxLength`, `trueValues`/`falseValues`, clés primaires et étrangères. Tout outil qui applique "
        "Table Schema (frictionless, Validata) rend donc sur elles le même verdict que l'Observatoire. "
        "Ce que Table Schema ne sait pas dire est vérifié ensuite, par les règles de cohérence "
        "numérotées ci-dessous ; chaque problème signalé porte le numéro de sa règle. Une règle "
        "« avertissement » ne rend pas le fichier non valide.",
        "",
        "| règle | énoncé | gravité |",
        "|---|---|---|",
        *[f"| {r.number} | {_cell(r.statement)} | {r.severity} |" for r in RULES],
        "",
        "## Tables",
        "",
    ]
    for t in d.tables:
        out += [f"### `{t.name}` — {t.title}", "", t.description, ""]
        out.append(f"Clé primaire : {', '.join(f'`{k}`' for k in t.primary_key)}.")
        for a, table, b in t.foreign_keys:
            out.append(f"Clé étrangère : `{a}` → `{table}.{b}`.")
        out += ["", "| champ | type | obligatoire | description | contraintes |", "|---|---|---|---|---|"]
        for f in t.fields:
            since = f" *(depuis la {f.since})*" if f.since and not t.since else ""
            out.append(
                f"| `{f.name}` | {f.type} | {'oui' if f.required else 'non'} | "
                f"{_cell(f.title)} : {_cell(f.description)}{since} | "
                f"{_cell(texts.constraints_text(f, _code))} |"
            )
        out.append("")
    out += ["## Listes de codes", ""]
    for name, codes in d.vocabularies.items():
        extra = "unité" if name == "indicateur" else "URI"
        out += [f"### `{name}`", "", f"| code | libellé | {extra} |", "|---|---|---|"]
        for c in codes:
            out.append(
                f"| `{c.code}` | {_cell(c.libelle)} | {_cell(c.unite if name == 'indicateur' else c.uri)} |"
            )
        out.append("")
    out += [
        "## Exemple valide",
        "",
        "Une ligne par table (le fichier d'exemple complet, avec `datapackage.json`, est produit et validé "
        "par les tests) :",
        "",
    ]
    for t in d.tables:
        out += [f"`{t.name}.csv` :", "", "```csv", _example_csv(d, t).rstrip("\n"), "```", ""]
    out += ["## Historique des versions", ""]
    for entry in d.changelog:
        out.append(f"### {entry['version']} — {entry['date']}")
        out.append("")
        out += [f"- {c}" for c in entry["changements"]]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def main(root: Path | None = None) -> int:
    print(write_text_atomically((root or Path.cwd()) / DOC_PATH, render()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
