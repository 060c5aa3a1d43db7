"""The small legend of the highlight categories (status bar and key-terms panel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

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
    return f"<span style='{';'.join(css)}'>&nbsp;{s.label_zh}&nbsp;</span>"


class Legend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Legend")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(" ".join(legend_html(c) for c in LEGEND_ORDER))
        self.setToolTip("查找 find · 搜索词 search terms · 关键词 key terms · 关注词 watch-list")
