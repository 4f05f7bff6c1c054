"""The weekly timesheets: seven day columns, one row per (owner, time type, activity).

Two grids share one behaviour (``WeekGridModel``):

- ``TimesheetModel``, one project's week for coordinators: one row per (person, type, activity);
- ``PersonWeekModel``, « Ma semaine »: one person's week, one row per (project, type, activity).

Each edited cell is saved at once through an undo command (``timesheet.set_cell``);
an invalid value (30 h, "abc") is refused with a French message and nothing is saved.
Hours take every form the spreadsheet import takes (« 1h30 », « 90 min », « 1,5 »).
Rows stay where they are while the week is shown, so the keyboard cursor never jumps.
A new row's time type and activity come from the core rule (``timesheet.line_defaults``);
``cycle_time_type`` changes a row's time type in one step. The header of each day shows
that day's total, the header of the last column the week's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ...core import vocab as V
from ...core.errors import TiersLieuxError, ValidationError
from ...core.services import timesheet
from ...core.services.timesheet import DAYS, ProjectLine, SheetLine, monday_of
from .. import undo
from ..context import AppContext
from ..widgets.form import format_number

Index = QModelIndex | QPersistentModelIndex
Line = SheetLine | ProjectLine
COL_NAME, COL_TYPE, COL_ACTIVITY = 0, 1, 2
COL_DAY0 = 3  # Monday; Sunday is COL_DAY0 + 6
COL_TOTAL = COL_DAY0 + DAYS
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (owner id, time_type, activity) of the row
DAY_NAMES = (  # marked for lupdate, translated in headerData
    QT_TRANSLATE_NOOP("TimesheetModel", "lun."),
    QT_TRANSLATE_NOOP("TimesheetModel", "mar."),
    QT_TRANSLATE_NOOP("TimesheetModel", "mer."),
    QT_TRANSLATE_NOOP("TimesheetModel", "jeu."),
    QT_TRANSLATE_NOOP("TimesheetModel", "ven."),
    QT_TRANSLATE_NOOP("TimesheetModel", "sam."),
    QT_TRANSLATE_NOOP("TimesheetModel", "dim."),
)


class WeekGridModel(QAbstractTableModel):
    """What both grids share; a subclass says whose week it is and where a row's cells go."""

    problem = Signal(str)  # French message of a refused value ("" once a value is accepted)

    def __init__(self, ctx: AppContext, parent: Any = None):
        super().__init__(parent)
        self.ctx = ctx
        self.monday = monday_of(dt.date.today())
        self.lines: list[Any] = []
        self._errors: dict[tuple[int, int], str] = {}

    # -- what a subclass says ---------------------------------------------------

    def owner(self) -> str | None:
        """The project (per-project grid) or the person (« Ma semaine ») whose week is shown."""
        raise NotImplementedError

    def _fetch(self) -> list[Any]:
        raise NotImplementedError

    def _where(self, key: tuple[str, str, str]) -> tuple[str, str]:
        """(project id, participant id) of the cells of the row with ``key``."""
        raise NotImplementedError

    def _row_label(self, line: Any) -> str:
        raise NotImplementedError

    def _first_header(self) -> str:
        raise NotImplementedError

    def _copy(self, monday: dt.date) -> list[str]:
        raise NotImplementedError

    # -- loading ----------------------------------------------------------------

    def _load(self, monday: dt.date) -> None:
        self.beginResetModel()
        self.monday = monday_of(monday)
        self.lines = self._fetch() if self.owner() else []
        self._errors.clear()
        self.endResetModel()

    def reload(self) -> None:
        """Same owner and week after a change: update the hours, keep the rows in place."""
        if not self.owner():
            return
        fresh = {ln.key: ln for ln in self._fetch()}
        known = {ln.key for ln in self.lines}
        for line in self.lines:
            found = fresh.get(line.key)
            line.hours = list(found.hours) if found else [None] * DAYS
        new = [ln for key, ln in fresh.items() if key not in known and any(h is not None for h in ln.hours)]
        if new:
            self.beginResetModel()
            for ln in new:
                last = max((i for i, x in enumerate(self.lines) if x.key[0] == ln.key[0]), default=-1)
                self.lines.insert(last + 1 if last >= 0 else len(self.lines), ln)
            self.endResetModel()
        elif self.lines:
            self.dataChanged.emit(self.index(0, COL_DAY0), self.index(len(self.lines) - 1, COL_TOTAL))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_DAY0, COL_TOTAL)

    def day(self, column: int) -> dt.date:
        return self.monday + dt.timedelta(days=column - COL_DAY0)

    def index_of_key(self, key: tuple[str, str, str], column: int) -> QModelIndex:
        row = next((i for i, ln in enumerate(self.lines) if ln.key == key), -1)
        return self.index(row, column) if row >= 0 else QModelIndex()

    def first_empty_cell(self) -> QModelIndex:
        """The first day without hours on the first row (today's, if today is this week and empty)."""
        if not self.lines:
            return QModelIndex()
        hours = self.lines[0].hours
        for i in range(DAYS):
            if hours[i] is None:
                return self.index(0, COL_DAY0 + i)
        return self.index(0, COL_DAY0)

    def day_total(self, offset: int) -> Decimal:
        return sum((ln.hours[offset] for ln in self.lines if ln.hours[offset] is not None), Decimal(0))

    def week_total(self) -> Decimal:
        return sum((self.day_total(i) for i in range(DAYS)), Decimal(0))

    # -- Qt model ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COL_TOTAL + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and COL_DAY0 <= section < COL_TOTAL:
            return self.day(section).strftime("%d/%m/%Y")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = self.ctx.lang
        if section == COL_NAME:
            return self._first_header()
        if section == COL_TYPE:
            return self.tr("Type de temps")
        if section == COL_ACTIVITY:
            return self.tr("Activité")
        if section == COL_TOTAL:
            total = self.week_total()
            return self.tr("Total") + ("\n" + format_number(total, lang) if total else "\n–")
        day = self.day(section)
        total = self.day_total(section - COL_DAY0)
        day_name = QCoreApplication.translate("TimesheetModel", DAY_NAMES[section - COL_DAY0])
        name = f"{day_name} {day.day}"  # the full date in the tooltip
        return name + ("\n" + format_number(total, lang) if total else "\n–")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and (COL_TYPE <= index.column() < COL_TOTAL):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        lang = self.ctx.lang
        if role == KEY_ROLE:
            return line.key
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME:
                return self._row_label(line)  # long titles are elided in the cell
            error = self._errors.get((index.row(), column))
            if column == COL_TYPE and not error:
                return self.tr("Espace : type de temps suivant")
            return error or None
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), column) in self._errors:
            return QBrush(QColor("#fde7ea"))  # the refused cell, beside its message
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_DAY0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == COL_NAME:
            return self._row_label(line)
        if column == COL_TYPE:
            return (
                line.time_type
                if role == Qt.ItemDataRole.EditRole
                else V.TIME_TYPE.label(line.time_type, lang)
            )
        if column == COL_ACTIVITY:
            return (
                line.activity if role == Qt.ItemDataRole.EditRole else V.ACTIVITY.label(line.activity, lang)
            )
        if column == COL_TOTAL:
            total = sum((h for h in line.hours if h is not None), Decimal(0))
            return format_number(total, lang) if total else ""
        return format_number(line.hours[column - COL_DAY0], lang)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.owner():
            return False
        column = index.column()
        if COL_DAY0 <= column < COL_TOTAL:
            return self._set_hours(index.row(), column, value)
        if column in (COL_TYPE, COL_ACTIVITY) and isinstance(value, str):
            return self._retype(index.row(), column, value)
        return False

    # -- edits ------------------------------------------------------------------

    def _refuse(self, row: int, column: int, message: str) -> bool:
        self._errors[(row, column)] = message
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        self.problem.emit(message)
        return False

    def _set_hours(self, row: int, column: int, value: Any) -> bool:
        line, day = self.lines[row], self.day(column)
        text = "" if value is None else str(value).strip()
        old = line.hours[column - COL_DAY0]
        if (text == "" and old is None) or text == format_number(old, self.ctx.lang):
            return False
        key = line.key
        project, person = self._where(key)

        def do() -> list[dict[str, Any]]:
            return timesheet.set_cell(self.ctx.db, project, person, day, key[1], key[2], text)

        def undo_with(before: list[dict[str, Any]]) -> None:
            timesheet.restore_cell(self.ctx.db, project, person, day, key[1], key[2], before)

        label = (
            self.tr("Heures de %1 le %2")
            .replace("%1", self._row_label(line))
            .replace("%2", day.strftime("%d/%m/%Y"))
        )
        _result, error = undo.run(self.ctx, label, "time_entry", do, undo_with, after=self.reload)
        if error is not None:
            return self._refuse(row, column, _message(error))
        self._errors.pop((row, column), None)
        self.problem.emit("")
        return True

    def cycle_time_type(self, row: int) -> bool:
        """The row's next time type (bénévole → salarié → mis à disposition → …), in one step."""
        if not 0 <= row < len(self.lines):
            return False
        codes = V.TIME_TYPE.codes
        current = self.lines[row].time_type
        following = codes[(codes.index(current) + 1) % len(codes)] if current in codes else codes[0]
        return self._retype(row, COL_TYPE, following)

    def _retype(self, row: int, column: int, code: str) -> bool:
        """Change the type or activity of a line; its hours move with it (one undo step)."""
        line = self.lines[row]
        time_type = code if column == COL_TYPE else line.time_type
        activity = code if column == COL_ACTIVITY else line.activity
        if (time_type, activity) == (line.time_type, line.activity):
            return False
        vocab = V.TIME_TYPE if column == COL_TYPE else V.ACTIVITY
        if code not in vocab:
            return False
        new_key = (line.key[0], time_type, activity)
        if any(other.key == new_key for other in self.lines):
            return self._refuse(
                row,
                column,
                self.tr("Une ligne existe déjà pour cette personne avec ce type et cette activité."),
            )
        if all(h is None for h in line.hours):
            line.time_type, line.activity = time_type, activity
            self.dataChanged.emit(self.index(row, COL_TYPE), self.index(row, COL_ACTIVITY))
            return True
        old_key = line.key
        project, person = self._where(old_key)
        cells = [(self.day(COL_DAY0 + i), h) for i, h in enumerate(line.hours) if h is not None]
        # The line takes its new key first so that reload() finds its hours there.
        line.time_type, line.activity = time_type, activity
        stack = self.ctx.undo_stack
        label = self.tr("Changer le type ou l’activité de %1").replace("%1", self._row_label(line))
        stack.beginMacro(label)
        error: TiersLieuxError | None = None
        for day, hours in cells:
            for key, amount in ((new_key, str(hours)), (old_key, "")):

                def do(key: tuple[str, str, str] = key, amount: str = amount, day: dt.date = day) -> Any:
                    return timesheet.set_cell(self.ctx.db, project, person, day, key[1], key[2], amount)

                def back(before: Any, key: tuple[str, str, str] = key, day: dt.date = day) -> None:
                    timesheet.restore_cell(self.ctx.db, project, person, day, key[1], key[2], before)

                _r, error = undo.run(self.ctx, label, "time_entry", do, back, after=self.reload)
                if error is not None:
                    break
            if error is not None:
                break
        stack.endMacro()
        if error is not None:
            stack.undo()  # put back what part of the move was done
            line.time_type, line.activity = old_key[1], old_key[2]
            self.reload()
            return self._refuse(row, column, _message(error))
        self.dataChanged.emit(self.index(row, COL_TYPE), self.index(row, COL_TOTAL))
        return True

    def copy_previous_week(self) -> tuple[int, str | None]:
        """Copy last week's hours where this week's cells are empty (one undo step)."""
        monday = self.monday
        if not self.owner():
            return 0, None

        def do() -> list[str]:
            return self._copy(monday)

        def undo_with(ids: list[str]) -> None:
            timesheet.delete_entries(self.ctx.db, ids)

        created, error = undo.run(
            self.ctx, self.tr("Copier la semaine précédente"), "time_entry", do, undo_with, after=self.reload
        )
        return (len(created or []), _message(error) if error else None)


