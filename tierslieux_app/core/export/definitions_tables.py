"""The nine tables of the observatory format, in short notation (expanded by definitions.py).

Field names are French, snake case, stable: a name once published never changes
meaning (a new meaning is a new field and a new minor version). Examples are
consistent across tables, so that together they form a valid example file.
"""

from __future__ import annotations

from typing import Any

UUID_STRUCTURE = "3f9c1c2e-6a51-4c8e-9d7a-1b2c3d4e5f60"
UUID_PROJET = "0b7d6a52-1f3e-4c2a-9e8b-5a6c7d8e9f01"
UUID_PID = "9d4e2f10-7c3b-4a6e-8f5d-2b1c0a9e8d7c"
UUID_PRODUCTION = "c2a1b3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
UUID_ORGANISATION = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"
UUID_FINANCEMENT = "e1d2c3b4-a5f6-4e7d-9c8b-7a6f5e4d3c2b"

MAX_MONEY = 10_000_000_000


def F(
    name: str,
    type_: str,
    title: str,
    description: str,
    example: Any,
    *,
    required: bool = False,
    fmt: str | None = None,
    vocab: str | None = None,
    multi: bool = False,
    decimals: int | None = None,
    **constraints: Any,
) -> dict[str, Any]:
    """One field: Table Schema keys plus ``vocabulaire``, ``valeurs_multiples``, ``decimales``."""
    out: dict[str, Any] = {"name": name, "type": type_, "title": title, "description": description}
    if fmt:
        out["format"] = fmt
    if vocab:
        out["vocabulaire"] = vocab
    if multi:
        out["valeurs_multiples"] = True
    if decimals is not None:
        out["decimales"] = decimals
    out["example"] = example
    if required:
        out["required"] = True
    if constraints:
        out["constraints"] = {_key(k): v for k, v in constraints.items()}
    return out


def _key(k: str) -> str:
    return {"min": "minimum", "max": "maximum", "max_length": "maxLength"}.get(k, k)


def _uuid(name: str, title: str, description: str, example: str, required: bool = True) -> dict[str, Any]:
    return F(name, "string", title, description, example, fmt="uuid", required=required)


def _hours(name: str, title: str, description: str, example: str) -> dict[str, Any]:
    return F(name, "number", title, description, example, decimals=2, required=True, min=0)


def _fk(field: str, resource: str) -> dict[str, Any]:
    return {"fields": [field], "reference": {"resource": resource, "fields": [field]}}


SIRET_PATTERN = r"^\d{14}$"
RNA_PATTERN = r"^W\d{9}$"
INSEE_PATTERN = r"^([013-9]\d|2[AB1-9])\d{3}$"
DEPARTEMENT_PATTERN = r"^(\d{2}|2[AB]|97\d)$"
ROR_PATTERN = r"^https://ror\.org/0[a-hj-km-np-tv-z0-9]{6}\d{2}$"

