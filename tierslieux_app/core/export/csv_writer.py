"""The yearly file as a Frictionless Data Package: one ZIP with the CSV files and datapackage.json.

The CSV bytes are the canonical spelling (digest.py): UTF-8 without BOM, comma,
LF line ends, with a text that a spreadsheet would run as a formula (``= + - @``)
protected by an apostrophe (``safety.escape_csv``, OWASP's advice against CSV injection).
``datapackage.json`` is the published descriptor plus the file's metadata
(``metadonnees``, whose ``empreinte_sha256`` is the fingerprint of the values). No
per-resource ``hash`` / ``bytes`` is declared: they would bind the file to its bytes,
and a Table Schema tool would refuse a CSV that a spreadsheet re-saved with the same
values (see ``digest``).
"""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Generator
from pathlib import Path
from typing import Any

from ..format.descriptor import Descriptor
from ..format.digest import CanonicalCsv, package_digest
from .tables import TableData

PACKAGE_JSON = "datapackage.json"
# What an exported package declares instead of a licence: its rows describe people, pseudonymised
# (still personal data under the GDPR), sent to the observatory for its study only.
PERSONAL_DATA = (
    "Données personnelles pseudonymisées (RGPD, art. 4.5) transmises à l'Observatoire du TSR et des "
    "recherches participatives pour ses seules études : aucune licence de réutilisation ne s'applique "
    "à ces données, qui ne sont pas des données ouvertes."
)
PROGRESS_EVERY = 2000


def package_json(d: Descriptor, meta: dict[str, Any], hashes: dict[str, str]) -> str:
    """The exported ``datapackage.json``: the format's descriptor plus this file's facts."""
    pkg = copy.deepcopy(d.raw)
    pkg["name"] = f"{d.name}-{meta['identifiant'].lower()}-{meta['annee']}"
    pkg["title"] = f"{d.title} — {meta['structure_nom']} — {meta['annee']}"
    pkg["created"] = meta["date_export"]
    pkg["metadonnees"] = meta
    pkg["resources"] = [res for res in pkg["resources"] if res["name"] in hashes]
    for res in pkg["resources"]:
        res.pop("hash", None)  # values, not bytes, are fingerprinted (module docstring)
        res.pop("bytes", None)
    for key in ("homepage", "changelog", "metadonnees_requises", "licenses"):
        pkg.pop(key, None)  # the open licence is the specification's: never the data's
    pkg["donnees_personnelles"] = PERSONAL_DATA
    pkg["format"] = {"nom": d.name, "version": d.version, "specification": d.raw.get("homepage", "")}
    return json.dumps(pkg, ensure_ascii=False, indent=2) + "\n"


def write_datapackage(
    d: Descriptor, tables: list[TableData], meta: dict[str, Any], path: Path
) -> Generator[int, None, dict[str, Any]]:
    """Write the ZIP to ``path``; yields rows written; returns the table hashes and digest."""
    hashes: dict[str, str] = {}
    counts: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for table in tables:
            name = table.spec.name
            with zf.open(f"{name}.csv", "w", force_zip64=True) as member:
                canon = CanonicalCsv(table.spec, member)
                for values in table.rows():
                    canon.add(values)
                    if canon.rows % PROGRESS_EVERY == 0:
                        yield PROGRESS_EVERY
                canon.flush()  # the last rows, before the member closes
                yield canon.rows % PROGRESS_EVERY
            hashes[name], counts[name] = canon.hexdigest(), canon.rows
        meta["empreinte_sha256"] = package_digest(hashes.items())
        zf.writestr(PACKAGE_JSON, package_json(d, meta, hashes))
    return {"hashes": hashes, "counts": counts}
