"""French texts shared by the Lisez-moi sheet and the documentation page (one wording)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .descriptor import FieldSpec

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
    "RNA, UUID) sont du texte : un SIRET garde ses zéros initiaux. Oui/non : « oui » ou « non » "
    "dans le classeur, true ou false (ou oui, non) dans les CSV. Dans les CSV, un texte qui "
    "commence par = + - @ ou une tabulation est précédé d’une apostrophe, qui protège des "
    "formules les tableurs qui l’ouvrent : elle ne fait pas partie de la valeur."
)

LAYOUT = (
    "Chaque feuille de table a deux lignes d’en-tête, figées et répétées en haut de chaque "
    "page imprimée : la ligne 1 donne le nom de chaque champ (pour les machines, à ne pas "
    "modifier), la ligne 2 son intitulé en français (en italique) ; les données commencent à la "
    "ligne 3. Les filtres sont sur la ligne des intitulés. Les feuilles s’impriment en A4 "
    "(paysage, ou portrait pour les tables étroites comme les heures), ajustées à la largeur de la "
    "page. Le fichier peut être ouvert et enregistré dans "
    "LibreOffice ou Excel : il reste valide tant que les valeurs ne changent pas (ne saisissez "
    "pas de formule : une cellule doit contenir une valeur)."
)

INTEGRITY = (
    "L'empreinte SHA-256 est calculée sur les valeurs des tables, écrites en CSV canonique (UTF-8, "
    "virgule, fin de ligne LF, true/false, nombres avec leurs décimales, dates AAAA-MM-JJ) : c'est "
    "la somme SHA-256 des lignes « <sha256 du CSV>  <table>.csv » dans l'ordre des tables. Pour "
    "un Data Package tel qu’exporté, c'est ce qu'affiche « sha256sum structure.csv projets.csv "
    "participants.csv participations.csv temps.csv productions.csv partenaires.csv financements.csv "
    "indicateurs.csv | sha256sum » (sauf si un texte y est protégé par une apostrophe). Elle ne "
    "dépend pas de l’écriture du fichier : un classeur ou un CSV enregistré à nouveau par un "
    "tableur garde la même empreinte tant que les valeurs ne changent pas. Elle permet de savoir "
    "si deux fichiers contiennent les mêmes données et de détecter une modification ; la date "
    "d'export indique le plus récent."
)


def constraints_text(f: FieldSpec, quote: Callable[[Any], str] = str) -> str:
    """A field's rules in words, the same in the format doc (codes quoted) and the dictionary sheet."""
    parts = []
    if f.format == "uuid":
        parts.append("UUID en minuscules")
    elif f.format:
        parts.append(f"format {quote(f.format)}")
    if f.type == "boolean":
        parts.append(
            " / ".join(quote(t) for t in f.true_values)
            + " ou "
            + " / ".join(quote(v) for v in f.false_values)
        )
    if f.vocab:
        sep = f" (plusieurs, séparés par {quote(';')})" if f.multiple else ""
        parts.append(f"codes {quote(f.vocab)}{sep}")
    elif len(f.enum) > 8:
        parts.append(f"liste fermée de {len(f.enum)} valeurs (voir le descripteur)")
    elif f.enum:
        parts.append("valeurs " + ", ".join(quote(v) for v in f.enum))
    if f.pattern and not f.multiple and f.format != "uuid":
        parts.append(f"motif {quote(f.pattern)}")
    if f.minimum is not None:
        parts.append(f"min {f.minimum}")
    if f.maximum is not None:
        parts.append(f"max {f.maximum}")
    if f.max_length:
        parts.append(f"≤ {f.max_length} caractères")
    if f.decimals is not None:
        parts.append(f"{f.decimals} décimales (règle C10)")
    return ", ".join(parts)
