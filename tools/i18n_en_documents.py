# ruff: noqa: E501  (a translation table: long sentences stay on one line to stay searchable)
"""English for the documents' interface strings (ui/documents, the Documents menus and buttons).

The documents' own text is not here: it is rendered outside ``tr()`` (command line, worker
threads), from the table in ``tierslieux_app/ui/documents/texts.py``.
"""

from __future__ import annotations

EN: dict[object, object] = {
    "Documents": "Documents",
    "Options du document": "Document options",
    "&Année :": "&Year:",
    "&Langue du document :": "Document &language:",
    "Représentant légal de la structure": "Legal representative of the organisation",
    "Document PDF (*.pdf)": "PDF document (*.pdf)",
    "Attestation de participation": "Certificate of participation",
    "Bilan du projet": "Project report",
    "Valorisation du bénévolat": "Value of volunteer time",
    "Rapport d’activité": "Activity report",
    "Document": "Document",
    "Tout le projet": "Whole project",
    "&Signataire :": "&Signed by:",
    "&Fonction :": "&Role:",
    "Fait à :": "Place:",
    "Le :": "Date:",
    "&Méthode de valorisation :": "Valuation &method:",
    "Le bilan ne nomme personne, sauf les personnes cochées ici (remerciements).": "The report names nobody, except the people ticked here (acknowledgements).",
    "Personnes à remercier :": "People to credit:",
    "Choisissez d’abord une personne dans la liste.": "Choose a person in the list first.",
    "Ouvrez d’abord un projet.": "Open a project first.",
    "Préparation du document…": "Preparing the document…",
    "Dossier des attestations": "Folder for the certificates",
    "Enregistrer le document": "Save the document",
    "Classeur XLSX (*.xlsx)": "XLSX workbook (*.xlsx)",
    "Écriture des documents…": "Writing the documents…",
    "Écriture du document…": "Writing the document…",
    "Attestations de tous les bénévoles…": "Certificates for every volunteer…",
    "Aperçu": "Preview",
    "Imprimer…": "Print…",
    "Enregistrer en PDF…": "Save as PDF…",
    "Document enregistré : %1": "Document saved: %1",
    "%1 documents enregistrés dans « %2 ».": "%1 documents saved in “%2”.",
    "Impossible d’écrire le document%1 (%2) : choisissez un autre emplacement.": "Could not write the document%1 (%2): choose another location.",
    "&Documents": "&Documents",
}
