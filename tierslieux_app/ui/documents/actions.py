"""The window's way to the documents: « Aperçu », « Imprimer… », « Enregistrer en PDF… ».

Pages add one button (``document_button``) and the Fichier menu one submenu
(``fill_documents_menu``); everything else is here. Each action first asks a few options
(year, language, who signs, where and when; the valuation's method; the people a project
lead chooses to credit), then reads and lays out the document in a worker
(``ui.worker.run_in_background``), and previews, prints or saves it. A batch (the
attestations of every volunteer of a year) is written in the worker, one PDF per person,
with a progress dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import TiersLieuxError
from ..context import AppContext
from ..worker import run_in_background
from .html import Rendered, Signatory
from .render import a4_layout, paint

if TYPE_CHECKING:
    from .produce import Request

# The window builds its Fichier menu before its first paint: this module imports nothing heavy
# (the figures, SQLAlchemy, openpyxl come with ``produce``, when a document is asked for).

PREVIEW, PRINT, SAVE = "preview", "print", "save"
_last_signatory = Signatory()  # remembered for the session: the same person signs the next one


class OptionsDialog(QDialog):
    """Year, language and signature of a document (and the kind's own options)."""

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        parent: QWidget | None,
        *,
        year: int | None = None,
        project_id: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("document_options")
        self.ctx = ctx
        self.kind = kind
        self.setWindowTitle(self.tr("Options du document"))
        form = QFormLayout()
        from ...core.documents.data import DEFAULT_METHOD
        from ...core.services.aggregates import years_with_data
        from ...core.services.structure import get_structure

        self.year = QComboBox(self)
        self.year.setObjectName("year")
        if kind == "bilan-projet":
            self.year.addItem(self.tr("Tout le projet"), None)
        years = years_with_data(ctx.db) or [dt.date.today().year]
        for y in years:
            self.year.addItem(str(y), y)
        if year is not None and self.year.findData(year) >= 0:
            self.year.setCurrentIndex(self.year.findData(year))
        elif kind != "bilan-projet":
            past = [y for y in years if y < dt.date.today().year]
            self.year.setCurrentIndex(self.year.findData(past[0] if past else years[0]))
        form.addRow(self.tr("&Année :"), self.year)
        self.lang = QComboBox(self)
        self.lang.setObjectName("lang")
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(1 if ctx.lang == "en" else 0)
        form.addRow(self.tr("&Langue du document :"), self.lang)
        structure = get_structure(ctx.db) or {}
        last = _last_signatory
        self.name = QLineEdit(last.name, self)
        self.name.setObjectName("signatory")
        self.role = QLineEdit(last.role, self)
        self.role.setObjectName("role")
        self.role.setPlaceholderText(self.tr("Représentant légal de la structure"))
        self.place = QLineEdit(last.place or structure.get("commune") or "", self)
        self.place.setObjectName("place")
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        if kind != "rapport-activite":
            form.addRow(self.tr("&Signataire :"), self.name)
            form.addRow(self.tr("&Fonction :"), self.role)
            form.addRow(self.tr("Fait à :"), self.place)
            form.addRow(self.tr("Le :"), self.date)
        self.method = QLineEdit(DEFAULT_METHOD, self)
        self.method.setObjectName("method")
        if kind == "valorisation":
            form.addRow(self.tr("&Méthode de valorisation :"), self.method)
        self.credit = QListWidget(self)
        self.credit.setObjectName("credit")
        if kind == "bilan-projet" and project_id:
            from ...core.services.projects import project_participants

            for member in project_participants(ctx.db, project_id):
                item = QListWidgetItem(f"{member['first_name']} {member['last_name']}", self.credit)
                item.setData(256, member["participant_id"])  # Qt.ItemDataRole.UserRole
                item.setCheckState(_unchecked())
            note = QLabel(
                self.tr("Le bilan ne nomme personne, sauf les personnes cochées ici (remerciements)."), self
            )
            note.setWordWrap(True)
            form.addRow(self.tr("Personnes à remercier :"), self.credit)
            form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def signatory(self) -> Signatory:
        d = self.date.date()
        return Signatory(
            self.name.text().strip(),
            self.role.text().strip(),
            self.place.text().strip(),
            dt.date(d.year(), d.month(), d.day()),
        )

    def credited(self) -> list[str]:
        out = []
        for i in range(self.credit.count()):
            item = self.credit.item(i)
            if item.checkState() == _checked():
                out.append(item.data(256))
        return out


def _checked() -> Any:
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked


def _unchecked() -> Any:
    from PySide6.QtCore import Qt

    return Qt.CheckState.Unchecked


class DocumentActions(QObject):
    """One document request from the window: options, then preview, print or save."""

    saved = Signal(list)  # paths written
    shown = Signal(QWidget)  # the preview or print dialog, once open
    failed = Signal(str)
    printed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.dialog: QDialog | None = None  # the options dialog, while open (tests drive it)
        self.output: QDialog | None = None  # the preview or print dialog, while open

    def start(
        self,
        kind: str,
        how: str,
        *,
        participant_id: str | None = None,
        project_id: str | None = None,
        year: int | None = None,
        batch: bool = False,
    ) -> None:
        if kind == "attestation" and not participant_id and not batch:
            self._fail(self.tr("Choisissez d’abord une personne dans la liste."))
            return
        if kind == "bilan-projet" and not project_id:
            self._fail(self.tr("Ouvrez d’abord un projet."))
            return
        try:
            dialog = OptionsDialog(self.ctx, kind, self.parent_widget, year=year, project_id=project_id)
        except TiersLieuxError as exc:
            self._fail(str(exc))
            return
        self.dialog = dialog

        def accepted() -> None:
            from .produce import Request

            global _last_signatory
            _last_signatory = dialog.signatory()
            request = Request(
                kind=kind,
                year=dialog.year.currentData(),
                participant_id=participant_id,
                project_id=project_id,
                lang=dialog.lang.currentData(),
                signatory=_last_signatory,
                credit=dialog.credited(),
                method=dialog.method.text().strip() or None,
            )
            self.dialog = None
            dialog.deleteLater()
            self.run(request, how)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: setattr(self, "dialog", None))
        dialog.open()

    def run(self, request: Request, how: str) -> None:
        """Preview, print or save ``request`` (the options already chosen)."""
        from .produce import build

        if how == SAVE:
            self._save(request)
            return
        db = self.ctx.db
        run_in_background(
            self.parent_widget,
            lambda: build(db, request),
            on_done=lambda docs: self._show(docs[0], how),
            on_error=self._error,
            label=self.tr("Préparation du document…"),
        )

    def _save(self, request: Request) -> None:
        from .produce import write

        if request.batch:
            folder = QFileDialog.getExistingDirectory(
                self.parent_widget, self.tr("Dossier des attestations"), str(Path.home())
            )
            if not folder:
                return
            out = Path(folder)
        else:
            filters = self.tr("Document PDF (*.pdf)")
            if request.kind == "valorisation":
                filters += ";;" + self.tr("Classeur XLSX (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(
                self.parent_widget, self.tr("Enregistrer le document"), str(Path.home()), filters
            )
            if not path:
                return
            out = Path(path)
            if out.suffix.lower() == ".xlsx" and request.kind == "valorisation":
                request.xlsx = True
            elif out.suffix.lower() != ".pdf":
                out = out.with_name(out.name + ".pdf")
        db = self.ctx.db
        run_in_background(
            self.parent_widget,
            lambda: write(db, request, out),
            on_done=self._saved,
            on_error=self._error,
            label=self.tr("Écriture des documents…") if request.batch else self.tr("Écriture du document…"),
        )

    def _saved(self, paths: list[Path]) -> None:
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            text = (
                self.tr("Document enregistré : %1").replace("%1", str(paths[0]))
                if len(paths) == 1
                else self.tr("%1 documents enregistrés dans « %2 ».")
                .replace("%1", str(len(paths)))
                .replace("%2", str(paths[0].parent))
            )
            window.statusBar().showMessage(text, 10_000)
        self.saved.emit(paths)

    def _show(self, rendered: Rendered, how: str) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(rendered.title)
        if how == PREVIEW:
            dialog: QDialog = QPrintPreviewDialog(printer, self.parent_widget)
            dialog.paintRequested.connect(lambda p: paint(rendered, p))
        else:
            dialog = QPrintDialog(printer, self.parent_widget)
            dialog.accepted.connect(lambda: self._print(rendered, printer))
        dialog.setObjectName("document_preview" if how == PREVIEW else "document_print")
        dialog.setWindowTitle(rendered.title)
        dialog.printer_ref = printer  # type: ignore[attr-defined]  # the printer lives as long as the dialog
        dialog.finished.connect(dialog.deleteLater)
        self.output = dialog
        QDialog.open(dialog)  # QPrintDialog.open() only takes a receiver: the plain window-modal open
        self.shown.emit(dialog)

    def _print(self, rendered: Rendered, printer: QPagedPaintDevice) -> None:
        try:
            paint(rendered, printer)
        except TiersLieuxError as exc:
            self._fail(str(exc))
            return
        self.printed.emit()

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, TiersLieuxError):
            self._fail(str(exc))
        elif isinstance(exc, OSError):
            where = f" « {exc.filename} »" if getattr(exc, "filename", None) else ""
            self._fail(
                self.tr("Impossible d’écrire le document%1 (%2) : choisissez un autre emplacement.")
                .replace("%1", where)
                .replace("%2", exc.strerror or str(exc))
            )
        else:
            raise exc

    # -- menus --------------------------------------------------------------------------

    def button_text(self) -> str:
        return self.tr("Documents")

    def fill(
        self, menu: QMenu, kinds: tuple[str, ...], scope: Callable[[], dict[str, Any]], batch: bool
    ) -> None:
        titles = {
            "attestation": self.tr("Attestation de participation"),
            "bilan-projet": self.tr("Bilan du projet"),
            "valorisation": self.tr("Valorisation du bénévolat"),
            "rapport-activite": self.tr("Rapport d’activité"),
        }
        for kind in kinds:
            if kind == "attestation" and batch:  # no person chosen: every volunteer of the year
                action = menu.addAction(self.tr("Attestations de tous les bénévoles…"))
                action.setObjectName("attestation_batch")
                action.triggered.connect(
                    lambda _c=False: self.start("attestation", SAVE, batch=True, **scope())
                )
                continue
            target = menu.addMenu(titles[kind]) if len(kinds) > 1 else menu
            for how, text in (
                (PREVIEW, self.tr("Aperçu")),
                (PRINT, self.tr("Imprimer…")),
                (SAVE, self.tr("Enregistrer en PDF…")),
            ):
                action = target.addAction(text)
                action.setObjectName(f"{kind}_{how}")
                action.triggered.connect(lambda _c=False, k=kind, h=how: self.start(k, h, **scope()))

    def _fail(self, message: str) -> None:
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Document"), message, parent=self.parent_widget)
        box.setObjectName("document_error")
        box.finished.connect(box.deleteLater)
        box.open()


