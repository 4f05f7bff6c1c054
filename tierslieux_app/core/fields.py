"""Field rules of every entity: one description used to clean, check and label input.

Each field says its label (French, English), its kind and its limits; ``clean``
turns raw input (text typed in a form, a spreadsheet cell, a Python value) into
the stored value or collects a French message naming the field and the problem.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from . import parsing
from . import vocab as V
from .errors import FieldProblem, ValidationError
from .i18n import language, number, t

# Excel refuses cells longer than this; checked at entry so exports never truncate.
MAX_CELL = 32_767

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^(?=(?:\D*\d){6})\+?[0-9 .()-]{6,20}$")
RNA_RE = re.compile(r"^W\d{9}$")
INSEE_RE = re.compile(r"^([013-9]\d|2[AB1-9])\d{3}$")
POSTAL_RE = re.compile(r"^\d{5}$")
DEPARTEMENT_RE = re.compile(r"^(\d{2}|2[AB]|97\d)$")
ROR_RE = re.compile(r"^(https://ror\.org/)?0[a-hj-km-np-tv-z0-9]{6}\d{2}$")
DOI_RE = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:)?10\.\d{4,9}/\S+$", re.IGNORECASE)
HAL_RE = re.compile(
    r"^(hal|halshs|tel|inria|inserm|cea|hal-lirmm|ird|in2p3|dumas|sic|edutice|insu|medihal)-\d{8}(v\d+)?$"
)
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]*$|^https?://localhost[^\s]*$", re.IGNORECASE)


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Remove control characters (keeping line breaks and tabs in multi-line text), trim."""
    value = unicodedata.normalize("NFC", value)
    value = (_CONTROL if multiline else _CONTROL_ONE_LINE).sub("", value)
    return value.strip()


class Invalid(Exception):
    """Raised by a converter; carries the French message for the field."""

    def __init__(self, message: str, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


# -- converters: raw value -> stored value (or Invalid) ----------------------------


def _as_text(raw: Any) -> str:
    if isinstance(raw, str):
        return raw
    return str(raw)


def parse_date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    value = parsing.parse_date(_as_text(raw).strip())
    if isinstance(value, dt.date):
        return value
    text = _as_text(raw).strip()
    raise Invalid(
        t("« {text} » n'est pas une date valide (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)", text=text), "date"
    )


def parse_decimal(raw: Any) -> Decimal:
    if isinstance(raw, bool):
        raise Invalid(t("« {raw} » n'est pas un nombre", raw=raw), "number")
    if isinstance(raw, Decimal):
        value = raw
    elif isinstance(raw, int | float):
        value = Decimal(str(raw))
    else:
        text = _as_text(raw).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        text = text.replace("€", "").replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise Invalid(t("« {raw} » n'est pas un nombre", raw=raw), "number") from None
    if not value.is_finite():
        raise Invalid(t("« {raw} » n'est pas un nombre", raw=raw), "number")
    return value


def parse_int(raw: Any) -> int:
    value = parse_decimal(raw)
    if value.adjusted() > 18:  # int() of "1e99999999" would run for minutes
        raise Invalid(t("« {raw} » est un nombre trop grand", raw=raw), "max")
    if value != value.to_integral_value():
        raise Invalid(t("« {raw} » n'est pas un nombre entier", raw=raw), "integer")
    return int(value)


TRUE_WORDS = {"1", "true", "vrai", "oui", "o", "yes", "y", "x"}
FALSE_WORDS = {"0", "false", "faux", "non", "n", "no", ""}


def parse_bool(raw: Any) -> bool:
    if raw is None:
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int):
        return raw != 0
    text = _as_text(raw).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise Invalid(t("« {raw} » n'est pas une réponse oui/non", raw=raw), "bool")


def check_siret(value: str) -> str:
    compact = stdnum_siret.compact(value)
    if not compact.isdigit() or len(compact) != 14:
        raise Invalid(t("« {value} » n'est pas un SIRET : il faut 14 chiffres", value=value), "siret")
    if not stdnum_siret.is_valid(compact):
        raise Invalid(
            t("« {value} » n'est pas un SIRET valide (clé de contrôle incorrecte)", value=value), "siret"
        )
    return compact


