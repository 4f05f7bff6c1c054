# ruff: noqa: E501  (a message catalogue: each sentence on one line stays searchable)
"""Core's messages in the interface's language, without Qt.

A message is written once, in French, as a template with named parameters, and read
through ``t``: ``t("« {raw} » n'est pas un nombre", raw=raw)``. French is the default and
the language of the command line, the export files and their read-me; the window calls
``set_language("en")`` together with its Qt translators (``ui.app.install_translators``), and
``t`` then gives the English template of ``EN``. A template without English stays French
(a test checks that every template of the catalogue's modules has one).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

LANGUAGES = ("fr", "en")
_state = {"lang": "fr", "typographic": ""}

EN: dict[str, str] = {
    # core/fields.py: a value refused as it is typed (the field's label comes before it)
    "« {text} » n'est pas une date valide (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)": (
        "“{text}” is not a valid date (expected: DD/MM/YYYY or YYYY-MM-DD)"
    ),
    "« {raw} » n'est pas un nombre": "“{raw}” is not a number",
    "« {raw} » est un nombre trop grand": "“{raw}” is too large a number",
    "« {raw} » n'est pas un nombre entier": "“{raw}” is not a whole number",
    "« {raw} » n'est pas une réponse oui/non": "“{raw}” is not a yes/no answer",
    "« {value} » n'est pas un SIRET : il faut 14 chiffres": "“{value}” is not a SIRET: 14 digits are needed",
    "« {value} » n'est pas un SIRET valide (clé de contrôle incorrecte)": (
        "“{value}” is not a valid SIRET (wrong check digit)"
    ),
    "« {value} » n'est pas un SIREN valide": "“{value}” is not a valid SIREN",
    "« {value} » n'est pas un numéro RNA (W suivi de 9 chiffres)": "“{value}” is not an RNA number (W and 9 digits)",
    "« {value} » n'est pas un code commune INSEE (5 caractères)": (
        "“{value}” is not an INSEE municipality code (5 characters)"
    ),
    "« {value} » n'est pas un code postal (5 chiffres)": "“{value}” is not a postcode (5 digits)",
    "« {value} » n'est pas un numéro de département": "“{value}” is not a department number",
    "« {value} » n'est pas une adresse e-mail valide": "“{value}” is not a valid e-mail address",
    "« {value} » n'est pas un numéro de téléphone valide": "“{value}” is not a valid phone number",
    "« {value} » n'est pas une adresse web (https://…)": "“{value}” is not a web address (https://…)",
    "« {value} » n'est pas un identifiant ROR (https://ror.org/0…)": "“{value}” is not a ROR identifier (https://ror.org/0…)",
    "« {value} » n'est ni un DOI (10.xxxx/…), ni un identifiant HAL (hal-01234567), ni une adresse web": (
        "“{value}” is neither a DOI (10.xxxx/…), nor a HAL identifier (hal-01234567), nor a web address"
    ),
    "ce champ est obligatoire": "this field is required",
    "choisissez au moins une valeur": "choose at least one value",
    "le texte est trop long ({length} caractères, {most} au plus)": "the text is too long ({length} characters, {most} at most)",
    "« {code} » ne fait pas partie des valeurs possibles": "“{code}” is not one of the possible values",
    "« {raw} » a plus de deux décimales": "“{raw}” has more than two decimals",
    "« {raw} » est inférieur au minimum ({limit})": "“{raw}” is below the minimum ({limit})",
    "« {raw} » dépasse le maximum ({limit})": "“{raw}” is above the maximum ({limit})",
    # core/errors.py: known failures of the system and the libraries (explain and its clauses)
    " (dossier {name})": " (folder {name})",
    "Le disque est plein{folder}\u00a0: le fichier n’a pas été écrit\u202f; libérez de la place puis recommencez.": (
        "The disk is full{folder}: the file was not written; free some space and try again."
    ),
    "Le support est en lecture seule{where}\u00a0: choisissez un dossier où l’on peut écrire.": (
        "The medium is read-only{where}: choose a folder that can be written to."
    ),
    "Accès refusé au fichier ou dossier{where}\u00a0: vérifiez ses droits ou choisissez-en un autre.": (
        "Access denied to the file or folder{where}: check its permissions or choose another one."
    ),
    "Fichier ou dossier introuvable{where}\u00a0: vérifiez le chemin.": "File or folder not found{where}: check the path.",
    "Ce chemin": "This path",
    "{what} est un dossier, pas un fichier\u00a0: indiquez un fichier.": "{what} is a folder, not a file: give a file.",
    "Un élément du chemin{where} n’est pas un dossier\u00a0: vérifiez le chemin.": (
        "A part of the path{where} is not a folder: check the path."
    ),
    "Nom de fichier trop long{where}\u00a0: choisissez un nom plus court.": "File name too long{where}: choose a shorter name.",
    "Erreur de lecture ou d’écriture du disque{where}\u00a0: vérifiez le support (clé, réseau).": (
        "Disk read or write error{where}: check the medium (USB stick, network)."
    ),
    "le disque est plein": "the disk is full",
    "le support est en lecture seule": "the medium is read-only",
    "accès refusé": "access denied",
    "opération non permise": "operation not permitted",
    "introuvable": "not found",
    "c’est un dossier": "it is a folder",
    "un élément du chemin n’est pas un dossier": "a part of the path is not a folder",
    "erreur de lecture ou d’écriture du disque": "disk read or write error",
    "ce n’est pas une base TiersLieux (vide ou incomplète)": "it is not a TiersLieux database (empty or incomplete)",
    "ce n’est pas une base de données SQLite": "it is not an SQLite database",
    "le fichier est endommagé": "the file is damaged",
    "le fichier ne peut pas être lu (est-ce bien un fichier\u202f?)": "the file cannot be read (is it really a file?)",
    "La base {name}": "The database {name}",
    "La base de données": "The database",
    "{what} est endommagée\u202f; elle n’a pas été modifiée. Restaurez la dernière sauvegarde saine (tierslieux restore, ou la page Sauvegardes).": (
        "{what} is damaged; it was not changed. Restore the last sound backup (tierslieux restore, or the Backups page)."
    ),
    "Ce fichier": "This file",
    "{what}\u00a0: ce fichier n’est pas une base TiersLieux (vide ou incomplète).": (
        "{what}: this file is not a TiersLieux database (empty or incomplete)."
    ),
    "La base de données est occupée par un autre programme ; réessayez dans un instant.": (
        "The database is busy with another program; try again in a moment."
    ),
    "Le disque est plein\u00a0: l’opération n’a pas été enregistrée\u202f; libérez de la place.": (
        "The disk is full: the operation was not saved; free some space."
    ),
    "La base de données ne peut pas être modifiée (fichier ou dossier en lecture seule)\u00a0: ouvrez-la en lecture seule ou copiez-la dans un dossier modifiable.": (
        "The database cannot be changed (read-only file or folder): open it read-only or copy it to a folder that can be written to."
    ),
    "Le fichier de base de données ne peut pas être ouvert\u00a0: vérifiez qu’il existe, qu’il n’est pas un dossier et que son dossier est accessible.": (
        "The database file cannot be opened: check that it exists, that it is not a folder and that its folder can be reached."
    ),
    "Erreur de lecture ou d’écriture du disque sur la base de données\u00a0: vérifiez le support (clé, réseau) et que le chemin désigne bien un fichier.": (
        "Disk read or write error on the database: check the medium (USB stick, network) and that the path names a file."
    ),
    "Le pilote PostgreSQL n’est pas installé dans cette installation de TiersLieux\u00a0: installez-le avec {command} (ou utilisez une base SQLite).": (
        "The PostgreSQL driver is not installed in this TiersLieux installation: install it with {command} (or use an SQLite database)."
    ),
    "Le fichier est imbriqué trop profondément pour être lu\u00a0: il n’est pas valide (ce n’est pas un fichier produit par TiersLieux).": (
        "The file is nested too deeply to be read: it is not valid (it was not produced by TiersLieux)."
    ),
    "Le serveur PostgreSQL ne répond pas ou refuse la connexion\u00a0: vérifiez l’adresse, l’utilisateur et le mot de passe.": (
        "The PostgreSQL server does not answer or refuses the connection: check the address, the user and the password."
    ),
    "Adresse de base non reconnue{what}\u00a0: indiquez le chemin d’un fichier de base de données ou une adresse postgresql://utilisateur@serveur/base.": (
        "Database address not recognised{what}: give the path of a database file or an address postgresql://user@server/database."
    ),
    # storage, backups and the export (core/db.py, storage.py, fileio.py, lock.py, backup.py, export/)
    "Adresse de base de données invalide : « {text} »": "Invalid database address: “{text}”",
    "La base est ouverte en lecture seule : modification impossible.": "The database is open read-only: it cannot be changed.",
    "Base de données inaccessible : {detail}": "Database unreachable: {detail}",
    "{path} est un dossier, pas une base de données TiersLieux\u00a0: indiquez un fichier.": "{path} is a folder, not a TiersLieux database: give a file.",
    "Impossible de créer le dossier « {folder} » : {reason}.": "Cannot create the folder “{folder}”: {reason}.",
    "{name} ne peut pas être modifiée (support en lecture seule ou droits insuffisants)\u00a0: copiez-la dans un dossier modifiable, ou ouvrez-la en lecture seule.": "{name} cannot be changed (read-only medium or not enough rights): copy it to a folder that can be written to, or open it read-only.",
    "Impossible d'écrire dans le dossier « {folder} » : {reason}.": "Cannot write in the folder “{folder}”: {reason}.",
    "Impossible d'ouvrir « {path} » : {detail}": "Cannot open “{path}”: {detail}",
    "« {name} » est une base SQLite qui n'a pas été créée par TiersLieux.": "“{name}” is an SQLite database that TiersLieux did not create.",
    "« {name} » n'est pas une base de données lisible (fichier endommagé ou d'un autre type) : {reason}.": "“{name}” is not a readable database (damaged file or of another kind): {reason}.",
    "« {where} » a été enregistrée par une version plus récente de TiersLieux (schéma {revision}). Installez la dernière version de l'application pour l'ouvrir ; le fichier n'a pas été modifié.": "“{where}” was saved by a newer version of TiersLieux (schema {revision}). Install the latest version of the application to open it; the file was not changed.",
    "Le fichier « {path} » n'existe pas.": "The file “{path}” does not exist.",
    "n’est pas un dossier": "is not a folder",
    "n’existe pas": "does not exist",
    "Le dossier {folder} {what}\u00a0: créez-le d’abord ou choisissez un autre emplacement pour {name}.": "The folder {folder} {what}: create it first or choose another place for {name}.",
    "Impossible de créer le fichier de verrou « {path} » : {reason}.": "Cannot create the lock file “{path}”: {reason}.",
    "La sauvegarde de « {name} » n’a pas pu être écrite. {reason}": "The backup of “{name}” could not be written. {reason}",
    "La sauvegarde de « {name} » est invalide : {detail}": "The backup of “{name}” is not valid: {detail}",
    "La structure n'est pas renseignée : impossible d'exporter.": "The organisation is not registered: nothing can be exported.",
    # core/services: what a service refuses (the field's label comes before it)
    "l'élément choisi n'existe pas (ou plus)": "the chosen item does not exist (any more)",
    "La date de fin précède la date de début": "The end date is before the start date",
    "cette personne ne participe pas à ce projet : ajoutez-la d'abord au projet": (
        "this person does not take part in this project: add them to the project first"
    ),
    "cette personne participe déjà au projet": "this person already takes part in the project",
    "indiquez au moins un SIRET ou un numéro RNA": "give at least a SIRET or an RNA number",
    "{what} introuvable (identifiant {id}).": "{what} not found (identifier {id}).",
    "Élément": "Item",
    "Production": "Output",
    "Financement": "Funding",
    "Organisation": "Organisation",
    "Projet": "Project",
    "Participant": "Participant",
    "Participation": "Participation",
    "Partenaire": "Partner",
    "Saisie d'heures": "Hour entry",
    "Structure": "Organisation",
    "Renseignez d'abord la structure (nom, SIRET ou RNA…).": "Register the organisation first (name, SIRET or RNA…).",
    "{n} saisie d’heures": "{n} hour entry",
    "{n} saisies d’heures": "{n} hour entries",
    "{n} projet": "{n} project",
    "{n} projets": "{n} projects",
    "{n} financement": "{n} funding",
    "{n} financements": "{n} fundings",
    "Ce projet a {entries}\u00a0: confirmez la suppression de ces heures.": (
        "This project has {entries}: confirm that these hours are deleted."
    ),
    "Cette personne a {entries}\u00a0: confirmez la suppression de ces heures.": (
        "This person has {entries}: confirm that these hours are deleted."
    ),
    "Cette personne a {entries} sur ce projet\u00a0: supprimez-les d’abord.": (
        "This person has {entries} on this project: delete them first."
    ),
    "Cette organisation est partenaire de {projects} et financeur de {fundings}\u00a0: retirez-les d’abord.": (
        "This organisation is a partner of {projects} and the funder of {fundings}: remove them first."
    ),
    # core/completeness.py: what is missing before the export (the dashboard, the export page)
    "La structure n'est pas renseignée (nom, SIRET ou RNA, forme juridique…)": (
        "The organisation is not registered (name, SIRET or RNA, legal form…)"
    ),
    "Le code commune INSEE de la structure n'est pas renseigné": "The INSEE municipality code is missing",
    "La région de la structure n'est pas renseignée": "The region of the organisation is missing",
    "Les chiffres de l'année {year} (salariés, ETP, budgets…) ne sont pas renseignés ; "
    "les paramètres par défaut seront utilisés": (
        "The figures of {year} (employees, FTE, budgets…) are not entered; the default parameters will be used"
    ),
    "{n} projet sans niveau de participation": "Projects without a participation level: {n}",
    "{n} projets sans niveau de participation": "Projects without a participation level: {n}",
    "{n} projet sans thématique": "Projects without a theme: {n}",
    "{n} projets sans thématique": "Projects without a theme: {n}",
    "{n} production sans date (non exportée)": "Outputs without a date (not exported): {n}",
    "{n} productions sans date (non exportées)": "Outputs without a date (not exported): {n}",
    "{n} participant sans date de consentement": "Participants without a consent date: {n}",
    "{n} participants sans date de consentement": "Participants without a consent date: {n}",
    "Aucune heure n'est saisie pour {year}": "No hours are entered for {year}",
    # core/sync, erasure.py, recovery.py, integrity.py
    "Ce lot est incomplet : « {name} » manque.": "This lot is incomplete: “{name}” is missing.",
    "Ce lot est endommagé : « {name} » est illisible.": "This lot is damaged: “{name}” cannot be read.",
    "Ce fichier n'est pas un lot de transfert TiersLieux.": "This file is not a TiersLieux transfer lot.",
    "Ce lot est endommagé : sa version de format est illisible.": "This lot is damaged: its format version cannot be read.",
    "Ce lot a été créé par une version plus récente de l'application (format {version}, cette version lit le format {mine}) : mettez l'application à jour pour l'importer.": "This lot was made by a newer version of the application (format {version}; this version reads format {mine}): update the application to import it.",
    "Le lot « {path} » est introuvable ou illisible.": "The lot “{path}” cannot be found or read.",
    "Le lot « {name} » est trop gros ({size} Mo).": "The lot “{name}” is too big ({size} MB).",
    "Le lot « {name} » est anormalement gros une fois décompressé.": "The lot “{name}” is abnormally big once decompressed.",
    "« {name} » n'est pas un lot de transfert (fichier zip attendu).": "“{name}” is not a transfer lot (a zip file is expected).",
    "Ce lot est endommagé : la liste des enregistrements est illisible.": "This lot is damaged: its list of records cannot be read.",
    "Ce conflit n'existe plus (déjà réglé ?).": "This conflict no longer exists (already settled?).",
    "L'effacement définitif n'est possible que sur une base SQLite.": "Permanent erasure is only possible in an SQLite database.",
    "Participant introuvable (identifiant {id}).": "Participant not found (identifier {id}).",
    "La sauvegarde « {name} » n'a pas pu être réécrite : {reason}": "The backup “{name}” could not be rewritten: {reason}",
    "La durée de conservation doit être comprise entre 1 et 50 ans.": "The retention period must be between 1 and 50 years.",
    "elle doit être comprise entre 1 et 200 ans (et non {years})": "it must be between 1 and 200 years (not {years})",
    "La restauration a échoué : {reason}": "The restore failed: {reason}",
    "« {name} » n'est pas une sauvegarde utilisable : {reason}": "“{name}” is not a usable backup: {reason}",
    "La sauvegarde et la base sont le même fichier.": "The backup and the database are the same file.",
    "Seule une base enregistrée dans un fichier peut être restaurée.": "Only a database saved in a file can be restored.",
    "Impossible d'ouvrir « {path} » : {reason}": "Cannot open “{path}”: {reason}",
    # core/services/logo.py
    "Le logo {name} pèse {size} : choisissez une image d’au plus 1 Mo.": "The logo {name} weighs {size}: choose an image of at most 1 MB.",
    "Le logo {name} n’a pas pu être lu : {reason} ; choisissez un autre fichier.": "The logo {name} could not be read: {reason}; choose another file.",
    "Le logo {name} pèse plus de 1 Mo : choisissez une image d’au plus 1 Mo.": "The logo {name} weighs more than 1 MB: choose an image of at most 1 MB.",
    "Le fichier {name} n’est pas une image PNG ou JPEG : choisissez un logo dans l’un de ces formats.": "The file {name} is not a PNG or JPEG image: choose a logo in one of these formats.",
    "Renseignez d’abord la structure (nom, SIRET ou RNA) avant de choisir son logo.": "Enter the organisation first (name, SIRET or RNA) before choosing its logo.",
    "Ce fichier pèse {size} : choisissez une image d’au plus 1 Mo.": "This file weighs {size}: choose an image of at most 1 MB.",
    "Ce fichier n’est pas une image PNG ou JPEG : choisissez un logo dans l’un de ces formats.": "This file is not a PNG or JPEG image: choose a logo in one of these formats.",
    # core/errors.py: a field and its problem
    "{label} : {message}": "{label}: {message}",
    # core/spreadsheet_import: reading a file, its columns and its rows
    "projet « {text} » inconnu : créez-le d'abord ou importez les projets": "unknown project “{text}”: create it first or import the projects",
    "organisation « {text} » inconnue : créez-la d'abord dans l'application": "unknown organisation “{text}”: create it first in the application",
    "« {text} » désigne plusieurs personnes : indiquez l'e-mail": "“{text}” matches several people: give the e-mail address",
    "participant « {text} » inconnu : importez d'abord les participants": "unknown participant “{text}”: import the participants first",
    "Ligne {line}, colonne {column} : {message}": "Row {line}, column {column}: {message}",
    "Ligne {line} : même contenu que la ligne {first}, ignorée": "Row {line}: same content as row {first}, skipped",
    "Type d'import inconnu : « {kind} » (participants, projets, heures, productions).": "Unknown import type: “{kind}” (participants, projets, heures, productions).",
    "Colonnes obligatoires non trouvées dans le fichier : {names}.": "Required columns not found in the file: {names}.",
    "Correspondance de colonnes illisible : « {name} ».": "Unreadable column mapping: “{name}”.",
    "La correspondance « {name} » n'est pas faite pour ce type d'import.": "The mapping “{name}” is not for this kind of import.",
    "« {name} » ne contient aucune ligne.": "“{name}” has no rows.",
    "« {name} » a trop de lignes ({n}, {most} au plus).": "“{name}” has too many rows ({n}, at most {most}).",
    "« {name} » est trop volumineux ({size} Mo, {most} Mo au plus).": "“{name}” is too large ({size} MB, at most {most} MB).",
    "« {name} » n'est pas un fichier CSV lisible ({reason}).": "“{name}” is not a readable CSV file ({reason}).",
    "« {name} » : classeur illisible ({reason}).": "“{name}”: unreadable workbook ({reason}).",
    "« {path} » est introuvable ou illisible.": "“{path}” cannot be found or read.",
    "« {name} » : enregistrez le fichier au format XLSX ou CSV pour l'importer.": "“{name}”: save the file as XLSX or CSV to import it.",
    # core/services/jobs.py, structure.py, org_changes.py (format 1.1)
    "les ETP recherche dépassent les ETP du contrat": "the research FTE exceed the FTE of the contract",
    "ce type de contrat figure deux fois": "this contract type is given twice",
    "calculé à partir des emplois par contrat ({total}) : modifiez les emplois": (
        "computed from the jobs by contract ({total}): change the jobs"
    ),
    "« {found} » désigne une personne : décrivez l'évolution sans nom, e-mail ni téléphone": (
        "“{found}” identifies a person: describe the change without a name, e-mail or phone"
    ),
    "Les emplois de {year} par type de contrat (CDI, CDD, service civique…) ne sont pas renseignés": (
        "The jobs of {year} by contract type (permanent, fixed-term, civic service…) are not entered"
    ),
}


def set_language(lang: str, typographic: bool = False) -> None:
    """The language of ``t`` from now on (the window's; French elsewhere).

    ``typographic`` (the window): French templates get French typography as they are read — a
    no-break space before « : » and inside « », a narrow one before « ; ! ? » — while files and
    the command line keep plain spaces, which every terminal and parser reads alike.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _state["lang"] = lang
    _state["typographic"] = "yes" if typographic else ""


def language() -> str:
    return _state["lang"]


def t(template: str, lang: str | None = None, /, **params: Any) -> str:
    """The message ``template`` (French) in ``lang`` (default: the current language), filled in."""
    if (lang or _state["lang"]) == "en":
        template = EN.get(template, template)
    elif _state["typographic"] and lang is None:
        template = french_typography(template)  # before the values: a path or a name stays as is
    return template.format(**params) if params else template


_HIGH = re.compile(r" ([;!?])")


def french_typography(text: str) -> str:
    """No-break space before « : » and inside « », narrow no-break space before « ; ! ? »."""
    text = text.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    return _HIGH.sub("\u202f\\1", text)


def plural(n: int, one: str, many: str, lang: str | None = None) -> str:
    """``one`` or ``many`` (French templates with ``{n}``) in ``lang``, by that language's rule:
    French says « 0 saisie », English “0 entries”."""
    singular = n == 1 if (lang or _state["lang"]) == "en" else n < 2
    return t(one if singular else many, lang, n=n)


def number(value: Decimal | int | float, lang: str | None = None) -> str:
    """A limit as a person reads it: ``0,01`` and ``10000000000`` in French, ``0.01`` in English."""
    text = format(Decimal(str(value)).normalize(), "f")
    return text if (lang or _state["lang"]) == "en" else text.replace(".", ",")
