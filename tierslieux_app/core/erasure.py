"""Right to erasure (GDPR art. 17) and the retention reminder.

Erasing a participant removes their personal fields from the database *file*: the change runs
with ``secure_delete`` (freed bytes are zeroed), then the WAL is checkpointed and truncated and
the file vacuumed, so that no old page still holds a name. Their journal lines are scrubbed
too. Backups are copies made earlier: ``backups_containing`` names those that still hold the
person — in the backup folder and every copy the register of backups knows of (``backup --out``
copies included, core/backup.py) — and ``purge_backups`` rewrites them without the person
(copy, erase, vacuum, atomic replace). Copies that cannot be reached (moved, deleted, on an
unplugged disk, not readable) are named, never silently skipped. Two ways: anonymise (default —
hours and participations stay, so the yearly figures do not change, but nothing identifies the
person) or delete the row with everything attached.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from . import journal, paths
from .backup import BackupInfo, forget_backups, list_backups, registered_backups
from .db import Database, connect_readonly
from .errors import FieldProblem, NotFoundError, ReadOnlyError, StorageError, ValidationError
from .fileio import atomic_path
from .i18n import t
from .models import AppSetting, Participant, Participation, Project, TimeEntry
from .services.org_changes import fold, personal_data_in

log = logging.getLogger(__name__)

# What an anonymised participant looks like (the row stays for the statistics).
ERASED_FIRST, ERASED_LAST = "Personne", "effacée"
PERSONAL_COLUMNS = ("first_name", "last_name", "email", "phone", "notes", "consent_date")
RETENTION_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 3


@dataclass
class ErasureResult:
    participant_id: str
    deleted: bool  # True: row deleted with its links; False: anonymised
    file_clean: bool  # the WAL could be truncated (no other program reading)
    backups: list[BackupInfo] = field(default_factory=list)  # backups that still hold the person
    unreachable: list[Path] = field(default_factory=list)  # registered copies we could not read


def _statements(participant_id: str, delete: bool) -> list[tuple[str, tuple[Any, ...]]]:
    """The same SQL for the live database and for a backup (any schema revision)."""
    if delete:
        return [("DELETE FROM participant WHERE id = ?", (participant_id,))]
    return [
        (
            "UPDATE participant SET first_name = ?, last_name = ?, email = NULL, phone = NULL, "
            "notes = NULL, consent_date = NULL WHERE id = ?",
            (ERASED_FIRST, ERASED_LAST, participant_id),
        ),
        ("UPDATE time_entry SET note = NULL WHERE participant_id = ?", (participant_id,)),
    ]


def _scrub_journal(cur: Any, participant_id: str) -> None:
    """Remove the person's journal lines (they hold field names, but also dates of contact)."""
    cur.execute(
        "DELETE FROM change_log WHERE table_name = 'participant' AND record_id = ?", (participant_id,)
    )


def _scrub_sync(cur: Any, participant_id: str) -> None:
    """Copies of the person received from another machine: a conflict waiting for a choice, or
    records waiting for their parent (their values may hold the name, the e-mail, a note)."""
    if _has_table(cur, "sync_conflict"):
        cur.execute(
            "DELETE FROM sync_conflict WHERE (table_name = 'participant' AND record_id = ?) "
            "OR instr(remote_values, ?) > 0",
            (participant_id, participant_id),
        )
    if _has_table(cur, "sync_pending"):
        cur.execute(
            "DELETE FROM sync_pending WHERE record_id = ? OR instr(item, ?) > 0", (participant_id,) * 2
        )


def _scrub_descriptions(cur: Any, participant_id: str) -> None:
    """An organisational change whose description names the person loses its description
    (refused at entry, but the person may have been added after the description was written)."""
    if not _has_table(cur, "org_change"):
        return
    row = cur.execute(
        "SELECT first_name, last_name FROM participant WHERE id = ?", (participant_id,)
    ).fetchone()
    if row is None:
        return
    names = [(fold(row[0]), fold(row[1]))]
    texts = cur.execute("SELECT id, description FROM org_change WHERE description IS NOT NULL").fetchall()
    for change_id, text in texts:
        if personal_data_in(text, names):
            cur.execute("UPDATE org_change SET description = NULL, shared = 0 WHERE id = ?", (change_id,))


