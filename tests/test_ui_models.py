"""Table models tested without a view: the hours list pages, filters and sorts in SQL."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from tierslieux_app.core.models import TimeEntry
from tierslieux_app.core.services import participants, projects
from tierslieux_app.core.services.time_entries import EntryFilter
from tierslieux_app.ui.context import AppContext
from tierslieux_app.ui.models.hours_model import COL_DATE, COL_HOURS, COL_PARTICIPANT, PAGE, HoursModel
from tierslieux_app.ui.models.projects_model import ProjectsModel
from tierslieux_app.ui.models.timesheet_model import COL_DAY0, COL_TOTAL, TimesheetModel

N_ENTRIES = 3000


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A database file with 3 projects, 12 people and 3,000 entries (Core bulk insert)."""
    from tierslieux_app.core.storage import open_database

    db = open_database(tmp_path_factory.mktemp("hours") / "x.sqlite3")
    rnd = random.Random(7)
    project_ids = [
        projects.create_project(db, {"title": t, "status": "en_cours"})["id"]
        for t in ("Abeilles", "Bois", "Compost")
    ]
    people = []
    for i in range(12):
        person = participants.create_participant(
            db,
            {
                "first_name": f"P{i}",
                "last_name": "Dupont" if i < 3 else f"Nom{i:02d}",
                "category": "benevole",
                "sector": "citoyen",
            },
        )
        people.append(person["id"])
        for pid in project_ids:
            projects.add_participant(
                db, {"participant_id": person["id"], "project_id": pid, "role": "contributeur"}
            )
    rows = []
    for _ in range(N_ENTRIES):
        rows.append(
            {
                "participant_id": rnd.choice(people),
                "project_id": rnd.choice(project_ids),
                "date": dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(730)),
                "hours": Decimal(rnd.randrange(25, 800, 25)) / 100,
                "time_type": rnd.choice(["benevole", "salarie"]),
                "activity": "autre",
                "note": None,
            }
        )
    with db.write_connection() as conn:
        conn.execute(insert(TimeEntry), rows)
    yield {"db": db, "rows": rows, "projects": project_ids, "people": people}
    db.close()


def _loaded(qtbot, model: HoursModel, action) -> None:
    """First page in, then the exact count (which the model runs after the page)."""
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        action()
    qtbot.waitUntil(lambda: model.counted, timeout=10_000)


def _fetch_all(qtbot, model: HoursModel) -> None:
    while model.canFetchMore():
        with qtbot.waitSignal(model.page_loaded, timeout=10_000):
            model.fetchMore()


def test_first_page_then_more_pages_on_demand(qtbot, big):
    model = HoursModel(big["db"])
    assert model.threaded  # a file: the queries run in the worker thread
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    assert model.rowCount() == PAGE  # the rows come before the count
    qtbot.waitUntil(lambda: model.counted, timeout=10_000)
    assert model.total == N_ENTRIES
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    _fetch_all(qtbot, model)
    assert model.rowCount() == N_ENTRIES
    assert not model.canFetchMore()
    assert len({model.row_dict(i)["id"] for i in range(model.rowCount())}) == N_ENTRIES


def test_filter_is_done_at_the_source(qtbot, big):
    model = HoursModel(big["db"])
    project = big["projects"][1]
    start, end = dt.date(2024, 6, 1), dt.date(2024, 8, 31)
    flt = EntryFilter(project_id=project, date_from=start, date_to=end, time_type="salarie")
    _loaded(qtbot, model, lambda: model.set_filter(flt))
    expected = [
        r
        for r in big["rows"]
        if r["project_id"] == project and start <= r["date"] <= end and r["time_type"] == "salarie"
    ]
    assert model.total == len(expected) > 0
    _fetch_all(qtbot, model)
    assert model.rowCount() == len(expected)
    assert sum(model.row_dict(i)["hours"] for i in range(model.rowCount())) == sum(
        r["hours"] for r in expected
    )
    _loaded(qtbot, model, lambda: model.set_filter(EntryFilter(text="dupont")))
    dupont = {big["people"][i] for i in range(3)}
    assert model.total == sum(1 for r in big["rows"] if r["participant_id"] in dupont)


