"""Source of the observatory format descriptor (written once, as JSON, by ``python -m``).

The published description is ``resources/format/observatoire-tsr-v1.datapackage.json``:
the writers, the checker and the documentation read *that file* (see descriptor.py).
This module only generates it, from the field tables in ``definitions_tables`` and the
application's vocabularies, so that codes and labels cannot drift apart: a test fails
when the JSON differs from what this module would write.

    python -m tierslieux_app.core.format.definitions   # rewrites the JSON
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .. import vocab as V
from ..fileio import write_text_atomically
from .definitions_fields import FALSE_VALUES, TRUE_VALUES
from .definitions_tables import TABLES

NAME = "observatoire-tsr"
VERSION = "1.1.0"
VERSIONS = ("1.0.0", "1.1.0")  # every published version: its descriptor is derived below
DESCRIPTOR_FILE = f"{NAME}-v1.datapackage.json"

CHANGELOG: list[dict[str, Any]] = [
    {
        "version": "1.0.0",
        "date": "2026-11-23",
        "changements": [
            "Première version publiée : neuf tables (structure, projets, participants, participations, "
            "temps, productions, partenaires, financements, indicateurs), métadonnées et empreinte SHA-256.",
        ],
    },
    {
        "version": "1.1.0",
        "date": "2026-12-04",
        "changements": [
            "Nouvelle table emplois : effectif au 31 décembre, ETP et ETP recherche par type de contrat "
            "(CDI, CDD, contrat aidé, alternance, CIFRE, stage, service civique, mise à disposition…).",
            "Nouvelle table evolutions : une ligne par évolution de l'organisation (année, code, "
            "description courte transmise au choix de la structure, sans nom de personne).",
            "projets.forme_engagement : expertise, recherche participative, innovation sociale.",
            "structure : categorie_juridique (code INSEE de SIRENE), annee_creation, agrements, reseaux ; "
            "nouvelles formes juridiques du tiers secteur de la recherche (syndicat, groupement "
            "professionnel, entrepreneur individuel, groupements agricoles et d'artisans, fonds de "
            "dotation, petite entreprise) et nouveaux codes d'évolution (gouvernance, nouveau partenariat).",
            "Compatible avec la 1.0 : toutes ses colonnes restent, au même sens ; un fichier 1.0 reste "
            "valide et s'importe (les nouvelles colonnes y sont « non renseignées »).",
        ],
    },
]

# Vocabularies of the application published with the format (name in the descriptor → Vocab).
PUBLISHED_VOCABS: dict[str, V.Vocab] = {
    v.name: v
    for v in (
        V.LEGAL_FORM,
        V.TSR_CATEGORY,
        V.TYPOLOGY,
        V.ORG_CHANGE,
        V.ORG_TYPE,
        V.ORG_SECTOR,
        V.PROJECT_STATUS,
        V.THEME,
        V.PARTICIPATION_LEVEL,
        V.KNOWLEDGE,
        V.PARTICIPANT_CATEGORY,
        V.PARTICIPANT_SECTOR,
        V.ROLE,
        V.TIME_TYPE,
        V.ACTIVITY,
        V.OUTPUT_TYPE,
        V.OUTPUT_SUBTYPE,
        V.AUDIENCE,
        V.PARTNER_ROLE,
        V.PROGRAMME,
        V.FUNDING_NATURE,
        V.INSEE_LEGAL_CATEGORY,
        V.CONTRACT_TYPE,
        V.ENGAGEMENT_FORM,
        V.APPROVAL,
        V.NETWORK,
    )
}


def indicator_codes() -> list[dict[str, str]]:
    """The ``indicateurs`` codes: fixed, derived from the vocabularies (code, label, unit)."""
    out: list[dict[str, str]] = [{"code": "heures_total", "libelle": "Heures de l'année", "unite": "h"}]
    for t in V.TIME_TYPE.terms:
        out.append({"code": f"heures_{t.code}", "libelle": f"Heures — {t.fr}", "unite": "h"})
    out.append({"code": "heures_par_etp", "libelle": "Heures par ETP (paramètre utilisé)", "unite": "h/ETP"})
    out.append({"code": "etp_total", "libelle": "Équivalents temps plein (ETP)", "unite": "ETP"})
    for t in V.TIME_TYPE.terms:
        out.append({"code": f"etp_{t.code}", "libelle": f"ETP — {t.fr}", "unite": "ETP"})
    out.append(
        {
            "code": "valorisation_horaire_benevolat",
            "libelle": "Valorisation horaire du bénévolat (taux utilisé)",
            "unite": "€/h",
        }
    )
    out.append({"code": "valorisation_benevolat", "libelle": "Valorisation du bénévolat", "unite": "€"})
    out.append({"code": "projets_actifs", "libelle": "Projets actifs dans l'année", "unite": "projets"})
    out.append(
        {
            "code": "participants_total",
            "libelle": "Participants distincts (avec des heures)",
            "unite": "personnes",
        }
    )
    for t in V.PARTICIPANT_CATEGORY.terms:
        out.append(
            {"code": f"participants_{t.code}", "libelle": f"Participants — {t.fr}", "unite": "personnes"}
        )
    out.append(
        {"code": "productions_total", "libelle": "Productions datées de l'année", "unite": "productions"}
    )
    for t in V.OUTPUT_TYPE.terms:
        out.append(
            {"code": f"productions_{t.code}", "libelle": f"Productions — {t.fr}", "unite": "productions"}
        )
    out.append({"code": "financements_total", "libelle": "Financements de l'année", "unite": "€"})
    for t in V.PROGRAMME.terms:
        out.append({"code": f"financements_{t.code}", "libelle": f"Financements — {t.fr}", "unite": "€"})
    return out


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split(".") if x.isdigit())


def _in(version: str, since: str | None) -> bool:
    """Whether something added in ``since`` (None: 1.0.0) belongs to ``version``."""
    return not since or version_tuple(since) <= version_tuple(version)


def _vocabularies(version: str = VERSION) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for name, vocab in PUBLISHED_VOCABS.items():
        rows = []
        for t in vocab.terms:
            if not _in(version, t.since):
                continue
            row = {"code": t.code, "libelle": t.fr, "libelle_en": t.en}
            if t.uri:
                row["uri"] = t.uri
            rows.append(row)
        out[name] = rows
    out["indicateur"] = indicator_codes()
    return out


def _codes_pattern(codes: list[str]) -> str:
    alt = "|".join(codes)
    return f"^({alt})(;({alt}))*$"


# The application's own facts about a field, kept out of the published descriptor: the
# vocabulary it is coded with, whether it holds several codes, its decimal places, where its
# value comes from. Standard
# Table Schema carries the rules themselves (``enum``, ``pattern``, ``categories``…).
INTERNAL_KEYS = ("vocabulaire", "valeurs_multiples", "decimales", "source", "depuis", "recommande")
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


def _field(
    spec: dict[str, Any], vocabularies: dict[str, list[dict[str, str]]], published: bool
) -> dict[str, Any]:
    """Expand the short field notation into a Table Schema field.

    Every rule is a standard Table Schema key, so that any Table Schema tool gives the
    verdict the application gives: ``enum`` (one code) or ``pattern`` (codes separated by
    ``;``) with the labels as ``categories``, ``trueValues``/``falseValues`` for booleans
    (``oui``/``non`` is how the spreadsheet shows them), a lower-case ``pattern`` for UUIDs.
    """
    out = dict(spec)
    constraints = dict(out.pop("constraints", {}))
    if out.pop("required", False):
        constraints["required"] = True
    if out["type"] == "boolean":
        out["trueValues"] = list(TRUE_VALUES)
        out["falseValues"] = list(FALSE_VALUES)
    if out.get("format") == "uuid":
        constraints["pattern"] = UUID_PATTERN
    vocab = out.get("vocabulaire")
    if vocab:
        rows = vocabularies[vocab]
        codes = [row["code"] for row in rows]
        if out.get("valeurs_multiples"):
            constraints["pattern"] = _codes_pattern(codes)
        else:
            constraints["enum"] = codes
        out["categories"] = [{"value": row["code"], "label": row["libelle"]} for row in rows]
    if constraints:
        out["constraints"] = constraints
    if published:
        for key in INTERNAL_KEYS:
            out.pop(key, None)
    return out


def build(published: bool = True, version: str = VERSION) -> dict[str, Any]:
    """The whole descriptor as a dict (resources in the fixed table order).

    ``published=False`` keeps the application's own keys (``INTERNAL_KEYS`` and the
    ``vocabulaires`` with their English labels, URIs and units): that is what the code loads.
    ``version`` gives the descriptor of an earlier version (the tables, columns and codes it
    had): the one that checks that version's files.
    """
    if version not in VERSIONS:
        raise ValueError(f"version {version} inconnue")
    vocabularies = _vocabularies(version)
    resources = []
    for table in TABLES:
        if not _in(version, table.get("depuis")):
            continue
        schema: dict[str, Any] = {
            "fields": [
                _field(f, vocabularies, published) for f in table["fields"] if _in(version, f.get("depuis"))
            ],
            "missingValues": [""],
            "primaryKey": table["primaryKey"],
        }
        if table.get("foreignKeys"):
            schema["foreignKeys"] = table["foreignKeys"]
        resources.append(
            {
                "name": table["name"],
                "path": f"{table['name']}.csv",
                "profile": "tabular-data-resource",
                "title": table["title"],
                "description": table["description"],
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"', "doubleQuote": True},
                "schema": schema,
            }
        )
    out = {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": "Fichier annuel d'une structure pour l'Observatoire du tiers secteur de la recherche "
        "et des recherches participatives",
        "description": "Un fichier par structure et par année : la structure et ses chiffres de l'année, "
        "ses projets de recherche participative actifs dans l'année, les participants (pseudonymisés), "
        "les heures agrégées par mois, les productions, les partenaires, les financements et les "
        "indicateurs clés. Noms, e-mails, téléphones et notes des personnes n'y figurent jamais.",
        "version": version,
        "homepage": "https://github.com/alliss/tierslieux/blob/main/docs/format-observatoire.md",
        "licenses": [
            {
                "name": "etalab-2.0",
                "title": "Licence Ouverte / Open Licence version 2.0",
                "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
            }
        ],
        "contributors": [{"title": "ALLISS", "role": "author"}],
        "keywords": ["tiers secteur de la recherche", "recherche participative", "observatoire"],
        "resources": resources,
        "metadonnees_requises": [
            "format",
            "version_format",
            "structure_id",
            "annee",
            "date_export",
            "version_application",
            "empreinte_sha256",
        ],
        "changelog": [c for c in CHANGELOG if _in(version, c["version"])],
    }
    if not published:
        out["vocabulaires"] = vocabularies
    return out


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


def descriptor_path() -> Path:
    from ..paths import resources_dir

    return resources_dir() / "format" / DESCRIPTOR_FILE


def main() -> int:
    print(write_text_atomically(descriptor_path(), render()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
