"""What the screenshots showed: labels, English texts, column widths, list heights, menu entries."""

from __future__ import annotations

from datahelp import answer_next_dialog, make_ctx
from PySide6.QtWidgets import QDialog, QLabel

from tierslieux_app.core import fields as F
from tierslieux_app.core.services import participants, projects
from tierslieux_app.ui.app import install_translators
from tierslieux_app.ui.worker import running_tasks


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20_000)


def test_export_page_folder_label_and_english_findings(qtbot, tmp_path):
    from tierslieux_app.ui.pages.export_page import ExportPage

    install_translators("en")
    ctx = make_ctx(tmp_path)
    ctx.lang = "en"
    participants.create_participant(
        ctx.db, {"first_name": "Anne", "last_name": "Dupont", "category": "benevole", "sector": "citoyen"}
    )
    page = ExportPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle(qtbot)
    [label] = [w for w in page.findChildren(QLabel) if w.buddy() is page.folder_edit]
    assert label.text() == "&Folder:"  # the & marks the shortcut; it is not shown
    texts = [page.checks.item(i).text() for i in range(page.checks.count())]
    assert texts[0] == "Blocking — The organisation is not registered (name, SIRET or RNA, legal form…)"
    ctx.db.close()


def test_number_placeholders_follow_the_language(qtbot):
    from tierslieux_app.ui.widgets.form import FieldForm

    fr = FieldForm(F.PROJECT, "fr")
    en = FieldForm(F.PROJECT, "en")
    qtbot.addWidget(fr)
    qtbot.addWidget(en)
    assert fr.editor("total_budget").placeholderText() == "0,00"
    assert en.editor("total_budget").placeholderText() == "0.00"


def test_checklist_shows_whole_rows_only(qtbot):
    from tierslieux_app.core import vocab as V
    from tierslieux_app.ui.widgets.code_checklist import VISIBLE_ROWS, CodeChecklist

    vocab = next(f.vocab for f in F.PROJECT if f.kind == "codes" and len(f.vocab.codes) > VISIBLE_ROWS)
    assert isinstance(vocab, V.Vocab)
    checklist = CodeChecklist(vocab, "fr")
    qtbot.addWidget(checklist)
    checklist.show()
    qtbot.waitExposed(checklist)
    bottom = checklist.viewport().height()
    last_visible = checklist.visualItemRect(checklist.item(VISIBLE_ROWS - 1))
    next_row = checklist.visualItemRect(checklist.item(VISIBLE_ROWS))
    assert last_visible.bottom() < bottom  # the sixth row is whole
    assert next_row.top() >= bottom - 1  # the seventh is not peeking in


def test_project_title_column_takes_the_width(qtbot, tmp_path):
    from tierslieux_app.ui.models.projects_model import ProjectsModel
    from tierslieux_app.ui.pages.projects import ProjectsPage

    ctx = make_ctx(tmp_path)
    projects.create_project(ctx.db, {"title": "Jardins partagés du quartier nord", "status": "en_cours"})
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    page.refresh()
    idle(qtbot)
    header = page.view.horizontalHeader()
    title, end = header.sectionSize(ProjectsModel.COL_TITLE), header.sectionSize(ProjectsModel.COL_END)
    assert title > 3 * end
    ctx.db.close()


def test_menu_opens_the_journal_and_the_retention_reminder(qtbot, window):
    seen: list[str] = []

    def close(dialog: QDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    answer_next_dialog(close)
    window.journal_action.trigger()
    answer_next_dialog(close)
    window.retention_action.trigger()
    assert seen == ["Journal des modifications", "Durée de conservation des données"]