def test_sort_is_done_at_the_source_over_all_rows(qtbot, big):
    model = HoursModel(big["db"])
    model.sort(COL_HOURS, Qt.SortOrder.AscendingOrder)  # a view setting its order up: no query yet
    assert not model.loading and model.rowCount() == 0
    _loaded(qtbot, model, model.reload)
    first_page = [model.row_dict(i)["hours"] for i in range(model.rowCount())]
    smallest = sorted(r["hours"] for r in big["rows"])[:PAGE]
    assert first_page == smallest  # the whole table was sorted, not the page in memory
    _loaded(qtbot, model, lambda: model.sort(COL_DATE, Qt.SortOrder.DescendingOrder))
    assert model.row_dict(0)["date"] == max(r["date"] for r in big["rows"])
    assert model.index(0, COL_DATE).data() == model.row_dict(0)["date"].strftime("%d/%m/%Y")
    _loaded(qtbot, model, lambda: model.sort(COL_PARTICIPANT, Qt.SortOrder.AscendingOrder))
    assert model.row_dict(0)["participant_name"].endswith("Dupont")


def test_an_older_answer_never_replaces_a_newer_query(qtbot, big):
    model = HoursModel(big["db"])
    project = big["projects"][2]
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter(EntryFilter())
        model.set_filter(EntryFilter(project_id=project))
    model.wait()
    assert model.total == sum(1 for r in big["rows"] if r["project_id"] == project)
    assert all(model.row_dict(i)["project_id"] == project for i in range(model.rowCount()))


def test_in_memory_database_is_queried_in_the_same_thread(qtbot, db, sample):
    model = HoursModel(db)
    assert not model.threaded
    model.reload()
    assert model.total == 0 and model.rowCount() == 0 and not model.canFetchMore()


def test_timesheet_model_saves_a_cell_and_refuses_a_bad_one(qtbot, db, sample):
    ctx = AppContext(db)
    model = TimesheetModel(ctx)
    monday = dt.date(2025, 3, 3)
    model.load(sample["project"], monday)
    assert model.rowCount() == 2
    messages: list[str] = []
    model.problem.connect(messages.append)
    assert model.setData(model.index(0, COL_DAY0), "1,5")
    assert model.index(0, COL_DAY0).data() == "1,5"
    assert model.index(0, COL_TOTAL).data() == "1,5"
    assert not model.setData(model.index(0, COL_DAY0 + 1), "25")
    assert "dépasse le maximum" in messages[-1]
    assert not model.setData(model.index(1, COL_DAY0 + 1), "deux")
    assert "n'est pas un nombre" in messages[-1]
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert model.index(0, COL_DAY0).data() == ""


def test_projects_model_shows_labels_and_dates(db, sample):
    model = ProjectsModel()
    model.set_rows(projects.list_projects(db))
    assert model.rowCount() == 1
    assert model.index(0, ProjectsModel.COL_STATUS).data() == "En cours"
    assert model.index(0, ProjectsModel.COL_START).data() == "01/03/2024"
    assert model.headerData(ProjectsModel.COL_TITLE, Qt.Orientation.Horizontal) == "Titre"


def test_rows_model_searches_and_sorts_its_prepared_rows(db, sample):
    from tierslieux_app.ui.models.participants_model import ParticipantsModel

    model = ParticipantsModel()
    model.set_rows(participants.list_participants(db))
    model.sort(ParticipantsModel.COL_LAST, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, ParticipantsModel.COL_LAST).data() for r in range(2)] == ["Benali", "Dupont"]
    assert model.index(0, ParticipantsModel.COL_CATEGORY).data() == "Chercheur ou chercheuse académique"
    model.sort(ParticipantsModel.COL_LAST, Qt.SortOrder.DescendingOrder)
    assert model.row_dict(0)["id"] == sample["anne"]
    model.set_search("ANNE")
    assert model.rowCount() == 1 and model.row_of(sample["anne"]) == 0 and model.row_of(sample["karim"]) == -1
    model.set_search("")
    assert model.rowCount() == 2
