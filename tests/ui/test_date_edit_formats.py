"""Dates typed the way the spreadsheet import reads them are understood in every date field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tierslieux_app.ui.widgets.date_edit import DateEdit


@pytest.mark.parametrize("typed", ["15102026", "15/10/26", "15.10.2026"])
def test_compact_and_short_dates_are_understood_and_shown_back(qtbot, typed):
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.line.setFocus()
    qtbot.keyClicks(edit.line, typed)
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)
    assert edit.value() == dt.date(2026, 10, 15)
    assert edit.text() == "15/10/2026"


def test_a_non_date_is_left_for_the_service_to_name(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit.line, "31022026")
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)
    assert edit.value() == "31022026"
