"""The accent outline around the list or the article that has the keyboard
focus (Fusion draws none around them): one transparent widget for the whole
window that follows the focus, painted in the theme's accent colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QWidget

from reader.ui.theme import colours

#: The outline's width (px).
RING = 2
_FOLLOW = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """Outlines the scroll area (a list, the article) inside *area* that has the
    focus; text fields show their own."""

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self.setObjectName("FocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self.on_app_focus_changed)

    def on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        area = self.parentWidget()
        ringed = (new is not None and area is not None and area.isAncestorOf(new)
                  and isinstance(new, QAbstractScrollArea) and not isinstance(new, QLineEdit))
        self.ring(new if ringed else None)

    def ring(self, target: QWidget | None) -> None:
        """Outline *target* (None: nothing) and follow it as it moves."""
        for old in self._watched:
            old.removeEventFilter(self)
        self._watched = []
        self.target = target
        area = self.parentWidget()
        w: QWidget | None = target
        while w is not None and w is not area:   # it moves when any of these does
            w.installEventFilter(self)
            self._watched.append(w)
            w = w.parentWidget()
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOW:
            self.follow()
        return False

    def follow(self) -> None:
        target, area = self.target, self.parentWidget()
        if target is None or area is None or not target.isVisible():
            self.hide()
            return
        self.setGeometry(QRect(target.mapTo(area, QPoint(0, 0)), target.size()))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        pen = QPen(QColor(colours().accent))
        pen.setWidth(RING)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        p.drawRect(self.rect().adjusted(RING // 2, RING // 2, -(RING + 1) // 2, -(RING + 1) // 2))
