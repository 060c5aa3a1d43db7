"""The ``?`` overlay: every action of the registry with its keys, grouped."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from reader.actions import ACTIONS, CATEGORIES, Action, by_category
from reader.strings import Tr
from reader.ui.i18n import action_help, key_text, tr


def help_html(actions: Sequence[Action] = ACTIONS) -> str:
    """The key list as HTML built from the registry (every string escaped)."""
    out = [f'<h2 style="margin:0">{html.escape(tr(Tr.OVERLAY, "Keys"))}</h2>',
           "<p style='color:#555'>"
           f"{html.escape(tr(Tr.OVERLAY, 'Esc, ? or F1 closes this list'))}</p>",
           "<table cellspacing='0' cellpadding='3' width='100%'>"]
    for cat, group in by_category(actions):
        zh, en = CATEGORIES.get(cat, (cat, cat))
        out.append(f"<tr><td colspan='3'><h3 style='margin:8px 0 2px 0'>"
                   f"{html.escape(zh)} {html.escape(en)}</h3></td></tr>")
        for a in group:
            out.append(
                "<tr>"
                f"<td width='22%'><b><tt>{html.escape(key_text(a))}</tt></b></td>"
                f"<td width='28%'>{html.escape(a.title_zh)} {html.escape(a.title_en)}</td>"
                f"<td style='color:#444'>{html.escape(action_help(a))}</td>"
                "</tr>"
            )
    out.append("</table>")
    return "".join(out)


class HelpOverlay(QFrame):
    """Covers its parent; shows the key list; the dispatcher closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setStyleSheet("QFrame#Overlay { background: rgba(20, 20, 20, 200); }")
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
