"""Cells written the French way turned into values the field rules accept.

Coded columns take the code or the label (accents and case ignored), yes/no columns
« oui »/« non ». Hours, numbers and dates go through ``core.parsing``, the one parser the
forms and the weekly grid use too. What cannot be understood is passed on unchanged, so
that the field rules give their usual French message.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import vocab as V
from ..parsing import parse_date, parse_hours, parse_number, text_of
from .mapping import normalise
from .templates import Column


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
