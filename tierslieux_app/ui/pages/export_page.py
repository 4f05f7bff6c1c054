"""Export page: the yearly file for the Observatoire du TSR, after the completeness checks.

Blocking findings (data the format requires) disable the export; warnings must be
accepted with a checkbox. The file is written in a worker thread with a progress
bar, beside its destination, and only replaces an earlier export once complete.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..findings import FindingsList, finding_text
from ..settings import Preferences
from ..worker import run_in_background


def default_folder() -> str:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs or str(Path.home())


def default_year(years: list[int], this_year: int) -> int:
    """The last completed year if it has data (the usual yearly export), else the latest past one."""
    if this_year - 1 in years:
        return this_year - 1
    past = [y for y in years if y <= this_year]
    return max(past) if past else this_year - 1


class ExportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.findings: list[Any] = []
        self.result: Any = None
        self._generation = 0
        self._dirty = True
        self._busy = False
        self._build()
        ctx.data_changed.connect(self._data_changed)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Export annuel pour l’Observatoire"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Un fichier par année, pseudonymisé : aucun nom, e-mail, téléphone ni note de personne "
                "n’y figure. Le classeur XLSX se lit dans un tableur ; le Data Package (CSV) s’importe "
                "par programme. Les deux contiennent les mêmes valeurs."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("year")
        self.year_combo.setAccessibleName(self.tr("Année à exporter"))
        self.year_combo.activated.connect(lambda _i: self._year_chosen())
        form.addRow(self.tr("&Année :"), self.year_combo)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("format")
        self.format_combo.setAccessibleName(self.tr("Format du fichier"))
        self.format_combo.addItem(self.tr("Classeur XLSX (Excel, LibreOffice)"), "xlsx")
        self.format_combo.addItem(self.tr("Data Package : CSV et datapackage.json (ZIP)"), "datapackage")
        self.format_combo.currentIndexChanged.connect(lambda _i: self._update_name())
        form.addRow(self.tr("&Format :"), self.format_combo)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(default_folder(), self)
        self.folder_edit.setObjectName("folder")
        self.folder_edit.setAccessibleName(self.tr("Dossier de destination"))
        self.folder_edit.textChanged.connect(lambda _t: self._update_state())
        browse = QPushButton(self.tr("&Parcourir…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(self.tr("&Dossier :"), self)
        folder_label.setBuddy(self.folder_edit)  # a layout has no buddy: the label points at the field
        form.addRow(folder_label, folder_row)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("file_name")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Fichier :"), self.name_label)
        layout.addLayout(form)

        heading = QLabel(self.tr("Vérifications avant l’export"), self)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        self.checks = FindingsList(self)  # each problem with « Corriger → »: its record, at the field
        self.checks.setObjectName("checks")
        self.checks.setAccessibleName(self.tr("Vérifications avant l’export"))
        self.checks.fix.connect(self._open_finding)
        layout.addWidget(self.checks, 1)
        self.accept_box = QCheckBox(self.tr("J’ai lu les &avertissements et j’exporte quand même"), self)
        self.accept_box.setObjectName("accept_warnings")
        self.accept_box.toggled.connect(lambda _c: self._update_state())
        layout.addWidget(self.accept_box)

        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Exporter"), self)
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.export_button.setSizePolicy(
            QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed
        )  # not the bar's room
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Avancement de l’export"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()  # shown once an export starts: no « 0 % » before anything happens
        actions.addWidget(self.export_button)
        actions.addWidget(self.progress, 1)
        layout.addLayout(actions)
        result_row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Ouvrir le dossier"), self)
        self.open_button.setObjectName("open_folder")
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_folder)
        result_row.addWidget(self.status, 1)
        result_row.addWidget(self.open_button)
        layout.addLayout(result_row)
        self._update_state()

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Called when the page is shown: reload the years and checks if data changed."""
        shared = Preferences().last_year
        moved = shared is not None and self.current_year() not in (None, shared)
        if (self._dirty or moved) and not self._busy:
            self.reload()

    def _data_changed(self, _entity: str) -> None:
        self._dirty = True
        if self.isVisible() and not self._busy:
            self.reload()

    def reload(self) -> None:
        from ...core.services.aggregates import years_with_data

        self._dirty = False
        self._generation += 1
        generation = self._generation
        db = self.ctx.db
        self.status.setText(self.tr("Vérification en cours…"))
        run_in_background(
            self,
            lambda: years_with_data(db),
            on_done=lambda years: self._got_years(generation, years),
            on_error=self._failed,
            dialog=False,
        )

    def _got_years(self, generation: int, years: list[int]) -> None:
        if generation != self._generation:
            return
        shared = Preferences().last_year  # the working year, chosen on any page
        if shared is not None:  # chosen by the person, here or on another page
            wanted = shared
        else:
            wanted = self.current_year() or default_year(years, dt.date.today().year)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in sorted(set(years) | {wanted}, reverse=True):
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(self.year_combo.findData(wanted))
        self.year_combo.blockSignals(False)
        self._load_checks()

    def current_year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def _year_chosen(self) -> None:
        year = self.current_year()
        if year is not None:
            Preferences().last_year = year  # one working year for every page
        self._generation += 1
        self._load_checks()

    def _load_checks(self) -> None:
        from ...core.completeness import check_year
        from ...core.errors import NotFoundError
        from ...core.export.exporter import default_filename

        year = self.current_year()
        if year is None:
            return
        generation = self._generation
        db = self.ctx.db

        def work() -> tuple[list[Any], dict[str, str]]:
            findings = check_year(db, year)
            try:
                names = {fmt: default_filename(db, year, fmt) for fmt in ("xlsx", "datapackage")}
            except NotFoundError:  # no structure yet: the blocking finding says so
                names = {}
            return findings, names

        self.status.setText(self.tr("Vérification en cours…"))
        run_in_background(
            self,
            work,
            on_done=lambda r: self._show_checks(generation, *r),
            on_error=self._failed,
            dialog=False,
        )

    def _failed(self, exc: BaseException) -> None:
        from ..app import error_text

        self.status.setText(error_text(exc))

    def _show_checks(self, generation: int, findings: list[Any], names: dict[str, str]) -> None:
        if generation != self._generation:
            return
        self.findings = findings
        self._names = names
        self.status.setText("")
        self.checks.clear()
        self.accept_box.setChecked(False)
        if not findings:
            self.checks.add(self.tr("Tout est prêt : aucune donnée obligatoire ne manque."))
        for f in findings:
            prefix = self.tr("Bloquant") if f.blocking else self.tr("Avertissement")
            text = finding_text(f, self.current_year() or dt.date.today().year, self.ctx.lang)
            target = f.ids[0] if f.ids else (str(self.current_year()) if f.entity == "structure_year" else "")
            self.checks.add(
                f"{prefix} — {text}",
                "#b00020" if f.blocking else "#8a5a00",
                (f.entity, target, getattr(f, "field", "")),
            )
        self._update_name()

    # -- state --------------------------------------------------------------------------

    @property
    def blocking(self) -> list[Any]:
        return [f for f in self.findings if f.blocking]

    @property
    def warnings(self) -> list[Any]:
        return [f for f in self.findings if not f.blocking]

    def _update_name(self) -> None:
        names = getattr(self, "_names", {})
        self.name_label.setText(names.get(self.format_combo.currentData(), ""))
        self._update_state()

    def _update_state(self) -> None:
        ready = (
            not self._busy
            and self.current_year() is not None
            and not self.blocking
            and (not self.warnings or self.accept_box.isChecked())
            and bool(self.folder_edit.text().strip())
            and bool(self.name_label.text())
        )
        self.export_button.setEnabled(ready)
        self.accept_box.setEnabled(bool(self.warnings) and not self.blocking and not self._busy)
        if self.blocking:
            self.export_button.setToolTip(self.tr("Corrigez d’abord les éléments bloquants de la liste."))
        elif self.warnings and not self.accept_box.isChecked():
            self.export_button.setToolTip(self.tr("Cochez la case pour accepter les avertissements."))
        else:
            self.export_button.setToolTip("")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier de destination"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _open_finding(self, target: tuple[str, str, str]) -> None:
        """« Corriger → »: the record's page, the record, the cursor in the field to fill in."""
        self.ctx.open_field.emit(*target)

    # -- exporting ----------------------------------------------------------------------

    def destination(self) -> Path:
        return Path(self.folder_edit.text().strip()) / self.name_label.text()

    def start_export(self) -> None:
        from ...core.export.exporter import export_steps

        if not self.export_button.isEnabled():
            return
        year, fmt, dest = self.current_year(), self.format_combo.currentData(), self.destination()
        accept = self.accept_box.isChecked()
        db = self.ctx.db
        self._busy = True
        self.open_button.setVisible(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Export en cours…"))
        self._update_state()
        run_in_background(
            self,
            lambda: export_steps(db, year, dest, fmt, accept_warnings=accept),
            on_done=self._exported,
            on_error=self._export_failed,
            on_progress=self._progressed,
            dialog=False,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _exported(self, result: Any) -> None:
        self._busy = False
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        rows = sum(result.counts.values())
        self.status.setText(
            self.tr("Fichier écrit : {path} ({rows} lignes). Empreinte SHA-256 : {digest}").format(
                path=str(result.path), rows=rows, digest=result.digest
            )
        )
        self.open_button.setVisible(True)
        self._update_state()

    def _export_failed(self, exc: BaseException) -> None:
        from ..app import error_text

        self._busy = False
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        self.status.setText(
            self.tr("L’export n’a pas abouti ; aucun fichier n’a été remplacé.") + "\n" + error_text(exc)
        )
        self._update_state()

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))
