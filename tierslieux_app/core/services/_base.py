"""What every service module shares: short transactions, plain-dict results, checks.

Services receive plain values, clean them with the field rules, and return
plain dicts: callers (UI, CLI, exports) never hold a live ORM object or session.

Each service declares its kinds of record once (``Kind``: model, field rules, cross-field
rules, defaults). ``create`` saves one record in its own transaction; ``check_new`` and
``add_new`` are the bulk path (the spreadsheet import, many rows in one transaction): the
same rules and the same messages, without a transaction per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import FieldProblem, NotFoundError, ValidationError
from ..fields import Field, by_name, clean, clean_or_raise
from ..i18n import language, t
from ..models import Record

M = TypeVar("M", bound=Record)
Row = dict[str, Any]
ZERO = Decimal("0.00")
# A cross-field rule: gets the session and the merged values, returns problems.
Rule = Callable[[Session, Mapping[str, Any]], Iterable[FieldProblem]]


@dataclass(frozen=True)
class Kind:
    """One kind of record as its service creates it: every way in applies these same rules."""

    model: type[Record]
    fields: tuple[Field, ...]
    rules: tuple[Rule, ...] = ()
    defaults: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None


def check_new(session: Session, kind: Kind, data: Mapping[str, Any]) -> tuple[Row, list[FieldProblem]]:
    """The cleaned values of a new record and every problem (field rules, then cross-field rules)."""
    values, problems = clean(kind.fields, kind.defaults(data) if kind.defaults else data)
    if not problems:
        problems = [p for rule in kind.rules for p in rule(session, values)]
    return values, problems


def add_new(session: Session, kind: Kind, values: Mapping[str, Any]) -> Record:
    """Add a record whose values passed ``check_new`` to an open write session."""
    obj = kind.model(**dict(values))
    session.add(obj)
    return obj


def create_kind(
    db: Database, kind: Kind, data: Mapping[str, Any], extra: Mapping[str, Any] | None = None
) -> Row:
    """``create`` for a declared kind (defaults applied first)."""
    return create(
        db, kind.model, kind.fields, kind.defaults(data) if kind.defaults else data, kind.rules, extra
    )


def as_dict(obj: Any) -> Row:
    """The column values of an ORM object, as a plain dict (lists copied)."""
    out: Row = {}
    for attr in inspect(obj).mapper.column_attrs:
        value = getattr(obj, attr.key)
        out[attr.key] = list(value) if isinstance(value, list) else value
    return out


def problem(
    fields: tuple[Field, ...], name: str, message: str, code: str = "invalid", **params: Any
) -> FieldProblem:
    """The problem of field ``name``: ``message`` is a French template of ``core.i18n`` (filled
    with ``params``), said (with the field's label) in the current language."""
    f = by_name(fields)[name]
    return FieldProblem(field=name, label=f.label(language()), message=t(message, **params), code=code)


def fetch(session: Session, model: type[M], record_id: str, what: str) -> M:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(t("{what} introuvable (identifiant {id}).", what=t(what), id=record_id))
    return obj


def ref_exists(
    session: Session, fields: tuple[Field, ...], model: type[Record], name: str, values: Mapping[str, Any]
) -> list[FieldProblem]:
    """A problem if the referenced record does not exist."""
    ref = values.get(name)
    if ref and session.get(model, ref) is None:
        return [problem(fields, name, "l'élément choisi n'existe pas (ou plus)", "missing_ref")]
    return []


def dates_in_order(
    fields: tuple[Field, ...], values: Mapping[str, Any], start: str = "start_date", end: str = "end_date"
) -> list[FieldProblem]:
    a, b = values.get(start), values.get(end)
    if a is not None and b is not None and b < a:
        return [problem(fields, end, "La date de fin précède la date de début", "end_before_start")]
    return []


def _run_rules(session: Session, rules: Iterable[Rule], values: Mapping[str, Any]) -> None:
    problems = [p for rule in rules for p in rule(session, values)]
    if problems:
        raise ValidationError(problems)


def create(
    db: Database,
    model: type[M],
    fields: tuple[Field, ...],
    data: Mapping[str, Any],
    rules: Iterable[Rule] = (),
    extra: Mapping[str, Any] | None = None,
) -> Row:
    """Clean ``data``, check the rules, insert, return the new record as a dict."""
    values = clean_or_raise(fields, data)
    if extra:
        values.update(extra)
    with db.write() as session:
        _run_rules(session, rules, values)
        obj = model(**values)
        session.add(obj)
        session.flush()
        return as_dict(obj)


def update(
    db: Database,
    model: type[M],
    fields: tuple[Field, ...],
    record_id: str,
    changes: Mapping[str, Any],
    what: str,
    rules: Iterable[Rule] = (),
) -> Row:
    """Clean the changed fields, check the rules on the merged record, save."""
    cleaned = clean_or_raise(fields, changes, partial=True)
    with db.write() as session:
        obj = fetch(session, model, record_id, what)
        merged = {**as_dict(obj), **cleaned}
        _run_rules(session, rules, merged)
        for key, value in cleaned.items():
            setattr(obj, key, value)
        session.flush()
        return as_dict(obj)


def get(db: Database, model: type[M], record_id: str, what: str) -> Row:
    with db.read() as session:
        return as_dict(fetch(session, model, record_id, what))


def delete(db: Database, model: type[M], record_id: str, what: str) -> Row:
    """Delete one record; returns what it was (so that the UI can offer undo)."""
    with db.write() as session:
        obj = fetch(session, model, record_id, what)
        before = as_dict(obj)
        session.delete(obj)
        return before


def restore(db: Database, model: type[M], row: Mapping[str, Any]) -> Row:
    """Put back a record exactly as a previous ``delete`` returned it (undo)."""
    with db.write() as session:
        obj = model(**dict(row))
        session.add(obj)
        session.flush()
        return as_dict(obj)


def list_all(db: Database, model: type[M], *order_by: Any) -> list[Row]:
    with db.read() as session:
        return [as_dict(o) for o in session.scalars(select(model).order_by(*order_by))]