STRUCTURE = [
    _uuid(
        "structure_id",
        "Identifiant de la structure",
        "Identifiant aléatoire (UUID) de la structure, "
        "stable d'une année à l'autre : il relie les fichiers successifs d'une même structure.",
        UUID_STRUCTURE,
    ),
    F(
        "nom",
        "string",
        "Nom",
        "Nom de la structure.",
        "La Fabrique des savoirs",
        required=True,
        max_length=200,
    ),
    F(
        "siret",
        "string",
        "SIRET",
        "SIRET de la structure (14 chiffres, clé de Luhn). SIRET ou RNA : "
        "au moins l'un des deux est renseigné.",
        "73282932000074",
        pattern=SIRET_PATTERN,
    ),
    F(
        "rna",
        "string",
        "Numéro RNA",
        "Numéro au répertoire national des associations (W suivi de 9 chiffres).",
        "W751234567",
        pattern=RNA_PATTERN,
    ),
    F(
        "forme_juridique",
        "string",
        "Forme juridique",
        "Forme juridique de la structure.",
        "association",
        vocab="legal_form",
        required=True,
    ),
    F(
        "categorie_tsr",
        "string",
        "Catégorie du tiers secteur de la recherche",
        "Catégorie selon la définition de l'ALLISS.",
        "non_marchand",
        vocab="tsr_category",
        required=True,
    ),
    F(
        "code_commune_insee",
        "string",
        "Code commune INSEE",
        "Code officiel géographique de la commune du siège (5 caractères, 2A/2B pour la Corse).",
        "59350",
        pattern=INSEE_PATTERN,
    ),
    F(
        "departement",
        "string",
        "Département",
        "Numéro du département du siège.",
        "59",
        pattern=DEPARTEMENT_PATTERN,
    ),
    F("region", "string", "Région", "Nom de la région du siège.", "Hauts-de-France", max_length=80),
    F(
        "typologie",
        "string",
        "Typologie",
        "Types de tiers-lieu (plusieurs codes séparés par « ; »).",
        "laboratoire_citoyen;fablab",
        vocab="typology",
        multi=True,
    ),
    F(
        "annee",
        "integer",
        "Année",
        "Année civile décrite par le fichier.",
        2025,
        required=True,
        min=1990,
        max=2100,
    ),
    F("nb_salaries", "integer", "Nombre de salariés", "Salariés de la structure dans l'année.", 4, min=0),
    F(
        "etp_salaries",
        "number",
        "ETP salariés",
        "Équivalents temps plein salariés.",
        "3.50",
        decimals=2,
        min=0,
    ),
    F(
        "etp_recherche",
        "number",
        "ETP consacrés à la recherche",
        "Part des ETP salariés consacrée à la recherche.",
        "0.80",
        decimals=2,
        min=0,
    ),
    F("benevoles_actifs", "integer", "Bénévoles actifs", "Bénévoles actifs dans l'année.", 25, min=0),
    F(
        "budget_total",
        "number",
        "Budget total (€)",
        "Budget total de la structure dans l'année, en euros.",
        "185000.00",
        decimals=2,
        min=0,
        max=MAX_MONEY,
    ),
    F(
        "budget_recherche",
        "number",
        "Budget recherche (€)",
        "Part du budget consacrée à la recherche, en euros.",
        "42000.00",
        decimals=2,
        min=0,
        max=MAX_MONEY,
    ),
    F(
        "part_subventions_publiques",
        "number",
        "Part des subventions publiques",
        "Part des subventions publiques dans le budget, entre 0 et 1.",
        "0.4500",
        decimals=4,
        min=0,
        max=1,
    ),
    F(
        "evolutions_organisation",
        "string",
        "Évolutions de l'organisation",
        "Évolutions de l'organisation liées à la recherche dans l'année (codes séparés par « ; »).",
        "poste_recherche_cree",
        vocab="org_change",
        multi=True,
    ),
    F(
        "heures_par_etp",
        "integer",
        "Heures par ETP",
        "Nombre d'heures d'un équivalent temps plein utilisé pour les ETP du fichier (1 607 par défaut).",
        1607,
        required=True,
        min=1,
        max=3000,
    ),
    F(
        "valorisation_horaire_benevolat",
        "number",
        "Valorisation horaire du bénévolat (€/h)",
        "Taux horaire utilisé pour valoriser les heures bénévoles.",
        "16.50",
        decimals=2,
        required=True,
        min=0,
        max=1000,
    ),
]

