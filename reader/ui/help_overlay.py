"""The ``?`` overlay: every action of the registry with its keys, grouped."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from reader.actions import ACTIONS, Action, by_category
from reader.strings import Tr
from reader.ui.i18n import action_help, action_title, category_title, key_text, tr
from reader.ui.theme import colours


def help_html(actions: Sequence[Action] = ACTIONS) -> str:
    """The key list as HTML built from the registry, in the interface language
    only (every string escaped; colours of the theme in use)."""
    muted = colours().muted
    out = [f'<h2 style="margin:0">{html.escape(tr(Tr.OVERLAY, "Keys"))}</h2>',
           f"<p style='color:{muted}'>"
           f"{html.escape(tr(Tr.OVERLAY, 'Esc, ? or F1 closes this list'))}</p>",
           "<table cellspacing='0' cellpadding='3' width='100%'>"]
    for cat, group in by_category(actions):
        out.append(f"<tr><td colspan='3'><h3 style='margin:8px 0 2px 0'>"
                   f"{html.escape(category_title(cat))}</h3></td></tr>")
        for a in group:
            out.append(
                "<tr>"
                f"<td width='22%'><b><tt>{html.escape(key_text(a))}</tt></b></td>"
                f"<td width='28%'>{html.escape(action_title(a))}</td>"
                f"<td style='color:{muted}'>{html.escape(action_help(a))}</td>"
                "</tr>"
            )
    out.append("</table>")
    return "".join(out)


class HelpOverlay(QFrame):
    """Covers its parent; shows the key list; the dispatcher closes it."""

    shown_changed = Signal(bool)   # shown, or hidden again

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 30)
        self.text = QTextBrowser()
        self.text.setObjectName("OverlayText")
        self.text.setAccessibleName(tr(Tr.OVERLAY, "Key list"))
        self.text.setOpenLinks(False)
        self.text.setHtml(help_html())
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        lay.addWidget(self.text)
        parent.installEventFilter(self)
        self.hide()

    def set_actions(self, actions: Sequence[Action]) -> None:
        """Show the keys of *actions* (after a rebinding)."""
        self.text.setHtml(help_html(actions))

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The veil over the window behind the list (the theme's)."""
        QPainter(self).fillRect(self.rect(), QColor(*colours().overlay_scrim))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.shown_changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def open(self) -> None:
        self._fit()
        self.show()
        self.raise_()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
