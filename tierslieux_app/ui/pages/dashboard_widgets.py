"""The dashboard's building blocks: number formats, figure cards and the two charts."""

from __future__ import annotations

from collections.abc import Callable
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
from PySide6.QtCore import QLocale, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...core import vocab as V

TYPE_COLOURS = {"benevole": "#2e7d32", "salarie": "#1565c0", "mis_a_disposition": "#ef6c00"}


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


CHART_MIN_HEIGHT = 260


class ChartView(QChartView):
    """Prefers its minimum height: a QGraphicsView's preferred size follows its scene, which
    grows with the view, so the page would ask for ever more room (and a scrollbar)."""

    def __init__(self, chart: QChart, parent: QWidget | None = None):
        super().__init__(chart, parent)
        self.relabel: Callable[[int], None] | None = None  # category labels for a width

    def sizeHint(self) -> QSize:
        return QSize(400, CHART_MIN_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Category labels as long as the room allows, never « … » alone."""
        super().resizeEvent(event)
        if self.relabel is not None:
            self.relabel(event.size().width())


def chart_view(title: str, name: str, parent: QWidget) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = ChartView(chart, parent)
    view.setObjectName(name)
    view.setAccessibleName(title)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_MIN_HEIGHT)
    return view


def _bar_sets(rows: list[dict[str, Decimal]], lang: str) -> list[QBarSet]:
    sets = []
    for code in V.TIME_TYPE.codes:
        bar = QBarSet(V.TIME_TYPE.label(code, lang))
        bar.setColor(QColor(TYPE_COLOURS.get(code, "#777777")))
        bar.append([float(r.get(code, 0)) for r in rows])
        sets.append(bar)
    return sets


def _reset_chart(view: QChartView) -> QChart:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    return chart


def show_months(view: QChartView, months: dict[str, dict[str, Decimal]], lang: str, hours: str) -> None:
    """Hours per month, stacked by time type."""
    chart = _reset_chart(view)
    keys = sorted(months)
    series = QStackedBarSeries()
    for bar in _bar_sets([months[k] for k in keys], lang):
        series.append(bar)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()

    def month_names(width: int) -> None:
        """Short month names (« janv. »), or their first letter where twelve do not fit."""
        form = QLocale.FormatType.ShortFormat if width >= 520 else QLocale.FormatType.NarrowFormat
        locale = QLocale()
        if locale.language() == QLocale.Language.English:  # « Sep », not the British « Sept »
            locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        names = [locale.standaloneMonthName(int(k[5:]), form).rstrip(".") for k in keys]
        # categories must be distinct: a narrow J, J (June, July) gets an invisible difference
        seen: dict[str, int] = {}
        unique = []
        for name in names:
            seen[name] = seen.get(name, 0) + 1
            unique.append(name + "\u200b" * (seen[name] - 1))
        axis_x.setCategories(unique)

    month_names(view.width())
    if isinstance(view, ChartView):
        view.relabel = month_names
    small = axis_x.labelsFont()
    small.setPointSizeF(max(small.pointSizeF() * 0.8, 7.0))
    axis_x.setLabelsFont(small)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    axis_y.setTitleText(hours)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    _nice(axis_y, max((sum(m.values()) for m in months.values()), default=0))


def show_projects(
    view: QChartView, projects: list[dict[str, Any]], lang: str, hours: str, empty: str
) -> None:
    """Hours per project (horizontal, biggest at the top), stacked by time type."""
    chart = _reset_chart(view)
    rows = list(reversed(projects))  # biggest at the top
    series = QHorizontalStackedBarSeries()
    for bar in _bar_sets(rows, lang):
        series.append(bar)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()

    def project_names(width: int) -> None:
        """Titles cut to what a third of the chart's width holds (whole on a wide screen)."""
        size = max(10, min(40, width // 4 // max(view.fontMetrics().averageCharWidth(), 1)))
        axis_y.setCategories([_short(r["title"], size) for r in rows] or [empty])

    project_names(view.width())
    if isinstance(view, ChartView):
        view.relabel = project_names
    small = axis_y.labelsFont()
    small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
    axis_y.setLabelsFont(small)
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%.0f")
    axis_x.setTitleText(hours)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    _nice(axis_x, max((r["total"] for r in projects), default=0))


def _nice(axis: QValueAxis, top: Decimal | int) -> None:
    """A readable scale; an empty year gets 0–10 rather than a NaN range."""
    if top <= 0:
        axis.setRange(0, 10)
        axis.setTickCount(6)
    else:
        axis.setRange(0, float(top))
        axis.applyNiceNumbers()


def _short(title: str, size: int = 36) -> str:
    return title if len(title) <= size else title[: size - 1] + "…"
