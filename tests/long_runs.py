"""How many times the long tests repeat: a reduced count in the suite, the full one on demand.

The suite runs each long harness (kill -9 during writes or exports, parallel saves,
hypothesis searches) at a count that still exercises it every time; the figures quoted
in the docs come from the full counts, run by ``python -m benchmarks`` (bench_crash:
200 kills, 2 × 5,000 saves) or by the tests themselves with ``TIERSLIEUX_LONG_TESTS=1``.
"""

from __future__ import annotations

import os

LONG = os.environ.get("TIERSLIEUX_LONG_TESTS", "") == "1"


def count(reduced: int, full: int) -> int:
    """``reduced`` in the ordinary run, ``full`` with TIERSLIEUX_LONG_TESTS=1."""
    return full if LONG else reduced
