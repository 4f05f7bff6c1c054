"""The dashboard's building blocks: number formats, figure cards and the two charts."""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
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
from PySide6.QtCore import QEvent, QLocale, QMargins, QPoint, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsTextItem, QLabel, QToolTip, QVBoxLayout, QWidget

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
        self.relabel: Callable[[QSize], None] | None = None  # category labels for a size
        self.tip_at: Callable[[QPoint], str] | None = None  # the tooltip at a point of the view

    def sizeHint(self) -> QSize:
        return QSize(400, CHART_MIN_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Category labels as long as the room allows, never « … » alone."""
        super().resizeEvent(event)
        if self.relabel is not None:
            self.relabel(event.size())

    def event(self, event: QEvent) -> bool:
        """The full text of what is under the mouse (a shortened project title, its bar)."""
        if event.type() == QEvent.Type.ToolTip and self.tip_at is not None:
            assert isinstance(event, QHelpEvent)
            text = self.tip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


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

    def month_names(size: QSize) -> None:
        """Short month names (« janv. »), or their first letter where twelve do not fit."""
        form = QLocale.FormatType.ShortFormat if size.width() >= 520 else QLocale.FormatType.NarrowFormat
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

    month_names(view.size())
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
    view: QChartView,
    projects: list[dict[str, Any]],
    lang: str,
    hours: str,
    empty: str,
    title: Callable[[int], str] | None = None,
    every: str | None = None,
    limit: int = 10,
) -> None:
    """Hours per project (horizontal, biggest at the top), stacked by time type.

    ``every``: the title when the year has fewer than ``limit`` projects, all shown (« Heures
    par projet », not « (10 premiers) »).

    As many of ``projects`` as the chart's height gives a readable line each (all ten at
    1280×800, fewer at 1024×640; ``title(n)`` then says how many), each title whole or cut
    after a word, the full title in the tooltip of its row."""
    shown: dict[str, Any] = {"count": -1, "title": getattr(view, "first_title", view.chart().title())}
    view.first_title = shown["title"]  # type: ignore[attr-defined]  # « (10 premiers) »

    def build(size: QSize) -> None:
        font, count = _label_font(axis_font(), size.height(), len(projects))
        if count != shown["count"]:
            shown["count"] = count
            _build_projects(view, projects[:count], lang, hours, empty)
            fewer = title is not None and count < len(projects)
            if fewer and title is not None:
                view.chart().setTitle(title(count))
            elif every is not None and len(projects) < limit:
                view.chart().setTitle(every)
            else:
                view.chart().setTitle(shown["title"])
        axis_y = next(a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis))
        axis_y.setLabelsFont(font)
        rows = list(reversed(projects[:count]))
        labels = [fit_words(r["title"], font, _label_room(size.width())) for r in rows]
        axis_y.setCategories(_distinct([html.escape(t, quote=False) for t in labels]) or [empty])

    build(view.size())
    if isinstance(view, ChartView):
        view.relabel = build
        view.tip_at = lambda pos: _project_tip(view, projects[: shown["count"]], pos, hours)


def axis_font() -> QFont:
    return QBarCategoryAxis().labelsFont()


def _build_projects(
    view: QChartView, projects: list[dict[str, Any]], lang: str, hours: str, empty: str
) -> None:
    chart = _reset_chart(view)
    chart.legend().setVisible(False)  # the same colours as the month chart's legend beside it
    rows = list(reversed(projects))  # biggest at the top
    series = QHorizontalStackedBarSeries()
    for bar in _bar_sets(rows, lang):
        series.append(bar)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.setCategories([empty])
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


# How QtCharts lays out a vertical category axis (qtcharts: cartesianchartlayout.cpp,
# verticalaxis.cpp, chartpresenter.cpp): the axis takes at most 40 % of the chart's width; each
# label gets the axis's height divided by the number of categories, less twice the label
# padding; a label is measured as an HTML text item with a 0.5 px margin; what does not fit is
# cut, character by character, to « ... ».
AXIS_PORTION = 0.4
LABEL_PADDING = 4.0
CHART_FRAME = 24  # the chart's margins and background around its plot, each side together
AXIS_BELOW = 30  # the chart's title above the axes (its legend is hidden)
LABEL_SIZES = (11, 10, 9, 8)  # pixel sizes tried, largest first
# words a shortened title does not end on
LINK_WORDS = frozenset(
    [
        "à",
        "au",
        "aux",
        "d'",
        "de",
        "des",
        "du",
        "en",
        "et",
        "l'",
        "la",
        "le",
        "les",
        "par",
        "pour",
        "sur",
        "vers",
        "a",
        "an",
        "and",
        "at",
        "by",
        "for",
        "in",
        "of",
        "on",
        "the",
        "to",
    ]
)


@lru_cache(maxsize=2048)
def _text_box(family: str, pixels: int, text: str) -> QSizeF:
    item = QGraphicsTextItem()
    item.document().setDocumentMargin(0.5)
    font = QFont(family)
    font.setPixelSize(pixels)
    item.setFont(font)
    item.setHtml(html.escape(text, quote=False))
    return item.boundingRect().size()


def text_width(font: QFont, text: str) -> float:
    return _text_box(font.family(), _pixels(font), text).width()


def _pixels(font: QFont) -> int:
    return font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)


def _label_font(base: QFont, height: int, wanted: int) -> tuple[QFont, int]:
    """The label size and the number of categories (at most ``wanted``) whose lines QtCharts
    shows whole in a chart ``height`` high: the largest size that fits them all, else the
    smallest size and as many categories as fit (at least three)."""
    axis = height - CHART_FRAME - AXIS_BELOW
    font = QFont(base)
    count = wanted
    for pixels in LABEL_SIZES:
        line = _text_box(base.family(), pixels, "Éy").height() + 2 * LABEL_PADDING
        count = max(min(wanted, int(axis // line) - 2), min(wanted, 3))  # QtCharts: n + 2 rows
        if count == wanted:
            break
    font.setPixelSize(pixels)
    return font, count


def _label_room(width: int) -> float:
    """The width a vertical axis's labels may take in a chart ``width`` wide."""
    return AXIS_PORTION * (width - CHART_FRAME) - LABEL_PADDING - 6


