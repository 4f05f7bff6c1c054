"""Structure and years: the identity of the tiers-lieu and its facts for each year.

Every field is saved as soon as it is edited (no Save button) through the structure
services; a value they refuse is shown under its field and nothing is saved. Each
change is an undo command on the shared stack (Ctrl+Z). The language and the database
location are shown here too.

Format 1.1.0 added the INSEE legal category (searchable; choosing it proposes the legal
form it stands for, and a line says when the declared TSR category is not the usual one
for that form), the logo, and for each year the jobs by contract type (the year's
headcount and FTE are then derived from them, read-only) and the organisational changes
(``structure_sections``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent, QUndoCommand
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import fields as F
from ...core import vocab as V
from ...core.errors import FieldProblem, ValidationError
from ...core.services import structure as services
from ..context import AppContext
from ..settings import Preferences, working_year
from ..widgets.code_checklist import CodeChecklist
from ..widgets.code_combo import CodeCombo, searchable
from ..widgets.form import FieldForm, is_share, share_label
from .structure_sections import ChangesSection, JobsSection, LogoSection

YEAR_FIELDS = tuple(f for f in F.STRUCTURE_YEAR if f.name != "year")
# The INSEE legal category first: choosing it proposes the legal form (format 1.1.0).
_BY_NAME = F.by_name(F.STRUCTURE)
STRUCTURE_FIELDS = (
    *(f for f in F.STRUCTURE if f.name in ("name", "siret", "rna")),
    _BY_NAME["insee_legal_category"],
    *(f for f in F.STRUCTURE if f.name not in ("name", "siret", "rna", "insee_legal_category")),
)
ADVICE_STYLE = "color: #8a5300;"  # a warning that blocks nothing (amber, readable on white)
LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))


class FieldEdit(QUndoCommand):
    """One field of the structure (``year`` None) or of a year's facts, from ``old`` to ``new``.

    The page saves first (so that a refused value never enters the stack); the first
    ``redo`` done by ``QUndoStack.push`` is therefore skipped. Commands talk to the
    services and ``ctx.data_changed`` only, so they outlive a rebuilt page.
    """

    def __init__(self, ctx: AppContext, year: int | None, name: str, old: Any, new: Any, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.year = year
        self.name = name
        self.old = old
        self.new = new
        self._done = True

    def _apply(self, value: Any) -> None:
        from ..app import show_error

        try:
            if self.year is None:
                services.save_structure(self.ctx.db, {self.name: value})
            else:
                services.save_year(self.ctx.db, self.year, {self.name: value})
        except ValidationError as exc:  # the record changed since in a way that refuses it
            show_error(None, exc)
            self.setObsolete(True)
            return
        self.ctx.data_changed.emit("structure" if self.year is None else "structure_year")

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


TWO_COLUMNS_MIN_WIDTH = 960  # below, the year's facts go under the identity (no hidden field)


class StructurePage(QWidget):
    language_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = Preferences()
        self.structure: dict[str, Any] = {}
        self.year_row: dict[str, Any] = {}
        self._build()
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        self.scroll = scroll
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("Structure et années"), body)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Chaque modification est enregistrée dès que vous quittez le champ (Ctrl+Z pour annuler)."
            ),
            body,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns = columns  # one column when the page is narrow (see resizeEvent)
        identity = QGroupBox(self.tr("Identité de la structure"), body)
        box = QVBoxLayout(identity)
        self.form = FieldForm(STRUCTURE_FIELDS, self.ctx.lang, identity)
        self.form.setObjectName("structure_form")
        self.form.committed.connect(self._commit_structure)
        insee = self.form.editor("insee_legal_category")
        assert isinstance(insee, CodeCombo)
        searchable(insee, with_codes=True)  # « 9220 — Association déclarée », found by « 9220 » or « asso »
        self.proposal_note = self._note_under(self.form, "legal_form", "legal_form_proposed")
        self.tsr_advice = self._note_under(self.form, "tsr_category", "tsr_advice")
        self.tsr_advice.setStyleSheet(ADVICE_STYLE)
        self.logo = LogoSection(self.ctx, identity)
        self.form.layout_.addRow(self.tr("Logo"), self.logo)
        box.addWidget(self.form)
        box.addStretch(1)
        columns.addWidget(identity, 1)

        right = QVBoxLayout()
        facts = QGroupBox(self.tr("Chiffres de l’année"), body)
        facts_box = QVBoxLayout(facts)
        pick = QHBoxLayout()
        year_label = QLabel(self.tr("&Année :"), facts)
        self.year = QSpinBox(facts)
        self.year.setObjectName("facts_year")
        self.year.setRange(1990, F.THIS_YEAR_MAX)
        from ...core.services.aggregates import years_with_data

        years = years_with_data(self.ctx.db)
        self.year.setValue(working_year(years, self.prefs.last_year, dt.date.today().year))
        self.year.setAccessibleName(self.tr("Année des chiffres"))
        self.year.setKeyboardTracking(False)
        year_label.setBuddy(self.year)
        self.year.valueChanged.connect(lambda _v: self._year_chosen())
        pick.addWidget(year_label)
        pick.addWidget(self.year)
        pick.addStretch(1)
        facts_box.addLayout(pick)
        self.year_note = QLabel(facts)
        self.year_note.setObjectName("year_note")
        self.year_note.setWordWrap(True)
        facts_box.addWidget(self.year_note)
        self.year_form = FieldForm(YEAR_FIELDS, self.ctx.lang, facts)
        self.year_form.setObjectName("year_form")
        self.year_form.committed.connect(self._commit_year)
        self.derived_note = self._note_under(self.year_form, services.TOTAL_FIELDS[-1], "derived_from_jobs")
        self.derived_note.setText(
            self.tr("Nombre de salariés et ETP calculés à partir des emplois ci-dessous.")
        )
        # long vocabulary labels ("Cooperative society of collective interest…") must not widen the page
        for form in (self.form, self.year_form):
            for combo in form.findChildren(QComboBox):
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(14)
        for checklist in self.form.findChildren(CodeChecklist):  # « Agrément ESUS (entreprise… » elided
            checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            for i in range(checklist.count()):
                checklist.item(i).setToolTip(checklist.item(i).text())
        facts_box.addWidget(self.year_form)
        right.addWidget(facts)
        self.jobs = JobsSection(self.ctx, body)
        right.addWidget(self.jobs)
        self.changes = ChangesSection(self.ctx, body)
        right.addWidget(self.changes)

        settings = QGroupBox(self.tr("Application"), body)
        settings_form = QFormLayout(settings)
        self.language = QComboBox(settings)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Langue de l’interface"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self.ctx.lang))
        self.language.activated.connect(self._language_chosen)
        settings_form.addRow(self.tr("&Langue :"), self.language)
        path = self.ctx.db.path
        where = QLabel(str(path) if path else self.ctx.db.url, settings)
        where.setObjectName("database_location")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        settings_form.addRow(self.tr("Base de données :"), where)
        if path is not None:
            folder = QPushButton(self.tr("Ouvrir le &dossier"), settings)
            folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
            settings_form.addRow("", folder)
        right.addWidget(settings)
        right.addStretch(1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

    def _note_under(self, form: FieldForm, name: str, object_name: str) -> QLabel:
        """A hidden line of explanation inserted in ``form`` right under the field ``name``."""
        note = QLabel(form)
        note.setObjectName(object_name)
        note.setWordWrap(True)
        note.hide()
        row, _role = form.layout_.getWidgetPosition(form.editor(name).parentWidget())
        form.layout_.insertRow(row + 1, "", note)
        return note

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns side by side when they fit, else one under the other (1024×640 screens)."""
        super().resizeEvent(event)
        wide = event.size().width() >= TWO_COLUMNS_MIN_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # -- loading ----------------------------------------------------------------------------

    def _year_chosen(self) -> None:
        self.prefs.last_year = self.year.value()  # one working year for every page
        self._load_year()

    def refresh(self) -> None:
        shared = self.prefs.last_year
        if shared is not None and shared != self.year.value():
            self.year.blockSignals(True)
            self.year.setValue(shared)
            self.year.blockSignals(False)
        self.structure = services.get_structure(self.ctx.db) or {}
        self.form.set_values(self.structure)
        self.form.clear_problems()
        self.logo.show_logo(self.structure.get("logo"))
        self._show_tsr_advice()
        self._load_year()

    def _show_tsr_advice(self) -> None:
        """Say (never block) when the declared TSR category is not the usual one of the legal form."""
        legal, insee = self.structure.get("legal_form"), self.structure.get("insee_legal_category")
        usual = V.usual_tsr_category(legal, insee)
        declared = self.structure.get("tsr_category")
        text = ""
        if usual is not None and declared and declared != usual:
            lang = self.ctx.lang
            form = V.INSEE_LEGAL_CATEGORY.label(insee, lang) if insee else V.LEGAL_FORM.label(legal, lang)
            text = (
                self.tr(
                    "D’ordinaire, une structure de forme « %1 » relève de la catégorie « %2 » "
                    "(déclarée ici : « %3 »)."
                )
                .replace("%1", form)
                .replace("%2", V.TSR_CATEGORY.label(usual, lang))
                .replace("%3", V.TSR_CATEGORY.label(declared, lang))
            )
        self.tsr_advice.setText(text)
        self.tsr_advice.setVisible(bool(text))

    def _load_year(self) -> None:
        year = self.year.value()
        row = services.get_year(self.ctx.db, year)
        if row is None:
            self.year_row = services.year_parameters(self.ctx.db, year)
            self.year_note.setText(
                self.tr(
                    "Les chiffres de {year} ne sont pas encore renseignés ; valeurs par défaut affichées."
                ).format(year=year)
            )
        else:
            self.year_row = row
            self.year_note.setText("")
        self.year_note.setVisible(bool(self.year_note.text()))
        self.year_form.set_values(self.year_row)
        self.year_form.clear_problems()
        self.jobs.load(year)
        self.changes.load(year)
        derived = self.jobs.model.has_lines()  # the totals come from the jobs, not from the keyboard
        for name in services.TOTAL_FIELDS:
            editor = self.year_form.editor(name)
            assert isinstance(editor, QLineEdit)
            editor.setReadOnly(derived)
            editor.setToolTip(self.tr("Calculé à partir des emplois par type de contrat") if derived else "")
        self.derived_note.setVisible(derived)

    def _data_changed(self, entity: str) -> None:
        if entity in {"structure", "structure_year"}:
            self.refresh()
        elif entity == "org_change":
            self.changes.reload()

    def open_year(self, year: str) -> None:
        """Show the facts of a year (the findings « chiffres de l'année non renseignés », then
        « emplois non renseignés » once the year has its figures: the jobs grid takes the focus)."""
        if year.isdigit():
            self.year.setValue(int(year))
        if self.year_note.isHidden():  # the year has its figures: what is missing is its jobs
            self.show_jobs()
            self.jobs.focus_first()
            return
        self.year_form.setFocus()
        first = self.year_form.editor(YEAR_FIELDS[0].name)
        first.setFocus()

    def show_jobs(self) -> None:
        """Scroll to the year's jobs and changes (with the year's figures above when they fit)."""
        self.scroll.ensureWidgetVisible(self.changes, 0, 0)
        self.scroll.ensureWidgetVisible(self.jobs, 0, 8)

    # -- saving -----------------------------------------------------------------------------

    def _label(self, fields: tuple[F.Field, ...], name: str) -> str:
        return F.by_name(fields)[name].label(self.ctx.lang)

    def _commit_structure(self, name: str, value: Any) -> None:
        old = self.structure.get(name)
        changes = {name: value}
        proposed = self._proposed_legal_form(name, value)
        if proposed is not None:
            changes["legal_form"] = proposed
        try:
            row = services.save_structure(self.ctx.db, changes)
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            return
        self.form.clear_problems()
        before, self.structure = self.structure, row
        text = self.tr("Modifier « {field} »").format(field=self._label(F.STRUCTURE, name))
        stack = self.ctx.undo_stack
        if proposed is not None:
            stack.beginMacro(text)  # one Ctrl+Z takes the INSEE category and the proposed form back
        for key in changes:
            self.form.accept_value(key, row.get(key))
            key_text = self.tr("Modifier « {field} »").format(field=self._label(F.STRUCTURE, key))
            old_value = old if key == name else before.get(key)
            stack.push(FieldEdit(self.ctx, None, key, old_value, row.get(key), key_text))
        if proposed is not None:
            stack.endMacro()
        self.proposal_note.setText(
            self.tr("Forme juridique proposée d’après la catégorie INSEE ; vous pouvez la changer.")
            if proposed is not None
            else ""
        )
        self.proposal_note.setVisible(proposed is not None)
        self._show_tsr_advice()
        self.ctx.data_changed.emit("structure")

    def _proposed_legal_form(self, name: str, value: Any) -> str | None:
        """The legal form an INSEE category stands for, when the legal form is still empty or « autre »."""
        if name != "insee_legal_category" or not value:
            return None
        proposed = V.INSEE_TO_LEGAL_FORM.get(value)
        current = self.structure.get("legal_form")
        if proposed is None or proposed == current or current not in (None, "", "autre"):
            return None
        return proposed

    def _commit_year(self, name: str, value: Any) -> None:
        year = self.year.value()
        old = self.year_row.get(name)
        field = F.by_name(YEAR_FIELDS)[name]
        if is_share(field) and isinstance(value, Decimal) and not 0 <= value <= 1:
            typed = self.year_form.editor(name).text().strip()  # said in %, as it was typed
            message = self.tr("« %1 » n’est pas un pourcentage entre 0 et 100").replace("%1", typed)
            self.year_form.show_problems([FieldProblem(name, share_label(field, self.ctx.lang), message)])
            return
        try:
            row = services.save_year(self.ctx.db, year, {name: value})
        except ValidationError as exc:
            self.year_form.show_problems(exc.problems)
            return
        self.year_form.clear_problems()
        self.year_row = row
        self.year_form.accept_value(name, row.get(name))
        self.year_note.hide()
        text = self.tr("Modifier « {field} » ({year})").format(
            field=self._label(YEAR_FIELDS, name), year=year
        )
        self.ctx.undo_stack.push(FieldEdit(self.ctx, year, name, old, row.get(name), text))
        self.ctx.data_changed.emit("structure_year")

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        if code and code != self.ctx.lang:
            self.language_requested.emit(code)
