"""``tierslieux check``: integrity, foreign keys and schema revision of a database."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="vérifie l'intégrité d'une base de données")
    p.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.errors import NotTiersLieuxError
    from ..core.integrity import CorruptDatabaseError, check_database

    try:
        report = check_database(args.db)
    except (CorruptDatabaseError, NotTiersLieuxError) as exc:  # the check's answer: not sound
        sys.stderr.write(f"Erreur : {exc}\n")
        return 1
    for line in report.lines:
        print(line)
    if not report.ok:
        sys.stderr.write("Erreur : la base de données n'est pas saine (voir ci-dessus).\n")
        return 1
    return 0
