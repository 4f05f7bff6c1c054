"""Projects: a searchable list and, in the same page, one project's sections (stacked)."""

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
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import fields as F
from ...core.errors import TiersLieuxError
from ...core.models import Project
from ...core.services import cascade, projects
from .. import undo
from ..context import AppContext
from ..creation import creation_fields, creation_values
from ..models.projects_model import ProjectsModel
from ..widgets.confirm import confirm_delete
from ..widgets.elided_label import ElidedLabel
from ..widgets.form import ERROR_STYLE, format_number
from ..widgets.record_dialog import RecordDialog
from ..widgets.table import list_view, remember_columns
from .project_sections import (
    FundingSection,
    IdentitySection,
    MembersSection,
    OutputsSection,
    PartnersSection,
    put_back,
)


class ProjectsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_list()
        self._build_detail()
        ctx.data_changed.connect(self._on_data_changed)

    # -- the list -------------------------------------------------------------------

    def _build_list(self) -> None:
        page = QWidget(self)
        self.model = ProjectsModel(self.ctx.lang, self)
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Rechercher un projet…"))
        self.search.setAccessibleName(self.tr("Rechercher un projet"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.view = list_view(page, "projects_list", self.tr("Liste des projets"))
        self.view.set_placeholder(
            self.tr("Aucun projet à afficher. Créez votre premier projet avec « Nouveau projet… ».")
        )
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ProjectsModel.COL_TITLE, Qt.SortOrder.AscendingOrder)
        remember_columns(self.view, "projects")
        header = self.view.horizontalHeader()  # the title takes the spare width, not "Fin"
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ProjectsModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (ProjectsModel.COL_STATUS, ProjectsModel.COL_START, ProjectsModel.COL_END):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(lambda index: self.open_project(self._id_at(index)))
        self.new_button = QPushButton(self.tr("Nouveau projet…"), page)
        self.open_button = QPushButton(self.tr("Ouvrir"), page)
        self.delete_button = QPushButton(self.tr("Supprimer"), page)
        self.new_button.clicked.connect(self.new_project)
        self.open_button.clicked.connect(lambda: self.open_project(self._id_at(self.view.currentIndex())))
        self.delete_button.clicked.connect(self.delete_current)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_current)
        self.message = QLabel(page)
        self.message.setStyleSheet(ERROR_STYLE)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.stack.addWidget(page)

    def _id_at(self, index: Any) -> str | None:
        if not index.isValid():
            return None
        return self.model.row_dict(index.row())["id"]

    # -- one project ------------------------------------------------------------------

    def _build_detail(self) -> None:
        page = QWidget(self)
        self.back = QPushButton(self.tr("◀ Tous les projets"), page)
        self.back.clicked.connect(self.show_list)
        QShortcut(QKeySequence("Alt+Up"), page, self.show_list)
        self.title = ElidedLabel("", page)  # a long title never widens the window
        self.title.setObjectName("project_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(page)
        self.identity = IdentitySection(self.ctx, page)
        self.members = MembersSection(self.ctx, page)
        self.partners = PartnersSection(self.ctx, page)
        self.funding = FundingSection(self.ctx, page)
        self.outputs = OutputsSection(self.ctx, page)
        self.tabs = QTabWidget(page)
        self.tabs.addTab(self.identity, self.tr("Identité"))
        self.tabs.addTab(self.members, self.tr("Participants"))
        self.tabs.addTab(self.partners, self.tr("Partenaires"))
        self.tabs.addTab(self.funding, self.tr("Financements"))
        self.tabs.addTab(self.outputs, self.tr("Productions"))
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        top.addWidget(self.summary)
        from ..documents.actions import document_button

        self.documents_button = document_button(
            self.ctx, page, ("bilan-projet",), project=lambda: self.project_id
        )
        top.addWidget(self.documents_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.detail = page
        self.stack.addWidget(page)
        self.project_id: str | None = None

    # -- page protocol --------------------------------------------------------------------

    def _on_data_changed(self, _entity: str) -> None:
        self.stale = True
        if self.project_id and self.isVisible():
            self._update_header()

    def refresh(self) -> None:
        self.model.set_rows(projects.list_projects(self.ctx.db))
        if self.project_id and self.stack.currentWidget() is self.detail:
            self._load_detail()
        self.stale = False

    def show_list(self) -> None:
        self.project_id = None
        self.model.set_rows(projects.list_projects(self.ctx.db))
        self.stack.setCurrentIndex(0)
        self.view.setFocus()

    def open_project(self, project_id: str | None) -> None:
        if not project_id:
            return
        try:
            projects.get_project(self.ctx.db, project_id)
        except TiersLieuxError as exc:
            self.message.setText(str(exc))
            return
        self.project_id = project_id
        self._load_detail()
        self.stack.setCurrentWidget(self.detail)
        self.tabs.setCurrentIndex(0)

    def _load_detail(self) -> None:
        assert self.project_id is not None
        for section in (self.identity, self.members, self.partners, self.funding, self.outputs):
            section.load(self.project_id)
        self._update_header()

    def _update_header(self) -> None:
        if not self.project_id:
            return
        try:
            project = projects.get_project(self.ctx.db, self.project_id)
        except TiersLieuxError:  # deleted (e.g. undo of its creation): back to the list
            self.show_list()
            return
        counts = projects.project_summary(self.ctx.db, self.project_id)
        self.title.setText(project["title"])
        people, made = int(counts["participants"]), int(counts["outputs"])
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n participant", "", people)
                    if people < 2
                    else self.tr("%n participants", "", people),
                    self.tr("%1 h").replace("%1", format_number(counts["hours"], self.ctx.lang) or "0"),
                    self.tr("%n production", "", made) if made < 2 else self.tr("%n productions", "", made),
                )
            )
        )

    # -- create, delete ------------------------------------------------------------------

    def new_project(self) -> None:
        created: dict[str, Any] = {}

        def save(values: dict[str, Any]) -> TiersLieuxError | None:
            row, error = undo.create(
                self.ctx,
                self.tr("Nouveau projet"),
                "project",
                lambda: projects.create_project(self.ctx.db, values),
                lambda pid: projects.delete_project(self.ctx.db, pid, cascade_hours=True),
                lambda row: put_back(self.ctx, Project, row),
            )
            if row:
                created.update(row)
            return error

        fields = creation_fields(F.PROJECT, "project")  # what the export needs, asked at once
        dialog = RecordDialog(self.tr("Nouveau projet"), fields, self.ctx.lang, save, self)
        dialog.form.set_values({"status": "en_cours", **creation_values(fields, "project")})
        self.new_dialog = dialog  # reachable from tests and screenshots while open
        if dialog.exec() and created:
            self.model.set_rows(projects.list_projects(self.ctx.db))
            self.open_project(created["id"])

    def delete_current(self) -> None:
        project_id = self.project_id or self._id_at(self.view.currentIndex())
        if not project_id:
            return
        counts = projects.deletion_counts(self.ctx.db, project_id)
        if not confirm_delete(self, self.tr("Ce projet"), counts):
            return
        _r, error = undo.delete(
            self.ctx,
            self.tr("Supprimer un projet"),
            "project",
            lambda: projects.delete_project(self.ctx.db, project_id, cascade_hours=True),
            lambda snapshot: cascade.restore(self.ctx.db, snapshot),
            after=lambda: self.model.set_rows(projects.list_projects(self.ctx.db)),
        )
        if error is not None:
            self.message.setText(str(error))
        elif self.project_id == project_id:
            self.show_list()
