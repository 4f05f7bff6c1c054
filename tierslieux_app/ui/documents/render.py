"""Documents to PDF and to the printer, with Qt's own text engine (QTextDocument + QPdfWriter).

Why Qt rather than a PDF library: the application already ships Qt; ``QPdfWriter``
embeds (subsets) the fonts it draws with, lays out HTML tables with page breaks, and the
very same painting serves ``QPrinter`` for « Aperçu » (QPrintPreviewDialog) and
« Imprimer… ». No second layout engine, one layout for screen, paper and PDF. A batch of
documents (every volunteer's attestation) is painted into one PDF a chunk at a time and
split into a file each with pypdf: Qt embeds the fonts once a chunk instead of once a
file, which was most of the time (``write_pdfs``).

Each page is painted by hand around the document's body (``html.py``): the structure's name
and SIRET at the top, its logo (if it has one) at the top right, the document's title and
« Page n sur N » at the foot.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
)

from ...core.errors import TiersLieuxError
from ...core.fileio import atomic_path
from .html import SIGNATURE_END, Rendered
from .texts import t

if TYPE_CHECKING:  # the figures (SQLAlchemy…) are imported by whoever asks for a document
    pass

CREATOR = "TiersLieux"
RESOLUTION = 300  # dpi of the PDF's coordinate system (text and vectors stay vectors)
MARGINS_MM = QMarginsF(20, 18, 20, 16)


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


# -- painting -----------------------------------------------------------------------------


# A sans-serif with Arial's metrics wherever one is installed (Liberation Sans on Linux, Arial on
# Windows and macOS): compact, and quicker to subset into each PDF than DejaVu Sans, Linux's
# default (a third of the time of a batch of attestations went into embedding the fonts).
FONT_FAMILIES = ["Liberation Sans", "Arial", "Helvetica", "DejaVu Sans"]


def document_font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _points_to_pixels(body: str) -> str:
    """``@n@`` in the HTML is n points, written as CSS pixels (1/96 inch), which Qt scales to the device.

    (Qt's rich text takes block margins in pixels only; points would be dropped.)
    """
    return re.sub(r"@(\d+)@", lambda m: f"{round(int(m.group(1)) * 96 / 72)}px", body)


def _document(rendered: Rendered, device: QPagedPaintDevice, width: float, height: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(document_font(10))
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width, height))  # before the text: laid out once
    doc.setHtml(_points_to_pixels(rendered.body))
    frames = doc.rootFrame().childFrames()
    if rendered.body.endswith(SIGNATURE_END) and frames:
        block = frames[-1]
        box = doc.documentLayout().frameBoundingRect(block)
        if int(box.top() // height) != int((box.bottom() - 1) // height):
            fmt = block.frameFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            block.setFrameFormat(fmt)
    return doc


def _begin(device: QPagedPaintDevice) -> QPainter:
    painter = QPainter(device)
    if not painter.isActive():
        raise TiersLieuxError(
            "L’imprimante ou le fichier choisi n’a pas pu être ouvert : vérifiez-le, "
            "ou enregistrez le document en PDF."
        )
    return painter


def paint(rendered: Rendered, device: QPagedPaintDevice) -> int:
    """Paint the document on a PDF writer or a printer (already set to A4); returns the page count."""
    device.setPageLayout(a4_layout())
    painter = _begin(device)
    try:
        return _paint_pages(rendered, device, painter)
    finally:
        painter.end()


def _paint_pages(rendered: Rendered, device: QPagedPaintDevice, painter: QPainter) -> int:
    """The document's pages, from the painter's current page on; returns their count."""
    from PySide6.QtCore import Qt  # not at import: Qt's enum namespace is slow to create

    dpi = device.logicalDpiY()
    rect = device.pageLayout().paintRectPixels(dpi)
    width, height = float(rect.width()), float(rect.height())
    mm = dpi / 25.4
    header_h, footer_h = 16 * mm, 9 * mm
    doc = _document(rendered, device, width, height - header_h - footer_h)
    pages = doc.pageCount()
    page_h = doc.pageSize().height()
    head = rendered.letterhead
    ids = [
        t("siret", rendered.lang, head.siret) if head.siret else "",
        t("rna", rendered.lang, head.rna) if head.rna else "",
    ]
    address = " ".join(x for x in (head.postal_code, head.commune) if x)
    small = document_font(8)
    bold = document_font(11, bold=True)
    logo = _logo_image(head.logo)
    logo_box = QRectF()
    if logo is not None:  # at the header's right, as high as the two lines of text at most
        box = QSizeF(LOGO_MAX_MM[0] * mm, LOGO_MAX_MM[1] * mm)
        size = QSizeF(logo.size()).scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        logo_box = QRectF(width - size.width(), 0, size.width(), size.height())
    text_w = width - (logo_box.width() + 3 * mm if logo is not None else 0)
    for i in range(pages):
        if i:
            device.newPage()
        painter.save()
        painter.setPen(QColor("#333333"))
        painter.setFont(bold)
        painter.drawText(QRectF(0, 0, text_w, 6 * mm), head.name)
        painter.setFont(small)
        line = " · ".join(x for x in (*ids, address) if x)
        painter.drawText(QRectF(0, 6 * mm, text_w, 5 * mm), line)
        if logo is not None:
            painter.drawImage(logo_box, logo)
        painter.setPen(QPen(QColor("#999999"), 0.3 * mm))
        painter.drawLine(0, int(12 * mm), int(width), int(12 * mm))
        painter.setPen(QColor("#555555"))
        foot = QRectF(0, height - 6 * mm, width, 6 * mm)
        painter.drawText(foot, rendered.title)
        painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight), t("page", rendered.lang, i + 1, pages))
        painter.restore()
        painter.save()
        painter.translate(0, header_h - i * page_h)
        doc.drawContents(painter, QRectF(0, i * page_h, width, page_h))
        painter.restore()
    return pages


LOGO_MAX_MM = (40.0, 11.0)  # width, height of the logo's box in the header
LOGO_DPI = 2 * RESOLUTION  # the logo is kept at most this sharp in the PDF (smaller files)


@functools.lru_cache(maxsize=4)  # a batch draws the same logo on every page: decoded and scaled once
def _logo_image(data: bytes | None) -> QImage | None:
    """The structure's logo, scaled down to its box in the header; None without one or if unreadable.

    The logo was checked when it was chosen (``services.logo``); bytes that no longer decode
    give documents without a logo rather than no document.
    """
    from PySide6.QtCore import Qt  # not at import: Qt's enum namespace is slow to create

    if not data:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    box = QSizeF(LOGO_MAX_MM[0], LOGO_MAX_MM[1]) * (LOGO_DPI / 25.4)
    if image.width() > box.width() or image.height() > box.height():
        keep = Qt.AspectRatioMode.KeepAspectRatio
        image = image.scaled(box.toSize(), keep, Qt.TransformationMode.SmoothTransformation)
    return image


def _pdf_writer(target: str | QIODevice, title: str) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setCreator(CREATOR)
    writer.setTitle(title)
    writer.setPageLayout(a4_layout())
    return writer


def write_pdf(rendered: Rendered, dest: Path) -> Path:
    """Write the PDF through ``atomic_path`` (nothing half-written is ever left at ``dest``)."""
    dest = Path(dest)
    with atomic_path(dest, ".pdf") as tmp:
        writer = _pdf_writer(str(tmp), rendered.title)
        paint(rendered, writer)
        del writer  # flushes and closes the file
    return dest


# Documents a batch lays out in one PDF before splitting it: a chunk's fonts are embedded once,
# and the first files are written (and their progress shown) after a fraction of a second.
BATCH_CHUNK = 50


def write_pdfs(documents: Sequence[Rendered], dests: Sequence[Path]) -> Iterator[Path]:
    """Write each document to its own PDF at its destination, yielding each path once it is written.

    The same pages as ``write_pdf``, faster for many documents: Qt embeds (subsets) the fonts
    when a PDF ends, and that is most of a one-page attestation's time (for each font, the
    glyph of all 65,536 first code points for the text map, and every used glyph's outline,
    hinted). A batch paints ``BATCH_CHUNK`` documents into one PDF in memory, so the fonts are
    embedded once a chunk, then pypdf copies each document's pages, with the objects they use,
    into a PDF of its own, written through ``atomic_path``.

    Each file holds its own pages only. The pages of a chunk share their resources: the
    embedded font subsets may hold a few glyphs a file's text does not use (letters of the
    chunk's other documents, never their text), and an image drawn by one document would be
    in the others' files too: the only image drawn is the structure's logo, the same for all.
    """
    from pypdf import PdfReader, PdfWriter

    if len(documents) != len(dests):
        raise ValueError("one destination per document")
    for start in range(0, len(documents), BATCH_CHUNK):
        chunk = documents[start : start + BATCH_CHUNK]
        data, counts = _paint_chunk(chunk)
        source = PdfReader(io.BytesIO(data))
        producer = source.metadata.producer if source.metadata else None
        first = 0
        for rendered, count, dest in zip(chunk, counts, dests[start : start + BATCH_CHUNK], strict=True):
            one = PdfWriter()
            one.pdf_header = source.pdf_header
            for page in source.pages[first : first + count]:
                one.add_page(page)
            first += count
            one.add_metadata({"/Title": rendered.title, "/Creator": CREATOR, "/Producer": producer or ""})
            pdf = io.BytesIO()
            one.write(pdf)  # in memory, then one write: pypdf writes a file in many small pieces
            with atomic_path(Path(dest), ".pdf") as tmp:
                tmp.write_bytes(pdf.getvalue())
            yield Path(dest)


def _paint_chunk(documents: Sequence[Rendered]) -> tuple[bytes, list[int]]:
    """The documents one after the other in one PDF (each from a new page), and their page counts."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, documents[0].title)
    counts = []
    painter = _begin(writer)
    try:
        for i, rendered in enumerate(documents):
            if i:
                writer.newPage()
            counts.append(_paint_pages(rendered, writer, painter))
    finally:
        painter.end()
    del writer  # flushed into the buffer
    buffer.close()
    return data.data(), counts