def fill_documents_menu(
    menu: QMenu,
    ctx: AppContext,
    parent: QWidget,
    kinds: tuple[str, ...] = ("rapport-activite", "valorisation", "attestation"),
    *,
    participant: Callable[[], str | None] | None = None,
    project: Callable[[], str | None] | None = None,
    year: Callable[[], int | None] | None = None,
) -> DocumentActions:
    """Fill ``menu`` with the documents of ``kinds`` (a submenu each when there are several)."""
    actions = DocumentActions(ctx, parent)

    def scope() -> dict[str, Any]:
        return {
            "participant_id": participant() if participant else None,
            "project_id": project() if project else None,
            "year": year() if year else None,
        }

    actions.fill(menu, kinds, scope, batch=participant is None)
    menu.documents = actions  # type: ignore[attr-defined]
    return actions


def document_button(
    ctx: AppContext,
    parent: QWidget,
    kinds: tuple[str, ...],
    *,
    participant: Callable[[], str | None] | None = None,
    project: Callable[[], str | None] | None = None,
    year: Callable[[], int | None] | None = None,
) -> QPushButton:
    """A « Documents » button whose menu previews, prints or saves the page's documents."""
    button = QPushButton(parent)
    button.setObjectName("documents_button")
    menu = QMenu(button)
    actions = fill_documents_menu(
        menu, ctx, button, kinds, participant=participant, project=project, year=year
    )
    button.setText(actions.button_text())
    button.documents = actions  # type: ignore[attr-defined]
    button.setMenu(menu)
    return button
