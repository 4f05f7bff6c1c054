"""The tables of the observatory format, in short notation (expanded by definitions.py).

Field names are French, snake case, stable: a name once published never changes
meaning (a new meaning is a new field and a new minor version). Examples are
consistent across tables, so that together they form a valid example file.
"""

from __future__ import annotations

from typing import Any

from .. import vocab as V
from .definitions_fields import (
    MAX_MONEY,
    RNA_PATTERN,
    ROR_PATTERN,
    SIRET_PATTERN,
    UUID_FINANCEMENT,
    UUID_ORGANISATION,
    UUID_PID,
    UUID_PRODUCTION,
    UUID_PROJET,
    F,
    _fk,
    _uuid,
)
from .definitions_jobs import EMPLOIS, EVOLUTIONS
from .definitions_main import PROJETS, STRUCTURE

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
        "Somme des heures du mois (deux décimales ; 744 au plus, les heures d'un mois de 31 jours).",
        "8.00",
        decimals=2,
        required=True,
        min=0.01,
        max=744,
    ),
]

PRODUCTIONS = [
    _uuid(
        "production_id",
        "Identifiant de la production",
        "Identifiant aléatoire (UUID).",
        UUID_PRODUCTION,
        source="production.id",
    ),
    _uuid(
        "projet_id",
        "Identifiant du projet",
        "Projet (table projets).",
        UUID_PROJET,
        source="production.project_id",
    ),
    F(
        "titre",
        "string",
        "Titre",
        "Titre de la production.",
        "Sols vivants : guide de terrain",
        required=True,
        max_length=500,
        source="production.title",
    ),
    F(
        "date",
        "date",
        "Date",
        "Date de la production, dans l'année du fichier.",
        "2025-05-15",
        required=True,
        source="production.date",
    ),
    F(
        "type",
        "string",
        "Type",
        "Type de production (correspond à un type de ressource COAR).",
        "rapport",
        vocab="output_type",
        required=True,
        source="production.output_type",
    ),
    F(
        "type_uri_coar",
        "string",
        "Type (URI COAR)",
        "URI du type de ressource COAR correspondant.",
        "http://purl.org/coar/resource_type/c_93fc",
        required=True,
        enum=sorted({t.uri for t in V.OUTPUT_TYPE.terms if t.uri}),
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
        source="production.identifier",
    ),
    F(
        "acces_ouvert",
        "boolean",
        "Accès ouvert",
        "La production est en accès ouvert (true/false).",
        "true",
        required=True,
        source="production.open_access",
    ),
    F(
        "publics",
        "string",
        "Publics",
        "Publics visés (codes séparés par « ; »).",
        "grand_public;professionnels",
        vocab="audience",
        multi=True,
        source="production.audiences",
    ),
    F(
        "coauteurs_non_academiques",
        "boolean",
        "Co-auteurs non académiques",
        "Des personnes hors du monde académique sont co-autrices (true/false).",
        "true",
        required=True,
        source="production.non_academic_coauthors",
    ),
    F(
        "nb_participants",
        "integer",
        "Nombre de participants",
        "Participants à l'événement (ateliers, conférences…).",
        35,
        min=0,
        source="production.attendees",
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
        "Code de l'indicateur (liste fermée).",
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
        "name": "emplois",
        "title": "Emplois par type de contrat",
        "fields": EMPLOIS,
        "primaryKey": ["structure_id", "annee", "type_contrat"],
        "foreignKeys": [_fk("structure_id", "structure")],
        "description": "Effectif au 31 décembre et ETP de l'année par type de contrat (depuis la 1.1). "
        "Les salariés de la table structure sont la somme des contrats de travail.",
        "depuis": V.V11,
    },
    {
        "name": "evolutions",
        "title": "Évolutions de l'organisation",
        "fields": EVOLUTIONS,
        "primaryKey": ["evolution_id"],
        "foreignKeys": [_fk("structure_id", "structure")],
        "description": "Une ligne par évolution de l'organisation liée à la recherche dans l'année "
        "(depuis la 1.1), avec une description courte si la structure choisit de la transmettre.",
        "depuis": V.V11,
    },
    {
        "name": "projets",
        "title": "Projets",
        "fields": PROJETS,
        "primaryKey": ["projet_id"],
        "description": "Projets actifs dans l'année (dates qui recouvrent l'année), ainsi que tout projet "
        "qui a des heures, des productions ou des financements dans l'année ; avec les agrégats de l'année.",
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
