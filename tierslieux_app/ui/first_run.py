"""First run: register the structure (checked as typed), or open demonstration data.

The demonstration data go to their own file (``demo.sqlite3`` in the data folder),
so that trying the application never mixes invented people with real ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core import fields as F
from ..core import paths
from ..core.db import Database
from ..core.errors import ValidationError
from .widgets.code_combo import CodeCombo
from .widgets.form import ERROR_STYLE

DEMO_FILENAME = "demo.sqlite3"
DEMO_SEED = 2024
PAGE_CHOICE, PAGE_STRUCTURE, PAGE_DEMO = range(3)


def demo_location() -> str:
    return str(paths.data_dir() / DEMO_FILENAME)


class ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Bienvenue dans TiersLieux"))
        self.setSubTitle(
            self.tr(
                "TiersLieux enregistre la recherche participative de votre tiers-lieu et prépare "
                "le fichier annuel pour l’Observatoire. Vos données restent sur cet ordinateur."
            )
        )
        layout = QVBoxLayout(self)
        self.create_button = QRadioButton(self.tr("&Enregistrer ma structure"), self)
        self.create_button.setObjectName("choice_structure")
        self.create_button.setChecked(True)
        self.demo_button = QRadioButton(
            self.tr("&Découvrir l’application avec des données de démonstration"), self
        )
        self.demo_button.setObjectName("choice_demo")
        layout.addWidget(self.create_button)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)

    def nextId(self) -> int:
        """The demonstration is reached only from here, by its own explicit choice."""
        return PAGE_DEMO if self.demo_button.isChecked() else PAGE_STRUCTURE


class StructureFormPage(QWizardPage):
    """Name, SIRET or RNA, legal form, TSR category, commune; each checked as it is typed."""

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.setTitle(self.tr("Votre structure"))
        self.setSubTitle(
            self.tr("Indiquez au moins un SIRET ou un numéro RNA. Le reste se complète plus tard.")
        )
        self.setFinalPage(True)
        rules = F.by_name(F.STRUCTURE)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.name = self._line("name", rules["name"])
        self.siret = self._line("siret", rules["siret"], self.tr("14 chiffres, ex. 732 829 320 00074"))
        self.rna = self._line("rna", rules["rna"], self.tr("W suivi de 9 chiffres, ex. W751234567"))
        self.legal_form = self._combo("legal_form", rules["legal_form"])
        self.tsr_category = self._combo("tsr_category", rules["tsr_category"])
        self.commune = self._line("commune", rules["commune"])
        for edit in (self.name, self.siret, self.rna, self.commune):
            edit.textChanged.connect(self._recheck)
        for combo in (self.legal_form, self.tsr_category):
            combo.currentIndexChanged.connect(self._recheck)

    def _row(self, name: str, f: F.Field, editor: QWidget) -> None:
        editor.setObjectName(f"first_{name}")
        editor.setAccessibleName(f.label(self.lang))
        error = QLabel(self)
        error.setObjectName(f"first_error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        label = QLabel(f.label(self.lang) + (" *" if f.required else ""), self)
        label.setBuddy(editor)
        self.form.addRow(label, cell)
        self.errors[name] = error

    def _line(self, name: str, f: F.Field, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(f.max_len)
        edit.setPlaceholderText(placeholder)
        self._row(name, f, edit)
        return edit

    def _combo(self, name: str, f: F.Field) -> CodeCombo:
        assert f.vocab is not None
        combo = CodeCombo(f.vocab, self.lang, allow_empty=False, parent=self)
        combo.setPlaceholderText(self.tr("Choisir…"))
        self._row(name, f, combo)
        return combo

    def data(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "siret": self.siret.text().strip() or None,
            "rna": self.rna.text().strip() or None,
            "legal_form": self.legal_form.code(),
            "tsr_category": self.tsr_category.code(),
            "commune": self.commune.text().strip() or None,
        }

    def problems(self) -> dict[str, str]:
        """French message per field, as the core rules say (only what can be judged as typed)."""
        out: dict[str, str] = {}
        checks: dict[str, Callable[[str], str]] = {"siret": F.check_siret, "rna": F.check_rna}
        for name, check in checks.items():
            text = getattr(self, name).text().strip()
            if text:
                try:
                    check(text)
                except F.Invalid as exc:
                    out[name] = exc.message
        return out

    def _show(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = problems.get(name, "")
            label.setText(message[:1].upper() + message[1:])
            label.setVisible(bool(message))

    def _recheck(self) -> None:
        self._show(self.problems())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        d = self.data()
        return (
            bool(d["name"].strip())
            and bool(d["siret"] or d["rna"])
            and d["legal_form"] is not None
            and d["tsr_category"] is not None
            and not self.problems()
        )

    def nextId(self) -> int:
        """The last page of its path: Enter finishes with the user's own database (never the demo)."""
        return -1

    def validatePage(self) -> bool:
        """Save through the service; its problems (if any) go next to the fields."""
        from ..core.services.structure import save_structure

        try:
            save_structure(self.db, self.data())
        except ValidationError as exc:
            self._show({p.field: p.message for p in exc.problems})
            return False
        return True


class DemoPage(QWizardPage):
    """Creates (once) and opens the demonstration database, in the worker.

    Reached only from the first page's explicit choice, never after the structure form.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Données de démonstration"))
        self.setSubTitle(self.tr("Pour découvrir l’application sans toucher à vos données."))
        self.setFinalPage(True)
        text = QLabel(
            self.tr(
                "Une base de démonstration (structure, projets, participants et heures inventés) "
                "va être créée dans :\n{path}\n\nVos propres données ne sont pas concernées. Pour "
                "enregistrer votre structure plus tard : menu Fichier → Nouvelle base…"
            ).format(path=demo_location()),
            self,
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.db: Database | None = None
        self._busy = False

    def validatePage(self) -> bool:
        if self.db is not None:
            return True
        if not self._busy:
            self._start()
        return False

    def _start(self) -> None:
        from .worker import run_in_background

        self._busy = True
        self.error.hide()
        self.wizard().button(QWizard.WizardButton.FinishButton).setEnabled(False)
        run_in_background(
            self,
            make_demo,
            with_progress=True,
            on_done=self._done,
            on_error=self._failed,
            label=self.tr("Création des données de démonstration…"),
        )

    def _done(self, db: Database) -> None:
        self._busy = False
        self.db = db
        self.wizard().accept()

    def _failed(self, exc: BaseException) -> None:
        from .app import error_text

        self._busy = False
        self.wizard().button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()


def make_demo(progress: Callable[[int, int], None]) -> Database:
    """Open the demo file and fill it the first time (runs in the worker)."""
    from ..core.services.structure import get_structure
    from ..core.storage import open_database

    db = open_database(demo_location())
    try:
        if get_structure(db) is None:
            from ..core import demo

            demo.generate(db, seed=DEMO_SEED, size="small", progress=progress)
    except BaseException:
        db.close()
        raise
    return db


class FirstRunAssistant(QWizard):
    """``demo_db`` is set when the person chose the demonstration data."""

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Premier lancement"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.choice = ChoicePage(self)
        self.structure = StructureFormPage(db, lang, self)
        self.demo = DemoPage(self)
        self.setPage(PAGE_CHOICE, self.choice)
        self.setPage(PAGE_STRUCTURE, self.structure)
        self.setPage(PAGE_DEMO, self.demo)
        self.setStartId(PAGE_CHOICE)
        self.resize(640, 520)

    @property
    def demo_db(self) -> Database | None:
        return self.demo.db
