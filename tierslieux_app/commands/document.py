"""``tierslieux document``: an attestation, a project report, the volunteer valuation or the
activity report, as A4 PDF (the valuation also as XLSX), without a display.

Examples::

    tierslieux document attestation --db base.sqlite3 --year 2025 --participant ID --out attestation.pdf
    tierslieux document attestation --db base.sqlite3 --year 2025 --out attestations/   (every volunteer)
    tierslieux document bilan-projet --db base.sqlite3 --project ID [--year 2025] --out bilan.pdf
    tierslieux document valorisation --db base.sqlite3 --year 2025 --out valorisation.xlsx
    tierslieux document rapport-activite --db base.sqlite3 --year 2025 --out rapport.pdf --lang en
"""

from __future__ import annotations

import argparse
import datetime as dt

KINDS = ("attestation", "bilan-projet", "valorisation", "rapport-activite")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "document",
        help="produit une attestation, un bilan de projet, la valorisation du bénévolat "
        "ou le rapport d'activité",
        description="Écrit un document A4 en PDF (la valorisation aussi en XLSX) à partir des mêmes chiffres "
        "que le tableau de bord et l'export.",
    )
    p.add_argument("kind", choices=KINDS, metavar="DOCUMENT", help=" | ".join(KINDS))
    p.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    p.add_argument(
        "--year", type=int, metavar="AAAA", help="année civile (bilan-projet : tout le projet si absente)"
    )
    p.add_argument(
        "--participant", metavar="ID", help="attestation d'une personne (sans : tous les bénévoles)"
    )
    p.add_argument("--project", metavar="ID", help="projet du bilan")
    p.add_argument("--out", required=True, metavar="FICHIER|DOSSIER", help="fichier .pdf (.xlsx) ou dossier")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="langue du document")
    p.add_argument("--signatory", default="", metavar="NOM", help="nom de la personne qui signe")
    p.add_argument("--role", default="", metavar="FONCTION", help="sa fonction (ex. présidente)")
    p.add_argument(
        "--place", default="", metavar="LIEU", help="lieu de signature (défaut : commune de la structure)"
    )
    p.add_argument("--date", metavar="AAAA-MM-JJ", help="date de signature (défaut : aujourd'hui)")
    p.add_argument(
        "--credit",
        action="append",
        default=[],
        metavar="ID",
        help="bilan-projet : personne à nommer parmi les remerciements (répétable ; sinon aucun nom)",
    )
    p.add_argument(
        "--method", metavar="TEXTE", help="valorisation : méthode du taux horaire (ex. SMIC chargé)"
    )
    p.add_argument("--progress", action="store_true", help="affiche l'avancement (fichiers écrits)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..core.errors import TiersLieuxError
    from ..core.paths import default_db_location
    from ..core.storage import open_database
    from ..ui.documents.html import Signatory
    from ..ui.documents.produce import Request, write_all

    when = None
    if args.date:
        try:
            when = dt.date.fromisoformat(args.date)
        except ValueError:
            raise TiersLieuxError(
                f"Date « {args.date} » invalide : écrivez-la AAAA-MM-JJ (ex. 2026-01-15)."
            ) from None
    out = Path(args.out)
    request = Request(
        kind=args.kind,
        year=args.year,
        participant_id=args.participant,
        project_id=args.project,
        lang=args.lang,
        signatory=Signatory(args.signatory, args.role, args.place, when),
        credit=list(args.credit),
        method=args.method,
        xlsx=out.suffix.lower() == ".xlsx",
    )
    db = open_database(args.db or default_db_location(), readonly=True)
    try:

        def progress(done: int, total: int) -> None:
            print(f"avancement {done}/{total}", flush=True)

        paths = write_all(db, request, out, progress if args.progress else None)
    finally:
        db.close()
    for path in paths:
        print(f"Fichier écrit : {path}")
    return 0