class TimesheetModel(WeekGridModel):
    """One project's week: one row per (person, time type, activity)."""

    def __init__(self, ctx: AppContext, parent: Any = None):
        super().__init__(ctx, parent)
        self.project_id: str | None = None
        self.lines: list[SheetLine] = []

    def owner(self) -> str | None:
        return self.project_id

    def load(self, project_id: str | None, monday: dt.date) -> None:
        """Show another project or week: rows are rebuilt from the database."""
        self.project_id = project_id
        self._load(monday)

    def _fetch(self) -> list[SheetLine]:
        assert self.project_id is not None
        return timesheet.week_lines(self.ctx.db, self.project_id, self.monday)

    def _where(self, key: tuple[str, str, str]) -> tuple[str, str]:
        assert self.project_id is not None
        return self.project_id, key[0]

    def _row_label(self, line: SheetLine) -> str:
        return line.name

    def _first_header(self) -> str:
        return self.tr("Personne")

    def _copy(self, monday: dt.date) -> list[str]:
        return timesheet.copy_previous_week(self.ctx.db, self.project_id, monday)

    def add_line(self, participant_id: str, name: str, time_type: str, activity: str) -> int:
        """A new empty line for a person with another type/activity; returns its row (existing one if any)."""
        key = (participant_id, time_type, activity)
        for i, line in enumerate(self.lines):
            if line.key == key:
                return i
        last = max((i for i, x in enumerate(self.lines) if x.participant_id == participant_id), default=-1)
        row = last + 1 if last >= 0 else len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, SheetLine(participant_id, name, time_type, activity))
        self.endInsertRows()
        return row


