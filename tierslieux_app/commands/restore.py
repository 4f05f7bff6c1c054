"""``tierslieux restore``: replace the database by a backup (the current file is backed up first)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("restore", help="restaure une sauvegarde (la base actuelle est d'abord sauvegardée)")
    p.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    p.add_argument("--from", dest="source", type=Path, required=True, help="fichier de sauvegarde")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core import paths
    from ..core.db import sqlite_path, to_url
    from ..core.errors import StorageError
    from ..core.recovery import restore_backup
    from ..core.storage import open_database

    path = sqlite_path(to_url(args.db or paths.default_db_location()))
    if path is None:
        raise StorageError("Seule une base enregistrée dans un fichier peut être restaurée.")
    if path.is_dir():
        from ..core.db import directory_text

        raise StorageError(directory_text(path))
    result = restore_backup(path, args.source)
    if result.safety_copy is not None:
        print(f"Base actuelle sauvegardée dans : {result.safety_copy}")
    if result.set_aside is not None:
        print(f"Base endommagée mise de côté : {result.set_aside}")
    open_database(path).close()  # an older backup is migrated now (with its own safety copy)
    print(f"Base restaurée depuis « {args.source} ».")
    return 0