def check_siren(value: str) -> str:
    compact = stdnum_siren.compact(value)
    if not stdnum_siren.is_valid(compact):
        raise Invalid(t("« {value} » n'est pas un SIREN valide", value=value), "siren")
    return compact


def _pattern(regex: re.Pattern[str], message: str, code: str, *, upper: bool = False) -> Callable[[str], str]:
    def check(value: str) -> str:
        value = value.replace(" ", "") if code in {"rna", "postal", "insee"} else value
        if upper:
            value = value.upper()
        if not regex.match(value):
            raise Invalid(t(message, value=value), code)
        return value

    return check


check_rna = _pattern(RNA_RE, "« {value} » n'est pas un numéro RNA (W suivi de 9 chiffres)", "rna", upper=True)
check_insee = _pattern(
    INSEE_RE, "« {value} » n'est pas un code commune INSEE (5 caractères)", "insee", upper=True
)
check_postal = _pattern(POSTAL_RE, "« {value} » n'est pas un code postal (5 chiffres)", "postal")
check_departement = _pattern(
    DEPARTEMENT_RE, "« {value} » n'est pas un numéro de département", "departement", upper=True
)
check_email = _pattern(EMAIL_RE, "« {value} » n'est pas une adresse e-mail valide", "email")
check_phone = _pattern(PHONE_RE, "« {value} » n'est pas un numéro de téléphone valide", "phone")
check_url = _pattern(URL_RE, "« {value} » n'est pas une adresse web (https://…)", "url")
check_ror = _pattern(ROR_RE, "« {value} » n'est pas un identifiant ROR (https://ror.org/0…)", "ror")


def check_identifier(value: str) -> str:
    """DOI, HAL id or web address of an output."""
    if DOI_RE.match(value) or HAL_RE.match(value) or URL_RE.match(value):
        return value
    raise Invalid(
        t(
            "« {value} » n'est ni un DOI (10.xxxx/…), ni un identifiant HAL (hal-01234567), "
            "ni une adresse web",
            value=value,
        ),
        "identifier",
    )


