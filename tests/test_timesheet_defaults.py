"""A new timesheet line's time type and activity: what that person last used on that project,
else what follows from who the person is; and one person's week over all their projects."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tierslieux_app.core.services import participants, projects, time_entries, timesheet

MONDAY = dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("category", "sector", "expected"),
    [
        ("salarie_structure", "tsr", "salarie"),
        ("chercheur_academique", "esr", "mis_a_disposition"),
        ("doctorant", "esr", "mis_a_disposition"),
        ("professionnel", "public", "mis_a_disposition"),
        ("benevole", "citoyen", "benevole"),
        ("citoyen", "citoyen", "benevole"),
        ("etudiant", "esr", "benevole"),
        ("autre", "citoyen", "benevole"),
    ],
)
def test_time_type_follows_from_who_the_person_is(category, sector, expected):
    assert timesheet.default_time_type(category, sector) == expected


def _person(db, first, category, sector):
    return participants.create_participant(
        db, {"first_name": first, "last_name": "Test", "category": category, "sector": sector}
    )["id"]


def _join(db, person, project):
    projects.add_participant(db, {"participant_id": person, "project_id": project, "role": "contributeur"})


def _entry(db, person, project, day, time_type, activity):
    time_entries.create_entry(
        db,
        {
            "participant_id": person,
            "project_id": project,
            "date": day,
            "hours": "1",
            "time_type": time_type,
            "activity": activity,
        },
    )


def test_last_use_on_the_project_wins_then_the_person(db, sample):
    karim, project = sample["karim"], sample["project"]
    other = projects.create_project(db, {"title": "Alpha", "status": "en_cours"})["id"]
    _join(db, karim, other)
    # nothing yet: from the person (an academic researcher of a university), never volunteer
    assert timesheet.line_defaults(db, karim, [project, other]) == {
        project: ("mis_a_disposition", "autre"),
        other: ("mis_a_disposition", "autre"),
    }
    _entry(db, karim, project, MONDAY - dt.timedelta(days=14), "salarie", "redaction")
    _entry(db, karim, project, MONDAY - dt.timedelta(days=7), "salarie", "analyse")  # the latest
    _entry(db, karim, project, MONDAY - dt.timedelta(days=21), "benevole", "animation")
    defaults = timesheet.line_defaults(db, karim, [project, other])
    assert defaults[project] == ("salarie", "analyse")
    assert defaults[other] == ("mis_a_disposition", "analyse")  # his usual activity, his own type
    week = timesheet.week_lines(db, project, MONDAY)
    assert [(ln.name, ln.time_type, ln.activity) for ln in week] == [
        ("Karim Benali", "salarie", "analyse"),
        ("Anne Dupont", "benevole", "autre"),
    ]


def test_a_persons_week_has_one_line_per_current_project_with_its_hours(db, sample):
    karim, project = sample["karim"], sample["project"]
    other = projects.create_project(db, {"title": "Alpha", "status": "en_cours"})["id"]
    over = projects.create_project(db, {"title": "Ancien", "status": "termine"})["id"]
    for p in (other, over):
        _join(db, karim, p)
    timesheet.set_cell(db, project, karim, MONDAY + dt.timedelta(days=1), "salarie", "analyse", "1h30")
    lines = timesheet.person_week_lines(db, karim, MONDAY)
    assert [(ln.title, ln.time_type, ln.activity) for ln in lines] == [
        ("Alpha", "mis_a_disposition", "analyse"),
        ("Jardins partagés", "salarie", "analyse"),
    ]
    assert lines[1].hours[1] == Decimal("1.50")
    # the week after: the copy of last week goes to the same project, for this person only
    created = timesheet.copy_previous_week(db, None, MONDAY + dt.timedelta(days=7), participant_id=karim)
    assert len(created) == 1
    nxt = timesheet.person_week_lines(db, karim, MONDAY + dt.timedelta(days=7))
    assert [ln.hours[1] for ln in nxt] == [None, Decimal("1.50")]
