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
    )
}
