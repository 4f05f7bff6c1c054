"""Crash harness: kill the app's write path with SIGKILL at random moments, then check the file.

``python benchmarks/crash_harness.py --runs 200`` (the figure for the issue);
tests/test_crash.py runs it at a reduced count. A child process writes through
the application's own write path (``Database.write`` with the journal hooks,
and the services): each write is acknowledged on stdout *after* its commit.
The parent kills it after a random number of acknowledgements plus a random
delay, then checks that every acknowledged change is there, that no
transaction is half-applied (a project always has its 3 participations and
its journal line; an update of two fields has both or neither), that
``integrity_check`` and ``foreign_key_check`` are clean, that every backup
counted is sound, and that the next start is not blocked by a stale lock.

``--parallel N`` is the other harness: two processes × N saves on one file
(``python benchmarks/crash_harness.py --parallel 5000`` for the 10,000 figure).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

PEOPLE = 3
UPDATE_EVERY = 5
BACKUP_EVERY = 40


def _child(db_path: str, start: int) -> None:
    """Write numbered projects until killed; print each number once committed."""
    from tierslieux_app.core.backup import backup_path
    from tierslieux_app.core.models import Participant, Participation, Project
    from tierslieux_app.core.services import projects
    from tierslieux_app.core.storage import open_database

    db = open_database(db_path)
    with db.read() as session:
        people = [p.id for p in session.query(Participant).order_by(Participant.last_name)]
    print("ready", flush=True)
    n = start
    while True:
        with db.write() as session:  # one transaction: a project and its participations
            project = Project(title=f"crash-{n}", status="en_cours", themes=[], knowledge=[])
            session.add(project)
            session.flush()
            for person in people:
                session.add(Participation(participant_id=person, project_id=project.id, role="contributeur"))
        print(n, flush=True)
        if n % UPDATE_EVERY == 0:  # two fields in one update, through the service
            projects.update_project(db, project.id, {"summary": "v2", "status": "termine"})
            print(f"u{n}", flush=True)
        if n % BACKUP_EVERY == 0:
            backup_path(db.path, "auto")
        n += 1


def _saver(db_path: str, tag: str, count: int) -> None:
    """``count`` saves through the service, no app lock (two processes share the file)."""
    from tierslieux_app.core.services import projects
    from tierslieux_app.core.storage import open_database

    db = open_database(db_path, lock=False)
    for i in range(count):
        projects.create_project(db, {"title": f"{tag}-{i}", "status": "en_cours"})
    db.close()
    print(f"done {count}", flush=True)


def prepare(db_path: Path) -> None:
    from tierslieux_app.core.services import participants
    from tierslieux_app.core.storage import open_database

    db = open_database(db_path)
    for i in range(PEOPLE):
        participants.create_participant(
            db, {"first_name": f"P{i}", "last_name": f"Nom{i}", "category": "benevole", "sector": "citoyen"}
        )
    db.close()


class _Child:
    """The writing process. POSIX: a fork of this (already imported) process, killed with
    SIGKILL — a real process death, without paying Python's start-up at each run.
    Elsewhere: a new interpreter, killed with TerminateProcess."""

    def __init__(self, db_path: Path, start: int):
        self.proc: subprocess.Popen[str] | None = None
        if hasattr(os, "fork"):
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: write until killed
                os.close(read_fd)
                sys.stdout = os.fdopen(write_fd, "w", buffering=1)
                try:
                    _child(str(db_path), start)
                finally:
                    os._exit(1)
            os.close(write_fd)
            self.pid = pid
            self.out = os.fdopen(read_fd, "r")
        else:
            self.proc = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "child", str(db_path), str(start)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            assert self.proc.stdout is not None
            self.out = self.proc.stdout

    def readline(self) -> str:
        return self.out.readline().strip()

    def kill(self) -> tuple[str, str]:
        """Kill now; returns what the child had already written (and its stderr)."""
        if self.proc is not None:
            self.proc.kill()
            out, err = self.proc.communicate()
            return out, err
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        rest = self.out.read()
        self.out.close()
        return rest, ""


@dataclass
class State:
    acked: set[int] = field(default_factory=set)
    updated: set[int] = field(default_factory=set)
    inflight: set[int] = field(default_factory=set)  # committed just before a kill, never acknowledged


@dataclass
class Report:
    runs: int = 0
    acked_writes: int = 0
    acked_updates: int = 0
    unacked_but_committed: int = 0  # the write in flight at the kill, committed before its ack
    integrity_ok: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "problems"} | {"problems": self.problems[:20]}


def verify(db_path: Path, state: State) -> list[str]:
    """Everything acknowledged is there, nothing half-applied, integrity clean."""
    problems: list[str] = []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            problems.append("integrity_check")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check")
        rows = conn.execute(
            "SELECT p.title, p.summary, p.status, "
            "(SELECT count(*) FROM participation WHERE project_id = p.id), "
            "(SELECT count(*) FROM change_log WHERE table_name = 'project' AND record_id = p.id "
            " AND action = 'create'), "
            "(SELECT count(*) FROM change_log WHERE table_name = 'project' AND record_id = p.id "
            " AND action = 'update') "
            "FROM project p WHERE p.title LIKE 'crash-%'"
        ).fetchall()
    finally:
        conn.close()
    present: dict[int, tuple] = {int(t.split("-")[1]): (s, st, parts, c, u) for t, s, st, parts, c, u in rows}
    for n in state.acked - present.keys():
        problems.append(f"acknowledged write {n} lost")
    for n, (summary, status, parts, created, updates) in present.items():
        if parts != PEOPLE or created != 1:
            problems.append(f"project {n} half-applied: {parts} participations, {created} journal lines")
        if (summary, status, updates) not in ((None, "en_cours", 0), ("v2", "termine", 1)):
            problems.append(f"update of {n} half-applied: {summary!r}, {status!r}, journal {updates}")
        if n in state.updated and summary != "v2":
            problems.append(f"acknowledged update {n} lost")
    extra = set(present) - state.acked - state.inflight
    if len(extra) > 1 or (extra and min(extra) != max(state.acked, default=0) + 1):
        problems.append(f"unacknowledged writes present: {sorted(extra)[:5]}")
    state.inflight |= extra
    return problems


def one_run(db_path: Path, state: State, rnd: random.Random, report: Report) -> None:
    start = max(state.acked, default=0) + 1
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:  # a write committed but not acknowledged before the last kill: start after it
        titles = [t for (t,) in conn.execute("SELECT title FROM project WHERE title LIKE 'crash-%'")]
    finally:
        conn.close()
    start = max([start, *(int(t.split("-")[1]) + 1 for t in titles)])
    child = _Child(db_path, start)
    first = child.readline()
    if first != "ready":
        _out, err = child.kill()
        report.problems.append(f"child did not start: {first!r} {err[-500:]}")
        return
    target = rnd.randint(1, 40)
    seen = 0
    while seen < target:
        line = child.readline()
        if not line:
            break
        if line.startswith("u"):
            state.updated.add(int(line[1:]))
        else:
            state.acked.add(int(line))
            seen += 1
    deadline = time.perf_counter() + rnd.uniform(0, 0.004)  # a random instant inside the next write
    while time.perf_counter() < deadline:
        pass
    rest, _err = child.kill()
    for line in rest.split():  # acknowledgements written before the kill landed
        if line.startswith("u"):
            state.updated.add(int(line[1:]))
        elif line.isdigit():
            state.acked.add(int(line))
    report.runs += 1
    problems = verify(db_path, state)
    report.problems += problems
    if not any(p.startswith(("integrity", "foreign")) for p in problems):
        report.integrity_ok += 1


def run_harness(workdir: Path, runs: int, seed: int = 1) -> Report:
    """``runs`` kills on one database file in ``workdir``; the report holds the figures."""
    os.environ["TIERSLIEUX_HOME"] = str(workdir / "home")
    db_path = workdir / "crash.sqlite3"
    prepare(db_path)
    rnd = random.Random(seed)
    state = State()
    report = Report()
    t0 = time.perf_counter()
    for _ in range(runs):
        one_run(db_path, state, rnd, report)
    report.seconds = time.perf_counter() - t0
    report.acked_writes = len(state.acked)
    report.acked_updates = len(state.updated)
    conn = sqlite3.connect(db_path)
    try:
        present = conn.execute("SELECT count(*) FROM project WHERE title LIKE 'crash-%'").fetchone()[0]
    finally:
        conn.close()
    report.unacked_but_committed = len(state.inflight)
    assert present == len(state.acked) + len(state.inflight) or report.problems
    from tierslieux_app.core.backup import list_backups, verify_backup
    from tierslieux_app.core.storage import open_database

    for info in list_backups(db_path):
        problem = verify_backup(info.path)
        if problem:
            report.problems.append(f"backup {info.path.name}: {problem}")
    open_database(db_path).close()  # the next start: no stale lock, integrity check passes
    return report


def run_parallel(workdir: Path, saves: int) -> dict[str, object]:
    """Two processes × ``saves`` saves on one file: errors, rows and journal lines at the end."""
    os.environ["TIERSLIEUX_HOME"] = str(workdir / "home")
    from tierslieux_app.core.storage import open_database

    path = workdir / "partagee.sqlite3"
    open_database(path).close()
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "saver", str(path), tag, str(saves)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B")
    ]
    outputs = [p.communicate() for p in procs]
    seconds = time.perf_counter() - t0
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT count(DISTINCT title) FROM project").fetchone()[0]
        journaled = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return {
        "saves": 2 * saves,
        "rows": rows,
        "journal_lines": journaled,
        "exit_codes": [p.returncode for p in procs],
        "locked_errors": sum(err.count("locked") + err.count("occupée") for _out, err in outputs),
        "integrity": integrity,
        "seconds": round(seconds, 1),
    }


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "child":
        _child(args[1], int(args[2]))
        return 0
    if args and args[0] == "saver":
        _saver(args[1], args[2], int(args[3]))
        return 0
    parser = argparse.ArgumentParser(prog="python benchmarks/crash_harness.py")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--parallel", type=int, metavar="N", help="instead: two processes × N saves")
    opts = parser.parse_args(args)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="tl-crash-") as tmp:
        if opts.parallel:
            figures = run_parallel(opts.workdir or Path(tmp), opts.parallel)
            print(json.dumps(figures, indent=1))
            ok = figures["rows"] == figures["saves"] and figures["locked_errors"] == 0
            return 0 if ok else 1
        report = run_harness(opts.workdir or Path(tmp), opts.runs, opts.seed)
    print(json.dumps(report.as_dict(), indent=1, ensure_ascii=False))
    return 0 if not report.problems else 1


if __name__ == "__main__":
    sys.exit(main())
