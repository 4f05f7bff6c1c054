"""Merging the data of several machines that work offline, through transfer files ("lots").

A lot (``.tllot``) carries the records changed since the last lot sent to a
peer, deletions included. Importing it merges by UUID with version vectors:
a record changed on one side only is taken, one changed on both sides becomes
a conflict that waits for a person's choice (never silently overwritten).
"""

from .conflicts import list_conflicts, resolve_conflict
from .lots import FORMAT_VERSION, LotResult, export_lot, import_lot, read_manifest

__all__ = [
    "FORMAT_VERSION",
    "LotResult",
    "export_lot",
    "import_lot",
    "list_conflicts",
    "read_manifest",
    "resolve_conflict",
]
