"""Yearly aggregates and the dashboard on the demo database.

1. The dashboard's yearly aggregates (``year_figures`` and ``year_charts``: key figures,
   hours by month, hours by project) of the busiest year. Baseline: the same GROUP BY
   queries written as plain SQL strings, run with the stdlib ``sqlite3`` module on the same
   file and turned into the same numbers (checked equal, so the baseline does all the work).
2. The real dashboard page (offscreen): from asking it to show a year until the cards hold
   that year's final figures. Absolute target: 1 s.

Both measure the run's demo database (``demo_database``: at the current schema head,
indexes included).
"""

from __future__ import annotations

import os
import sqlite3
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from ._common import Result, demo_database, timed

REPEAT = 5
TOP = 10  # projects in the dashboard's chart

PARAMS_SQL = "SELECT volunteer_hourly_rate, hours_per_fte FROM structure_year WHERE year = ?"
BY_TYPE_SQL = """
SELECT time_type, sum(hours) FROM time_entry WHERE date BETWEEN ? AND ? GROUP BY time_type
"""
PEOPLE_SQL = """
SELECT category, count(*) FROM participant
WHERE id IN (SELECT participant_id FROM time_entry WHERE date BETWEEN ? AND ?) GROUP BY category
"""
OUTPUTS_SQL = "SELECT output_type, count(*) FROM output WHERE date BETWEEN ? AND ? GROUP BY output_type"
FUNDING_SQL = "SELECT programme, sum(amount) FROM funding WHERE year = ? GROUP BY programme"
PROJECTS_SQL = """
SELECT count(*) FROM project
WHERE (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)
"""
CHARTS_SQL = """
SELECT c.project_id, p.title, c.month, c.time_type, c.hours
FROM (SELECT project_id, substr(date, 1, 7) AS month, time_type, sum(hours) AS hours
      FROM time_entry WHERE date BETWEEN ? AND ? GROUP BY project_id, month, time_type) AS c
JOIN project p ON p.id = c.project_id
"""


def _cents(value: int | None) -> Decimal:
    return Decimal(value or 0).scaleb(-2)


