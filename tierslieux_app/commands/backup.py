"""``tierslieux backup``: a verified copy of the database (online backup API), or the list of copies."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="sauvegarde la base de données (copie vérifiée)")
    p.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    p.add_argument("--out", type=Path, help="fichier de sauvegarde (par défaut : dossier des sauvegardes)")
    p.add_argument("--list", action="store_true", help="liste les sauvegardes existantes")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core import paths
    from ..core.backup import backup_path, list_backups, prune_backups
    from ..core.db import sqlite_path, to_url
    from ..core.errors import StorageError

    path = sqlite_path(to_url(args.db or paths.default_db_location()))
    if path is None:
        raise StorageError("Seule une base enregistrée dans un fichier peut être sauvegardée.")
    if args.list:
        for info in list_backups(path):
            print(f"{info.taken:%Y-%m-%d %H:%M:%S}  {info.size / 1e6:8.2f} Mo  {info.label:<28} {info.path}")
        return 0
    dest = backup_path(path, "manuelle", args.out)
    if args.out is None:
        prune_backups(path)
    print(f"Sauvegarde vérifiée : {dest}")
    return 0
