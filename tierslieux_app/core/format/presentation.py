"""How the yearly file is spelled for people, and how every reader gets the canonical texts back.

One place for the layout facts that the XLSX writer applies and the readers undo:

- Each data sheet has two header rows: row 1 holds the field names (the machine header,
  what the descriptor declares), row 2 the French labels (the fields' titles, in
  italics); data starts on row 3. A reader skips row 2 when it equals the titles, so a
  file without the label row (older exports, a sheet pasted by hand) still reads.
- Booleans are written as the texts « oui » / « non », never as boolean cells:
  LibreOffice saves boolean cells as ``=FALSE()`` formulas, which a validator must refuse
  (it never accepts a formula). Readers give canonical ``true`` / ``false``.
- The canonical texts (the spelling of the fingerprint, see ``digest``) are the CSV ones:
  ``true`` / ``false``, numbers with a point and exactly the field's decimals
  (``8.00``), dates ``AAAA-MM-JJ``. A spreadsheet that re-saves the file may spell a
  value otherwise (LibreOffice writes ``8`` for ``8.00`` in CSV, booleans as it likes):
  ``canonical_text`` spells it back, so that re-saved files keep their fingerprint.

What is accepted depends on the reader: in a workbook, « oui », « non », ``true``,
``false`` in any case and boolean cells; in a Data Package CSV, exactly the
``trueValues`` / ``falseValues`` of the published descriptor (``true``, ``oui`` /
``false``, ``non``), so that the app and a Table Schema tool agree on every CSV.
A number with more decimals than its field allows is never rounded here: the
validator sees it and refuses it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from .definitions_fields import FALSE_TEXT, FALSE_VALUES, TRUE_TEXT, TRUE_VALUES
from .descriptor import FieldSpec, TableSpec

HEADER_ROW = 1  # field names
LABEL_ROW = 2  # French labels (field titles)
FIRST_DATA_ROW = 3

_BOOLEANS = {**dict.fromkeys(TRUE_VALUES, "true"), **dict.fromkeys(FALSE_VALUES, "false")}
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d*)?")


def labels(spec: TableSpec) -> list[str]:
    """The label row of a table's sheet."""
    return [f.title for f in spec.fields]


def is_label_row(values: Sequence[Any], spec: TableSpec) -> bool:
    """Whether a sheet row is the label row (cells beyond the table's fields are ignored)."""
    n = len(spec.fields)
    texts = ["" if v is None else str(v).strip() for v in values[:n]]
    return texts + [""] * (n - len(texts)) == labels(spec)


def boolean_word(value: Any) -> Any:
    """A boolean as the workbook writes it (None stays empty)."""
    if value is None:
        return None
    return TRUE_TEXT if value else FALSE_TEXT


def boolean_text(text: str, *, any_case: bool) -> str:
    """``true`` / ``false`` for an accepted spelling; any other text is returned unchanged."""
    return _BOOLEANS.get(text.strip().lower() if any_case else text, text)


def number_text(text: str, f: FieldSpec) -> str:
    """A plain decimal text padded to the field's decimals (``8`` → ``8.00``); others unchanged."""
    if not f.decimals or _PLAIN_NUMBER.fullmatch(text) is None:
        return text
    decimals = len(text) - text.index(".") - 1 if "." in text else 0
    if decimals >= f.decimals:
        return text  # already canonical, or too precise: the validator decides
    try:
        return str(Decimal(text).quantize(f.quantum))
    except InvalidOperation:
        return text


def canonical_text(text: str, f: FieldSpec, *, any_case: bool) -> str:
    """The canonical spelling of a text read for a non-text field (see the module docstring)."""
    if f.type == "boolean":
        return boolean_text(text, any_case=any_case)
    if f.type == "number":
        return number_text(text, f)
    return text
