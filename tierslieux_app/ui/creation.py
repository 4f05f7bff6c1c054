"""What a « Nouveau… » form asks at once, so that the yearly export never blocks on what
creation never asked (issue 15).

The fields the yearly file requires and the database lets be empty
(``core.completeness.export_requires``: a project's start date, an output's date and type…)
are required in the creation dialog (« * », refused while empty), and the dates among them,
with the participant's consent date, are proposed as today. The person may change them; the
record's page keeps them optional, as the spreadsheet import does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from ..core.fields import Field

# Asked at creation with today as the proposal though the export does not require them: the
# consent date (a missing one is a warning of the export, and is known when the person is entered)
TODAY_AT_CREATION: dict[str, tuple[str, ...]] = {"participant": ("consent_date",)}

# The label of a date proposed as today says so (the person sees that it was not typed)
TODAY_LABELS = {"fr": "{label} (aujourd’hui par défaut)", "en": "{label} (today by default)"}


def _needed(entity: str) -> tuple[str, ...]:
    from ..core.completeness import export_requires

    return export_requires(entity)


def creation_fields(fields: tuple[Field, ...], entity: str) -> tuple[Field, ...]:
    """``fields`` as the creation dialog shows them: what the export needs is required, and a
    date proposed as today is labelled so."""
    needed = set(_needed(entity))
    today = needed | set(TODAY_AT_CREATION.get(entity, ()))
    out = []
    for f in fields:
        if f.name in needed:
            f = replace(f, required=True)
        if f.name in today and f.kind == "date":
            f = replace(f, fr=TODAY_LABELS["fr"].format(label=f.fr), en=TODAY_LABELS["en"].format(label=f.en))
        out.append(f)
    return tuple(out)


def creation_values(fields: tuple[Field, ...], entity: str, today: dt.date | None = None) -> dict[str, Any]:
    """The values a new record's form starts with: today for the dates it asks at once."""
    wanted = set(_needed(entity)) | set(TODAY_AT_CREATION.get(entity, ()))
    day = today or dt.date.today()
    return {f.name: day for f in fields if f.name in wanted and f.kind == "date"}
