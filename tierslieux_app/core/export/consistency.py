"""Cross-table checks of a yearly file: the aggregates agree with the detail rows.

- the hours of ``temps`` sum, per project and type, to the ``projets`` columns, and
  in total to the ``indicateurs``;
- distinct participants (per project, per category) and outputs agree;
- funding by programme agrees; the structure row matches the metadata.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from . import descriptor as descriptor_mod
from .checker import Report, Source, open_source
from .descriptor import Descriptor

TYPE_COLUMNS = {
    "benevole": "heures_benevoles",
    "salarie": "heures_salariees",
    "mis_a_disposition": "heures_mises_a_disposition",
}


def _records(source: Source, d: Descriptor, name: str) -> list[dict[str, str]]:
    spec = d.table(name)
    return [dict(zip(spec.field_names, texts, strict=True)) for texts, _ in source.rows(spec)]


def _dec(text: str) -> Decimal:
    return Decimal(text or "0")


def check_consistency(path: Path, d: Descriptor | None = None) -> Report:
    """Semantic agreement between tables (run after ``check_file`` found the shapes valid)."""
    d = d or descriptor_mod.load()
    source = open_source(Path(path))
    report = Report(metadata=dict(source.metadata))
    try:
        _check(source, d, report)
    finally:
        source.close()
    return report


def _check(source: Source, d: Descriptor, report: Report) -> None:
    hours: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    people: dict[str, set[str]] = defaultdict(set)
    everyone: set[str] = set()
    for texts, _ in source.rows(d.table("temps")):
        project, pid, _month, kind, _activity, h = texts
        hours[(project, kind)] += _dec(h)
        people[project].add(pid)
        everyone.add(pid)
    indicators = {r["code"]: _dec(r["valeur"]) for r in _records(source, d, "indicateurs")}
    outputs: dict[str, int] = defaultdict(int)
    by_type: dict[str, int] = defaultdict(int)
    for r in _records(source, d, "productions"):
        outputs[r["projet_id"]] += 1
        by_type[r["type"]] += 1
    for r in _records(source, d, "projets"):
        pid = r["projet_id"]
        total = Decimal(0)
        for kind, column in TYPE_COLUMNS.items():
            total += hours[(pid, kind)]
            if _dec(r[column]) != hours[(pid, kind)]:
                report.add(
                    "projets",
                    0,
                    column,
                    "sum",
                    f"projet {pid} : {r[column]} h ≠ {hours[(pid, kind)]} h dans temps",
                )
        if _dec(r["heures_total"]) != total:
            report.add(
                "projets", 0, "heures_total", "sum", f"projet {pid} : {r['heures_total']} h ≠ {total} h"
            )
        if int(r["participants_distincts"] or 0) != len(people[pid]):
            report.add(
                "projets", 0, "participants_distincts", "sum", f"projet {pid} : participants distincts"
            )
        if int(r["productions"] or 0) != outputs[pid]:
            report.add("projets", 0, "productions", "sum", f"projet {pid} : nombre de productions")
    expected: dict[str, Decimal] = {"heures_total": sum(hours.values(), Decimal(0))}
    for kind in TYPE_COLUMNS:
        expected[f"heures_{kind}"] = sum((h for (_, k), h in hours.items() if k == kind), Decimal(0))
    expected["participants_total"] = Decimal(len(everyone))
    category = {r["pid"]: r["categorie"] for r in _records(source, d, "participants")}
    for code in d.codes("participant_category"):
        expected[f"participants_{code.code}"] = Decimal(
            sum(1 for p in everyone if category.get(p) == code.code)
        )
    expected["productions_total"] = Decimal(sum(by_type.values()))
    for code in d.codes("output_type"):
        expected[f"productions_{code.code}"] = Decimal(by_type.get(code.code, 0))
    funding: dict[str, Decimal] = defaultdict(Decimal)
    for r in _records(source, d, "financements"):
        funding[r["programme"]] += _dec(r["montant"])
    expected["financements_total"] = sum(funding.values(), Decimal(0))
    for code in d.codes("programme"):
        expected[f"financements_{code.code}"] = funding.get(code.code, Decimal(0))
    for code, value in expected.items():
        if indicators.get(code) != value:
            report.add(
                "indicateurs",
                0,
                code,
                "sum",
                f"{code} : {indicators.get(code)} ≠ {value} (tables détaillées)",
            )
    structure = _records(source, d, "structure")
    meta = report.metadata
    if len(structure) != 1:
        report.add("structure", 0, "", "rows", f"une ligne attendue, {len(structure)} trouvée(s)")
    elif meta:
        if structure[0]["annee"] != str(meta.get("annee", "")):
            report.add("structure", 2, "annee", "metadata", "l'année diffère de celle des métadonnées")
        if structure[0]["structure_id"] != meta.get("structure_id", ""):
            report.add("structure", 2, "structure_id", "metadata", "l'identifiant diffère des métadonnées")
