"""Matching the file's columns to fields: guessed from the headers, editable, savable as JSON."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import TiersLieuxError
from ..fileio import atomic_path
from ..i18n import t
from .templates import KINDS


def normalise(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: « Date de début » → « date de debut »."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9@.]+", " ", text).split())


@dataclass
class Mapping:
    """For one kind, which field each column of the file goes to (None: ignored)."""

    kind: str
    columns: dict[int, str | None] = field(default_factory=dict)

    def column_of(self, key: str) -> int | None:
        return next((j for j, k in self.columns.items() if k == key), None)


def guess_mapping(kind: str, headers: list[str]) -> Mapping:
    """Each header matched to the template's header or a synonym (accents and case ignored)."""
    names: dict[str, str] = {}
    for col in KINDS[kind]:
        for name in (col.header, col.key, *col.synonyms):
            names.setdefault(normalise(name), col.key)
    out = Mapping(kind)
    used: set[str] = set()
    for j, header in enumerate(headers):
        key = names.get(normalise(header))
        if key is not None and key not in used:
            out.columns[j] = key
            used.add(key)
        else:
            out.columns[j] = None
    return out


def save_mapping(mapping: Mapping, headers: list[str], path: Path) -> None:
    """By header text, so the same mapping fits next month's file even if columns move."""
    data = {
        "kind": mapping.kind,
        "columns": {headers[j]: key for j, key in sorted(mapping.columns.items()) if j < len(headers)},
    }
    with atomic_path(Path(path), suffix=".json") as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def load_mapping(path: Path, headers: list[str], kind: str | None = None) -> Mapping:
    """A saved mapping applied to this file's headers (unknown headers are ignored)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        saved_kind = str(data["kind"])
        columns = dict(data["columns"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TiersLieuxError(
            t("Correspondance de colonnes illisible : « {name} ».", name=Path(path).name)
        ) from exc
    if saved_kind not in KINDS or (kind is not None and kind != saved_kind):
        raise TiersLieuxError(
            t("La correspondance « {name} » n'est pas faite pour ce type d'import.", name=Path(path).name)
        )
    valid = {c.key for c in KINDS[saved_kind]}
    by_header = {normalise(h): k for h, k in columns.items() if k in valid}
    out = Mapping(saved_kind)
    for j, header in enumerate(headers):
        out.columns[j] = by_header.get(normalise(header))
    return out
