"""``tierslieux screenshots``: each main page rendered to PNG, offscreen (documentation, review).

The window is built as for a person, in the given language, on a copy of the given
database in a temporary folder; each page is shown, its background work awaited, then
grabbed. Nothing of the person's is touched: the database is only read (no lock, no
migration, no backup of it), and the preferences, backups and checks of the window
go to the temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

WAIT_LIMIT_S = 300.0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshots", help="enregistre une image PNG de chaque page de la fenêtre")
    p.add_argument("--db", required=True, help="base de données à afficher (non modifiée)")
    p.add_argument("--out", required=True, help="dossier où écrire les images")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="langue de l'interface")
    p.add_argument("--year", type=int, help="année du tableau de bord (par défaut : la plus récente)")
    p.add_argument("--size", default="1280x800", help="taille de la fenêtre, LARGEURxHAUTEUR")
    p.set_defaults(func=run)


def _size(text: str) -> tuple[int, int]:
    from ..core.errors import TiersLieuxError

    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise TiersLieuxError(
            f"taille « {text} » invalide (attendu : LARGEURxHAUTEUR, ex. 1280x800)"
        ) from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise TiersLieuxError(f"taille « {text} » hors limites (320x240 à 8000x8000)")
    return w, h


def _settle(window: QObject | None = None) -> None:
    """Let pending background work call back (ours, and pages' own thread pools), and the layout settle."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from ..ui.worker import running_tasks

    deadline = time.monotonic() + WAIT_LIMIT_S
    QApplication.processEvents()
    while time.monotonic() < deadline:
        pools = [QThreadPool.globalInstance(), *(window.findChildren(QThreadPool) if window else [])]
        if not running_tasks() and not any(p.activeThreadCount() for p in pools):
            break
        for pool in pools:
            pool.waitForDone(20)
        QApplication.processEvents()
    for _ in range(3):
        QApplication.processEvents()


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..core.errors import StorageError

    width, height = _size(args.size)
    source = Path(args.db)
    if source.is_dir():
        from ..core.db import directory_text

        raise StorageError(directory_text(source))
    if not source.is_file():
        raise StorageError(f"Le fichier « {args.db} » n'existe pas.")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    saved_home = os.environ.get("TIERSLIEUX_HOME")
    with tempfile.TemporaryDirectory(prefix="tierslieux-shots-") as tmp:
        os.environ["TIERSLIEUX_HOME"] = str(Path(tmp) / "home")  # backups, checks: not the user's
        try:
            written, missing = _shoot_copy(source, Path(tmp), out, args, width, height)
        finally:
            if saved_home is None:
                os.environ.pop("TIERSLIEUX_HOME", None)
            else:
                os.environ["TIERSLIEUX_HOME"] = saved_home
    for path in written:
        print(path)
    if missing:
        sys.stderr.write(f"Erreur : pages absentes de cette version : {', '.join(missing)}\n")
        return 1
    return 0


def _shoot_copy(
    source: Path, tmp: Path, out: Path, args: argparse.Namespace, width: int, height: int
) -> tuple[list[Path], list[str]]:
    from PySide6.QtCore import QSettings

    from ..core.backup import backup_file
    from ..core.errors import StorageError
    from ..core.services.projects import list_projects
    from ..core.storage import open_database, prepare_database
    from ..ui.app import create_application, install_translators
    from ..ui.context import AppContext
    from ..ui.main_window import PAGES, MainWindow
    from ..ui.settings import Preferences

    # Read-only checks of the source (ours, not newer, not damaged), then a consistent copy.
    prepare_database(source, readonly=True).abandon()
    copy = backup_file(source, tmp / source.name)
    create_application()
    install_translators(args.lang)
    db = open_database(copy)
    missing: list[str] = []
    written: list[Path] = []
    try:
        prefs = Preferences(QSettings(str(tmp / "shots.ini"), QSettings.Format.IniFormat))
        prefs.language = args.lang
        ctx = AppContext(db, args.lang)
        window = MainWindow(ctx, prefs)
        window.resize(width, height)
        window.show()
        _settle(window)

        def shoot(name: str) -> None:
            _settle(window)
            path = out / f"{len(written) + 1:02d}_{name}_{args.lang}.png"
            if not window.grab().save(str(path)):
                raise StorageError(f"Impossible d'écrire « {path} ».")
            written.append(path)

        for spec in PAGES:
            try:
                page = window.show_page(spec.key)
            except ModuleNotFoundError:
                missing.append(spec.key)
                continue
            if spec.key == "dashboard" and args.year is not None:
                page.select_year(args.year)
            shoot(spec.key)
            if spec.key == "structure":  # the year's jobs and changes, below the first screen
                page.show_jobs()
                shoot("structure_year")
            if spec.key == "projects":
                projects = list_projects(db)
                if projects:  # the longest title: the one that would widen the window
                    page.open_project(max(projects, key=lambda p: len(p["title"]))["id"])
                    shoot("project")
        window.close()
        _settle()
    finally:
        db.close()
    return written, missing
