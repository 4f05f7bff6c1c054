"""The sections of a project's page: identity, participants, partners, funding, outputs.

Each section shows one project's records and changes them through undo commands;
a refused change shows its French message in the section and saves nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget

from ...core import fields as F
from ...core import vocab as V
from ...core.errors import TiersLieuxError, ValidationError
from ...core.models import Funding, Output, Participant, Participation, ProjectPartner
from ...core.services import _base, funding, organisations, outputs, participants, projects
from .. import undo
from ..context import AppContext
from ..creation import creation_fields, creation_values
from ..models._rows import RowsModel
from ..models.outputs_model import OutputsModel
from ..models.projects_model import FundingModel, MembersModel, PartnersModel
from ..widgets.code_combo import ChoiceCombo, CodeCombo
from ..widgets.confirm import confirm_delete
from ..widgets.form import ERROR_STYLE, FieldForm
from ..widgets.record_dialog import RecordDialog
from ..widgets.table import list_view, remember_columns
from ..worker import run_in_background


def organisation_choices(ctx: AppContext) -> list[tuple[str, str]]:
    return [(o["id"], o["name"]) for o in organisations.list_organisations(ctx.db)]


def put_back(ctx: AppContext, model: type, row: dict[str, Any]) -> dict[str, Any]:
    """Redo of a creation after its undo: the same record, same id (later commands may name it)."""
    return _base.restore(ctx.db, model, row)


def without(fields: tuple[F.Field, ...], *names: str) -> tuple[F.Field, ...]:
    return tuple(f for f in fields if f.name not in names)


# -- forms of engagement (format 1.1.0), asked right after the participation level ----------
def _engagement_after_level(fields: tuple[F.Field, ...]) -> tuple[F.Field, ...]:
    engagement = F.by_name(fields)["engagement_forms"]
    out: list[F.Field] = []
    for f in fields:
        if f is not engagement:
            out.append(f)
        if f.name == "participation_level":
            out.append(engagement)
    return tuple(out)


IDENTITY_FIELDS = _engagement_after_level(F.PROJECT)
# -- end of forms of engagement ----------------------------------------------------------------


class IdentitySection(QWidget):
    """The project's own fields, each saved as soon as it is edited."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.project_id: str | None = None
        self.form = FieldForm(IDENTITY_FIELDS, ctx.lang, self)
        self.form.committed.connect(self.save_field)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

    def load(self, project_id: str) -> None:
        self.project_id = project_id
        self.form.clear_problems()
        self.form.set_values(projects.get_project(self.ctx.db, project_id))

    def _reload_if_shown(self, project_id: str) -> None:
        if self.project_id == project_id:
            self.load(project_id)

    def save_field(self, name: str, value: Any) -> None:
        project_id = self.project_id
        if project_id is None:
            return
        before = projects.get_project(self.ctx.db, project_id)
        label = F.by_name(F.PROJECT)[name].label(self.ctx.lang)
        _row, error = undo.update(
            self.ctx,
            self.tr("Modifier « %1 » du projet").replace("%1", label),
            "project",
            lambda changes: projects.update_project(self.ctx.db, project_id, changes),
            before,
            {name: value},
            after=lambda: self._reload_if_shown(project_id),
        )
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)
        elif error is not None:
            self.form.show_problems([F.FieldProblem(name, label, str(error))])
        else:
            self.form.clear_problems(name)


class TableSection(QWidget):
    """A table of a project's linked records with a message line and a row of buttons."""

    model_class: type[RowsModel] = RowsModel
    table_name = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.project_id: str | None = None
        self.model = self.model_class(ctx.lang, self)
        self.view: QTableView = list_view(self, self.table_name, self.tr("Liste"))
        self.view.setModel(self.model)
        remember_columns(self.view, self.table_name)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.bar)
        layout.addWidget(self.message)

    def load(self, project_id: str) -> None:
        self.project_id = project_id
        self.message.clear()
        self.model.set_rows(self.rows(project_id))

    def rows(self, project_id: str) -> list[dict[str, Any]]:
        raise NotImplementedError

    def reload(self) -> None:
        if self.project_id:
            self.model.set_rows(self.rows(self.project_id))

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.bar.addWidget(button)
        return button

    def report(self, error: TiersLieuxError | None) -> bool:
        """Show the error (True when there was none)."""
        if error is None:
            self.message.clear()
            return True
        self.message.setText(str(error))
        return False