class PersonWeekModel(WeekGridModel):
    """« Ma semaine »: one person's week, one row per (project, time type, activity)."""

    def __init__(self, ctx: AppContext, parent: Any = None):
        super().__init__(ctx, parent)
        self.participant_id: str | None = None
        self.lines: list[ProjectLine] = []

    def owner(self) -> str | None:
        return self.participant_id

    def load(self, participant_id: str | None, monday: dt.date) -> None:
        self.participant_id = participant_id
        self._load(monday)

    def _fetch(self) -> list[ProjectLine]:
        assert self.participant_id is not None
        return timesheet.person_week_lines(self.ctx.db, self.participant_id, self.monday)

    def _where(self, key: tuple[str, str, str]) -> tuple[str, str]:
        assert self.participant_id is not None
        return key[0], self.participant_id

    def _row_label(self, line: ProjectLine) -> str:
        return line.title

    def _first_header(self) -> str:
        return self.tr("Projet")

    def _copy(self, monday: dt.date) -> list[str]:
        return timesheet.copy_previous_week(self.ctx.db, None, monday, participant_id=self.participant_id)

    def add_line(self, project_id: str, title: str, time_type: str, activity: str) -> int:
        """A new empty line on a project with another type/activity; returns its row."""
        key = (project_id, time_type, activity)
        for i, line in enumerate(self.lines):
            if line.key == key:
                return i
        last = max((i for i, x in enumerate(self.lines) if x.project_id == project_id), default=-1)
        row = last + 1 if last >= 0 else len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, ProjectLine(project_id, title, time_type, activity))
        self.endInsertRows()
        return row


def _message(error: TiersLieuxError) -> str:
    if isinstance(error, ValidationError):
        return str(error.problems[0])
    return str(error)
