"""The export's own year queries give the figures the services give (one pass instead of several)."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal

from test_export_data import YEAR, build_year


def test_project_hours_match_the_service_aggregates_and_distinct_people(db):
    from sqlalchemy import func, select

    from tierslieux_app.core.export.figures import project_hours
    from tierslieux_app.core.models import TimeEntry
    from tierslieux_app.core.services.aggregates import hours_by_project

    ids = build_year(db, entries=600)
    ours = project_hours(db, YEAR)
    service = {r["project_id"]: r for r in hours_by_project(db, YEAR)}
    assert set(ours) == set(service) == set(ids["active"])
    with db.read() as session:
        people = dict(
            session.execute(
                select(TimeEntry.project_id, func.count(func.distinct(TimeEntry.participant_id)))
                .where(func.substr(TimeEntry.date, 1, 4) == str(YEAR))
                .group_by(TimeEntry.project_id)
            ).all()
        )
    for project, figures in ours.items():
        assert figures.total == service[project]["total"]
        for kind in ("benevole", "salarie", "mis_a_disposition"):
            assert figures.by_type.get(kind, Decimal(0)) == service[project][kind]
        assert figures.people == people[project] > 1
        assert str(figures.total).count(".") == 1 and len(str(figures.total).split(".")[1]) == 2


def test_projets_rows_count_the_people_seen_in_temps(db, tmp_path):
    from tierslieux_app.core.export.exporter import export_year

    build_year(db, entries=300)
    result = export_year(db, YEAR, tmp_path / "annee.zip", "datapackage", accept_warnings=True)
    with zipfile.ZipFile(result.path) as zf:

        def rows(name: str) -> list[dict[str, str]]:
            return list(csv.DictReader(io.TextIOWrapper(zf.open(f"{name}.csv"), encoding="utf-8")))

        temps, projets = rows("temps"), rows("projets")
    seen: dict[str, set[str]] = {}
    for r in temps:
        seen.setdefault(r["projet_id"], set()).add(r["pid"])
    assert len(projets) == 4 and len(seen) == 4
    for p in projets:
        assert int(p["participants_distincts"]) == len(seen.get(p["projet_id"], set()))


def _dashboard_values(db, year: int) -> dict[str, object]:
    """The ``indicateurs`` values as services.aggregates.year_figures (the dashboard) defines them."""
    from tierslieux_app.core.services.aggregates import year_figures

    fig = year_figures(db, year)
    values: dict[str, object] = {"heures_total": fig.hours_total, "heures_par_etp": fig.hours_per_fte}
    values.update({f"heures_{t}": h for t, h in fig.hours_by_type.items()})
    values["etp_total"] = fig.fte_total
    values.update({f"etp_{t}": v for t, v in fig.fte_by_type.items()})
    values["valorisation_horaire_benevolat"] = fig.volunteer_hourly_rate
    values["valorisation_benevolat"] = fig.volunteer_valuation
    values["projets_actifs"] = fig.active_projects
    values["participants_total"] = fig.participants_total
    values.update({f"participants_{c}": n for c, n in fig.participants_by_category.items()})
    values["productions_total"] = fig.outputs_total
    values.update({f"productions_{c}": n for c, n in fig.outputs_by_type.items()})
    values["financements_total"] = fig.funding_total
    values.update({f"financements_{p}": a for p, a in fig.funding_by_programme.items()})
    return values


def test_indicators_are_the_dashboard_figures(db):
    from tierslieux_app.core.export.figures import indicator_values, project_hours
    from tierslieux_app.core.export.tables import year_tables
    from tierslieux_app.core.format.descriptor import load

    build_year(db, entries=500)
    ours = indicator_values(db, YEAR, project_hours(db, YEAR))
    dashboard = _dashboard_values(db, YEAR)
    assert ours == dashboard
    assert ours["participants_total"] == 6 and ours["productions_total"] == 4
    for year in (YEAR - 1, YEAR + 1):  # a year with little or nothing in it
        assert indicator_values(db, year, project_hours(db, year)) == _dashboard_values(db, year)
    d = load()
    table = next(t for t in year_tables(db, YEAR, d) if t.spec.name == "indicateurs")
    rows = {code: value for code, _, value, _ in table.rows()}
    assert set(rows) == {c.code for c in d.codes("indicateur")}
    assert rows["heures_total"] == dashboard["heures_total"] > 0
