"""The import assistant: choose a file and its kind, check the column mapping, preview, import.

Every row is checked before anything is written; the valid rows go in one
transaction (in a worker thread, after a backup); rejected rows can be saved
as a spreadsheet with an « Erreur » column to correct and import again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import TiersLieuxError
from ..core.spreadsheet_import import KINDS, Mapping, Preview, Sheet, guess_mapping, read_sheet
from ..core.spreadsheet_import.importer import DUPLICATE, ERROR, EXISTING, NEW, run_import
from .context import AppContext
from .worker import run_in_background

ENTITY = {
    "participants": "participant",
    "projets": "project",
    "heures": "time_entry",
    "productions": "output",
}
STATUS_COLOURS = {NEW: "#e6f4ea", EXISTING: "#eeeeee", DUPLICATE: "#fff4e0", ERROR: "#fde7e9"}


class ImportWizard(QDialog):
    """Open with ``ImportWizard(ctx, parent).exec()`` (or ``.open()``) from the « Fichier » menu."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sheet: Sheet | None = None
        self.preview: Preview | None = None
        self.result: Preview | None = None
        self.setWindowTitle(self.tr("Importer un tableur"))
        self.resize(980, 640)
        self._kind_names = {
            "participants": self.tr("Participants"),
            "projets": self.tr("Projets"),
            "heures": self.tr("Heures"),
            "productions": self.tr("Productions"),
        }
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Fichier à importer"))
        self.choose_button = QPushButton(self.tr("&Choisir un fichier…"))
        self.choose_button.clicked.connect(self._choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        form.addRow(self.tr("Fichier (XLSX ou CSV) :"), row)
        kind_row = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Type de données"))
        for key, label in self._kind_names.items():
            self.kind_combo.addItem(label, key)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.template_button = QPushButton(self.tr("Créer un &modèle vide…"))
        self.template_button.clicked.connect(self._save_template)
        kind_row.addWidget(self.kind_combo, 1)
        kind_row.addWidget(self.template_button)
        form.addRow(self.tr("Le fichier contient :"), kind_row)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Correspondance des colonnes (modifiable) :")))
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Colonne du fichier"), self.tr("Champ")])
        self.mapping_table.setAccessibleName(self.tr("Correspondance des colonnes"))
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.setMaximumHeight(190)
        self.mapping_table.verticalHeader().setVisible(False)
        layout.addWidget(self.mapping_table)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview_table = QTableWidget(0, 3)
        self.preview_table.setAccessibleName(self.tr("Aperçu des lignes"))
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.verticalHeader().setVisible(False)
        layout.addWidget(self.preview_table, 1)

        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Vérifier"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Importer les lignes valides"))
        self.import_button.clicked.connect(self.start_import)
        self.rejects_button = QPushButton(self.tr("Enregistrer les lignes &refusées…"))
        self.rejects_button.clicked.connect(self._choose_rejects)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.check_button, self.import_button, self.rejects_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- file and kind ---------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Tableur à importer"), "", self.tr("Tableurs (*.xlsx *.csv);;Tous les fichiers (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read the file and guess the mapping; a French message if it cannot be read."""
        try:
            self.sheet = read_sheet(path)
        except TiersLieuxError as exc:
            QMessageBox.warning(self, self.tr("Fichier illisible"), str(exc))
            return False
        self.path_edit.setText(str(path))
        self._fill_mapping(guess_mapping(self.kind(), self.sheet.headers))
        self.check()
        return True

    def _kind_changed(self) -> None:
        if self.sheet is not None:
            self._fill_mapping(guess_mapping(self.kind(), self.sheet.headers))
            self.check()

    def _fill_mapping(self, mapping: Mapping) -> None:
        assert self.sheet is not None
        columns = KINDS[self.kind()]
        self.mapping_table.setRowCount(len(self.sheet.headers))
        for j, header in enumerate(self.sheet.headers):
            self.mapping_table.setItem(j, 0, QTableWidgetItem(header or self.tr("(sans titre)")))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Champ pour la colonne %1").replace("%1", header))
            combo.addItem(self.tr("— ignorer —"), None)
            for col in columns:
                combo.addItem(col.header, col.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(j))))
            combo.currentIndexChanged.connect(self._mapping_edited)
            self.mapping_table.setCellWidget(j, 1, combo)
        self.mapping_table.resizeColumnToContents(0)

    def mapping(self) -> Mapping:
        out = Mapping(self.kind())
        for j in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(j, 1)
            out.columns[j] = combo.currentData() if isinstance(combo, QComboBox) else None
        return out

    def _mapping_edited(self) -> None:
        self.preview = None
        self.summary.setText(self.tr("Correspondance modifiée : cliquez sur « Vérifier »."))
        self._update_buttons()

    # -- checking and preview ----------------------------------------------------------

    def check(self) -> None:
        """Check every row (reads only) and show its status and errors."""
        if self.sheet is None:
            return
        try:
            self.preview = run_import(self.ctx.db, self.kind(), self.sheet, self.mapping(), dry_run=True)
        except TiersLieuxError as exc:
            self.preview = None
            self.summary.setText(str(exc))
            self.preview_table.setRowCount(0)
            self._update_buttons()
            return
        self._show_preview(self.preview)

    def _show_preview(self, preview: Preview) -> None:
        headers = [self.tr("Ligne"), self.tr("État"), self.tr("Erreur"), *preview.headers]
        self.preview_table.setColumnCount(len(headers))
        self.preview_table.setHorizontalHeaderLabels(headers)
        self.preview_table.setRowCount(len(preview.rows))
        shown = {
            NEW: self.tr("à importer"),
            EXISTING: self.tr("déjà présent"),
            DUPLICATE: self.tr("doublon"),
            ERROR: self.tr("erreur"),
        }
        for i, row in enumerate(preview.rows):
            cells: list[Any] = [row.line, shown[row.status], "\n".join(row.errors), *row.raw]
            for j, value in enumerate(cells):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setBackground(QBrush(QColor(STATUS_COLOURS[row.status])))
                if j == 0:
                    item.setData(Qt.ItemDataRole.DisplayRole, row.line)
                self.preview_table.setItem(i, j, item)
        self.preview_table.resizeColumnsToContents()
        self.summary.setText(
            self.tr("Lignes à importer : %1 · déjà présentes : %2 · en double : %3 · refusées : %4.")
            .replace("%1", str(preview.count(NEW)))
            .replace("%2", str(preview.count(EXISTING)))
            .replace("%3", str(preview.count(DUPLICATE)))
            .replace("%4", str(preview.count(ERROR)))
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        pv = self.preview
        self.check_button.setEnabled(self.sheet is not None)
        self.import_button.setEnabled(pv is not None and pv.count(NEW) > 0)
        self.rejects_button.setEnabled(pv is not None and bool(pv.rejected))

    # -- importing -----------------------------------------------------------------------

    def start_import(self) -> None:
        if self.sheet is None or self.preview is None:
            return
        sheet, kind, mapping = self.sheet, self.kind(), self.mapping()
        self.import_button.setEnabled(False)
        run_in_background(
            self,
            lambda: run_import(self.ctx.db, kind, sheet, mapping),
            on_done=self._imported,
            on_error=self._failed,
            label=self.tr("Import en cours…"),
        )

    def _imported(self, result: Preview) -> None:
        self.result = result
        self._show_preview(result)
        n = result.imported
        text = self.tr("%n ligne importée.", "", n) if n < 2 else self.tr("%n lignes importées.", "", n)
        added = result.memberships_added
        if added:
            text += " " + (
                self.tr("%n personne ajoutée à un projet comme contributeur.", "", added)
                if added < 2
                else self.tr("%n personnes ajoutées à un projet comme contributeurs.", "", added)
            )
        self.summary.setText(text + " " + self.summary.text())
        self.import_button.setEnabled(False)
        self.ctx.data_changed.emit(ENTITY[result.kind])
        if result.kind == "heures" and result.memberships_added:
            self.ctx.data_changed.emit("project")

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Import impossible"), str(exc))
        self._update_buttons()

    # -- files written -------------------------------------------------------------------

    def _choose_rejects(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lignes refusées"), "lignes-refusees.xlsx", self.tr("Classeur (*.xlsx)")
        )
        if path:
            self.save_rejects(Path(path))

    def save_rejects(self, path: Path) -> None:
        from ..core.spreadsheet_import import write_rejects

        preview = self.result or self.preview
        if preview is None:
            return
        try:
            write_rejects(preview, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), str(exc))
            return
        self.summary.setText(self.tr("Lignes refusées enregistrées dans %1.").replace("%1", str(path)))

    def _save_template(self) -> None:
        name = f"modele-{self.kind()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Modèle vide"), name, self.tr("Classeur (*.xlsx)")
        )
        if path:
            self.save_template(Path(path))

    def save_template(self, path: Path) -> None:
        from ..core.spreadsheet_import import write_template

        try:
            write_template(self.kind(), path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), str(exc))
            return
        self.summary.setText(self.tr("Modèle enregistré dans %1.").replace("%1", str(path)))
