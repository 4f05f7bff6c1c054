"""``tierslieux demo --db FICHIER [--seed N] [--size small|large]``: a reproducible demo database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="crée une base de démonstration réaliste et reproductible",
        description="Crée une base de démonstration (structure, projets, participants, heures…). "
        "La même graine donne exactement les mêmes données. La base doit être nouvelle ou vide.",
    )
    p.add_argument("--db", required=True, help="fichier de la nouvelle base (par ex. demo.sqlite3)")
    p.add_argument("--seed", type=int, default=1, help="graine du tirage (par défaut : 1)")
    p.add_argument(
        "--size",
        choices=["small", "large"],
        default="small",
        help="small : 12 projets, 5 000 heures ; large : 400 projets, 1 000 000 d'heures",
    )
    p.set_defaults(func=run)


def _number(n: int | Decimal, decimals: int = 0) -> str:
    """French spelling: narrow no-break space between thousands, decimal comma."""
    return f"{n:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def _progress_printer() -> Callable[[int, int], None] | None:
    """A percentage on the terminal; nothing when the output is not a terminal."""
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != last[0]:
            last[0] = percent
            sys.stderr.write(f"\rGénération… {percent} %")
            sys.stderr.flush()
            if done >= total:
                sys.stderr.write("\n")

    return show


def run(args: argparse.Namespace) -> int:
    from ..core.db import sqlite_path, to_url
    from ..core.demo import generate
    from ..core.integrity import check_database
    from ..core.storage import open_database

    path = sqlite_path(to_url(args.db))
    created = path is not None and not path.exists()
    db = open_database(args.db)
    try:
        summary = generate(db, seed=args.seed, size=args.size, progress=_progress_printer())
    except BaseException:
        db.close()
        if created and path is not None:  # leave no empty file behind
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    db.close()
    c = summary.counts
    print(f"Base de démonstration créée : {path or args.db}")
    print(
        f"  Structure : {summary.structure} ({summary.commune}), {summary.first_year} à {summary.last_year}"
    )
    print(f"  Graine : {summary.seed}, taille : {summary.size}")
    print(f"  Projets : {_number(c['project'])} ; participants : {_number(c['participant'])} ", end="")
    print(f"(participations : {_number(c['participation'])})")
    hours = _number(summary.hours_total, 2)
    print(f"  Heures : {_number(c['time_entry'])} saisies, {hours} h au total")
    print(
        f"  Productions : {_number(c['output'])} ; organisations : {_number(c['organisation'])} ; "
        f"partenariats : {_number(c['project_partner'])} ; financements : {_number(c['funding'])}"
    )
    print(f"  Chiffres annuels de la structure : {c['structure_year']} années")
    report = check_database(args.db)
    for line in report.lines:
        print(line)
    if not report.ok:
        sys.stderr.write("Erreur : la base créée n'est pas saine (voir ci-dessus).\n")
        return 1
    return 0
