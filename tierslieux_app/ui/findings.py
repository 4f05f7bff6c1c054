"""The completeness findings in the interface language.

``core.completeness`` writes each finding from a French template of ``core.i18n``, which
also holds its English (``Finding.text(lang)``). The findings derived from the export's
column declarations (« projets sans date de début »…) have no English template in core
yet: their English is rebuilt here from the stable code and the number of records.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def finding_text(finding: Any, year: int, lang: str) -> str:
    """The sentence to show for a ``completeness.Finding`` (its own French one in French)."""
    if lang == "fr" or getattr(finding, "template", ""):
        return finding.text(lang) if hasattr(finding, "text") else finding.message
    texts = {
        "project_no_date_debut": QCoreApplication.translate("Findings", "Projets sans date de début : %n"),
        "output_no_type": QCoreApplication.translate("Findings", "Productions sans type : %n"),
    }
    text = texts.get(finding.code)
    # %n is replaced here: with a number, Qt would look for plural forms these entries do not have
    return (
        text.replace("%n", str(len(finding.ids))).format(year=year) if text is not None else finding.message
    )
