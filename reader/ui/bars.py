"""The find bar, the search bar and the error bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class _FieldBar(QFrame):
    text_edited = Signal(str)
    close_requested = Signal()

    def __init__(self, label: str, placeholder: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 3, 6, 3)
        self.label = QLabel(label)
        self.field = QLineEdit()
        self.field.setObjectName(name + "Field")
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(label.rstrip(":："))
        self.field.setAccessibleDescription(placeholder)
        self.label.setBuddy(self.field)
        self.field.setClearButtonEnabled(True)
        self.count = QLabel("")
        self.count.setAccessibleName("结果数 Count")
        self.count.setMinimumWidth(60)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("关闭 Close (Esc)")
        close.setAccessibleName("关闭 Close")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_requested)
        lay.addWidget(self.label)
        lay.addWidget(self.field, 1)
        lay.addWidget(self.count)
        lay.addWidget(close)
        self.field.textChanged.connect(self.text_edited)
        self.hide()

    def open(self, text: str) -> None:
        self.show()
        if text != self.field.text():
            self.field.setText(text)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_count(self, text: str) -> None:
        self.count.setText(text)
        nothing = text in ("0/0", "0 篇")
        self.field.setStyleSheet("QLineEdit { background: #fdecea; }" if nothing else "")


class FindBar(_FieldBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("查找 Find:", "在本篇中查找（任何字体）— find in this article",
                         "FindBar", parent)


class SearchBar(_FieldBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("搜索 Search:", "搜索资料库和打开的版面 — search the library "
                         '(词 词 "短语" -排除)', "SearchBar", parent)


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
        self.label.setAccessibleName("问题 Problems")
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName("关闭问题栏 Dismiss problems")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.dismiss)
        lay.addWidget(self.label, 1)
        lay.addWidget(close)
        self.messages: list[str] = []
        self.hide()

    def add(self, text: str) -> None:
        self.messages.append(text)
        self.label.setText("\n".join(self.messages[-5:]))
        self.show()

    def dismiss(self) -> None:
        self.messages.clear()
        self.hide()
