"""The weekly timesheet, typed with the keyboard only: « Ma semaine » (one person, all their
projects) or a project's week (coordinators: all its people).

The page opens on today's week, for the person last chosen (remembered in the preferences),
the cursor on the first empty day of the first row. Enter saves the cell and goes to the next
day (Sunday → the next row's Monday), Ctrl+Enter goes to the next row's Monday; typing starts
editing; « 1,5 », « 1.5 », « 1h30 » and « 90 min » are accepted; Space on a row's time type
moves to the next type. Each cell is saved at once (Ctrl+Z undoes it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import vocab as V
from ...core.services import participants, projects, timesheet
from ...core.services.timesheet import monday_of
from ..context import AppContext
from ..models.timesheet_model import (
    COL_ACTIVITY,
    COL_DAY0,
    COL_NAME,
    COL_TOTAL,
    COL_TYPE,
    KEY_ROLE,
    PersonWeekModel,
    TimesheetModel,
    WeekGridModel,
)
from ..settings import Preferences
from ..widgets.code_combo import ChoiceCombo, CodeCombo
from ..widgets.elided_label import ElidedLabel
from ..widgets.form import ERROR_STYLE
from ..widgets.table import remember_columns

Index = QModelIndex | QPersistentModelIndex
HINT_STYLE = "color: palette(mid);"


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
    """Enter saves the cell and goes to the next day (then the next line), as Tab does;
    Ctrl+Enter goes to the next line's Monday; Space on a time type moves to the next type."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._next_cell()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == self.State.EditingState
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._next_line()
            else:
                self._next_cell()
            return
        if event.key() == Qt.Key.Key_Space and not editing and index.isValid() and index.column() == COL_TYPE:
            model = self.model()
            if isinstance(model, WeekGridModel):
                model.cycle_time_type(index.row())
                return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and not editing
            and index.isValid()
            and COL_DAY0 <= index.column() < COL_TOTAL
        ):
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

    def _next_line(self) -> None:
        index = self.currentIndex()
        row = index.row() + 1 if index.isValid() else 0
        if row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, COL_DAY0))


class TimesheetPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.prefs = Preferences()
        self.model = TimesheetModel(ctx, self)  # a project's week
        self.person_model = PersonWeekModel(ctx, self)  # « Ma semaine »
        self._remember: tuple[tuple[str, str, str], int] | None = None
        self._copied_at: int | None = None  # undo index after « Copier la semaine précédente »

        self.mine = QRadioButton(self.tr("&Ma semaine"), self)
        self.mine.setObjectName("timesheet_mine")
        self.by_project = QRadioButton(self.tr("Par pro&jet"), self)
        self.by_project.setObjectName("timesheet_by_project")
        modes = QButtonGroup(self)
        modes.addButton(self.mine)
        modes.addButton(self.by_project)
        self.person = ChoiceCombo(allow_empty=False, parent=self)
        self.person.setObjectName("timesheet_person")
        self.person.setAccessibleName(self.tr("Personne"))
        self.person.activated.connect(lambda _i: self._person_chosen())
        self.project = ChoiceCombo(allow_empty=False, parent=self)
        self.project.setAccessibleName(self.tr("Projet"))
        self.project.activated.connect(lambda _i: self._load())
        self.previous = QPushButton("◀", self)
        self.previous.setToolTip(self.tr("Semaine précédente (Alt+Gauche)"))
        self.previous.setAccessibleName(self.tr("Semaine précédente"))
        self.next = QPushButton("▶", self)
        self.next.setToolTip(self.tr("Semaine suivante (Alt+Droite)"))
        self.next.setAccessibleName(self.tr("Semaine suivante"))
        for arrow in (self.previous, self.next):
            arrow.setMaximumWidth(arrow.fontMetrics().horizontalAdvance("◀") + 28)
        self.today = QPushButton(self.tr("Cette semaine"), self)
        self.week_label = ElidedLabel("", self)
        self.week_label.setObjectName("timesheet_week")
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
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setItemDelegateForColumn(COL_TYPE, CodeDelegate(V.TIME_TYPE, ctx.lang, self.view))
        self.view.setItemDelegateForColumn(COL_ACTIVITY, CodeDelegate(V.ACTIVITY, ctx.lang, self.view))
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(40)
        for column, width in ((COL_NAME, 150), (COL_TYPE, 120), (COL_ACTIVITY, 110)):
            header.resizeSection(column, width)
        for column in range(COL_DAY0, COL_TOTAL + 1):
            header.resizeSection(column, 52)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().hide()
        remember_columns(self.view, "timesheet")  # the user's widths, once changed, win
        self.hint = QLabel(
            self.tr(
                "Entrée : jour suivant · Ctrl+Entrée : ligne suivante · "
                "Espace sur le type : type suivant · Ctrl+Z : annuler"
            ),
            self,
        )
        self.hint.setObjectName("timesheet_hint")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("timesheet_empty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.status = QLabel(self)
        self.status.setObjectName("timesheet_status")
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Message de la grille"))

        person_row = QWidget(self)
        box = QHBoxLayout(person_row)
        box.setContentsMargins(0, 0, 0, 0)
        person_label = QLabel(self.tr("&Personne :"), person_row)
        person_label.setBuddy(self.person)
        box.addWidget(person_label)
        box.addWidget(self.person, 1)
        project_row = QWidget(self)
        box = QHBoxLayout(project_row)
        box.setContentsMargins(0, 0, 0, 0)
        project_label = QLabel(self.tr("P&rojet :"), project_row)
        project_label.setBuddy(self.project)
        box.addWidget(project_label)
        box.addWidget(self.project, 1)
        self.selector = QStackedWidget(self)
        self.selector.addWidget(person_row)
        self.selector.addWidget(project_row)
        self.selector.setSizePolicy(
            self.selector.sizePolicy().horizontalPolicy(), person_row.sizePolicy().verticalPolicy()
        )
        top = QHBoxLayout()
        top.addWidget(self.mine)
        top.addWidget(self.by_project)
        top.addWidget(self.selector, 1)
        nav = QHBoxLayout()
        for w in (self.previous, self.today, self.next):
            nav.addWidget(w)
        nav.addWidget(self.week_label, 1)
        nav.addWidget(self.add)
        nav.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(nav)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)

        for model in (self.model, self.person_model):
            model.problem.connect(self.status.setText)
            model.modelAboutToBeReset.connect(self._keep_cursor)
            model.modelReset.connect(self._restore_cursor)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.undo_stack.indexChanged.connect(self._undo_moved)
        if self.prefs.timesheet_mode == "project":
            self.by_project.setChecked(True)
        else:
            self.mine.setChecked(True)
        self._apply_mode()
        self.mine.toggled.connect(lambda _on: self._mode_changed())

    # -- which grid -----------------------------------------------------------------

    @property
    def per_person(self) -> bool:
        return self.mine.isChecked()

    def grid(self) -> WeekGridModel:
        return self.person_model if self.per_person else self.model

    def _apply_mode(self) -> None:
        self.selector.setCurrentIndex(0 if self.per_person else 1)
        if self.view.model() is not self.grid():
            self.view.setModel(self.grid())

    def _mode_changed(self) -> None:
        self.prefs.timesheet_mode = "person" if self.per_person else "project"
        self._apply_mode()
        self.refresh()

    # -- page protocol ----------------------------------------------------------

    def _on_data_changed(self, _entity: str) -> None:
        self.stale = True

    def refresh(self) -> None:
        """Reload the lists and the week (called when the page is shown)."""
        monday = self.grid().monday
        if self.per_person:
            current = self.person.value() or self.prefs.timesheet_person
            people = participants.list_participants(self.ctx.db, with_hours=False)
            self.person.set_choices([(p["id"], f"{p['first_name']} {p['last_name']}") for p in people])
            self.person.set_value(current)
            if self.person.value() is None and self.person.count():
                self.person.setCurrentIndex(0)  # nobody remembered yet: the first person, to be changed
            if self.person.value() != self.person_model.participant_id:
                self.person_model.load(self.person.value(), monday)
            else:
                self.person_model.reload()
        else:
            current = self.project.value()
            self.project.set_choices([(p["id"], p["title"]) for p in projects.list_projects(self.ctx.db)])
            if current:
                self.project.set_value(current)
            if self.project.value() != self.model.project_id:
                self.model.load(self.project.value(), monday)
            else:
                self.model.reload()
        self._update_label()
        self.stale = False

    def focus_first(self) -> None:
        """The keyboard on the first empty day of the first row (the page reached by its shortcut)."""
        index = self.grid().first_empty_cell()
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.setFocus()
        elif self.per_person:
            self.person.setFocus()
        else:
            self.project.setFocus()

    def open_project(self, project_id: str, day: dt.date | None = None) -> None:
        """A project's week (from the project's page, or a coordinator's choice)."""
        if self.per_person:
            self.by_project.setChecked(True)  # → _mode_changed
        self.refresh()
        self.project.set_value(project_id)
        self.model.load(project_id, day or self.model.monday)
        self._update_label()

    def open_person(self, participant_id: str, day: dt.date | None = None) -> None:
        """One person's week (« Ma semaine »)."""
        if not self.per_person:
            self.mine.setChecked(True)
        self.refresh()
        self.person.set_value(participant_id)
        self._person_chosen(day)

    # -- navigation -------------------------------------------------------------

    def _person_chosen(self, day: dt.date | None = None) -> None:
        chosen = self.person.value()
        if chosen:
            self.prefs.timesheet_person = chosen
        self.person_model.load(chosen, day or self.person_model.monday)
        self.status.clear()
        self._update_label()

    def _load(self) -> None:
        self.model.load(self.project.value(), self.model.monday)
        self.status.clear()
        self._update_label()

    def show_week(self, day: dt.date) -> None:
        grid = self.grid()
        if grid is self.person_model:
            self.person_model.load(self.person_model.participant_id or self.person.value(), monday_of(day))
        else:
            self.model.load(self.model.project_id or self.project.value(), monday_of(day))
        self.status.clear()
        self._update_label()

    def go(self, days: int) -> None:
        self.show_week(self.grid().monday + dt.timedelta(days=days))

    def _update_label(self) -> None:
        grid = self.grid()
        monday = grid.monday
        sunday = monday + dt.timedelta(days=6)
        text = (
            self.tr("Du %1 au %2")
            .replace("%1", monday.strftime("%d/%m"))
            .replace("%2", sunday.strftime("%d/%m/%Y"))
        )
        if monday == monday_of(dt.date.today()):
            text += " " + self.tr("(cette semaine)")
        self.week_label.setText(text)
        self._update_empty()

    def _update_empty(self) -> None:
        """Say what to do when the grid has no row."""
        message = ""
        if self.per_person:
            if self.person.count() == 0:
                message = self.tr(
                    "Aucun participant pour l’instant. Ajoutez des personnes (page Participants), "
                    "puis inscrivez-les à un projet."
                )
            elif not self.person_model.lines:
                message = self.tr(
                    "%1 ne participe à aucun projet en cours. Inscrivez cette personne à un projet "
                    "(page Projets, onglet Participants) pour saisir ses heures."
                ).replace("%1", self.person.currentText())
        elif self.project.count() == 0:
            message = self.tr(
                "Aucun projet pour l’instant. Créez un projet (page Projets), puis revenez ici."
            )
        elif not self.model.lines:
            message = self.tr(
                "Ce projet n’a encore aucun participant. Ajoutez-en sur la page du projet "
                "pour saisir leurs heures."
            )
        self.empty.setText(message)
        self.empty.setVisible(bool(message))

    def _keep_cursor(self) -> None:
        index = self.view.currentIndex()
        self._remember = (index.data(KEY_ROLE), index.column()) if index.isValid() else None

    def _restore_cursor(self) -> None:
        if self._remember is not None:
            found = self.grid().index_of_key(*self._remember)
            if found.isValid():
                self.view.setCurrentIndex(found)
        else:
            first = self.grid().first_empty_cell()
            if first.isValid():
                self.view.setCurrentIndex(first)
        self._remember = None
        self._update_empty()

    # -- actions ------------------------------------------------------------------

    def copy_previous_week(self) -> None:
        count, error = self.grid().copy_previous_week()
        if error:
            self.status.setText(error)
            self._copied_at = None
        else:
            self.status.setText(
                self.tr("%n saisie copiée de la semaine précédente.", "", count)
                if count < 2
                else self.tr("%n saisies copiées de la semaine précédente.", "", count)
            )
            self._copied_at = self.ctx.undo_stack.index() if count else None

    def _undo_moved(self, index: int) -> None:
        """The copy's line follows the undo stack: undone, it says so."""
        if self._copied_at is None:
            return
        if index < self._copied_at:
            self.status.setText(self.tr("Copie de la semaine précédente annulée."))
        elif index == self._copied_at:
            self.status.setText(self.tr("Copie de la semaine précédente rétablie."))

    def add_line_dialog(self) -> None:
        if self.per_person:
            if not self.person_model.participant_id:
                self.status.setText(self.tr("Choisissez d’abord une personne."))
                return
            dialog = AddLineDialog(self.ctx, self, participant_id=self.person_model.participant_id)
        else:
            if not self.model.project_id:
                self.status.setText(self.tr("Choisissez d’abord un projet."))
                return
            dialog = AddLineDialog(self.ctx, self, project_id=self.model.project_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if self.per_person:
                self.add_project_line(*dialog.choice())
            else:
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

    def add_project_line(self, project_id: str, time_type: str, activity: str) -> None:
        """« Ma semaine »: a line on a project with another type/activity; the cursor goes to its Monday."""
        person = self.person_model.participant_id or ""
        title = next(
            (
                p["title"]
                for p in participants.participant_projects(self.ctx.db, person)
                if p["project_id"] == project_id
            ),
            "?",
        )
        row = self.person_model.add_line(project_id, title, time_type, activity)
        self.view.setCurrentIndex(self.person_model.index(row, COL_DAY0))
        self.view.setFocus()


class AddLineDialog(QDialog):
    """Choose a member of the project (or a project of the person), a time type and an activity;
    the type and activity start from that person's defaults."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        project_id: str | None = None,
        participant_id: str | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.project_id, self.participant_id = ctx, project_id, participant_id
        self.setWindowTitle(self.tr("Ajouter une ligne"))
        self.who = ChoiceCombo(allow_empty=False, parent=self)
        if project_id is not None:
            self.who.setAccessibleName(self.tr("Personne"))
            self.who.set_choices(
                [
                    (m["participant_id"], f"{m['first_name']} {m['last_name']}")
                    for m in projects.project_participants(ctx.db, project_id)
                ]
            )
        else:
            assert participant_id is not None
            self.who.setAccessibleName(self.tr("Projet"))
            self.who.set_choices(
                [
                    (p["project_id"], p["title"])
                    for p in participants.participant_projects(ctx.db, participant_id)
                ]
            )
        self.time_type = CodeCombo(V.TIME_TYPE, ctx.lang, allow_empty=False, parent=self)
        self.time_type.setAccessibleName(self.tr("Type de temps"))
        self.activity = CodeCombo(V.ACTIVITY, ctx.lang, allow_empty=False, parent=self)
        self.activity.setAccessibleName(self.tr("Activité"))
        self.who.currentIndexChanged.connect(lambda _i: self._defaults())
        self._defaults()
        form = QFormLayout(self)
        form.addRow(self.tr("Personne") if project_id is not None else self.tr("Projet"), self.who)
        form.addRow(self.tr("Type de temps"), self.time_type)
        form.addRow(self.tr("Activité"), self.activity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _defaults(self) -> None:
        chosen = self.who.value()
        time_type, activity = V.TIME_TYPE.codes[0], "autre"
        if chosen and self.project_id is not None:
            time_type, activity = timesheet.line_defaults(self.ctx.db, chosen, [self.project_id])[
                self.project_id
            ]
        elif chosen and self.participant_id is not None:
            time_type, activity = timesheet.line_defaults(self.ctx.db, self.participant_id, [chosen])[chosen]
        self.time_type.set_code(time_type)
        self.activity.set_code(activity)

    def choice(self) -> tuple[str, str, str]:
        return (self.who.value() or "", self.time_type.code() or "", self.activity.code() or "")
