"""The columns of each kind of import, and blank templates with drop-down lists to fill in."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .. import fields as F
from .. import vocab as V
from ..fileio import atomic_path
from ..format.descriptor import load


@dataclass(frozen=True)
class Column:
    key: str  # a field name, or a reference resolved by the importer ("project", "participant"…)
    header: str  # the French header of the template
    kind: str  # text, longtext, code, codes, date, hours, money, bool, ref
    vocab: V.Vocab | None = None
    synonyms: tuple[str, ...] = ()
    example: str = ""


def _col(fields: tuple[F.Field, ...], name: str, header: str, example: str = "", *syn: str) -> Column:
    f = F.by_name(fields)[name]
    return Column(name, header, f.kind, f.vocab, syn, example)


KINDS: dict[str, tuple[Column, ...]] = {
    "participants": (
        _col(F.PARTICIPANT, "first_name", "Prénom", "Camille", "prenom", "first name"),
        _col(F.PARTICIPANT, "last_name", "Nom", "Martin", "nom de famille", "last name", "name"),
        _col(F.PARTICIPANT, "email", "E-mail", "camille.martin@example.org", "email", "courriel", "mail"),
        _col(F.PARTICIPANT, "phone", "Téléphone", "06 12 34 56 78", "tel", "portable", "telephone"),
        _col(F.PARTICIPANT, "category", "Catégorie", "Bénévole", "categorie", "statut"),
        _col(F.PARTICIPANT, "sector", "Secteur", "Société civile (à titre personnel)"),
        Column("affiliation", "Affiliation", "ref", None, ("organisation", "structure", "employeur")),
        _col(F.PARTICIPANT, "consent_date", "Date de consentement", "15/01/2025", "consentement", "rgpd"),
        _col(F.PARTICIPANT, "notes", "Notes", "", "remarques", "commentaire"),
    ),
    "projets": (
        _col(F.PROJECT, "title", "Titre", "Jardins partagés", "projet", "nom du projet", "intitule"),
        _col(F.PROJECT, "summary", "Résumé", "Suivi participatif de la biodiversité", "description"),
        _col(F.PROJECT, "status", "Statut", "En cours", "etat"),
        _col(F.PROJECT, "start_date", "Date de début", "01/03/2025", "debut", "date debut"),
        _col(F.PROJECT, "end_date", "Date de fin", "", "fin", "date fin"),
        _col(F.PROJECT, "themes", "Thématiques", "", "themes", "thematique", "theme"),
        _col(F.PROJECT, "participation_level", "Niveau de participation", "", "niveau"),
        _col(F.PROJECT, "knowledge", "Savoirs croisés", "", "savoirs"),
        _col(F.PROJECT, "charter_signed", "Charte", "oui", "charte signee"),
        _col(F.PROJECT, "total_budget", "Budget total", "12 000", "budget"),
        _col(
            F.PROJECT,
            "engagement_forms",
            "Formes d'engagement",
            "Recherche participative",
            "forme d'engagement",
            "engagement",
        ),
    ),
    "heures": (
        _col(F.TIME_ENTRY, "date", "Date", "12/03/2025", "jour"),
        Column("project", "Projet", "ref", None, ("titre du projet", "project"), "Jardins partagés"),
        Column(
            "participant",
            "Participant",
            "ref",
            None,
            ("personne", "nom", "participante", "qui"),
            "Camille Martin",
        ),
        _col(F.TIME_ENTRY, "hours", "Heures", "1h30", "duree", "temps", "nb heures", "nombre d'heures"),
        _col(F.TIME_ENTRY, "time_type", "Type de temps", "Bénévole", "type"),
        _col(F.TIME_ENTRY, "activity", "Activité", "Collecte de données", "activite", "tache"),
        _col(F.TIME_ENTRY, "note", "Note", "", "commentaire", "remarque"),
    ),
    "productions": (
        Column("project", "Projet", "ref", None, ("titre du projet",), "Jardins partagés"),
        _col(F.OUTPUT, "title", "Titre", "Rapport d'étape", "production", "intitule"),
        _col(F.OUTPUT, "date", "Date", "30/06/2025"),
        _col(F.OUTPUT, "output_type", "Type", "", "type de production"),
        _col(F.OUTPUT, "subtype", "Sous-type", "", "sous type"),
        _col(F.OUTPUT, "identifier", "Identifiant", "", "doi", "hal", "url", "lien"),
        _col(F.OUTPUT, "open_access", "Accès ouvert", "oui", "acces ouvert", "open access"),
        _col(F.OUTPUT, "audiences", "Publics", "", "public", "audience"),
    ),
}

# The import kinds whose columns are also exported (as the format's ``record.attribute`` sources):
# such a column takes the exported column's French title, the old header staying a synonym.
EXPORTED_AS = {"projets": ("projets", "projet"), "productions": ("productions", "production")}


def _export_titles(kind: str, columns: tuple[Column, ...]) -> tuple[Column, ...]:
    if kind not in EXPORTED_AS:
        return columns
    table, record = EXPORTED_AS[kind]
    titles = {
        f.source.partition(".")[2]: f.title
        for f in load().table(table).fields
        if f.source.startswith(f"{record}.")
    }
    return tuple(
        replace(c, header=titles[c.key], synonyms=(c.header, *c.synonyms))
        if titles.get(c.key, c.header) != c.header
        else c
        for c in columns
    )


KINDS = {kind: _export_titles(kind, columns) for kind, columns in KINDS.items()}

KIND_LABELS = {
    "participants": "Participants",
    "projets": "Projets",
    "heures": "Heures",
    "productions": "Productions",
}


def _example(col: Column) -> str:
    if col.example:
        return col.example
    if col.vocab is not None and col.vocab.codes:
        return col.vocab.label(col.vocab.codes[0])
    return ""


def write_template(kind: str, out: Path) -> Path:
    """An XLSX with the French headers, an example row and drop-down lists of labels."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    columns = KINDS[kind]
    wb = Workbook()
    ws = wb.active
    ws.title = KIND_LABELS[kind]
    lists = wb.create_sheet("Listes")
    lists.sheet_state = "hidden"
    for j, col in enumerate(columns, start=1):
        letter = get_column_letter(j)
        ws.cell(1, j, col.header).font = Font(bold=True)
        cell = ws.cell(2, j, _example(col))
        cell.data_type = "s"
        ws.column_dimensions[letter].width = max(14, len(col.header) + 4)
        if col.vocab is None:
            continue
        for i, code in enumerate(col.vocab.codes, start=1):
            lists.cell(i, j, col.vocab.label(code))
        source = f"Listes!${letter}$1:${letter}${len(col.vocab.codes)}"
        dv = DataValidation(type="list", formula1=f"={source}", allow_blank=True)
        # several codes may go in one cell ("a ; b"): the list helps without refusing
        dv.showErrorMessage = col.kind == "code"
        dv.error = "Choisissez une valeur de la liste."
        ws.add_data_validation(dv)
        dv.add(f"{letter}2:{letter}5000")
    ws.freeze_panes = "A2"
    with atomic_path(Path(out), suffix=".xlsx") as tmp:
        wb.save(tmp)
    return Path(out)
