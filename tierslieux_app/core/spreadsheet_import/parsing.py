"""Cells written the French way turned into values the field rules accept.

Coded columns take the code or the label (accents and case ignored), hours take
« 1,5 », « 1.5 », « 1h30 » or « 1 h 30 », dates « 12/03/2025 », ISO or a real date
cell, yes/no columns « oui »/« non ». What cannot be understood is passed on
unchanged, so that the field rules give their usual French message.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import vocab as V
from .mapping import normalise
from .templates import Column

_HOURS = re.compile(r"^(\d{1,3})\s*(?:h|heures?)\s*(\d{1,2})?\s*(?:min|mn|m)?$")
_MINUTES = re.compile(r"^(\d{1,4})\s*(?:min|mn|minutes?)$")
_DATE_SHORT = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def text_of(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return _SPACES.sub(" ", str(raw)).strip()


def vocab_code(vocab: V.Vocab, raw: str) -> str:
    """The code for a code or a label in French or English; the text itself if unknown."""
    wanted = normalise(raw)
    for code in vocab.codes:
        if wanted in {
            normalise(code),
            normalise(vocab.label(code, "fr")),
            normalise(vocab.label(code, "en")),
        }:
            return code
    return raw


def parse_codes(vocab: V.Vocab, raw: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"[;,/|\n]", raw) if p.strip()]
    return [vocab_code(vocab, p) for p in parts]


def parse_hours(raw: Any) -> Any:
    """« 1h30 » → 1.5; « 90 min » → 1.5; a time cell 01:30 → 1.5; « 1,5 » → « 1.5 »."""
    if isinstance(raw, dt.time):
        return Decimal(raw.hour) + Decimal(raw.minute) / 60
    if isinstance(raw, dt.timedelta):
        return Decimal(raw.total_seconds()) / 3600
    if isinstance(raw, int | float | Decimal):
        return raw
    text = text_of(raw).lower()
    m = _HOURS.match(text)
    if m:
        minutes = int(m.group(2) or 0)
        if minutes < 60:
            return (Decimal(m.group(1)) + Decimal(minutes) / 60).quantize(Decimal("0.01"))
    m = _MINUTES.match(text)
    if m:
        return (Decimal(m.group(1)) / 60).quantize(Decimal("0.01"))
    return parse_number(text)


def parse_number(raw: Any) -> Any:
    """« 1 234,50 » or « 1234.5 » → a Decimal; else the text unchanged (for the field's message)."""
    if isinstance(raw, int | float | Decimal):
        return raw
    text = _SPACES.sub("", text_of(raw)).replace("€", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    elif text.count(",") >= 1 and text.count(".") == 1 and text.rfind(".") > text.rfind(","):
        text = text.replace(",", "")  # 1,234.50
    try:
        return Decimal(text)
    except InvalidOperation:
        return text_of(raw)


def parse_date(raw: Any) -> Any:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and 1 < raw < 100_000:  # an Excel day number read as a number
        return EXCEL_EPOCH + dt.timedelta(days=int(raw))
    text = text_of(raw)
    m = _DATE_SHORT.match(text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year = year + 2000 if year < 100 else year
        try:
            return dt.date(year, month, day)
        except ValueError:
            return text
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else text
    except ValueError:
        return text


def parse_bool(raw: Any) -> Any:
    if isinstance(raw, bool | int | float):
        return bool(raw)
    text = normalise(text_of(raw))
    return {"oui": True, "o": True, "x": True, "vrai": True, "non": False, "n": False, "faux": False}.get(
        text, text_of(raw)
    )


def parse_cell(col: Column, raw: Any) -> Any:
    """One cell → a value for the field rules (None for an empty cell)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = col.kind
    if kind == "code" and col.vocab is not None:
        return vocab_code(col.vocab, text_of(raw))
    if kind == "codes" and col.vocab is not None:
        return parse_codes(col.vocab, text_of(raw))
    if kind == "hours":
        return parse_hours(raw)
    if kind in {"money", "int", "float"}:
        return parse_number(raw)
    if kind == "date":
        return parse_date(raw)
    if kind == "bool":
        return parse_bool(raw)
    if kind == "longtext":
        return str(raw).strip()
    if isinstance(raw, dt.datetime | dt.date):
        return raw.isoformat()[:10]
    return text_of(raw)
