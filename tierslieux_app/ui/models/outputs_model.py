"""The list of outputs (productions)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core import vocab as V
from ._rows import Column, RowsModel


class OutputsModel(RowsModel):
    COL_DATE, COL_TITLE, COL_TYPE, COL_PROJECT, COL_OPEN = range(5)
    columns = (
        Column("date", QT_TRANSLATE_NOOP("OutputsModel", "Date"), "date"),
        Column("title", QT_TRANSLATE_NOOP("OutputsModel", "Titre")),
        Column("output_type", QT_TRANSLATE_NOOP("OutputsModel", "Type"), vocab=V.OUTPUT_TYPE),
        Column("project_title", QT_TRANSLATE_NOOP("OutputsModel", "Projet")),
        Column("open_access", QT_TRANSLATE_NOOP("OutputsModel", "Accès ouvert"), "bool"),
    )
