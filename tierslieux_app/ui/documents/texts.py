# ruff: noqa: E501  (a translation table: long sentences stay on one line to stay searchable)
"""The documents' own words, in French and English.

Documents are rendered outside the interface's translators (from the command line, in
worker threads, in a language that may differ from the window's), so their text is this
table rather than ``tr()``. French typography: no-break space (U+00A0) before « : » and
inside « », narrow no-break space (U+202F) before « ; ! ? ».
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # letterhead, footer, signature
    "siret": ("SIRET\u00a0: {0}", "SIRET: {0}"),
    "rna": ("RNA\u00a0: {0}", "RNA: {0}"),
    "page": ("Page {0} sur {1}", "Page {0} of {1}"),
    "made_at": ("Fait à {0}, le {1}", "Done at {0}, on {1}"),
    "made_on": ("Fait le {0}", "Done on {0}"),
    "signature": ("Signature", "Signature"),
    "default_role": ("Représentant légal de la structure", "Legal representative of the organisation"),
    # common words
    "hours": ("Heures", "Hours"),
    "h": ("{0}\u00a0h", "{0} h"),
    "total": ("Total", "Total"),
    "time_type": ("Type de temps", "Type of time"),
    "activity": ("Activité", "Activity"),
    "project": ("Projet", "Project"),
    "fte": ("Équivalent temps plein (ETP)", "Full-time equivalent (FTE)"),
    "fte_basis": ("1\u00a0ETP = {0}\u00a0heures par an", "1 FTE = {0} hours a year"),
    "rate": ("Taux horaire de valorisation du bénévolat", "Hourly rate for volunteer time"),
    "valuation": ("Valorisation du temps bénévole", "Value of volunteer time"),
    "none": ("Aucun.", "None."),
    # attestation
    "attestation.title": ("Attestation de participation {0}", "Certificate of participation {0}"),
    "attestation.intro": (
        "La structure «\u00a0{0}\u00a0» atteste que <b>{1}</b> a participé à ses activités de recherche participative du 1<sup>er</sup> janvier au 31 décembre {2}, pour un total de <b>{3}</b>, dont <b>{4}</b> de bénévolat.",
        "The organisation “{0}” certifies that <b>{1}</b> took part in its participatory research activities from 1 January to 31 December {2}, for a total of <b>{3}</b>, of which <b>{4}</b> as a volunteer.",
    ),
    "attestation.projects": ("Projets", "Projects"),
    "attestation.activities": ("Activités", "Activities"),
    "attestation.closing": (
        "Cette attestation est délivrée à l’intéressé·e pour servir et valoir ce que de droit.",
        "This certificate is issued to the person concerned for whatever purpose it may serve.",
    ),
    # project report
    "project.title": ("Bilan du projet {0}", "Project report {0}"),
    "project.scope_year": ("Année {0}", "Year {0}"),
    "project.scope_all": ("Ensemble du projet ({0})", "Whole project ({0})"),
    "project.period": ("Période du projet\u00a0: {0}", "Project period: {0}"),
    "project.open_end": ("en cours", "ongoing"),
    "project.hours": ("Temps consacré au projet", "Time spent on the project"),
    "project.by_year": ("Par année", "By year"),
    "project.year": ("Année", "Year"),
    "project.people": ("Personnes ayant contribué, par catégorie", "People who contributed, by category"),
    "project.people_total": ("Personnes ayant contribué", "People who contributed"),
    "project.outputs": ("Productions", "Outputs"),
    "project.partners": ("Partenaires", "Partners"),
    "project.funding": ("Financements reçus", "Funding received"),
    "project.funder": ("Financeur", "Funder"),
    "project.programme": ("Programme", "Programme"),
    "project.amount": ("Montant", "Amount"),
    "project.credited": (
        "Personnes remerciées (à la demande du porteur de projet)",
        "People credited (at the project lead’s request)",
    ),
    "project.role": ("Rôle", "Role"),
    "project.date": ("Date", "Date"),
    "project.type": ("Type", "Type"),
    "project.title_col": ("Titre", "Title"),
    "project.people_col": ("Personnes", "People"),
    # valuation
    "valuation.title": ("Valorisation du bénévolat {0}", "Value of volunteer time {0}"),
    "valuation.subtitle": (
        "Contributions volontaires en nature — annexe des comptes annuels (règlement ANC n°\u00a02018-06)",
        "Voluntary contributions in kind — notes to the annual accounts (French ANC regulation 2018-06)",
    ),
    "valuation.method": ("Méthode de valorisation\u00a0: {0}", "Valuation method: {0}"),
    "valuation.period": (
        "Période\u00a0: du 1<sup>er</sup> janvier au 31 décembre {0}",
        "Period: 1 January to 31 December {0}",
    ),
    "valuation.hours": ("Heures de bénévolat", "Volunteer hours"),
    "valuation.volunteers": ("Bénévoles ayant déclaré des heures", "Volunteers who recorded hours"),
    "valuation.accounts": ("Comptes de la classe 8", "Class 8 accounts"),
    "valuation.account": ("Compte", "Account"),
    "valuation.amount": ("Montant", "Amount"),
    "valuation.864": (
        "864 — Personnel bénévole (emplois des contributions volontaires en nature)",
        "864 — Volunteer staff (use of voluntary contributions in kind)",
    ),
    "valuation.875": (
        "875 — Bénévolat (contributions volontaires en nature)",
        "875 — Volunteering (voluntary contributions in kind)",
    ),
    "valuation.by_project": ("Par projet", "By project"),
    "valuation.note": (
        "Montants égaux au débit (86) et au crédit (87), sans effet sur le résultat. Total\u00a0: heures de bénévolat de l’année × taux horaire, arrondi au centime\u00a0; les lignes par projet sont arrondies chacune.",
        "Equal amounts on both sides (86 and 87), with no effect on the result. Total: the year’s volunteer hours × hourly rate, rounded to the cent; each project line is rounded on its own.",
    ),
    # activity report
    "report.title": ("Rapport d’activité de recherche {0}", "Research activity report {0}"),
    "report.key": ("Chiffres clés", "Key figures"),
    "report.active_projects": ("Projets actifs", "Active projects"),
    "report.participants": ("Personnes ayant déclaré des heures", "People who recorded hours"),
    "report.hours_total": ("Heures de recherche participative", "Hours of participatory research"),
    "report.outputs_total": ("Productions", "Outputs"),
    "report.funding_total": ("Financements de l’année", "Funding of the year"),
    "report.by_category": ("Personnes par catégorie", "People by category"),
    "report.category": ("Catégorie", "Category"),
    "report.count": ("Nombre", "Number"),
    "report.by_month": ("Heures par mois et par type", "Hours by month and type"),
    "report.month": ("Mois", "Month"),
    "report.by_project": ("Heures par projet", "Hours by project"),
    "report.by_activity": ("Heures par activité", "Hours by activity"),
    "report.outputs": ("Productions de l’année", "Outputs of the year"),
    "report.outputs_by_type": ("Productions par type", "Outputs by type"),
    "report.partners": ("Partenaires des projets actifs", "Partners of the active projects"),
    "report.funding": ("Financements par programme", "Funding by programme"),
    "report.unset": ("Non renseigné", "Not filled in"),
    "report.privacy": (
        "Ce rapport donne des effectifs, jamais de noms.",
        "This report gives numbers of people, never names.",
    ),
}


def t(key: str, lang: str, *args: object) -> str:
    fr, en = TEXTS[key]
    text = en if lang == "en" else fr
    return text.format(*args) if args else text
