"""The documents from the window: a participant's attestation, a project's report, the
dashboard's activity report, valuation and batch of attestations, the Fichier menu, the
preview and the print dialogs. The PDFs are checked as the command's are (A4, poppler,
figures equal to the export's and the dashboard's)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QPushButton

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from documents_pdf import assert_a4_pdf, first_page_png, needs_poppler, pdf_text, value_on_line

from tierslieux_app.core import documents as D
from tierslieux_app.core.export.figures import indicator_values, project_hours
from tierslieux_app.core.services import aggregates, participants, projects
from tierslieux_app.core.storage import open_database

pytestmark = needs_poppler
YEAR = 2025


@pytest.fixture
def demo_ctx(qapp, demo_path: Path):
    from tierslieux_app.ui.context import AppContext

    db = open_database(demo_path, readonly=True)
    ctx = AppContext(db, "fr")
    yield ctx
    ctx.close()
    db.close()


def action(button: QPushButton, name: str):
    found = [
        a for a in button.menu().findChildren(type(button.menu().menuAction())) if a.objectName() == name
    ]
    if not found:  # actions of submenus
        for menu in button.menu().findChildren(type(button.menu())):
            found += [a for a in menu.actions() if a.objectName() == name]
    assert found, name
    return found[0]


def choose_options(
    qtbot, documents, *, signatory: str = "", lang: str | None = None, credit: int = 0
) -> None:
    """Fill the options dialog as a person would, then press OK."""
    qtbot.waitUntil(lambda: documents.dialog is not None and documents.dialog.isVisible())
    dialog = documents.dialog
    if signatory:
        dialog.name.setText(signatory)  # typed text (keyClicks only types ASCII)
    if lang is not None:
        dialog.lang.setCurrentIndex(dialog.lang.findData(lang))
    for i in range(credit):
        from PySide6.QtCore import Qt

        dialog.credit.item(i).setCheckState(Qt.CheckState.Checked)
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), _left())


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(path))


def test_participant_attestation_saved_as_pdf(qtbot, demo_ctx, monkeypatch, tmp_path: Path) -> None:
    from tierslieux_app.ui.pages.participants import ParticipantsPage

    db = demo_ctx.db
    person = D.volunteers_of_year(db, YEAR)[0]
    page = ParticipantsPage(demo_ctx)
    qtbot.addWidget(page)
    page.open_participant(person)
    qtbot.waitUntil(lambda: page.participant_id == person)
    out = tmp_path / "attestation.pdf"
    save_to(monkeypatch, out)
    documents = page.documents_button.documents
    with qtbot.waitSignal(documents.saved, timeout=60_000) as saved:
        action(page.documents_button, "attestation_save").trigger()
        choose_options(qtbot, documents, signatory="Léa Martin")
    assert saved.args[0] == [out]
    assert_a4_pdf(out)
    first_page_png(out, tmp_path / "page1")
    text = pdf_text(out)
    expected = D.attestation(db, YEAR, person)
    assert value_on_line(text, "Total") == expected.hours_total
    detail = [r for r in aggregates.hours_detail(db, YEAR)]  # the export's ``temps`` rows
    pid = participants.get_participant(db, person)["pid"]
    assert expected.hours_total == sum((r["hours"] for r in detail if r["pid"] == pid), Decimal(0))
    assert expected.full_name in text and "Léa Martin" in text


def test_project_report_names_only_the_credited(qtbot, demo_ctx, monkeypatch, tmp_path: Path) -> None:
    from tierslieux_app.ui.pages.projects import ProjectsPage

    db = demo_ctx.db
    per_project = project_hours(db, YEAR)
    project = max(per_project, key=lambda p: per_project[p].total)
    page = ProjectsPage(demo_ctx)
    qtbot.addWidget(page)
    page.open_project(project)
    out = tmp_path / "bilan.pdf"
    save_to(monkeypatch, out)
    documents = page.documents_button.documents
    with qtbot.waitSignal(documents.saved, timeout=60_000):
        action(page.documents_button, "bilan-projet_save").trigger()
        qtbot.waitUntil(lambda: documents.dialog is not None)
        documents.dialog.year.setCurrentIndex(documents.dialog.year.findData(YEAR))
        choose_options(qtbot, documents, credit=1)
    assert_a4_pdf(out)
    first_page_png(out, tmp_path / "page1")
    text = pdf_text(out)
    assert value_on_line(text, "Total") == per_project[project].total
    assert value_on_line(text, "Personnes ayant contribué") == per_project[project].people
    members = projects.project_participants(db, project)
    credited = f"{members[0]['first_name']} {members[0]['last_name']}"
    assert credited in " ".join(text.split())
    assert not any(m["last_name"] in text for m in members[1:] if m["last_name"] != members[0]["last_name"])


def test_dashboard_documents_in_english_and_batch(
    qtbot, demo_ctx, monkeypatch, tmp_path: Path, wait_idle
) -> None:
    from tierslieux_app.ui.pages.dashboard import DashboardPage

    db = demo_ctx.db
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle()
    page.select_year(YEAR)
    wait_idle()
    documents = page.documents_button.documents
    fig = aggregates.year_figures(db, YEAR)
    export = indicator_values(db, YEAR, project_hours(db, YEAR))

    report = tmp_path / "report.pdf"
    save_to(monkeypatch, report)
    with qtbot.waitSignal(documents.saved, timeout=60_000):
        action(page.documents_button, "rapport-activite_save").trigger()
        choose_options(qtbot, documents, lang="en")
    assert_a4_pdf(report)
    first_page_png(report, tmp_path / "page1")
    text = pdf_text(report)
    assert (
        value_on_line(text, "Hours of participatory research", "en")
        == fig.hours_total
        == export["heures_total"]
    )
    assert value_on_line(text, "Value of volunteer time", "en") == fig.volunteer_valuation
    assert "Page 1 of" in text

    xlsx = tmp_path / "valuation.xlsx"
    save_to(monkeypatch, xlsx)
    with qtbot.waitSignal(documents.saved, timeout=60_000):
        action(page.documents_button, "valorisation_save").trigger()
        choose_options(qtbot, documents)
    from openpyxl import load_workbook

    cells = {r[0].value: r[1].value for r in load_workbook(xlsx).active.iter_rows(max_col=2) if r[0].value}
    assert Decimal(str(cells["Valorisation (€)"])) == export["valorisation_benevolat"]

    folder = tmp_path / "attestations"
    folder.mkdir()
    save_to(monkeypatch, folder)
    progress: list[tuple[int, int]] = []
    import tierslieux_app.ui.documents.actions as actions_module

    real = actions_module.run_in_background

    def watched(*args, **kwargs):  # the real worker, with its progress recorded
        kwargs["on_progress"] = lambda done, total: progress.append((done, total))
        return real(*args, **kwargs)

    monkeypatch.setattr(actions_module, "run_in_background", watched)
    with qtbot.waitSignal(documents.saved, timeout=120_000) as saved:
        action(page.documents_button, "attestation_batch").trigger()
        choose_options(qtbot, documents)
    volunteers = D.volunteers_of_year(db, YEAR)
    assert len(saved.args[0]) == len(volunteers) == len(list(folder.glob("*.pdf")))
    assert progress and progress[-1] == (len(volunteers), len(volunteers))
    assert_a4_pdf(saved.args[0][0])


def test_preview_and_print_dialogs(qtbot, demo_ctx, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from tierslieux_app.ui.documents.actions import DocumentActions
    from tierslieux_app.ui.main_window import MainWindow  # noqa: F401  (the window's module loads)

    parent = QPushButton()
    qtbot.addWidget(parent)
    documents = DocumentActions(demo_ctx, parent)
    with qtbot.waitSignal(documents.shown, timeout=60_000) as shown:
        documents.start("valorisation", "preview", year=YEAR)
        choose_options(qtbot, documents)
    preview = shown.args[0]
    assert preview.objectName() == "document_preview"
    qtbot.waitUntil(preview.isVisible)
    preview.close()

    with qtbot.waitSignal(documents.shown, timeout=60_000) as shown:
        documents.start("rapport-activite", "print", year=YEAR)
        choose_options(qtbot, documents)
    dialog = shown.args[0]
    assert dialog.objectName() == "document_print"
    out = tmp_path / "printed.pdf"
    assert dialog.printer().outputFormat() == QPrinter.OutputFormat.PdfFormat  # no printer here: to a file
    dialog.findChild(QLineEdit, "filename").setText(str(out))  # the dialog's own « print to file » field
    with qtbot.waitSignal(documents.printed):
        dialog.accept()
    assert_a4_pdf(out)
    text = pdf_text(out)
    assert (
        value_on_line(text, "Heures de recherche participative")
        == aggregates.year_figures(demo_ctx.db, YEAR).hours_total
    )


def test_file_menu_has_the_documents_and_mistakes_are_sentences(
    qtbot, demo_ctx, prefs, monkeypatch, tmp_path: Path
) -> None:
    from tierslieux_app.ui.main_window import MainWindow

    window = MainWindow(demo_ctx, prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: hasattr(window, "documents_menu"))
    menus = [window.documents_menu, *window.documents_menu.findChildren(type(window.documents_menu))]
    names = {a.objectName() for m in menus for a in m.actions()}
    assert {"rapport-activite_preview", "rapport-activite_print", "rapport-activite_save"} <= names
    assert {"valorisation_save", "attestation_batch"} <= names
    documents = window.documents_menu.documents
    out = tmp_path / "valorisation.pdf"
    save_to(monkeypatch, out)
    with qtbot.waitSignal(documents.saved, timeout=60_000):
        next(a for m in menus for a in m.actions() if a.objectName() == "valorisation_save").trigger()
        qtbot.waitUntil(lambda: documents.dialog is not None)
        documents.dialog.year.setCurrentIndex(documents.dialog.year.findData(YEAR))
        documents.dialog.method.setText("SMIC chargé")
        choose_options(qtbot, documents, signatory="Camille Durand")
    assert_a4_pdf(out)
    first_page_png(out, tmp_path / "page1")
    text = pdf_text(out)
    export = indicator_values(demo_ctx.db, YEAR, project_hours(demo_ctx.db, YEAR))
    assert value_on_line(text, "Valorisation du temps bénévole") == export["valorisation_benevolat"]
    assert value_on_line(text, "Heures de bénévolat") == export["heures_benevole"]
    assert "SMIC chargé" in text and "Camille Durand" in text
    with qtbot.waitSignal(documents.failed) as failed:
        documents.start("bilan-projet", "save")
    assert failed.args[0] == "Ouvrez d’abord un projet."
    with qtbot.waitSignal(documents.failed) as failed:
        documents.start("attestation", "preview")
    assert failed.args[0] == "Choisissez d’abord une personne dans la liste."


def test_french_typography_in_the_documents(demo_ctx) -> None:
    from tierslieux_app.ui.documents.produce import Request, build

    for kind in ("valorisation", "rapport-activite"):
        body = build(demo_ctx.db, Request(kind, YEAR))[0].body
        assert " :" not in body.replace("\u00a0:", "") or "<style>" in body.split(" :")[0]
        assert "\u00a0€" in body  # money: no-break space before the euro sign
