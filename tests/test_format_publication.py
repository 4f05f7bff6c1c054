"""The schema repository for schema.data.gouv.fr (``schema/``): up to date, valid, self-sufficient.

Each table's ``schema.json`` validates its ``exemple-valide.csv`` with frictionless alone; the
package of examples validates with ``datapackage.json`` (keys between tables included); the
metadata the catalogue reads are there; the texts give the current version.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tierslieux_app.core.format import publication as P

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / P.SCHEMA_DIR
CATALOGUE_KEYS = [
    "name",
    "title",
    "description",
    "countryCode",
    "homepage",
    "created",
    "lastModified",
    "version",
    "contributors",
    "licenses",
    "keywords",
]

frictionless = pytest.importorskip("frictionless")


def committed() -> dict[str, str]:
    return {
        path.relative_to(SCHEMA).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(SCHEMA.rglob("*"))
        if path.is_file()
    }


def table_dirs() -> list[Path]:
    return [SCHEMA / r["name"] for r in P.published()["resources"]]


def test_committed_folder_is_what_the_generator_writes():
    generated = P.render()
    assert sorted(committed()) == sorted(generated), (
        "régénérez : python -m tierslieux_app.core.format.publication"
    )
    for rel, text in generated.items():
        assert committed()[rel] == text, (
            f"{rel} : régénérez avec python -m tierslieux_app.core.format.publication"
        )


def test_each_table_schema_validates_its_example_alone():
    for folder in table_dirs():
        descriptor = json.loads((folder / P.SCHEMA_FILE).read_text(encoding="utf-8"))
        assert "foreignKeys" not in descriptor, folder.name
        assert list(frictionless.Schema.metadata_validate(descriptor)) == [], folder.name
        resource = frictionless.Resource(
            {"name": folder.name, "path": P.EXAMPLE_FILE, "schema": P.SCHEMA_FILE}, basepath=str(folder)
        )
        report = resource.validate()
        assert report.valid, (folder.name, report.flatten(["rowNumber", "fieldName", "type", "message"]))
        assert 1 <= report.task.stats["rows"] <= P.EXAMPLE_ROWS, folder.name


def test_package_of_examples_is_valid_with_its_keys(tmp_path):
    package = json.loads((SCHEMA / "datapackage.json").read_text(encoding="utf-8"))
    assert any(r["schema"].get("foreignKeys") for r in package["resources"]), "keys between tables checked"
    report = frictionless.validate(str(SCHEMA / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])

    copy = tmp_path / "schema"
    shutil.copytree(SCHEMA, copy)
    example = copy / "participations" / P.EXAMPLE_FILE
    lines = example.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = "00000000-0000-4000-8000-000000000000" + lines[1][lines[1].index(",") :]
    example.write_text("".join(lines), encoding="utf-8")
    report = frictionless.validate(str(copy / "datapackage.json"))
    assert not report.valid
    assert {t for (t,) in report.flatten(["type"])} == {"foreign-key"}


def test_catalogue_metadata_is_there_and_follows_the_descriptor():
    raw = P.published()
    dates = sorted(e["date"] for e in raw["changelog"])
    package = json.loads((SCHEMA / "datapackage.json").read_text(encoding="utf-8"))
    for key in CATALOGUE_KEYS:
        assert package.get(key), key
    assert package["version"] == raw["version"]
    assert package["created"].startswith(dates[0]) and package["lastModified"] == dates[-1]
    assert list(frictionless.Package.metadata_validate(package)) == []
    for folder in table_dirs():
        schema = json.loads((folder / P.SCHEMA_FILE).read_text(encoding="utf-8"))
        for key in [*CATALOGUE_KEYS, "$schema", "path", "resources"]:
            assert schema.get(key), (folder.name, key)
        assert schema["countryCode"] == "FR" and schema["version"] == raw["version"]
        assert (schema["created"], schema["lastModified"]) == (dates[0], dates[-1])
        assert all(c["organisation"] and "@" in c["email"] for c in schema["contributors"])
        assert schema["licenses"][0]["name"] == "etalab-2.0"
        assert schema["path"].endswith(f"/v{raw['version']}/{folder.name}/{P.SCHEMA_FILE}")
        assert schema["resources"][0]["path"].endswith(f"/{folder.name}/{P.EXAMPLE_FILE}")
        names = [f["name"] for f in schema["fields"]]
        published = next(r for r in raw["resources"] if r["name"] == folder.name)
        assert names == [f["name"] for f in published["schema"]["fields"]]
        assert schema["primaryKey"] == published["schema"]["primaryKey"]


def test_texts_give_the_current_version_and_the_policy():
    raw = P.published()
    version = raw["version"]
    readme = (SCHEMA / "README.md").read_text(encoding="utf-8")
    changelog = (SCHEMA / "CHANGELOG.md").read_text(encoding="utf-8")
    licence = (SCHEMA / "LICENSE").read_text(encoding="utf-8")
    assert f"**{version}**" in readme and f"`v{version}`" in readme
    assert f"## {version}" in changelog
    for entry in raw["changelog"]:
        assert f"## {entry['version']} — {entry['date']}" in changelog
    for word in ("**correctif**", "**mineure**", "**majeure**", "frictionless validate", "Validata"):
        assert word in readme, word
    for res in raw["resources"]:
        assert f"`{res['name']}`" in readme
    assert "etalab-2.0" in licence and "données personnelles" in licence
    prose = re.sub(r"```.*?```", "", readme, flags=re.S)
    assert " :" not in prose and " ;" not in prose and "« " not in prose  # French no-break spaces


def test_write_replaces_files_and_removes_what_is_no_longer_generated(tmp_path):
    folder = tmp_path / "schema"
    (folder / "ancienne_table").mkdir(parents=True)
    (folder / "ancienne_table" / P.SCHEMA_FILE).write_text("{}", encoding="utf-8")
    (folder / "README.md").write_text("ancien", encoding="utf-8")
    P.write(folder, {"README.md": "nouveau\n", "projets/schema.json": "{}\n"})
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "README.md",
        "projets",
        "projets/schema.json",
    ]
    assert (folder / "README.md").read_text(encoding="utf-8") == "nouveau\n"
