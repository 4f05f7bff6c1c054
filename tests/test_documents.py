"""The documents' figures (core, no Qt): the same as the dashboard's and the export's, and
no name where the personal data rules forbid one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tierslieux_app.core import documents as D
from tierslieux_app.core.db import Database
from tierslieux_app.core.documents.xlsx import write_valuation_xlsx
from tierslieux_app.core.errors import NotFoundError, TiersLieuxError
from tierslieux_app.core.export.figures import indicator_values, project_hours
from tierslieux_app.core.services import aggregates, projects
from tierslieux_app.core.storage import open_database

YEAR = 2025  # the small demo's busiest year


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Database]:
    db = open_database(demo_path, readonly=True)
    yield db
    db.close()


def test_activity_report_is_the_dashboard_and_the_export(demo: Database) -> None:
    report = D.activity_report(demo, YEAR)
    dashboard = aggregates.year_figures(demo, YEAR)
    export = indicator_values(demo, YEAR, project_hours(demo, YEAR))
    assert report.figures == dashboard
    assert report.figures.hours_total == export["heures_total"] > 0
    assert report.figures.volunteer_valuation == export["valorisation_benevolat"]
    assert report.figures.participants_total == export["participants_total"]
    months, by_project = aggregates.year_charts(demo, YEAR)
    assert report.hours_by_month == months and report.projects == by_project
    assert sum(report.hours_by_activity.values()) == dashboard.hours_total
    assert not any(hasattr(report, a) for a in ("names", "people")), "a report carries no list of people"


def test_valuation_is_the_year_figure_with_its_rate(demo: Database) -> None:
    v = D.valuation(demo, YEAR, "SMIC chargé")
    export = indicator_values(demo, YEAR, project_hours(demo, YEAR))
    assert v.volunteer_hours == export["heures_benevole"] > 0
    assert v.volunteer_valuation == export["valorisation_benevolat"]
    assert v.volunteer_hourly_rate == export["valorisation_horaire_benevolat"]
    assert v.method == "SMIC chargé"
    assert sum(r.volunteer_hours for r in v.rows) == v.volunteer_hours
    # each project line is rounded on its own: the total may differ by less than a cent a line
    assert abs(sum(r.valuation for r in v.rows) - v.volunteer_valuation) <= Decimal("0.01") * len(v.rows)
    assert v.volunteers == len(D.volunteers_of_year(demo, YEAR)) > 0


def test_attestations_are_the_export_rows_of_each_person(demo: Database) -> None:
    rows = aggregates.hours_detail(demo, YEAR)
    by_pid: dict[str, Decimal] = defaultdict(Decimal)
    for r in rows:
        by_pid[r["pid"]] += r["hours"]
    batch = D.attestations(demo, YEAR)
    assert [a.participant_id for a in batch] == D.volunteers_of_year(demo, YEAR)
    with demo.read() as session:
        from sqlalchemy import select

        from tierslieux_app.core.models import Participant

        pids = dict(session.execute(select(Participant.id, Participant.pid)).all())
    for a in batch:
        assert a.hours_total == by_pid[pids[a.participant_id]]
        assert a.hours_by_type["benevole"] > 0
        assert sum(h for _, h in a.projects) == a.hours_total == sum(a.hours_by_activity.values())
    volunteer_hours = aggregates.year_figures(demo, YEAR).hours_by_type["benevole"]
    assert sum(a.hours_by_type["benevole"] for a in batch) == volunteer_hours
    one = D.attestation(demo, YEAR, batch[0].participant_id)
    assert one == batch[0]
    with pytest.raises(NotFoundError, match="introuvable"):
        D.attestation(demo, YEAR, "nobody")


def test_project_report_is_the_export_project_row(demo: Database) -> None:
    exported = project_hours(demo, YEAR)
    pid = max(exported, key=lambda p: exported[p].total)
    report = D.project_report(demo, pid, YEAR)
    assert report.hours_total == exported[pid].total
    assert report.years[0].people == exported[pid].people == report.people_total
    assert report.hours_by_type["benevole"] == exported[pid].by_type.get("benevole", Decimal(0))
    assert report.credited == []
    whole = D.project_report(demo, pid)
    assert whole.year is None and len(whole.years) >= 1
    assert whole.hours_total == sum(project_hours(demo, s.year).get(pid).total for s in whole.years)


def test_a_project_report_names_only_the_people_credited(demo: Database) -> None:
    exported = project_hours(demo, YEAR)
    pid = next(iter(exported))
    members = projects.project_participants(demo, pid)
    chosen = members[0]
    report = D.project_report(demo, pid, YEAR, credit=[chosen["participant_id"]])
    assert report.credited == [f"{chosen['first_name']} {chosen['last_name']}"]
    others = [m for m in members[1:] if m["last_name"] != chosen["last_name"]]
    assert all(m["last_name"] not in repr(report) for m in others)
    with pytest.raises(TiersLieuxError, match="ne participe pas"):
        D.project_report(demo, pid, YEAR, credit=["someone-else"])


def test_valuation_workbook_keeps_titles_as_text(demo: Database, tmp_path: Path) -> None:
    v = D.valuation(demo, YEAR)
    v.rows[0].title = '=HYPERLINK("http://x")'
    dest = write_valuation_xlsx(v, tmp_path / "v.xlsx")
    ws = load_workbook(dest).active
    cells = {row[0].value: row[1].value for row in ws.iter_rows(min_row=2, max_col=2) if row[0].value}
    assert Decimal(str(cells["Valorisation (€)"])) == v.volunteer_valuation
    assert Decimal(str(cells["864 Personnel bénévole (€)"])) == Decimal(str(cells["875 Bénévolat (€)"]))
    assert Decimal(str(cells["Heures de bénévolat"])) == v.volunteer_hours
    titles = [c for c in ws["A"] if c.value == '=HYPERLINK("http://x")']
    assert titles and titles[0].data_type == "s"
    assert not list(tmp_path.glob(".v.xlsx.*")), "no temporary file left"


def test_documents_need_the_structure(db: Database) -> None:
    with pytest.raises(NotFoundError, match="structure"):
        D.activity_report(db, YEAR)
