"""The export checker's table checks, with each distinct value of a column checked once.

Same rules, same problems and same digest as ``core.export.checker`` (it reuses its
``Validator`` and ``package_digest``; the canonical CSV is spelled as ``digest.CanonicalCsv``
does): a yearly file repeats the same project ids, participant ids, months and codes
thousands of times, and checking each distinct text once makes the import several times faster.
``tests/test_observatory_validate.py`` compares both on the broken-file corpus.
"""

from __future__ import annotations

import csv
import hashlib
import io

from ..export.checker import PackageSource, Report, Source, Validator
from ..export.descriptor import Descriptor
from ..export.digest import package_digest

MEMO_LIMIT = 20_000  # distinct texts remembered per column (free text is rarely repeated)


def check_tables(source: Source, d: Descriptor, report: Report) -> None:
    keys: dict[tuple[str, str], set[str]] = {}
    wanted = {(fk[1], fk[2]) for t in d.tables for fk in t.foreign_keys}
    hashes: list[tuple[str, str]] = []
    declared = source.declared_hashes()
    for spec in d.tables:
        header = source.header(spec)
        if header is None:
            report.add(spec.name, 0, "", "missing_table", "table absente du fichier")
            continue
        if [h for h in header if h] != list(spec.field_names):
            report.add(
                spec.name, 1, "", "header", f"en-tête inattendu : attendu {', '.join(spec.field_names)}"
            )
            continue
        checks = [(Validator(f, d), {}, f.name) for f in spec.fields]
        pk_idx = [spec.field_names.index(k) for k in spec.primary_key]
        fk_idx = [(spec.field_names.index(a), keys.get((t, b), set()), a, t) for a, t, b in spec.foreign_keys]
        keep = {
            i: keys.setdefault((spec.name, n), set())
            for i, n in enumerate(spec.field_names)
            if (spec.name, n) in wanted
        }
        seen: set[tuple[str, ...]] = set()
        canon = io.StringIO()  # the canonical CSV of digest.CanonicalCsv, hashed once per table
        writer = csv.writer(canon, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(spec.field_names)
        rows = 0
        for rowno, (texts, issues) in enumerate(source.rows(spec), start=2):
            writer.writerow(texts)
            rows += 1
            for name, message in issues:
                report.add(spec.name, rowno, name, "cell", message)
            for (validator, memo, name), text in zip(checks, texts, strict=True):
                message = memo.get(text)
                if message is None:
                    message = validator.check(text)
                    if len(memo) < MEMO_LIMIT:
                        memo[text] = message
                if message:
                    report.add(spec.name, rowno, name, "value", message)
            pk = tuple(texts[i] for i in pk_idx)
            if pk in seen:
                report.add(spec.name, rowno, ",".join(spec.primary_key), "duplicate", f"clé en double : {pk}")
            seen.add(pk)
            for i, known, name, target in fk_idx:
                if texts[i] and texts[i] not in known:
                    report.add(
                        spec.name, rowno, name, "foreign_key", f"« {texts[i]} » absent de la table {target}"
                    )
            for i, store in keep.items():
                store.add(texts[i])
        report.counts[spec.name] = rows
        if isinstance(source, PackageSource):
            digest = source.raw_hash(spec)
        else:
            digest = hashlib.sha256(canon.getvalue().encode("utf-8")).hexdigest()
        if declared and declared.get(spec.name) != digest:
            report.add(spec.name, 0, "", "hash", "empreinte de la table différente de celle déclarée")
        hashes.append((spec.name, digest))
    report.digest = package_digest(hashes)
