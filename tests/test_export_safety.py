"""Hostile text (formula prefixes, control characters, long strings, emoji) round-trips as text."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from long_runs import count

from tierslieux_app.core.export.safety import (
    MAX_CELL_UNITS,
    clean_cell_text,
    escape_csv,
    needs_text_type,
    unescape_csv,
)
from tierslieux_app.core.format.descriptor import load
from tierslieux_app.core.format.readers import PackageSource

PREFIXES = ["=", "+", "-", "@", "=HYPERLINK(", "=1+2", "#N/A", "_x0041_", "\r\n", "\x00", "\x1b[31m"]
PREFIXES += ["]]>", "<b>&amp;", " "]  # XML markup, leading space: escaped, kept
hostile = st.one_of(
    st.text(min_size=1, max_size=200),
    st.tuples(st.sampled_from(PREFIXES), st.text(max_size=60)).map("".join),
    st.text(
        alphabet=st.sampled_from(["😀", "é", "\x07", "\u2028", "\ufffe", "a", "\n", "\t", " "]), max_size=80
    ),
    st.integers(min_value=32_000, max_value=40_000).map(lambda n: "=" + "é😀x" * (n // 3)),
)


def _meta() -> dict[str, object]:
    return {
        "structure_nom": "S",
        "identifiant": "W751234567",
        "annee": 2025,
        "structure_id": "x",
        "version_format": "1.0.0",
        "date_export": "2026-01-01T00:00:00Z",
        "version_application": "t",
    }


def write_one_title(text: str, folder: Path) -> tuple[Path, Path, str | None]:
    """Export one ``projets`` row whose title and summary are ``text``, in both formats."""
    from tierslieux_app.core.export.csv_writer import write_datapackage
    from tierslieux_app.core.export.tables import TableData, normaliser
    from tierslieux_app.core.export.xlsx_writer import write_xlsx
    from tierslieux_app.core.format.descriptor import load

    d = load()
    spec = d.table("projets")
    norm = normaliser(spec)
    values = [
        "0b7d6a52-1f3e-4c2a-9e8b-5a6c7d8e9f01",
        text,
        text,
        "en_cours",
        None,
        None,
        None,
        None,
        None,
        False,
        None,
        0,
        0,
        0,
        0,
        0,
        0,
        None,  # forme_engagement (1.1)
    ]
    raw = dict(zip(spec.field_names, values, strict=True))  # rows are named, never positional
    table = TableData(spec, lambda: iter([norm(raw)]))
    paths = folder / "t.xlsx", folder / "t.zip"
    for writer, path in zip((write_xlsx, write_datapackage), paths, strict=True):
        steps = writer(d, [table], _meta(), path)
        for _ in steps:
            pass
    return paths[0], paths[1], norm(raw)[1]


def test_cleaning_keeps_ordinary_text_and_flags_formulas():
    assert clean_cell_text("Résumé 😀\nligne 2\tx") == "Résumé 😀\nligne 2\tx"
    assert clean_cell_text("a\r\nb\rc\x00d\x1be") == "a\nb\ncde"
    assert clean_cell_text("\x00 \x07") == ""
    assert needs_text_type("=1+2") and needs_text_type("-3") and needs_text_type("#N/A")
    assert not needs_text_type("3 - 2")


@settings(
    max_examples=count(20, 200), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=hostile)
def test_hostile_text_round_trips_as_text(tmp_path, text):
    from openpyxl import load_workbook
    from python_calamine import CalamineWorkbook

    xlsx, pkg, expected = write_one_title(text, tmp_path)
    cleaned = clean_cell_text(text)
    assert expected == (cleaned or None)
    assert clean_cell_text(cleaned) == cleaned  # idempotent
    units = len(cleaned) + sum(1 for ch in cleaned if ord(ch) > 0xFFFF)
    assert units <= MAX_CELL_UNITS
    ws = load_workbook(xlsx)["projets"]
    for cell in (ws["B3"], ws["C3"]):  # under the field names and the French labels
        assert cell.value == expected
        assert expected is None or cell.data_type == "s"
    row = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_name("projets").to_python()[2]
    assert row[1] == (expected or "") and row[2] == (expected or "")
    with zipfile.ZipFile(pkg) as zf:
        rows = list(csv.reader(io.TextIOWrapper(zf.open("projets.csv"), encoding="utf-8", newline="")))
    assert rows[1][1] == escape_csv(expected or "")  # a formula-like text is protected in the CSV
    source = PackageSource(pkg)
    try:
        spec = load().table("projets")
        texts, _ = next(source.rows(spec))
        assert texts[spec.field_names.index("titre")] == (expected or "")  # the value, unescaped
    finally:
        source.close()


@given(text=hostile)
def test_csv_escape_is_reversible(text):
    escaped = escape_csv(text)
    assert unescape_csv(escaped) == text
    assert escaped[:1] not in {"=", "+", "-", "@", "\t"}


def test_csv_escape_follows_owasp_and_keeps_ordinary_text():
    assert escape_csv('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert escape_csv("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert escape_csv("-2+3") == "'-2+3" and escape_csv("@SUM(1)") == "'@SUM(1)"
    assert escape_csv("\tx") == "'\tx"
    assert escape_csv("'=x") == "''=x"  # a real apostrophe before a formula sign is kept
    for plain in ("Atelier", "'citation'", "3 - 2", "l'eau", ""):
        assert escape_csv(plain) == plain == unescape_csv(plain)
