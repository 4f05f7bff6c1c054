"""Word lists of the demonstration database: real French places, plausible projects and partners.

Kept apart from the generator so that the vocabulary a real tiers-lieu would use
(jardins partagés, capteurs citoyens, santé communautaire…) can be read and
extended without touching the generation logic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Commune:
    name: str
    insee: str
    postal: str
    departement: str
    region: str
    university: str  # the nearest university, a key of UNIVERSITIES


# Real communes (INSEE code, main postal code, département, région).
COMMUNES: tuple[Commune, ...] = (
    Commune("Lille", "59350", "59000", "59", "Hauts-de-France", "Université de Lille"),
    Commune("Amiens", "80021", "80000", "80", "Hauts-de-France", "Université de Picardie Jules Verne"),
    Commune("Rennes", "35238", "35000", "35", "Bretagne", "Université de Rennes"),
    Commune("Brest", "29019", "29200", "29", "Bretagne", "Université de Bretagne Occidentale"),
    Commune("Nantes", "44109", "44000", "44", "Pays de la Loire", "Nantes Université"),
    Commune("Angers", "49007", "49000", "49", "Pays de la Loire", "Université d'Angers"),
    Commune("Grenoble", "38185", "38000", "38", "Auvergne-Rhône-Alpes", "Université Grenoble Alpes"),
    Commune(
        "Villeurbanne", "69266", "69100", "69", "Auvergne-Rhône-Alpes", "Université Claude Bernard Lyon 1"
    ),
    Commune(
        "Saint-Étienne", "42218", "42000", "42", "Auvergne-Rhône-Alpes", "Université Claude Bernard Lyon 1"
    ),
    Commune(
        "Clermont-Ferrand", "63113", "63000", "63", "Auvergne-Rhône-Alpes", "Université Clermont Auvergne"
    ),
    Commune("Marseille", "13055", "13001", "13", "Provence-Alpes-Côte d'Azur", "Aix-Marseille Université"),
    Commune("Toulouse", "31555", "31000", "31", "Occitanie", "Université Toulouse III – Paul Sabatier"),
    Commune("Montpellier", "34172", "34000", "34", "Occitanie", "Université de Montpellier"),
    Commune("Perpignan", "66136", "66000", "66", "Occitanie", "Université de Perpignan Via Domitia"),
    Commune("Bordeaux", "33063", "33000", "33", "Nouvelle-Aquitaine", "Université de Bordeaux"),
    Commune("Poitiers", "86194", "86000", "86", "Nouvelle-Aquitaine", "Université de Poitiers"),
    Commune("Limoges", "87085", "87000", "87", "Nouvelle-Aquitaine", "Université de Limoges"),
    Commune("Pau", "64445", "64000", "64", "Nouvelle-Aquitaine", "Université de Pau et des Pays de l'Adour"),
    Commune("Strasbourg", "67482", "67000", "67", "Grand Est", "Université de Strasbourg"),
    Commune("Nancy", "54395", "54000", "54", "Grand Est", "Université de Lorraine"),
    Commune("Metz", "57463", "57000", "57", "Grand Est", "Université de Lorraine"),
    Commune("Dijon", "21231", "21000", "21", "Bourgogne-Franche-Comté", "Université de Bourgogne"),
    Commune("Besançon", "25056", "25000", "25", "Bourgogne-Franche-Comté", "Université de Franche-Comté"),
    Commune("Tours", "37261", "37000", "37", "Centre-Val de Loire", "Université de Tours"),
    Commune("Orléans", "45234", "45000", "45", "Centre-Val de Loire", "Université d'Orléans"),
    Commune("Rouen", "76540", "76000", "76", "Normandie", "Université de Rouen Normandie"),
    Commune("Caen", "14118", "14000", "14", "Normandie", "Université de Caen Normandie"),
    Commune("Montreuil", "93048", "93100", "93", "Île-de-France", "Université Paris Cité"),
    Commune("Saint-Denis", "93066", "93200", "93", "Île-de-France", "Université Paris Nanterre"),
    Commune("Saint-Denis", "97411", "97400", "974", "La Réunion", "Université de La Réunion"),
)

# Universities and their ROR identifier (None when not checked).
UNIVERSITIES: dict[str, str | None] = {
    "Université de Lille": "02kzqn938",
    "Université de Picardie Jules Verne": "01gyxrk03",
    "Université de Rennes": "015m7wh34",
    "Université de Bretagne Occidentale": "01b8h3982",
    "Nantes Université": "03gnr7b55",
    "Université d'Angers": "04yrqp957",
    "Université Grenoble Alpes": "02rx3b187",
    "Université Claude Bernard Lyon 1": "029brtt94",
    "Université Clermont Auvergne": "01a8ajp46",
    "Aix-Marseille Université": "035xkbk20",
    "Université de Montpellier": "051escj72",
    "Université de Perpignan Via Domitia": "03rth4p18",
    "Université de Bordeaux": "057qpr032",
    "Université de Poitiers": "04xhy8q59",
    "Université de Limoges": "02cp04407",
    "Université de Pau et des Pays de l'Adour": "01frn9647",
    "Université de Strasbourg": "00pg6eq24",
    "Université de Lorraine": "04vfs2w97",
    "Université de Bourgogne": "03k1bsr36",
    "Université de Franche-Comté": "03pcc9z86",
    "Université de Tours": None,
    "Université d'Orléans": "014zrew76",
    "Université de Rouen Normandie": "03nhjew95",
    "Université de Caen Normandie": "051kpcy16",
    "Université Paris Cité": "05f82e368",
    "Université Paris Nanterre": "013bkhk48",
    "Université Toulouse III – Paul Sabatier": "02v6kpv12",
    "Université de La Réunion": None,
}

RESEARCH_BODIES: tuple[tuple[str, str | None], ...] = (
    ("CNRS", "02feahw73"),
    ("INRAE", "003vg9w96"),
    ("Inserm", "02vjkv261"),
    ("IRD", "05q3vnk25"),
    ("Inria", "02kvxyf05"),
    ("Cirad", "05kpkpg04"),
    ("EHESS", "02d9dg697"),
)

SCHOOLS = (
    "École nationale supérieure d'architecture de {c}",
    "Lycée agricole de {c}",
    "École de design de {c}",
    "IUT de {c}",
)

# Partner associations and cooperatives: "{kind} {focus} {place}".
ASSOCIATION_KINDS = ("Association", "Collectif", "Réseau", "Maison", "Amicale", "Comité")
ASSOCIATION_FOCUS = (
    "des jardins partagés",
    "Air citoyen",
    "Santé communautaire",
    "des habitants",
    "Vélo et territoires",
    "des apiculteurs",
    "Graines et semences",
    "Eau et rivières",
    "de la mémoire ouvrière",
    "Numérique pour tous",
    "des locataires",
    "Zéro déchet",
    "des parents d'élèves",
    "Nature en ville",
    "des aidants",
)
COOPERATIVES = (  # {de}: « de Nantes », « du quartier de la Gare »
    "Coopérative d'habitants {de}",
    "SCIC Énergies citoyennes {de}",
    "Recyclerie {de}",
    "Épicerie solidaire {de}",
    "Fablab {de}",
)
LOCAL_PUBLIC = (
    ("Ville de {c}", "collectivite"),
    ("Centre communal d'action sociale de {c}", "collectivite"),
    ("Médiathèque de {c}", "collectivite"),
    ("Parc naturel urbain de {c}", "collectivite"),
)

# Funders: (name, org_type, sector) by programme; "{r}" is the region, "{c}" the commune.
FUNDERS: dict[str, tuple[str, str, str]] = {
    "anr_saps": ("Agence nationale de la recherche (ANR)", "etat", "public"),
    "ademe_co3": ("ADEME", "etat", "public"),
    "fonjep_recherche": ("Fonjep", "association", "public"),
    "region": ("Région {r}", "collectivite", "public"),
    "departement": ("Conseil départemental ({d})", "collectivite", "public"),
    "commune_epci": ("Métropole de {c}", "collectivite", "public"),
    "etat_autre": ("Agence régionale de santé {r}", "etat", "public"),
    "europe": ("Commission européenne", "autre", "international"),
    "fondation": ("Fondation de France", "fondation", "prive"),
    "mecenat_entreprise": ("Fondation d'entreprise Léa Nature", "fondation", "prive"),
}
SECOND_FOUNDATION = ("Fondation Daniel et Nina Carasso", "fondation", "prive")

STRUCTURE_NAMES = (
    "La Fabrique des savoirs partagés",
    "Le Labo citoyen",
    "La Boussole — tiers-lieu de recherche",
    "L'Établi des communs",
    "La Serre à idées",
    "Le Chantier des sciences",
    "La Ruche des savoirs",
)
STRUCTURE_TYPOLOGIES = (
    ("laboratoire_citoyen", "tiers_lieu_nourricier"),
    ("boutique_des_sciences", "laboratoire_citoyen"),
    ("fablab", "living_lab"),
    ("tiers_lieu_culturel", "laboratoire_citoyen"),
)

QUARTIERS = (  # names of neighbourhoods found in many French towns
    "la Gare",
    "les Tilleuls",
    "Bellevue",
    "le Centre ancien",
    "les Coteaux",
    "la Source",
    "les Prés",
    "le Faubourg",
    "Beaulieu",
    "Saint-Jean",
    "le Port",
    "la Plaine",
    "les Hauts",
    "Val Fleuri",
    "la Cité jardin",
    "les Bords de rivière",
)


def quartier(name: str) -> str:
    """« quartier de la Gare », « quartier des Tilleuls », « quartier du Port », « quartier Bellevue »."""
    for article, contracted in (("le ", "du "), ("les ", "des "), ("la ", "de la ")):
        if name.startswith(article):
            return f"quartier {contracted}{name.removeprefix(article)}"
    return f"quartier {name}"


@dataclass(frozen=True)
class Topic:
    """A research subject as a tiers-lieu would word it."""

    short: str  # « la qualité de l'air »
    themes: tuple[str, ...]
    titles: tuple[str, ...]  # with {c} (commune) and {q} (« quartier de la Gare »)
    summary: str
    data: str  # what is collected, for dataset and report titles
    programmes: tuple[str, ...]  # programmes that typically fund it


TOPICS: tuple[Topic, ...] = (
    Topic(
        "les jardins partagés",
        ("environnement", "alimentation_agriculture"),
        (
            "Jardins partagés et biodiversité du {q}",
            "Que vit-il dans nos sols ? Les jardins partagés de {c}",
            "Jardiner ensemble à {c} : savoirs d'habitants et agronomie",
        ),
        "Les jardiniers de {c} inventorient la faune du sol et suivent leurs récoltes avec des agronomes.",
        "relevés de biodiversité des jardins",
        ("ademe_co3", "fondation", "commune_epci"),
    ),
    Topic(
        "la qualité de l'air",
        ("environnement", "sante"),
        (
            "Capteurs citoyens pour la qualité de l'air à {c}",
            "L'air de nos écoles : mesures participatives au {q}",
            "Respirer à {c} : cartographie citoyenne des particules fines",
        ),
        "Des habitants installent des capteurs à bas coût et comparent leurs mesures à celles des stations.",
        "mesures de particules fines",
        ("ademe_co3", "anr_saps", "region"),
    ),
    Topic(
        "la santé communautaire",
        ("sante", "social_solidarite"),
        (
            "Santé communautaire au {q}",
            "Ce qui nous fait tenir : santé communautaire et entraide à {c}",
            "Diagnostic partagé de santé du {q}",
        ),
        "Habitants, soignants et chercheurs construisent ensemble un diagnostic de santé du quartier.",
        "entretiens et questionnaires de santé",
        ("etat_autre", "anr_saps", "fondation"),
    ),
    Topic(
        "l'alimentation durable",
        ("alimentation_agriculture", "social_solidarite"),
        (
            "Bien manger sans se ruiner à {c}",
            "Précarité alimentaire : enquête participative au {q}",
            "Circuits courts et cantines à {c}",
        ),
        "Une enquête menée par et avec les familles sur l'accès à une alimentation de qualité.",
        "carnets alimentaires",
        ("fondation", "departement", "region"),
    ),
    Topic(
        "les îlots de chaleur",
        ("energie_climat", "urbanisme_territoire"),
        (
            "Îlots de chaleur urbains : relevés citoyens à {c}",
            "Trouver la fraîcheur au {q}",
            "Cours d'école oasis à {c}",
        ),
        "Des relevés de température faits par les habitants guident la végétalisation des rues.",
        "relevés de température",
        ("ademe_co3", "commune_epci", "region"),
    ),
    Topic(
        "la précarité énergétique",
        ("energie_climat", "social_solidarite"),
        (
            "Passoires thermiques : enquête habitante au {q}",
            "Se chauffer dignement à {c}",
        ),
        "Les locataires documentent leurs factures et le confort de leur logement avec des thermiciens.",
        "relevés de consommation d'énergie",
        ("ademe_co3", "fondation", "departement"),
    ),
    Topic(
        "les mobilités douces",
        ("urbanisme_territoire", "environnement"),
        (
            "À vélo vers l'école : comptages citoyens à {c}",
            "Marcher dans le {q} : diagnostic en marchant",
        ),
        "Comptages, diagnostics en marchant et ateliers pour repenser les trajets du quotidien.",
        "comptages de vélos et de piétons",
        ("commune_epci", "region"),
    ),
    Topic(
        "la qualité de l'eau",
        ("environnement",),
        (
            "Sentinelles de la rivière à {c}",
            "Qualité de l'eau des ruisseaux de {c}",
        ),
        "Des riverains suivent chaque mois la qualité de l'eau avec un protocole d'hydrobiologistes.",
        "prélèvements d'eau",
        ("ademe_co3", "europe", "region"),
    ),
    Topic(
        "l'inclusion numérique",
        ("numerique", "social_solidarite"),
        (
            "Démarches en ligne : ce qui bloque au {q}",
            "Inclusion numérique des seniors à {c}",
        ),
        "Médiateurs numériques et usagers analysent ensemble les obstacles aux démarches en ligne.",
        "observations d'ateliers numériques",
        ("departement", "etat_autre", "fondation"),
    ),
    Topic(
        "la mémoire ouvrière",
        ("culture",),
        (
            "Mémoires ouvrières de {c}",
            "Archives d'habitants du {q}",
        ),
        "Collecte de récits et d'archives familiales avec des historiens, restituée en exposition.",
        "récits et archives numérisés",
        ("region", "commune_epci", "europe"),
    ),
    Topic(
        "les pollinisateurs",
        ("environnement", "alimentation_agriculture"),
        (
            "Pollinisateurs sauvages des friches de {c}",
            "Observatoire citoyen des abeilles à {c}",
        ),
        "Des protocoles d'observation simples permettent de suivre les pollinisateurs saison après saison.",
        "observations de pollinisateurs",
        ("ademe_co3", "fondation", "mecenat_entreprise"),
    ),
    Topic(
        "les semences paysannes",
        ("alimentation_agriculture",),
        ("Semences paysannes et variétés locales autour de {c}", "Maison des semences de {c}"),
        "Paysans, jardiniers et généticiens évaluent des variétés locales en conditions réelles.",
        "essais de variétés",
        ("region", "fondation"),
    ),
    Topic(
        "la démocratie locale",
        ("democratie_citoyennete",),
        (
            "Budget participatif de {c} : qui participe ?",
            "Assemblée citoyenne du {q}",
        ),
        "Une évaluation participative des dispositifs de démocratie locale, menée avec les habitants.",
        "observations de réunions publiques",
        ("anr_saps", "commune_epci"),
    ),
    Topic(
        "la santé mentale",
        ("sante",),
        ("Pair-aidance et santé mentale à {c}", "Groupes d'entraide mutuelle : recherche par les pairs"),
        "Des pairs-aidants co-conçoivent l'enquête et analysent les récits avec des chercheurs.",
        "récits de parcours",
        ("etat_autre", "fondation", "anr_saps"),
    ),
    Topic(
        "le bruit urbain",
        ("sante", "urbanisme_territoire"),
        ("Cartographie sonore citoyenne de {c}", "Le bruit des nuits au {q}"),
        "Des sonomètres prêtés aux habitants alimentent une carte sonore discutée avec la mairie.",
        "mesures de bruit",
        ("commune_epci", "etat_autre"),
    ),
    Topic(
        "le réemploi",
        ("environnement", "social_solidarite"),
        (
            "Réemploi des matériaux du bâtiment à {c}",
            "Réparer plutôt que jeter : les cafés réparation de {c}",
        ),
        "Les bénévoles des ateliers de réparation documentent pannes, réussites et savoir-faire.",
        "fiches de réparation",
        ("ademe_co3", "region", "mecenat_entreprise"),
    ),
    Topic(
        "les sciences à l'école",
        ("education",),
        ("Petits chercheurs du {q}", "Enquêtes scientifiques en classe à {c}"),
        "Des classes mènent une enquête scientifique de bout en bout avec l'appui d'un laboratoire.",
        "productions d'élèves",
        ("region", "fondation"),
    ),
    Topic(
        "l'habitat inclusif",
        ("social_solidarite", "sante"),
        ("Vieillir chez soi au {q}", "Habitat inclusif : ce qu'en disent les habitants de {c}"),
        "Résidents, familles et professionnels décrivent ce qui rend un habitat vraiment inclusif.",
        "entretiens de résidents",
        ("departement", "fondation"),
    ),
    Topic(
        "le compostage",
        ("alimentation_agriculture", "environnement"),
        ("Compost partagé du {q}", "Biodéchets : le compost collectif à {c}"),
        "Les guides composteurs pèsent et analysent les apports pour améliorer les pratiques.",
        "pesées de biodéchets",
        ("commune_epci", "ademe_co3"),
    ),
    Topic(
        "les données ouvertes",
        ("numerique", "democratie_citoyennete"),
        ("Données ouvertes et décisions publiques à {c}", "Cartopartie du {q}"),
        "Une cartographie collaborative du quartier, publiée en données ouvertes.",
        "données cartographiques",
        ("region", "europe"),
    ),
    Topic(
        "les tiques",
        ("sante", "environnement"),
        ("Signalements citoyens de tiques autour de {c}",),
        "Promeneurs et jardiniers signalent les piqûres de tiques pour mieux connaître les risques.",
        "signalements de piqûres",
        ("anr_saps", "etat_autre"),
    ),
    Topic(
        "la pollution lumineuse",
        ("environnement",),
        ("Nuits noires à {c} : observer la pollution lumineuse",),
        "Des relevés nocturnes du ciel mesurent l'effet de l'extinction de l'éclairage public.",
        "relevés de luminance du ciel",
        ("commune_epci", "fondation"),
    ),
    Topic(
        "les déchets plastiques",
        ("environnement",),
        ("Plastiques des berges de {c}", "Macrodéchets : inventaire citoyen au {q}"),
        "Des ramassages protocolés produisent un inventaire des déchets partagé avec les scientifiques.",
        "inventaires de déchets",
        ("ademe_co3", "europe", "mecenat_entreprise"),
    ),
    Topic(
        "l'accessibilité",
        ("social_solidarite", "urbanisme_territoire"),
        ("Accessibilité des lieux publics de {c}", "Se déplacer en fauteuil au {q}"),
        "Des personnes en situation de handicap évaluent l'accessibilité avec des urbanistes.",
        "relevés d'accessibilité",
        ("departement", "commune_epci"),
    ),
)

METHODS = (
    "des ateliers mensuels ouverts aux habitants",
    "un protocole co-construit avec le laboratoire partenaire",
    "des entretiens et une cartographie participative",
    "une campagne de mesures avec du matériel à bas coût",
    "un comité de suivi mêlant habitants, élus et chercheurs",
    "des temps de restitution réguliers dans le tiers-lieu",
)

NOTES_BY_ACTIVITY = {
    "coordination": ("Réunion d'équipe", "Point avec le laboratoire", "Préparation du comité de suivi"),
    "conception": ("Rédaction du protocole", "Choix des sites de mesure"),
    "collecte_donnees": ("Relevés sur le terrain", "Sortie d'observation", "Entretiens"),
    "analyse": ("Nettoyage des données", "Séance d'analyse collective"),
    "redaction": ("Relecture du rapport", "Rédaction de l'article"),
    "animation": ("Atelier avec les habitants", "Permanence au tiers-lieu"),
    "formation": ("Formation au protocole", "Prise en main des capteurs"),
    "diffusion": ("Stand au marché", "Préparation de l'exposition"),
    "gouvernance": ("Conseil d'administration", "Comité de pilotage"),
    "administratif": ("Dossier de financement", "Bilan financier"),
    "autre": ("Divers",),
}

PARTICIPANT_NOTES = (
    "Disponible surtout le mercredi après-midi.",
    "Préfère être contactée par téléphone.",
    "A rejoint le projet après la fête du quartier.",
    "Ancien enseignant, aide à la relecture.",
    "Souhaite être tenu informé des restitutions.",
)

# -- weights: how often each code appears (lists are picked by index from the seed) ----------

HOURS_BY_TYPE = {  # plausible durations of one entry, in hours
    "salarie": (1, 1.5, 2, 2, 2.5, 3, 3, 3.5, 3.5, 4, 4, 5, 7, 0.5, 1.25, 0.75),
    "mis_a_disposition": (1, 2, 2, 3, 3.5, 3.5, 4, 7, 1.5),
    "benevole": (0.5, 1, 1, 1.5, 1.5, 2, 2, 2, 2.5, 3, 3, 4, 0.75, 1.25, 1.75, 0.33, 6),
}
ACTIVITIES_BY_ROLE = {
    "porteur": "coordination*4 gouvernance*2 redaction*2 administratif*2 animation conception analyse",
    "co_porteur": "conception*2 analyse*3 redaction*3 formation coordination",
    "contributeur": "collecte_donnees*5 animation*2 analyse*2 diffusion formation autre",
    "tiers_veilleur": "gouvernance*2 analyse coordination",
    "partenaire": "coordination*2 diffusion collecte_donnees",
    "autre": "autre*2 diffusion",
}


def pairs(spec: str) -> dict[str, str]:
    """``"a:x b:y"`` → ``{"a": "x", "b": "y"}`` (compact tables)."""
    return dict(item.split(":") for item in spec.split())


# Entries per free day, relative: the project lead works on it far more than a contributor.
ROLE_WEIGHT = {"porteur": 6.0, "co_porteur": 2.5, "contributeur": 1.0, "tiers_veilleur": 0.3}
ROLE_WEIGHT.update(partenaire=0.4, autre=0.3)
TIME_TYPE_BY_CATEGORY = pairs(
    "salarie_structure:salarie chercheur_academique:mis_a_disposition doctorant:mis_a_disposition "
    "professionnel:mis_a_disposition"
)
SECTOR_BY_CATEGORY = pairs(
    "benevole:citoyen citoyen:citoyen chercheur_academique:esr doctorant:esr etudiant:esr "
    "salarie_structure:tsr elu:public autre:citoyen"
)
# Weighted lists ("code*weight"), expanded and picked by index.
CATEGORIES = (
    "benevole*30 citoyen*26 chercheur_academique*12 doctorant*5 etudiant*8 professionnel*10 elu*2 autre*3"
)
OUTPUT_TYPES = (
    "rapport*8 article*7 communication*8 conference*9 autre*12 poster*4 jeu_de_donnees*4 video*4 "
    "document_travail*3 rapport_recherche*3 note_politique*2 site_web*2 chapitre*2 these_memoire*2 "
    "logiciel livre"
)
LEVELS = "contributif*3 collaboratif*4 co_construit*3 collegial contractuel"

# Output titles by type: (template, sub-type). {s}/{S}: topic, {c}: commune, {y}: year,
# {d}: what is collected, {t}: project title.
OUTPUT_TITLES: dict[str, tuple[tuple[str, str], ...]] = {
    "article": (
        ("{S} : ce que montrent deux ans de recherche participative à {c}", "aucun"),
        ("Recherche participative sur {s} : un retour d'expérience", "aucun"),
        ("Ce que les habitants savent sur {s} : une enquête à {c}", "aucun"),
    ),
    "rapport": (("Rapport d'étape {y} — {t}", "aucun"), ("Bilan de la saison {y} : {d}", "aucun")),
    "rapport_recherche": (("Rapport final — {t}", "aucun"),),
    "note_politique": (("Note aux élus de {c} : {s}", "aucun"),),
    "document_travail": (("Protocole de collecte des {d}", "aucun"),),
    "communication": (
        ("{S} à {c} : une démarche participative (colloque Sciences participatives)", "aucun"),
        ("Co-construire une recherche sur {s} : rencontres nationales des tiers-lieux", "aucun"),
    ),
    "poster": (("Poster — {d} : premiers résultats", "aucun"),),
    "conference": (
        ("Conférence publique : {s} à {c}", "evenement"),
        ("Restitution publique {y} — {t}", "evenement"),
        ("Séminaire chercheurs-habitants : {s}", "seminaire"),
    ),
    "autre": (
        ("Atelier « {S} » au tiers-lieu", "atelier"),
        ("Atelier de collecte : {d}", "atelier"),
        ("Exposition : {d} à {c}", "exposition"),
        ("Formation des bénévoles au protocole ({s})", "formation"),
    ),
    "livre": (("{S} : savoirs d'habitants, savoirs de chercheurs", "aucun"),),
    "chapitre": (("{S}, une recherche en tiers-lieu (chapitre d'ouvrage collectif)", "aucun"),),
    "these_memoire": (("Mémoire de master : {s} à {c}", "aucun"),),
    "jeu_de_donnees": (("Jeu de données : {d}, {c}, {y}", "aucun"),),
    "logiciel": (("Application de saisie des {d}", "aucun"),),
    "video": (("Vidéo : {s}, paroles d'habitants", "aucun"), ("Émission de radio locale : {s}", "emission")),
    "site_web": (("Site du projet « {t} »", "aucun"),),
}
AUDIENCES_BY_TYPE = pairs(  # comma-separated audience codes by output type
    "article:academique communication:academique,professionnels poster:academique chapitre:academique "
    "livre:academique,grand_public these_memoire:academique rapport:decideurs,professionnels "
    "rapport_recherche:academique,decideurs note_politique:decideurs "
    "document_travail:academique,professionnels conference:grand_public autre:grand_public,scolaires "
    "video:grand_public jeu_de_donnees:academique,grand_public logiciel:professionnels site_web:grand_public"
)
ATTENDEES = {
    "atelier": (8, 30),
    "evenement": (40, 250),
    "seminaire": (15, 60),
    "exposition": (100, 900),
    "formation": (6, 20),
}
# Typical amounts (euros) by programme; ANR and CO3 follow their calls' ceilings.
AMOUNTS = {
    "anr_saps": (40_000, 200_000),
    "ademe_co3": (10_000, 150_000),
    "region": (5_000, 40_000),
    "departement": (3_000, 20_000),
    "commune_epci": (2_000, 15_000),
    "etat_autre": (10_000, 50_000),
    "europe": (50_000, 250_000),
    "fondation": (5_000, 50_000),
    "mecenat_entreprise": (2_000, 20_000),
}
FONJEP_RECHERCHE_YEARLY = 14_328  # euros a year for three years (2020 call)
