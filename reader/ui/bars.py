"""The find bar, the search bar and the error bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.strings import Tr
from reader.ui.i18n import tr


class _FieldBar(QFrame):
    text_edited = Signal(str)
    close_requested = Signal()

    def __init__(self, label: str, placeholder: str, name: str,
                 parent: QWidget | None = None) -> None:
        """*label* and *placeholder*: English source texts (context ``bars``)."""
        super().__init__(parent)
        self._label_source, self._placeholder_source = label, placeholder
        self.setObjectName(name)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 3, 6, 3)
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName(name + "Field")
        self.label.setBuddy(self.field)
        self.field.setClearButtonEnabled(True)
        self.count = QLabel("")
        self.count.setMinimumWidth(60)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.close_button = close = QToolButton()
        close.setText("✕")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_requested)
        lay.addWidget(self.label)
        lay.addWidget(self.field, 1)
        lay.addWidget(self.count)
        lay.addWidget(close)
        self.field.textChanged.connect(self.text_edited)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        label = tr(Tr.BARS, self._label_source)
        placeholder = tr(Tr.BARS, self._placeholder_source)
        self.label.setText(label)
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(label.rstrip(":："))
        self.field.setAccessibleDescription(placeholder)
        self.count.setAccessibleName(tr(Tr.BARS, "Count"))
        self.close_button.setToolTip(tr(Tr.BARS, "Close (Esc)"))
        self.close_button.setAccessibleName(tr(Tr.BARS, "Close"))

    def open(self, text: str) -> None:
        self.show()
        if text != self.field.text():
            self.field.setText(text)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close(self, clear: bool = False) -> bool:
        """Hide the bar (with *clear*, empty its field without a word); returns
        whether its field had the focus."""
        had_focus = self.field.hasFocus()
        self.hide()
        if clear:
            self.field.blockSignals(True)
            self.field.clear()
            self.field.blockSignals(False)
        return had_focus

    def set_count(self, text: str) -> None:
        self.count.setText(text)
        nothing = text.startswith(("0/", "0 "))
        self.field.setStyleSheet("QLineEdit { background: #fdecea; }" if nothing else "")


# The bars' source texts (translated in context "bars" when shown).
_FIND_LABEL = "Find:"
_FIND_PLACEHOLDER = "Find in this article (any script)"
_SEARCH_LABEL = "Search:"
_SEARCH_PLACEHOLDER = 'Search the library and the open pages (word word "phrase" -exclude)'


class FindBar(_FieldBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_FIND_LABEL, _FIND_PLACEHOLDER, "FindBar", parent)


class SearchBar(_FieldBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_SEARCH_LABEL, _SEARCH_PLACEHOLDER, "SearchBar", parent)


class ErrorBar(QFrame):
    """Problems shown in the window, which keeps working; ✕ hides them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorBar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = close = QToolButton()
        close.setText("✕")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.dismiss)
        lay.addWidget(self.label, 1)
        lay.addWidget(close)
        self.messages: list[str] = []
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setAccessibleName(tr(Tr.BARS, "Problems"))
        self.close_button.setAccessibleName(tr(Tr.BARS, "Dismiss problems"))

    def add(self, text: str) -> None:
        self.messages.append(text)
        self.label.setText("\n".join(self.messages[-5:]))
        self.show()

    def dismiss(self) -> None:
        self.messages.clear()
        self.hide()