def _has_table(cur: Any, name: str) -> bool:
    row = cur.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone()
    return row is not None


def _compact(raw: sqlite3.Connection, wal: bool) -> bool:
    """Checkpoint+truncate the WAL, vacuum, again; False if another reader kept the WAL alive."""
    clean = True
    if wal:
        clean = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    raw.execute("VACUUM")
    if wal:
        clean = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0 and clean
    return clean


def erase_participant(db: Database, participant_id: str, *, delete: bool = False) -> ErasureResult:
    """Erase a person's personal data from the database file; says which backups still hold it."""
    if not db.is_sqlite:
        raise StorageError(t("L'effacement définitif n'est possible que sur une base SQLite."))
    with db.read() as session:
        if session.get(Participant, participant_id) is None:
            raise NotFoundError(t("Participant introuvable (identifiant {id}).", id=participant_id))
    if db.readonly:
        raise ReadOnlyError(t("La base est ouverte en lecture seule : modification impossible."))
    with db.engine.execution_options(tl_write=True).connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA secure_delete=ON")
        try:
            with conn.begin():
                cur = raw.cursor()
                _scrub_descriptions(cur, participant_id)  # before the name goes
                for sql, params in _statements(participant_id, delete):
                    cur.execute(sql, params)
                _scrub_sync(cur, participant_id)
                if db.journal:
                    _scrub_journal(cur, participant_id)
                    action = "suppression" if delete else "anonymisation"
                    journal.record(conn, "participant", participant_id, "erase", {"rgpd": action})
            clean = _compact(raw, wal=db.path is not None) if db.path is not None else True
        finally:
            raw.execute("PRAGMA secure_delete=OFF")
    if not clean:
        log.warning("erasure: WAL of %s still in use by another reader", db.path)
    found, unreachable = find_copies(participant_id, db.path) if db.path is not None else ([], [])
    return ErasureResult(participant_id, delete, clean, found, unreachable)


# -- backups ------------------------------------------------------------------------------


