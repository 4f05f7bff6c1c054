"""Dashboard: the key figures of a year, two charts, and what is missing before the export.

Everything is computed by the aggregate services (SQL GROUP BYs) in the worker, so the
window stays responsive on a database of a million hour entries. The key figures are read
first, alone, and shown as soon as they arrive; the charts and the completeness list follow.
Each line of the completeness list opens the record to fix (double-click or Enter).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import vocab as V
from ..context import AppContext
from ..findings import finding_text
from ..settings import Preferences, working_year
from ..worker import run_in_background
from .dashboard_widgets import FigureCard, chart_view, money, number, show_months, show_projects

TOP_PROJECTS = 10
FINDINGS_MIN_HEIGHT = 90  # with the charts' minimum, the page fits 1280×800 without a scrollbar
FIGURES = (
    "hours_total",
    "hours_benevole",
    "hours_salarie",
    "hours_mis_a_disposition",
    "fte_total",
    "volunteer_valuation",
    "active_projects",
    "participants_total",
    "outputs_total",
    "funding_total",
)


def year_parts(db: Any, year: int) -> dict[str, Callable[[], Any]]:
    """The independent reads behind the page (each runs in the worker), quickest first.

    ``charts`` gives the month and project charts from one pass over the year's entries.
    """
    from ...core.completeness import check_year
    from ...core.services import aggregates

    return {
        "figures": lambda: aggregates.year_figures(db, year),
        "charts": lambda: aggregates.year_charts(db, year, TOP_PROJECTS),
        "findings": lambda: check_year(db, year),
    }


def load_year(db: Any, year: int) -> dict[str, Any]:
    """Everything the page shows for a year, read one part after the other."""
    data: dict[str, Any] = {"year": year}
    for name, read in year_parts(db, year).items():
        data[name] = read()
    data["months"], data["projects"] = data.pop("charts")
    return data


default_year = working_year  # one rule for every page (ui.settings)


class FindingsList(QListWidget):
    """Asks for no more height than its minimum: the page then fits 1280×800 without a
    scrollbar (the scroll area sizes the page from its parts' preferred heights)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class DashboardPage(QWidget):
    figures_shown = Signal(int)  # the year whose key figures the cards now hold

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = Preferences()
        self.data: dict[str, Any] | None = None
        self._generation = 0
        self._dirty = True
        self._loading = False
        self._build()
        ctx.data_changed.connect(self._data_changed)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboard_scroll")
        self.scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        title = QLabel(self.tr("Tableau de bord"), body)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        year_label = QLabel(self.tr("&Année :"), body)
        self.year_combo = QComboBox(body)
        self.year_combo.setObjectName("year")
        self.year_combo.setAccessibleName(self.tr("Année affichée"))
        self.year_combo.setMinimumContentsLength(6)
        year_label.setBuddy(self.year_combo)
        self.year_combo.activated.connect(lambda _i: self._year_chosen())
        self.status = QLabel(body)
        self.status.setObjectName("status")
        top.addWidget(self.status)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        from ..documents.actions import document_button

        kinds = ("rapport-activite", "valorisation", "attestation")
        self.documents_button = document_button(self.ctx, body, kinds, year=self.current_year)
        top.addWidget(self.documents_button)
        layout.addLayout(top)

        captions = self._captions()
        grid = QGridLayout()
        self.cards: dict[str, FigureCard] = {}
        for i, key in enumerate(FIGURES):
            card = FigureCard(key, captions[key], body)
            grid.addWidget(card, i // 5, i % 5)
            self.cards[key] = card
        for column in range(5):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)

        self.first_steps = QWidget(body)
        self.first_steps.setObjectName("first_steps")
        steps = QHBoxLayout(self.first_steps)
        steps.setContentsMargins(0, 0, 0, 0)
        self.first_steps_text = QLabel(self.first_steps)
        self.first_steps_text.setObjectName("first_steps_text")
        self.first_steps_text.setWordWrap(True)
        self.first_steps_button = QPushButton(self.tr("Créez votre premier projet…"), self.first_steps)
        self.first_steps_button.setObjectName("first_project")
        self.first_steps_button.clicked.connect(lambda: self.ctx.open_record.emit("project", ""))
        steps.addWidget(self.first_steps_text, 1)
        steps.addWidget(self.first_steps_button)
        self.first_steps.hide()
        layout.addWidget(self.first_steps)

        self.charts = QWidget(body)
        charts = QHBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        self.month_view = chart_view(self.tr("Heures par mois"), "chart_months", body)
        self.project_view = chart_view(self.tr("Heures par projet (10 premiers)"), "chart_projects", body)
        charts.addWidget(self.month_view, 1)
        charts.addWidget(self.project_view, 1)
        layout.addWidget(self.charts, 1)

        heading = QLabel(self.tr("Avant l’export annuel : à compléter"), body)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        self.findings = FindingsList(body)
        self.findings.setObjectName("findings")
        self.findings.setAccessibleName(self.tr("Éléments à compléter avant l’export"))
        self.findings.setToolTip(
            self.tr("Double-cliquez ou appuyez sur Entrée pour ouvrir l’élément à corriger")
        )
        self.findings.setMinimumHeight(FINDINGS_MIN_HEIGHT)
        self.findings.itemActivated.connect(self._open_finding)
        layout.addWidget(self.findings)

    def _captions(self) -> dict[str, str]:
        return {
            "hours_total": self.tr("heures au total"),
            "hours_benevole": self.tr("heures bénévoles"),
            "hours_salarie": self.tr("heures salariées"),
            "hours_mis_a_disposition": self.tr("heures mises à disposition"),
            "fte_total": self.tr("équivalents temps plein (ETP)"),
            "volunteer_valuation": self.tr("valorisation du bénévolat"),
            "active_projects": self.tr("projets actifs"),
            "participants_total": self.tr("participants distincts"),
            "outputs_total": self.tr("productions"),
            "funding_total": self.tr("financements"),
        }

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Called when the page is shown: reload if something changed since (data, or the
        working year chosen on another page)."""
        shared = self.prefs.last_year
        if self._dirty or (shared is not None and self.current_year() not in (None, shared)):
            self.reload()

    def _data_changed(self, _entity: str) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the years, then the figures of the chosen one, in the worker."""
        self._dirty = False
        self._generation += 1
        generation = self._generation
        self._set_loading(True)
        from ...core.services.aggregates import years_with_data

        run_in_background(
            self,
            lambda: years_with_data(self.ctx.db),
            on_done=lambda years: self._got_years(generation, years),
            on_error=self._failed,
            dialog=False,
        )

    def _got_years(self, generation: int, years: list[int]) -> None:
        if generation != self._generation:
            return
        this_year = dt.date.today().year
        shared = self.prefs.last_year  # the working year, chosen on any page
        if shared is not None:  # chosen by the person, here or on another page
            wanted = shared
        else:
            wanted = self.current_year() or default_year(years, shared, this_year)
        choices = sorted(set(years) | {wanted, this_year}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in choices:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(self.year_combo.findData(wanted))
        self.year_combo.blockSignals(False)
        self._load(wanted)

    def current_year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def _year_chosen(self) -> None:
        year = self.current_year()
        if year is not None:
            self.prefs.last_year = year
            self._generation += 1
            self._load(year)

    def select_year(self, year: int) -> None:
        """Show another year (as if picked in the list)."""
        index = self.year_combo.findData(year)
        if index < 0:
            self.year_combo.addItem(str(year), year)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)
        self._year_chosen()

    def _load(self, year: int) -> None:
        """For a database file, the key figures are read first with the worker to themselves
        (the quickest read, and what the user looks at), then the charts and the completeness
        check in parallel (SQLite WAL readers do not wait for each other), each shown as it
        arrives. An in-memory database is read in one go."""
        generation = self._generation
        self._set_loading(True)
        db = self.ctx.db
        if db.path is None:
            run_in_background(
                self,
                lambda: load_year(db, year),
                on_done=lambda data: self._show(generation, data),
                on_error=self._failed,
                dialog=False,
            )
            return
        pending: dict[str, Any] = {"year": year}
        parts = year_parts(db, year)
        first = parts.pop("figures")

        def start_rest() -> None:
            for name, read in parts.items():
                run_in_background(
                    self,
                    read,
                    on_done=lambda value, n=name: self._part(generation, pending, n, value),
                    on_error=self._failed,
                    dialog=False,
                )

        def figures_done(value: Any) -> None:
            if generation != self._generation:
                return
            self._part(generation, pending, "figures", value)
            start_rest()

        run_in_background(self, first, on_done=figures_done, on_error=self._failed, dialog=False)

    def _part(self, generation: int, pending: dict[str, Any], name: str, value: Any) -> None:
        if generation != self._generation:
            return
        year = pending["year"]
        if name == "figures":
            pending[name] = value
            self._show_figures(value, year)
        elif name == "charts":
            pending["months"], pending["projects"] = value
            self._show_charts(value[0], value[1])
        else:
            pending[name] = value
            self._show_findings(value, year)
        if all(key in pending for key in ("figures", "months", "projects", "findings")):
            self.data = pending
            self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.status.setText(self.tr("Calcul en cours…") if loading else "")

    @property
    def loading(self) -> bool:
        return self._loading

    def _failed(self, exc: BaseException) -> None:
        from ..app import error_text

        self._generation += 1  # the other parts of this load are dropped
        self._set_loading(False)
        self.status.setText(self.tr("Chiffres indisponibles"))
        self.findings.clear()
        QListWidgetItem(error_text(exc), self.findings)

    # -- showing -------------------------------------------------------------------------

    def _show(self, generation: int, data: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self.data = data
        self._show_figures(data["figures"], data["year"])
        self._show_charts(data["months"], data["projects"])
        self._show_findings(data["findings"], data["year"])
        self._set_loading(False)

    def _show_charts(self, months: dict[str, Any], projects: list[dict[str, Any]]) -> None:
        self.charts.setVisible(bool(projects))  # no hours: the next step is said instead (_show_figures)
        show_months(self.month_view, months, self.ctx.lang, self.tr("heures"))
        show_projects(
            self.project_view,
            projects,
            self.ctx.lang,
            self.tr("heures"),
            self.tr("aucune heure"),
            lambda n: self.tr("Heures par projet (%n premiers)", "", n),  # fewer where the height is short
            self.tr("Heures par projet"),
        )

    def _show_figures(self, f: Any, year: int) -> None:
        lang = self.ctx.lang
        c = self.cards
        c["hours_total"].set(number(f.hours_total, 2))
        for code in V.TIME_TYPE.codes:
            c[f"hours_{code}"].set(number(f.hours_by_type[code], 2), self._fte_note(f.fte_by_type[code]))
        c["fte_total"].set(
            number(f.fte_total, 2), self.tr("à {n} h par ETP").format(n=number(f.hours_per_fte))
        )
        c["volunteer_valuation"].set(
            money(f.volunteer_valuation),
            self.tr("au taux de {rate} de l’heure").format(rate=money(f.volunteer_hourly_rate)),
        )
        c["active_projects"].set(number(f.active_projects))
        c["participants_total"].set(number(f.participants_total))
        untyped = self.tr("sans type")
        parts = [
            f"{n} {V.OUTPUT_TYPE.label(code, lang) if code in V.OUTPUT_TYPE else untyped}"
            for code, n in sorted(f.outputs_by_type.items(), key=lambda kv: -kv[1])
            if n
        ]
        shown = ", ".join(parts[:3]) + (", …" if len(parts) > 3 else "")
        c["outputs_total"].set(number(f.outputs_total), shown)
        c["outputs_total"].setToolTip("\n".join(parts))
        c["funding_total"].set(money(f.funding_total))
        self._show_first_steps(f, year)
        self.figures_shown.emit(year)

    def _show_first_steps(self, f: Any, year: int) -> None:
        """An empty database or year says what to do next, rather than zeros and empty charts."""
        from ...core.services.projects import list_projects

        if f.hours_total:
            self.first_steps.hide()
            return
        has_projects = bool(f.active_projects) or bool(list_projects(self.ctx.db))
        if not has_projects:
            text = self.tr(
                "Aucun projet pour l’instant. Créez votre premier projet, puis ajoutez-y ses participants "
                "et saisissez leurs heures dans la Feuille de temps (Ctrl+4)."
            )
        else:
            text = self.tr(
                "Aucune heure saisie en {year}. Saisissez-les dans la Feuille de temps (Ctrl+4), "
                "ou choisissez une autre année."
            ).format(year=year)
        self.first_steps_text.setText(text)
        self.first_steps_button.setVisible(not has_projects)
        self.first_steps.show()
        self.charts.hide()

    def _fte_note(self, fte: Decimal) -> str:
        return self.tr("soit {n} ETP").format(n=number(fte, 2))

    def _show_findings(self, findings: list[Any], year: int) -> None:
        self.findings.clear()
        if not findings:
            item = QListWidgetItem(self.tr("Tout est prêt pour l’export de {year}.").format(year=year))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.findings.addItem(item)
            return
        for finding in findings:
            prefix = self.tr("Bloquant") if finding.blocking else self.tr("À vérifier")
            item = QListWidgetItem(f"{prefix} — {finding_text(finding, year, self.ctx.lang)}")
            item.setForeground(QColor("#b00020" if finding.blocking else "#8a5a00"))
            target = (
                finding.ids[0] if finding.ids else (str(year) if finding.entity == "structure_year" else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, (finding.entity, target, getattr(finding, "field", "")))
            item.setToolTip(self.tr("Double-cliquez ou appuyez sur Entrée pour ouvrir l’élément à corriger"))
            self.findings.addItem(item)
        self.findings.setMinimumHeight(min(FINDINGS_MIN_HEIGHT + 22 * max(len(findings) - 3, 0), 200))

    def _open_finding(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:  # the record's page, the cursor in the field to fill in (as « Corriger → »)
            entity, record_id, field = target
            self.ctx.open_field.emit(entity, record_id, field)
