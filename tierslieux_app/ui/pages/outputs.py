"""Outputs (productions): a filtered list beside one output's form and its authors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import fields as F
from ...core import vocab as V
from ...core.errors import TiersLieuxError, ValidationError
from ...core.models import Output
from ...core.services import cascade, outputs, projects
from .. import undo
from ..context import AppContext
from ..creation import creation_fields, creation_values
from ..models.outputs_model import OutputsModel
from ..widgets.code_combo import ChoiceCombo, CodeCombo
from ..widgets.confirm import confirm_delete
from ..widgets.form import ERROR_STYLE, FieldForm
from ..widgets.record_dialog import RecordDialog
from ..widgets.table import list_view, remember_columns
from .hours import project_choices
from .project_sections import put_back


class OutputsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.output_id: str | None = None

        self.project = ChoiceCombo(parent=self)
        self.project.setAccessibleName(self.tr("Filtrer par projet"))
        self.output_type = CodeCombo(V.OUTPUT_TYPE, ctx.lang, parent=self)
        self.output_type.setAccessibleName(self.tr("Filtrer par type"))
        self.year = QSpinBox(self)
        self.year.setRange(1989, 2100)
        self.year.setSpecialValueText(self.tr("Toutes les années"))
        self.year.setValue(1989)
        self.year.setAccessibleName(self.tr("Filtrer par année"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher une production…"))
        self.search.setAccessibleName(self.tr("Rechercher une production"))
        self.search.setClearButtonEnabled(True)
        self.project.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.output_type.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.year.valueChanged.connect(lambda _v: self.reload_list())
        self.search.textChanged.connect(lambda _t: self.reload_list())

        self.model = OutputsModel(ctx.lang, self)
        self.view = list_view(self, "outputs_list", self.tr("Liste des productions"))
        self.view.set_placeholder(
            self.tr("Aucune production à afficher. Ajoutez-en avec « Nouvelle production… ».")
        )
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()  # the title takes the spare width
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OutputsModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (OutputsModel.COL_DATE, OutputsModel.COL_OPEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (OutputsModel.COL_TYPE, OutputsModel.COL_PROJECT):
            header.resizeSection(column, 130)
        remember_columns(self.view, "outputs")
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self._select(current))
        self.new_button = QPushButton(self.tr("Nouvelle production…"), self)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.new_button.clicked.connect(self.new_output)
        self.delete_button.clicked.connect(self.delete_current)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_current)

        left = QWidget(self)
        filters = QHBoxLayout()
        for text, w in (
            (self.tr("P&rojet :"), self.project),
            (self.tr("&Type :"), self.output_type),
            (self.tr("A&nnée :"), self.year),
        ):
            label = QLabel(text, left)
            label.setBuddy(w)
            filters.addWidget(label)
            filters.addWidget(w, 1 if w is not self.year else 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(filters)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.view, 1)

        right = QWidget(self)
        self.form = FieldForm(
            F.OUTPUT, ctx.lang, right, ref_choices={"project_id": lambda: project_choices(ctx)}
        )
        self.form.committed.connect(self.save_field)
        self.form.setEnabled(False)
        self.authors = QListWidget(right)
        self.authors.setObjectName("output_authors")
        self.authors.setAccessibleName(self.tr("Auteurs (participants du projet)"))
        self.authors.itemChanged.connect(lambda _item: self.save_authors())
        self._loading_authors = False
        self.message = QLabel(right)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        scroll = QScrollArea(right)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.pick_hint = QLabel(
            self.tr(
                "Sélectionnez une production dans la liste pour voir et modifier sa fiche, "
                "ou créez-en une avec « Nouvelle production… »."
            ),
            right,
        )
        self.pick_hint.setObjectName("output_pick_hint")
        self.pick_hint.setWordWrap(True)
        self.pick_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        authors_label = QLabel(self.tr("Auteurs"), right)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.pick_hint)
        right_layout.addWidget(scroll, 2)
        right_layout.addWidget(authors_label)
        right_layout.addWidget(self.authors, 1)
        right_layout.addWidget(self.message)
        right_layout.addStretch(0)
        self._detail = (scroll, authors_label, self.authors)
        self._show_detail(False)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)  # the list gets the room; the form, what it needs
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, _entity: str) -> None:
        self.stale = True

    def refresh(self) -> None:
        self.project.set_choices(project_choices(self.ctx))
        self.form.reload_refs()
        self.reload_list()
        if self.output_id:
            self._show(self.output_id)
        self.stale = False

    def reload_list(self) -> None:
        year = self.year.value()
        self.model.set_rows(
            outputs.list_outputs(
                self.ctx.db,
                project_id=self.project.value(),
                year=None if year == self.year.minimum() else year,
                search=self.search.text().strip() or None,
                output_type=self.output_type.code(),
            )
        )
        if self.output_id:
            row = self.model.row_of(self.output_id)
            if row >= 0:
                self.view.selectionModel().blockSignals(True)
                self.view.setCurrentIndex(self.model.index(row, 0))
                self.view.selectionModel().blockSignals(False)

    def open_output(self, output_id: str) -> None:
        self.output_id = output_id
        self.refresh()

    def _select(self, index: Any) -> None:
        if index.isValid():
            self._show(self.model.row_dict(index.row())["id"])

    def _show(self, output_id: str) -> None:
        try:
            output = outputs.get_output(self.ctx.db, output_id)
        except TiersLieuxError:
            self.output_id = None
            self.form.set_values({})
            self.form.setEnabled(False)
            self.authors.clear()
            self._show_detail(False)
            return
        self.output_id = output_id
        self._show_detail(True)
        self.form.setEnabled(True)
        self.form.clear_problems()
        self.form.set_values(output)
        self._load_authors(output["project_id"], output["authors"])
        self.message.clear()

    def _show_detail(self, shown: bool) -> None:
        """The output's form once one is selected; until then, a word on what to do."""
        self.pick_hint.setVisible(not shown)
        for widget in self._detail:
            widget.setVisible(shown)

    def _load_authors(self, project_id: str, chosen: list[str]) -> None:
        self._loading_authors = True
        self.authors.clear()
        for member in projects.project_participants(self.ctx.db, project_id):
            item = QListWidgetItem(f"{member['first_name']} {member['last_name']}")
            item.setData(Qt.ItemDataRole.UserRole, member["participant_id"])
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            checked = member["participant_id"] in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.authors.addItem(item)
        self._loading_authors = False

    def chosen_authors(self) -> list[str]:
        return [
            self.authors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.authors.count())
            if self.authors.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- edits -------------------------------------------------------------------------

    def _after(self, output_id: str) -> None:
        self.reload_list()
        if self.output_id == output_id:
            self._show(output_id)

    def save_field(self, name: str, value: Any) -> None:
        output_id = self.output_id
        if output_id is None:
            return
        label = F.by_name(F.OUTPUT)[name].label(self.ctx.lang)
        _row, error = undo.update(
            self.ctx,
            self.tr("Modifier « %1 » d’une production").replace("%1", label),
            "output",
            lambda changes: outputs.update_output(self.ctx.db, output_id, changes),
            outputs.get_output(self.ctx.db, output_id),
            {name: value},
            after=lambda: self._after(output_id),
        )
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)
        elif error is not None:
            self.message.setText(str(error))

    def save_authors(self) -> None:
        output_id = self.output_id
        if self._loading_authors or output_id is None:
            return
        before, after = outputs.output_authors(self.ctx.db, output_id), self.chosen_authors()
        _r, error = undo.run(
            self.ctx,
            self.tr("Modifier les auteurs d’une production"),
            "output",
            lambda: outputs.set_authors(self.ctx.db, output_id, after),
            lambda _r: outputs.set_authors(self.ctx.db, output_id, before),
            after=lambda: self._after(output_id),
        )
        if error is not None:
            self.message.setText(str(error))

    def new_output(self) -> None:
        created: dict[str, Any] = {}

        def save(values: dict[str, Any]) -> TiersLieuxError | None:
            row, error = undo.create(
                self.ctx,
                self.tr("Nouvelle production"),
                "output",
                lambda: outputs.create_output(self.ctx.db, values),
                lambda oid: outputs.delete_output(self.ctx.db, oid),
                lambda row: put_back(self.ctx, Output, row),
            )
            created.update(row or {})
            return error

        fields = creation_fields(F.OUTPUT, "output")  # the date and type the export needs
        dialog = RecordDialog(
            self.tr("Nouvelle production"),
            fields,
            self.ctx.lang,
            save,
            self,
            values={"project_id": self._project_for_new(), **creation_values(fields, "output")},
            ref_choices={"project_id": lambda: project_choices(self.ctx)},
        )
        if dialog.exec() and created:
            self.open_output(created["id"])

    def _project_for_new(self) -> str | None:
        """The project a new output most likely belongs to: the filter's, the selected output's,
        or the only project there is."""
        if self.project.value():
            return self.project.value()
        if self.output_id:
            try:
                return outputs.get_output(self.ctx.db, self.output_id)["project_id"]
            except TiersLieuxError:
                pass
        choices = project_choices(self.ctx)
        return choices[0][0] if len(choices) == 1 else None

    def delete_current(self) -> None:
        output_id = self.output_id
        if not output_id:
            return
        if not confirm_delete(self, self.tr("Cette production"), outputs_counts(self.ctx, output_id)):
            return
        _r, error = undo.delete(
            self.ctx,
            self.tr("Supprimer une production"),
            "output",
            lambda: outputs.delete_output(self.ctx.db, output_id),
            lambda snapshot: cascade.restore(self.ctx.db, snapshot),
            after=lambda: self._after(output_id),
        )
        if error is not None:
            self.message.setText(str(error))


def outputs_counts(ctx: AppContext, output_id: str) -> dict[str, int]:
    return cascade.counts(ctx.db, "output", output_id)
