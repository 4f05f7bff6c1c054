"""``tierslieux lot``: transfer files between machines (export, import, conflicts to settle)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import plural


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("lot", help="échange de lots entre postes (fusion des saisies hors ligne)")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    e = actions.add_parser("export", help="écrit les changements depuis le dernier lot envoyé")
    e.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    e.add_argument("--out", type=Path, required=True, help="fichier .tllot à créer")
    e.add_argument("--peer", help="nom du poste destinataire (ex. coordination)")
    e.add_argument("--tout", action="store_true", help="tout envoyer, pas seulement les changements")
    i = actions.add_parser("import", help="fusionne un lot reçu (sauvegarde prise avant)")
    i.add_argument("file", type=Path, help="fichier .tllot reçu")
    i.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    c = actions.add_parser("conflicts", help="liste les conflits à régler")
    c.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    r = actions.add_parser("resolve", help="règle un conflit champ par champ")
    r.add_argument("conflict", type=int, help="numéro du conflit (voir « lot conflicts »)")
    r.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    r.add_argument(
        "--local", nargs="*", default=[], metavar="CHAMP", help="champs où garder la valeur locale"
    )
    r.add_argument(
        "--remote", nargs="*", default=[], metavar="CHAMP", help="champs où prendre la valeur reçue"
    )
    r.add_argument("--all", choices=("local", "remote"), help="même choix pour tous les champs")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.paths import default_db_location
    from ..core.storage import open_database

    db = open_database(args.db or default_db_location(), readonly=args.action == "conflicts")
    try:
        return {"export": _export, "import": _import, "conflicts": _conflicts, "resolve": _resolve}[
            args.action
        ](db, args)
    finally:
        db.close()


def _export(db: object, args: argparse.Namespace) -> int:
    from ..core.fileio import require_parent
    from ..core.sync import export_lot

    result = export_lot(db, require_parent(args.out), peer=args.peer, full=args.tout)
    records = plural(result.records, "{n} enregistrement", "{n} enregistrements", "fr")
    print(f"Lot écrit : {result.path} ({records}).")
    return 0


def _import(db: object, args: argparse.Namespace) -> int:
    from ..core.sync import import_lot

    result = import_lot(db, args.file)
    if result.backup:
        print(f"Sauvegarde prise avant la fusion : {result.backup}")
    for line in result.ignored:
        print(line)
    received = plural(result.records, "{n} enregistrement reçu", "{n} enregistrements reçus", "fr")
    conflicts = plural(result.conflicts, "{n} conflit", "{n} conflits", "fr")
    ignored = plural(len(result.ignored), "{n} ignoré", "{n} ignorés", "fr")
    print(
        f"{received} : {result.taken} pris, {result.unchanged} sans changement, {conflicts} à régler, "
        f"{result.waiting} en attente, {ignored}."
    )
    if result.waiting:
        print(
            "Les enregistrements en attente dépendent d'un élément absent de cette base (souvent "
            "un conflit à régler) : ils seront enregistrés dès qu'il sera là."
        )
    if result.conflicts:
        print("Réglez les conflits avec « tierslieux lot conflicts » puis « tierslieux lot resolve ».")
    return 0


def _conflicts(db: object, args: argparse.Namespace) -> int:
    from ..core.sync import list_conflicts

    conflicts = list_conflicts(db)
    for c in conflicts:
        print(f"Conflit {c['id']} — {c['table_label']} « {c['title']} » ({c['record_id']})")
        for f in c["fields"]:
            print(f"    {f['field']:<20} {f['label']:<28} ici : {f['local']}  |  reçu : {f['remote']}")
    print(plural(len(conflicts), "{n} conflit", "{n} conflits", "fr") + " à régler.")
    return 0


def _resolve(db: object, args: argparse.Namespace) -> int:
    from ..core.errors import NotFoundError
    from ..core.sync import list_conflicts, resolve_conflict

    conflict = next((c for c in list_conflicts(db) if c["id"] == args.conflict), None)
    if conflict is None:
        raise NotFoundError(f"Le conflit {args.conflict} n'existe pas (déjà réglé ?).")
    choices = {f["field"]: args.all for f in conflict["fields"]} if args.all else {}
    choices.update({name: "local" for name in args.local})
    choices.update({name: "remote" for name in args.remote})
    resolve_conflict(db, args.conflict, choices)
    print(f"Conflit {args.conflict} réglé.")
    return 0
