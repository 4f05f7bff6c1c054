"""Every message of core/errors.py and of the services has its English (core.i18n), and the
French ones keep French typography; the command line stays French."""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pytest

from tierslieux_app.core import errors, i18n
from tierslieux_app.core.errors import DependentDataError, NotFoundError, ValidationError
from tierslieux_app.core.services import organisations, projects, structure

CORE = Path(i18n.__file__).parent
SERVICES = [f"services/{p.name}" for p in sorted((CORE / "services").glob("*.py"))]
STORAGE = [
    "db.py",
    "storage.py",
    "fileio.py",
    "lock.py",
    "backup.py",
    "export/exporter.py",
    "export/tables.py",
]
IMPORT = ["spreadsheet_import/importer.py", "spreadsheet_import/mapping.py", "spreadsheet_import/reading.py"]
OTHERS = ["sync/lots.py", "sync/conflicts.py", "erasure.py", "recovery.py", "integrity.py"]
MODULES = ["errors.py", *SERVICES, *STORAGE, *IMPORT, *OTHERS]
CALLS = {"t", "problem", "plural"}


def _templates(module: str) -> list[str]:
    """The French literals given to t(), problem() and plural() in ``module``."""
    out = []
    for node in ast.walk(ast.parse((CORE / module).read_text())):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in CALLS:
            continue
        for arg in node.args:
            if isinstance(arg, ast.JoinedStr):
                out.append(ast.unparse(arg))  # an f-string cannot be looked up: a failure
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str) and " " in arg.value:
                out.append(arg.value)
    return out


@pytest.fixture
def linked(db, sample):
    """The sample with two hour entries on its project, and its organisation a partner."""
    from tierslieux_app.core.services import time_entries

    for day in ("2024-03-04", "2024-03-05"):
        time_entries.create_entry(
            db,
            {
                "participant_id": sample["anne"],
                "project_id": sample["project"],
                "date": day,
                "hours": "2",
                "time_type": "benevole",
                "activity": "animation",
            },
        )
    projects.add_partner(
        db, {"project_id": sample["project"], "organisation_id": sample["org"], "role": "terrain"}
    )
    return sample


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("fr")


def test_every_message_of_errors_services_and_storage_has_its_english():
    templates = [text for module in MODULES for text in _templates(module)]
    assert len(templates) > 55
    assert [text for text in templates if text not in i18n.EN] == []
    for module in ["errors.py", *SERVICES]:  # a message built with an f-string would stay French
        source = (CORE / module).read_text()
        assert 'Error(f"' not in source and 'Error(\n            f"' not in source, module


def test_no_french_left_in_the_english_messages():
    french = ("é", "è", "à ", " le ", " la ", " les ", " de ", "«", "»", "\u00a0", "\u202f")
    english = [text for text in i18n.EN.values() if any(word in text for word in french)]
    assert english == []


def test_services_refuse_in_english_in_the_english_window(english, db, linked):
    sample = linked
    with pytest.raises(ValidationError) as refused:
        projects.update_project(db, sample["project"], {"start_date": "2025-06-01", "end_date": "2025-01-01"})
    assert str(refused.value) == "End date: The end date is before the start date"
    with pytest.raises(NotFoundError, match=r"^Project not found \(identifier nope\)\.$"):
        projects.get_project(db, "nope")
    with pytest.raises(DependentDataError) as dependent:
        projects.delete_project(db, sample["project"])
    n = dependent.value.counts["time_entry"]
    assert str(dependent.value) == f"This project has {n} hour entries: confirm that these hours are deleted."
    with pytest.raises(DependentDataError, match="is a partner of 1 project and the funder of 0 fundings"):
        organisations.delete_organisation(db, sample["org"])


def test_french_stays_french_with_its_plurals(db, linked):
    sample = linked
    with pytest.raises(NotFoundError, match=r"^Projet introuvable \(identifiant nope\)\.$"):
        projects.get_project(db, "nope")
    with pytest.raises(
        DependentDataError, match="partenaire de 1 projet et financeur de 0 financement\u00a0:"
    ):
        organisations.delete_organisation(db, sample["org"])
    with pytest.raises(ValidationError) as refused:
        structure.save_structure(db, {"rna": ""})
    assert str(refused.value) == "SIRET : indiquez au moins un SIRET ou un numéro RNA"


def test_plural_follows_each_language_rule():
    assert i18n.plural(0, "{n} saisie d’heures", "{n} saisies d’heures", "fr") == "0 saisie d’heures"
    assert i18n.plural(0, "{n} saisie d’heures", "{n} saisies d’heures", "en") == "0 hour entries"
    assert i18n.plural(1, "{n} saisie d’heures", "{n} saisies d’heures", "en") == "1 hour entry"
    assert i18n.plural(2, "{n} saisie d’heures", "{n} saisies d’heures", "fr") == "2 saisies d’heures"


def test_known_failures_in_english_and_french(english):
    assert errors.explain(OSError(errno.EACCES, "denied", "/srv/a.xlsx")) == (
        "Access denied to the file or folder “/srv/a.xlsx”: check its permissions or choose another one."
    )
    assert errors.explain_sqlite("database is locked") == (
        "The database is busy with another program; try again in a moment."
    )
    i18n.set_language("fr")
    assert errors.explain(OSError(errno.EACCES, "denied", "/srv/a.xlsx")) == (
        "Accès refusé au fichier ou dossier «\u00a0/srv/a.xlsx\u00a0»\u00a0: vérifiez ses droits ou "
        "choisissez-en un autre."
    )


def test_storage_and_export_refusals_in_english(english, tmp_path):
    from tierslieux_app.core.fileio import require_parent
    from tierslieux_app.core.storage import open_database

    with pytest.raises(errors.StorageError, match=r"^The file “.*missing\.sqlite3” does not exist\.$"):
        open_database(tmp_path / "missing.sqlite3", readonly=True)
    with pytest.raises(
        errors.MissingFolderError, match=r"^The folder “.*nowhere” does not exist: create it first"
    ):
        require_parent(tmp_path / "nowhere" / "2025.xlsx")
    open_database(tmp_path / "a.sqlite3").close()
    db = open_database(tmp_path / "a.sqlite3", readonly=True)
    try:
        with (
            pytest.raises(
                errors.ReadOnlyError, match=r"^The database is open read-only: it cannot be changed\.$"
            ),
            db.write(),
        ):
            pass
    finally:
        db.close()
