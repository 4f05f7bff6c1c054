"""The import assistant: a file, a guessed and edited mapping, a preview per row, import in the worker."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from tierslieux_app.core.services import participants
from tierslieux_app.ui.import_wizard import ImportWizard

CSV = (
    "Prénom;Nom;Mél;Catégorie;Secteur;Téléphone\n"
    "Élodie;Lefèvre;elodie@example.org;Bénévole;citoyen;06 01 02 03 04\n"
    "\n"
    "Zoé;Marchal;zoe@example.org;Stagiaire;citoyen;\n"
    "Karim;Benali;;chercheur académique;esr;\n"
)


def wizard_with_file(qtbot, ctx, tmp_path: Path) -> ImportWizard:
    path = tmp_path / "personnes.csv"
    path.write_bytes(CSV.encode("cp1252"))
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.load_file(path)
    return wizard


def test_preview_edit_mapping_import_and_rejects(qtbot, ctx, tmp_path, wait_idle):
    wizard = wizard_with_file(qtbot, ctx, tmp_path)
    assert wizard.kind() == "participants"
    assert wizard.mapping().columns[2] is None  # « Mél » is not guessed
    states = [wizard.preview_table.item(i, 1).text() for i in range(wizard.preview_table.rowCount())]
    assert states == ["à importer", "erreur", "à importer"]
    error = wizard.preview_table.item(1, 2).text()
    assert error == (
        "Ligne 4, colonne Catégorie\u00a0: «\u00a0Stagiaire\u00a0» ne fait pas partie des valeurs possibles"
    )

    combo = wizard.mapping_table.cellWidget(2, 1)  # the person maps « Mél » to E-mail with the keyboard
    combo.setFocus()
    target = combo.findData("email")
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert not wizard.import_button.isEnabled()  # the preview must be checked again
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert wizard.mapping().columns[2] == "email"
    if os.environ.get("TL_SHOTS"):
        wizard.grab().save(os.path.join(os.environ["TL_SHOTS"], "import_wizard.png"))

    with qtbot.waitSignal(ctx.data_changed, timeout=20_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert wizard.result is not None and wizard.result.imported == 2
    people = {p["last_name"]: p for p in participants.list_participants(ctx.db)}
    assert set(people) == {"Lefèvre", "Benali"}
    assert participants.get_participant(ctx.db, people["Lefèvre"]["id"])["email"] == "elodie@example.org"
    assert "2 lignes importées." in wizard.summary.text()

    wizard.save_rejects(tmp_path / "refus.xlsx")
    ws = load_workbook(tmp_path / "refus.xlsx").active
    assert ws.max_row == 2 and ws.cell(2, 1).value == "Zoé"

    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)  # a second time: nothing new
    assert not wizard.import_button.isEnabled()
    assert "Lignes à importer\u00a0: 0 · déjà présentes\u00a0: 2" in wizard.summary.text()


def test_kind_change_and_template(qtbot, ctx, tmp_path):
    wizard = wizard_with_file(qtbot, ctx, tmp_path)
    wizard.kind_combo.setFocus()
    qtbot.keyClick(wizard.kind_combo, Qt.Key.Key_Down)  # Projets
    assert wizard.kind() == "projets"
    assert "« Titre »" in wizard.summary.text()  # required column missing, said in French
    assert not wizard.import_button.isEnabled()
    wizard.save_template(tmp_path / "modele.xlsx")
    header = [c.value for c in load_workbook(tmp_path / "modele.xlsx").active[1]]
    assert header[:3] == ["Titre", "Résumé", "Statut"]
