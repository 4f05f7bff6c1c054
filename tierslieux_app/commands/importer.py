"""``tierslieux import --kind KIND FILE``: import a spreadsheet (XLSX or CSV), valid rows only."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import plural
from .template import KIND_CHOICES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="importe un tableur (participants, projets, heures, productions)")
    p.add_argument("file", type=Path, help="fichier XLSX ou CSV")
    p.add_argument("--db", help="fichier de base (par défaut : celui de l'application)")
    p.add_argument("--kind", choices=KIND_CHOICES, required=True, help="ce que contient le fichier")
    p.add_argument("--mapping", type=Path, help="correspondance des colonnes enregistrée (JSON)")
    p.add_argument("--save-mapping", type=Path, help="enregistre la correspondance utilisée (JSON)")
    p.add_argument("--dry-run", action="store_true", help="vérifie sans rien enregistrer")
    p.add_argument("--rejects", type=Path, help="fichier XLSX où écrire les lignes refusées")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.paths import default_db_location
    from ..core.spreadsheet_import import guess_mapping, load_mapping, read_sheet, run_import, save_mapping
    from ..core.spreadsheet_import.importer import DUPLICATE, ERROR, EXISTING, NEW
    from ..core.storage import open_database

    sheet = read_sheet(args.file)
    if args.mapping:
        mapping = load_mapping(args.mapping, sheet.headers, args.kind)
    else:
        mapping = guess_mapping(args.kind, sheet.headers)
    ignored = [sheet.headers[j] for j, key in mapping.columns.items() if key is None and sheet.headers[j]]
    if ignored:
        print("Colonnes ignorées : " + ", ".join(f"« {h} »" for h in ignored))
    if args.save_mapping:
        save_mapping(mapping, sheet.headers, args.save_mapping)
    db = open_database(args.db or default_db_location(), readonly=args.dry_run)
    try:
        result = run_import(db, args.kind, sheet, mapping, dry_run=args.dry_run)
    finally:
        db.close()
    for row in result.rows:
        if row.status in (ERROR, DUPLICATE):
            for error in row.errors:
                print(error)
    verb = "à importer" if args.dry_run else "importées"
    print(
        f"{plural(result.count(NEW), '{n} ligne', '{n} lignes', 'fr')} {verb}, "
        f"{plural(result.count(EXISTING), '{n} déjà présente', '{n} déjà présentes', 'fr')}, "
        f"{result.count(DUPLICATE)} en double, "
        f"{plural(result.count(ERROR), '{n} refusée', '{n} refusées', 'fr')}."
    )
    if result.memberships_added:
        added = plural(result.memberships_added, "{n} personne ajoutée", "{n} personnes ajoutées", "fr")
        print(f"{added} à un projet comme contributeur.")
    if result.backup:
        print(f"Sauvegarde prise avant l'import : {result.backup}")
    if args.rejects and result.rejected:
        from ..core.spreadsheet_import import write_rejects

        print(f"Lignes refusées écrites dans : {write_rejects(result, args.rejects)}")
    return 1 if result.rejected else 0
