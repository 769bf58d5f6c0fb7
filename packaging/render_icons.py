"""Render the app icon's SVG master into the PNG sizes the hicolor icon theme wants."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Rendering needs no display; set before Qt loads so this runs on CI and over SSH.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from healer.appinfo import APP_ID

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons" / "hicolor"
MASTER = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
# hicolor sizes desktops look up (menus 16-48, docks and software centres 64-512).
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(master: Path, size: int) -> QImage:
    """The master drawn onto a transparent square of size x size pixels."""
    renderer = QSvgRenderer(str(master))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {master}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write <size>x<size>/apps/<app id>.png next to the master for every hicolor size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--master", type=Path, default=MASTER)
    parser.add_argument("--out", type=Path, default=ICONS, help="the hicolor folder to fill")
    options = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    for size in SIZES:
        target = options.out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(options.master, size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        print(f"rendered {target.relative_to(options.out)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
