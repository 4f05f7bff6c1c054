"""The coherence rules of a yearly file: what Table Schema cannot say, numbered and checked once.

Each rule has a number (« C1 »…), a one-line statement and its message; ``RULES`` is the list
that the format documentation prints, and every problem names its rule. They run after the
field rules (``validator.py``) found the shapes right: sums mean nothing on broken cells.

The tables are read column by column (the XLSX reader keeps them so; any other reader's rows
are turned into columns): a yearly file has thousands of ``temps`` rows and a few hundred
distinct (project, type, hours) triples, so counting the triples (``Counter``, in C) then adding
each distinct amount times its count gives the exact sums several times sooner than a loop over
rows. Sums are exact: ``Decimal`` with a precision far above any amount a file may hold.
"""

from __future__ import annotations

import decimal
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from stdnum.fr import siret as stdnum_siret

from .. import vocab as V
from ..i18n import plural
from .descriptor import Descriptor
from .validator import Report, Source, columns_of, first_row

MAX_MONTH_HOURS = Decimal(744)  # 31 days x 24 h: nobody works more in a month
PLAUSIBLE_MONTH_HOURS = Decimal(220)  # above the legal weekly maximum (48 h) all month long
TYPE_COLUMNS = {
    "benevole": "heures_benevoles",
    "salarie": "heures_salariees",
    "mis_a_disposition": "heures_mises_a_disposition",
}
WARNING = "avertissement"


@dataclass(frozen=True)
class Rule:
    number: str
    statement: str
    severity: str = "erreur"


RULES = (
    Rule("C1", "Les heures de `temps`, par projet et par type de temps, égalent les colonnes "
         "`heures_benevoles`, `heures_salariees` et `heures_mises_a_disposition` de `projets`."),
    Rule("C2", "`projets.heures_total` égale la somme des heures du projet dans `temps`."),
    Rule("C3", "`projets.participants_distincts` égale le nombre de pseudonymes distincts du projet "
         "dans `temps`."),
    Rule("C4", "`projets.productions` égale le nombre de lignes du projet dans `productions`."),
    Rule("C5", "Les `indicateurs` (heures, participants, productions, financements) égalent les "
         "totaux des tables détaillées."),
    Rule("C6", "`structure` a exactement une ligne, dont `annee` et `structure_id` sont ceux des "
         "métadonnées."),
    Rule("C7", "Les mois de `temps` et les dates de `productions` sont dans l'année du fichier."),
    Rule("C8", "Une personne a au plus 744 heures dans un mois (31 jours de 24 heures), tous projets, "
         "types et activités confondus."),
    Rule("C9", "Plus de 220 heures dans un mois pour une personne (au-delà de 48 heures par semaine "
         "tout le mois) : avertissement, à vérifier.", WARNING),
    Rule("C10", "Heures et montants ont au plus deux décimales (quatre pour une part) : au-delà, "
         "avertissement, la valeur est arrondie à l'import.", WARNING),
    Rule("C11", "`productions.type_uri_coar` est l'URI COAR du `type` de la même ligne."),
    Rule("C12", "Un SIRET (`structure`, `partenaires`) a une clé de contrôle valide (algorithme de Luhn)."),
    Rule("C13", "Depuis la 1.1 : quand `emplois` a des lignes, `structure.nb_salaries`, `etp_salaries` et "
         "`etp_recherche` égalent la somme des contrats de travail (stages, service civique et mises "
         "à disposition exclus)."),
    Rule("C14", "Depuis la 1.1 : dans `emplois`, `etp_recherche` ne dépasse pas `etp` ; `emplois` et "
         "`evolutions` décrivent l'année et la structure du fichier."),
    Rule("C15", "Depuis la 1.1 : `structure.evolutions_organisation` reprend les codes distincts de "
         "`evolutions`."),
    Rule("C16", "Depuis la 1.1 : la catégorie TSR déclarée diffère de celle que la forme juridique (ou la "
         "catégorie juridique INSEE) donne d'ordinaire : avertissement, à vérifier.", WARNING),
)  # fmt: skip
_BY_NUMBER = {r.number: r for r in RULES}


