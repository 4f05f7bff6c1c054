"""Participants: a searchable list beside one person's form, projects and hours.

Personal data (names, e-mail, phone, notes) stays on this machine; exports use the
random pseudonym only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import fields as F
from ...core.errors import TiersLieuxError, ValidationError
from ...core.models import Participant
from ...core.services import cascade, participants
from .. import undo
from ..context import AppContext
from ..creation import creation_fields, creation_values
from ..models.participants_model import ParticipantsModel, PersonProjectsModel
from ..widgets.confirm import confirm_delete
from ..widgets.form import ERROR_STYLE, FieldForm, format_number
from ..widgets.record_dialog import RecordDialog
from ..widgets.table import list_view, remember_columns
from ..worker import run_in_background
from .project_sections import organisation_choices, put_back


class ParticipantsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.participant_id: str | None = None

        self.model = ParticipantsModel(ctx.lang, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher une personne…"))
        self.search.setAccessibleName(self.tr("Rechercher une personne"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.view = list_view(self, "participants_list", self.tr("Liste des participants"))
        self.view.set_placeholder(
            self.tr("Aucune personne à afficher. Ajoutez-en avec « Nouvelle personne… ».")
        )
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ParticipantsModel.COL_LAST, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()  # category and sector share the spare width
        header.setStretchLastSection(False)
        for column in (ParticipantsModel.COL_CATEGORY, ParticipantsModel.COL_SECTOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ParticipantsModel.COL_HOURS, QHeaderView.ResizeMode.ResizeToContents)
        remember_columns(self.view, "participants")
        self.view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._select(current))
        self.new_button = QPushButton(self.tr("Nouvelle personne…"), self)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.new_button.clicked.connect(self.new_participant)
        self.delete_button.clicked.connect(self.delete_current)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_current)

        left = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.view, 1)

        right = QWidget(self)
        self.heading = QLabel(right)
        self.heading.setObjectName("participant_heading")
        self.form = FieldForm(
            F.PARTICIPANT, ctx.lang, right, ref_choices={"affiliation_id": lambda: organisation_choices(ctx)}
        )
        self.form.committed.connect(self.save_field)
        self.form.setEnabled(False)
        self.projects_model = PersonProjectsModel(ctx.lang, self)
        self.projects_view = list_view(right, "participant_projects", self.tr("Projets de la personne"))
        self.projects_view.set_placeholder(
            self.tr("Aucun projet. Inscrivez cette personne sur la page d’un projet (onglet Participants).")
        )
        self.projects_view.setModel(self.projects_model)
        remember_columns(self.projects_view, "participant_projects")
        self.projects_view.activated.connect(self._open_project)
        self.hours = QLabel(right)
        self.hours.setObjectName("participant_hours")
        self.erase_button = QPushButton(self.tr("Effacer définitivement…"), right)
        self.erase_button.setObjectName("erase_participant")
        self.erase_button.setToolTip(
            self.tr("Droit à l’effacement : efface ses données personnelles, ici et dans les sauvegardes")
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase_current)
        self.message = QLabel(right)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        scroll = QScrollArea(right)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.pick_hint = QLabel(
            self.tr(
                "Sélectionnez une personne dans la liste pour voir et modifier sa fiche, "
                "ou créez-en une avec « Nouvelle personne… »."
            ),
            right,
        )
        self.pick_hint.setObjectName("participant_pick_hint")
        self.pick_hint.setWordWrap(True)
        self.pick_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        projects_label = QLabel(self.tr("Projets et heures"), right)
        right_layout = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        from ..documents.actions import document_button

        self.documents_button = document_button(
            ctx, right, ("attestation",), participant=lambda: self.participant_id
        )
        top.addWidget(self.documents_button)
        top.addWidget(self.erase_button)
        right_layout.addLayout(top)
        right_layout.addWidget(self.pick_hint)
        right_layout.addWidget(scroll, 2)
        right_layout.addWidget(projects_label)
        right_layout.addWidget(self.projects_view, 1)
        right_layout.addWidget(self.hours)
        right_layout.addWidget(self.message)
        right_layout.addStretch(0)
        self._detail = (scroll, projects_label, self.projects_view, self.hours)
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

    # -- page protocol ------------------------------------------------------------------

    def _on_data_changed(self, _entity: str) -> None:
        self.stale = True

    def refresh(self) -> None:
        self.form.reload_refs()
        if self.participant_id:
            self._show(self.participant_id)
        self._load_list()
        self.stale = False

    def _load_list(self) -> None:
        """The list with each person's hours comes from a worker thread: with a million hours
        the totals take seconds, and the window must stay responsive meanwhile."""
        db = self.ctx.db
        if db.path is None:  # in-memory: one shared connection, no second thread
            self._set_list(participants.list_participants(db))
            return
        self.list_task = run_in_background(
            self,
            lambda: participants.list_participants(db),
            on_done=self._set_list,
            on_error=lambda exc: self.message.setText(str(exc)),
            dialog=False,
        )

    def _set_list(self, rows: list[dict[str, Any]]) -> None:
        """Replace the rows, keeping the person shown selected."""
        self.model.set_rows(rows)
        row = self.model.row_of(self.participant_id or "")
        if row >= 0:
            selection = self.view.selectionModel()
            selection.blockSignals(True)
            self.view.setCurrentIndex(self.model.index(row, 0))
            selection.blockSignals(False)

    def open_participant(self, participant_id: str) -> None:
        self.search.clear()
        self.participant_id = participant_id
        self.refresh()

    def _select(self, index: Any) -> None:
        if index.isValid():
            self._show(self.model.row_dict(index.row())["id"])

    def _show(self, participant_id: str) -> None:
        try:
            person = participants.get_participant(self.ctx.db, participant_id)
        except TiersLieuxError:
            self._clear()
            return
        self.participant_id = participant_id
        self._show_detail(True)
        self.form.setEnabled(True)
        self.erase_button.setEnabled(not self.ctx.db.readonly)
        self.form.clear_problems()
        self.form.set_values(person)
        self.heading.setText(f"<b>{person['first_name']} {person['last_name']}</b>")
        rows = participants.participant_projects(self.ctx.db, participant_id)
        self.projects_model.set_rows(rows)
        total = sum((r["hours"] for r in rows), start=0)
        self.hours.setText(self.tr("Total : %1 h").replace("%1", format_number(total, self.ctx.lang) or "0"))
        self.message.clear()

    def _clear(self) -> None:
        self.participant_id = None
        self.form.set_values({})
        self.form.setEnabled(False)
        self.erase_button.setEnabled(False)
        self.heading.clear()
        self.projects_model.set_rows([])
        self.hours.clear()
        self._show_detail(False)

    def _show_detail(self, shown: bool) -> None:
        """The person's form once one is selected; until then, a word on what to do."""
        self.pick_hint.setVisible(not shown)
        for widget in self._detail:
            widget.setVisible(shown)

    def _open_project(self, index: Any) -> None:
        if index.isValid():
            self.ctx.open_record.emit("project", self.projects_model.row_dict(index.row())["project_id"])

    # -- edits -----------------------------------------------------------------------------

    def _after(self, participant_id: str) -> None:
        self._load_list()
        if self.participant_id == participant_id:
            self._show(participant_id)

    def save_field(self, name: str, value: Any) -> None:
        participant_id = self.participant_id
        if participant_id is None:
            return
        label = F.by_name(F.PARTICIPANT)[name].label(self.ctx.lang)
        _row, error = undo.update(
            self.ctx,
            self.tr("Modifier « %1 » d’une personne").replace("%1", label),
            "participant",
            lambda changes: participants.update_participant(self.ctx.db, participant_id, changes),
            participants.get_participant(self.ctx.db, participant_id),
            {name: value},
            after=lambda: self._after(participant_id),
        )
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)
        elif error is not None:
            self.message.setText(str(error))

    def new_participant(self) -> None:
        created: dict[str, Any] = {}

        def save(values: dict[str, Any]) -> TiersLieuxError | None:
            row, error = undo.create(
                self.ctx,
                self.tr("Nouvelle personne"),
                "participant",
                lambda: participants.create_participant(self.ctx.db, values),
                lambda pid: participants.delete_participant(self.ctx.db, pid, cascade_hours=True),
                lambda row: put_back(self.ctx, Participant, row),
            )
            created.update(row or {})
            return error

        fields = creation_fields(F.PARTICIPANT, "participant")  # the consent date, today
        dialog = RecordDialog(
            self.tr("Nouvelle personne"),
            fields,
            self.ctx.lang,
            save,
            self,
            values=creation_values(fields, "participant"),
            ref_choices={"affiliation_id": lambda: organisation_choices(self.ctx)},
        )
        if dialog.exec() and created:
            self.open_participant(created["id"])

    def delete_current(self) -> None:
        participant_id = self.participant_id
        if not participant_id:
            return
        counts = participants.deletion_counts(self.ctx.db, participant_id)
        if not confirm_delete(self, self.tr("Cette personne"), counts):
            return
        _r, error = undo.delete(
            self.ctx,
            self.tr("Supprimer une personne"),
            "participant",
            lambda: participants.delete_participant(self.ctx.db, participant_id, cascade_hours=True),
            lambda snapshot: cascade.restore(self.ctx.db, snapshot),
            after=lambda: self._after(participant_id),
        )
        if error is not None:
            self.message.setText(str(error))
        else:
            self._clear()

    def erase_current(self) -> None:
        """Right to erasure: the dialog confirms, erases, then offers to purge the backups."""
        from ..dialogs.erase_dialog import EraseParticipantDialog

        participant_id = self.participant_id
        if not participant_id:
            return
        person = participants.get_participant(self.ctx.db, participant_id)
        name = f"{person['first_name']} {person['last_name']}".strip()
        dialog = EraseParticipantDialog(self.ctx, participant_id, name, self)
        dialog.exec()
        if dialog.erased:  # the dialog told the other pages (data_changed)
            self._after(participant_id)
