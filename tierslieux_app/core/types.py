"""Column types that keep values exact and portable between SQLite and PostgreSQL.

Money and hours are stored as integers (cents, hundredths of an hour) so that
SQL sums are exact; multi-valued codes are stored as one ``;``-joined string,
the same spelling the observatory format uses.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.types import TypeDecorator

HUNDRED = Decimal(100)


def to_hundredths(value: Decimal | float | int | str) -> int:
    """Round a decimal amount to an integer number of hundredths."""
    return int((Decimal(str(value)) * HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_hundredths(value: int | None) -> Decimal | None:
    if value is None:
        return None
    return (Decimal(int(value)) / HUNDRED).quantize(Decimal("0.01"))


class Hundredths(TypeDecorator[Decimal]):
    """A two-decimal quantity (euros, hours) stored as an integer of hundredths.

    ``func.sum()`` of such a column keeps the type, so sums come back as Decimal.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        return to_hundredths(value)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return from_hundredths(value)


class Money(Hundredths):
    """Euros, stored as integer cents."""

    cache_ok = True


class Hours(Hundredths):
    """Hours, stored as integer hundredths of an hour."""

    cache_ok = True


class CodeList(TypeDecorator[list[str]]):
    """A list of vocabulary codes stored as ``a;b;c`` (empty list = empty string)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str:
        if not value:
            return ""
        return ";".join(value)

    def process_result_value(self, value: Any, dialect: Any) -> list[str]:
        if not value:
            return []
        return value.split(";")


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A UTC timestamp: stored naive in UTC, returned timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
