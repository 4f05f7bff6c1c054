"""The ``tierslieux`` command: one parser, one sub-command per module in ``commands/``.

With no arguments it opens the window. Errors meant for people are one French
line on stderr and exit code 2, never a traceback (that goes to the log file).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from . import __version__, commands
from .core.errors import TiersLieuxError, explain

log = logging.getLogger("tierslieux")

EXIT_USAGE = 2


# argparse's own messages, in French (it looks its translator up at call time).
_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (possibles : %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s (%(matches)s)",
}
argparse._ = lambda text: _ARGPARSE_FR.get(text, text)  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, French, exit 2
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog} : erreur : {message}\n")
        sys.exit(EXIT_USAGE)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with ``only`` the one sub-command (``gui`` at start-up: importing
    every command module and building their parsers is a tenth of the window's start)."""
    parser = _Parser(
        prog="tierslieux",
        description="TiersLieux — recherche participative des tiers-lieux et fichier annuel "
        "pour l'Observatoire du TSR.",
    )
    parser.add_argument("--version", action="store_true", help="affiche la version et quitte")
    parser.add_argument(
        "--verbose", action="store_true", help="avec --version : versions de Python, Qt, SQLite…"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="vérifie l'installation (base, migration, export, fenêtre) et quitte",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    names = [only] if only else sorted(m.name for m in pkgutil.iter_modules(commands.__path__))
    for name in names:
        if name.startswith("_"):
            continue
        importlib.import_module(f"{commands.__name__}.{name}").register(sub)
    return parser


def version_text(verbose: bool) -> str:
    if not verbose:
        return f"tierslieux {__version__}"
    from .commands._versions import versions

    return "\n".join(f"{k}: {v}" for k, v in versions().items())


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["gui"]  # a double-click opens the window
    parser = build_parser("gui" if args_list[0] == "gui" else None)
    args = parser.parse_args(args_list)
    if args.version:
        print(version_text(args.verbose))
        return 0
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test()
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    from .core.logs import log_file, setup_logging

    if setup_logging() is None:  # no log folder: tracebacks go nowhere rather than to the terminal
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        return int(args.func(args) or 0)
    except TiersLieuxError as exc:
        sys.stderr.write(f"Erreur : {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("Interrompu.\n")
        return 130
    except Exception as exc:
        known = explain(exc)
        if known is not None:  # a known failure: its sentence; the details in the log
            log.warning("%s failed: %s", args.command, exc, exc_info=True)
            sys.stderr.write(f"Erreur : {known}\n")
            return EXIT_USAGE
        # Truly unexpected (a bug): a line for the user, the traceback in the log file only.
        log.exception("unexpected error in %s", args.command)
        first = (str(exc).splitlines() or [""])[0][:200]
        sys.stderr.write(f"Erreur inattendue : {exc.__class__.__name__}: {first} (détails : {log_file()})\n")
        return EXIT_USAGE


def gui_main() -> int:
    """Entry point of the ``tierslieux-gui`` desktop shortcut."""
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
