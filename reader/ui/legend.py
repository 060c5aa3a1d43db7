"""The small legend of the highlight categories (status bar and key-terms panel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from reader.strings import Tr
from reader.ui.i18n import tr
from reader.ui.theme import LEGEND_ORDER, colours


def _escape(text: str) -> str:
    """*text* for HTML (the html module costs start-up time for this one use)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&#x27;").replace('"', "&quot;"))


def legend_html(category: str) -> str:
    """One legend chip (our own strings only), as the article shows the category."""
    theme = colours()
    s = theme.highlight(category)
    css = [f"color:{s.foreground}"]
    if s.background:
        css.append(f"background:{s.background}")
    if s.underline:
        # The underline in its own colour under text in the chip's colour.
        label = _escape(tr(Tr.LEGEND, s.label))
        return (f"<span style='{';'.join(css)}'>&nbsp;<span style='text-decoration:underline;"
                f"color:{s.underline}'><span style='color:{s.foreground}'>{label}</span>"
                "</span>&nbsp;</span>")
    label = _escape(tr(Tr.LEGEND, s.label))
    return f"<span style='{';'.join(css)}'>&nbsp;{label}&nbsp;</span>"


class Legend(QLabel):
    """The chips of the highlight categories shown (*categories*: which)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Legend")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.categories: tuple[str, ...] = LEGEND_ORDER
        self.retranslate()

    def show_categories(self, categories: tuple[str, ...]) -> None:
        if categories != self.categories:
            self.categories = categories
            self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language, colours of the theme in use."""
        self.setText(" ".join(legend_html(c) for c in self.categories))
        self.setToolTip(tr(Tr.WINDOW, "find · search terms · key terms · watch-list"))
