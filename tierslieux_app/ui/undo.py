"""Undoable edits: each command calls a service; the first redo (on push) performs the action.

A command whose first action fails makes itself obsolete, so ``QUndoStack.push``
drops it: nothing is pushed and the caller gets the error to show next to the field.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..core.errors import TiersLieuxError
from .context import AppContext

log = logging.getLogger(__name__)


class _Outcome:
    """Kept outside the command: the stack may delete an obsolete command on push."""

    def __init__(self) -> None:
        self.error: TiersLieuxError | None = None
        self.result: Any = None


class ServiceCommand(QUndoCommand):
    """``do()`` performs the action and returns what undo needs; ``undo_with(result)`` reverses it;
    ``redo_with(result)`` performs it again after an undo (defaults to ``do``)."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        entity: str,
        do: Callable[[], Any],
        undo_with: Callable[[Any], None],
        redo_with: Callable[[Any], Any] | None = None,
        after: Callable[[], None] | None = None,
    ):
        super().__init__(text)
        self.ctx = ctx
        self.entity = entity
        self._do = do
        self._undo_with = undo_with
        self._redo_with = redo_with
        self._after = after
        self._first = True
        self.outcome = _Outcome()

    def redo(self) -> None:
        try:
            if self._first or self._redo_with is None:
                result = self._do()
            else:
                result = self._redo_with(self.outcome.result)
        except TiersLieuxError as exc:
            if self._first:
                self.outcome.error = exc
                self.setObsolete(True)
                return
            log.warning("Rétablissement impossible : %s", exc)
            self.outcome.error = exc
            return
        self._first = False
        self.outcome.result = result
        self._changed()

    def undo(self) -> None:
        try:
            self._undo_with(self.outcome.result)
        except TiersLieuxError as exc:
            log.warning("Annulation impossible : %s", exc)
            self.outcome.error = exc
            return
        self._changed()

    def _changed(self) -> None:
        if self._after is not None:
            self._after()
        self.ctx.data_changed.emit(self.entity)


def push(ctx: AppContext, command: ServiceCommand) -> TiersLieuxError | None:
    """Perform ``command`` through the undo stack; returns the error (nothing pushed) or None."""
    outcome = command.outcome
    ctx.undo_stack.push(command)
    return outcome.error


def run(
    ctx: AppContext,
    text: str,
    entity: str,
    do: Callable[[], Any],
    undo_with: Callable[[Any], None],
    redo_with: Callable[[Any], Any] | None = None,
    after: Callable[[], None] | None = None,
) -> tuple[Any, TiersLieuxError | None]:
    """Shortcut: build, push, return (result, error)."""
    command = ServiceCommand(ctx, text, entity, do, undo_with, redo_with, after)
    outcome = command.outcome
    error = push(ctx, command)
    return outcome.result, error


def create(
    ctx: AppContext,
    text: str,
    entity: str,
    create_fn: Callable[[], dict[str, Any]],
    delete_fn: Callable[[str], Any],
    restore_fn: Callable[[dict[str, Any]], Any],
    after: Callable[[], None] | None = None,
) -> tuple[dict[str, Any] | None, TiersLieuxError | None]:
    """A creation: undo deletes the new record, redo puts it back with the same id."""

    def undo_with(row: dict[str, Any]) -> None:
        delete_fn(row["id"])

    def redo_with(row: dict[str, Any]) -> dict[str, Any]:
        restore_fn(row)
        return row

    return run(ctx, text, entity, create_fn, undo_with, redo_with, after)


def update(
    ctx: AppContext,
    text: str,
    entity: str,
    update_fn: Callable[[dict[str, Any]], Any],
    before: dict[str, Any],
    changes: dict[str, Any],
    after: Callable[[], None] | None = None,
) -> tuple[Any, TiersLieuxError | None]:
    """An update of some fields: undo writes back their previous values."""
    old = {key: before.get(key) for key in changes}
    return run(
        ctx,
        text,
        entity,
        lambda: update_fn(changes),
        lambda _r: update_fn(old),
        lambda _r: update_fn(changes),
        after,
    )


def delete(
    ctx: AppContext,
    text: str,
    entity: str,
    delete_fn: Callable[[], Any],
    restore_fn: Callable[[Any], Any],
    after: Callable[[], None] | None = None,
) -> tuple[Any, TiersLieuxError | None]:
    """A deletion: ``delete_fn`` returns the snapshot (or row) that ``restore_fn`` puts back."""

    def redo_with(_snapshot: Any) -> Any:
        return delete_fn()

    return run(ctx, text, entity, delete_fn, restore_fn, redo_with, after)
