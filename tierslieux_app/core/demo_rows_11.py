"""The demo's facts of format 1.1 (core/demo_rows.RowPlan): forms of engagement, jobs by contract,
organisational changes. They draw from their own random stream (``rng11``), so that the data of
format 1.0 stays the same for each seed."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from typing import Any

from . import vocab as V

# Short descriptions of organisational changes, as a coordinator shares them (never a name).
ORG_CHANGE_TEXTS = {
    "poste_recherche_cree": "Création d'un poste de chargé·e de recherche cofinancé par le Fonjep.",
    "nouveau_partenariat_esr": "Convention de partenariat signée avec un laboratoire de l'université.",
    "formation_equipe": "Formation de l'équipe salariée aux méthodes d'enquête participative.",
    "changement_statuts": "Objet statutaire élargi à la recherche participative.",
    "gouvernance": "Création d'un collège « chercheurs et chercheuses » au conseil d'administration.",
    "nouveau_partenariat": "Partenariat avec le centre social du quartier pour les ateliers.",
}


class Format11Rows:
    """Mixed into ``RowPlan``, which provides the stream, the structure and the row helpers."""

    rng11: random.Random
    structure: dict[str, Any]
    add: Callable[..., dict[str, Any]]
    stamp: Callable[..., dt.datetime]

    def uid11(self) -> str:
        return str(uuid.UUID(int=self.rng11.getrandbits(128), version=4))

    def _engagement(self) -> list[str]:
        """Most projects are participatory research; a third also social innovation, some expertise."""
        r = self.rng11
        if r.random() < 0.08:
            return ["expertise"]
        forms = ["recherche_participative"]
        if r.random() < 0.35:
            forms.append("innovation_sociale")
        if r.random() < 0.2:
            forms.insert(0, "expertise")
        return forms

    def _jobs(self, year: int, employees: int, fte: float, research_fte: float, scale: int) -> None:
        """The year's employees split as tiers-lieux employ (mostly CDI and CDD, some subsidised
        contracts, work-study and CIFRE), FTE and research FTE shared so that they sum to the
        year's totals; plus civic service volunteers, interns and seconded staff, apart."""
        r = self.rng11
        kinds = ["cdi"] * 7 + ["cdd"] * 3 + ["contrat_aide", "alternance"] + ["cifre"] * (scale > 1)
        heads: dict[str, int] = {"cdi": 1}
        for _ in range(employees - 1):
            kind = r.choice(kinds)
            heads[kind] = heads.get(kind, 0) + 1
        left_fte, left_research = round(fte * 100), round(research_fte * 100)
        lines = sorted(heads.items(), key=lambda kv: V.CONTRACT_TYPE.codes.index(kv[0]))
        for i, (kind, n) in enumerate(lines):
            last = i == len(lines) - 1
            part = left_fte if last else min(left_fte, round(fte * 100 * n / employees))
            research = (
                left_research if last else min(left_research, part, round(research_fte * 100 * n / employees))
            )
            left_fte, left_research = left_fte - part, left_research - research
            self._job(year, kind, n, part / 100, research / 100)
        others = {
            "service_civique": r.choice((0, 1, 1, 2, 3)) * scale,
            "stage": r.choice((0, 0, 1, 2)),
            "mise_a_disposition": r.choice((0, 0, 0, 1)),
        }
        for kind, n in others.items():
            if n:
                share = {"service_civique": 0.55, "stage": 0.25, "mise_a_disposition": 0.2}[kind]
                self._job(year, kind, n, round(n * share, 2), round(n * share * 0.5, 2))

    def _job(self, year: int, kind: str, headcount: int, fte: float, research: float) -> None:
        row = {
            "id": self.uid11(),
            "structure_id": self.structure["id"],
            "year": year,
            "contract_type": kind,
            "headcount": headcount,
            "fte": fte,
            "research_fte": research,
        }
        self.add("job_line", row, self.stamp(dt.date(year + 1, 1, 20), self.rng11))

    def _changes(self, year: int, codes: list[str]) -> None:
        for code in codes:
            text = ORG_CHANGE_TEXTS.get(code)
            row = {
                "id": self.uid11(),
                "structure_id": self.structure["id"],
                "year": year,
                "code": code,
                "description": text,
                "shared": bool(text) and self.rng11.random() < 0.7,
            }
            self.add("org_change", row, self.stamp(dt.date(year, 12, 15), self.rng11))
