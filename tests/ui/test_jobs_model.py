"""The jobs grid's model, without a view: one row per contract type, totals, saving, refusals, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tierslieux_app.core import vocab as V
from tierslieux_app.core.services import jobs
from tierslieux_app.core.services.structure import get_year, save_year
from tierslieux_app.ui.models.jobs_model import (
    COL_CONTRACT,
    COL_FTE,
    COL_HEADCOUNT,
    COL_RESEARCH,
    TOTAL_EMPLOYEES,
    TOTAL_OTHERS,
    JobsModel,
)

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def model(ctx):
    m = JobsModel(ctx)
    m.load(2024)
    return m


def _cell(model: JobsModel, code: str, column: int) -> str:
    return model.data(model.index(model.row_of(code), column))


def _set(model: JobsModel, code: str, column: int, text: str) -> bool:
    return model.setData(model.index(model.row_of(code), column), text, EDIT)


def test_every_contract_type_has_its_row_and_two_totals_rows(model):
    assert model.rowCount() == len(V.CONTRACT_TYPE.codes) + 2
    labels = [model.data(model.index(r, COL_CONTRACT)) for r in range(model.rowCount())]
    for code in V.CONTRACT_TYPE.codes:
        assert V.CONTRACT_TYPE.label(code, "fr") in labels
    assert labels[model.row_of(TOTAL_EMPLOYEES)] == "Total salariés"
    assert labels[model.row_of(TOTAL_OTHERS)].startswith("Total hors salariés")
    # empty cells are 0: nothing shown on a line, 0 on the totals
    assert _cell(model, "cdi", COL_HEADCOUNT) == ""
    assert _cell(model, TOTAL_EMPLOYEES, COL_FTE) == "0"
    total = model.index(model.row_of(TOTAL_EMPLOYEES), COL_HEADCOUNT)
    assert not model.flags(total) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, COL_HEADCOUNT)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, COL_CONTRACT)) & Qt.ItemFlag.ItemIsEditable


def test_edited_cells_are_saved_totalled_and_give_the_year_its_employees(model, ctx):
    assert _set(model, "cdi", COL_HEADCOUNT, "3")
    assert _set(model, "cdi", COL_FTE, "2,5")
    assert _set(model, "cdi", COL_RESEARCH, "1")
    assert _set(model, "cdd", COL_HEADCOUNT, "1")
    assert _set(model, "cdd", COL_FTE, "0.5")
    assert _set(model, "service_civique", COL_HEADCOUNT, "2")
    assert _set(model, "service_civique", COL_FTE, "1,6")
    assert _cell(model, "cdi", COL_FTE) == "2,5"
    assert _cell(model, TOTAL_EMPLOYEES, COL_HEADCOUNT) == "4"
    assert _cell(model, TOTAL_EMPLOYEES, COL_FTE) == "3"
    assert _cell(model, TOTAL_EMPLOYEES, COL_RESEARCH) == "1"
    assert _cell(model, TOTAL_OTHERS, COL_HEADCOUNT) == "2"
    assert _cell(model, TOTAL_OTHERS, COL_FTE) == "1,6"
    stored = {r["contract_type"]: r for r in jobs.list_jobs(ctx.db, 2024)}
    assert stored["cdi"]["headcount"] == 3 and stored["cdi"]["fte"] == 2.5
    assert set(stored) == {"cdi", "cdd", "service_civique"}
    year = get_year(ctx.db, 2024)
    assert (year["employees"], year["fte"], year["research_fte"]) == (4, 3.0, 1.0)  # not the civic service
    # the same text again saves nothing
    count = ctx.undo_stack.count()
    assert not _set(model, "cdi", COL_FTE, "2,5")
    assert ctx.undo_stack.count() == count


def test_a_refused_value_keeps_its_message_on_the_cell_and_saves_nothing(model, ctx):
    problems: list[str] = []
    model.problem.connect(problems.append)
    assert _set(model, "cdi", COL_FTE, "1")
    assert not _set(model, "cdi", COL_RESEARCH, "2")  # research FTE above the contract's FTE
    assert "ETP recherche dépassent" in problems[-1]
    index = model.index(model.row_of("cdi"), COL_RESEARCH)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == problems[-1]
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert not _set(model, "cdd", COL_HEADCOUNT, "1,5")
    assert "entier" in problems[-1]
    assert [r["contract_type"] for r in jobs.list_jobs(ctx.db, 2024)] == ["cdi"]
    assert jobs.list_jobs(ctx.db, 2024)[0]["research_fte"] == 0
    assert ctx.undo_stack.count() == 1
    assert _set(model, "cdi", COL_RESEARCH, "0,5")
    assert problems[-1] == ""
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None


def test_undo_and_redo_put_the_lines_and_the_typed_totals_back(model, ctx):
    save_year(ctx.db, 2024, {"employees": 7, "fte": "5,5"})  # typed by hand before any job line
    assert _set(model, "cdi", COL_HEADCOUNT, "2")
    assert _set(model, "cdi", COL_FTE, "2")
    assert get_year(ctx.db, 2024)["employees"] == 2
    ctx.undo_stack.undo()
    assert _cell(model, "cdi", COL_FTE) == ""
    assert _cell(model, "cdi", COL_HEADCOUNT) == "2"
    ctx.undo_stack.undo()
    assert jobs.list_jobs(ctx.db, 2024) == []
    assert _cell(model, "cdi", COL_HEADCOUNT) == ""
    year = get_year(ctx.db, 2024)
    assert (year["employees"], year["fte"]) == (7, 5.5)  # as typed, since the year has no lines again
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert _cell(model, "cdi", COL_FTE) == "2"
    assert get_year(ctx.db, 2024)["employees"] == 2


def test_another_year_has_its_own_lines(model, ctx):
    assert _set(model, "cdi", COL_HEADCOUNT, "3")
    model.load(2023)
    assert _cell(model, "cdi", COL_HEADCOUNT) == ""
    model.load(2024)
    assert _cell(model, "cdi", COL_HEADCOUNT) == "3"
