"""Errors the user may see: each carries a plain French message, never a traceback.

The sentences are French templates read through ``core.i18n.t``: French on the command line
and in files, the window's language in the window (``i18n.set_language``), Qt-free.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .i18n import language, t


class TiersLieuxError(Exception):
    """Base of every error meant for a person; ``str(err)`` is the French message."""


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the model attribute, e.g. "end_date"
    label: str  # the field as the user knows it, e.g. "Date de fin"
    message: str  # the French sentence, e.g. "La date de fin précède la date de début"
    code: str = "invalid"  # stable code so that a UI may translate

    def __str__(self) -> str:
        return t("{label} : {message}", label=self.label, message=self.message)


class ValidationError(TiersLieuxError):
    """Bad input; ``problems`` lists every field at fault (at least one)."""

    def __init__(self, problems: list[FieldProblem]):
        if not problems:
            raise ValueError("ValidationError needs at least one problem")
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @property
    def field(self) -> str:
        return self.problems[0].field

    @property
    def message(self) -> str:
        return self.problems[0].message

    def for_field(self, field: str) -> FieldProblem | None:
        return next((p for p in self.problems if p.field == field), None)


class NotFoundError(TiersLieuxError):
    pass


class DependentDataError(TiersLieuxError):
    """A deletion would take other records with it and the caller did not say so."""

    def __init__(self, message: str, counts: dict[str, int]):
        super().__init__(message)
        self.counts = counts


class StorageError(TiersLieuxError):
    """The database cannot be opened or written (missing folder, bad URL, not ours...)."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer version of the application: never touched."""


class ReadOnlyError(StorageError):
    pass


class NotTiersLieuxError(StorageError):
    """The file is not one of our databases (empty, incomplete, or another program's)."""


class MissingFolderError(StorageError):
    """A file was asked for in a folder that does not exist: we do not create it from a typo."""


# -- known failures of the system and the libraries, in French -----------------------------------
#
# ``explain`` is the one place where an exception that is not ours (sqlite3, SQLAlchemy, OSError,
# RecursionError, a missing database driver) becomes the sentence a person reads; the command line
# and the window both use it. What it does not know stays "unexpected" (log file, bug report).

_NB = "\u00a0"  # no-break space: before « : » and inside « »
_NNB = "\u202f"  # narrow no-break space: before « ; ! ? »

POSTGRESQL_INSTALL = 'pip install -e ".[postgresql]"'


def quoted(value: object) -> str:
    """« value » in French, “value” in the English window."""
    return f"“{value}”" if language() == "en" else f"«{_NB}{value}{_NB}»"


def _where(exc: OSError) -> str:
    name = getattr(exc, "filename", None)
    return f" {quoted(name)}" if name else ""


def _explain_os(exc: OSError) -> str | None:
    import errno

    where = _where(exc)
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        name = getattr(exc, "filename", None)  # often our temporary file: name its folder
        folder = t(" (dossier {name})", name=quoted(os.path.dirname(os.fspath(name)) or ".")) if name else ""
        return t(
            "Le disque est plein{folder}\u00a0: le fichier n’a pas été écrit"
            "\u202f; libérez de la place puis recommencez.",
            folder=folder,
        )
    if code == errno.EROFS:
        return t(
            "Le support est en lecture seule{where}\u00a0: choisissez un dossier où l’on peut écrire.",
            where=where and " (" + where.strip() + ")",
        )
    if code in (errno.EACCES, errno.EPERM):
        return t(
            "Accès refusé au fichier ou dossier{where}\u00a0: vérifiez ses droits ou choisissez-en un autre.",
            where=where,
        )
    if code == errno.ENOENT:
        return t("Fichier ou dossier introuvable{where}\u00a0: vérifiez le chemin.", where=where)
    if code == errno.EISDIR:
        return t(
            "{what} est un dossier, pas un fichier\u00a0: indiquez un fichier.",
            what=where.strip() or t("Ce chemin"),
        )
    if code == errno.ENOTDIR:
        return t("Un élément du chemin{where} n’est pas un dossier\u00a0: vérifiez le chemin.", where=where)
    if code == errno.ENAMETOOLONG:
        return t("Nom de fichier trop long{where}\u00a0: choisissez un nom plus court.", where=where)
    if code == errno.EIO:
        return t(
            "Erreur de lecture ou d’écriture du disque{where}\u00a0: vérifiez le support (clé, réseau).",
            where=where,
        )
    return None


def os_reason(exc: OSError) -> str:
    """A short French clause for why a file operation failed (after « : » in a sentence)."""
    import errno

    reasons = {
        errno.ENOSPC: "le disque est plein",
        errno.EROFS: "le support est en lecture seule",
        errno.EACCES: "accès refusé",
        errno.EPERM: "opération non permise",
        errno.ENOENT: "introuvable",
        errno.EISDIR: "c’est un dossier",
        errno.ENOTDIR: "un élément du chemin n’est pas un dossier",
        errno.EIO: "erreur de lecture ou d’écriture du disque",
    }
    reason = reasons.get(exc.errno or 0)
    return t(reason) if reason else exc.strerror or str(exc)


