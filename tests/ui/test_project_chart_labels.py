"""The dashboard's project chart at 1024×640 and 1280×800 (issue 15): each project's title whole
or cut after a word with « … », in rows high enough for QtCharts to draw it (it draws « ... »
alone otherwise), and the full title in the tooltip of its row."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tierslieux_app.ui.pages import dashboard_widgets as W

# the demo's longest titles (core/demo_data.py), biggest first
TITLES = [
    "Passoires thermiques : enquête habitante au quartier de la Cité jardin",
    "Ce qui nous fait tenir : santé communautaire et entraide à Nantes",
    "Respirer à Nantes : cartographie citoyenne des particules fines",
    "Jardiner ensemble à Angers : savoirs d'habitants et agronomie",
    "Archives d'habitants du quartier du Centre ancien",
    "À vélo vers l'école : comptages citoyens à Nantes",
    "Observatoire citoyen des abeilles à Nantes",
    "Inclusion numérique des seniors à Nantes",
    "Qualité de l'eau des ruisseaux de Nantes & <affluents>",
    "Maison des semences de Nantes",
]
PROJECTS = [
    {
        "title": title,
        "total": Decimal(1000 - 80 * i),
        "benevole": Decimal(500 - 40 * i),
        "salarie": Decimal(300 - 20 * i),
        "mis_a_disposition": Decimal(200 - 20 * i),
    }
    for i, title in enumerate(TITLES)
]


def _chart(qtbot, width: int, height: int):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    view = W.chart_view("Heures par projet (10 premiers)", "chart_projects", holder)
    layout.addWidget(view)
    qtbot.addWidget(holder)
    holder.resize(width, height)
    holder.show()
    qtbot.waitExposed(holder)
    W.show_projects(
        view, PROJECTS, "fr", "heures", "aucune heure", lambda n: f"Heures par projet ({n} premiers)"
    )
    qtbot.waitUntil(lambda: view.chart().plotArea().height() > 0)
    view.holder = holder  # kept alive as long as the view
    return view


def _axis(view) -> QBarCategoryAxis:
    return next(a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis))


@pytest.mark.parametrize(("width", "height", "rows"), [(370, 260, 8), (505, 330, 10)])
def test_titles_are_whole_or_cut_after_a_word_in_rows_that_hold_them(qtbot, width, height, rows):
    """The project chart's size in the dashboard at 1024×640 and at 1280×800."""
    view = _chart(qtbot, width, height)
    axis = _axis(view)
    labels = [label.replace("\u200b", "") for label in axis.categories()]
    assert len(labels) == rows
    shown = list(reversed(TITLES[:rows]))  # biggest at the top
    room = W._label_room(view.width())
    cut = 0
    for label, title in zip(labels, shown, strict=True):
        plain = label.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        assert W.text_width(axis.labelsFont(), plain) <= room, plain
        if plain != title:
            cut += 1
            assert plain.endswith("…") and title.startswith(plain[:-1]), plain
            rest = title[len(plain) - 1 :]
            assert rest[:1] in {" ", ":"} or rest.startswith(" :"), f"cut inside a word: {plain!r}"
    assert cut > 0  # these titles do not fit whole: the test does cut some
    # QtCharts draws a label only when its line fits the category's row
    line = W._text_box(axis.labelsFont().family(), axis.labelsFont().pixelSize(), "Éy").height()
    assert view.chart().plotArea().height() / rows >= line + 2 * W.LABEL_PADDING
    if rows < len(TITLES):
        assert view.chart().title() == f"Heures par projet ({rows} premiers)"
    else:
        assert view.chart().title() == "Heures par projet (10 premiers)"


def test_the_full_title_is_the_tooltip_of_its_row(qtbot):
    view = _chart(qtbot, 370, 260)
    chart = view.chart()
    [series] = chart.series()
    rows = _axis(view).count()
    for index in range(rows):  # category 0 is the bottom row: the smallest shown
        centre = chart.mapToPosition(QPointF(1, index), series)
        label_side = QPointF(chart.plotArea().left() - 20, centre.y())  # on the shortened title
        for point in (centre, label_side):
            pos = view.mapFromScene(chart.mapToScene(point))
            tip = view.tip_at(QPoint(pos.x(), pos.y()))
            assert tip.startswith(TITLES[rows - 1 - index] + " — "), tip
    assert view.tip_at(QPoint(2, 2)) == ""  # the chart's title: no project


def test_fit_words_keeps_whole_words_and_never_ends_on_a_link_word(qapp):
    font = W.axis_font()
    font.setPixelSize(10)
    title = "Maison des semences de Nantes"
    width = W.text_width(font, "Maison des semences de…")
    assert W.fit_words(title, font, width) == "Maison des semences…"
    assert W.fit_words(title, font, W.text_width(font, title)) == title
    assert W.fit_words("Anticonstitutionnellement", font, W.text_width(font, "Anticon…")).endswith("…")


def test_a_year_of_fewer_than_ten_projects_is_not_called_the_first_ten(qtbot):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    view = W.chart_view("Heures par projet (10 premiers)", "chart_projects", holder)
    layout.addWidget(view)
    qtbot.addWidget(holder)
    holder.resize(620, 480)
    holder.show()
    qtbot.waitExposed(holder)
    title = lambda n: f"Heures par projet ({n} premiers)"  # noqa: E731
    W.show_projects(view, PROJECTS[:4], "fr", "heures", "aucune heure", title, "Heures par projet")
    assert view.chart().title() == "Heures par projet"
    W.show_projects(view, PROJECTS, "fr", "heures", "aucune heure", title, "Heures par projet")
    assert view.chart().title() == "Heures par projet (10 premiers)"
