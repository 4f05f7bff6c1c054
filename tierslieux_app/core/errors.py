"""Errors the user may see: each carries a plain French message, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


class TiersLieuxError(Exception):
    """Base of every error meant for a person; ``str(err)`` is the French message."""


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the model attribute, e.g. "end_date"
    label: str  # the field as the user knows it, e.g. "Date de fin"
    message: str  # the French sentence, e.g. "La date de fin précède la date de début"
    code: str = "invalid"  # stable code so that a UI may translate

    def __str__(self) -> str:
        return f"{self.label} : {self.message}"


class ValidationError(TiersLieuxError):
    """Bad input; ``problems`` lists every field at fault (at least one)."""

    def __init__(self, problems: list[FieldProblem]):
        if not problems:
            raise ValueError("ValidationError needs at least one problem")
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @property
    def field(self) -> str:
        return self.problems[0].field

    @property
    def message(self) -> str:
        return self.problems[0].message

    def for_field(self, field: str) -> FieldProblem | None:
        return next((p for p in self.problems if p.field == field), None)


class NotFoundError(TiersLieuxError):
    pass


class DependentDataError(TiersLieuxError):
    """A deletion would take other records with it and the caller did not say so."""

    def __init__(self, message: str, counts: dict[str, int]):
        super().__init__(message)
        self.counts = counts


class StorageError(TiersLieuxError):
    """The database cannot be opened or written (missing folder, bad URL, not ours...)."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer version of the application: never touched."""


class ReadOnlyError(StorageError):
    pass
