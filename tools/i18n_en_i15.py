# ruff: noqa: E501  (a translation table: long sentences stay on one line to stay searchable)
"""English of the interface strings written for the rest of issue 15 (« Corriger → » on the
export's checks, the dashboard's project chart)."""

EN: dict[str | tuple[str, str], str | tuple[str, str]] = {
    "Corriger →": "Fix →",
    "Corriger\u00a0: %1": "Fix: %1",
    # the dashboard's project chart, when the window's height shows fewer than ten projects
    "Heures par projet (%n premiers)": ("Hours per project (top %n)", "Hours per project (top %n)"),
    "Heures par projet": "Hours per project",
}
