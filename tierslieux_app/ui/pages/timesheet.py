"""The weekly timesheet: type hours for a whole project's week with the keyboard only.

Tab, arrows and Enter move between cells; typing a number starts editing; "1,5" and
"1.5" are both accepted; each cell is saved at once (Ctrl+Z undoes it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import vocab as V
from ...core.services import projects
from ...core.services.timesheet import monday_of
from ..context import AppContext
from ..models.timesheet_model import (
    COL_ACTIVITY,
    COL_DAY0,
    COL_NAME,
    COL_TOTAL,
    COL_TYPE,
    KEY_ROLE,
    TimesheetModel,
)
from ..widgets.code_combo import ChoiceCombo, CodeCombo
from ..widgets.form import ERROR_STYLE
from ..widgets.table import remember_columns

Index = QModelIndex | QPersistentModelIndex


class CodeDelegate(QStyledItemDelegate):
    """Edits a type or activity cell with a combo of the vocabulary."""

    def __init__(self, vocab: V.Vocab, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.vocab, self.lang = vocab, lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = CodeCombo(self.vocab, self.lang, allow_empty=False, parent=parent)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, CodeCombo)
        editor.set_code(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, CodeCombo)
        code = editor.code()
        if code:
            model.setData(index, code, Qt.ItemDataRole.EditRole)


class SheetView(QTableView):
    """Enter saves the cell and goes to the next day (then the next line), as Tab does."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._next_cell()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self._next_cell()
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != self.State.EditingState
        ):
            index = self.currentIndex()
            if index.isValid() and COL_DAY0 <= index.column() < COL_TOTAL:
                self.model().setData(index, "", Qt.ItemDataRole.EditRole)
                return
        super().keyPressEvent(event)

    def _next_cell(self) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        row, column = index.row(), index.column() + 1
        if column >= COL_TOTAL:
            row, column = row + 1, COL_DAY0
        if row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, column))


class TimesheetPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.model = TimesheetModel(ctx, self)
        self._remember: tuple[tuple[str, str, str], int] | None = None

        self.project = ChoiceCombo(allow_empty=False, parent=self)
        self.project.setAccessibleName(self.tr("Projet"))
        self.project.activated.connect(lambda _i: self._load())
        self.previous = QPushButton(self.tr("◀ Semaine précédente"), self)
        self.previous.setToolTip(self.tr("Alt+Gauche"))
        self.next = QPushButton(self.tr("Semaine suivante ▶"), self)
        self.next.setToolTip(self.tr("Alt+Droite"))
        self.today = QPushButton(self.tr("Aujourd'hui"), self)
        self.week_label = QLabel(self)
        self.copy = QPushButton(self.tr("Copier la semaine précédente"), self)
        self.add = QPushButton(self.tr("Ajouter une ligne…"), self)
        self.previous.clicked.connect(lambda: self.go(-7))
        self.next.clicked.connect(lambda: self.go(7))
        self.today.clicked.connect(lambda: self.show_week(dt.date.today()))
        self.copy.clicked.connect(self.copy_previous_week)
        self.add.clicked.connect(self.add_line_dialog)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.go(-7))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.go(7))

        self.view = SheetView(self)
        self.view.setObjectName("timesheet_grid")
        self.view.setAccessibleName(self.tr("Grille des heures de la semaine"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setTabKeyNavigation(True)
        self.view.setItemDelegateForColumn(COL_TYPE, CodeDelegate(V.TIME_TYPE, ctx.lang, self.view))
        self.view.setItemDelegateForColumn(COL_ACTIVITY, CodeDelegate(V.ACTIVITY, ctx.lang, self.view))
        header = self.view.horizontalHeader()
        for column, width in ((COL_NAME, 170), (COL_TYPE, 110), (COL_ACTIVITY, 150)):
            header.resizeSection(column, width)
        for column in range(COL_DAY0, COL_TOTAL + 1):
            header.resizeSection(column, 72)
        self.view.verticalHeader().hide()
        remember_columns(self.view, "timesheet")  # the user's widths, once changed, win
        self.status = QLabel(self)
        self.status.setObjectName("timesheet_status")
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Message de la grille"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Projet :"), self))
        top.addWidget(self.project, 1)
        nav = QHBoxLayout()
        for w in (self.previous, self.today, self.next):
            nav.addWidget(w)
        nav.addWidget(self.week_label, 1)
        nav.addWidget(self.add)
        nav.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(nav)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.model.problem.connect(self.status.setText)
        self.model.modelAboutToBeReset.connect(self._keep_cursor)
        self.model.modelReset.connect(self._restore_cursor)
        ctx.data_changed.connect(self._on_data_changed)

    # -- page protocol ----------------------------------------------------------

    def _on_data_changed(self, _entity: str) -> None:
        self.stale = True

    def refresh(self) -> None:
        """Reload the project list and the week (called when the page is shown)."""
        current = self.project.value()
        self.project.set_choices([(p["id"], p["title"]) for p in projects.list_projects(self.ctx.db)])
        if current:
            self.project.set_value(current)
        if self.project.value() != self.model.project_id:
            self._load()
        else:
            self.model.reload()
        self.stale = False

    def open_project(self, project_id: str, day: dt.date | None = None) -> None:
        self.refresh()
        self.project.set_value(project_id)
        self.model.load(project_id, day or self.model.monday)
        self._update_label()

    # -- navigation -------------------------------------------------------------

    def _load(self) -> None:
        self.model.load(self.project.value(), self.model.monday)
        self.status.clear()
        self._update_label()

    def show_week(self, day: dt.date) -> None:
        self.model.load(self.model.project_id or self.project.value(), monday_of(day))
        self.status.clear()
        self._update_label()

    def go(self, days: int) -> None:
        self.show_week(self.model.monday + dt.timedelta(days=days))

    def _update_label(self) -> None:
        sunday = self.model.monday + dt.timedelta(days=6)
        self.week_label.setText(
            self.tr("Semaine du %1 au %2")
            .replace("%1", self.model.monday.strftime("%d/%m/%Y"))
            .replace("%2", sunday.strftime("%d/%m/%Y"))
        )

    def _keep_cursor(self) -> None:
        index = self.view.currentIndex()
        self._remember = (index.data(KEY_ROLE), index.column()) if index.isValid() else None

    def _restore_cursor(self) -> None:
        if self._remember is not None:
            found = self.model.index_of_key(*self._remember)
            if found.isValid():
                self.view.setCurrentIndex(found)
        self._remember = None

    # -- actions ------------------------------------------------------------------

    def copy_previous_week(self) -> None:
        count, error = self.model.copy_previous_week()
        if error:
            self.status.setText(error)
        else:
            self.status.setText(self.tr("%n saisie(s) copiée(s) de la semaine précédente.", "", count))

    def add_line_dialog(self) -> None:
        if not self.model.project_id:
            self.status.setText(self.tr("Choisissez d'abord un projet."))
            return
        dialog = AddLineDialog(self.ctx, self.model.project_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_line(*dialog.choice())

    def add_line(self, participant_id: str, time_type: str, activity: str) -> None:
        """A line for a person with another type/activity; the cursor goes to its Monday."""
        members = projects.project_participants(self.ctx.db, self.model.project_id or "")
        name = next(
            (f"{m['first_name']} {m['last_name']}" for m in members if m["participant_id"] == participant_id),
            "?",
        )
        row = self.model.add_line(participant_id, name, time_type, activity)
        self.view.setCurrentIndex(self.model.index(row, COL_DAY0))
        self.view.setFocus()


class AddLineDialog(QDialog):
    """Choose a member of the project, a time type and an activity."""

    def __init__(self, ctx: AppContext, project_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ajouter une ligne"))
        self.person = ChoiceCombo(allow_empty=False, parent=self)
        self.person.setAccessibleName(self.tr("Personne"))
        self.person.set_choices(
            [
                (m["participant_id"], f"{m['first_name']} {m['last_name']}")
                for m in projects.project_participants(ctx.db, project_id)
            ]
        )
        self.time_type = CodeCombo(V.TIME_TYPE, ctx.lang, allow_empty=False, parent=self)
        self.time_type.setAccessibleName(self.tr("Type de temps"))
        self.time_type.set_code(V.TIME_TYPE.codes[0])
        self.activity = CodeCombo(V.ACTIVITY, ctx.lang, allow_empty=False, parent=self)
        self.activity.setAccessibleName(self.tr("Activité"))
        self.activity.set_code(V.ACTIVITY.codes[0])
        form = QFormLayout(self)
        form.addRow(self.tr("Personne"), self.person)
        form.addRow(self.tr("Type de temps"), self.time_type)
        form.addRow(self.tr("Activité"), self.activity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str, str]:
        return (self.person.value() or "", self.time_type.code() or "", self.activity.code() or "")
