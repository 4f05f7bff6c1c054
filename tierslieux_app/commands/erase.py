"""``tierslieux erase``: right to erasure of a participant, and the retention reminder."""

from __future__ import annotations

import argparse

from ..core.i18n import plural


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("erase", help="efface définitivement les données personnelles d'un participant")
    p.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--participant", metavar="ID", help="identifiant du participant à effacer")
    what.add_argument(
        "--inactive", action="store_true", help="liste les participants sans activité depuis --years ans"
    )
    p.add_argument("--years", type=int, help="durée de conservation en années (avec --inactive)")
    p.add_argument(
        "--delete",
        action="store_true",
        help="supprime aussi ses heures et participations (sinon : anonymise)",
    )
    p.add_argument("--purge-backups", action="store_true", help="efface aussi la personne des sauvegardes")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core import erasure
    from ..core.storage import open_database

    db = open_database(args.db, readonly=args.inactive)
    try:
        if args.inactive:
            people = erasure.inactive_participants(db, args.years)
            for person in people:
                print(
                    f"{person['id']}  {person['last_activity']}  {person['last_name']} {person['first_name']}"
                )
            years = args.years or erasure.retention_years(db)
            idle = plural(len(people), "{n} participant", "{n} participants", "fr")
            print(f"{idle} sans activité depuis {plural(years, '{n} an', '{n} ans', 'fr')}.")
            return 0
        result = erasure.erase_participant(db, args.participant, delete=args.delete)
    finally:
        db.close()
    print("Données personnelles effacées du fichier de la base.")
    if not result.file_clean:
        print("Attention : un autre programme lit la base ; relancez l'effacement quand il sera fermé.")
    unreachable = list(result.unreachable)
    if result.backups and args.purge_backups:
        done = erasure.purge_backups(args.participant, result.backups, delete=args.delete, failed=unreachable)
        print(
            plural(len(done), "{n} sauvegarde réécrite", "{n} sauvegardes réécrites", "fr")
            + " sans cette personne."
        )
    elif result.backups:
        still = plural(
            len(result.backups), "{n} sauvegarde la contient", "{n} sauvegardes la contiennent", "fr"
        )
        print(f"{still} encore (relancez avec --purge-backups) :")
        for info in result.backups:
            print(f"  {info.path}")
    if unreachable:
        copies = plural(
            len(unreachable),
            "{n} copie faite par TiersLieux n’a pas pu être atteinte",
            "{n} copies faites par TiersLieux n’ont pas pu être atteintes",
            "fr",
        )
        print(
            f"Attention\u00a0: {copies} (déplacement, suppression, disque débranché ou en lecture seule)"
            "\u00a0; effacez-y la personne vous-même, ou supprimez ces copies\u00a0:"
        )
        for path in unreachable:
            print(f"  {path}")
        return 1
    return 0
