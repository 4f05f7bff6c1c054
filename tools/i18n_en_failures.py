# ruff: noqa: E501  (a translation table: long sentences stay on one line to stay searchable)
"""English for the strings of the failure handling (issue 12): the read-only banner."""

from __future__ import annotations

EN: dict[object, object] = {
    "La base est ouverte en lecture seule\u00a0: vous pouvez la consulter et exporter l’année, pas la modifier.": "The database is open read-only: you can browse it and export the year, not change it.",
    "Lecture seule": "Read-only",
}