PROJETS = [
    _uuid(
        "projet_id",
        "Identifiant du projet",
        "Identifiant aléatoire (UUID) du projet, stable d'une année à l'autre.",
        UUID_PROJET,
    ),
    F(
        "titre",
        "string",
        "Titre",
        "Titre du projet.",
        "Jardins partagés et sols urbains",
        required=True,
        max_length=300,
    ),
    F(
        "resume",
        "string",
        "Résumé",
        "Résumé du projet (texte libre, retours à la ligne possibles).",
        "Analyse participative de la qualité des sols des jardins partagés.",
        max_length=10000,
    ),
    F(
        "statut",
        "string",
        "Statut",
        "Statut du projet à la date de l'export.",
        "en_cours",
        vocab="project_status",
        required=True,
    ),
    F(
        "date_debut",
        "date",
        "Date de début",
        "Date de début du projet (AAAA-MM-JJ).",
        "2024-03-01",
        required=True,
    ),
    F("date_fin", "date", "Date de fin", "Date de fin prévue ou effective (vide : en cours).", "2026-06-30"),
    F(
        "thematiques",
        "string",
        "Thématiques",
        "Thématiques (codes séparés par « ; »).",
        "environnement;alimentation_agriculture",
        vocab="theme",
        multi=True,
    ),
    F(
        "niveau_participation",
        "string",
        "Niveau de participation",
        "Niveau de participation des non-chercheurs (Shirk et al. 2012).",
        "collaboratif",
        vocab="participation_level",
    ),
    F(
        "savoirs_croises",
        "string",
        "Savoirs croisés",
        "Types de savoirs croisés (codes séparés par « ; »).",
        "academiques;experience",
        vocab="knowledge",
        multi=True,
    ),
    F(
        "charte_signee",
        "boolean",
        "Charte signée",
        "La charte des sciences et recherches participatives est signée (true/false).",
        "true",
        required=True,
    ),
    F(
        "budget_total",
        "number",
        "Budget total (€)",
        "Budget total du projet, toutes années, en euros.",
        "120000.00",
        decimals=2,
        min=0,
        max=MAX_MONEY,
    ),
    _hours("heures_total", "Heures de l'année", "Total des heures de l'année sur le projet.", "8.00"),
    _hours("heures_benevoles", "Heures bénévoles", "Heures bénévoles de l'année.", "8.00"),
    _hours("heures_salariees", "Heures salariées", "Heures salariées de l'année.", "0.00"),
    _hours(
        "heures_mises_a_disposition",
        "Heures mises à disposition",
        "Heures de personnes mises à disposition par leur employeur.",
        "0.00",
    ),
    F(
        "participants_distincts",
        "integer",
        "Participants distincts",
        "Personnes distinctes ayant des heures sur le projet dans l'année.",
        1,
        required=True,
        min=0,
    ),
    F(
        "productions",
        "integer",
        "Productions",
        "Productions du projet datées de l'année.",
        1,
        required=True,
        min=0,
    ),
]

PARTICIPANTS = [
    _uuid(
        "pid",
        "Pseudonyme",
        "Identifiant aléatoire (UUID v4) tiré à la création de la personne, sans "
        "lien avec son identité ; stable d'une année à l'autre.",
        UUID_PID,
    ),
    F(
        "categorie",
        "string",
        "Catégorie",
        "Catégorie de participant.",
        "benevole",
        vocab="participant_category",
        required=True,
    ),
    F(
        "secteur",
        "string",
        "Secteur",
        "Secteur auquel la personne se rattache.",
        "citoyen",
        vocab="participant_sector",
        required=True,
    ),
    F(
        "type_organisation_affiliation",
        "string",
        "Type d'organisation d'affiliation",
        "Type de l'organisation d'affiliation (vide : aucune).",
        "association",
        vocab="org_type",
    ),
]

PARTICIPATIONS = [
    _uuid("pid", "Pseudonyme", "Pseudonyme du participant (table participants).", UUID_PID),
    _uuid("projet_id", "Identifiant du projet", "Projet (table projets).", UUID_PROJET),
    F(
        "role",
        "string",
        "Rôle",
        "Rôle de la personne dans le projet.",
        "contributeur",
        vocab="role",
        required=True,
    ),
]

TEMPS = [
    _uuid("projet_id", "Identifiant du projet", "Projet (table projets).", UUID_PROJET),
    _uuid("pid", "Pseudonyme", "Participant (table participants).", UUID_PID),
    F("mois", "yearmonth", "Mois", "Mois des heures (AAAA-MM).", "2025-03", required=True),
    F(
        "type_temps",
        "string",
        "Type de temps",
        "Bénévole, salarié ou mis à disposition.",
        "benevole",
        vocab="time_type",
        required=True,
    ),
    F(
        "activite",
        "string",
        "Activité",
        "Nature de l'activité.",
        "collecte_donnees",
        vocab="activity",
        required=True,
    ),
    F(
        "heures",
        "number",
        "Heures",
        "Somme des heures du mois (deux décimales).",
        "8.00",
        decimals=2,
        required=True,
        min=0.01,
    ),
]

