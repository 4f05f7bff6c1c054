"""One request → its documents, for the command line and the window alike.

``build`` reads the figures (``core.documents``) and lays them out (``html``, painted by ``render``);
``write`` is a generator yielding ``(done, total)`` after each file, for
``ui.worker.run_in_background`` and the command's ``--progress``, and returns the paths
written. No widget here: it runs in a worker thread or without a display (a
``QGuiApplication`` is created on demand, offscreen when there is no screen).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

from ...core import documents as D
from ...core.db import Database
from ...core.documents.xlsx import write_valuation_xlsx
from ...core.errors import TiersLieuxError
from .html import Rendered, Signatory, activity_html, attestation_html, project_html, valuation_html
from .render import write_pdf, write_pdfs


@dataclass
class Request:
    kind: str  # one of core.documents.DOCUMENT_KINDS
    year: int | None = None
    participant_id: str | None = None  # attestation: None = every volunteer of the year
    project_id: str | None = None
    lang: str = "fr"
    signatory: Signatory = field(default_factory=Signatory)
    credit: list[str] = field(default_factory=list)  # bilan-projet: people the lead chooses to name
    method: str | None = None  # valorisation: how the rate was chosen
    xlsx: bool = False  # valorisation: the workbook instead of the PDF

    @property
    def batch(self) -> bool:
        return self.kind == "attestation" and self.participant_id is None


def ensure_application() -> None:
    """A Qt application for fonts and painting; offscreen if none runs (command line)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def check(request: Request) -> None:
    """The request's own consistency, as one French sentence."""
    if request.kind not in D.DOCUMENT_KINDS:
        raise TiersLieuxError(
            f"Document « {request.kind} » inconnu : choisissez parmi {', '.join(D.DOCUMENT_KINDS)}."
        )
    if request.kind != "bilan-projet" and request.year is None:
        raise TiersLieuxError("Indiquez l’année du document (--year AAAA).")
    if request.year is not None and not 1990 <= request.year <= 2100:
        raise TiersLieuxError(f"Année {request.year} hors de la plage 1990–2100 : corrigez --year.")
    if request.kind == "bilan-projet" and not request.project_id:
        raise TiersLieuxError("Indiquez le projet du bilan (--project ID).")
    if request.xlsx and request.kind != "valorisation":
        raise TiersLieuxError(
            "Seule la valorisation du bénévolat s’exporte en XLSX : écrivez un fichier .pdf."
        )


def build(db: Database, request: Request) -> list[Rendered]:
    """The laid-out documents of the request (several for a batch of attestations)."""
    check(request)
    lang, sign = request.lang, request.signatory
    if request.kind == "attestation":
        assert request.year is not None
        ids = None if request.participant_id is None else [request.participant_id]
        return [attestation_html(a, lang, sign) for a in D.attestations(db, request.year, ids)]
    if request.kind == "bilan-projet":
        assert request.project_id is not None
        return [
            project_html(D.project_report(db, request.project_id, request.year, request.credit), lang, sign)
        ]
    assert request.year is not None
    if request.kind == "valorisation":
        return [valuation_html(D.valuation(db, request.year, request.method), lang, sign)]
    return [activity_html(D.activity_report(db, request.year), lang, sign)]


def _destination(out: Path, stem: str, suffix: str, many: bool) -> Path:
    if many or out.is_dir() or not out.suffix:
        return out / f"{stem}{suffix}"
    return out


def write(db: Database, request: Request, out: Path) -> Generator[tuple[int, int], None, list[Path]]:
    """Write the request's file(s) at ``out`` (a file, or a folder: standard names inside)."""
    ensure_application()
    out = Path(out)
    check(request)
    if request.batch and out.suffix and not out.is_dir():
        raise TiersLieuxError(
            "Les attestations de tous les bénévoles vont dans un dossier : donnez un dossier à --out, "
            "ou choisissez une personne (--participant ID)."
        )
    if request.xlsx:
        assert request.year is not None
        valuation = D.valuation(db, request.year, request.method)
        stem = (
            "valorisation-benevolat" if request.lang == "fr" else "volunteer-valuation"
        ) + f"_{request.year}"
        path = write_valuation_xlsx(valuation, _destination(out, stem, ".xlsx", False), request.lang)
        yield 1, 1
        return [path]
    documents = build(db, request)
    if request.batch and not documents:
        raise TiersLieuxError(
            f"Aucun bénévole n’a déclaré d’heures en {request.year} : aucune attestation à produire."
        )
    if len(documents) == 1:
        path = write_pdf(documents[0], _destination(out, documents[0].file_stem, ".pdf", request.batch))
        yield 1, 1
        return [path]
    # A batch: documents painted into one PDF a chunk at a time (fonts embedded once a chunk),
    # split into a file each (render.write_pdfs); progress after each file.
    paths = [_destination(out, r.file_stem, ".pdf", True) for r in documents]
    for done, _path in enumerate(write_pdfs(documents, paths), 1):
        yield done, len(documents)
    return paths


def write_all(
    db: Database, request: Request, out: Path, progress: Callable[[int, int], None] | None = None
) -> list[Path]:
    """``write`` run to its end (``progress(done, total)`` after each file, if given)."""
    gen = write(db, request, out)
    while True:
        try:
            done, total = next(gen)
        except StopIteration as stop:
            return stop.value
        if progress is not None:
            progress(done, total)
