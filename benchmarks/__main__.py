"""``python -m benchmarks [--size smoke|full] [--only NAME]``: run every ``bench_*`` module.

Prints the table and, for the full size, writes ``benchmarks/results.md``.
CI runs ``--size smoke`` (small data, nothing judged: timings are not tests).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import tempfile
from pathlib import Path

from ._common import Result, table, write_report

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--size", choices=["smoke", "full"], default="full")
    parser.add_argument("--only", action="append", help="bench module name (e.g. demo), repeatable")
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    args = parser.parse_args(argv)
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if args.only:
        names = [n for n in names if n.removeprefix("bench_") in args.only]
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="tl-bench-") as work:
        for name in names:
            module = importlib.import_module(f"benchmarks.{name}")
            print(f"… {name}", file=sys.stderr, flush=True)
            results.extend(module.run(args.size, Path(work)))
    print(table(results))
    if args.size == "full":
        command = "python -m benchmarks" + "".join(f" --only {o}" for o in args.only or [])
        write_report(results, args.out, args.size, command)
        print(f"\n→ {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
