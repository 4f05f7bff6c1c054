"""Dashboard: the key figures of a year, two charts, and what is missing before the export.

Everything is computed by the aggregate services (SQL GROUP BYs) in the worker, so the
window stays responsive on a database of a million hour entries. Each line of the
completeness list opens the record to fix (double-click or Enter).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import vocab as V
from ..context import AppContext
from ..findings import finding_text
from ..settings import Preferences
from ..worker import run_in_background

TYPE_COLOURS = {"benevole": "#2e7d32", "salarie": "#1565c0", "mis_a_disposition": "#ef6c00"}
TOP_PROJECTS = 10
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


def load_year(db: Any, year: int) -> dict[str, Any]:
    """Everything the page shows for a year (runs in the worker)."""
    from ...core.completeness import check_year
    from ...core.services import aggregates

    return {
        "year": year,
        "figures": aggregates.year_figures(db, year),
        "months": aggregates.hours_by_month(db, year),
        "projects": aggregates.hours_by_project(db, year)[:TOP_PROJECTS],
        "findings": check_year(db, year),
    }


def number(value: Decimal | int | float, decimals: int = 0) -> str:
    """Grouped digits and a decimal comma in French (``12 345,5``), trailing zeros dropped."""
    text = QLocale().toString(float(value), "f", decimals)
    if decimals:
        sep = QLocale().decimalPoint()
        text = text.rstrip("0").rstrip(sep) if sep in text else text
    return text


def money(value: Decimal) -> str:
    return QLocale().toString(float(value), "f", 2) + "\u00a0€"


class FigureCard(QFrame):
    """A big number with its caption; the number is what tests and screen readers read."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.value = QLabel("—", self)
        self.value.setObjectName(f"figure_{key}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName(f"note_{key}")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        self.note.hide()
        self.value.setAccessibleName(caption)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))


class DashboardPage(QWidget):
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
        year_label = QLabel(self.tr("&Année :"), body)
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

        charts = QHBoxLayout()
        self.month_view = self._chart_view(self.tr("Heures par mois"), "chart_months", body)
        self.project_view = self._chart_view(
            self.tr("Heures par projet (10 premiers)"), "chart_projects", body
        )
        charts.addWidget(self.month_view, 1)
        charts.addWidget(self.project_view, 1)
        layout.addLayout(charts)

        heading = QLabel(self.tr("Avant l'export annuel : à compléter"), body)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        self.findings = QListWidget(body)
        self.findings.setObjectName("findings")
        self.findings.setAccessibleName(self.tr("Éléments à compléter avant l'export"))
        self.findings.setToolTip(
            self.tr("Double-cliquez ou appuyez sur Entrée pour ouvrir l'élément à corriger")
        )
        self.findings.setMinimumHeight(120)
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

    def _chart_view(self, title: str, name: str, parent: QWidget) -> QChartView:
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart, parent)
        view.setObjectName(name)
        view.setAccessibleName(title)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(320)
        return view

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Called when the page is shown: reload if something changed since."""
        if self._dirty:
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
        wanted = self.current_year() or self.prefs.last_year or (years[0] if years else this_year)
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
        generation = self._generation
        self._set_loading(True)
        db = self.ctx.db
        run_in_background(
            self,
            lambda: load_year(db, year),
            on_done=lambda data: self._show(generation, data),
            on_error=self._failed,
            dialog=False,
        )

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.status.setText(self.tr("Calcul en cours…") if loading else "")

    @property
    def loading(self) -> bool:
        return self._loading

    def _failed(self, exc: BaseException) -> None:
        from ..app import error_text

        self._set_loading(False)
        self.status.setText(self.tr("Chiffres indisponibles"))
        self.findings.clear()
        QListWidgetItem(error_text(exc), self.findings)

    # -- showing -------------------------------------------------------------------------

    def _show(self, generation: int, data: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self.data = data
        self._show_figures(data["figures"])
        self._show_months(data["months"])
        self._show_projects(data["projects"])
        self._show_findings(data["findings"], data["year"])
        self._set_loading(False)

    def _show_figures(self, f: Any) -> None:
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
            self.tr("au taux de {rate} de l'heure").format(rate=money(f.volunteer_hourly_rate)),
        )
        c["active_projects"].set(number(f.active_projects))
        c["participants_total"].set(number(f.participants_total))
        untyped = self.tr("sans type")
        parts = [
            f"{n} {V.OUTPUT_TYPE.label(code, lang) if code in V.OUTPUT_TYPE else untyped}"
            for code, n in sorted(f.outputs_by_type.items(), key=lambda kv: -kv[1])
            if n
        ]
        c["outputs_total"].set(number(f.outputs_total), ", ".join(parts))
        c["funding_total"].set(money(f.funding_total))

    def _fte_note(self, fte: Decimal) -> str:
        return self.tr("soit {n} ETP").format(n=number(fte, 2))

    def _bar_sets(self, rows: list[dict[str, Decimal]]) -> list[QBarSet]:
        sets = []
        for code in V.TIME_TYPE.codes:
            bar = QBarSet(V.TIME_TYPE.label(code, self.ctx.lang))
            bar.setColor(QColor(TYPE_COLOURS.get(code, "#777777")))
            bar.append([float(r.get(code, 0)) for r in rows])
            sets.append(bar)
        return sets

    def _reset_chart(self, view: QChartView) -> QChart:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def _show_months(self, months: dict[str, dict[str, Decimal]]) -> None:
        chart = self._reset_chart(self.month_view)
        keys = sorted(months)
        series = QStackedBarSeries()
        for bar in self._bar_sets([months[k] for k in keys]):
            series.append(bar)
        chart.addSeries(series)
        names = [
            QLocale().standaloneMonthName(int(k[5:]), QLocale.FormatType.ShortFormat).rstrip(".")
            for k in keys
        ]
        axis_x = QBarCategoryAxis()
        axis_x.append(names)
        small = axis_x.labelsFont()
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 7.0))
        axis_x.setLabelsFont(small)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        axis_y.setTitleText(self.tr("heures"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        _nice(axis_y, max((sum(m.values()) for m in months.values()), default=0))

    def _show_projects(self, projects: list[dict[str, Any]]) -> None:
        chart = self._reset_chart(self.project_view)
        rows = list(reversed(projects))  # biggest at the top
        series = QHorizontalStackedBarSeries()
        for bar in self._bar_sets(rows):
            series.append(bar)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([_short(r["title"]) for r in rows] or [self.tr("aucune heure")])
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%.0f")
        axis_x.setTitleText(self.tr("heures"))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        _nice(axis_x, max((r["total"] for r in projects), default=0))

    def _show_findings(self, findings: list[Any], year: int) -> None:
        self.findings.clear()
        if not findings:
            item = QListWidgetItem(self.tr("Tout est prêt pour l'export de {year}.").format(year=year))
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
            item.setData(Qt.ItemDataRole.UserRole, (finding.entity, target))
            item.setToolTip(self.tr("Double-cliquez ou appuyez sur Entrée pour ouvrir l'élément à corriger"))
            self.findings.addItem(item)
        self.findings.setMinimumHeight(min(60 + 22 * len(findings), 260))

    def _open_finding(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            entity, record_id = target
            self.ctx.open_record.emit(entity, record_id)


def _nice(axis: QValueAxis, top: Decimal | int) -> None:
    """A readable scale; an empty year gets 0–10 rather than a NaN range."""
    if top <= 0:
        axis.setRange(0, 10)
    else:
        axis.setRange(0, float(top))
        axis.applyNiceNumbers()


def _short(title: str, size: int = 30) -> str:
    return title if len(title) <= size else title[: size - 1] + "…"
