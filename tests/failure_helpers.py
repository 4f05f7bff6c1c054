"""Real faults for the failure tests: a read-only folder and a small full disk.

As root on Linux (CI, containers) they are real mounts: a read-only bind mount and a
tmpfs of a few kilobytes. Elsewhere the read-only folder is a folder without write
permission (enough for a non-root user), and the caller injects ``OSError(ENOSPC)``
where no tmpfs can be mounted (``small_disk`` yields None).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


def _umount(point: Path) -> None:
    subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


@contextlib.contextmanager
def read_only_folder(source: Path) -> Iterator[Path]:
    """``source`` seen read-only: a read-only bind mount (root), else without write permission."""
    if _can_mount():
        point = source.with_name(source.name + "-lecture-seule")
        point.mkdir()
        done = subprocess.run(
            ["mount", "--bind", "-o", "ro", str(source), str(point)], capture_output=True, check=False
        )
        if done.returncode == 0:
            try:
                yield point
            finally:
                _umount(point)
            return
    if os.geteuid() == 0:
        pytest.skip("root sans droit de monter : aucun dossier n'est en lecture seule pour lui")
    mode = source.stat().st_mode
    source.chmod(0o555)
    try:
        yield source
    finally:
        source.chmod(mode)


@contextlib.contextmanager
def small_disk(folder: Path, kib: int = 64) -> Iterator[Path | None]:
    """A tmpfs of ``kib`` KiB mounted on ``folder``; None where none can be mounted."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _can_mount():
        yield None
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if done.returncode != 0:
        yield None
        return
    try:
        yield folder
    finally:
        _umount(folder)


def listing(folder: Path) -> list[str]:
    """Every name in ``folder`` (hidden ones too), sorted."""
    return sorted(p.name for p in folder.iterdir())
