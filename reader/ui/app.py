"""Composition root: builds the application objects and wires them together."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QListWidget

    from reader.core.pages import load_page
    from reader.core.resources import sample_page

    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    page = load_page(args[0] if args else sample_page())
    view = QListWidget()
    view.setWindowTitle(f"{page.name} — Dubao")
    for a in page.articles:
        view.addItem(a.title)
    view.show()
    return int(app.exec())
