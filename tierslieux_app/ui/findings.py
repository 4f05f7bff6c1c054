"""The completeness findings in the interface language.

``core.completeness`` writes its messages in French (the CLI and the export read-me use
them as they are); in English the window rebuilds the sentence from the stable code and
the number of records, so that no French is left on an English screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def finding_text(finding: Any, year: int, lang: str) -> str:
    """The sentence to show for a ``completeness.Finding`` (its own French one in French)."""
    if lang == "fr":
        return finding.message
    n = len(finding.ids)
    texts = {
        "no_structure": QCoreApplication.translate(
            "Findings", "La structure n’est pas renseignée (nom, SIRET ou RNA, forme juridique…)"
        ),
        "structure_no_insee": QCoreApplication.translate(
            "Findings", "Le code commune INSEE de la structure n’est pas renseigné"
        ),
        "structure_no_region": QCoreApplication.translate(
            "Findings", "La région de la structure n’est pas renseignée"
        ),
        "no_year_facts": QCoreApplication.translate(
            "Findings",
            "Les chiffres de l’année {year} (salariés, ETP, budgets…) ne sont pas renseignés ; "
            "les paramètres par défaut seront utilisés",
        ),
        "project_no_date_debut": QCoreApplication.translate("Findings", "Projets sans date de début : %n"),
        "project_no_level": QCoreApplication.translate(
            "Findings", "Projets sans niveau de participation : %n"
        ),
        "project_no_theme": QCoreApplication.translate("Findings", "Projets sans thématique : %n"),
        "output_no_type": QCoreApplication.translate("Findings", "Productions sans type : %n"),
        "output_no_date": QCoreApplication.translate(
            "Findings", "Productions sans date (non exportées) : %n"
        ),
        "participant_no_consent": QCoreApplication.translate(
            "Findings", "Participants sans date de consentement : %n"
        ),
        "no_hours": QCoreApplication.translate("Findings", "Aucune heure n’est saisie pour {year}"),
    }
    text = texts.get(finding.code)
    # %n is replaced here: with a number, Qt would look for plural forms these entries do not have
    return text.replace("%n", str(n)).format(year=year) if text is not None else finding.message
