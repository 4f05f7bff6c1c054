"""French texts shared by the Lisez-moi sheet and the documentation page (one wording)."""

from __future__ import annotations

PURPOSE = (
    "Ce fichier est le relevé annuel d'une structure du tiers secteur de la recherche pour "
    "l'Observatoire du TSR et des recherches participatives (format « observatoire-tsr »). "
    "Il se lit dans un tableur (une feuille par table) et s'importe sans retraitement : chaque "
    "feuille est décrite champ par champ dans la feuille « dictionnaire », et les codes dans la "
    "feuille « codes »."
)

PSEUDONYMISATION = (
    "Aucune donnée directement identifiante d'une personne ne figure dans ce fichier : ni nom, ni "
    "prénom, ni e-mail, ni téléphone, ni note. Chaque participant est désigné par un pseudonyme "
    "(« pid ») tiré au hasard (UUID v4) lors de sa création dans l'application, sans lien avec son "
    "identité ; il reste le même d'une année à l'autre pour permettre les suivis. Seuls sont "
    "exportés sa catégorie, son secteur et le type de son organisation d'affiliation. Les heures "
    "sont agrégées par mois, projet, type de temps et activité : les notes saisies avec les heures "
    "ne sont pas exportées."
)

DEFINITIONS = (
    "Heures de l'année : heures saisies à une date de l'année civile. Participants distincts : "
    "personnes ayant au moins une heure dans l'année. ETP : heures ÷ heures par ETP de l'année "
    "(paramètre indiqué dans les indicateurs). Valorisation du bénévolat : heures bénévoles × taux "
    "horaire de l'année (indiqué avec le chiffre). Projets actifs : projets dont les dates recouvrent "
    "l'année (début ou fin non renseignés comptent comme ouverts)."
)

CONVENTIONS = (
    "Dates au format AAAA-MM-JJ, mois au format AAAA-MM, nombres avec un point décimal, codes "
    "multiples séparés par « ; », cellule vide = valeur non renseignée. Les identifiants (SIRET, "
    "RNA, UUID) sont du texte : un SIRET garde ses zéros initiaux."
)

INTEGRITY = (
    "L'empreinte SHA-256 est calculée sur les données des tables écrites en CSV (UTF-8, virgule, "
    "fin de ligne LF) : c'est la somme SHA-256 des lignes « <sha256 du CSV>  <table>.csv » dans "
    "l'ordre des tables, soit ce qu'affiche « sha256sum structure.csv projets.csv participants.csv "
    "participations.csv temps.csv productions.csv partenaires.csv financements.csv indicateurs.csv "
    "| sha256sum ». Elle permet de savoir si deux fichiers contiennent les mêmes données et de "
    "détecter une modification ; la date d'export indique le plus récent."
)
