"""The two tables added by format 1.1.0: jobs by contract type, and organisational changes as rows."""

from __future__ import annotations

from ..vocab import V11
from .definitions_fields import UUID_EVOLUTION, UUID_STRUCTURE, F, _uuid

# The structure the row belongs to (the one of the table ``structure``).
STRUCTURE_REF = _uuid(
    "structure_id",
    "Identifiant de la structure",
    "Identifiant de la structure (celui de la table structure).",
    UUID_STRUCTURE,
    since=V11,
)

EMPLOIS = [
    STRUCTURE_REF,
    F(
        "annee",
        "integer",
        "Année",
        "Année civile décrite.",
        2025,
        required=True,
        min=1990,
        max=2100,
        since=V11,
    ),
    F(
        "type_contrat",
        "string",
        "Type de contrat",
        "Type de contrat ou d'engagement. Les stages, le service civique et les mises à disposition "
        "sont comptés à part : ils n'entrent pas dans les salariés de la table structure.",
        "cdi",
        vocab="contract_type",
        required=True,
        source="emploi.contract_type",
        since=V11,
    ),
    F(
        "effectif_31_decembre",
        "integer",
        "Effectif au 31 décembre",
        "Personnes sous ce type de contrat au 31 décembre de l'année.",
        4,
        required=True,
        min=0,
        source="emploi.headcount",
        since=V11,
    ),
    F(
        "etp",
        "number",
        "ETP",
        "Équivalents temps plein sur l'année (heures travaillées divisées par les heures d'un ETP).",
        "3.50",
        decimals=2,
        required=True,
        min=0,
        source="emploi.fte",
        since=V11,
    ),
    F(
        "etp_recherche",
        "number",
        "dont ETP recherche",
        "Part de ces ETP consacrée à la recherche (au plus les ETP de la ligne).",
        "0.80",
        decimals=2,
        required=True,
        min=0,
        source="emploi.research_fte",
        since=V11,
    ),
]

EVOLUTIONS = [
    _uuid(
        "evolution_id",
        "Identifiant de l'évolution",
        "Identifiant aléatoire (UUID) de l'évolution.",
        UUID_EVOLUTION,
        source="evolution.id",
        since=V11,
    ),
    STRUCTURE_REF,
    F(
        "annee",
        "integer",
        "Année",
        "Année de l'évolution.",
        2025,
        required=True,
        min=1990,
        max=2100,
        source="evolution.year",
        since=V11,
    ),
    F(
        "code",
        "string",
        "Évolution",
        "Nature de l'évolution de l'organisation liée à la recherche.",
        "poste_recherche_cree",
        vocab="org_change",
        required=True,
        source="evolution.code",
        since=V11,
    ),
    F(
        "description",
        "string",
        "Description",
        "Description courte, transmise seulement si la structure le choisit ; jamais de nom, "
        "d'e-mail ni de téléphone de personne (l'application refuse une description qui en contient).",
        "Création d'un poste de chargée de recherche cofinancé par le Fonjep",
        max_length=300,
        source="evolution.description",
        since=V11,
    ),
]
