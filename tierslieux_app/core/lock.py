"""One writer per database file: an OS lock on ``<db>.lock``, held while the app runs.

The lock is ``flock`` (POSIX) or ``msvcrt.locking`` (Windows) on an open file:
the operating system drops it when the process ends, even by a crash or a
power cut, so a stale lock never blocks the next start. The file's text (JSON:
user, machine, pid, start time) only says *who* holds it, for the message.
The lock file is never deleted (deleting it would let two processes lock two
different files of the same name). Within one process the lock is shared and
counted, so that code opening the same database twice does not lock itself out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import StorageError, os_reason
from .i18n import t

# Windows locks a byte range; we lock one byte far past the text so that others can read it.
_WIN_LOCK_OFFSET = 1 << 20
NETWORK_FS = {"cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afpfs", "fuse.sshfs", "sshfs", "9p"}


class LockedError(StorageError):
    """Another process (maybe on another machine) is writing to this database."""

    def __init__(self, path: Path, owner: dict[str, Any]):
        self.path = path
        self.owner = owner
        super().__init__(describe_owner(path, owner))


def describe_owner(path: Path, owner: dict[str, Any]) -> str:
    who = owner.get("user") or "un autre utilisateur"
    host = owner.get("host")
    where = f" sur l'ordinateur « {host} »" if host else ""
    try:
        since = dt.datetime.fromisoformat(str(owner.get("since", "")))
        when = f" depuis le {since:%d/%m/%Y à %H:%M}"
    except ValueError:
        when = ""
    return (
        f"La base « {path.name} » est déjà ouverte par {who}{where}{when}. "
        "Une seule copie de TiersLieux peut la modifier à la fois : fermez l'autre "
        "fenêtre, ou ouvrez la base en lecture seule."
    )


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _owner_info() -> dict[str, Any]:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (service account, container): still lock
        user = ""
    return {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": dt.datetime.now().isoformat(timespec="seconds"),
    }


def read_owner(db_path: Path) -> dict[str, Any]:
    """Who holds (or last held) the lock; {} if unknown."""
    try:
        text = lock_path(db_path).read_text(encoding="utf-8").strip("\0 \n")
        data = json.loads(text) if text else {}
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _try_lock(fh: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(_WIN_LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(_WIN_LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@dataclass
class _Held:
    fh: IO[bytes]
    count: int


_held: dict[Path, _Held] = {}
_mutex = threading.Lock()


class DatabaseLock:
    """The writer's lock on one database file; ``release()`` (or process end) frees it."""

    def __init__(self, db_path: Path):
        self.key = Path(db_path).resolve()
        self._released = False
        # The previous holder left its note: it did not close cleanly (crash, power cut, kill).
        self.after_crash = False
        with _mutex:
            held = _held.get(self.key)
            if held is not None:
                held.count += 1
                return
            path = lock_path(self.key)
            try:
                fh = open(path, "a+b")  # noqa: SIM115 - the handle lives as long as the lock
            except OSError as exc:
                raise StorageError(
                    t(
                        "Impossible de créer le fichier de verrou « {path} » : {reason}.",
                        path=path,
                        reason=os_reason(exc),
                    )
                ) from exc
            if not _try_lock(fh):
                fh.close()
                raise LockedError(self.key, read_owner(self.key))
            self.after_crash = bool(read_owner(self.key))
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps(_owner_info()).encode("utf-8"))
            fh.flush()
            _held[self.key] = _Held(fh, 1)

    def release(self) -> None:
        with _mutex:
            if self._released:
                return
            self._released = True
            held = _held.get(self.key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self.key]
            try:
                held.fh.seek(0)
                held.fh.truncate()  # nobody holds it now: no name to show
                _unlock(held.fh)
            finally:
                held.fh.close()


def is_locked_elsewhere(db_path: Path) -> bool:
    """True if another process holds the lock (this process's own lock does not count)."""
    key = Path(db_path).resolve()
    with _mutex:
        if key in _held:
            return False
    path = lock_path(key)
    if not path.exists():
        return False
    with open(path, "a+b") as fh:
        if not _try_lock(fh):
            return True
        _unlock(fh)
    return False


# -- network folders --------------------------------------------------------------------


def filesystem_type(path: Path) -> str | None:
    """The file-system type of the folder holding ``path`` ("ext4", "cifs"…), None if unknown."""
    path = Path(path).resolve()
    folder = path if path.is_dir() else path.parent
    if sys.platform.startswith("linux"):
        return _linux_fs_type(folder)
    if sys.platform == "win32":
        return _windows_drive_type(folder)
    if sys.platform == "darwin":
        return _mac_fs_type(folder)
    return None


def _longest_mount(folder: Path, mounts: list[tuple[str, str]]) -> str | None:
    best, best_len = None, -1
    text = str(folder)
    for point, fstype in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best_len:
            best, best_len = fstype, len(point)
    return best


def _linux_fs_type(folder: Path) -> str | None:
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    mounts = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((parts[1].replace("\\040", " "), parts[2]))
    return _longest_mount(folder, mounts)


def _mac_fs_type(folder: Path) -> str | None:
    try:
        out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    mounts = []
    for line in out.splitlines():  # "//u@srv/share on /Volumes/share (smbfs, nodev, ...)"
        if " on " in line and " (" in line:
            point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
            fstype = line.rsplit(" (", 1)[1].split(",")[0].rstrip(")")
            mounts.append((point, fstype))
    return _longest_mount(folder, mounts)


def _windows_drive_type(folder: Path) -> str | None:
    text = str(folder)
    if text.startswith("\\\\"):
        return "smb"  # UNC path: \\server\share
    import ctypes

    root = os.path.splitdrive(text)[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    return "smb" if kind == 4 else "local"  # DRIVE_REMOTE == 4


def network_warning(db_path: Path) -> str | None:
    """A French warning when the database sits on a network folder (SMB, NFS…), else None."""
    fstype = filesystem_type(db_path)
    if fstype is None or fstype.lower() not in NETWORK_FS:
        return None
    return (
        f"La base « {Path(db_path).name} » est dans un dossier réseau ({fstype}). SQLite y "
        "est moins sûr : le verrou peut ne pas protéger contre une autre machine et une coupure "
        "réseau peut abîmer le fichier. Gardez de préférence la base sur le disque de cet "
        "ordinateur et faites des sauvegardes régulières."
    )
