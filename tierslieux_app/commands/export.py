"""``tierslieux export``: the yearly file for the Observatoire du TSR (XLSX or Data Package)."""

from __future__ import annotations

import argparse
import sys

EXIT_BLOCKED = 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="exporte le fichier annuel pour l'Observatoire du TSR",
        description="Vérifie les données de l'année puis écrit le fichier annuel (XLSX ou Data Package "
        "ZIP). Les avertissements sont affichés ; les erreurs bloquantes arrêtent l'export.",
    )
    p.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    p.add_argument("--year", type=int, required=True, metavar="AAAA", help="année civile à exporter")
    p.add_argument(
        "--out",
        required=True,
        metavar="CHEMIN",
        help="fichier à écrire, ou dossier (nom standard observatoire-tsr_<SIRET|RNA>_<année>)",
    )
    p.add_argument(
        "--format",
        choices=["xlsx", "datapackage"],
        default=None,
        help="xlsx ou datapackage (par défaut : datapackage pour un fichier .zip, sinon xlsx)",
    )
    p.add_argument("--strict", action="store_true", help="refuse l'export s'il reste des avertissements")
    p.add_argument("--progress", action="store_true", help="affiche l'avancement (lignes écrites) sur stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..core.completeness import check_year
    from ..core.export.exporter import ExportBlocked, WarningsNotAccepted, export_year, resolve_destination
    from ..core.fileio import require_parent
    from ..core.paths import default_db_location
    from ..core.storage import open_database

    if not 1990 <= args.year <= 2100:
        sys.stderr.write(f"Erreur : année {args.year} hors de la plage 1990–2100.\n")
        return 2
    if args.format is None:
        args.format = "datapackage" if Path(args.out).suffix.lower() == ".zip" else "xlsx"
    if not Path(args.out).is_dir():
        require_parent(Path(args.out))  # before any work: a typo must not create folders
    db = open_database(args.db or default_db_location(), readonly=True)
    try:
        findings = check_year(db, args.year)
        for f in findings:
            if not f.blocking:
                sys.stderr.write(f"Avertissement : {f.message}\n")

        def progress(done: int, total: int) -> None:
            print(f"avancement {done}/{total}", flush=True)

        try:
            result = export_year(
                db,
                args.year,
                require_parent(resolve_destination(db, args.year, Path(args.out), args.format)),
                args.format,
                accept_warnings=not args.strict,
                progress=progress if args.progress else None,
            )
        except ExportBlocked as exc:
            sys.stderr.write("Export impossible : corrigez d'abord ces données obligatoires :\n")
            for f in exc.findings:
                sys.stderr.write(f"  - {f.message}\n")
            return EXIT_BLOCKED
        except WarningsNotAccepted:
            sys.stderr.write("Export refusé (--strict) : il reste des avertissements (voir ci-dessus).\n")
            return EXIT_BLOCKED
    finally:
        db.close()
    print(f"Fichier écrit : {result.path}")
    print("Lignes : " + ", ".join(f"{name} {n}" for name, n in result.counts.items()))
    print(f"Empreinte SHA-256 des données : {result.digest}")
    return 0
