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

from decimal import Decimal
from typing import Any

LANGUAGES = ("fr", "en")
_state = {"lang": "fr"}

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
    "« {value} » n'est pas un numéro de département": "“{value}” is not a département number",
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
    "Les emplois de {year} par type de contrat (CDI, CDD, service civique…) ne sont pas renseignés": (
        "The jobs of {year} by contract type (permanent, fixed-term, civic service…) are not entered"
    ),
}


def set_language(lang: str) -> None:
    """The language of ``t`` from now on (the window's; French elsewhere)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _state["lang"] = lang


def language() -> str:
    return _state["lang"]


def t(template: str, lang: str | None = None, /, **params: Any) -> str:
    """The message ``template`` (French) in ``lang`` (default: the current language), filled in."""
    if (lang or _state["lang"]) == "en":
        template = EN.get(template, template)
    return template.format(**params) if params else template


def number(value: Decimal | int | float, lang: str | None = None) -> str:
    """A limit as a person reads it: ``0,01`` and ``10000000000`` in French, ``0.01`` in English."""
    text = format(Decimal(str(value)).normalize(), "f")
    return text if (lang or _state["lang"]) == "en" else text.replace(".", ",")


def plural(n: int, one: str, many: str) -> str:
    """« 1 ligne », « 0 ligne », « 3 lignes »: the count and its noun, French rule (0 and 1 singular)."""
    return f"{n} {one if abs(n) < 2 else many}"
