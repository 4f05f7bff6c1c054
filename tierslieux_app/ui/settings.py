"""Typed user preferences (language, last database, last year, the timesheet's person and view,
window layout).

Stored with QSettings in an INI file of the configuration folder, so that
``TIERSLIEUX_HOME`` (tests, portable install) isolates them like everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ..core import paths

LANGUAGES = ("fr", "en")


def working_year(years: list[int], last: int | None, this_year: int) -> int:
    """The year every page works on (dashboard, export, « Structure et années »): the last one
    chosen on any page if it has data; else the year just ended (the one the yearly file reports
    on); else the newest past year with data; else this year."""
    if last in years:
        return last
    if this_year - 1 in years:
        return this_year - 1
    past = [y for y in years if y <= this_year]
    return max(past) if past else (min(years) if years else this_year)


DEFAULT_LANGUAGE = "fr"


class Preferences:
    """One attribute per preference, each with a default; values are checked when read."""

    def __init__(self, settings: QSettings | None = None):
        if settings is None:
            folder = paths.config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            settings = QSettings(str(folder / "tierslieux.ini"), QSettings.Format.IniFormat)
        self._s = settings

    def _text(self, key: str) -> str:
        value = self._s.value(key, "")
        return value if isinstance(value, str) else ""

    @property
    def language(self) -> str:
        value = self._text("language")
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._s.setValue("language", value)

    @property
    def last_db(self) -> str | None:
        return self._text("last_db") or None

    @last_db.setter
    def last_db(self, value: str | None) -> None:
        self._s.setValue("last_db", value or "")

    @property
    def last_year(self) -> int | None:
        value = self._text("last_year")
        return int(value) if value.isdigit() else None

    @last_year.setter
    def last_year(self, value: int | None) -> None:
        self._s.setValue("last_year", "" if value is None else str(int(value)))

    @property
    def timesheet_person(self) -> str | None:
        """The person whose week « Ma semaine » shows (an id of the open database, checked by the page)."""
        return self._text("timesheet/person") or None

    @timesheet_person.setter
    def timesheet_person(self, value: str | None) -> None:
        self._s.setValue("timesheet/person", value or "")

    @property
    def timesheet_mode(self) -> str:
        """« person » (Ma semaine, the default) or « project » (a project's week, for coordinators)."""
        return "project" if self._text("timesheet/mode") == "project" else "person"

    @timesheet_mode.setter
    def timesheet_mode(self, value: str) -> None:
        self._s.setValue("timesheet/mode", "project" if value == "project" else "person")

    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def sync(self) -> None:
        self._s.sync()
