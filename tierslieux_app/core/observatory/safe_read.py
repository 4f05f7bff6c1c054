"""Guards for yearly files that come from outside, applied before any parser sees them.

Each guard raises ``HostileFile`` with one French sentence naming the file and the
problem, so that a clerk can forward it and the other files of a batch go on:

- size of the file, number of ZIP entries, declared and *actual* unpacked size, and
  compression ratio (zip bombs). Every member is streamed once through ``zipfile``,
  which stops at the declared size and checks the CRC, so a lying header is caught;
- XML with a DOCTYPE or ENTITY declaration (XXE, "billion laughs") is refused, and the
  workbook's own parts are parsed with defusedxml;
- formulas (``<f>`` elements) are refused: a yearly file holds values only;
- CSV members must be UTF-8 (a Latin-1 file gets its own message);
- JSON members may not nest deeper than ``MAX_JSON_DEPTH`` (Python's parser recurses:
  200,000 opening brackets would end in RecursionError).

The XLSX cells are then read by ``xlsx_source.CalamineSource``.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import TiersLieuxError

MAX_FILE_BYTES = 64 * 2**20  # the largest demo year is a few MB
MAX_ENTRIES = 1_000
MAX_UNPACKED_BYTES = 256 * 2**20  # what calamine may hold in memory at once stays well under 300 MB
MAX_RATIO = 100  # spreadsheets compress 5–30×; bombs compress 1000× and more
MAX_CELL_CHARS = 32_767
MAX_JSON_DEPTH = 64  # a datapackage.json nests 5 levels
CHUNK = 1 << 20
_HEAD = 4096  # a DOCTYPE can only come before the root element

# Two searches with a literal prefix (fast in re), rather than one with an optional prefix (10× slower).
_FORMULA = re.compile(rb"<f[\s>/]")
_FORMULA_NS = re.compile(rb"<\w{1,20}:f[\s>/]")
_NS_HINT = re.compile(rb":f[\s>/]")
_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?r="([A-Z]+\d+)"')
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_JSON_STRUCTURE = re.compile(rb'[\[\]{}"\\]')


class HostileFile(TiersLieuxError):
    """The file is refused before parsing: damaged, not ours, too big, or dangerous."""


def refuse(path: Path, text: str) -> HostileFile:
    return HostileFile(f"« {path.name} » : {text}")


def check_container(path: Path) -> zipfile.ZipFile:
    """Size, entry count, unpacked size and ratio from the ZIP directory; the opened archive."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise refuse(path, f"fichier illisible ({exc.strerror}).") from exc
    if size > MAX_FILE_BYTES:
        raise refuse(
            path, f"fichier trop volumineux ({size / 2**20:.0f} Mo, {MAX_FILE_BYTES >> 20} Mo au plus)."
        )
    if size == 0:
        raise refuse(path, "fichier vide.")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise refuse(
            path,
            "ce n'est ni un classeur XLSX ni une archive ZIP lisible (fichier tronqué ou d'un autre type).",
        ) from exc
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        zf.close()
        raise refuse(path, f"l'archive contient {len(infos)} éléments ({MAX_ENTRIES} au plus) : refusée.")
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos), default=0)
    if (
        unpacked > MAX_UNPACKED_BYTES
        or unpacked > MAX_RATIO * max(packed, 1) + 2**20
        or worst > 10 * MAX_RATIO
    ):
        zf.close()
        raise refuse(path, "l'archive se décompresse en un volume anormal (bombe ZIP probable) : refusée.")
    return zf


def _members(zf: zipfile.ZipFile, path: Path) -> Iterator[tuple[str, Iterator[bytes]]]:
    """Each member's chunks, read through zipfile (bounded by the declared size, CRC-checked)."""
    budget = MAX_UNPACKED_BYTES
    for info in zf.infolist():
        if info.is_dir():
            continue

        def chunks(info: zipfile.ZipInfo = info) -> Iterator[bytes]:
            nonlocal budget
            try:
                if info.file_size <= CHUNK:  # small part: one read (still bounded and CRC-checked)
                    data = zf.read(info)
                    budget -= len(data)
                    if budget < 0:
                        raise refuse(path, "l'archive se décompresse en un volume anormal : refusée.")
                    yield data
                    return
                with zf.open(info) as member:
                    while chunk := member.read(CHUNK):
                        budget -= len(chunk)
                        if budget < 0:
                            raise refuse(path, "l'archive se décompresse en un volume anormal : refusée.")
                        yield chunk
            except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
                raise refuse(path, f"archive endommagée ({info.filename} illisible : {exc}).") from exc
            except Exception as exc:  # zlib.error and friends on a damaged stream
                if isinstance(exc, HostileFile):
                    raise
                raise refuse(path, f"archive endommagée ({info.filename} illisible).") from exc

        yield info.filename, chunks()


