# ruff: noqa: E501  (a translation table: long sentences stay on one line to stay searchable)
"""English of the interface strings written for issue 14 in the app (format 1.1.0 inputs: jobs by
contract type, organisational changes, INSEE legal category, logo)."""

EN: dict[str | tuple[str, str], str | tuple[str, str]] = {
    # Structure page: identity
    'Logo': 'Logo',
    'D’ordinaire, une structure de forme «\xa0%1\xa0» relève de la catégorie «\xa0%2\xa0» (déclarée ici\xa0: «\xa0%3\xa0»).': 'Usually, an organisation of the form “%1” belongs to the category “%2” (declared here: “%3”).',
    'Forme juridique proposée d’après la catégorie INSEE\u202f; vous pouvez la changer.': 'Legal form proposed from the INSEE category; you may change it.',
    # Structure page: the year's figures
    'Nombre de salariés et ETP calculés à partir des emplois ci-dessous.': 'Employees and FTE calculated from the jobs below.',
    'Calculé à partir des emplois par type de contrat': 'Calculated from the jobs by contract type',
    # jobs grid
    'Emplois par type de contrat': 'Jobs by contract type',
    'Effectif au 31 décembre et ETP de l’année. Tapez un nombre\u202f; Entrée descend, Tab passe à la colonne suivante.': 'Headcount on 31 December and FTE over the year. Type a number; Enter goes down, Tab to the next column.',
    'Type de contrat': 'Contract type',
    'Effectif\nau 31/12': 'Headcount\non 31/12',
    'ETP': 'FTE',
    'dont ETP\nrecherche': 'of which\nresearch FTE',
    'Total salariés': 'Total employees',
    'Total hors salariés': 'Total non-employees',
    'Stage, service civique, mise à disposition\xa0: comptés à part des salariés': 'Interns, civic service, seconded staff: counted apart from the employees',
    'Emplois %1\xa0: %2': 'Jobs %1: %2',
    # organisational changes
    'Évolutions de l’organisation': 'Organisational changes',
    'Évolutions de l’organisation de l’année': 'Organisational changes of the year',
    'Aucune évolution cette année (gouvernance, statuts, postes de recherche, partenariats…).': 'No change this year (governance, statutes, research posts, partnerships…).',
    'La description n’est transmise à l’observatoire que si la case est cochée\u202f; elle ne doit nommer personne.': 'The description is sent to the observatory only when the box is ticked; it must name nobody.',
    'A&jouter une évolution…': '&Add a change…',
    'Ajouter une évolution (%1)': 'Add a change (%1)',
    'Modifier une évolution (%1)': 'Edit a change (%1)',
    'Supprimer une évolution (%1)': 'Delete a change (%1)',
    'Nouvelle évolution de l’organisation': 'New organisational change',
    'Modifier l’évolution': 'Edit the change',
    'Évolution': 'Change',
    'Description': 'Description',
    'Transmise': 'Sent',
    'Transmise à l’observatoire (la description comprise)': 'Sent to the observatory (with its description)',
    # logo
    'Logo…': 'Logo…',
    'Retirer le logo': 'Remove the logo',
    'Pas de logo': 'No logo',
    'Logo de la structure': 'Logo of the organisation',
    'Images PNG ou JPEG (*.png *.jpg *.jpeg)': 'PNG or JPEG images (*.png *.jpg *.jpeg)',
    'Le fichier «\xa0%1\xa0» ne peut pas être lu (%2).': 'The file “%1” cannot be read (%2).',
    'Changer le logo': 'Change the logo',
}
