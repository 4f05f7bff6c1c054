"""``tierslieux document``, in a real process without a display: A4 PDFs that poppler opens,
whose printed figures are the export's and the dashboard's for the same year and scope."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from documents_pdf import assert_a4_pdf, first_page_png, needs_poppler, pdf_text, value_on_line

from tierslieux_app.core import documents as D
from tierslieux_app.core.export.figures import indicator_values, project_hours
from tierslieux_app.core.services import aggregates
from tierslieux_app.core.storage import open_database

pytestmark = needs_poppler
YEAR = 2025


@pytest.fixture(scope="module")
def expected(demo_path: Path) -> dict:
    db = open_database(demo_path, readonly=True)
    try:
        per_project = project_hours(db, YEAR)
        project = max(per_project, key=lambda p: per_project[p].total)
        person = D.volunteers_of_year(db, YEAR)[0]
        with db.read() as session:
            from sqlalchemy import select

            from tierslieux_app.core.models import Participant

            pid, first, last = session.execute(
                select(Participant.pid, Participant.first_name, Participant.last_name).where(
                    Participant.id == person
                )
            ).one()
        temps: dict[str, Decimal] = defaultdict(Decimal)
        for row in aggregates.hours_detail(db, YEAR):  # the export's ``temps`` rows of that person
            if row["pid"] == pid:
                temps[row["time_type"]] += row["hours"]
                temps["total"] += row["hours"]
        return {
            "dashboard": aggregates.year_figures(db, YEAR),
            "export": indicator_values(db, YEAR, per_project),
            "project": project,
            "project_hours": per_project[project],
            "person": person,
            "person_name": f"{first} {last}",
            "temps": temps,
            "volunteers": D.volunteers_of_year(db, YEAR),
        }
    finally:
        db.close()


def tierslieux(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TIERSLIEUX_HOME"] = str(home)  # no display, no QT_QPA_PLATFORM: the command copes alone
    return subprocess.run(
        [sys.executable, "-m", "tierslieux_app", "document", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=Path(__file__).resolve().parent.parent,
    )


def make(tmp_path: Path, demo_path: Path, *args: str) -> Path:
    out = tmp_path / "out.pdf"
    done = tierslieux(tmp_path, *args, "--db", str(demo_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert f"Fichier écrit\u00a0: {out}" in done.stdout
    assert_a4_pdf(out)
    first_page_png(out, tmp_path / "page1")
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_activity_report(tmp_path: Path, demo_path: Path, expected: dict, lang: str) -> None:
    text = pdf_text(make(tmp_path, demo_path, "rapport-activite", "--year", str(YEAR), "--lang", lang))
    fig, export = expected["dashboard"], expected["export"]
    labels = {
        "fr": ("Heures de recherche participative", "Projets actifs", "Personnes ayant déclaré des heures",
               "Valorisation du temps bénévole", "Productions", "Financements de l’année",
               "Équivalent temps plein"),
        "en": ("Hours of participatory research", "Active projects", "People who recorded hours",
               "Value of volunteer time", "Outputs", "Funding of the year", "Full-time equivalent"),
    }[lang]  # fmt: skip
    hours, active, people, valuation, outputs, funding, fte = (value_on_line(text, lb, lang) for lb in labels)
    assert hours == fig.hours_total == export["heures_total"]
    assert active == fig.active_projects == export["projets_actifs"]
    assert people == fig.participants_total == export["participants_total"]
    assert valuation == fig.volunteer_valuation == export["valorisation_benevolat"]
    assert outputs == fig.outputs_total == export["productions_total"]
    assert funding == fig.funding_total == export["financements_total"]
    assert fte == fig.fte_total == export["etp_total"]
    assert ("Page 1 sur" if lang == "fr" else "Page 1 of") in text
    assert expected["person_name"] not in text, "a report names nobody"


def test_valuation_pdf_and_workbook(tmp_path: Path, demo_path: Path, expected: dict) -> None:
    text = pdf_text(make(tmp_path, demo_path, "valorisation", "--year", str(YEAR), "--method", "SMIC chargé"))
    export = expected["export"]
    assert value_on_line(text, "Heures de bénévolat") == export["heures_benevole"]
    assert value_on_line(text, "Valorisation du temps bénévole") == export["valorisation_benevolat"]
    assert value_on_line(text, "864") == value_on_line(text, "875") == export["valorisation_benevolat"]
    assert value_on_line(text, "Taux horaire") == export["valorisation_horaire_benevolat"]
    assert "Méthode de valorisation : SMIC chargé" in text  # pdftotext gives the no-break space as a space
    xlsx = tmp_path / "valorisation.xlsx"
    done = tierslieux(
        tmp_path, "valorisation", "--db", str(demo_path), "--year", str(YEAR), "--out", str(xlsx)
    )
    assert done.returncode == 0, done.stderr
    from openpyxl import load_workbook

    cells = {r[0].value: r[1].value for r in load_workbook(xlsx).active.iter_rows(max_col=2) if r[0].value}
    assert Decimal(str(cells["Valorisation (€)"])) == export["valorisation_benevolat"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_attestation_of_one_person(tmp_path: Path, demo_path: Path, expected: dict, lang: str) -> None:
    args = ("attestation", "--year", str(YEAR), "--participant", expected["person"], "--lang", lang)
    text = pdf_text(make(tmp_path, demo_path, *args, "--signatory", "Léa Martin", "--role", "Présidente"))
    temps = expected["temps"]
    assert value_on_line(text, "Total", lang) == temps["total"] > 0
    assert value_on_line(text, "Bénévole" if lang == "fr" else "Volunteer", lang) == temps["benevole"]
    assert expected["person_name"] in text
    assert "Léa Martin" in text and "Présidente" in text
    assert "SIRET" in text


def test_project_report_of_a_year(tmp_path: Path, demo_path: Path, expected: dict) -> None:
    text = pdf_text(
        make(tmp_path, demo_path, "bilan-projet", "--project", expected["project"], "--year", str(YEAR))
    )
    hours = expected["project_hours"]
    assert value_on_line(text, "Total") == hours.total
    assert value_on_line(text, "Bénévole") == hours.by_type.get("benevole", Decimal(0))
    assert value_on_line(text, "Personnes ayant contribué") == hours.people
    assert expected["person_name"] not in text


def test_batch_attestations_one_file_per_volunteer(tmp_path: Path, demo_path: Path, expected: dict) -> None:
    out = tmp_path / "attestations"
    done = tierslieux(tmp_path, "attestation", "--db", str(demo_path), "--year", str(YEAR), "--out", str(out),
                      "--progress")  # fmt: skip
    assert done.returncode == 0, done.stderr
    files = sorted(out.glob("*.pdf"))
    assert len(files) == len(expected["volunteers"]) > 1
    assert f"avancement {len(files)}/{len(files)}" in done.stdout
    for path in files[:3]:
        assert_a4_pdf(path)


def test_mistakes_are_one_french_sentence(tmp_path: Path, demo_path: Path) -> None:
    db = ("--db", str(demo_path))
    cases = [
        (("bilan-projet", *db, "--out", str(tmp_path / "x.pdf")), "Indiquez le projet du bilan"),
        (("rapport-activite", *db, "--out", str(tmp_path / "x.pdf")), "Indiquez l’année"),
        (("attestation", *db, "--year", str(YEAR), "--out", str(tmp_path / "x.pdf")), "dans un dossier"),
        (("rapport-activite", *db, "--year", str(YEAR), "--out", str(tmp_path / "x.xlsx")), "XLSX"),
        (("attestation", *db, "--year", "1900", "--out", str(tmp_path)), "hors de la plage"),
    ]
    for args, message in cases:
        done = tierslieux(tmp_path, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.pdf"))