def _dec(text: str) -> Decimal:
    return Decimal(text.strip() or "0")


def _month(text: str) -> tuple[int, int]:
    year, month = text.split("-")
    return int(year), int(month)


class _Checker:
    def __init__(self, source: Source, d: Descriptor, report: Report):
        self.source, self.d, self.report = source, d, report
        self._tables: dict[str, dict[str, list[str]]] = {}
        self.year = ""
        self.first: dict[str, int] = {}  # row number of each table's first data row

    def table(self, name: str) -> dict[str, list[str]]:
        if name not in self._tables:
            spec = self.d.table(name)
            self._tables[name] = dict(zip(spec.field_names, columns_of(self.source, spec), strict=True))
            self.first[name] = first_row(self.source, spec)
        return self._tables[name]

    def records(self, name: str) -> Iterator[dict[str, str]]:
        cols = self.table(name)
        for texts in zip(*cols.values(), strict=True):
            yield dict(zip(cols, texts, strict=True))

    def add(self, number: str, table: str, row: int, name: str, message: str) -> None:
        rule = _BY_NUMBER[number]
        self.report.add(table, row, name, number, f"{number} — {message}", rule.severity)

    def run(self) -> None:
        with decimal.localcontext() as ctx:
            ctx.prec = 60  # exact sums of any amounts a file may hold
            self._structure()
            self._sums()
            self._months_and_hours()
            self._decimals()
            self._coar()
            self._siret()
            if "emplois" in self.d.table_names:
                self._jobs_and_changes()

    # C6
    def _structure(self) -> None:
        rows = list(self.records("structure"))
        start = self.first["structure"]
        meta = self.report.metadata
        if len(rows) != 1:
            self.add(
                "C6",
                "structure",
                0,
                "",
                f"une ligne attendue, {plural(len(rows), '{n} trouvée', '{n} trouvées', 'fr')}",
            )
            return
        self.year = rows[0]["annee"].strip()
        if meta:
            if self.year != str(meta.get("annee", "")):
                self.add("C6", "structure", start, "annee", "l'année diffère de celle des métadonnées")
            if rows[0]["structure_id"] != meta.get("structure_id", ""):
                self.add("C6", "structure", start, "structure_id", "l'identifiant diffère des métadonnées")

    # C1 to C5
    def _sums(self) -> None:
        d = self.d
        temps = self.table("temps")
        hours: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        triples = Counter(zip(temps["projet_id"], temps["type_temps"], temps["heures"], strict=True))
        for (project, kind, h), count in triples.items():
            hours[(project, kind)] += _dec(h) * count
        people: dict[str, set[str]] = defaultdict(set)
        for project, pid in set(zip(temps["projet_id"], temps["pid"], strict=True)):
            people[project].add(pid)
        everyone = set(temps["pid"])
        ind = self.table("indicateurs")
        indicators = dict(zip(ind["code"], map(_dec, ind["valeur"]), strict=True))
        prod = self.table("productions")
        outputs = Counter(prod["projet_id"])
        by_type = Counter(prod["type"])
        for r in self.records("projets"):
            pid = r["projet_id"]
            total = Decimal(0)
            for kind, column in TYPE_COLUMNS.items():
                total += hours[(pid, kind)]
                if _dec(r[column]) != hours[(pid, kind)]:
                    self.add(
                        "C1",
                        "projets",
                        0,
                        column,
                        f"projet {pid} : {r[column]} h ≠ {hours[(pid, kind)]} h dans temps",
                    )
            if _dec(r["heures_total"]) != total:
                self.add(
                    "C2", "projets", 0, "heures_total", f"projet {pid} : {r['heures_total']} h ≠ {total} h"
                )
            if _dec(r["participants_distincts"]) != len(people[pid]):
                self.add(
                    "C3", "projets", 0, "participants_distincts", f"projet {pid} : participants distincts"
                )
            if _dec(r["productions"]) != outputs[pid]:
                self.add("C4", "projets", 0, "productions", f"projet {pid} : nombre de productions")
        expected: dict[str, Decimal] = {"heures_total": sum(hours.values(), Decimal(0))}
        for kind in TYPE_COLUMNS:
            expected[f"heures_{kind}"] = sum((h for (_, k), h in hours.items() if k == kind), Decimal(0))
        expected["participants_total"] = Decimal(len(everyone))
        part = self.table("participants")
        category = dict(zip(part["pid"], part["categorie"], strict=True))
        per_category = Counter(map(category.get, everyone))
        for code in d.codes("participant_category"):
            expected[f"participants_{code.code}"] = Decimal(per_category[code.code])
        expected["productions_total"] = Decimal(sum(by_type.values()))
        for code in d.codes("output_type"):
            expected[f"productions_{code.code}"] = Decimal(by_type.get(code.code, 0))
        funding: dict[str, Decimal] = defaultdict(Decimal)
        fin = self.table("financements")
        for programme, amount in zip(fin["programme"], fin["montant"], strict=True):
            funding[programme] += _dec(amount)
        expected["financements_total"] = sum(funding.values(), Decimal(0))
        for code in d.codes("programme"):
            expected[f"financements_{code.code}"] = funding.get(code.code, Decimal(0))
        for code, value in expected.items():
            if indicators.get(code) != value:
                self.add(
                    "C5",
                    "indicateurs",
                    0,
                    code,
                    f"{code} : {indicators.get(code)} ≠ {value} (tables détaillées)",
                )

    # C7 to C9
    def _months_and_hours(self) -> None:
        if not self.year.isdigit():
            return
        wanted = int(self.year)
        temps = self.table("temps")
        months = {m: _month(m) for m in set(temps["mois"])}
        for m, (y, _) in sorted(months.items()):
            if y != wanted:
                row = temps["mois"].index(m) + self.first["temps"]
                self.add("C7", "temps", row, "mois", f"mois {m} hors de l'année {wanted} du fichier")
        for row, date in enumerate(self.table("productions")["date"], start=self.first["productions"]):
            if date and not date.startswith(f"{wanted}-"):
                self.add("C7", "productions", row, "date", f"date {date} hors de l'année {wanted} du fichier")
        per_month: dict[tuple[str, tuple[int, int]], Decimal] = defaultdict(Decimal)
        row_of: dict[tuple[str, tuple[int, int]], int] = {}
        for i, (pid, m, h) in enumerate(zip(temps["pid"], temps["mois"], temps["heures"], strict=True)):
            key = (pid, months[m])
            per_month[key] += _dec(h)
            row_of.setdefault(key, i + self.first["temps"])
        for key, total in per_month.items():
            pid, (y, mo) = key
            if total > MAX_MONTH_HOURS:
                self.add(
                    "C8", "temps", row_of[key], "heures",
                    f"{total} h pour la personne {pid} en {y}-{mo:02d} (744 h au plus dans un mois)",
                )  # fmt: skip
            elif total > PLAUSIBLE_MONTH_HOURS:
                self.add(
                    "C9", "temps", row_of[key], "heures",
                    f"{total} h pour la personne {pid} en {y}-{mo:02d} : à vérifier (plus de 220 h)",
                )  # fmt: skip

    # C10
    def _decimals(self) -> None:
        for spec in self.d.tables:
            numbers = [f for f in spec.fields if f.type == "number" and f.decimals is not None]
            if not numbers:
                continue
            cols = self.table(spec.name)
            for f in numbers:
                for row, text in enumerate(cols[f.name], start=self.first[spec.name]):
                    value = text.strip()
                    if "." in value and len(value.split(".")[1].rstrip("0")) > f.decimals:
                        self.add("C10", spec.name, row, f.name, f"{value} a plus de {f.decimals} décimales")
                        break  # one warning per column is enough

    # C11
    def _coar(self) -> None:
        uris = {c.code: c.uri for c in self.d.codes("output_type")}
        prod = self.table("productions")
        start = self.first["productions"]
        for row, (kind, uri) in enumerate(zip(prod["type"], prod["type_uri_coar"], strict=True), start=start):
            if uris.get(kind) and uri != uris[kind]:
                self.add(
                    "C11",
                    "productions",
                    row,
                    "type_uri_coar",
                    f"« {uri} » n'est pas l'URI COAR de « {kind} »",
                )

    # C12
    def _siret(self) -> None:
        for table in ("structure", "partenaires"):
            invalid: dict[str, bool] = {}  # an organisation partners several projects: checked once
            for row, value in enumerate(self.table(table)["siret"], start=self.first.get(table, 2)):
                if len(value) != 14 or not value.isdigit():
                    continue
                if value not in invalid:
                    invalid[value] = not stdnum_siret.is_valid(value)
                if invalid[value]:
                    self.add(
                        "C12", table, row, "siret", f"« {value} » n'est pas un SIRET valide (clé de contrôle)"
                    )

    # C13 to C16 (format 1.1.0)
    def _jobs_and_changes(self) -> None:
        structure = next(iter(self.records("structure")), None)
        if structure is None:
            return
        start = self.first["structure"]
        sid = structure["structure_id"]
        totals = {"nb_salaries": Decimal(0), "etp_salaries": Decimal(0), "etp_recherche": Decimal(0)}
        self.table("evolutions")  # read first: sets the row numbers used below
        lines = list(self.records("emplois"))
        for row, line in enumerate(lines, start=self.first["emplois"]):
            if _dec(line["etp_recherche"]) > _dec(line["etp"]):
                self.add("C14", "emplois", row, "etp_recherche", f"{line['etp_recherche']} ETP recherche > "
                         f"{line['etp']} ETP ({line['type_contrat']})")  # fmt: skip
            for name in ("annee", "structure_id"):
                if line[name] != structure[name]:
                    self.add("C14", "emplois", row, name, f"« {line[name]} » n'est pas celui de la structure")
            if line["type_contrat"] in V.EMPLOYMENT_CONTRACTS:
                totals["nb_salaries"] += _dec(line["effectif_31_decembre"])
                totals["etp_salaries"] += _dec(line["etp"])
                totals["etp_recherche"] += _dec(line["etp_recherche"])
        if lines:
            for name, total in totals.items():
                if _dec(structure[name]) != total:
                    self.add(
                        "C13", "structure", start, name, f"{structure[name] or 'vide'} ≠ {total} (emplois)"
                    )
        codes: set[str] = set()
        for row, change in enumerate(self.records("evolutions"), start=self.first["evolutions"]):
            codes.add(change["code"])
            if change["structure_id"] != sid:
                self.add("C14", "evolutions", row, "structure_id", "ce n'est pas celui de la structure")
            if change["annee"] != structure["annee"]:
                self.add("C14", "evolutions", row, "annee", f"année {change['annee']} hors du fichier")
        declared = {c for c in structure["evolutions_organisation"].split(";") if c}
        if declared != codes:
            self.add(
                "C15", "structure", start, "evolutions_organisation", "ne reprend pas les codes de evolutions"
            )
        usual = V.usual_tsr_category(structure["forme_juridique"], structure["categorie_juridique"])
        if usual and structure["categorie_tsr"] and usual != structure["categorie_tsr"]:
            self.add(
                "C16", "structure", start, "categorie_tsr",
                f"« {structure['categorie_tsr']} » déclarée ; cette forme juridique est d'ordinaire "
                f"« {usual} »",
            )  # fmt: skip


def check_coherence(source: Source, d: Descriptor, report: Report) -> None:
    """The numbered coherence rules (``RULES``), after the field rules found no error."""
    _Checker(source, d, report).run()
