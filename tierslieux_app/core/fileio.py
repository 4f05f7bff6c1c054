"""Crash-proof file writing: temporary file in the same folder, fsync, os.replace.

A crash at any instant leaves either the previous file or the new one, whole.
Temporary files are named ``.<dest name>.<random><suffix>``: ``remove_stale_temporaries``
finds those a crash or a kill left behind (never a file that is not ours).
Paths a person typed go through ``require_parent`` first: a typo must not create folders.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STALE_AFTER_S = 15 * 60  # a temporary file older than this is no longer being written
# mkstemp's random part is 8 characters of [a-z0-9_]
_TEMPORARY = re.compile(r"^\..+\.[a-z0-9_]{8}(?P<suffix>\.[a-z0-9]+)(-journal)?$")


def require_parent(dest: Path) -> Path:
    """``dest`` if its folder exists; a clear refusal otherwise (we do not create it from a typo)."""
    from .errors import MissingFolderError, quoted

    dest = Path(dest).expanduser()
    folder = dest.parent
    if not folder.is_dir():
        from .i18n import t

        what = t("n’est pas un dossier") if folder.exists() else t("n’existe pas")
        raise MissingFolderError(
            t(
                "Le dossier {folder} {what}\u00a0: créez-le d’abord ou choisissez un autre "
                "emplacement pour {name}.",
                folder=quoted(folder),
                what=what,
                name=quoted(dest.name),
            )
        )
    return dest


def remove_stale_temporaries(
    folder: Path, suffixes: tuple[str, ...] = (".part",), age_s: float = STALE_AFTER_S
) -> list[Path]:
    """Delete our temporary files in ``folder`` (``atomic_path``'s names with one of ``suffixes``,
    and a SQLite journal beside them) last written more than ``age_s`` ago; returns them.

    A kill during an export leaves ``.<name>.<random>.part``: the next export removes it.
    A file still being written (by another export) is recent, and left alone.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        candidates = [p for p in Path(folder).iterdir() if p.name.startswith(".")]
    except OSError:
        return removed
    for path in candidates:
        match = _TEMPORARY.match(path.name)
        if match is None or match["suffix"] not in suffixes:
            continue
        try:
            if path.is_file() and now - path.stat().st_mtime > age_s:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_path(dest: Path, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside ``dest``; on success it replaces ``dest`` atomically.

    The writer fills the temporary path (any library that wants a file name);
    it is then fsynced and renamed. On error the temporary file is removed and
    ``dest`` is untouched.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=suffix or ".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomically(dest: Path, text: str) -> Path:
    """A whole text file (UTF-8, line ends as given) written through ``atomic_path``."""
    with atomic_path(Path(dest)) as tmp:
        tmp.write_bytes(text.encode("utf-8"))
    return Path(dest)