PRODUCTIONS = [
    _uuid("production_id", "Identifiant de la production", "Identifiant aléatoire (UUID).", UUID_PRODUCTION),
    _uuid("projet_id", "Identifiant du projet", "Projet (table projets).", UUID_PROJET),
    F(
        "titre",
        "string",
        "Titre",
        "Titre de la production.",
        "Sols vivants : guide de terrain",
        required=True,
        max_length=500,
    ),
    F("date", "date", "Date", "Date de la production, dans l'année du fichier.", "2025-05-15", required=True),
    F(
        "type",
        "string",
        "Type",
        "Type de production (correspond à un type de ressource COAR).",
        "rapport",
        vocab="output_type",
        required=True,
    ),
    F(
        "type_uri_coar",
        "string",
        "Type (URI COAR)",
        "URI du type de ressource COAR correspondant.",
        "http://purl.org/coar/resource_type/c_93fc",
        fmt="uri",
        required=True,
    ),
    F(
        "sous_type",
        "string",
        "Sous-type",
        "Précision propre au format (atelier, événement…).",
        "aucun",
        vocab="output_subtype",
        required=True,
    ),
    F(
        "identifiant",
        "string",
        "Identifiant",
        "DOI, identifiant HAL ou adresse web.",
        "hal-01234567",
        max_length=500,
    ),
    F(
        "acces_ouvert",
        "boolean",
        "Accès ouvert",
        "La production est en accès ouvert (true/false).",
        "true",
        required=True,
    ),
    F(
        "publics",
        "string",
        "Publics",
        "Publics visés (codes séparés par « ; »).",
        "grand_public;professionnels",
        vocab="audience",
        multi=True,
    ),
    F(
        "coauteurs_non_academiques",
        "boolean",
        "Co-auteurs non académiques",
        "Des personnes hors du monde académique sont co-autrices (true/false).",
        "true",
        required=True,
    ),
    F(
        "nb_participants",
        "integer",
        "Nombre de participants",
        "Participants à l'événement (ateliers, conférences…).",
        35,
        min=0,
    ),
]

PARTENAIRES = [
    _uuid("projet_id", "Identifiant du projet", "Projet (table projets).", UUID_PROJET),
    _uuid(
        "organisation_id",
        "Identifiant de l'organisation",
        "Identifiant aléatoire (UUID) de l'organisation dans la base de la structure.",
        UUID_ORGANISATION,
    ),
    F(
        "organisation",
        "string",
        "Organisation",
        "Nom de l'organisation partenaire.",
        "Université de Lille",
        required=True,
        max_length=200,
    ),
    F(
        "type_organisation",
        "string",
        "Type d'organisation",
        "Type de l'organisation.",
        "universite",
        vocab="org_type",
        required=True,
    ),
    F("secteur", "string", "Secteur", "Secteur de l'organisation.", "esr", vocab="org_sector", required=True),
    F("siret", "string", "SIRET", "SIRET de l'organisation, s'il est connu.", "", pattern=SIRET_PATTERN),
    F("rna", "string", "Numéro RNA", "Numéro RNA, s'il est connu.", "", pattern=RNA_PATTERN),
    F(
        "ror",
        "string",
        "Identifiant ROR",
        "Identifiant ROR (https://ror.org/…), s'il est connu.",
        "https://ror.org/02kzqn938",
        pattern=ROR_PATTERN,
    ),
    F(
        "role",
        "string",
        "Rôle",
        "Rôle du partenaire dans le projet.",
        "scientifique",
        vocab="partner_role",
        required=True,
    ),
]

FINANCEMENTS = [
    _uuid("financement_id", "Identifiant du financement", "Identifiant aléatoire (UUID).", UUID_FINANCEMENT),
    _uuid(
        "projet_id",
        "Identifiant du projet",
        "Projet financé (table projets) ; vide : financement de la structure.",
        UUID_PROJET,
        required=False,
    ),
    F(
        "financeur",
        "string",
        "Financeur",
        "Nom de l'organisation qui finance.",
        "Agence nationale de la recherche",
        required=True,
        max_length=200,
    ),
    F(
        "type_financeur",
        "string",
        "Type de financeur",
        "Type de l'organisation qui finance.",
        "etat",
        vocab="org_type",
        required=True,
    ),
    F(
        "programme",
        "string",
        "Programme",
        "Programme ou origine du financement.",
        "anr_saps",
        vocab="programme",
        required=True,
    ),
    F(
        "montant",
        "number",
        "Montant (€)",
        "Montant attribué pour l'année, en euros.",
        "45000.00",
        decimals=2,
        required=True,
        min=0.01,
        max=MAX_MONEY,
    ),
    F(
        "nature",
        "string",
        "Nature",
        "Nature du financement.",
        "subvention",
        vocab="funding_nature",
        required=True,
    ),
    F(
        "reference",
        "string",
        "Référence",
        "Référence de la convention ou du dossier.",
        "ANR-24-SAPS-0012",
        max_length=200,
    ),
]

