"""Small widget factories the window is built from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget


def list_view(name: str, accessible: str) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setUniformItemSizes(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    # Single-letter keys go to the dispatcher, not into an input method's composition.
    view.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    return view


def column(*widgets: QWidget, stretch: QWidget | None = None) -> QWidget:
    """A column of *widgets* without margins (*stretch* takes the room)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    for w in widgets:
        lay.addWidget(w, 1 if w is stretch else 0)
    return box
