"""The jobs of one year by contract type (format 1.1.0 ``emplois``): a small editable grid.

Every contract type has its row (an empty cell counts as 0); a totals row follows the
employment contracts (the year's « salariés », ``vocab.EMPLOYMENT_CONTRACTS``) and another
the other people counted apart (interns, civic service, seconded staff). Each edited cell
saves the year's lines at once through an undo command (``jobs.save_jobs``, which also
derives the year's headcount and FTE); a refused value keeps its French message on the
cell and saves nothing. Rows never move: reloading keeps the keyboard cursor where it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...core import vocab as V
from ...core.errors import TiersLieuxError, ValidationError
from ...core.services import jobs
from ...core.services import structure as structure_services
from .. import undo
from ..context import AppContext
from ..widgets.form import format_number

Index = QModelIndex | QPersistentModelIndex
COL_CONTRACT, COL_HEADCOUNT, COL_FTE, COL_RESEARCH = range(4)
KEYS = {COL_HEADCOUNT: "headcount", COL_FTE: "fte", COL_RESEARCH: "research_fte"}
EMPLOYMENT = tuple(c for c in V.CONTRACT_TYPE.codes if c in V.EMPLOYMENT_CONTRACTS)
OTHERS = tuple(c for c in V.CONTRACT_TYPE.codes if c not in V.EMPLOYMENT_CONTRACTS)
TOTAL_EMPLOYEES, TOTAL_OTHERS = "total_salaries", "total_autres"
# Row order: employment contracts, their total, the others, their total.
ROWS: tuple[str, ...] = (*EMPLOYMENT, TOTAL_EMPLOYEES, *OTHERS, TOTAL_OTHERS)
TOTALS = {TOTAL_EMPLOYEES: EMPLOYMENT, TOTAL_OTHERS: OTHERS}
CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's contract type (or its totals key)
YEAR_TOTALS = structure_services.TOTAL_FIELDS


class JobsModel(QAbstractTableModel):
    """``problem(message)``: a refused value's French sentence ("" once a value is accepted)."""

    problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: Any = None):
        super().__init__(parent)
        self.ctx = ctx
        self.year: int | None = None
        self.lines: dict[str, dict[str, Any]] = {}  # contract type → stored line
        self._errors: dict[tuple[int, int], str] = {}

    # -- loading ----------------------------------------------------------------

    def load(self, year: int) -> None:
        if year != self.year:
            self._errors.clear()
        self.year = year
        self.lines = {r["contract_type"]: r for r in jobs.list_jobs(self.ctx.db, year)}
        self.dataChanged.emit(self.index(0, 0), self.index(len(ROWS) - 1, COL_RESEARCH))

    def reload(self) -> None:
        if self.year is not None:
            self.load(self.year)

    def has_lines(self) -> bool:
        return bool(self.lines)

    def value(self, code: str, key: str) -> float:
        """A cell's number (0 when the contract type has no line)."""
        line = self.lines.get(code)
        return (line.get(key) or 0) if line else 0

    def total(self, key_or_total: str, key: str) -> float:
        codes = TOTALS[key_or_total]
        return round(sum(float(self.value(c, key)) for c in codes), 2)

    def row_of(self, code: str) -> int:
        return ROWS.index(code)

    @staticmethod
    def is_total(row: int) -> bool:
        return ROWS[row] in TOTALS

    # -- Qt model ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Type de contrat"),
            self.tr("Effectif\nau 31/12"),  # two lines: the contract names keep the width
            self.tr("ETP"),
            self.tr("dont ETP\nrecherche"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in KEYS and not self.is_total(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        code = ROWS[row]
        total = code in TOTALS
        if role == CODE_ROLE:
            return code
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and (row, column) in self._errors:
            return QBrush(QColor("#fde7ea"))  # the refused cell, beside its message
        if role == Qt.ItemDataRole.ToolTipRole:
            if (row, column) in self._errors:
                return self._errors[(row, column)]
            if column == COL_CONTRACT and code == TOTAL_OTHERS:
                return self.tr("Stage, service civique, mise à disposition : comptés à part des salariés")
            return self._label(code) if column == COL_CONTRACT else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in KEYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == COL_CONTRACT:
            return self._label(code)
        key = KEYS[column]
        number = self.total(code, key) if total else self.value(code, key)
        if not number and not total:
            return ""  # an empty cell is 0: the rows with jobs stand out
        kind = "int" if key == "headcount" else "float"
        return format_number(number if kind == "int" else float(number), self.ctx.lang, kind)

    def _label(self, code: str) -> str:
        if code == TOTAL_EMPLOYEES:
            return self.tr("Total salariés")
        if code == TOTAL_OTHERS:
            return self.tr("Total hors salariés")
        return V.CONTRACT_TYPE.label(code, self.ctx.lang)

    # -- edits ------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable)
            or self.year is None
        ):
            return False
        row, column = index.row(), index.column()
        code, key = ROWS[row], KEYS[column]
        text = "" if value is None else str(value).strip()
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            self._accept(row, column)
            return False
        year = self.year
        lines = [{k: line.get(k) for k in ("contract_type", *KEYS.values())} for line in self.lines.values()]
        mine = next((line for line in lines if line["contract_type"] == code), None)
        if mine is None:
            mine = {"contract_type": code, "headcount": 0, "fte": 0, "research_fte": 0}
            lines.append(mine)
        mine[key] = text or 0

        def do() -> tuple[list[dict[str, Any]], dict[str, Any]]:
            facts = structure_services.get_year(self.ctx.db, year) or {}
            typed = {k: facts.get(k) for k in YEAR_TOTALS}
            return jobs.save_jobs(self.ctx.db, year, lines), typed

        def undo_with(result: tuple[list[dict[str, Any]], dict[str, Any]]) -> None:
            before, typed = result
            jobs.save_jobs(self.ctx.db, year, before)
            if not before:  # the year had no lines: its totals were typed by hand, put them back
                structure_services.save_year(self.ctx.db, year, typed)

        text_undo = (
            self.tr("Emplois %1 : %2")
            .replace("%1", str(year))
            .replace("%2", V.CONTRACT_TYPE.label(code, self.ctx.lang))
        )
        _result, error = undo.run(self.ctx, text_undo, "structure_year", do, undo_with, after=self.reload)
        if error is not None:
            return self._refuse(row, column, _message(error))
        self._accept(row, column)
        return True

    def _accept(self, row: int, column: int) -> None:
        if self._errors.pop((row, column), None) is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
        self.problem.emit("")

    def _refuse(self, row: int, column: int, message: str) -> bool:
        self._errors[(row, column)] = message
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        self.problem.emit(message)
        return False


def _message(error: TiersLieuxError) -> str:
    if isinstance(error, ValidationError):
        return str(error.problems[0])
    return str(error)
