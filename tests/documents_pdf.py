"""Reading the documents back as a person's tools do: poppler's pdfinfo, pdftotext, pdftoppm.

Shared by the command-line and the window's document tests; figures are parsed from the
text that ``pdftotext -layout`` extracts (French or English number formats).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

POPPLER = all(shutil.which(tool) for tool in ("pdfinfo", "pdftotext", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (installed by .ci/run) is missing")

# A number as the documents print it: groups separated by a (narrow) no-break space or a
# comma (English), decimals after a comma (French) or a point (English).
_NUMBER = {
    "fr": r"\d{1,3}(?:[\u202f\u00a0 ]\d{3})*(?:,\d+)?",
    "en": r"\d{1,3}(?:,\d{3})*(?:\.\d+)?",
}


def number(text: str, lang: str = "fr") -> Decimal:
    if lang == "en":
        return Decimal(text.replace(",", ""))
    return Decimal(re.sub(r"[\u202f\u00a0 ]", "", text).replace(",", "."))


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def first_page_png(path: Path, out_prefix: Path, dpi: int = 60) -> Path:
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(path), str(out_prefix)],
        check=True,
        capture_output=True,
    )
    png = out_prefix.with_suffix(".png")
    assert png.stat().st_size > 1000
    return png


def assert_a4_pdf(path: Path) -> dict[str, str]:
    info = pdf_info(path)
    assert info["Page size"].startswith("595 x 842 pts"), info["Page size"]
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, "no font in the PDF"
    assert all(row.split()[-5] == "yes" for row in rows), fonts  # the "emb" column: every font embedded
    return info


def value_on_line(text: str, label: str, lang: str = "fr", index: int = -1) -> Decimal:
    """The number at the end of the first line that starts with ``label`` (a table row)."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            found = re.findall(_NUMBER[lang], line[line.index(label) + len(label) :])
            if found:
                return number(found[index], lang)
    raise AssertionError(f"no line « {label} » with a number in:\n{text}")