def fit_words(title: str, font: QFont, width: float) -> str:
    """``title`` whole if it fits ``width`` pixels, else as many of its first words as fit,
    followed by « … » (a first word too long on its own is cut)."""
    if text_width(font, title) <= width:
        return title
    words = title.split()
    for n in range(len(words) - 1, 0, -1):
        if n > 1 and words[n - 1].lower() in LINK_WORDS:
            continue  # « Maison des semences… » rather than « Maison des semences de… »
        text = " ".join(words[:n]).rstrip(" :;,.–—-") + "…"
        if text_width(font, text) <= width:
            return text
    text = words[0] if words else title
    while len(text) > 1 and text_width(font, text + "…") > width:
        text = text[:-1]
    return text + "…"


def _distinct(labels: list[str]) -> list[str]:
    """Categories must differ: two titles shortened alike get an invisible difference."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label + "\u200b" * (seen[label] - 1))
    return out


def _project_tip(view: QChartView, projects: list[dict[str, Any]], pos: QPoint, unit: str) -> str:
    """The full title and hours of the project whose row (label or bar) is under ``pos``."""
    chart = view.chart()
    series = chart.series()
    point = chart.mapFromScene(view.mapToScene(pos))
    area = chart.plotArea()
    if not projects or not series or not area.top() <= point.y() <= area.bottom() or point.x() > area.right():
        return ""
    index = len(projects) - 1 - round(chart.mapToValue(point, series[0]).y())  # biggest at the top
    if not 0 <= index < len(projects):
        return ""
    row = projects[index]
    return f"{row['title']} — {number(row['total'], 2)}\u00a0{unit}"
