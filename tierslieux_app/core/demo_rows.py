"""Rows of the demonstration database except the hours: structure, people, projects, outputs…

One ``random.Random`` drives every choice in a fixed order, so a seed always gives
the same rows, ids and timestamps. Values are Python values (dates, Decimal,
lists) inserted through the model's Core tables, so the column types encode them.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate
from typing import Any

from stdnum import luhn

from . import demo_data as D
from .demo_rows_11 import Format11Rows

Row = dict[str, Any]
TABLE_ORDER = (
    "structure",
    "structure_year",
    "job_line",
    "org_change",
    "organisation",
    "project",
    "participant",
    "participation",
    "output",
    "output_author",
    "project_partner",
    "funding",
)


def slug(value: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def de(place: str) -> str:
    """« de Lille », « d'Orléans », « du quartier de la Gare »."""
    if place.startswith("quartier "):
        return f"du {place}"
    return f"d'{place}" if place[:1] in "AEIOUÉÈÊÎÔÂ" else f"de {place}"


def cap(value: str) -> str:
    return value[:1].upper() + value[1:]


def expand(spec: str) -> tuple[str, ...]:
    """``"a*3 b"`` → ``("a", "a", "a", "b")``: weighted lists picked by index."""
    out: list[str] = []
    for item in spec.split():
        name, _, n = item.partition("*")
        out.extend([name] * int(n or 1))
    return tuple(out)


@dataclass
class Member:
    """A participation as the hours generator needs it (day indexes from the first day)."""

    participant_id: str
    project_id: str
    role: str
    time_type: str
    first: int
    last: int
    saturdays: bool  # volunteers also come on Saturdays
    weight: float


@dataclass
class ProjectPlan:
    row: Row
    topic: D.Topic
    place: str
    programmes: list[str]
    member_ids: set[str] = field(default_factory=set)
    members: list[Member] = field(default_factory=list)


