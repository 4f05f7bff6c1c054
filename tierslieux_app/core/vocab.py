"""Controlled vocabularies: stable codes with French and English labels.

One module so that validation, the UI and the exports all speak the same codes.
A code, once published in an export, never changes meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Term:
    code: str
    fr: str
    en: str
    uri: str = ""  # external reference (COAR), when one exists
    since: str = ""  # format version that added the code ("" = since 1.0.0)


@dataclass(frozen=True)
class Vocab:
    name: str
    terms: tuple[Term, ...]
    _by_code: dict[str, Term] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {t.code: t for t in self.terms})

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def term(self, code: str) -> Term:
        return self._by_code[code]

    def label(self, code: str, lang: str = "fr") -> str:
        term = self._by_code.get(code)
        if term is None:
            return code
        return term.en if lang == "en" else term.fr


def _v(name: str, *rows: tuple[str, ...]) -> Vocab:
    return Vocab(name, tuple(Term(*row) for row in rows))


COAR = "http://purl.org/coar/resource_type/"
V11 = "1.1.0"  # codes added by format 1.1.0 carry it in ``Term.since``

LEGAL_FORM = _v(
    "legal_form",
    ("association", "Association", "Association"),
    ("scic", "SCIC", "Cooperative society of collective interest (SCIC)"),
    ("scop", "SCOP", "Worker cooperative (SCOP)"),
    ("cooperative_autre", "Autre coopérative", "Other cooperative"),
    ("mutuelle", "Mutuelle", "Mutual society"),
    ("fondation", "Fondation", "Foundation"),
    ("collectivite", "Collectivité territoriale", "Local authority"),
    ("entreprise_ess", "Entreprise de l'ESS", "Social economy company"),
    ("collectif_informel", "Collectif informel", "Informal collective"),
    ("syndicat", "Syndicat", "Trade union or employers' union", "", V11),
    ("groupement_professionnel", "Groupement professionnel", "Professional grouping", "", V11),
    (
        "entrepreneur_individuel",
        "Entrepreneur individuel (dont micro-entreprise)",
        "Sole trader (including micro-enterprise)",
        "",
        V11,
    ),
    ("groupement_agricole", "Groupement agricole (GAEC, CUMA…)", "Farming grouping (GAEC, CUMA…)", "", V11),
    ("groupement_artisans", "Groupement d'artisans", "Craft grouping", "", V11),
    ("fonds_dotation", "Fonds de dotation", "Endowment fund", "", V11),
    ("petite_entreprise", "Petite entreprise (SARL, SAS…)", "Small company (SARL, SAS…)", "", V11),
    ("autre", "Autre", "Other"),
)

TSR_CATEGORY = _v(
    "tsr_category",
    ("non_marchand", "Secteur non marchand", "Non-market sector"),
    ("marchand_non_lucratif", "Secteur marchand non lucratif", "Non-profit market sector"),
    ("lucratif_petite_taille", "Petite structure lucrative", "Small for-profit organisation"),
)

TYPOLOGY = _v(
    "typology",
    ("laboratoire_citoyen", "Laboratoire citoyen", "Citizen lab"),
    ("boutique_des_sciences", "Boutique des sciences", "Science shop"),
    ("fablab", "Fablab", "Fablab"),
    ("living_lab", "Living lab", "Living lab"),
    ("tiers_lieu_culturel", "Tiers-lieu culturel", "Cultural third place"),
    ("tiers_lieu_nourricier", "Tiers-lieu nourricier", "Food third place"),
    ("espace_coworking", "Espace de coworking", "Coworking space"),
    ("autre", "Autre", "Other"),
)

ORG_CHANGE = _v(
    "org_change",
    ("poste_recherche_cree", "Création d'un poste dédié à la recherche", "Research post created"),
    ("nouveau_partenariat_esr", "Nouveau partenariat avec l'ESR", "New partnership with academia"),
    ("changement_statuts", "Changement de statuts", "Change of statutes"),
    ("formation_equipe", "Formation de l'équipe à la recherche", "Team trained in research"),
    (
        "gouvernance",
        "Évolution de la gouvernance (instances, collèges)",
        "Change of governance (boards, colleges)",
        "",
        V11,
    ),
    ("nouveau_partenariat", "Nouveau partenariat (hors ESR)", "New partnership (outside academia)", "", V11),
    ("autre", "Autre", "Other"),
)

ORG_TYPE = _v(
    "org_type",
    ("universite", "Université", "University"),
    ("organisme_recherche", "Organisme de recherche", "Research organisation"),
    ("ecole", "École", "School"),
    ("association", "Association", "Association"),
    ("collectivite", "Collectivité territoriale", "Local authority"),
    ("etat", "État et services de l'État", "State"),
    ("entreprise", "Entreprise", "Company"),
    ("fondation", "Fondation", "Foundation"),
    ("cooperative", "Coopérative", "Cooperative"),
    ("autre", "Autre", "Other"),
)

ORG_SECTOR = _v(
    "org_sector",
    ("esr", "Enseignement supérieur et recherche", "Higher education and research"),
    ("tsr", "Tiers secteur de la recherche", "Third sector of research"),
    ("public", "Secteur public", "Public sector"),
    ("prive", "Secteur privé", "Private sector"),
    ("international", "International", "International"),
)

PROJECT_STATUS = _v(
    "project_status",
    ("en_preparation", "En préparation", "In preparation"),
    ("en_cours", "En cours", "Ongoing"),
    ("termine", "Terminé", "Completed"),
    ("abandonne", "Abandonné", "Abandoned"),
)

THEME = _v(
    "theme",
    ("environnement", "Environnement", "Environment"),
    ("sante", "Santé", "Health"),
    ("alimentation_agriculture", "Alimentation et agriculture", "Food and agriculture"),
    ("education", "Éducation", "Education"),
    ("culture", "Culture", "Culture"),
    ("numerique", "Numérique", "Digital"),
    ("social_solidarite", "Social et solidarité", "Social and solidarity"),
    ("urbanisme_territoire", "Urbanisme et territoire", "Urban and regional planning"),
    ("energie_climat", "Énergie et climat", "Energy and climate"),
    ("democratie_citoyennete", "Démocratie et citoyenneté", "Democracy and citizenship"),
    ("autre", "Autre", "Other"),
)

PARTICIPATION_LEVEL = _v(
    "participation_level",
    ("contractuel", "Contractuel", "Contractual"),
    ("contributif", "Contributif", "Contributory"),
    ("collaboratif", "Collaboratif", "Collaborative"),
    ("co_construit", "Co-construit", "Co-created"),
    ("collegial", "Collégial", "Collegial"),
)

KNOWLEDGE = _v(
    "knowledge",
    ("academiques", "Savoirs académiques", "Academic knowledge"),
    ("action", "Savoirs d'action", "Knowledge from action"),
    ("experience", "Savoirs d'expérience", "Knowledge from experience"),
)

PARTICIPANT_CATEGORY = _v(
    "participant_category",
    ("chercheur_academique", "Chercheur ou chercheuse académique", "Academic researcher"),
    ("doctorant", "Doctorant ou doctorante", "PhD student"),
    ("etudiant", "Étudiant ou étudiante", "Student"),
    ("salarie_structure", "Salarié de la structure", "Staff member"),
    ("benevole", "Bénévole", "Volunteer"),
    ("citoyen", "Citoyen ou citoyenne", "Citizen"),
    ("professionnel", "Professionnel ou professionnelle", "Practitioner"),
    ("elu", "Élu ou élue", "Elected official"),
    ("autre", "Autre", "Other"),
)

PARTICIPANT_SECTOR = _v(
    "participant_sector",
    ("esr", "Enseignement supérieur et recherche", "Higher education and research"),
    ("tsr", "Tiers secteur de la recherche", "Third sector of research"),
    ("public", "Secteur public", "Public sector"),
    ("prive", "Secteur privé", "Private sector"),
    ("citoyen", "Société civile (à titre personnel)", "Civil society (personal capacity)"),
)

ROLE = _v(
    "role",
    ("porteur", "Porteur ou porteuse", "Lead"),
    ("co_porteur", "Co-porteur ou co-porteuse", "Co-lead"),
    ("contributeur", "Contributeur ou contributrice", "Contributor"),
    ("tiers_veilleur", "Tiers-veilleur", "Watchful third party"),
    ("partenaire", "Partenaire", "Partner"),
    ("autre", "Autre", "Other"),
)

TIME_TYPE = _v(
    "time_type",
    ("benevole", "Bénévole", "Volunteer"),
    ("salarie", "Salarié", "Paid"),
    ("mis_a_disposition", "Mis à disposition", "Seconded"),
)

ACTIVITY = _v(
    "activity",
    ("coordination", "Coordination", "Coordination"),
    ("conception", "Conception", "Design"),
    ("collecte_donnees", "Collecte de données", "Data collection"),
    ("analyse", "Analyse", "Analysis"),
    ("redaction", "Rédaction", "Writing"),
    ("animation", "Animation", "Facilitation"),
    ("formation", "Formation", "Training"),
    ("diffusion", "Diffusion", "Dissemination"),
    ("gouvernance", "Gouvernance", "Governance"),
    ("administratif", "Administratif", "Administration"),
    ("autre", "Autre", "Other"),
)

OUTPUT_TYPE = _v(
    "output_type",
    ("article", "Article de revue", "Journal article", COAR + "c_6501"),
    ("rapport", "Rapport", "Report", COAR + "c_93fc"),
    ("rapport_recherche", "Rapport de recherche", "Research report", COAR + "c_18ws"),
    ("note_politique", "Note de politique publique", "Policy report", COAR + "c_186u"),
    ("document_travail", "Document de travail", "Working paper", COAR + "c_8042"),
    ("communication", "Communication", "Conference paper", COAR + "c_c94f"),
    ("poster", "Poster", "Conference poster", COAR + "c_6670"),
    ("conference", "Conférence", "Lecture", COAR + "c_8544"),
    ("livre", "Livre", "Book", COAR + "c_2f33"),
    ("chapitre", "Chapitre d'ouvrage", "Book part", COAR + "c_3248"),
    ("these_memoire", "Thèse ou mémoire", "Thesis", COAR + "c_46ec"),
    ("jeu_de_donnees", "Jeu de données", "Dataset", COAR + "c_ddb1"),
    ("logiciel", "Logiciel", "Software", COAR + "c_5ce6"),
    ("video", "Vidéo", "Video", COAR + "c_12ce"),
    ("site_web", "Site web", "Website", COAR + "c_7ad9"),
    ("autre", "Autre", "Other", COAR + "c_1843"),
)

OUTPUT_SUBTYPE = _v(
    "output_subtype",
    ("atelier", "Atelier", "Workshop"),
    ("evenement", "Événement", "Event"),
    ("seminaire", "Séminaire", "Seminar"),
    ("exposition", "Exposition", "Exhibition"),
    ("formation", "Formation", "Training session"),
    ("emission", "Émission", "Broadcast"),
    ("aucun", "Aucun", "None"),
)

AUDIENCE = _v(
    "audience",
    ("academique", "Académique", "Academic"),
    ("grand_public", "Grand public", "General public"),
    ("professionnels", "Professionnels", "Practitioners"),
    ("decideurs", "Décideurs", "Policy makers"),
    ("scolaires", "Scolaires", "Schools"),
)

PARTNER_ROLE = _v(
    "partner_role",
    ("scientifique", "Partenaire scientifique", "Scientific partner"),
    ("terrain", "Partenaire de terrain", "Field partner"),
    ("financeur", "Financeur", "Funder"),
    ("autre", "Autre", "Other"),
)

PROGRAMME = _v(
    "programme",
    ("anr_saps", "ANR – Science avec et pour la société", "ANR – Science with and for society"),
    ("ademe_co3", "ADEME – CO3", "ADEME – CO3"),
    ("fonjep_recherche", "Fonjep-recherche", "Fonjep research posts"),
    ("region", "Région", "Region"),
    ("departement", "Département", "Department (county council)"),
    ("commune_epci", "Commune ou intercommunalité", "Municipality or inter-municipality"),
    ("etat_autre", "Autre financement de l'État", "Other state funding"),
    ("europe", "Union européenne", "European Union"),
    ("fondation", "Fondation", "Foundation"),
    ("mecenat_entreprise", "Mécénat d'entreprise", "Corporate sponsorship"),
    ("fonds_propres", "Fonds propres", "Own funds"),
    ("autre", "Autre", "Other"),
)

FUNDING_NATURE = _v(
    "funding_nature",
    ("subvention", "Subvention", "Grant"),
    ("prestation", "Prestation", "Service contract"),
    ("mecenat", "Mécénat", "Sponsorship"),
    ("fonds_propres", "Fonds propres", "Own funds"),
    ("autre", "Autre", "Other"),
)

# -- format 1.1.0: who the structure is, its jobs, its forms of engagement ---------------------

# INSEE « catégories juridiques » (niveau III): the code SIRENE holds for every SIREN. The codes
# and labels are INSEE's, as served by the Sirene API (list as published, e.g. in
# MTES-MCT/camino-api, src/tools/api-insee/definitions/categories-juridiques.ts); only those a
# tiers-lieu de recherche may have are offered. The list has no code of its own for SCIC (coded
# with the cooperative SARL/SA codes or as a SAS) nor for fonds de dotation (« autre personne
# morale de droit privé »): the application's ``legal_form`` says it.
INSEE_LEGAL_CATEGORY = _v(
    "insee_legal_category",
    ("1000", "Entrepreneur individuel", "Sole trader", "", V11),
    ("5202", "Société en nom collectif", "General partnership", "", V11),
    ("5453", "SARL coopérative artisanale", "Craft cooperative (SARL)", "", V11),
    ("5458", "SARL coopérative ouvrière de production (SCOP)", "Worker cooperative (SCOP, SARL)", "", V11),
    ("5460", "Autre SARL coopérative", "Other cooperative SARL", "", V11),
    ("5498", "SARL unipersonnelle", "Single-member SARL", "", V11),
    ("5499", "Société à responsabilité limitée (sans autre indication)", "Limited company (SARL)", "", V11),
    (
        "5553",
        "SA coopérative artisanale à conseil d'administration",
        "Craft cooperative (SA with a board)",
        "",
        V11,
    ),
    (
        "5558",
        "SA coopérative ouvrière de production (SCOP) à conseil d'administration",
        "Worker cooperative (SCOP, SA with a board)",
        "",
        V11,
    ),
    (
        "5560",
        "Autre SA coopérative à conseil d'administration",
        "Other cooperative SA with a board",
        "",
        V11,
    ),
    (
        "5658",
        "SA coopérative ouvrière de production (SCOP) à directoire",
        "Worker cooperative (SCOP, SA with a management board)",
        "",
        V11,
    ),
    ("5660", "Autre SA coopérative à directoire", "Other cooperative SA with a management board", "", V11),
    ("5710", "SAS, société par actions simplifiée", "Simplified joint-stock company (SAS)", "", V11),
    (
        "5720",
        "Société par actions simplifiée à associé unique ou société par actions simplifiée unipersonnelle",
        "Single-member SAS",
        "",
        V11,
    ),
    ("6220", "Groupement d'intérêt économique (GIE)", "Economic interest grouping (GIE)", "", V11),
    (
        "6316",
        "Coopérative d'utilisation de matériel agricole en commun (CUMA)",
        "Farm machinery cooperative (CUMA)",
        "",
        V11,
    ),
    ("6317", "Société coopérative agricole", "Agricultural cooperative", "", V11),
    (
        "6533",
        "Groupement agricole d'exploitation en commun (GAEC)",
        "Joint farming grouping (GAEC)",
        "",
        V11,
    ),
    ("6597", "Société civile d'exploitation agricole", "Farming partnership (SCEA)", "", V11),
    ("6598", "Exploitation agricole à responsabilité limitée", "Limited farming company (EARL)", "", V11),
    ("7210", "Commune et commune nouvelle", "Municipality", "", V11),
    ("7220", "Département", "Department (county council)", "", V11),
    ("7229", "(Autre) Collectivité territoriale", "Other local authority", "", V11),
    ("7230", "Région", "Region", "", V11),
    ("7344", "Métropole", "Metropolis", "", V11),
    ("7346", "Communauté de communes", "Community of municipalities", "", V11),
    ("7348", "Communauté d'agglomération", "Urban community (agglomeration)", "", V11),
    ("8210", "Mutuelle", "Mutual society", "", V11),
    ("8290", "Autre organisme mutualiste", "Other mutual organisation", "", V11),
    ("8410", "Syndicat de salariés", "Trade union", "", V11),
    ("8420", "Syndicat patronal", "Employers' union", "", V11),
    ("8450", "Ordre professionnel ou assimilé", "Professional order", "", V11),
    ("8490", "Autre organisme professionnel", "Other professional body", "", V11),
    ("9210", "Association non déclarée", "Undeclared association", "", V11),
    ("9220", "Association déclarée", "Declared association", "", V11),
    (
        "9221",
        "Association déclarée d'insertion par l'économique",
        "Declared association for work integration",
        "",
        V11,
    ),
    ("9222", "Association intermédiaire", "Intermediary association", "", V11),
    ("9223", "Groupement d'employeurs", "Employers' grouping", "", V11),
    (
        "9230",
        "Association déclarée, reconnue d'utilité publique",
        "Declared association recognised as of public utility",
        "",
        V11,
    ),
    (
        "9260",
        "Association de droit local (Bas-Rhin, Haut-Rhin et Moselle)",
        "Association under local law (Alsace-Moselle)",
        "",
        V11,
    ),
    ("9300", "Fondation", "Foundation", "", V11),
    ("9900", "Autre personne morale de droit privé", "Other private-law body", "", V11),
)

# The application's legal form an INSEE category stands for (proposed when the code is chosen).
INSEE_TO_LEGAL_FORM: dict[str, str] = {
    "1000": "entrepreneur_individuel",
    "5202": "petite_entreprise",
    "5453": "groupement_artisans",
    "5458": "scop",
    "5460": "cooperative_autre",
    "5498": "petite_entreprise",
    "5499": "petite_entreprise",
    "5553": "groupement_artisans",
    "5558": "scop",
    "5560": "cooperative_autre",
    "5658": "scop",
    "5660": "cooperative_autre",
    "5710": "petite_entreprise",
    "5720": "petite_entreprise",
    "6220": "groupement_professionnel",
    "6316": "groupement_agricole",
    "6317": "groupement_agricole",
    "6533": "groupement_agricole",
    "6597": "groupement_agricole",
    "6598": "groupement_agricole",
    "7210": "collectivite",
    "7220": "collectivite",
    "7229": "collectivite",
    "7230": "collectivite",
    "7344": "collectivite",
    "7346": "collectivite",
    "7348": "collectivite",
    "8210": "mutuelle",
    "8290": "mutuelle",
    "8410": "syndicat",
    "8420": "syndicat",
    "8450": "groupement_professionnel",
    "8490": "groupement_professionnel",
    "9210": "collectif_informel",
    "9220": "association",
    "9221": "association",
    "9222": "association",
    "9223": "groupement_professionnel",
    "9230": "association",
    "9260": "association",
    "9300": "fondation",
    "9900": "autre",
}

# The TSR category a legal form usually belongs to (ALLISS's definition): the structure declares
# its own category, and a warning (never a block) says when it differs. None: no usual category.
USUAL_TSR_CATEGORY: dict[str, str | None] = {
    "association": "non_marchand",
    "fondation": "non_marchand",
    "fonds_dotation": "non_marchand",
    "collectivite": "non_marchand",
    "syndicat": "non_marchand",
    "collectif_informel": "non_marchand",
    "scic": "marchand_non_lucratif",
    "scop": "marchand_non_lucratif",
    "cooperative_autre": "marchand_non_lucratif",
    "mutuelle": "marchand_non_lucratif",
    "entreprise_ess": "marchand_non_lucratif",
    "groupement_professionnel": "marchand_non_lucratif",
    "entrepreneur_individuel": "lucratif_petite_taille",
    "groupement_agricole": "lucratif_petite_taille",
    "groupement_artisans": "lucratif_petite_taille",
    "petite_entreprise": "lucratif_petite_taille",
    "autre": None,
}


def usual_tsr_category(legal_form: str | None, insee_code: str | None = None) -> str | None:
    """The TSR category a structure of this legal form (or INSEE category, which wins) usually has."""
    form = INSEE_TO_LEGAL_FORM.get(insee_code or "", legal_form or "")
    return USUAL_TSR_CATEGORY.get(form)


CONTRACT_TYPE = _v(
    "contract_type",
    ("cdi", "CDI", "Permanent contract (CDI)", "", V11),
    ("cdd", "CDD", "Fixed-term contract (CDD)", "", V11),
    ("contrat_aide", "Contrat aidé (PEC)", "Subsidised contract (PEC)", "", V11),
    (
        "alternance",
        "Alternance (apprentissage, professionnalisation)",
        "Work-study (apprenticeship, professionalisation)",
        "",
        V11,
    ),
    ("cifre", "CIFRE (doctorat en entreprise ou association)", "CIFRE (industrial PhD)", "", V11),
    ("autre_contrat", "Autre contrat de travail", "Other employment contract", "", V11),
    ("stage", "Stage", "Internship", "", V11),
    ("service_civique", "Service civique", "Civic service", "", V11),
    ("mise_a_disposition", "Mise à disposition", "Seconded staff", "", V11),
)

# Employment contracts: their headcount and FTE are the structure's « salariés ». Interns, civic
# service volunteers and seconded staff are counted, but apart (not employed by the structure).
EMPLOYMENT_CONTRACTS: frozenset[str] = frozenset(
    {"cdi", "cdd", "contrat_aide", "alternance", "cifre", "autre_contrat"}
)

ENGAGEMENT_FORM = _v(
    "engagement_form",
    ("expertise", "Production d'expertise", "Expertise", "", V11),
    ("recherche_participative", "Recherche participative", "Participatory research", "", V11),
    ("innovation_sociale", "Innovation sociale", "Social innovation", "", V11),
    ("autre", "Autre", "Other", "", V11),
)

APPROVAL = _v(
    "approval",
    (
        "esus",
        "Agrément ESUS (entreprise solidaire d'utilité sociale)",
        "ESUS approval (solidarity enterprise)",
        "",
        V11,
    ),
    (
        "jep",
        "Agrément jeunesse et éducation populaire (JEP)",
        "Youth and popular education approval (JEP)",
        "",
        V11,
    ),
    ("rup", "Reconnaissance d'utilité publique", "Recognised as of public utility", "", V11),
    (
        "cir_cii",
        "Agrément CIR/CII (crédit d'impôt recherche)",
        "Research tax credit approval (CIR/CII)",
        "",
        V11,
    ),
    ("autre", "Autre agrément", "Other approval", "", V11),
)

NETWORK = _v(
    "network",
    ("alliss", "ALLISS", "ALLISS", "", V11),
    ("france_tiers_lieux", "France Tiers-Lieux", "France Tiers-Lieux", "", V11),
    ("reseau_regional", "Réseau régional de tiers-lieux", "Regional network of third places", "", V11),
    ("autre", "Autre réseau", "Other network", "", V11),
)

ALL: dict[str, Vocab] = {
    v.name: v
    for v in (
        LEGAL_FORM,
        TSR_CATEGORY,
        TYPOLOGY,
        ORG_CHANGE,
        ORG_TYPE,
        ORG_SECTOR,
        PROJECT_STATUS,
        THEME,
        PARTICIPATION_LEVEL,
        KNOWLEDGE,
        PARTICIPANT_CATEGORY,
        PARTICIPANT_SECTOR,
        ROLE,
        TIME_TYPE,
        ACTIVITY,
        OUTPUT_TYPE,
        OUTPUT_SUBTYPE,
        AUDIENCE,
        PARTNER_ROLE,
        PROGRAMME,
        FUNDING_NATURE,
        INSEE_LEGAL_CATEGORY,
        CONTRACT_TYPE,
        ENGAGEMENT_FORM,
        APPROVAL,
        NETWORK,
    )
}