def sqlite_reason(exc: BaseException) -> str:
    """A short French clause for why SQLite could not read a file (after « : » in a sentence)."""
    low = str(exc).lower()
    if "no such table" in low:
        return t("ce n’est pas une base TiersLieux (vide ou incomplète)")
    if "not a database" in low:
        return t("ce n’est pas une base de données SQLite")
    if "malformed" in low or "corrupt" in low:
        return t("le fichier est endommagé")
    if "disk i/o" in low or "unable to open" in low:
        return t("le fichier ne peut pas être lu (est-ce bien un fichier\u202f?)")
    if "full" in low:
        return t("le disque est plein")
    return str(exc)


def damaged_database_text(name: str | None = None) -> str:
    what = t("La base {name}", name=quoted(name)) if name else t("La base de données")
    return t(
        "{what} est endommagée\u202f; elle n’a pas été modifiée. "
        "Restaurez la dernière sauvegarde saine (tierslieux restore, ou la page Sauvegardes).",
        what=what,
    )


def not_ours_text(name: str | None = None) -> str:
    what = quoted(name) if name else t("Ce fichier")
    return t("{what}\u00a0: ce fichier n’est pas une base TiersLieux (vide ou incomplète).", what=what)


def explain_sqlite(text: str) -> str | None:
    """The sentence for a SQLite error message (also used by core/db.py for failed writes)."""
    low = text.lower()
    if "locked" in low or "busy" in low:  # the sentence core/db.py always gave
        return t("La base de données est occupée par un autre programme ; réessayez dans un instant.")
    if "full" in low:
        return t("Le disque est plein\u00a0: l’opération n’a pas été enregistrée\u202f; libérez de la place.")
    if "readonly" in low or "read-only" in low:
        return t(
            "La base de données ne peut pas être modifiée (fichier ou dossier en lecture seule)"
            "\u00a0: ouvrez-la en lecture seule ou copiez-la dans un dossier modifiable."
        )
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return damaged_database_text()
    if "no such table" in low:  # a file killed before its tables were written
        return not_ours_text()
    if "unable to open" in low or "cantopen" in low:
        return t(
            "Le fichier de base de données ne peut pas être ouvert\u00a0: vérifiez qu’il existe, "
            "qu’il n’est pas un dossier et que son dossier est accessible."
        )
    if "disk i/o" in low:
        return t(
            "Erreur de lecture ou d’écriture du disque sur la base de données\u00a0: "
            "vérifiez le support (clé, réseau) et que le chemin désigne bien un fichier."
        )
    return None


def _missing_driver(exc: ImportError) -> str | None:
    name = (exc.name or str(exc)).split(".")[0]
    if name.startswith("psycopg"):
        return t(
            "Le pilote PostgreSQL n’est pas installé dans cette installation de TiersLieux"
            "\u00a0: installez-le avec {command} (ou utilisez une base SQLite).",
            command=POSTGRESQL_INSTALL,
        )
    return None


def explain(exc: BaseException) -> str | None:
    """The French sentence for a known failure, or None if it is truly unexpected.

    Follows SQLAlchemy's wrapper to the driver's error (``exc.orig``) and the
    ``__cause__`` chain, so that a known cause raised inside a library is still known.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _explain_one(current)
        if found is not None:
            return found
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def _explain_one(exc: BaseException) -> str | None:
    import sqlite3

    if isinstance(exc, TiersLieuxError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return t(
            "Le fichier est imbriqué trop profondément pour être lu\u00a0: il n’est pas valide "
            "(ce n’est pas un fichier produit par TiersLieux)."
        )
    if isinstance(exc, ImportError):
        return _missing_driver(exc)
    if isinstance(exc, OSError):
        return _explain_os(exc)
    if isinstance(exc, sqlite3.Error):
        return explain_sqlite(str(exc))
    kind = type(exc).__name__
    module = type(exc).__module__
    if module.startswith("sqlalchemy"):
        if kind == "NoSuchModuleError" or "Can't load plugin" in str(exc):
            return unknown_url_text()
        if kind == "ArgumentError" and "URL" in str(exc):
            return unknown_url_text()
        wrapped = getattr(exc, "orig", None)
        if kind in ("OperationalError", "DatabaseError", "InterfaceError") and wrapped is None:
            return explain_sqlite(str(exc))
    if module.startswith("psycopg") and kind in ("OperationalError", "InterfaceError"):
        return t(
            "Le serveur PostgreSQL ne répond pas ou refuse la connexion\u00a0: vérifiez l’adresse, "
            "l’utilisateur et le mot de passe."
        )
    return None


def unknown_url_text(url: str = "") -> str:
    what = f" {quoted(url)}" if url else ""
    return t(
        "Adresse de base non reconnue{what}\u00a0: indiquez le chemin d’un fichier de base de données "
        "ou une adresse postgresql://utilisateur@serveur/base.",
        what=what,
    )
