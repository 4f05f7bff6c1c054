"""Empty pages tell the next step; the export shows no progress before it starts; the line of
« Copier la semaine précédente » follows its undo."""

from __future__ import annotations

import datetime as dt

from tierslieux_app.core.services import participants, projects, time_entries


def test_empty_lists_say_what_to_do(qtbot, window):
    for key, start in (
        ("projects", "Aucun projet à afficher"),
        ("participants", "Aucune personne à afficher"),
        ("outputs", "Aucune production à afficher"),
        ("hours", "Aucune heure à afficher"),
    ):
        page = window.show_page(key)
        qtbot.waitUntil(lambda p=page: p.view.model().rowCount() == 0)
        assert page.view.placeholder().startswith(start), key


def test_backups_list_says_none_yet_and_export_has_no_progress_before_it_starts(qtbot, window):
    backups = window.show_page("backups")
    assert backups.table.rowCount() == 0
    assert backups.empty.isVisible() and "Aucune sauvegarde" in backups.empty.text()
    export = window.show_page("export")
    assert not export.progress.isVisible()


def test_undoing_the_copy_of_last_week_updates_its_line(qtbot, window):
    db = window.ctx.db
    person = participants.create_participant(
        db, {"first_name": "Inès", "last_name": "Roy", "category": "salarie_structure", "sector": "tsr"}
    )["id"]
    project = projects.create_project(db, {"title": "Atelier", "status": "en_cours"})["id"]
    projects.add_participant(db, {"participant_id": person, "project_id": project, "role": "porteur"})
    last_monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday() + 7)
    for offset in (0, 1):
        time_entries.create_entry(
            db,
            {
                "participant_id": person,
                "project_id": project,
                "date": last_monday + dt.timedelta(days=offset),
                "hours": "2",
                "time_type": "salarie",
                "activity": "animation",
            },
        )
    page = window.show_page("timesheet")
    page.open_person(person)
    page.copy.click()
    assert page.status.text() == "2 saisies copiées de la semaine précédente."
    window.ctx.undo_stack.undo()
    assert page.status.text() == "Copie de la semaine précédente annulée."
    assert all(h is None for h in page.person_model.lines[0].hours)
    window.ctx.undo_stack.redo()
    assert page.status.text() == "Copie de la semaine précédente rétablie."
