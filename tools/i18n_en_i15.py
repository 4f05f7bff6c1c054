# ruff: noqa: E501  (a translation table: long sentences stay on one line to stay searchable)
"""English of the interface strings written for the rest of issue 15 (« Corriger → » on the
export's checks)."""

EN: dict[str | tuple[str, str], str | tuple[str, str]] = {
    "Corriger →": "Fix →",
    "Corriger\u00a0: %1": "Fix: %1",
}