# -- field descriptions -------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str
    fr: str
    en: str
    kind: str  # text, longtext, code, codes, date, int, float, money, hours, bool, ref
    required: bool = False
    vocab: V.Vocab | None = None
    max_len: int = 200
    min: Decimal | int | float | None = None
    max: Decimal | int | float | None = None
    check: Callable[[str], str] | None = None  # extra format check for text kinds

    def label(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr


def _problem(f: Field, message: str, code: str) -> FieldProblem:
    return FieldProblem(field=f.name, label=f.label(language()), message=message, code=code)


def _is_blank(raw: Any) -> bool:
    return (
        raw is None
        or (isinstance(raw, str) and raw.strip() == "")
        or (isinstance(raw, list | tuple | set) and len(raw) == 0)
    )


def _convert(f: Field, raw: Any) -> Any:
    kind = f.kind
    if kind in {"text", "longtext"}:
        value = clean_text(_as_text(raw), multiline=kind == "longtext")
        if not value:  # only control characters: as blank as an empty cell
            if f.required:
                raise Invalid(t("ce champ est obligatoire"), "required")
            return None
        if len(value) > f.max_len:
            raise Invalid(
                t(
                    "le texte est trop long ({length} caractères, {most} au plus)",
                    length=len(value),
                    most=f.max_len,
                ),
                "too_long",
            )
        return f.check(value) if f.check and value else value
    if kind == "code":
        assert f.vocab is not None
        code = clean_text(_as_text(raw))
        if code not in f.vocab:
            raise Invalid(t("« {code} » ne fait pas partie des valeurs possibles", code=code), "code")
        return code
    if kind == "codes":
        assert f.vocab is not None
        items = list(raw) if isinstance(raw, list | tuple | set) else _as_text(raw).split(";")
        codes: list[str] = []
        for item in items:
            code = clean_text(_as_text(item))
            if not code:
                continue
            if code not in f.vocab:
                raise Invalid(t("« {code} » ne fait pas partie des valeurs possibles", code=code), "code")
            if code not in codes:
                codes.append(code)
        return codes
    if kind == "date":
        return parse_date(raw)
    if kind == "bool":
        return parse_bool(raw)
    if kind == "int":
        value = parse_int(raw)
    elif kind == "float":
        value = float(parse_decimal(raw))
    elif kind in {"money", "hours"}:
        hours = parsing.parse_hours(raw) if kind == "hours" else raw  # « 1h30 », « 90 min »…
        value = parse_decimal(raw if isinstance(hours, str) else hours)
        _check_limits(f, raw, value)
        if value != value.quantize(Decimal("0.01")):
            raise Invalid(t("« {raw} » a plus de deux décimales", raw=raw), "decimals")
        value = value.quantize(Decimal("0.01"))
    elif kind == "ref":
        ref = clean_text(_as_text(raw))
        if not ref and f.required:
            raise Invalid(t("ce champ est obligatoire"), "required")
        return ref or None
    else:  # pragma: no cover - a programming error, not user input
        raise AssertionError(f"unknown field kind {kind}")
    _check_limits(f, raw, value)
    return value


def _check_limits(f: Field, raw: Any, value: Decimal | int | float) -> None:
    if f.min is not None and value < f.min:
        raise Invalid(t("« {raw} » est inférieur au minimum ({limit})", raw=raw, limit=number(f.min)), "min")
    if f.max is not None and value > f.max:
        raise Invalid(t("« {raw} » dépasse le maximum ({limit})", raw=raw, limit=number(f.max)), "max")


def clean(
    fields: tuple[Field, ...], data: Mapping[str, Any], *, partial: bool = False
) -> tuple[dict[str, Any], list[FieldProblem]]:
    """Convert and check ``data``; returns the cleaned values and the problems found.

    With ``partial`` only the keys present are checked (an update); otherwise a
    missing required field is a problem.
    """
    out: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for f in fields:
        if f.name not in data:
            if f.required and not partial:
                problems.append(_problem(f, t("ce champ est obligatoire"), "required"))
            continue
        raw = data[f.name]
        if _is_blank(raw) and f.kind not in {"bool", "codes"}:
            if f.required:
                problems.append(_problem(f, t("ce champ est obligatoire"), "required"))
            else:
                out[f.name] = None
            continue
        if f.kind == "codes" and _is_blank(raw):
            if f.required:
                problems.append(_problem(f, t("choisissez au moins une valeur"), "required"))
            out[f.name] = []
            continue
        try:
            out[f.name] = _convert(f, raw)
        except Invalid as exc:
            problems.append(_problem(f, exc.message, exc.code))
    return out, problems


def clean_or_raise(
    fields: tuple[Field, ...], data: Mapping[str, Any], *, partial: bool = False
) -> dict[str, Any]:
    known = {f.name for f in fields}
    unknown = set(data) - known
    if unknown:
        raise AssertionError(f"unknown fields {sorted(unknown)}")  # programming error
    out, problems = clean(fields, data, partial=partial)
    if problems:
        raise ValidationError(problems)
    return out


def by_name(fields: tuple[Field, ...]) -> dict[str, Field]:
    return {f.name: f for f in fields}


THIS_YEAR_MAX = 2100
D = Decimal

STRUCTURE = (
    Field("name", "Nom", "Name", "text", required=True, max_len=200),
    Field("siret", "SIRET", "SIRET", "text", max_len=20, check=check_siret),
    Field("rna", "RNA", "RNA", "text", max_len=13, check=check_rna),
    Field("legal_form", "Forme juridique", "Legal form", "code", required=True, vocab=V.LEGAL_FORM),
    Field("tsr_category", "Catégorie TSR", "TSR category", "code", required=True, vocab=V.TSR_CATEGORY),
    Field(
        "insee_code", "Code commune INSEE", "INSEE municipality code", "text", max_len=5, check=check_insee
    ),
    Field("commune", "Commune", "Municipality", "text", max_len=120),
    Field("postal_code", "Code postal", "Postal code", "text", max_len=6, check=check_postal),
    Field("departement", "Département", "Department", "text", max_len=3, check=check_departement),
    Field("region", "Région", "Region", "text", max_len=80),
    Field("website", "Site web", "Website", "text", max_len=300, check=check_url),
    Field("email", "E-mail de contact", "Contact e-mail", "text", max_len=254, check=check_email),
    Field("founding_year", "Année de création", "Founding year", "int", min=1800, max=THIS_YEAR_MAX),
    Field("typology", "Typologie", "Typology", "codes", vocab=V.TYPOLOGY),
    Field(
        "insee_legal_category",
        "Catégorie juridique INSEE",
        "INSEE legal category",
        "code",
        vocab=V.INSEE_LEGAL_CATEGORY,
    ),
    Field("approvals", "Agréments", "Approvals", "codes", vocab=V.APPROVAL),
    Field("networks", "Réseaux", "Networks", "codes", vocab=V.NETWORK),
)

STRUCTURE_YEAR = (
    Field("year", "Année", "Year", "int", required=True, min=1990, max=THIS_YEAR_MAX),
    Field("employees", "Nombre de salariés", "Employees", "int", min=0, max=100_000),
    Field("fte", "ETP salariés", "FTE employees", "float", min=0, max=100_000),
    Field("research_fte", "ETP consacrés à la recherche", "FTE on research", "float", min=0, max=100_000),
    Field("active_volunteers", "Bénévoles actifs", "Active volunteers", "int", min=0, max=1_000_000),
    Field("total_budget", "Budget total (€)", "Total budget (€)", "money", min=D(0), max=D("1e10")),
    Field("research_budget", "Budget recherche (€)", "Research budget (€)", "money", min=D(0), max=D("1e10")),
    Field(
        "public_subsidy_share",
        "Part des subventions publiques (0 à 1)",
        "Share of public subsidies (0–1)",
        "float",
        min=0,
        max=1,
    ),
    Field(
        "volunteer_hourly_rate",
        "Valorisation horaire du bénévolat (€)",
        "Volunteer hourly value (€)",
        "money",
        required=True,
        min=D(0),
        max=D(1000),
    ),
    Field("hours_per_fte", "Heures par ETP", "Hours per FTE", "int", required=True, min=1, max=3000),
)

JOB_LINE = (
    Field("year", "Année", "Year", "int", required=True, min=1990, max=THIS_YEAR_MAX),
    Field("contract_type", "Type de contrat", "Contract type", "code", required=True, vocab=V.CONTRACT_TYPE),
    Field("headcount", "Effectif au 31 décembre", "Headcount on 31 December", "int", min=0, max=100_000),
    Field("fte", "ETP", "FTE", "float", min=0, max=100_000),
    Field("research_fte", "dont ETP recherche", "of which FTE on research", "float", min=0, max=100_000),
)

ORG_CHANGE = (
    Field("year", "Année", "Year", "int", required=True, min=1990, max=THIS_YEAR_MAX),
    Field("code", "Évolution", "Change", "code", required=True, vocab=V.ORG_CHANGE),
    Field(
        "description",
        "Description (sans nom de personne)",
        "Description (no person's name)",
        "text",
        max_len=300,
    ),
    Field("shared", "Transmise à l'observatoire", "Sent to the observatory", "bool"),
)

ORGANISATION = (
    Field("name", "Nom de l'organisation", "Organisation name", "text", required=True, max_len=200),
    Field("org_type", "Type d'organisation", "Organisation type", "code", required=True, vocab=V.ORG_TYPE),
    Field("sector", "Secteur", "Sector", "code", required=True, vocab=V.ORG_SECTOR),
    Field("siret", "SIRET", "SIRET", "text", max_len=20, check=check_siret),
    Field("rna", "RNA", "RNA", "text", max_len=13, check=check_rna),
    Field("ror", "Identifiant ROR", "ROR id", "text", max_len=40, check=check_ror),
)

PROJECT = (
    Field("title", "Titre", "Title", "text", required=True, max_len=300),
    Field("summary", "Résumé", "Summary", "longtext", max_len=10_000),
    Field("status", "Statut", "Status", "code", required=True, vocab=V.PROJECT_STATUS),
    Field("start_date", "Date de début", "Start date", "date"),
    Field("end_date", "Date de fin", "End date", "date"),
    Field("themes", "Thématiques", "Themes", "codes", vocab=V.THEME),
    Field(
        "participation_level",
        "Niveau de participation",
        "Participation level",
        "code",
        vocab=V.PARTICIPATION_LEVEL,
    ),
    Field("knowledge", "Savoirs croisés", "Knowledge types", "codes", vocab=V.KNOWLEDGE),
    Field(
        "charter_signed",
        "Charte des sciences et recherches participatives signée",
        "National charter signed",
        "bool",
    ),
    Field("total_budget", "Budget total (€)", "Total budget (€)", "money", min=D(0), max=D("1e10")),
    Field("engagement_forms", "Formes d'engagement", "Forms of engagement", "codes", vocab=V.ENGAGEMENT_FORM),
)

PARTICIPANT = (
    Field("first_name", "Prénom", "First name", "text", required=True, max_len=100),
    Field("last_name", "Nom", "Last name", "text", required=True, max_len=100),
    Field("email", "E-mail", "E-mail", "text", max_len=254, check=check_email),
    Field("phone", "Téléphone", "Phone", "text", max_len=30, check=check_phone),
    Field("category", "Catégorie", "Category", "code", required=True, vocab=V.PARTICIPANT_CATEGORY),
    Field("sector", "Secteur", "Sector", "code", required=True, vocab=V.PARTICIPANT_SECTOR),
    Field("affiliation_id", "Affiliation", "Affiliation", "ref"),
    Field("consent_date", "Date de consentement", "Consent date", "date"),
    Field("notes", "Notes", "Notes", "longtext", max_len=10_000),
)

PARTICIPATION = (
    Field("participant_id", "Participant", "Participant", "ref", required=True),
    Field("project_id", "Projet", "Project", "ref", required=True),
    Field("role", "Rôle", "Role", "code", required=True, vocab=V.ROLE),
    Field("start_date", "Date de début", "Start date", "date"),
    Field("end_date", "Date de fin", "End date", "date"),
)

TIME_ENTRY = (
    Field("participant_id", "Participant", "Participant", "ref", required=True),
    Field("project_id", "Projet", "Project", "ref", required=True),
    Field("date", "Date", "Date", "date", required=True),
    Field("hours", "Heures", "Hours", "hours", required=True, min=D("0.01"), max=D(24)),
    Field("time_type", "Type de temps", "Time type", "code", required=True, vocab=V.TIME_TYPE),
    Field("activity", "Activité", "Activity", "code", required=True, vocab=V.ACTIVITY),
    Field("note", "Note", "Note", "longtext", max_len=2_000),
)

OUTPUT = (
    Field("project_id", "Projet", "Project", "ref", required=True),
    Field("title", "Titre", "Title", "text", required=True, max_len=500),
    Field("date", "Date", "Date", "date"),
    Field("output_type", "Type de production", "Output type", "code", vocab=V.OUTPUT_TYPE),
    Field("subtype", "Sous-type", "Sub-type", "code", vocab=V.OUTPUT_SUBTYPE),
    Field(
        "identifier",
        "Identifiant (DOI, HAL, URL)",
        "Identifier (DOI, HAL, URL)",
        "text",
        max_len=500,
        check=check_identifier,
    ),
    Field("open_access", "Accès ouvert", "Open access", "bool"),
    Field("audiences", "Publics", "Audiences", "codes", vocab=V.AUDIENCE),
    Field("non_academic_coauthors", "Co-auteurs non académiques", "Non-academic co-authors", "bool"),
    Field(
        "attendees", "Nombre de participants (événements)", "Attendees (events)", "int", min=0, max=10_000_000
    ),
)

PROJECT_PARTNER = (
    Field("project_id", "Projet", "Project", "ref", required=True),
    Field("organisation_id", "Organisation", "Organisation", "ref", required=True),
    Field("role", "Rôle du partenaire", "Partner role", "code", required=True, vocab=V.PARTNER_ROLE),
)

FUNDING = (
    Field("project_id", "Projet", "Project", "ref"),
    Field("funder_id", "Financeur", "Funder", "ref", required=True),
    Field("programme", "Programme", "Programme", "code", required=True, vocab=V.PROGRAMME),
    Field("amount", "Montant (€)", "Amount (€)", "money", required=True, min=D("0.01"), max=D("1e10")),
    Field("year", "Année", "Year", "int", required=True, min=1990, max=THIS_YEAR_MAX),
    Field("nature", "Nature", "Nature", "code", required=True, vocab=V.FUNDING_NATURE),
    Field("reference", "Référence", "Reference", "text", max_len=200),
)
