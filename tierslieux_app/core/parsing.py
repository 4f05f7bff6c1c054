"""Hours, numbers and dates as people write them, turned into values the field rules accept.

One parser for every way a value comes in: typed in a form or in the weekly grid, or read
from a spreadsheet. Hours take « 1,5 », « 1.5 », « 1h30 », « 1 h 30 », « 90 min » or a time
cell; dates « 15/10/2026 », « 15/10/26 », « 15.10.2026 », « 15-10-2026 », « 15102026 », ISO
or a real date cell. What cannot be understood is passed on unchanged, so that the field
rules give their usual French message.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

_HOURS = re.compile(r"^(\d{1,3})\s*(?:h|heures?)\s*(\d{1,2})?\s*(?:min|mn|m)?$")
_MINUTES = re.compile(r"^(\d{1,4})\s*(?:min|mn|minutes?)$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_DATE_SHORT = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_DATE_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def text_of(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return _SPACES.sub(" ", str(raw)).strip()


def parse_hours(raw: Any) -> Any:
    """« 1h30 » → 1.5; « 90 min » → 1.5; « 1:30 » or a time cell 01:30 → 1.5; « 1,5 » → 1.5."""
    if isinstance(raw, dt.time):
        return Decimal(raw.hour) + Decimal(raw.minute) / 60
    if isinstance(raw, dt.timedelta):
        return Decimal(raw.total_seconds()) / 3600
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float | Decimal):
        return raw
    text = text_of(raw).lower()
    m = _HOURS.match(text) or _CLOCK.match(text)
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
    if isinstance(raw, bool):
        return raw
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
    """A date, or the text unchanged when it is not one."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 1 < raw < 100_000:
        return EXCEL_EPOCH + dt.timedelta(days=int(raw))  # an Excel day number read as a number
    text = text_of(raw)
    m = _DATE_SHORT.match(text) or _DATE_COMPACT.match(text)
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