def _round(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def bare_aggregates(conn: sqlite3.Connection, year: int) -> dict[str, Any]:
    """The dashboard's numbers of a year with plain sqlite3 and the same GROUP BYs."""
    from tierslieux_app.core import vocab as V
    from tierslieux_app.core.services.structure import DEFAULT_HOURS_PER_FTE, DEFAULT_VOLUNTEER_RATE

    first, last = f"{year}-01-01", f"{year}-12-31"
    row = conn.execute(PARAMS_SQL, (year,)).fetchone()
    rate = _cents(row[0]) if row else Decimal(DEFAULT_VOLUNTEER_RATE)
    per_fte = int(row[1]) if row else int(DEFAULT_HOURS_PER_FTE)
    by_type = {t: Decimal("0.00") for t in V.TIME_TYPE.codes}
    by_type.update({t: _cents(h) for t, h in conn.execute(BY_TYPE_SQL, (first, last))})
    people = dict.fromkeys(V.PARTICIPANT_CATEGORY.codes, 0)
    people.update(conn.execute(PEOPLE_SQL, (first, last)).fetchall())
    outputs = {**dict.fromkeys(V.OUTPUT_TYPE.codes, 0), "non_renseigne": 0}
    for t, n in conn.execute(OUTPUTS_SQL, (first, last)):
        outputs[t or "non_renseigne"] = n
    funding = {p: Decimal("0.00") for p in V.PROGRAMME.codes}
    funding.update({p: _cents(a) for p, a in conn.execute(FUNDING_SQL, (year,))})
    total = sum(by_type.values(), Decimal("0.00"))
    months = {f"{year}-{m:02d}": {t: Decimal("0.00") for t in V.TIME_TYPE.codes} for m in range(1, 13)}
    projects: dict[str, dict[str, Any]] = {}
    for pid, title, month, t, h in conn.execute(CHARTS_SQL, (first, last)):
        months[month][t] += _cents(h)
        row = projects.setdefault(pid, {"project_id": pid, "title": title, "total": Decimal("0.00")})
        row[t] = row.get(t, Decimal("0.00")) + _cents(h)
        row["total"] += _cents(h)
    for row in projects.values():
        for t in V.TIME_TYPE.codes:
            row.setdefault(t, Decimal("0.00"))
    return {
        "hours_by_type": by_type,
        "hours_total": total,
        "fte_total": _round(total / per_fte),
        "volunteer_valuation": _round(by_type["benevole"] * rate),
        "participants_by_category": people,
        "outputs_by_type": outputs,
        "funding_by_programme": funding,
        "active_projects": conn.execute(PROJECTS_SQL, (last, first)).fetchone()[0],
        "months": months,
        "projects": sorted(projects.values(), key=lambda r: (-r["total"], r["title"]))[:TOP],
    }


def our_aggregates(db: Any, year: int) -> dict[str, Any]:
    """What the dashboard reads for a year's figures and charts, through the services."""
    from tierslieux_app.core.services import aggregates

    figures = aggregates.year_figures(db, year)
    months, projects = aggregates.year_charts(db, year, TOP)
    return {"figures": figures, "months": months, "projects": projects}


def _same(ours: dict[str, Any], bare: dict[str, Any]) -> None:
    f = ours["figures"]
    for key in (
        "hours_by_type",
        "hours_total",
        "fte_total",
        "volunteer_valuation",
        "participants_by_category",
        "outputs_by_type",
        "funding_by_programme",
        "active_projects",
    ):
        assert getattr(f, key) == bare[key], f"{key}: {getattr(f, key)!r} != {bare[key]!r}"
    assert ours["months"] == bare["months"], "hours by month differ"
    assert ours["projects"] == bare["projects"], "hours by project differ"


def _busiest_year(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        year, _count = conn.execute(
            "SELECT substr(date, 1, 4), count(*) FROM time_entry GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT 1"
        ).fetchone()
        total = conn.execute("SELECT count(*) FROM time_entry").fetchone()[0]
    finally:
        conn.close()
    return int(year), total


def _expected_cards(db: Any, year: int) -> dict[str, str]:
    from tierslieux_app.core.services import aggregates
    from tierslieux_app.ui.pages.dashboard_widgets import money, number

    f = aggregates.year_figures(db, year)
    return {
        "hours_total": number(f.hours_total, 2),
        "hours_benevole": number(f.hours_by_type["benevole"], 2),
        "participants_total": number(f.participants_total),
        "active_projects": number(f.active_projects),
        "outputs_total": number(f.outputs_total),
        "volunteer_valuation": money(f.volunteer_valuation),
        "funding_total": money(f.funding_total),
    }


def _figures_time(page: Any, year: int, expected: dict[str, str], ask: Any) -> float:
    """Seconds from ``ask()`` until the page says the cards hold ``year`` (checked final)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    shown: list[float] = []

    def on_shown(y: int) -> None:
        if y == year and not shown:
            shown.append(time.perf_counter())
            loop.quit()

    page.figures_shown.connect(on_shown)
    QTimer.singleShot(120_000, loop.quit)
    t0 = time.perf_counter()
    ask()
    if not shown:
        loop.exec()
    page.figures_shown.disconnect(on_shown)
    assert shown, f"the dashboard never showed {year}"
    cards = {key: page.cards[key].value.text() for key in expected}
    assert cards == expected, f"cards {cards} != {expected}"
    return shown[0] - t0


def _wait_idle(app: Any) -> None:
    from tierslieux_app.ui.worker import running_tasks

    deadline = time.perf_counter() + 120
    while running_tasks() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)


def _dashboard(path: Path, year: int, other: int, workdir: Path) -> tuple[float, float]:
    """Best of 3: opening the page on ``year``; switching it to ``other``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tierslieux_app.core.storage import open_database
    from tierslieux_app.ui.context import AppContext
    from tierslieux_app.ui.pages.dashboard import DashboardPage
    from tierslieux_app.ui.settings import Preferences

    app = QApplication.instance() or QApplication([])
    db = open_database(path, readonly=True)
    try:
        expected = {y: _expected_cards(db, y) for y in (year, other)}
        ctx = AppContext(db, "fr")
        opening, switching = float("inf"), float("inf")
        for _ in range(3):
            Preferences().last_year = year  # the page opens on the year looked at last
            page = DashboardPage(ctx)
            page.resize(1280, 900)
            page.show()
            app.processEvents()
            opening = min(opening, _figures_time(page, year, expected[year], page.refresh))
            _wait_idle(app)
            switching = min(
                switching, _figures_time(page, other, expected[other], lambda p=page: p.select_year(other))
            )
            _wait_idle(app)
            page.close()
            page.deleteLater()
            app.processEvents()
    finally:
        db.close()
    return opening, switching


def run(size: str, workdir: Path) -> list[Result]:
    from tierslieux_app.core.storage import open_database

    home = os.environ.get("TIERSLIEUX_HOME")
    os.environ["TIERSLIEUX_HOME"] = str(workdir / "home-aggregates")  # the page's preferences
    try:
        path = demo_database(workdir, size)
        year, entries = _busiest_year(path)
        db = open_database(path, readonly=True)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            our_aggregates(db, year)  # first run: page cache warm for both sides
            bare_aggregates(conn, year)
            ours, got = timed(lambda: our_aggregates(db, year), REPEAT)
            bare, want = timed(lambda: bare_aggregates(conn, year), REPEAT)
            _same(got, want)
        finally:
            conn.close()
            db.close()
        other = year - 1
        opening, switching = _dashboard(path, year, other, workdir)
    finally:
        if home is None:
            os.environ.pop("TIERSLIEUX_HOME", None)
        else:
            os.environ["TIERSLIEUX_HOME"] = home
    label = f"{entries:,} saisies".replace(",", " ")
    judged = size == "full"
    return [
        Result(
            f"Agrégats annuels du tableau de bord ({label}, année {year})",
            ours,
            bare,
            "s",
            2.0 if judged else None,
            "mêmes GROUP BY en SQL brut (sqlite3)",
            f"chiffres clés + heures par mois et par projet, meilleur de {REPEAT}",
        ),
        Result(
            f"Tableau de bord ({label}) : chiffres de {year} affichés à l'ouverture",
            opening,
            1.0,
            "s",
            1.0 if judged else None,
            "cible absolue : 1 s",
            "page réelle, meilleur de 3",
        ),
        Result(
            f"Tableau de bord ({label}) : chiffres affichés en passant à {other}",
            switching,
            1.0,
            "s",
            1.0 if judged else None,
            "cible absolue : 1 s",
            "page réelle, meilleur de 3",
        ),
    ]