def _holds_person(path: Path, participant_id: str) -> bool | None:
    """True if the copy still holds the person's personal data; None if it cannot be read."""
    if not path.is_file():
        return None
    try:
        conn = connect_readonly(path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(
            f"SELECT {', '.join(PERSONAL_COLUMNS)} FROM participant WHERE id = ?", (participant_id,)
        ).fetchone()
        if row is None:
            return False
        first, last, *rest = row
        if (first, last) != (ERASED_FIRST, ERASED_LAST) or any(v is not None for v in rest):
            return True
        note = conn.execute(
            "SELECT 1 FROM time_entry WHERE participant_id = ? AND note IS NOT NULL LIMIT 1",
            (participant_id,),
        ).fetchone()
        return note is not None
    except sqlite3.OperationalError:  # no participant table: an empty or very old copy
        return False
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _copy_info(path: Path, db_path: Path) -> BackupInfo | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return BackupInfo(path, db_path.stem, dt.datetime.fromtimestamp(stat.st_mtime), "copie", stat.st_size)


def find_copies(participant_id: str, db_path: Path | None = None) -> tuple[list[BackupInfo], list[Path]]:
    """The backups that still hold this person, and the registered copies that cannot be read.

    Looks in the backup folder and at every copy of ``db_path`` in the register of backups.
    """
    found: list[BackupInfo] = []
    unreachable: list[Path] = []
    seen: set[Path] = set()
    for info in list_backups():
        seen.add(info.path.resolve())
        holds = _holds_person(info.path, participant_id)
        if holds:
            found.append(info)
        elif holds is None:
            unreachable.append(info.path)
    folder = paths.backup_dir().resolve()
    deleted: list[Path] = []
    for path in registered_backups(db_path) if db_path is not None else []:
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        if path.parent.resolve() == folder and not path.exists():
            deleted.append(path)  # removed from our own folder (by hand): nothing to reach
            continue
        holds = _holds_person(path, participant_id)
        copy = _copy_info(path, db_path) if holds else None  # type: ignore[arg-type]
        if copy is not None:
            found.append(copy)
        elif holds is None or holds:
            unreachable.append(path)
    forget_backups(deleted)
    return found, unreachable


def backups_containing(participant_id: str, db_path: Path | None = None) -> list[BackupInfo]:
    """Backups (backup folder, and the registered copies of ``db_path``) that still hold this person."""
    return find_copies(participant_id, db_path)[0]


def purge_backup(path: Path, participant_id: str, *, delete: bool = False) -> None:
    """Rewrite one backup without the person: copy, erase with secure_delete, vacuum, replace."""
    with atomic_path(path, suffix=".sqlite3") as tmp:
        shutil.copyfile(path, tmp)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("BEGIN IMMEDIATE")
            _scrub_descriptions(conn, participant_id)
            for sql, params in _statements(participant_id, delete):
                conn.execute(sql, params)
            if _has_table(conn, "change_log"):
                _scrub_journal(conn, participant_id)
            conn.execute("COMMIT")
            conn.execute("VACUUM")
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
        if result != "ok":
            raise StorageError(
                t(
                    "La sauvegarde « {name} » n'a pas pu être réécrite : {reason}",
                    name=path.name,
                    reason=result,
                )
            )


def purge_backups(
    participant_id: str,
    backups: list[BackupInfo],
    *,
    delete: bool = False,
    failed: list[Path] | None = None,
) -> list[Path]:
    """Purge the person from each backup; returns the rewritten files.

    With ``failed``, a copy that cannot be rewritten (read-only medium, disk full, moved)
    is added to it and the others go on; without it, the first failure is raised.
    """
    done = []
    for info in backups:
        try:
            purge_backup(info.path, participant_id, delete=delete)
        except (OSError, sqlite3.Error, StorageError) as exc:
            if failed is None:
                raise
            log.warning("backup %s not purged: %s", info.path, exc)
            failed.append(info.path)
            continue
        done.append(info.path)
    return done


# -- retention reminder ---------------------------------------------------------------------


def retention_years(db: Database) -> int:
    with db.read() as session:
        value = session.get(AppSetting, RETENTION_KEY)
    try:
        return max(1, int(value.value)) if value is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS


def set_retention_years(db: Database, years: int) -> None:
    if not 1 <= int(years) <= 50:
        raise StorageError(t("La durée de conservation doit être comprise entre 1 et 50 ans."))
    with db.write() as session:
        session.merge(AppSetting(key=RETENTION_KEY, value=str(int(years))))


def inactive_participants(
    db: Database, years: int | None = None, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """People with no hours, no participation and no update for ``years`` (not yet erased)."""
    years = retention_years(db) if years is None else years
    if not 1 <= years <= 200:
        raise ValidationError(
            [
                FieldProblem(
                    "years",
                    "Durée de conservation",
                    t("elle doit être comprise entre 1 et 200 ans (et non {years})", years=years),
                    "out_of_range",
                )
            ]
        )
    today = today or dt.date.today()
    try:
        limit = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year - years, day=28)
    with db.read() as session:
        last_hours = (
            select(func.max(TimeEntry.date))
            .where(TimeEntry.participant_id == Participant.id)
            .scalar_subquery()
        )
        # an open participation in an open project counts as activity today
        last_part = (
            select(func.max(func.coalesce(Participation.end_date, Project.end_date, today)))
            .join(Project, Project.id == Participation.project_id)
            .where(Participation.participant_id == Participant.id)
            .scalar_subquery()
        )
        query = select(Participant, last_hours, last_part).where(
            ~((Participant.first_name == ERASED_FIRST) & (Participant.last_name == ERASED_LAST))
        )
        out = []
        for person, hours_day, part_day in session.execute(query):
            days = [d for d in (hours_day, part_day, person.updated_at.date()) if d is not None]
            last = max(days)
            if last < limit:
                out.append(
                    {
                        "id": person.id,
                        "first_name": person.first_name,
                        "last_name": person.last_name,
                        "last_activity": last,
                    }
                )
        out.sort(key=lambda r: r["last_activity"])
        return out
