"""Dashboard: the figures shown are those of the aggregate services; findings open their record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tierslieux_app.core.services import (
    aggregates,
    funding,
    organisations,
    outputs,
    participants,
    projects,
    structure,
    time_entries,
)
from tierslieux_app.ui.pages.dashboard import DashboardPage, money, number


@pytest.fixture
def year_data(structure_db):
    db = structure_db
    structure.save_year(db, 2024, {"volunteer_hourly_rate": "20", "hours_per_fte": 1600})
    funder = organisations.create_organisation(db, {"name": "ADEME", "org_type": "etat", "sector": "public"})
    jardins = projects.create_project(
        db,
        {
            "title": "Jardins partagés",
            "status": "en_cours",
            "start_date": "2024-02-01",
            "themes": ["environnement"],
            "participation_level": "collaboratif",
        },
    )
    memoire = projects.create_project(db, {"title": "Mémoires du quartier", "status": "en_cours"})  # no start
    anne = participants.create_participant(
        db, {"first_name": "Anne", "last_name": "Dupont", "category": "benevole", "sector": "citoyen"}
    )
    karim = participants.create_participant(
        db,
        {"first_name": "Karim", "last_name": "Benali", "category": "chercheur_academique", "sector": "esr"},
    )
    for person in (anne, karim):
        for project in (jardins, memoire):
            projects.add_participant(
                db, {"participant_id": person["id"], "project_id": project["id"], "role": "contributeur"}
            )
    entries = [
        (anne, jardins, dt.date(2024, 3, 4), "3.5", "benevole"),
        (anne, jardins, dt.date(2024, 3, 11), "2", "benevole"),
        (karim, jardins, dt.date(2024, 5, 6), "7", "salarie"),
        (karim, memoire, dt.date(2024, 11, 5), "4.25", "mis_a_disposition"),
        (anne, memoire, dt.date(2023, 12, 28), "9", "benevole"),  # another year
    ]
    for person, project, day, hours, kind in entries:
        time_entries.create_entry(
            db,
            {
                "participant_id": person["id"],
                "project_id": project["id"],
                "date": day,
                "hours": hours,
                "time_type": kind,
                "activity": "analyse",
            },
        )
    outputs.create_output(
        db, {"project_id": jardins["id"], "title": "Rapport", "date": "2024-06-01", "output_type": "rapport"}
    )
    outputs.create_output(db, {"project_id": jardins["id"], "title": "Sans type", "date": "2024-07-01"})
    funding.create_funding(
        db,
        {
            "project_id": jardins["id"],
            "funder_id": funder["id"],
            "programme": "ademe_co3",
            "amount": "12500.50",
            "year": 2024,
            "nature": "subvention",
        },
    )
    return {"memoire": memoire["id"]}


def _page(qtbot, ctx, wait_idle) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.refresh()
    wait_idle()
    qtbot.waitUntil(lambda: page.data is not None and not page.loading, timeout=10_000)
    return page


def _choose_year(qtbot, page: DashboardPage, year: int, wait_idle) -> None:
    combo = page.year_combo
    combo.setFocus()
    while combo.currentData() != year:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentData() > year else Qt.Key.Key_Up)
        assert combo.currentIndex() != before, f"year {year} not offered"
    wait_idle()
    qtbot.waitUntil(lambda: page.data is not None and page.data["year"] == year and not page.loading)


def test_figures_match_the_aggregate_service(qtbot, ctx, year_data, wait_idle):
    page = _page(qtbot, ctx, wait_idle)
    _choose_year(qtbot, page, 2024, wait_idle)
    expected = aggregates.year_figures(ctx.db, 2024)
    shown = {key: card.value.text() for key, card in page.cards.items()}
    assert shown["hours_total"] == number(expected.hours_total, 2) == "16,75"
    assert shown["hours_benevole"] == number(expected.hours_by_type["benevole"], 2) == "5,5"
    assert shown["hours_salarie"] == number(expected.hours_by_type["salarie"], 2) == "7"
    assert shown["hours_mis_a_disposition"] == number(expected.hours_by_type["mis_a_disposition"], 2)
    assert shown["fte_total"] == number(expected.fte_total, 2) == "0,01"
    assert shown["volunteer_valuation"] == money(expected.volunteer_valuation) == "110,00\u00a0€"
    assert "20,00\u00a0€" in page.cards["volunteer_valuation"].note.text()  # the rate is shown
    assert shown["active_projects"] == str(expected.active_projects) == "2"
    assert shown["participants_total"] == str(expected.participants_total) == "2"
    assert shown["outputs_total"] == str(expected.outputs_total) == "2"
    assert "1 Rapport" in page.cards["outputs_total"].note.text()
    assert shown["funding_total"] == money(expected.funding_total)
    assert shown["funding_total"].replace("\u202f", " ").replace("\u00a0", " ") == "12 500,50 €"
    # the month chart holds the same hours as the service, by time type
    series = page.month_view.chart().series()[0]
    by_type = {bar.label(): sum(bar.at(i) for i in range(bar.count())) for bar in series.barSets()}
    assert by_type == {"Bénévole": 5.5, "Salarié": 7.0, "Mis à disposition": 4.25}


def test_other_year_shows_its_own_figures(qtbot, ctx, year_data, wait_idle):
    page = _page(qtbot, ctx, wait_idle)
    _choose_year(qtbot, page, 2023, wait_idle)
    assert page.cards["hours_total"].value.text() == "9"
    assert page.cards["hours_benevole"].value.text() == "9"


def test_new_data_refreshes_the_figures(qtbot, ctx, year_data, wait_idle):
    page = _page(qtbot, ctx, wait_idle)
    _choose_year(qtbot, page, 2024, wait_idle)
    person = participants.list_participants(ctx.db)[0]
    time_entries.create_entry(
        ctx.db,
        {
            "participant_id": person["id"],
            "project_id": year_data["memoire"],
            "date": "2024-12-01",
            "hours": "1",
            "time_type": "benevole",
            "activity": "analyse",
        },
    )
    ctx.data_changed.emit("time_entry")
    wait_idle()
    qtbot.waitUntil(lambda: page.cards["hours_total"].value.text() == "17,75")


def test_a_finding_opens_the_record_to_fix(qtbot, ctx, year_data, wait_idle):
    page = _page(qtbot, ctx, wait_idle)
    _choose_year(qtbot, page, 2024, wait_idle)
    texts = [page.findings.item(i).text() for i in range(page.findings.count())]
    row = next(i for i, t in enumerate(texts) if "sans date de début" in t)
    assert texts[row].startswith("Bloquant")
    page.findings.setFocus()
    page.findings.setCurrentRow(row)
    with qtbot.waitSignal(ctx.open_field, timeout=2000) as opened:
        qtbot.keyClick(page.findings, Qt.Key.Key_Return)
    assert opened.args == ["project", year_data["memoire"], "start_date"]
    # the year's facts are missing for 2023: the line opens the structure page on that year
    _choose_year(qtbot, page, 2023, wait_idle)
    texts = [page.findings.item(i).text() for i in range(page.findings.count())]
    row = next(i for i, t in enumerate(texts) if "chiffres de l'année 2023" in t)
    rect = page.findings.visualItemRect(page.findings.item(row))
    qtbot.mouseClick(page.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(ctx.open_field, timeout=2000) as opened:
        qtbot.mouseDClick(page.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["structure_year", "2023", ""]


def test_default_year_is_the_one_to_report():
    from tierslieux_app.ui.pages.dashboard import default_year

    assert default_year([2027, 2026, 2025, 2024], None, 2026) == 2025  # the year just ended
    assert default_year([2027, 2026, 2025, 2024], 2024, 2026) == 2024  # the last one looked at
    assert default_year([2027, 2026, 2025, 2024], 2019, 2026) == 2025  # …if it has data
    assert default_year([2023, 2022], None, 2026) == 2023
    assert default_year([2030], None, 2026) == 2030
    assert default_year([], None, 2026) == 2026


def test_figures_are_announced_with_their_year_once_final(qtbot, ctx, year_data, wait_idle):
    page = _page(qtbot, ctx, wait_idle)
    combo = page.year_combo
    combo.setFocus()
    expected = aggregates.year_figures(ctx.db, 2023)
    with qtbot.waitSignal(page.figures_shown, timeout=10_000, check_params_cb=lambda y: y == 2023):
        while combo.currentData() != 2023:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    # the cards hold the year's figures when the signal comes, charts and findings may follow
    assert page.cards["hours_total"].value.text() == number(expected.hours_total, 2) == "9"
    assert page.cards["participants_total"].value.text() == "1"
    wait_idle()
    qtbot.waitUntil(lambda: not page.loading)
    assert page.data is not None and page.data["year"] == 2023
    series = page.month_view.chart().series()[0]
    assert sum(bar.at(11) for bar in series.barSets()) == 9.0  # December 2023


def test_in_memory_database_shows_figures_and_charts(qtbot, qapp, db, sample, wait_idle):
    """An in-memory database (no second connection possible) is read in one go."""
    from tierslieux_app.ui.context import AppContext

    time_entries.create_entry(
        db,
        {
            "participant_id": sample["anne"],
            "project_id": sample["project"],
            "date": "2024-04-02",
            "hours": "6.5",
            "time_type": "benevole",
            "activity": "animation",
        },
    )
    page = DashboardPage(AppContext(db, "fr"))
    qtbot.addWidget(page)
    page.show()
    page.select_year(2024)
    wait_idle()
    qtbot.waitUntil(lambda: page.data is not None and page.data["year"] == 2024 and not page.loading)
    assert page.cards["hours_total"].value.text() == "6,5"
    assert page.cards["hours_benevole"].value.text() == "6,5"
    assert [p["title"] for p in page.data["projects"]] == ["Jardins partagés"]
    series = page.project_view.chart().series()[0]
    assert sum(bar.at(0) for bar in series.barSets()) == 6.5
