"""The list of projects (title, status, dates, hours)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core import vocab as V
from ._rows import ID_ROLE, ROW_ROLE, SORT_ROLE, Column, RowsModel

__all__ = ["ID_ROLE", "ROW_ROLE", "SORT_ROLE", "ProjectsModel"]


class ProjectsModel(RowsModel):
    COL_TITLE, COL_STATUS, COL_START, COL_END = range(4)
    columns = (
        Column("title", QT_TRANSLATE_NOOP("ProjectsModel", "Titre")),
        Column("status", QT_TRANSLATE_NOOP("ProjectsModel", "Statut"), vocab=V.PROJECT_STATUS),
        Column("start_date", QT_TRANSLATE_NOOP("ProjectsModel", "Début"), "date"),
        Column("end_date", QT_TRANSLATE_NOOP("ProjectsModel", "Fin"), "date"),
    )


class MembersModel(RowsModel):
    """Participations of one project (person, role, hours)."""

    COL_NAME, COL_ROLE, COL_CATEGORY, COL_HOURS = range(4)
    columns = (
        Column("name", QT_TRANSLATE_NOOP("MembersModel", "Personne")),
        Column("role", QT_TRANSLATE_NOOP("MembersModel", "Rôle"), vocab=V.ROLE),
        Column("category", QT_TRANSLATE_NOOP("MembersModel", "Catégorie"), vocab=V.PARTICIPANT_CATEGORY),
        Column("hours", QT_TRANSLATE_NOOP("MembersModel", "Heures"), "hours"),
    )

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        super().set_rows([{**r, "name": f"{r['first_name']} {r['last_name']}"} for r in rows])


class PartnersModel(RowsModel):
    COL_NAME, COL_ROLE, COL_TYPE = range(3)
    columns = (
        Column("organisation_name", QT_TRANSLATE_NOOP("PartnersModel", "Organisation")),
        Column("role", QT_TRANSLATE_NOOP("PartnersModel", "Rôle"), vocab=V.PARTNER_ROLE),
        Column("org_type", QT_TRANSLATE_NOOP("PartnersModel", "Type"), vocab=V.ORG_TYPE),
    )


class FundingModel(RowsModel):
    COL_FUNDER, COL_PROGRAMME, COL_YEAR, COL_AMOUNT = range(4)
    columns = (
        Column("funder_name", QT_TRANSLATE_NOOP("FundingModel", "Financeur")),
        Column("programme", QT_TRANSLATE_NOOP("FundingModel", "Programme"), vocab=V.PROGRAMME),
        Column("year", QT_TRANSLATE_NOOP("FundingModel", "Année"), "int"),
        Column("amount", QT_TRANSLATE_NOOP("FundingModel", "Montant (€)"), "money"),
    )
