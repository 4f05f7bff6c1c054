"""The conflict screen: both values side by side, nothing applied without a choice for every field."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tierslieux_app.core.services import participants
from tierslieux_app.core.storage import open_database
from tierslieux_app.core.sync import export_lot, import_lot, list_conflicts
from tierslieux_app.ui.conflicts_dialog import ConflictsDialog


def make_conflict(db, tmp_path: Path) -> str:
    """Anne edited here and on another machine since they last met."""
    anne = participants.create_participant(
        db, {"first_name": "Anne", "last_name": "Dupont", "category": "benevole", "sector": "citoyen"}
    )["id"]
    other = open_database(tmp_path / "autre.sqlite3")
    try:
        export_lot(db, tmp_path / "1.tllot")
        import_lot(other, tmp_path / "1.tllot")
        participants.update_participant(db, anne, {"first_name": "Anne-Marie", "category": "citoyen"})
        participants.update_participant(
            other, anne, {"first_name": "Annie", "category": "chercheur_academique"}
        )
        export_lot(other, tmp_path / "2.tllot")
    finally:
        other.close()
    assert import_lot(db, tmp_path / "2.tllot").conflicts == 1
    return anne


def pick(qtbot, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    index = combo.findText(text)
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_fields_side_by_side_and_a_choice_for_each(qtbot, ctx, tmp_path):
    anne = make_conflict(ctx.db, tmp_path)
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    rows = {dialog.table.item(i, 0).text(): i for i in range(dialog.table.rowCount())}
    assert set(rows) == {"Prénom", "Catégorie"}
    i = rows["Prénom"]
    assert (dialog.table.item(i, 1).text(), dialog.table.item(i, 2).text()) == ("Anne-Marie", "Annie")
    assert dialog.table.item(rows["Catégorie"], 2).text() == "Chercheur ou chercheuse académique"
    if os.environ.get("TL_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["TL_SHOTS"], "conflicts.png"))

    pick(qtbot, dialog.table.cellWidget(i, 3), "Prendre la valeur reçue")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "Catégorie" in dialog.status.text()  # not applied: one field still without a choice
    assert len(list_conflicts(ctx.db)) == 1
    assert participants.get_participant(ctx.db, anne)["first_name"] == "Anne-Marie"

    pick(qtbot, dialog.table.cellWidget(rows["Catégorie"], 3), "Garder ici")
    with qtbot.waitSignal(ctx.data_changed):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    person = participants.get_participant(ctx.db, anne)
    assert (person["first_name"], person["category"]) == ("Annie", "citoyen")
    assert dialog.list.count() == 0 and list_conflicts(ctx.db) == []
    assert dialog.intro.text() == "Aucun conflit à régler."


def test_all_from_one_side(qtbot, ctx, tmp_path):
    anne = make_conflict(ctx.db, tmp_path)
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.all_remote, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert participants.get_participant(ctx.db, anne)["category"] == "chercheur_academique"
    assert list_conflicts(ctx.db) == []
