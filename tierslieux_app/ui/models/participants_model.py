"""The list of participants and, on a person's page, their projects."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core import vocab as V
from ._rows import Column, RowsModel


class ParticipantsModel(RowsModel):
    COL_LAST, COL_FIRST, COL_CATEGORY, COL_SECTOR, COL_HOURS = range(5)
    columns = (
        Column("last_name", QT_TRANSLATE_NOOP("ParticipantsModel", "Nom")),
        Column("first_name", QT_TRANSLATE_NOOP("ParticipantsModel", "Prénom")),
        Column("category", QT_TRANSLATE_NOOP("ParticipantsModel", "Catégorie"), vocab=V.PARTICIPANT_CATEGORY),
        Column("sector", QT_TRANSLATE_NOOP("ParticipantsModel", "Secteur"), vocab=V.PARTICIPANT_SECTOR),
        Column("hours", QT_TRANSLATE_NOOP("ParticipantsModel", "Heures"), "hours"),
    )


class PersonProjectsModel(RowsModel):
    COL_TITLE, COL_ROLE, COL_STATUS, COL_HOURS = range(4)
    columns = (
        Column("title", QT_TRANSLATE_NOOP("PersonProjectsModel", "Projet")),
        Column("role", QT_TRANSLATE_NOOP("PersonProjectsModel", "Rôle"), vocab=V.ROLE),
        Column("status", QT_TRANSLATE_NOOP("PersonProjectsModel", "Statut"), vocab=V.PROJECT_STATUS),
        Column("hours", QT_TRANSLATE_NOOP("PersonProjectsModel", "Heures"), "hours"),
    )
