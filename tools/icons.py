"""Render the application icon for each system from its one source, ``tierslieux.svg``.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python tools/icons.py           # write the files
    QT_QPA_PLATFORM=offscreen /work/venv/bin/python tools/icons.py --check   # fail if out of date

- ``tierslieux.png`` (256 px): the window icon and the Linux ``.desktop`` icon;
- ``tierslieux.ico``: the Windows executable icon (``build.spec``);
- ``tierslieux.icns``: the macOS application bundle icon (``build.spec``).

Qt's own image plugins (svg, ico, icns) do the work: no other image library is needed.
The files are committed, so that building the bundle needs no rendering step.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 256


def render() -> dict[str, bytes]:
    """The bytes of each icon file, rendered from the SVG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "tierslieux.svg"))
    if not renderer.isValid():
        raise SystemExit("tierslieux.svg is not a valid SVG")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out: dict[str, bytes] = {}
    for fmt in ("png", "ico", "icns"):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, fmt.upper()):
            raise SystemExit(f"Qt could not write the {fmt} icon (image format plugin missing?)")
        out[f"tierslieux.{fmt}"] = bytes(data.data())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a committed icon is out of date")
    args = parser.parse_args()
    stale = []
    for name, data in render().items():
        path = ICONS / name
        if path.exists() and path.read_bytes() == data:
            continue
        if args.check:
            stale.append(name)
        else:
            path.write_bytes(data)
            print(f"written {path.relative_to(ICONS.parent.parent)} ({len(data)} bytes)")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run tools/icons.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
