"""``tierslieux template KIND --out FILE.xlsx``: a blank spreadsheet to fill in, with drop-down lists."""

from __future__ import annotations

import argparse
from pathlib import Path

KIND_CHOICES = ("participants", "projets", "heures", "productions")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("template", help="crée un modèle de tableur à remplir pour l'import")
    p.add_argument("kind", choices=KIND_CHOICES, help="ce que le tableur contiendra")
    p.add_argument("--out", type=Path, required=True, help="fichier XLSX à créer")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import require_parent
    from ..core.spreadsheet_import import write_template

    path = write_template(args.kind, require_parent(args.out))
    print(f"Modèle créé : {path}")
    return 0