INDICATEURS = [
    F(
        "code",
        "string",
        "Code",
        "Code de l'indicateur (liste fermée, voir le vocabulaire « indicateur »).",
        "heures_total",
        vocab="indicateur",
        required=True,
    ),
    F(
        "libelle",
        "string",
        "Libellé",
        "Libellé de l'indicateur en français.",
        "Heures de l'année",
        required=True,
        max_length=200,
    ),
    F(
        "valeur",
        "number",
        "Valeur",
        "Valeur de l'indicateur (deux décimales).",
        "8.00",
        decimals=2,
        required=True,
    ),
    F(
        "unite",
        "string",
        "Unité",
        "Unité de la valeur.",
        "h",
        required=True,
        enum=["h", "h/ETP", "ETP", "€", "€/h", "projets", "personnes", "productions"],
    ),
]

TABLES: list[dict[str, Any]] = [
    {
        "name": "structure",
        "title": "Structure et chiffres de l'année",
        "fields": STRUCTURE,
        "primaryKey": ["structure_id"],
        "description": "Une ligne : la structure qui envoie le fichier et ses chiffres de l'année.",
    },
    {
        "name": "projets",
        "title": "Projets",
        "fields": PROJETS,
        "primaryKey": ["projet_id"],
        "description": "Projets actifs dans l'année (dates qui recouvrent l'année), ainsi que tout projet qui "
        "a des heures, des productions ou des financements dans l'année ; avec les agrégats de l'année.",
    },
    {
        "name": "participants",
        "title": "Participants (pseudonymisés)",
        "fields": PARTICIPANTS,
        "primaryKey": ["pid"],
        "description": "Personnes qui participent à un projet du fichier ou qui ont des heures dans l'année, "
        "désignées par un pseudonyme aléatoire : aucun nom, e-mail, téléphone ni texte libre.",
    },
    {
        "name": "participations",
        "title": "Participations",
        "fields": PARTICIPATIONS,
        "primaryKey": ["pid", "projet_id"],
        "foreignKeys": [_fk("pid", "participants"), _fk("projet_id", "projets")],
        "description": "Qui participe à quel projet, avec quel rôle.",
    },
    {
        "name": "temps",
        "title": "Temps (heures agrégées par mois)",
        "fields": TEMPS,
        "primaryKey": ["projet_id", "pid", "mois", "type_temps", "activite"],
        "foreignKeys": [_fk("projet_id", "projets"), _fk("pid", "participants")],
        "description": "Heures de l'année agrégées par projet, participant, mois, type de temps et activité.",
    },
    {
        "name": "productions",
        "title": "Productions",
        "fields": PRODUCTIONS,
        "primaryKey": ["production_id"],
        "foreignKeys": [_fk("projet_id", "projets")],
        "description": "Productions des projets datées de l'année (publications, rapports, ateliers, "
        "données, logiciels…).",
    },
    {
        "name": "partenaires",
        "title": "Partenaires",
        "fields": PARTENAIRES,
        "primaryKey": ["projet_id", "organisation_id", "role"],
        "foreignKeys": [_fk("projet_id", "projets")],
        "description": "Organisations partenaires des projets du fichier.",
    },
    {
        "name": "financements",
        "title": "Financements",
        "fields": FINANCEMENTS,
        "primaryKey": ["financement_id"],
        "foreignKeys": [_fk("projet_id", "projets")],
        "description": "Financements de l'année, d'un projet ou de la structure (projet_id vide).",
    },
    {
        "name": "indicateurs",
        "title": "Indicateurs clés",
        "fields": INDICATEURS,
        "primaryKey": ["code"],
        "description": "Chiffres clés de l'année, recalculables à partir des autres tables ; chaque ligne "
        "porte son unité, et les paramètres utilisés (heures par ETP, taux de valorisation) y figurent.",
    },
]
