"""Cell text that every spreadsheet opens as text, the same in the XLSX and in the CSV.

- Control characters are removed (XML 1.0 forbids most of them; the rest confuse
  spreadsheets); line breaks are normalised to ``\\n`` so they read back identical.
- Text longer than a spreadsheet cell holds (32,767 UTF-16 units) is cut, in both
  formats alike, so that they still hold exactly the same values.
- ``_xHHHH_`` is an escape sequence in XLSX that readers disagree on (Excel and calamine
  decode it, openpyxl does not): its underscore becomes a full-width low line (U+FF3F).
- Text made only of spaces is empty (readers disagree on it).
- Text that a spreadsheet could take for a formula (``=``, ``+``, ``-``, ``@``) or an
  error code is flagged: the XLSX writer then forces the cell type to text.

CSV injection (OWASP, « CSV Injection »): a CSV has no cell types, so a spreadsheet that
opens one runs ``=HYPERLINK(…)`` or ``+cmd|…`` as a formula. The Data Package CSVs follow
OWASP's advice: a text that starts with ``=``, ``+``, ``-``, ``@`` or a tab is written with
one apostrophe before it (``'=HYPERLINK(…)``), which spreadsheets read as « this is text ».
The escape is reversible and is part of the CSV spelling only, not of the value:
``unescape_csv`` removes it when the file is read, the value (and the fingerprint, computed
over values) is the one of the XLSX, and a text that really starts with an apostrophe
followed by one of these characters gets a second apostrophe, so nothing is ambiguous.
Only text fields can start so (ids, codes, dates and numbers have patterns or types that
exclude it); a negative number is a number, never escaped. A tool that reads the CSVs with
the published schema alone sees the apostrophe: the format doc says so.
"""

from __future__ import annotations

import re

MAX_CELL_UNITS = 32_767

# C0 except tab and line feed, DEL, C1, non-characters, lone surrogates.
_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
FORMULA_PREFIXES = ("=", "+", "-", "@")
_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
# Anything the slow path below would change (one search for the common, clean case).
_SUSPECT = re.compile("[\r\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]|_x[0-9A-Fa-f]{4}_|\\A\\s+\\Z")
# Texts that openpyxl would store as error cells rather than text.
ERROR_TEXTS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})


def _utf16_units(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _cut(text: str, units: int) -> str:
    """The longest prefix of ``text`` that fits in ``units`` UTF-16 code units."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return text[:i]
    return text


def clean_cell_text(text: str) -> str:
    """Text as written in both formats: no control characters, ``\\n`` line breaks, cell-sized."""
    if len(text) <= MAX_CELL_UNITS // 2 and _SUSPECT.search(text) is None:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BAD.search(text) is not None:
        text = _BAD.sub("", text)
    if "_x" in text:
        text = _OOXML_ESCAPE.sub("\uff3f", text)
    if len(text) > MAX_CELL_UNITS // 2 and _utf16_units(text) > MAX_CELL_UNITS:
        text = _cut(text, MAX_CELL_UNITS)
    if text.isspace():
        return ""  # readers disagree on blank text (calamine reads it as empty): it is empty
    return text


CSV_ESCAPE = "'"
CSV_FORMULA_PREFIXES = frozenset(("=", "+", "-", "@", "\t"))


def _needs_csv_escape(text: str) -> bool:
    while text[:1] == CSV_ESCAPE:
        text = text[1:]
    return text[:1] in CSV_FORMULA_PREFIXES


def escape_csv(text: str) -> str:
    """The CSV spelling of a text value: one apostrophe before a text a spreadsheet would run."""
    if text[:1] in CSV_FORMULA_PREFIXES or (text[:1] == CSV_ESCAPE and _needs_csv_escape(text)):
        return CSV_ESCAPE + text
    return text


def unescape_csv(text: str) -> str:
    """The value of a CSV text (``escape_csv`` undone); any other text is returned unchanged."""
    if text[:1] == CSV_ESCAPE and _needs_csv_escape(text[1:]):
        return text[1:]
    return text


def needs_text_type(text: str) -> bool:
    """True when a spreadsheet could read this text as a formula or an error value."""
    return text[:1] in FORMULA_PREFIXES or text in ERROR_TEXTS
