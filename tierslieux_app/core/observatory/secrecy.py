"""Small-cell secrecy of the national report: the primary rule and secondary suppression.

A figure that rests on fewer than ``MIN_STRUCTURES`` structures is replaced by ``SECRET``, so
that no single tiers-lieu's figures can be read from the report; secondary suppression keeps
such a cell from being recomputed from a row or column total (method in ``SECRECY_NOTE``,
written out in the workbook's « Lisez-moi »). ``Grid`` is the one place both rules are applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

MIN_STRUCTURES = 3
SECRET = "secret"
TOTAL = "__total__"
SECONDARY = True  # secondary suppression on (False: the primary rule alone, as before; tests compare)
SECRECY_NOTE = (
    f"Secret primaire : une case qui repose sur 1 ou {MIN_STRUCTURES - 1} structures (celles dont le "
    f"chiffre n’est pas nul) affiche « {SECRET} », comme toutes les cases d’une région ou d’une catégorie "
    f"qui compte moins de {MIN_STRUCTURES} structures, même nulles ; une médiane ou un quartile calculé "
    f"sur moins de {MIN_STRUCTURES} structures aussi.",
    "Secret secondaire : dans chaque tableau additif (lignes, colonnes et leurs totaux, y compris les "
    "totaux nationaux de la feuille « Synthese »), une ligne ou une colonne dont le total est affiché ne "
    "contient jamais exactement une case secrète. Quand c’est le cas, la plus petite case visible non "
    "nulle de cette ligne ou colonne devient secrète à son tour (à défaut, le total lui-même) ; "
    "l’opération est répétée sur toutes les lignes et colonnes jusqu’à ce que plus rien ne change. "
    "Ainsi « total moins cases visibles » ne donne jamais la valeur d’une seule case secrète.",
    "Un chiffre national caché dans une feuille l’est dans toutes : la ligne « Ensemble » est la même "
    "sous chaque ventilation.",
    "Une case à 0 d’une ligne d’au moins 3 structures reste affichée : elle ne révèle rien.",
)

Key = tuple[Any, Any]


@dataclass
class Grid:
    """Sums by (row, column) with the structures each rests on; margins are keyed by TOTAL.

    ``row_total``: the columns split the quantity (hours by type…), so a row total is shown;
    otherwise (a structure counted under several codes) only the column totals are.
    A cell rests on the structures whose figure in it is not 0 (a 0 tells nothing about the
    others); ``small_rows``: rows of fewer than MIN_STRUCTURES structures in all, whose every
    cell is secret, a 0 included (it would tell that an identifiable structure has none).
    """

    rows: list[Any]
    cols: list[Any]
    row_total: bool = True
    small_rows: set[Any] = field(default_factory=set)
    values: dict[Key, Decimal | int] = field(default_factory=dict)
    who: dict[Key, set[int]] = field(default_factory=dict)
    secret: set[Key] = field(default_factory=set)

    def add(self, sid: int, row: Any, col: Any, value: Decimal | int) -> None:
        keys = [(row, col), (TOTAL, col)]
        if self.row_total:
            keys += [(row, TOTAL), (TOTAL, TOTAL)]
        for k in keys:
            self.values[k] = self.values.get(k, 0) + value
            if value:
                self.who.setdefault(k, set()).add(sid)

    def support(self, key: Key) -> int:
        return len(self.who.get(key, ()))

    def value(self, key: Key) -> Decimal | int:
        return self.values.get(key, 0)

    def lines(self) -> list[tuple[list[Key], Key]]:
        """Every (cells, total) relation the table shows."""
        out = []
        if self.row_total:
            out += [([(r, c) for c in self.cols], (r, TOTAL)) for r in [*self.rows, TOTAL]]
        for c in [*self.cols, *([TOTAL] if self.row_total else [])]:
            out.append(([(r, c) for r in self.rows], (TOTAL, c)))
        return out

    def protect(self, secondary: bool = True, also: Iterable[Key] = ()) -> Grid:
        """Primary then (``secondary``) secondary suppression; ``also``: cells secret beforehand."""
        keys = [(r, c) for r in [*self.rows, TOTAL] for c in [*self.cols, TOTAL]]
        self.secret = {k for k in keys if 0 < self.support(k) < MIN_STRUCTURES or k[0] in self.small_rows}
        self.secret |= set(also)
        order = {k: i for i, k in enumerate(keys)}
        changed = secondary
        while changed:
            changed = False
            for cells, total in self.lines():
                if total in self.secret or sum(k in self.secret for k in cells) != 1:
                    continue
                free = [k for k in cells if k not in self.secret and self.support(k) > 0]
                pick = min(free, key=lambda k: (self.value(k), order[k])) if free else total
                self.secret.add(pick)
                changed = True
        return self

    def shown(self, key: Key) -> Any:
        return SECRET if key in self.secret else self.value(key)


def quartiles(values: list[Decimal]) -> tuple[Decimal, Decimal, Decimal]:
    """Q1, median, Q3 (Python's ``statistics.quantiles``, inclusive method); needs two values."""
    import statistics

    q1, med, q3 = statistics.quantiles(sorted(values), n=4, method="inclusive")
    return q1, med, q3
