"""The plain list of hours, for corrections: filter, edit a line, delete it (Ctrl+Z puts it back).

Up to a million lines: the model pages and filters in SQL, in a worker thread; typing
in the filters waits 150 ms of quiet before asking again, so the window never stalls.
The filter choices (5,000 people) are fetched once the list has settled, never alongside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import fields as F
from ...core import vocab as V
from ...core.errors import ValidationError
from ...core.services import time_entries
from ...core.services.time_entries import EntryFilter
from .. import undo
from ..context import AppContext
from ..models.hours_model import COL_DATE, COL_HOURS, COL_PARTICIPANT, COL_PROJECT, HoursModel
from ..widgets.code_combo import ChoiceCombo, CodeCombo
from ..widgets.confirm import confirm_delete, show_error
from ..widgets.date_edit import DateEdit
from ..widgets.form import ERROR_STYLE, FieldForm, format_number
from ..widgets.table import list_view, remember_columns
from ..worker import run_in_background

DEBOUNCE_MS = 150


def project_choices(ctx: AppContext) -> list[tuple[str, str]]:
    return time_entries.project_names(ctx.db)


def participant_choices(ctx: AppContext) -> list[tuple[str, str]]:
    return time_entries.person_names(ctx.db)


def choice_model(choices: list[tuple[str, str]]) -> QStandardItemModel:
    """A filter combo's items ("—" first, the id under UserRole, as ChoiceCombo makes them).

    Built in the worker thread then handed to the window's thread: 5,000 addItem() calls
    in the window froze it for 50–120 ms; installing a ready model takes well under 1 ms.
    """
    column = [QStandardItem("—")]
    for key, label in choices:
        item = QStandardItem(label)
        item.setData(key, Qt.ItemDataRole.UserRole)
        column.append(item)
    model = QStandardItemModel()
    model.appendColumn(column)
    app = QCoreApplication.instance()
    if app is not None:
        model.moveToThread(app.thread())
    return model


class EntryDialog(QDialog):
    """Edit one entry; the problems stay shown in the dialog and nothing is saved until all is right."""

    def __init__(self, ctx: AppContext, entry: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.setWindowTitle(self.tr("Modifier une saisie d’heures"))
        self.form = FieldForm(
            F.TIME_ENTRY,
            ctx.lang,
            self,
            ref_choices={
                "project_id": lambda: project_choices(ctx),
                "participant_id": lambda: participant_choices(ctx),
            },
        )
        self.form.set_values(entry)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        values = self.form.values()
        before = self.entry
        out: dict[str, Any] = {}
        for name, value in values.items():
            old = before.get(name)
            if name == "hours":
                if value != format_number(old, self.ctx.lang):
                    out[name] = value
            elif (value or None) != (old or None):
                out[name] = value
        return out

    def accept(self) -> None:
        changes = self.changes()
        if not changes:
            super().accept()
            return
        entry_id = self.entry["id"]
        _r, error = undo.update(
            self.ctx,
            self.tr("Modifier une saisie d’heures"),
            "time_entry",
            lambda c: time_entries.update_entry(self.ctx.db, entry_id, c),
            time_entries.get_entry(self.ctx.db, entry_id),
            changes,
        )
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)
            return
        if error is not None:
            show_error(self, str(error))
            return
        super().accept()


class HoursPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self._choices_due = False  # refresh() asks for the choices, loaded once the list has settled
        self.model = HoursModel(ctx.db, ctx.lang, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_filter)

        self.project = ChoiceCombo(parent=self)
        self.project.setAccessibleName(self.tr("Filtrer par projet"))
        self.participant = ChoiceCombo(parent=self)
        self.participant.setAccessibleName(self.tr("Filtrer par personne"))
        for combo in (self.project, self.participant):
            combo.set_choices([])  # "—" (no filter) until the choices arrive, never a blank box
        self.date_from = DateEdit(self)
        self.date_from.setAccessibleName(self.tr("Du"))
        self.date_to = DateEdit(self)
        self.date_to.setAccessibleName(self.tr("Au"))
        self.time_type = CodeCombo(V.TIME_TYPE, ctx.lang, parent=self)
        self.time_type.setAccessibleName(self.tr("Filtrer par type de temps"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Rechercher (projet, personne, note)…"))
        self.text.setAccessibleName(self.tr("Rechercher"))
        self.text.setClearButtonEnabled(True)
        for combo in (self.project, self.participant, self.time_type):
            combo.currentIndexChanged.connect(self._schedule)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._schedule)
        self.text.textChanged.connect(self._schedule)

        self.view = list_view(self, "hours_list", self.tr("Liste des heures"))
        self.view.set_placeholder(
            self.tr("Aucune heure à afficher. Les heures se saisissent dans la Feuille de temps (Ctrl+4).")
        )
        self.view.setModel(self.model)
        # The indicator first: enabling sorting then asks the model for that same order
        # (the model runs no query before refresh()).
        self.view.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        for column, width in ((COL_DATE, 90), (COL_PROJECT, 240), (COL_PARTICIPANT, 170), (COL_HOURS, 70)):
            header.resizeSection(column, width)
        remember_columns(self.view, "hours")
        self.view.activated.connect(lambda _i: self.edit_current())
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Nombre de saisies"))
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.edit_button = QPushButton(self.tr("Modifier…"), self)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_current)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Projet"), self), 0, 0)
        filters.addWidget(self.project, 0, 1)
        filters.addWidget(QLabel(self.tr("Personne"), self), 0, 2)
        filters.addWidget(self.participant, 0, 3)
        filters.addWidget(QLabel(self.tr("Type"), self), 0, 4)
        filters.addWidget(self.time_type, 0, 5)
        filters.addWidget(QLabel(self.tr("Du"), self), 1, 0)
        filters.addWidget(self.date_from, 1, 1)
        filters.addWidget(QLabel(self.tr("Au"), self), 1, 2)
        filters.addWidget(self.date_to, 1, 3)
        filters.addWidget(self.text, 1, 4, 1, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)

        self.model.loaded.connect(self._show_count)
        self.model.settled.connect(self._load_choices)
        self.model.failed.connect(self._load_choices)
        self.model.counted_changed.connect(self._show_count)
        self.model.failed.connect(self.message.setText)
        ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, _entity: str) -> None:
        self.stale = True

    def refresh(self) -> None:
        """Reload only after a change elsewhere: counting a million lines is not free.

        The filter choices wait until the list has settled (``HoursModel.settled``):
        fetched alongside the rows, they would share the processor (and the GIL) with
        the query and the painting the user waits for.
        """
        if not self.stale:
            return
        self._choices_due = True
        self.model.reload()
        self.stale = False

    def _load_choices(self, *_args: object) -> None:
        if not self._choices_due:
            return
        self._choices_due = False
        ctx = self.ctx

        def choices() -> tuple[QStandardItemModel, QStandardItemModel]:
            return choice_model(project_choices(ctx)), choice_model(participant_choices(ctx))

        if ctx.db.path is None:  # in-memory: one shared connection, no second thread
            self._install_choices(choices())
            return
        self.choices_task = run_in_background(
            self,
            choices,
            on_done=self._install_choices,
            on_error=lambda e: self.message.setText(str(e)),
            dialog=False,
        )

    def _install_choices(self, models: tuple[QStandardItemModel, QStandardItemModel]) -> None:
        """Give the filter combos their ready models, keeping their value and running no query."""
        for combo, model in zip((self.project, self.participant), models, strict=True):
            current = combo.value()
            combo.blockSignals(True)
            model.setParent(combo)  # the combo deletes it when it gets the next one
            combo.setModel(model)
            combo.set_value(current)
            combo.blockSignals(False)

    def _set_choices(self, both: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
        """Fill the filter combos without triggering a query (their value does not change)."""
        for combo, items in zip((self.project, self.participant), both, strict=True):
            combo.blockSignals(True)
            combo.set_choices(items)
            combo.blockSignals(False)

    def focus_search(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    # -- filters --------------------------------------------------------------------

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def current_filter(self) -> EntryFilter:
        date_from, date_to = self.date_from.value(), self.date_to.value()
        self.message.clear()
        for value in (date_from, date_to):
            if isinstance(value, str):
                self.message.setText(self.tr("« %1 » n’est pas une date (JJ/MM/AAAA)").replace("%1", value))
        return EntryFilter(
            project_id=self.project.value(),
            participant_id=self.participant.value(),
            date_from=None if isinstance(date_from, str) else date_from,
            date_to=None if isinstance(date_to, str) else date_to,
            time_type=self.time_type.code(),
            text=self.text.text().strip() or None,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def _show_count(self) -> None:
        n = self.model.total
        number = QLocale().toString(n)
        if self.model.counted:
            text = self.tr("%1 saisie", "", n) if n < 2 else self.tr("%1 saisies", "", n)
        else:
            text = self.tr("%1 saisies ou plus (comptage…)", "", n)
        self.count.setText(text.replace("%1", number))

    # -- edit, delete ---------------------------------------------------------------

    def _current_row(self) -> dict[str, Any] | None:
        index: QModelIndex = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_dict(index.row())

    def open_entry(self, entry_id: str) -> None:
        """Show one entry (from another page): its project's hours, then its edit dialog."""
        entry = time_entries.get_entry(self.ctx.db, entry_id)
        if self.project.findData(entry["project_id"]) < 0:
            self._set_choices((project_choices(self.ctx), participant_choices(self.ctx)))
        self.project.set_value(entry["project_id"])
        self.apply_filter()
        self.edit_entry(entry)

    def edit_current(self) -> None:
        row = self._current_row()
        if row is not None:
            self.edit_entry(time_entries.get_entry(self.ctx.db, row["id"]))

    def edit_entry(self, entry: dict[str, Any]) -> None:
        dialog = EntryDialog(self.ctx, entry, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.reload()

    def delete_current(self) -> None:
        row = self._current_row()
        if row is None:
            return
        what = self.tr("La saisie de %1 h de %2 le %3").replace(
            "%1", format_number(row["hours"], self.ctx.lang)
        )
        what = what.replace("%2", row["participant_name"]).replace("%3", row["date"].strftime("%d/%m/%Y"))
        if not confirm_delete(self, what, {}):
            return
        entry_id = row["id"]
        _r, error = undo.delete(
            self.ctx,
            self.tr("Supprimer une saisie d’heures"),
            "time_entry",
            lambda: time_entries.delete_entry(self.ctx.db, entry_id),
            lambda before: time_entries.restore_entry(self.ctx.db, before),
            after=self.model.reload,
        )
        if error is not None:
            self.message.setText(str(error))
