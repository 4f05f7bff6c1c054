"""How the documents are painted (ui/documents/render.py), read back with poppler:
a batch's files are the same documents as those written one at a time (text, pages, A4,
fonts embedded), each holding its own person only; the structure's logo is in every page.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from documents_pdf import assert_a4_pdf, needs_poppler, pdf_info, pdf_text

from tierslieux_app.core.documents import Attestation, Letterhead

pytestmark = needs_poppler

HEAD = Letterhead(name="La Fabrique des savoirs", siret="73282932000074", commune="Lyon", postal_code="69001")


def attestation(n: int, first: str, last: str, head: Letterhead = HEAD, projects: int = 2) -> Attestation:
    hours = [Decimal(10 + n + p) + Decimal("0.25") for p in range(projects)]
    total = sum(hours, Decimal(0))
    return Attestation(
        letterhead=head,
        year=2025,
        participant_id=f"{n:08d}-0000-4000-8000-000000000000",
        first_name=first,
        last_name=last,
        hours_total=total,
        hours_by_type={"benevole": total, "salarie": Decimal(0), "mis_a_disposition": Decimal(0)},
        hours_by_activity={"collecte_donnees": total},
        projects=[(f"Projet {p + 1} de {first}", h) for p, h in enumerate(hours)],
    )


PEOPLE = [
    ("Anaïs", "Lefèvre"),
    ("Bruno", "Martin"),
    ("Çeyda", "Öztürk"),
    ("Dmitri", "Žukov"),
    ("Élise", "Ng"),
]


def test_batch_files_are_the_documents_written_one_at_a_time(qapp, tmp_path: Path, monkeypatch) -> None:
    from tierslieux_app.ui.documents import html, render

    monkeypatch.setattr(render, "BATCH_CHUNK", 2)  # 5 documents: chunks of 2, 2 and 1
    sign = html.Signatory(name="Noémie Roux", role="Présidente", date=date(2026, 1, 15))
    # the fourth person worked on 90 projects: a document of several pages inside a chunk
    people = [attestation(i, f, la, projects=90 if i == 3 else 2) for i, (f, la) in enumerate(PEOPLE)]
    documents = [html.attestation_html(a, "fr", sign) for a in people]
    batch = [tmp_path / "batch" / f"{i}.pdf" for i in range(len(documents))]
    written = []
    for path in render.write_pdfs(documents, batch):
        assert path.is_file()  # each file is whole when its progress is reported
        written.append(path)
    assert written == batch
    assert sorted(p.name for p in (tmp_path / "batch").iterdir()) == sorted(p.name for p in batch)
    for i, (rendered, path) in enumerate(zip(documents, batch, strict=True)):
        alone = render.write_pdf(rendered, tmp_path / "alone" / f"{i}.pdf")
        info, alone_info = assert_a4_pdf(path), assert_a4_pdf(alone)
        assert info["Pages"] == alone_info["Pages"]
        assert info["Title"] == rendered.title == alone_info["Title"]
        text = pdf_text(path)
        assert text == pdf_text(alone)
        first, last = PEOPLE[i]
        assert f"{first} {last}" in text
        # nothing of the chunk's other documents comes along (their pages, their contents)
        assert pdf_objects(path) <= pdf_objects(alone) + 2
        others = [f"{f} {la}" for f, la in PEOPLE if (f, la) != (first, last)]
        assert not any(name in text for name in others)
    assert int(pdf_info(batch[3])["Pages"]) > 1
    assert "Page 1 sur 1" in pdf_text(batch[4])  # the page numbers start again in each file


def test_batch_of_one_document_and_destinations_counted(qapp, tmp_path: Path) -> None:
    from tierslieux_app.ui.documents import html, render

    sign = html.Signatory(name="Noémie Roux")
    one = html.attestation_html(attestation(0, *PEOPLE[0]), "en", sign)
    assert list(render.write_pdfs([one], [tmp_path / "one.pdf"])) == [tmp_path / "one.pdf"]
    assert "Anaïs Lefèvre" in pdf_text(tmp_path / "one.pdf")
    with pytest.raises(ValueError):
        list(render.write_pdfs([one, one], [tmp_path / "a.pdf"]))


def pdf_objects(path: Path) -> int:
    """How many objects the PDF holds (its cross-reference table, read by pypdf)."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    return sum(len(objects) for objects in reader.xref.values()) + len(reader.xref_objStm)


def pdf_images(path: Path) -> list[list[str]]:
    """``pdfimages -list``: one row per image (page, num, type, width, height, …)."""
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def png_logo(width: int = 240, height: int = 80) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2e7d32"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 2, height, QColor("#ef6c00"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    assert data.data().startswith(b"\x89PNG")
    return data.data()


def test_the_structures_logo_is_in_every_page(qapp, tmp_path: Path, monkeypatch) -> None:
    from tierslieux_app.ui.documents import html, render

    monkeypatch.setattr(render, "BATCH_CHUNK", 2)
    sign = html.Signatory(name="Noémie Roux")
    with_logo = Letterhead(name=HEAD.name, siret=HEAD.siret, logo=png_logo())
    long = html.attestation_html(attestation(0, *PEOPLE[0], head=with_logo, projects=90), "fr", sign)
    path = render.write_pdf(long, tmp_path / "logo.pdf")
    pages = int(pdf_info(path)["Pages"])
    assert pages > 1
    images = [row for row in pdf_images(path) if row[2] == "image"]
    assert sorted({int(row[0]) for row in images}) == list(range(1, pages + 1))
    assert all((int(row[3]), int(row[4])) == (240, 80) for row in images)  # small: drawn as it is
    assert HEAD.name in pdf_text(path)  # the name beside the logo, whole
    # a batch: in each person's file, once per page
    documents = [
        html.attestation_html(attestation(i, *PEOPLE[i], head=with_logo), "fr", sign) for i in range(3)
    ]
    for path in render.write_pdfs(documents, [tmp_path / f"b{i}.pdf" for i in range(3)]):
        assert [row[0] for row in pdf_images(path) if row[2] == "image"] == ["1"]
    # without a logo, or with bytes that are not an image: no image, the document all the same
    for head in (HEAD, Letterhead(name=HEAD.name, siret=HEAD.siret, logo=b"\x89PNG\r\n\x1a\n not a picture")):
        plain = render.write_pdf(html.attestation_html(attestation(0, *PEOPLE[0], head=head), "fr", sign),
                                 tmp_path / "plain.pdf")  # fmt: skip
        assert pdf_images(plain) == []
        assert "Anaïs Lefèvre" in pdf_text(plain)


def test_a_large_logo_is_scaled_down_to_its_box(qapp, tmp_path: Path) -> None:
    from tierslieux_app.ui.documents import html, render

    big = Letterhead(name=HEAD.name, siret=HEAD.siret, logo=png_logo(3000, 3000))
    doc = html.attestation_html(attestation(0, *PEOPLE[0], head=big), "fr", html.Signatory())
    path = render.write_pdf(doc, tmp_path / "big.pdf")
    [row] = [row for row in pdf_images(path) if row[2] == "image"]
    side = round(render.LOGO_MAX_MM[1] * render.LOGO_DPI / 25.4)  # a square: its height fills the box
    assert abs(int(row[3]) - side) <= 1 and abs(int(row[4]) - side) <= 1