def _check_xml(name: str, chunks: Iterator[bytes], path: Path, formulas_where: str = "") -> None:
    """No DTD at the head; no formula in a worksheet (its first cell named)."""
    tail = b""
    first = True
    for chunk in chunks:
        if first and _DTD.search(chunk[:_HEAD]):
            raise refuse(
                path,
                f"la partie {name} contient une déclaration DOCTYPE/ENTITY "
                "(attaque XXE ou « billion laughs » "
                "possible) : fichier refusé.",
            )
        first = False
        if formulas_where:
            data = tail + chunk
            found = _FORMULA.search(data)
            if found is None and _NS_HINT.search(data):  # prefixed formulas (x:f), written by some tools
                found = _FORMULA_NS.search(data)
            if found:
                refs = _CELL_REF.findall(data, 0, found.start())
                cell = f", cellule {refs[-1].decode()}" if refs else ""
                raise refuse(
                    path,
                    f"feuille {formulas_where}{cell} : formule interdite, "
                    "la cellule doit contenir une valeur "
                    "(copier, puis coller les valeurs seulement).",
                )
            tail = data[-256:]


def sheet_parts(zf: zipfile.ZipFile, path: Path) -> dict[str, str]:
    """Worksheet part name → sheet name, read from workbook.xml with defusedxml."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        workbook = fromstring(zf.read("xl/workbook.xml"))
        rels = fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except KeyError as exc:
        raise refuse(path, "classeur incomplet (xl/workbook.xml ou ses liens manquent).") from exc
    except DefusedXmlException as exc:
        raise refuse(
            path,
            "le classeur contient une déclaration DOCTYPE/ENTITY "
            "(attaque XXE ou « billion laughs » possible, "
            f"arrêtée par defusedxml : {type(exc).__name__}) : fichier refusé.",
        ) from exc
    except (ParseError, zipfile.BadZipFile, OSError, ValueError) as exc:
        raise refuse(path, f"classeur endommagé ({exc}).") from exc
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        part = (
            target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        )
        targets[rel.get("Id")] = part
    out = {}
    for el in workbook.iter():
        if el.tag.endswith("}sheet"):
            rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
            if rid in targets:
                out[targets[rid]] = el.get("name", "")
    return out


def check_csv_encoding(name: str, chunks: Iterator[bytes], path: Path) -> None:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in chunks:
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise refuse(
            path,
            f"{name} n'est pas encodé en UTF-8 (probablement en Latin-1 / Windows-1252, octet "
            f"0x{exc.object[exc.start]:02x}) : enregistrez-le en UTF-8 avant de l'envoyer.",
        ) from exc


class JsonDepth:
    """Nesting depth of a JSON text fed in chunks (brackets inside strings do not count)."""

    def __init__(self) -> None:
        self.depth = self.deepest = 0
        self._in_string = False
        self._skip = -1  # offset of a character escaped by a backslash
        self._offset = 0

    def feed(self, chunk: bytes) -> int:
        for match in _JSON_STRUCTURE.finditer(chunk):
            at = self._offset + match.start()
            if at <= self._skip:
                continue
            char = match.group()
            if self._in_string:
                if char == b"\\":
                    self._skip = at + 1
                elif char == b'"':
                    self._in_string = False
            elif char == b'"':
                self._in_string = True
            elif char in (b"[", b"{"):
                self.depth += 1
                self.deepest = max(self.deepest, self.depth)
            else:
                self.depth -= 1
        self._offset += len(chunk)
        return self.deepest


def check_json(name: str, chunks: Iterator[bytes], path: Path) -> None:
    """UTF-8, and nested no deeper than MAX_JSON_DEPTH, in one streaming pass."""
    depth = JsonDepth()

    def measured() -> Iterator[bytes]:
        for chunk in chunks:
            if depth.feed(chunk) > MAX_JSON_DEPTH:
                raise refuse(
                    path,
                    f"{name} est imbriqué sur plus de {MAX_JSON_DEPTH} niveaux\u00a0: ce n’est pas "
                    "un Data Package de l’Observatoire (fichier non valide).",
                )
            yield chunk

    check_csv_encoding(name, measured(), path)


def scan(path: Path) -> str:
    """All guards; returns the kind ("xlsx" or "datapackage") or raises ``HostileFile``."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with path.open("rb") as fh:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise refuse(path, "fichier trop volumineux.")
            check_csv_encoding(path.name, iter(lambda: fh.read(CHUNK), b""), path)
        raise refuse(
            path,
            "un fichier CSV seul n'est pas un fichier annuel : "
            "envoyez l'archive Data Package (.zip) entière.",
        )
    with check_container(path) as zf:
        names = set(zf.namelist())
        if "xl/workbook.xml" in names:
            kind, sheets = "xlsx", sheet_parts(zf, path)
        elif "datapackage.json" in names:
            kind, sheets = "datapackage", {}
        else:
            raise refuse(
                path, "ce n'est pas un fichier de l'Observatoire (ni classeur XLSX ni Data Package)."
            )
        for name, chunks in _members(zf, path):
            lower = name.lower()
            if lower.endswith((".xml", ".rels", ".vml")):
                _check_xml(name, chunks, path, sheets.get(name, ""))
            elif lower.endswith(".json"):
                check_json(name, chunks, path)
            elif lower.endswith(".csv"):
                check_csv_encoding(name, chunks, path)
            else:
                for _ in chunks:  # still CRC-checked and counted
                    pass
    return kind
