"""The small legend of the highlight categories (status bar and key-terms panel)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from reader.strings import Tr
from reader.ui.i18n import tr
from reader.ui.theme import LEGEND_ORDER, STYLES


def legend_html(category: str) -> str:
    """One legend chip (our own strings only)."""
    s = STYLES[category]
    css = []
    if s.background:
        css.append(f"background:{s.background}")
    if s.foreground:
        css.append(f"color:{s.foreground}")
    if s.underline:
        css.append(f"text-decoration:underline;color:{s.underline_colour}")
    label = html.escape(tr(Tr.LEGEND, s.label_en))
    return f"<span style='{';'.join(css)}'>&nbsp;{label}&nbsp;</span>"


class Legend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Legend")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(" ".join(legend_html(c) for c in LEGEND_ORDER))
        self.setToolTip(tr(Tr.WINDOW, "find · search terms · key terms · watch-list"))