class MembersSection(TableSection):
    model_class = MembersModel
    table_name = "project_members"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view.setAccessibleName(self.tr("Participants du projet"))
        self.person = ChoiceCombo(allow_empty=False, parent=self)
        self.person.setAccessibleName(self.tr("Personne à ajouter"))
        self.role = CodeCombo(V.ROLE, ctx.lang, allow_empty=False, parent=self)
        self.role.setAccessibleName(self.tr("Rôle"))
        self.role.set_code("contributeur")
        self.bar.addWidget(self.person, 1)
        self.bar.addWidget(self.role)
        self.add_button = self.button(self.tr("Ajouter au projet"), self.add_selected)
        self.new_button = self.button(self.tr("Nouvelle personne…"), self.new_person)
        self.remove_button = self.button(self.tr("Retirer du projet"), self.remove_current)

    def rows(self, project_id: str) -> list[dict[str, Any]]:
        members = projects.project_participants(self.ctx.db, project_id)
        self._load_choices({m["participant_id"] for m in members})
        return members

    def _load_choices(self, inside: set[str]) -> None:
        """Everyone not yet in the project; from a worker thread on a file (5,000 people take ~0.5 s)."""
        db = self.ctx.db

        def choices() -> list[tuple[str, str]]:
            people = participants.list_participants(db, with_hours=False)
            return [(p["id"], f"{p['last_name']} {p['first_name']}") for p in people if p["id"] not in inside]

        if db.path is None:  # in-memory: one shared connection, no second thread
            self.person.set_choices(choices())
            return
        self.choices_task = run_in_background(
            self, choices, on_done=self.person.set_choices, on_error=lambda e: self.report(e), dialog=False
        )

    def add(self, participant_id: str, role: str) -> TiersLieuxError | None:
        project_id = self.project_id
        _row, error = undo.create(
            self.ctx,
            self.tr("Ajouter une personne au projet"),
            "participation",
            lambda: projects.add_participant(
                self.ctx.db, {"participant_id": participant_id, "project_id": project_id, "role": role}
            ),
            lambda pid: projects.remove_participant(self.ctx.db, pid),
            lambda row: put_back(self.ctx, Participation, row),
            after=self.reload,
        )
        return error

    def add_selected(self) -> None:
        if self.person.value():
            self.report(self.add(self.person.value() or "", self.role.code() or "contributeur"))

    def new_person(self) -> None:
        def save(values: dict[str, Any]) -> TiersLieuxError | None:
            row, error = undo.create(
                self.ctx,
                self.tr("Nouvelle personne"),
                "participant",
                lambda: participants.create_participant(self.ctx.db, values),
                lambda pid: participants.delete_participant(self.ctx.db, pid),
                lambda row: put_back(self.ctx, Participant, row),
            )
            if error is None and row:
                return self.add(row["id"], self.role.code() or "contributeur")
            return error

        fields = creation_fields(F.PARTICIPANT, "participant")
        RecordDialog(
            self.tr("Nouvelle personne"),
            fields,
            self.ctx.lang,
            save,
            self,
            values=creation_values(fields, "participant"),
            ref_choices={"affiliation_id": lambda: organisation_choices(self.ctx)},
        ).exec()

    def remove_current(self) -> None:
        row = self.current()
        if row is None:
            return
        _r, error = undo.delete(
            self.ctx,
            self.tr("Retirer %1 du projet").replace("%1", row["name"]),
            "participation",
            lambda: projects.remove_participant(self.ctx.db, row["id"]),
            lambda before: put_back(self.ctx, Participation, before),
            after=self.reload,
        )
        self.report(error)