class RowPlan(Format11Rows):
    """Builds the small tables in memory; ``members`` feeds the hours generator."""

    def __init__(self, seed: int, *, years: int, last_year: int, counts: dict[str, int]) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        # Format 1.1 facts draw from their own stream: the data of 1.0 stays the same per seed.
        self.rng11 = random.Random(seed * 7919 + 11)
        self.fake = Faker("fr_FR")
        self.fake.seed_instance(seed)
        self.first_year = last_year - years + 1
        self.last_year = last_year
        self.day0 = dt.date(self.first_year, 1, 1)
        self.last_day = dt.date(last_year, 12, 31)
        self.counts = counts
        self.rows: dict[str, list[Row]] = {t: [] for t in TABLE_ORDER}
        self.members: list[Member] = []
        self.commune = self.rng.choice(D.COMMUNES)
        self._structure()
        self._organisations()
        self._projects()
        self._people()
        self._participations()
        self._outputs()
        self._partners_and_funding()
        self._years()

    # -- helpers -----------------------------------------------------------------------------------
    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def stamp(self, day: dt.date, rng: random.Random | None = None) -> dt.datetime:
        """An office-hours moment of ``day`` (UTC), from the seed."""
        midnight = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        return midnight + dt.timedelta(seconds=(rng or self.rng).randint(8 * 3600, 19 * 3600))

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        return first + dt.timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def siret(self) -> str:
        siren = self._luhn(f"{self.rng.randrange(10**8):08d}")
        return self._luhn(f"{siren}{self.rng.randrange(1, 10**4):04d}")

    @staticmethod
    def _luhn(digits: str) -> str:
        return digits + luhn.calc_check_digit(digits)

    def rna(self, departement: str) -> str:
        return f"W{departement.ljust(3, '0')[:3]}{self.rng.randrange(10**6):06d}"

    def add(self, table: str, row: Row, when: dt.datetime | None = None) -> Row:
        if when is not None:
            row["created_at"] = row["updated_at"] = when
        self.rows[table].append(row)
        return row

    def index(self, day: dt.date) -> int:
        return (day - self.day0).days

    # -- structure and organisations -----------------------------------------------------------
    def _structure(self) -> None:
        rng, c = self.rng, self.commune
        name = rng.choice(D.STRUCTURE_NAMES)
        if "—" not in name:
            name = f"{name} {de(c.name)}"
        self.site = slug(name.split("—")[0])[:40].strip("-")
        scic = rng.random() < 0.25
        self.created = self.stamp(dt.date(self.first_year - 1, 12, 1))
        self.structure = self.add(
            "structure",
            {
                "id": self.uid(),
                "name": name,
                "siret": self.siret(),
                "rna": None if scic else self.rna(c.departement),
                "legal_form": "scic" if scic else "association",
                "tsr_category": "marchand_non_lucratif" if scic else "non_marchand",
                "insee_code": c.insee,
                "commune": c.name,
                "postal_code": c.postal,
                "departement": c.departement,
                "region": c.region,
                "website": f"https://{self.site}.example",
                "email": f"contact@{self.site}.example",
                "founding_year": self.first_year - rng.randint(2, 12),
                "typology": list(rng.choice(D.STRUCTURE_TYPOLOGIES)),
                "insee_legal_category": "5460" if scic else "9220",
                "approvals": (["esus"] if scic else [])
                + [c for c in ("jep", "cir_cii") if self.rng11.random() < 0.3],
                "networks": ["alliss", "reseau_regional"]
                + (["france_tiers_lieux"] if self.rng11.random() < 0.6 else []),
                "logo": None,
            },
            self.created,
        )

    def _org(self, name: str, org_type: str, sector: str, **ids: str | None) -> Row:
        when = self.created + dt.timedelta(minutes=3 * len(self.rows["organisation"]))
        row = {"id": self.uid(), "name": name, "org_type": org_type, "sector": sector}
        row.update({"siret": None, "rna": None, "ror": None, **ids})
        return self.add("organisation", row, when)

    def _organisations(self) -> None:
        rng, c, s = self.rng, self.commune, self.structure
        org_type = "association" if s["legal_form"] == "association" else "cooperative"
        self.own_org = self._org(s["name"], org_type, "tsr", siret=s["siret"], rna=s["rna"])
        others = [u for u in D.UNIVERSITIES if u != c.university]
        universities = [c.university, *rng.sample(others, 3)]
        self.academic = [self._org(u, "universite", "esr", ror=D.UNIVERSITIES[u]) for u in universities]
        for name, ror in D.RESEARCH_BODIES[: 3 + rng.randint(0, 4)]:
            self.academic.append(self._org(name, "organisme_recherche", "esr", ror=ror))
        school = rng.choice(D.SCHOOLS).format(c=c.name)
        self.academic.append(self._org(school, "ecole", "esr", siret=self.siret()))
        self.funders: dict[str, Row] = {}
        for programme, (name, kind, sector) in D.FUNDERS.items():
            name = name.format(r=c.region, d=c.departement, c=c.name)
            self.funders[programme] = self._org(name, kind, sector, siret=self.siret())
        self.funders["fonds_propres"] = self.own_org
        self.second_foundation = self._org(*D.SECOND_FOUNDATION, siret=self.siret())
        self.city = self._org(f"Ville {de(c.name)}", "collectivite", "public", siret=self.siret())
        self.field_orgs: list[Row] = [self.city]
        self.companies: list[Row] = []
        names = {o["name"] for o in self.rows["organisation"]}
        places = [c.name] * 4 + [D.quartier(q) for q in D.QUARTIERS]
        towns = [c.name] * 3 + [t.name for t in D.COMMUNES if t.region == c.region]
        while len(self.field_orgs) + len(self.companies) < self.counts["organisations"]:
            draw = rng.random()
            if draw < 0.6:
                kind, focus = rng.choice(D.ASSOCIATION_KINDS), rng.choice(D.ASSOCIATION_FOCUS)
                if focus.startswith("de"):
                    name = f"{kind} {focus} {de(rng.choice(places))}"
                else:
                    name = f"{kind} {focus} {rng.choice(towns)}"
                row = ("association", "tsr", {"rna": self.rna(c.departement), "siret": None})
            elif draw < 0.72:
                name = rng.choice(D.COOPERATIVES).format(de=de(rng.choice(places)))
                row = ("cooperative", "tsr", {"siret": self.siret()})
            elif draw < 0.82:
                template, kind = rng.choice(D.LOCAL_PUBLIC)
                name = template.format(c=rng.choice(D.COMMUNES).name)
                row = (kind, "public", {"siret": self.siret()})
            else:
                name = f"{self.fake.last_name()} {rng.choice(('Conseil', 'Environnement', 'Ingénierie'))}"
                row = ("entreprise", "prive", {"siret": self.siret()})
            if name in names:
                continue
            names.add(name)
            org = self._org(name, row[0], row[1], **row[2])
            if row[2].get("rna") and rng.random() < 0.5:
                org["siret"] = self.siret()
            (self.companies if row[0] == "entreprise" else self.field_orgs).append(org)

    # -- projects ----------------------------------------------------------------------------------
    def _title(self, topic: D.Topic, place: str, year: int, used: set[str]) -> str:
        """A title not used yet: a fresh wording, else the year's edition, else a numbered part."""
        for _ in range(30):
            title = self.rng.choice(topic.titles).format(c=place, q=D.quartier(self.rng.choice(D.QUARTIERS)))
            if title not in used:
                break
        candidates = [title, f"{title} ({year})", *(f"{title} ({year}, volet {n})" for n in range(2, 99))]
        title = next(t for t in candidates if t not in used)
        used.add(title)
        return title

    def _projects(self) -> None:
        rng, n = self.rng, self.counts["projects"]
        levels = expand(D.LEVELS)
        preparing = max(1, n // 40)
        abandoned = n // 50
        span = (self.last_day - self.day0).days
        places = [self.commune.name] * 6 + [c.name for c in D.COMMUNES if c.region == self.commune.region]
        used: set[str] = set()
        # A few projects are running from the first weeks, so that the first year has activity.
        early = max(2, round(0.6 * n / max(1, self.last_year - self.first_year + 1)))
        forced = ["anr_saps", "ademe_co3", "region"]  # every demo shows the programmes of the field
        self.projects: list[ProjectPlan] = []
        for i in range(n):
            topic = D.TOPICS[i % len(D.TOPICS)] if i < len(D.TOPICS) else rng.choice(D.TOPICS)
            place = rng.choice(places)
            if i >= n - preparing:
                start = self.last_day + dt.timedelta(days=rng.randint(20, 120))
                end = start + dt.timedelta(days=rng.choice((18, 24, 36)) * 30)
                status = "en_preparation"
            else:
                latest = 120 if i < early else max(1, span - 240)
                start = self.day0 + dt.timedelta(days=rng.randint(0, latest))
                months = rng.choice((4, 6, 8)) if i < abandoned else rng.choice((12, 18, 24, 24, 36, 36, 48))
                end = start + dt.timedelta(days=int(months * 30.4))
                status = "abandonne" if i < abandoned else "termine" if end <= self.last_day else "en_cours"
            programmes = rng.sample(topic.programmes, rng.randint(1, min(2, len(topic.programmes))))
            if i < len(forced) and forced[i] not in programmes:
                programmes.append(forced[i])
            themes = list(topic.themes)
            if rng.random() < 0.2:
                themes.append(rng.choice(("education", "democratie_citoyennete", "culture")))
            summary = topic.summary.format(c=place) + f" Méthode : {rng.choice(D.METHODS)}."
            row = {
                "id": self.uid(),
                "title": self._title(topic, place, start.year, used),
                "summary": summary,
                "status": status,
                "start_date": start,
                "end_date": end,
                "themes": list(dict.fromkeys(themes)),
                "participation_level": rng.choice(levels),
                "knowledge": ["experience", *rng.sample(("academiques", "action"), rng.randint(1, 2))],
                "charter_signed": rng.random() < 0.6,
                "total_budget": Decimal(rng.randrange(15_000, 400_000, 500)),
                "engagement_forms": self._engagement(),
            }
            self.add("project", row, self.stamp(start - dt.timedelta(days=rng.randint(15, 90))))
            self.projects.append(ProjectPlan(row, topic, place, programmes))

    # -- people --------------------------------------------------------------------------------------
    def _phone(self) -> str:
        # Numbers ARCEP reserves for fiction: they reach nobody.
        prefix = self.rng.choice(("06 39 98", "01 99 00", "04 65 71"))
        return f"{prefix} {self.rng.randrange(100):02d} {self.rng.randrange(100):02d}"

    def _people(self) -> None:
        rng, fake, n = self.rng, self.fake, self.counts["participants"]
        staff = max(3, min(25, n // 15))
        categories = expand(D.CATEGORIES)
        self.people: list[Row] = []
        for i in range(n):
            category = "salarie_structure" if i < staff else rng.choice(categories)
            female = rng.random() < 0.52
            first = fake.first_name_female() if female else fake.first_name_male()
            last = fake.last_name()
            sector = D.SECTOR_BY_CATEGORY.get(category) or rng.choice(("public", "prive", "tsr"))
            affiliation = None
            if category == "salarie_structure":
                affiliation = self.own_org["id"]
            elif sector == "esr" and category != "etudiant":
                affiliation = (self.academic[0] if rng.random() < 0.5 else rng.choice(self.academic))["id"]
            elif category == "professionnel":
                affiliation = rng.choice(self.field_orgs + self.companies)["id"]
            elif category == "elu":
                affiliation = self.city["id"]
            domain = rng.choice(("example.org", "example.net", "example.com"))
            email = f"{slug(first)}.{slug(last)}@{domain}" if rng.random() < 0.75 else None
            if category == "salarie_structure":
                email = f"{slug(first)}.{slug(last)}@{self.site}.example"
            person = {
                "id": self.uid(),
                "first_name": first,
                "last_name": last,
                "email": email,
                "phone": self._phone() if rng.random() < 0.4 else None,
                "category": category,
                "sector": sector,
                "affiliation_id": affiliation,
                "consent_date": None,
                "notes": rng.choice(D.PARTICIPANT_NOTES) if rng.random() < 0.08 else None,
                "pid": self.uid(),
            }
            self.people.append(person)

    def _join(self, project: ProjectPlan, person: Row, role: str) -> None:
        """One participation with its dates, and the hours profile of that person on it."""
        if person["id"] in project.member_ids:
            return
        rng, p = self.rng, project.row
        start, end = p["start_date"], p["end_date"]
        own_end = None
        if role not in ("porteur", "co_porteur"):
            latest = min(end, max(start, self.last_day - dt.timedelta(days=30)))
            start = self.day_between(start, start + (latest - start) * 2 // 5)
            if rng.random() < 0.15 and (end - start).days > 90:
                own_end = self.day_between(start + dt.timedelta(days=60), end)
        project.member_ids.add(person["id"])
        self.add(
            "participation",
            {
                "id": self.uid(),
                "participant_id": person["id"],
                "project_id": p["id"],
                "role": role,
                "start_date": start,
                "end_date": own_end,
            },
            self.stamp(start),
        )
        if person["consent_date"] is None or start < person["consent_date"]:
            person["consent_date"] = start
        time_type = D.TIME_TYPE_BY_CATEGORY.get(person["category"], "benevole")
        last = min(own_end or end, self.last_day)
        weight = D.ROLE_WEIGHT[role] * rng.uniform(0.4, 1.6)
        saturdays = time_type == "benevole"
        member = Member(
            person["id"], p["id"], role, time_type, self.index(start), self.index(last), saturdays, weight
        )
        self.members.append(member)
        project.members.append(member)

    def _participations(self) -> None:
        rng = self.rng
        staff = [p for p in self.people if p["category"] == "salarie_structure"]
        researchers = [p for p in self.people if p["category"] in ("chercheur_academique", "doctorant")]
        others = [p for p in self.people if p["category"] != "salarie_structure"]
        for project in self.projects:
            self._join(project, rng.choice(staff), "porteur")
            if researchers and rng.random() < 0.8:
                self._join(project, rng.choice(researchers), "co_porteur")
        # Everyone has a home project (longer projects gather more people), some join others too.
        weights = [1 + (p.row["end_date"] - p.row["start_date"]).days / 365 for p in self.projects]
        cumulated = list(accumulate(weights))
        for person in others:
            homes = rng.choices(
                self.projects, cum_weights=cumulated, k=1 + (rng.random() < 0.4) + (rng.random() < 0.1)
            )
            for project in homes:
                role = "contributeur"
                if person["category"] in ("professionnel", "elu"):
                    role = "partenaire" if rng.random() < 0.6 else "autre"
                elif (
                    "ademe_co3" in project.programmes
                    and person["category"] == "citoyen"
                    and rng.random() < 0.3
                ):
                    role = "tiers_veilleur"
                self._join(project, person, role)
        citizens = [p for p in others if p["category"] in ("citoyen", "benevole")]
        for project in self.projects:  # ADEME CO3 asks every project for a « tiers-veilleur »
            roles = {m.role for m in project.members}
            if "ademe_co3" in project.programmes and "tiers_veilleur" not in roles and citizens:
                self._join(project, rng.choice(citizens), "tiers_veilleur")
        for person in self.people:  # consent is collected a few days before joining; a few forgot
            joined = min(person["consent_date"] or self.day_between(self.day0, self.last_day), self.last_day)
            person["consent_date"] = joined - dt.timedelta(days=rng.randint(0, 10))
            when = self.stamp(person["consent_date"] - dt.timedelta(days=rng.randint(1, 20)))
            if rng.random() < 0.03:
                person["consent_date"] = None
            self.add("participant", person, when)

    # -- outputs, partners, funding, yearly facts -------------------------------------------------------
    def _identifier(self, output_type: str, title: str, day: dt.date) -> str | None:
        rng, site = self.rng, self.site
        n = rng.randrange(10**7)
        if output_type in ("article", "chapitre"):
            return f"10.5072/tl.{day.year}.{n:07d}"  # 10.5072: DataCite's test prefix
        if output_type == "jeu_de_donnees":
            return f"https://doi.org/10.5072/zenodo.{n:07d}"
        if output_type in ("communication", "poster", "document_travail", "rapport_recherche"):
            return f"{rng.choice(('hal', 'halshs'))}-0{n:07d}"
        if output_type == "these_memoire":
            return f"dumas-0{n:07d}"
        if output_type in ("rapport", "note_politique", "livre"):
            return f"https://{site}.example/ressources/{slug(title)[:60]}.pdf"
        if output_type in ("logiciel", "site_web", "video"):
            return f"https://{site}.example/{output_type}/{slug(title)[:60]}"
        return f"https://{site}.example/agenda/{day.isoformat()}" if rng.random() < 0.3 else None

    def _outputs(self) -> None:
        rng = self.rng
        started = [p for p in self.projects if p.row["start_date"] <= self.last_day - dt.timedelta(days=60)]
        cumulated = list(
            accumulate(
                min(p.row["end_date"], self.last_day).toordinal() - p.row["start_date"].toordinal()
                for p in started
            )
        )
        types = expand(D.OUTPUT_TYPES)
        every = list(D.OUTPUT_TITLES)  # the first outputs show every COAR type
        for i in range(self.counts["outputs"]):
            project = rng.choices(started, cum_weights=cumulated)[0]
            p = project.row
            output_type = every[i] if i < len(every) else rng.choice(types)
            first = p["start_date"] + dt.timedelta(days=45)
            day = self.day_between(min(first, self.last_day), min(p["end_date"], self.last_day))
            template, subtype = rng.choice(D.OUTPUT_TITLES[output_type])
            topic = project.topic
            title = template.format(
                s=topic.short, S=cap(topic.short), c=project.place, y=day.year, d=topic.data, t=p["title"]
            )
            low_high = D.ATTENDEES.get(subtype)
            audiences = D.AUDIENCES_BY_TYPE[output_type].split(",")
            output = {
                "id": self.uid(),
                "project_id": p["id"],
                "title": title,
                "date": day,
                "output_type": output_type,
                "subtype": subtype,
                "identifier": self._identifier(output_type, title, day),
                "open_access": low_high is None and rng.random() < 0.85,
                "audiences": audiences,
                "non_academic_coauthors": low_high is None and rng.random() < 0.5,
                "attendees": rng.randint(*low_high) if low_high else None,
            }
            self.add("output", output, self.stamp(day + dt.timedelta(days=rng.randint(0, 20))))
            if low_high is None:
                people = [m.participant_id for m in project.members]
                for author in rng.sample(people, min(len(people), rng.randint(1, 4))):
                    self.rows["output_author"].append({"output_id": output["id"], "participant_id": author})

    def _fund(self, project: Row | None, programme: str, year: int, amount: int, nature: str) -> Row:
        funder = self.funders[programme]
        if programme == "fondation" and self.rng.random() < 0.4:
            funder = self.second_foundation
        reference = None
        if programme == "anr_saps":
            reference = f"ANR-{year % 100:02d}-SSAI-{self.rng.randrange(1, 10**4):04d}"
        elif programme == "ademe_co3":
            reference = f"CO3-{year}-{self.rng.randrange(1, 100):02d}"
        row = {
            "id": self.uid(),
            "project_id": project["id"] if project else None,
            "funder_id": funder["id"],
            "programme": programme,
            "amount": Decimal(amount),
            "year": year,
            "nature": nature,
            "reference": reference,
        }
        return self.add("funding", row, self.stamp(dt.date(year, self.rng.randint(1, 12), 10)))

    def _partners_and_funding(self) -> None:
        rng, partners = self.rng, self.rows["project_partner"]
        people = {p["id"]: p for p in self.people}
        for project in self.projects:
            p = project.row
            when = p["created_at"]
            pairs: dict[tuple[str, str], None] = {}
            scientists = [
                people[m.participant_id]["affiliation_id"] for m in project.members if m.role == "co_porteur"
            ]
            lab = (scientists[0] or self.academic[0]["id"]) if scientists else rng.choice(self.academic)["id"]
            pairs[(lab, "scientifique")] = None
            for org in rng.sample(self.field_orgs, min(len(self.field_orgs), rng.randint(1, 3))):
                pairs[(org["id"], "terrain")] = None
            first_year = p["start_date"].year
            if first_year <= self.last_year:
                for programme in project.programmes:
                    low, high = D.AMOUNTS[programme]
                    amount = rng.randrange(low, high, 100)
                    nature = "mecenat" if programme == "mecenat_entreprise" else "subvention"
                    if programme == "commune_epci" and rng.random() < 0.3:
                        nature = "prestation"
                    row = self._fund(p, programme, first_year, amount, nature)
                    pairs[(row["funder_id"], "financeur")] = None
                    if programme == "region" and first_year < self.last_year and rng.random() < 0.4:
                        self._fund(p, programme, first_year + 1, amount // 2, nature)
            for org_id, role in pairs:
                row = {"id": self.uid(), "project_id": p["id"], "organisation_id": org_id, "role": role}
                partners.append({**row, "created_at": when, "updated_at": when})
        for year in range(self.first_year, self.last_year + 1):  # the structure's own funding
            if year - self.first_year < 3:
                self._fund(None, "fonjep_recherche", year, D.FONJEP_RECHERCHE_YEARLY, "subvention")
            self._fund(None, "commune_epci", year, rng.randrange(5_000, 30_000, 500), "subvention")
            self._fund(None, "fonds_propres", year, rng.randrange(2_000, 20_000, 100), "fonds_propres")

    def _years(self) -> None:
        rng = self.rng
        scale = max(1, self.counts["participants"] // 80)
        employees = rng.randint(3, 6) * (1 + (scale > 1) * 4)
        for year in range(self.first_year, self.last_year + 1):
            employees += rng.choice((0, 0, 1))
            fte = round(employees * rng.uniform(0.7, 0.95), 1)
            budget = rng.randrange(180_000, 450_000, 1_000) * (1 + (scale > 1) * 4)
            changes = []
            if year == self.first_year:
                changes = ["nouveau_partenariat_esr", "poste_recherche_cree"]
            elif rng.random() < 0.3:
                changes = [rng.choice(("formation_equipe", "nouveau_partenariat_esr", "changement_statuts"))]
            if self.rng11.random() < 0.25 or (year == self.last_year and not changes):
                changes.append(self.rng11.choice(("gouvernance", "nouveau_partenariat")))
            research_fte = round(fte * rng.uniform(0.2, 0.45), 1)
            self._jobs(year, employees, fte, research_fte, scale)
            self._changes(year, changes)
            row = {
                "id": self.uid(),
                "structure_id": self.structure["id"],
                "year": year,
                "employees": employees,
                "fte": fte,
                "research_fte": research_fte,
                "active_volunteers": rng.randint(25, 70) * scale,
                "total_budget": Decimal(budget),
                "research_budget": Decimal(budget * rng.randint(20, 40) // 100),
                "public_subsidy_share": round(rng.uniform(0.45, 0.75), 2),
                # Employer-loaded minimum wage of that year, roughly.
                "volunteer_hourly_rate": Decimal("16.50") - Decimal("0.40") * (self.last_year - year),
                "hours_per_fte": 1607,
            }
            self.add("structure_year", row, self.stamp(dt.date(year + 1, 1, 20)))
