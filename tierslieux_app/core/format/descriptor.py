"""The observatory format as the code sees it: the published JSON descriptor, loaded once.

Writers, checker, codebook and documentation all read this; none keeps its own list
of tables or fields (the canonical CSV spelling of values is in digest.py). The field
rules are standard Table Schema (``trueValues``/``falseValues``, ``enum``, ``pattern``,
``minimum``/``maximum``, ``maxLength``, ``required``, keys), read here as ``FieldSpec``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import TiersLieuxError
from .definitions import VERSION, VERSIONS, build, version_tuple

FORMAT_NAME = "observatoire-tsr"


@dataclass(frozen=True)
class Code:
    code: str
    libelle: str
    uri: str = ""
    unite: str = ""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str  # Table Schema type: string, integer, number, boolean, date, yearmonth
    title: str
    description: str
    required: bool = False
    format: str = ""
    enum: tuple[str, ...] = ()
    pattern: str = ""
    minimum: Any = None
    maximum: Any = None
    max_length: int | None = None
    decimals: int | None = None
    vocab: str = ""
    multiple: bool = False
    example: Any = None
    true_values: tuple[str, ...] = ()
    false_values: tuple[str, ...] = ()
    source: str = ""  # "record.attribute" the export reads (definitions_fields.F), or "" if computed
    since: str = ""  # the format version that added the column ("" = 1.0.0)
    recommended: bool = False  # the completeness check warns when a record lacks it

    @property
    def quantum(self) -> Decimal | None:
        return None if self.decimals is None else Decimal(1).scaleb(-self.decimals)


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: str
    description: str
    fields: tuple[FieldSpec, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...]  # (field, table, field)
    since: str = ""  # the format version that added the table ("" = 1.0.0)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


@dataclass(frozen=True)
class Descriptor:
    raw: dict[str, Any] = field(repr=False)
    name: str
    version: str
    title: str
    tables: tuple[TableSpec, ...]
    vocabularies: dict[str, tuple[Code, ...]]
    required_metadata: tuple[str, ...]
    changelog: tuple[dict[str, Any], ...]

    def table(self, name: str) -> TableSpec:
        for t in self.tables:
            if t.name == name:
                return t
        raise KeyError(name)

    @property
    def table_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tables)

    def codes(self, vocab: str) -> tuple[Code, ...]:
        return self.vocabularies[vocab]

    def label(self, vocab: str, code: str) -> str:
        for c in self.vocabularies.get(vocab, ()):
            if c.code == code:
                return c.libelle
        return code


def _field(d: dict[str, Any]) -> FieldSpec:
    c = d.get("constraints", {})
    return FieldSpec(
        name=d["name"],
        type=d["type"],
        title=d.get("title", d["name"]),
        description=d.get("description", ""),
        required=bool(c.get("required", False)),
        format=d.get("format", ""),
        enum=tuple(c.get("enum", ())),
        pattern=c.get("pattern", ""),
        minimum=c.get("minimum"),
        maximum=c.get("maximum"),
        max_length=c.get("maxLength"),
        decimals=d.get("decimales"),
        vocab=d.get("vocabulaire", ""),
        multiple=bool(d.get("valeurs_multiples", False)),
        example=d.get("example"),
        true_values=tuple(d.get("trueValues", ("true",))),
        false_values=tuple(d.get("falseValues", ("false",))),
        source=d.get("source", ""),
        since=d.get("depuis", ""),
        recommended=bool(d.get("recommande", False)),
    )


def parse(raw: dict[str, Any]) -> Descriptor:
    tables = []
    for res in raw["resources"]:
        schema = res["schema"]
        fks = tuple(
            (fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
            for fk in schema.get("foreignKeys", [])
        )
        tables.append(
            TableSpec(
                name=res["name"],
                title=res.get("title", res["name"]),
                description=res.get("description", ""),
                fields=tuple(_field(f) for f in schema["fields"]),
                primary_key=tuple(schema.get("primaryKey", ())),
                foreign_keys=fks,
                since=res.get("depuis", ""),
            )
        )
    vocabularies = {
        name: tuple(
            Code(r["code"], r.get("libelle", r["code"]), r.get("uri", ""), r.get("unite", "")) for r in rows
        )
        for name, rows in raw.get("vocabulaires", {}).items()
    }
    return Descriptor(
        raw=raw,
        name=raw["name"],
        version=raw["version"],
        title=raw.get("title", raw["name"]),
        tables=tuple(tables),
        vocabularies=vocabularies,
        required_metadata=tuple(raw.get("metadonnees_requises", ())),
        changelog=tuple(raw.get("changelog", ())),
    )


def descriptor_file() -> Path:
    """The published descriptor (generated from the declarations; a test keeps it up to date)."""
    from ..paths import resources_dir

    return resources_dir() / "format" / f"{FORMAT_NAME}-v1.datapackage.json"


@cache
def load(version: str = VERSION) -> Descriptor:
    """The format as the code uses it: the published descriptor plus the application's own keys
    (vocabularies, decimal places), built once per process from the column declarations.

    ``version``: an earlier published version (``definitions.VERSIONS``), to check its files.
    """
    return parse(build(published=False, version=version))


class UnknownVersionError(TiersLieuxError):
    """A file of a format major version this application does not read."""


def for_version(version: str) -> tuple[Descriptor, str]:
    """The descriptor that checks a file declaring ``version``, and a notice for its sender ("" if none).

    A file of a version this application knows is checked against that version (a 1.0.0 file
    against 1.0.0: its tables, columns and codes); a later minor version of the same major
    against the newest one known (its new columns are ignored); another major is refused.
    """
    current = load()
    if not version:
        return current, ""
    major = version.split(".")[0]
    if major != VERSION.split(".")[0]:
        raise UnknownVersionError(
            f"Ce fichier est au format {FORMAT_NAME} {version}, que cette application ne lit pas "
            f"(elle lit les versions {VERSION.split('.')[0]}.x, jusqu'à la {VERSION}) : "
            "demandez à l'expéditeur un fichier au format 1.x, ou mettez l'application à jour."
        )
    known = [v for v in VERSIONS if version_tuple(v)[:2] == version_tuple(version)[:2]]
    if known:
        d = load(known[-1])
        return d, (what_is_new(d, current) if d.version != current.version else "")
    if version_tuple(version) > version_tuple(VERSION):
        return current, f"version {version} plus récente que {VERSION} : les champs nouveaux sont ignorés"
    return current, ""


def added(old: Descriptor, new: Descriptor) -> tuple[list[TableSpec], list[tuple[TableSpec, FieldSpec]]]:
    """What ``new`` adds to ``old``: its new tables, and the new columns of the tables both have."""
    tables = [t for t in new.tables if t.name not in old.table_names]
    columns = [
        (t, f)
        for t in new.tables
        if t.name in old.table_names
        for f in t.fields
        if f.name not in old.table(t.name).field_names
    ]
    return tables, columns


def what_is_new(old: Descriptor, new: Descriptor) -> str:
    """One sentence for the sender of an ``old`` file: what the ``new`` version adds."""
    new_tables, new_columns = added(old, new)
    tables = [t.name for t in new_tables]
    columns = [f"{t.name}.{f.name}" for t, f in new_columns]
    parts = []
    if tables:
        parts.append("les tables " + ", ".join(tables))
    if columns:
        parts.append("les colonnes " + ", ".join(columns))
    return (
        f"fichier au format {old.version}, valide ; la version {new.version} ajoute "
        + " et ".join(parts)
        + " : mettez à jour l'application pour les renseigner"
    )