class PartnersSection(TableSection):
    model_class = PartnersModel
    table_name = "project_partners"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view.setAccessibleName(self.tr("Partenaires du projet"))
        self.organisation = ChoiceCombo(allow_empty=False, parent=self)
        self.organisation.setAccessibleName(self.tr("Organisation partenaire"))
        self.role = CodeCombo(V.PARTNER_ROLE, ctx.lang, allow_empty=False, parent=self)
        self.role.setAccessibleName(self.tr("Rôle du partenaire"))
        self.role.set_code(V.PARTNER_ROLE.codes[0])
        self.bar.addWidget(self.organisation, 1)
        self.bar.addWidget(self.role)
        self.button(self.tr("Ajouter"), self.add_selected)
        self.button(self.tr("Nouvelle organisation…"), self.new_organisation)
        self.button(self.tr("Retirer"), self.remove_current)

    def rows(self, project_id: str) -> list[dict[str, Any]]:
        self.organisation.set_choices(organisation_choices(self.ctx))
        return projects.project_partners(self.ctx.db, project_id)

    def add(self, organisation_id: str) -> TiersLieuxError | None:
        data = {"project_id": self.project_id, "organisation_id": organisation_id, "role": self.role.code()}
        _row, error = undo.create(
            self.ctx,
            self.tr("Ajouter un partenaire"),
            "project_partner",
            lambda: projects.add_partner(self.ctx.db, data),
            lambda pid: projects.remove_partner(self.ctx.db, pid),
            lambda row: put_back(self.ctx, ProjectPartner, row),
            after=self.reload,
        )
        return error

    def add_selected(self) -> None:
        if self.organisation.value():
            self.report(self.add(self.organisation.value() or ""))

    def new_organisation(self) -> None:
        def save(values: dict[str, Any]) -> TiersLieuxError | None:
            try:
                org = organisations.create_organisation(self.ctx.db, values)
            except TiersLieuxError as exc:
                return exc
            self.ctx.data_changed.emit("organisation")
            return self.add(org["id"])

        RecordDialog(self.tr("Nouvelle organisation"), F.ORGANISATION, self.ctx.lang, save, self).exec()

    def remove_current(self) -> None:
        row = self.current()
        if row is None:
            return
        _r, error = undo.delete(
            self.ctx,
            self.tr("Retirer un partenaire"),
            "project_partner",
            lambda: projects.remove_partner(self.ctx.db, row["id"]),
            lambda before: put_back(self.ctx, ProjectPartner, before),
            after=self.reload,
        )
        self.report(error)


class FundingSection(TableSection):
    model_class = FundingModel
    table_name = "project_funding"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view.setAccessibleName(self.tr("Financements du projet"))
        self.bar.addStretch(1)
        self.button(self.tr("Ajouter un financement…"), self.new_funding)
        self.button(self.tr("Supprimer"), self.delete_current)

    def rows(self, project_id: str) -> list[dict[str, Any]]:
        return funding.list_funding(self.ctx.db, project_id=project_id)

    def new_funding(self) -> None:
        project_id = self.project_id

        def save(values: dict[str, Any]) -> TiersLieuxError | None:
            _row, error = undo.create(
                self.ctx,
                self.tr("Ajouter un financement"),
                "funding",
                lambda: funding.create_funding(self.ctx.db, {**values, "project_id": project_id}),
                lambda fid: funding.delete_funding(self.ctx.db, fid),
                lambda row: put_back(self.ctx, Funding, row),
                after=self.reload,
            )
            return error

        RecordDialog(
            self.tr("Nouveau financement"),
            without(F.FUNDING, "project_id"),
            self.ctx.lang,
            save,
            self,
            ref_choices={"funder_id": lambda: organisation_choices(self.ctx)},
        ).exec()

    def delete_current(self) -> None:
        row = self.current()
        if row is None or not confirm_delete(self, self.tr("Ce financement"), {}):
            return
        _r, error = undo.delete(
            self.ctx,
            self.tr("Supprimer un financement"),
            "funding",
            lambda: funding.delete_funding(self.ctx.db, row["id"]),
            lambda before: put_back(self.ctx, Funding, before),
            after=self.reload,
        )
        self.report(error)


class OutputsSection(TableSection):
    model_class = OutputsModel
    table_name = "project_outputs"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view.setAccessibleName(self.tr("Productions du projet"))
        self.view.activated.connect(self._open)
        self.bar.addStretch(1)
        self.new_button = self.button(self.tr("Ajouter une production…"), self.new_output)
        self.button(self.tr("Ouvrir"), lambda: self._open(self.view.currentIndex()))

    def rows(self, project_id: str) -> list[dict[str, Any]]:
        return outputs.list_outputs(self.ctx.db, project_id=project_id)

    def _open(self, index: Any) -> None:
        if index.isValid():
            self.ctx.open_record.emit("output", self.model.row_dict(index.row())["id"])

    def new_output(self) -> None:
        project_id = self.project_id

        def save(values: dict[str, Any]) -> TiersLieuxError | None:
            _row, error = undo.create(
                self.ctx,
                self.tr("Ajouter une production"),
                "output",
                lambda: outputs.create_output(self.ctx.db, {**values, "project_id": project_id}),
                lambda oid: outputs.delete_output(self.ctx.db, oid),
                lambda row: put_back(self.ctx, Output, row),
                after=self.reload,
            )
            return error

        fields = creation_fields(without(F.OUTPUT, "project_id"), "output")
        RecordDialog(
            self.tr("Nouvelle production"),
            fields,
            self.ctx.lang,
            save,
            self,
            values=creation_values(fields, "output"),
        ).exec()
