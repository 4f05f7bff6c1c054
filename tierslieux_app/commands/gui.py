"""``tierslieux gui``: the desktop window (also what ``tierslieux`` alone opens)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="ouvre la fenêtre de l'application")
    p.add_argument("--db", help="fichier de base (par défaut : le dernier ouvert, ou celui de l'application)")
    p.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface (retenue pour la suite)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..ui.app import run_gui

    return run_gui(args.db, args.lang)
