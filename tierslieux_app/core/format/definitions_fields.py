"""Short notation for the format's fields (expanded by definitions.py), and shared examples.

Examples are consistent across tables, so that together they form a valid example file.
"""

from __future__ import annotations

from typing import Any

UUID_STRUCTURE = "3f9c1c2e-6a51-4c8e-9d7a-1b2c3d4e5f60"
UUID_PROJET = "0b7d6a52-1f3e-4c2a-9e8b-5a6c7d8e9f01"
UUID_PID = "9d4e2f10-7c3b-4a6e-8f5d-2b1c0a9e8d7c"
UUID_PRODUCTION = "c2a1b3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
UUID_ORGANISATION = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"
UUID_FINANCEMENT = "e1d2c3b4-a5f6-4e7d-9c8b-7a6f5e4d3c2b"
UUID_EVOLUTION = "7f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f"

MAX_MONEY = 10_000_000_000

# Booleans: the descriptor's trueValues/falseValues, canonical spelling first; the workbook
# spells them « oui »/« non » (presentation.py).
TRUE_TEXT, FALSE_TEXT = "oui", "non"
TRUE_VALUES = ("true", TRUE_TEXT)
FALSE_VALUES = ("false", FALSE_TEXT)


def F(
    name: str,
    type_: str,
    title: str,
    description: str,
    example: Any,
    *,
    required: bool = False,
    fmt: str | None = None,
    vocab: str | None = None,
    multi: bool = False,
    decimals: int | None = None,
    source: str | None = None,
    since: str | None = None,
    recommended: bool = False,
    **constraints: Any,
) -> dict[str, Any]:
    """One exported column, declared once: Table Schema keys plus the application's own
    ``vocabulaire``, ``valeurs_multiples``, ``decimales`` and ``source``.

    ``source`` is where the value comes from, ``record.attribute``: the export fills such a
    column by itself (``tables.declared_values``) and, when the column is ``required``, the
    completeness check blocks the export of a record that lacks it (``recommended``: it warns).
    A column without a ``source`` is computed by its table's producer (sums, counts, pseudonyms…).
    ``since`` is the format version that added the column (``depuis``; none: 1.0.0): the
    descriptor of an older version, which validates that version's files, leaves it out.
    """
    out: dict[str, Any] = {"name": name, "type": type_, "title": title, "description": description}
    if fmt:
        out["format"] = fmt
    if vocab:
        out["vocabulaire"] = vocab
    if multi:
        out["valeurs_multiples"] = True
    if decimals is not None:
        out["decimales"] = decimals
    if source:
        out["source"] = source
    if since:
        out["depuis"] = since
    if recommended:
        out["recommande"] = True
    out["example"] = example
    if required:
        out["required"] = True
    if constraints:
        out["constraints"] = {_key(k): v for k, v in constraints.items()}
    return out


def _key(k: str) -> str:
    return {"min": "minimum", "max": "maximum", "max_length": "maxLength"}.get(k, k)


def _uuid(
    name: str,
    title: str,
    description: str,
    example: str,
    required: bool = True,
    source: str | None = None,
    since: str | None = None,
) -> dict[str, Any]:
    return F(
        name, "string", title, description, example, fmt="uuid", required=required, source=source, since=since
    )


def _hours(name: str, title: str, description: str, example: str) -> dict[str, Any]:
    return F(name, "number", title, description, example, decimals=2, required=True, min=0)


def _fk(field: str, resource: str) -> dict[str, Any]:
    return {"fields": [field], "reference": {"resource": resource, "fields": [field]}}


SIRET_PATTERN = r"^\d{14}$"
RNA_PATTERN = r"^W\d{9}$"
INSEE_PATTERN = r"^([013-9]\d|2[AB1-9])\d{3}$"
DEPARTEMENT_PATTERN = r"^(\d{2}|2[AB]|97\d)$"
ROR_PATTERN = r"^https://ror\.org/0[a-hj-km-np-tv-z0-9]{6}\d{2}$"
