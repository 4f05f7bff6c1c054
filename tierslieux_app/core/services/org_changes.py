"""Organisational changes of the structure, one row each (format 1.1.0 ``evolutions``).

The short description goes to the observatory only when the coordinator ticks « transmise »
(``shared``). It must never carry a person's identity, and the rule below is how that is
ensured rather than hoped for: a description that contains an e-mail address, a phone
number, or the name of a participant of this database (first and last name together, or a
last name written with its capital) is refused with a sentence that says which word to
remove. The check runs on every way in (form, import, merge: ``KIND``), and the export runs
it again on what it sends (``personal_data_in``), since a participant may be added later.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import fields as F
from ..db import Database
from ..errors import FieldProblem, NotFoundError
from ..models import OrgChange, Participant
from . import _base
from ._base import Kind, Row
from .structure import NO_STRUCTURE, get_structure

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"(?:\+?\d[\s.-]?){8,}")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MIN_NAME = 3  # shorter last names (« Li », « Ba ») would match ordinary words


def fold(text: str) -> str:
    """Text compared without accents, case or apostrophe style."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("’", "'")


def _names(session: Session) -> list[tuple[str, str]]:
    return [
        (fold(f), fold(last))
        for f, last in session.execute(select(Participant.first_name, Participant.last_name))
    ]


def personal_data_in(text: str, names: Iterable[tuple[str, str]]) -> str | None:
    """What in ``text`` identifies a person (quoted as found), or None."""
    if not text:
        return None
    found = _EMAIL.search(text) or _PHONE.search(text)
    if found:
        return found.group(0).strip()
    words = [(m.group(0), fold(m.group(0))) for m in _WORD.finditer(text)]
    folded = [w for _, w in words]
    pairs = {(a, b) for a, b in itertools.pairwise(folded)}
    for first, last in names:
        if (first, last) in pairs or (last, first) in pairs:
            return next(orig for orig, w in words if w == last)
        if len(last) >= MIN_NAME:
            for orig, w in words:
                if w == last and orig[:1].isupper():
                    return orig
    return None


def _no_personal_data(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    found = personal_data_in(values.get("description") or "", _names(session))
    if found is None:
        return []
    return [
        _base.problem(
            F.ORG_CHANGE,
            "description",
            "« {found} » désigne une personne : décrivez l'évolution sans nom, e-mail ni téléphone",
            "personal_data",
            found=found,
        )
    ]


def _defaults(data: Mapping[str, Any]) -> dict[str, Any]:
    return {"shared": False, **data}


KIND = Kind(OrgChange, F.ORG_CHANGE, (_no_personal_data,), _defaults)


def list_changes(db: Database, year: int | None = None) -> list[Row]:
    with db.read() as session:
        query = select(OrgChange).order_by(OrgChange.year, OrgChange.created_at, OrgChange.id)
        if year is not None:
            query = query.where(OrgChange.year == year)
        return [_base.as_dict(o) for o in session.scalars(query)]


def create_change(db: Database, data: Mapping[str, Any]) -> Row:
    structure = get_structure(db)
    if structure is None:
        raise NotFoundError(NO_STRUCTURE)
    return _base.create_kind(db, KIND, data, extra={"structure_id": structure["id"]})


def update_change(db: Database, change_id: str, changes: Mapping[str, Any]) -> Row:
    return _base.update(db, OrgChange, F.ORG_CHANGE, change_id, changes, "Évolution", [_no_personal_data])


def delete_change(db: Database, change_id: str) -> Row:
    return _base.delete(db, OrgChange, change_id, "Évolution")


def restore_change(db: Database, row: Mapping[str, Any]) -> Row:
    return _base.restore(db, OrgChange, row)


def shared_rows(session: Session, year: int) -> list[dict[str, Any]]:
    """The year's changes as the observatory gets them: the description only when shared and
    still free of personal data (checked again against today's participants)."""
    names = _names(session)
    out = []
    for o in session.scalars(
        select(OrgChange).where(OrgChange.year == year).order_by(OrgChange.code, OrgChange.id)
    ):
        text = o.description if o.shared and o.description else None
        if text and personal_data_in(text, names):
            text = None
        out.append({"id": o.id, "year": o.year, "code": o.code, "description": text})
    return out
