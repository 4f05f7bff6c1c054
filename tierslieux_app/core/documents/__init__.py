"""The figures of the documents people ask for (data only, no Qt, no layout).

- ``attestation``: one person's hours of a year (for that person, signed by the structure);
- ``bilan-projet``: a project's year, or its whole life, for its funder;
- ``valorisation``: the yearly valuation of volunteer time (accounts annex, class 8);
- ``rapport-activite``: the structure's research year for its general assembly.

Every figure comes from the computations the dashboard and the export already use
(``services.aggregates`` and ``export.figures``): this package picks and arranges them,
it never sums hour entries itself. Rendering (PDF, print) is in ``ui/documents``.
"""

from .data import (
    DOCUMENT_KINDS,
    ActivityReport,
    Attestation,
    Letterhead,
    ProjectReport,
    Valuation,
    activity_report,
    attestation,
    attestations,
    project_report,
    valuation,
    volunteers_of_year,
)

__all__ = [
    "DOCUMENT_KINDS",
    "ActivityReport",
    "Attestation",
    "Letterhead",
    "ProjectReport",
    "Valuation",
    "activity_report",
    "attestation",
    "attestations",
    "project_report",
    "valuation",
    "volunteers_of_year",
]
