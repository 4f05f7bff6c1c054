"""Core's messages in the window's language (core.i18n, Qt-free): French by default for the
command line and the export files; English when the window is English."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tierslieux_app.core import fields as F
from tierslieux_app.core import i18n
from tierslieux_app.core.completeness import check_year
from tierslieux_app.core.errors import ValidationError
from tierslieux_app.core.services import time_entries

CORE = Path(i18n.__file__).parent


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("fr")


def test_core_does_not_import_qt():
    source = Path(i18n.__file__).read_text()
    assert "PySide6" not in source and "Qt" not in source.split('"""')[2]


def test_every_template_of_fields_and_completeness_has_its_english():
    """Every literal given to t() in the modules that use it is in the catalogue."""
    missing = []
    for module in ("fields.py", "completeness.py"):
        tree = ast.parse((CORE / module).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"t", "_finding", "_counted"}:
                for arg in node.args:
                    text = arg.value if isinstance(arg, ast.Constant) else None
                    if isinstance(text, str) and " " in text and text not in i18n.EN:
                        missing.append(text)
                    if isinstance(arg, ast.JoinedStr):
                        missing.append(ast.unparse(arg))
    for check in (F.check_rna, F.check_insee, F.check_postal, F.check_email, F.check_url):  # _pattern's
        i18n.set_language("en")
        try:
            with pytest.raises(F.Invalid) as info:
                check("?")
        finally:
            i18n.set_language("fr")
        assert "n'est" not in info.value.message, info.value.message
    assert missing == []


def test_a_refused_value_is_said_in_english_in_the_english_window(english, db, sample):
    rule = F.by_name(F.TIME_ENTRY)["hours"]
    with pytest.raises(F.Invalid) as info:
        F._convert(rule, "30")
    assert info.value.message == "“30” is above the maximum (24)"
    with pytest.raises(ValidationError) as refused:
        time_entries.create_entry(
            db,
            {
                "participant_id": sample["anne"],
                "project_id": sample["project"],
                "date": "le 3 mars",
                "hours": "abc",
                "time_type": "benevole",
                "activity": "animation",
            },
        )
    by_field = {p.field: p for p in refused.value.problems}
    assert by_field["hours"].label == "Hours" and by_field["hours"].message == "“abc” is not a number"
    assert by_field["date"].message.startswith("“le 3 mars” is not a valid date")


def test_french_stays_the_default(db, sample):
    assert i18n.language() == "fr"
    with pytest.raises(F.Invalid, match="dépasse le maximum \\(24\\)"):
        F._convert(F.by_name(F.TIME_ENTRY)["hours"], "30")


def test_findings_keep_their_french_message_and_say_it_in_english(db, sample):
    findings = {f.code: f for f in check_year(db, 2025)}
    no_hours = findings["no_hours"]
    assert no_hours.message == "Aucune heure n'est saisie pour 2025"  # the export's read-me, the CLI
    assert no_hours.text("en") == "No hours are entered for 2025"
    assert no_hours.text("fr") == no_hours.message


def test_the_window_gets_french_typography_files_and_the_command_line_plain_spaces():
    from tierslieux_app.core import i18n

    template = "« {name} » est introuvable : vérifiez ; recommencez ?"
    try:
        i18n.set_language("fr", typographic=True)
        shown = i18n.t(template, name="a : b")
        # the values stay as they are
        assert shown == "«\u00a0a : b\u00a0» est introuvable\u00a0: vérifiez\u202f; recommencez\u202f?"
        assert i18n.t(template, "fr", name="x") == "« x » est introuvable : vérifiez ; recommencez ?"
        assert i18n.plural(2, "{n} ligne", "{n} lignes", "fr") == "2 lignes"
    finally:
        i18n.set_language("fr")
    assert i18n.t(template, name="x") == "« x » est introuvable : vérifiez ; recommencez ?"
