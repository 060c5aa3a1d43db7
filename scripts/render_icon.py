"""Render resources/icons/dubao.svg to dubao.png (256 × 256) with Qt's SVG renderer.

Run after changing the SVG: ``.venv/bin/python scripts/render_icon.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 - Qt needs one
    renderer = QSvgRenderer(str(ICONS / "dubao.svg"))
    if not renderer.isValid():
        print("render_icon: dubao.svg is not valid SVG", file=sys.stderr)
        return 1
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(ICONS / "dubao.png"), "PNG"):
        print("render_icon: dubao.png cannot be written", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
