"""The parts of the Structure page added by format 1.1.0: the year's jobs by contract type,
its organisational changes, and the structure's logo.

Each part changes its records through the core services and an undo command (Ctrl+Z);
a refused value shows its one French sentence in the part, and nothing is saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import fields as F
from ...core.errors import TiersLieuxError
from ...core.models import OrgChange
from ...core.services import _base, logo, org_changes
from .. import undo
from ..context import AppContext
from ..models.jobs_model import COL_CONTRACT, COL_HEADCOUNT, COL_RESEARCH, KEYS, ROWS, JobsModel
from ..models.org_changes_model import OrgChangesModel
from ..widgets.form import ERROR_STYLE
from ..widgets.record_dialog import RecordDialog
from ..widgets.table import list_view

CHANGE_FIELDS = tuple(f for f in F.ORG_CHANGE if f.name != "year")
LOGO_PREVIEW_HEIGHT = 56
CHANGES_VISIBLE_ROWS = 4


class JobsView(QTableView):
    """Type a number to fill a cell; Enter saves it and goes down, Tab goes right (then to the
    next line); the totals rows and the contract names are skipped."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("jobs_grid")
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact lines
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)  # the contract names are elided (whole in their tooltip), never widening

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_CONTRACT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000,00") + 16)
        for column in KEYS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_height()

    def _fit_height(self) -> None:
        """Every row shown: the grid is short, the page scrolls, not the grid."""
        self.ensurePolished()
        rows = self.verticalHeader().defaultSectionSize() * len(ROWS)
        self.setFixedHeight(rows + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth())

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_height()
        super().showEvent(event)

    def _editable(self, row: int, column: int) -> bool:
        return 0 <= row < len(ROWS) and column in KEYS and not JobsModel.is_total(row)

    def below(self, index: QModelIndex) -> QModelIndex:
        """The next editable cell down the same column (invalid at the bottom)."""
        row = index.row() + 1
        while row < len(ROWS) and not self._editable(row, index.column()):
            row += 1
        return self.model().index(row, index.column()) if row < len(ROWS) else QModelIndex()

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Any) -> QModelIndex:
        """Tab and Shift+Tab go from number cell to number cell, line after line."""
        if action not in (
            QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MovePrevious,
        ):
            return super().moveCursor(action, modifiers)
        cells = [(r, c) for r in range(len(ROWS)) for c in KEYS if self._editable(r, c)]
        current = self.currentIndex()
        here = (current.row(), current.column()) if current.isValid() else (-1, COL_RESEARCH)
        if action == QAbstractItemView.CursorAction.MoveNext:
            after = [cell for cell in cells if cell > here]
            target = after[0] if after else None
        else:
            before = [cell for cell in cells if cell < here]
            target = before[-1] if before else None
        return self.model().index(*target) if target else QModelIndex()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: saved, go down
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._go_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self._go_down()
            return
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and not editing
            and index.isValid()
            and self._editable(index.row(), index.column())
        ):
            self.model().setData(index, "", Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)

    def _go_down(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            target = self.below(index)
            if target.isValid():
                self.setCurrentIndex(target)


class JobsSection(QGroupBox):
    """The year's jobs by contract type; ``load(year)`` shows another year."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Emplois par type de contrat"), parent)
        self.ctx = ctx
        self.model = JobsModel(ctx, self)
        self.view = JobsView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Emplois par type de contrat"))
        hint = QLabel(
            self.tr(
                "Effectif au 31 décembre et ETP de l’année. Tapez un nombre ; "
                "Entrée descend, Tab passe à la colonne suivante."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("jobs_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.model.problem.connect(self._show_problem)
        box = QVBoxLayout(self)
        box.addWidget(hint)
        box.addWidget(self.view)
        box.addWidget(self.message)

    def load(self, year: int) -> None:
        if year != self.model.year:
            self._show_problem("")
        self.model.load(year)

    def _show_problem(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def focus_first(self) -> None:
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(0, COL_HEADCOUNT))


class ChangesSection(QGroupBox):
    """The year's organisational changes: add, edit (double-click or Enter), remove; « transmise »
    ticked in the list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Évolutions de l’organisation"), parent)
        self.ctx = ctx
        self.year: int | None = None
        self.model = OrgChangesModel(ctx.lang, self)
        self.model.shared_toggled.connect(self.set_shared)
        self.view = list_view(self, "org_changes", self.tr("Évolutions de l’organisation de l’année"))
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OrgChangesModel.COL_CODE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OrgChangesModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OrgChangesModel.COL_SHARED, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(OrgChangesModel.COL_CODE, 190)
        self.view.setMinimumWidth(300)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        rows = self.view.verticalHeader().defaultSectionSize() * CHANGES_VISIBLE_ROWS
        self.view.setFixedHeight(rows + header.sizeHint().height() + 2 * self.view.frameWidth())
        self.view.activated.connect(lambda _i: self.edit_current())
        self.view.set_placeholder(
            self.tr(
                "Aucune évolution cette année (gouvernance, statuts, postes de recherche, partenariats…)."
            )
        )
        note = QLabel(
            self.tr(
                "La description n’est transmise à l’observatoire que si la case est cochée ; "
                "elle ne doit nommer personne."
            ),
            self,
        )
        note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("changes_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&jouter une évolution…"), self)
        self.add_button.clicked.connect(self.add_dialog)
        self.edit_button = QPushButton(self.tr("Modifier…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self.tr("Supprimer"), self)
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addWidget(self.view)
        box.addLayout(bar)
        box.addWidget(self.message)
        self._update_buttons()
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    def load(self, year: int) -> None:
        if year != self.year:
            self.report(None)
        self.year = year
        self.reload()

    def reload(self) -> None:
        if self.year is None:
            return
        current = self.current()
        self.model.set_rows(org_changes.list_changes(self.ctx.db, self.year))
        if current is not None and (row := self.model.row_of(current["id"])) >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def report(self, error: TiersLieuxError | None) -> bool:
        """Show the error's one sentence (True when there was none)."""
        self.message.setText("" if error is None else str(error))
        self.message.setVisible(error is not None)
        return error is None

    # -- changes ----------------------------------------------------------------------------

    def create(self, values: dict[str, Any]) -> TiersLieuxError | None:
        year = self.year
        if year is None:
            return None
        _row, error = undo.create(
            self.ctx,
            self.tr("Ajouter une évolution (%1)").replace("%1", str(year)),
            "org_change",
            lambda: org_changes.create_change(self.ctx.db, {**values, "year": year}),
            lambda change_id: org_changes.delete_change(self.ctx.db, change_id),
            lambda row: org_changes.restore_change(self.ctx.db, row),
            after=self.reload,
        )
        return error

    def update(self, change_id: str, values: dict[str, Any]) -> TiersLieuxError | None:
        before = _base.get(self.ctx.db, OrgChange, change_id, "Évolution")
        _row, error = undo.update(
            self.ctx,
            self.tr("Modifier une évolution (%1)").replace("%1", str(before["year"])),
            "org_change",
            lambda changes: org_changes.update_change(self.ctx.db, change_id, changes),
            before,
            values,
            after=self.reload,
        )
        return error

    def dialog(
        self, title: str, save: Any, values: dict[str, Any] | None = None, ok: str = ""
    ) -> RecordDialog:
        dialog = RecordDialog(title, CHANGE_FIELDS, self.ctx.lang, save, self, values=values, ok_text=ok)
        dialog.setObjectName("change_dialog")
        dialog.setMinimumWidth(480)
        return dialog

    def add_dialog(self) -> None:
        self.report(None)
        self.dialog(self.tr("Nouvelle évolution de l’organisation"), self.create).exec()

    def edit_current(self) -> None:
        row = self.current()
        if row is None:
            return
        self.report(None)
        change_id = row["id"]
        self.dialog(
            self.tr("Modifier l’évolution"),
            lambda values: self.update(change_id, values),
            row,
            self.tr("Enregistrer"),
        ).exec()

    def set_shared(self, change_id: str, shared: bool) -> None:
        self.report(self.update(change_id, {"shared": shared}))

    def remove_current(self) -> None:
        row = self.current()
        if row is None:
            return
        _r, error = undo.delete(
            self.ctx,
            self.tr("Supprimer une évolution (%1)").replace("%1", str(row["year"])),
            "org_change",
            lambda: org_changes.delete_change(self.ctx.db, row["id"]),
            lambda before: org_changes.restore_change(self.ctx.db, before),
            after=self.reload,
        )
        self.report(error)


class LogoSection(QWidget):
    """« Logo… » (PNG or JPEG, at most 1 Mo), a small preview, « Retirer le logo »."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: bytes | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName("logo_preview")
        self.preview.setMaximumHeight(LOGO_PREVIEW_HEIGHT)  # no logo: one line, level with its label
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose_button = QPushButton(self.tr("Logo…"), self)
        self.choose_button.setObjectName("logo_choose")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Retirer le logo"), self)
        self.remove_button.setObjectName("logo_remove")
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel(self)
        self.message.setObjectName("logo_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.message)
        self.show_logo(None)

    def show_logo(self, data: bytes | None) -> None:
        self.data = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.preview.setPixmap(
                pixmap.scaledToHeight(LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.preview.clear()
            self.preview.setText(self.tr("Pas de logo") if not data else "")
        self.remove_button.setEnabled(bool(data))

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo de la structure"), "", self.tr("Images PNG ou JPEG (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Save the image at ``path`` as the logo (undoable); a refusal says why in one sentence
        (a file over 1 Mo is refused from its size, never read)."""
        try:
            data = logo.read_logo(Path(path))
        except TiersLieuxError as exc:
            return self._report(exc)
        return self._set(data, self.tr("Changer le logo"))

    def remove(self) -> None:
        self._set(None, self.tr("Retirer le logo"))

    def _set(self, data: bytes | None, text: str) -> bool:
        _before, error = undo.run(
            self.ctx,
            text,
            "structure",
            lambda: logo.set_logo(self.ctx.db, data),
            lambda before: logo.set_logo(self.ctx.db, before),
        )
        return self._report(error)

    def _report(self, error: TiersLieuxError | None) -> bool:
        self.message.setText("" if error is None else str(error))
        self.message.setVisible(error is not None)
        return error is None
