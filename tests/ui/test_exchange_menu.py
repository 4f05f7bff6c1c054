"""The « Données » menu: a lot exported from one database and imported into another."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tierslieux_app.core.services import projects, structure
from tierslieux_app.core.storage import open_database
from tierslieux_app.ui.context import AppContext
from tierslieux_app.ui.exchange_menu import ExchangeMenu


def _db(path, title):
    db = open_database(path)
    structure.save_structure(
        db,
        {"name": "Atelier", "legal_form": "association", "tsr_category": "non_marchand", "rna": "W751234567"},
    )
    if title:
        projects.create_project(db, {"title": title, "status": "en_cours", "start_date": "2025-01-01"})
    return db


def test_lot_round_trip_through_the_menu(qtbot, tmp_path, monkeypatch, wait_idle):
    staff, coord = _db(tmp_path / "staff.sqlite3", "Jardins partagés"), _db(tmp_path / "coord.sqlite3", None)
    lot = tmp_path / "envoi.tllot"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(lot), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(lot), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))

    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    out = ExchangeMenu(AppContext(staff), window)
    out.export_lot()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    assert lot.exists()
    ctx_in = AppContext(coord)
    changed: list[str] = []
    ctx_in.data_changed.connect(changed.append)
    ExchangeMenu(ctx_in, window).import_lot()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    assert "conflits\u00a0: 0" in shown[1]
    assert changed == ["*"]
    assert [p["title"] for p in projects.list_projects(coord)] == ["Jardins partagés"]
    wait_idle()
    out.ctx.close()
    ctx_in.close()
    staff.close()
    coord.close()
