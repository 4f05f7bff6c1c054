"""The observatory window: choose yearly files, validate them, import the valid ones,
see a year's national figures and export the national workbook.

Long work (validation, import, consolidation, report) runs in a worker thread with
progress; the window only calls the observatory's core functions and shows plain data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.db import Database
from ...core.observatory.consolidate import totals
from ...core.observatory.importer import ImportOutcome, import_file
from ...core.observatory.report import write_report
from ...core.observatory.validate import FileReport, expand, validate_file
from ..worker import run_in_background


def validate_steps(paths: list[Path]) -> Generator[tuple[int, int], None, list[FileReport]]:
    files = expand(paths)
    out = []
    for i, p in enumerate(files):
        yield i, len(files)
        out.append(validate_file(p))
    return out


def import_steps(db: Database, paths: list[Path]) -> Generator[tuple[int, int], None, list[ImportOutcome]]:
    out = []
    for i, p in enumerate(paths):
        yield i, len(paths)
        out.append(import_file(db, p))
    return out


class ObservatoryWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.reports: list[FileReport] = []
        self.setWindowTitle(self.tr("Observatoire du TSR — fichiers annuels"))
        central = QWidget(self)
        layout = QVBoxLayout(central)

        buttons = QHBoxLayout()
        self.files_button = QPushButton(self.tr("&Choisir des fichiers…"))
        self.folder_button = QPushButton(self.tr("Choisir un &dossier…"))
        self.import_button = QPushButton(self.tr("&Importer les fichiers valides"))
        self.import_button.setEnabled(False)
        for b in (self.files_button, self.folder_button, self.import_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fichier"), self.tr("Structure"), self.tr("Année"), self.tr("État"), self.tr("Erreurs")]
        )
        self.table.setAccessibleName(self.tr("Fichiers vérifiés"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 2)

        figures_bar = QHBoxLayout()
        year_label = QLabel(self.tr("&Année :"))
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(dt.date.today().year - 1)
        self.year.setAccessibleName(self.tr("Année"))
        year_label.setBuddy(self.year)
        self.figures_button = QPushButton(self.tr("Afficher les &chiffres"))
        self.report_button = QPushButton(self.tr("&Exporter le classeur national…"))
        for w in (year_label, self.year, self.figures_button, self.report_button):
            figures_bar.addWidget(w)
        self.figures_button.setAccessibleName(self.tr("Afficher les chiffres"))
        self.report_button.setAccessibleName(self.tr("Exporter le classeur national"))
        figures_bar.addStretch(1)
        layout.addLayout(figures_bar)

        self.figures = QTableWidget(0, 4, self)
        self.figures.setHorizontalHeaderLabels(
            [self.tr("Indicateur"), self.tr("Unité"), self.tr("Valeur"), self.tr("Structures")]
        )
        self.figures.setAccessibleName(self.tr("Chiffres nationaux"))
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.figures, 2)

        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("État"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self.resize(960, 640)

        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.import_button.clicked.connect(self.import_valid)
        self.table.cellDoubleClicked.connect(self.show_detail)
        self.figures_button.clicked.connect(self.show_figures)
        self.report_button.clicked.connect(self.export_report)

    # -- validation ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Fichiers annuels"), "", self.tr("Fichiers annuels (*.xlsx *.zip);;Tous (*)")
        )
        if names:
            self.validate([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des fichiers annuels"))
        if folder:
            self.validate([Path(folder)])

    def validate(self, paths: list[Path]) -> None:
        self.status.setText(self.tr("Vérification en cours…"))
        run_in_background(
            self,
            lambda: validate_steps(paths),
            on_done=self._validated,
            on_error=self._failed,
            label=self.tr("Vérification des fichiers…"),
        )

    def _validated(self, reports: list[FileReport]) -> None:
        self.reports = reports
        self.table.setRowCount(len(reports))
        for row, r in enumerate(reports):
            state = self.tr("valide") if r.valid else self.tr("non valide")
            for col, text in enumerate([r.file, r.structure, r.year, state, str(r.errors)]):
                item = QTableWidgetItem(text)
                if col == 3 and not r.valid:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        valid = sum(1 for r in reports if r.valid)
        self.import_button.setEnabled(valid > 0)
        self.status.setText(
            self.tr(
                "Fichiers valides : {valid} sur {total}. Double-cliquez une ligne pour le détail."
            ).format(valid=valid, total=len(reports))
        )

    def detail_text(self, row: int) -> str:
        r = self.reports[row]
        lines = [r.summary(), ""] + [f"[{p.severity}] {p}" for p in r.problems]
        return "\n".join(lines)

    def show_detail(self, row: int, _col: int = 0) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Détail : {file}").format(file=self.reports[row].file))
        box = QVBoxLayout(dialog)
        text = QPlainTextEdit(self.detail_text(row))
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Problèmes du fichier"))
        box.addWidget(text)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        box.addWidget(close)
        dialog.resize(760, 420)
        dialog.open()
        self.detail_dialog = dialog

    # -- import and figures --------------------------------------------------------------------
    def import_valid(self) -> None:
        paths = [Path(r.path) for r in self.reports if r.valid]
        self.import_button.setEnabled(False)
        run_in_background(
            self,
            lambda: import_steps(self.db, paths),
            on_done=self._imported,
            on_error=self._failed,
            label=self.tr("Import des fichiers…"),
        )

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        done = sum(1 for o in outcomes if o.imported)
        self.status.setText(
            self.tr("Fichiers importés : {done} sur {total}.").format(done=done, total=len(outcomes))
            + "\n"
            + "\n".join(o.message for o in outcomes)
        )
        self.show_figures()

    def show_figures(self) -> None:
        from ...core.format import descriptor

        year = self.year.value()
        run_in_background(
            self,
            lambda: totals(self.db, year, descriptor.load()),
            on_done=self._figures,
            on_error=self._failed,
            dialog=False,
        )

    def _figures(self, sheet: Any) -> None:
        self.figures.setRowCount(len(sheet.rows))
        for row, (_code, label, unit, value, n) in enumerate(sheet.rows):
            for col, v in enumerate([label, unit, value, n]):
                text = self.tr("secret") if v == "secret" else (f"{v:n}" if not isinstance(v, str) else v)
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.figures.setItem(row, col, item)

    def export_report(self) -> None:
        year = self.year.value()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Classeur national"),
            f"observatoire-national-{year}.xlsx",
            self.tr("Classeur (*.xlsx)"),
        )
        if name:
            self.write_report_to(Path(name), year)

    def write_report_to(self, dest: Path, year: int) -> None:
        run_in_background(
            self,
            lambda: write_report(self.db, year, dest),
            on_done=lambda _s: self.status.setText(
                self.tr("Classeur national écrit : {path}").format(path=dest)
            ),
            on_error=self._failed,
            label=self.tr("Écriture du classeur national…"),
        )

    def _failed(self, exc: BaseException) -> None:
        from ..app import error_text

        self.status.setText(error_text(exc))
        QMessageBox.warning(self, self.tr("Observatoire"), error_text(exc))


def run_observatory(db_arg: str | None, lang: str | None) -> int:
    from ...core.observatory.store import open_observatory
    from ...core.paths import data_dir
    from ..app import create_application, install_translators

    app = create_application()
    install_translators(lang or "fr")
    db = open_observatory(db_arg or data_dir() / "observatoire.sqlite3")
    window = ObservatoryWindow(db)
    window.show()
    try:
        return int(app.exec())
    finally:
        db.close()
