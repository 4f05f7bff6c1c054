"""``tierslieux observatoire``: the observatory's side (validate, import, national report, window)."""

from __future__ import annotations

import argparse
import sys

from ..core.i18n import plural

EXIT_INVALID = 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "observatoire",
        help="côté Observatoire : valider, importer, consolider les fichiers annuels",
        description="Outils de l'Observatoire du TSR pour les fichiers annuels reçus des tiers-lieux.",
    )
    sp = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    v = sp.add_parser(
        "validate",
        help="vérifie des fichiers annuels (XLSX ou Data Package)",
        description="Vérifie chaque fichier ; code de sortie 0 seulement si tous sont valides.",
    )
    v.add_argument("paths", nargs="+", metavar="FICHIER|DOSSIER")
    v.add_argument("--format", choices=("text", "json"), default="text", help="text (défaut) ou json")
    v.set_defaults(func=run_validate)

    i = sp.add_parser("import", help="importe les fichiers valides dans la base de l'Observatoire")
    i.add_argument("paths", nargs="+", metavar="FICHIER|DOSSIER")
    i.add_argument("--db", required=True, metavar="CHEMIN|URL", help="fichier SQLite ou URL PostgreSQL")
    i.add_argument("--format", choices=("text", "json"), default="text")
    i.set_defaults(func=run_import)

    r = sp.add_parser("rapport", help="écrit le classeur national d'une année")
    r.add_argument("--db", required=True, metavar="CHEMIN|URL", help="fichier SQLite ou URL PostgreSQL")
    r.add_argument("--year", type=int, required=True, metavar="AAAA")
    r.add_argument("--out", required=True, metavar="FICHIER")
    r.add_argument("--format", choices=("xlsx", "datapackage"), default="xlsx")
    r.set_defaults(func=run_report)

    g = sp.add_parser("gui", help="ouvre la fenêtre de l'Observatoire")
    g.add_argument(
        "--db", metavar="CHEMIN|URL", help="base de l'Observatoire (par défaut : observatoire.sqlite3)"
    )
    g.add_argument("--lang", choices=("fr", "en"))
    g.set_defaults(func=run_gui)


def run_validate(args: argparse.Namespace) -> int:
    from ..core.observatory.validate import reports_json, reports_text, validate_paths

    reports = validate_paths(args.paths)
    print(reports_json(reports) if args.format == "json" else reports_text(reports))
    return 0 if reports and all(r.valid for r in reports) else EXIT_INVALID


def run_import(args: argparse.Namespace) -> int:
    import json

    from ..core.observatory.importer import import_paths
    from ..core.observatory.store import open_observatory

    db = open_observatory(args.db)
    try:
        outcomes = import_paths(db, args.paths)
    finally:
        db.close()
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "fichier": o.file,
                        "action": o.action,
                        "message": o.message,
                        "rapport": o.report.to_dict(),
                    }
                    for o in outcomes
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for o in outcomes:
            print(o.message)
            if o.action == "refuse":
                for p in o.report.problems[:20]:
                    print(f"  - {p}")
        done = sum(1 for o in outcomes if o.imported)
        print(plural(done, "{n} fichier importé", "{n} fichiers importés", "fr") + f" sur {len(outcomes)}.")
    return 0 if all(o.action != "refuse" for o in outcomes) else EXIT_INVALID


def run_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..core.fileio import require_parent
    from ..core.observatory.report import write_report
    from ..core.observatory.store import open_observatory

    if not 1990 <= args.year <= 2100:
        sys.stderr.write(f"Erreur : année {args.year} hors de la plage 1990–2100.\n")
        return 2
    out = require_parent(Path(args.out))
    db = open_observatory(args.db)
    try:
        sheets = write_report(db, args.year, out, args.format)
    finally:
        db.close()
    files = plural(len(sheets[-1].rows), "{n} fichier inclus", "{n} fichiers inclus", "fr")
    print(f"Rapport national {args.year} écrit : {args.out} ({files}).")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from ..ui.observatory.window import run_observatory

    return run_observatory(args.db, args.lang)
