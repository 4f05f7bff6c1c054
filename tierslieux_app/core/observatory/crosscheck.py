"""The export side's cross-table checks (``core.export.consistency``), column by column.

Same rules, same problems in the same order, same messages: the hours of ``temps`` sum,
per project and type, to the ``projets`` columns and in total to the ``indicateurs``;
distinct participants, outputs and funding agree; the structure row matches the metadata.
A yearly file has thousands of ``temps`` rows and a few hundred distinct (project, type,
hours) triples: counting the triples (``Counter``, in C) then adding each distinct amount
times its count gives the exact sums several times sooner than a Python loop over rows.
Decimal sums are exact here (validated amounts, two decimals, see ``EXACT_CHARS``), so the
order of the additions changes nothing, not even the number of decimals printed.
``tests/test_observatory_validate.py`` compares both on the demo files and the corpus.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal

from ..export import consistency
from ..export.checker import Report, Source
from ..export.consistency import TYPE_COLUMNS
from ..export.descriptor import Descriptor
from .xlsx_source import columns_of

# Hours of at most 15 characters (< 10^13), summed over at most a few million rows, stay far
# below the 28 significant digits of the default decimal context: every sum is exact.
EXACT_CHARS = 15


def _dec(text: str) -> Decimal:
    return Decimal(text or "0")


def check_consistency(source: Source, d: Descriptor, report: Report) -> None:
    def table(name: str) -> dict[str, list[str]]:
        spec = d.table(name)
        return dict(zip(spec.field_names, columns_of(source, spec), strict=True))

    def records(name: str) -> list[dict[str, str]]:
        cols = table(name)
        return [dict(zip(cols, texts, strict=True)) for texts in zip(*cols.values(), strict=True)]

    temps = table("temps")
    if max(map(len, set(temps["heures"])), default=0) > EXACT_CHARS:
        consistency._check(source, d, report)  # amounts too large for exact sums: the row by row ones
        return
    hours: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    triples = Counter(zip(temps["projet_id"], temps["type_temps"], temps["heures"], strict=True))
    for (project, kind, h), count in triples.items():
        hours[(project, kind)] += _dec(h) * count
    people: dict[str, set[str]] = defaultdict(set)
    for project, pid in set(zip(temps["projet_id"], temps["pid"], strict=True)):
        people[project].add(pid)
    everyone = set(temps["pid"])
    ind = table("indicateurs")
    indicators = dict(zip(ind["code"], map(_dec, ind["valeur"]), strict=True))
    prod = table("productions")
    outputs = Counter(prod["projet_id"])
    by_type = Counter(prod["type"])
    for r in records("projets"):
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
    part = table("participants")
    category = dict(zip(part["pid"], part["categorie"], strict=True))
    per_category = Counter(map(category.get, everyone))
    for code in d.codes("participant_category"):
        expected[f"participants_{code.code}"] = Decimal(per_category[code.code])
    expected["productions_total"] = Decimal(sum(by_type.values()))
    for code in d.codes("output_type"):
        expected[f"productions_{code.code}"] = Decimal(by_type.get(code.code, 0))
    funding: dict[str, Decimal] = defaultdict(Decimal)
    fin = table("financements")
    for programme, amount in zip(fin["programme"], fin["montant"], strict=True):
        funding[programme] += _dec(amount)
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
    structure = records("structure")
    meta = report.metadata
    if len(structure) != 1:
        report.add("structure", 0, "", "rows", f"une ligne attendue, {len(structure)} trouvée(s)")
    elif meta:
        if structure[0]["annee"] != str(meta.get("annee", "")):
            report.add("structure", 2, "annee", "metadata", "l'année diffère de celle des métadonnées")
        if structure[0]["structure_id"] != meta.get("structure_id", ""):
            report.add("structure", 2, "structure_id", "metadata", "l'identifiant diffère des métadonnées")
