"""« Ma semaine »: one person's week over all their projects, reached and filled with few keys;
a new row's time type comes from the person, never « Bénévole » for paid research hours."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tierslieux_app.core.services import participants, projects, time_entries
from tierslieux_app.core.services.timesheet import monday_of
from tierslieux_app.ui.models.timesheet_model import COL_DAY0, COL_NAME, COL_TOTAL, COL_TYPE, PersonWeekModel
from tierslieux_app.ui.settings import Preferences

CTRL = Qt.KeyboardModifier.ControlModifier


def _researcher(db, projects_titles=("Jardins partagés", "Mémoires ouvrières")):
    person = participants.create_participant(
        db,
        {
            "first_name": "Karim",
            "last_name": "Benali",
            "category": "chercheur_academique",
            "sector": "esr",
        },
    )
    ids = []
    for title in projects_titles:
        project = projects.create_project(db, {"title": title, "status": "en_cours"})
        projects.add_participant(
            db, {"participant_id": person["id"], "project_id": project["id"], "role": "contributeur"}
        )
        ids.append(project["id"])
    return person["id"], ids


class Keys:
    """Every key event the test sends, counted: navigation keys apart from values and their Enter."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.navigation = 0
        self.values = 0

    def nav(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        widget = QApplication.focusWidget()
        self.qtbot.keyClick(widget, key, modifier)
        QApplication.processEvents()
        self.navigation += 1

    def value(self, text: str) -> None:
        """A value and its Enter: the first key opens the cell's editor, which takes the rest."""
        view = QApplication.focusWidget()
        self.qtbot.keyClicks(view, text[0])
        editor = QApplication.focusWidget()
        assert editor is not view
        self.qtbot.keyClicks(editor, text[1:])
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
        self.values += len(text) + 1


def test_one_persons_week_on_two_projects_from_the_dashboard_in_few_keys(qtbot, window):
    db = window.ctx.db
    person, (_jardins, memoires) = _researcher(db)
    Preferences().timesheet_person = person  # chosen once, remembered since
    assert window.current_key() == "dashboard"
    keys = Keys(qtbot)

    keys.nav(Qt.Key.Key_4, CTRL)  # the timesheet: « Ma semaine », today's week, first empty cell
    page = window.pages["timesheet"]
    reach = keys.navigation
    view = page.view
    assert QApplication.focusWidget() is view
    assert view.model() is page.person_model
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == COL_DAY0
    assert page.person_model.monday == monday_of(dt.date.today())
    assert [view.model().index(r, COL_NAME).data() for r in range(2)] == [
        "Jardins partagés",
        "Mémoires ouvrières",
    ]

    between_rows = 0
    for row in range(2):
        if row:
            before = keys.navigation
            keys.nav(Qt.Key.Key_Return, CTRL)  # the next row's Monday
            between_rows = keys.navigation - before
            assert (view.currentIndex().row(), view.currentIndex().column()) == (1, COL_DAY0)
        keys.value("3")
        keys.value("2,5")
        keys.nav(Qt.Key.Key_Return)  # Wednesday: nothing
        keys.value("4")
        keys.value("1h30")
        assert view.currentIndex().column() == COL_DAY0 + 5  # Saturday

    assert reach <= 3 and between_rows <= 2
    print(
        f"\nkeys to reach the first cell: {reach}; to the next row's Monday: {between_rows}; "
        f"all navigation keys: {keys.navigation}; value keys with their Enter: {keys.values}"
    )
    monday = monday_of(dt.date.today())
    saved = sorted(
        (r["project_id"] == memoires, (r["date"] - monday).days, r["hours"], r["time_type"])
        for r in time_entries.list_entries(db, order="date", descending=False)
    )
    week = [(0, Decimal("3.00")), (1, Decimal("2.50")), (3, Decimal("4.00")), (4, Decimal("1.50"))]
    assert saved == sorted(
        (other, day, hours, "mis_a_disposition") for other in (False, True) for day, hours in week
    )
    model = page.person_model
    assert model.headerData(COL_DAY0, Qt.Orientation.Horizontal).endswith("\n6")  # Monday: 3 + 3
    assert model.headerData(COL_TOTAL, Qt.Orientation.Horizontal).endswith("\n22")
    assert model.index(1, COL_TOTAL).data() == "11"


def test_a_salaried_researchers_first_row_is_never_volunteer_and_space_changes_it(qtbot, window):
    person, (jardins,) = _researcher(window.ctx.db, ("Jardins partagés",))
    Preferences().timesheet_person = person
    page = window.show_page("timesheet")
    page.focus_first()
    view = page.view
    assert view.model().index(0, COL_TYPE).data() == "Mis à disposition"
    # the project's week shows the same default for the same person
    page.open_project(jardins)
    assert page.model.index(0, COL_TYPE).data() == "Mis à disposition"
    # one key changes it, on the row
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, COL_TYPE))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.model.index(0, COL_TYPE).data() == "Bénévole"  # the next type, chosen on purpose
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.model.index(0, COL_TYPE).data() == "Salarié"


def test_staff_member_defaults_to_salarie_then_to_what_they_last_used(qtbot, ctx):
    db = ctx.db
    staff = participants.create_participant(
        db, {"first_name": "Inès", "last_name": "Roy", "category": "salarie_structure", "sector": "tsr"}
    )["id"]
    project = projects.create_project(db, {"title": "Atelier", "status": "en_cours"})["id"]
    projects.add_participant(db, {"participant_id": staff, "project_id": project, "role": "porteur"})
    model = PersonWeekModel(ctx)
    model.load(staff, dt.date(2025, 3, 3))
    assert (model.lines[0].time_type, model.lines[0].activity) == ("salarie", "autre")
    time_entries.create_entry(
        db,
        {
            "participant_id": staff,
            "project_id": project,
            "date": "2025-02-24",
            "hours": "2",
            "time_type": "benevole",
            "activity": "animation",
        },
    )
    model.load(staff, dt.date(2025, 3, 3))
    assert (model.lines[0].time_type, model.lines[0].activity) == ("benevole", "animation")


@pytest.mark.parametrize("typed", ["1h30", "90 min", "1,5", "1:30"])
def test_the_grid_takes_the_hours_the_import_takes(qtbot, ctx, typed):
    person, _projects = _researcher(ctx.db, ("Jardins partagés",))
    model = PersonWeekModel(ctx)
    model.load(person, dt.date(2025, 3, 3))
    assert model.setData(model.index(0, COL_DAY0), typed)
    assert model.index(0, COL_DAY0).data() == "1,5"
    assert [r["hours"] for r in time_entries.list_entries(ctx.db)] == [Decimal("1.50")]
