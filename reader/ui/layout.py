"""How the window's width is shared between the lists, the article and the
key-terms panel: the article first.

When the window narrows, the lists and then the panel give up width down to
their minimum before the article loses any of its readable line; when it
widens, they come back to the widths the reader gave them (by dragging) and
the rest goes to the article.  :func:`share` is the rule (pure);
:class:`AreaSplitter` applies it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListView, QMainWindow, QSplitter, QWidget

if TYPE_CHECKING:
    from reader.ui.reading_pane import ReadingPane

#: The narrowest the lists and the panel get (px), and the window itself.
LEFT_MIN = 170
RIGHT_MIN = 240
ARTICLE_MIN = 260
WINDOW_MIN = (560, 380)
#: Around the window's areas (px).
MARGIN = 4
LEFT_DEFAULT = 360
RIGHT_DEFAULT = 260


def share(total: int, want: int, left: int, right: int,
          left_min: int = LEFT_MIN, right_min: int = RIGHT_MIN) -> tuple[int, int, int]:
    """(left, article, right) widths out of *total*: the sides at their widths
    (0: hidden) unless the article would get less than *want*; then the left
    and after it the right shrink toward their minimum until it does."""
    short = want - (total - left - right)
    for side in ("left", "right"):
        if short <= 0:
            break
        width, least = (left, left_min) if side == "left" else (right, right_min)
        if width <= least:
            continue
        give = min(short, width - least)
        short -= give
        if side == "left":
            left -= give
        else:
            right -= give
    return left, max(0, total - left - right), right


class AreaSplitter(QSplitter):
    """Lists | article | panel, shared by :func:`share`; remembers the widths
    the reader drags the sides to."""

    def __init__(self, readable_width: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.readable_width = readable_width
        #: The widths the reader wants for the sides (dragged, or remembered).
        self.left = LEFT_DEFAULT
        self.right = RIGHT_DEFAULT
        self.setChildrenCollapsible(False)
        self.splitterMoved.connect(self.on_splitter_moved)

    def on_splitter_moved(self, _pos: int, _index: int) -> None:
        sizes = self.sizes()
        if len(sizes) == 3:
            if self._shown(0):
                self.left = sizes[0]
            if self._shown(2):
                self.right = sizes[2]

    def _shown(self, i: int) -> bool:
        w = self.widget(i)
        return w is not None and not w.isHidden()

    def least_width(self) -> int:
        """The narrowest the areas shown can be (their minimums and the handles)."""
        shown = [i for i in range(self.count()) if self._shown(i)]
        least = 0
        for i in shown:
            w = self.widget(i)
            assert w is not None
            least += max(w.minimumWidth(), w.minimumSizeHint().width())
        return least + self.handleWidth() * max(0, len(shown) - 1)

    def fit(self) -> None:
        """Share the width now (after a resize, a side shown or hidden)."""
        if self.count() != 3:
            return
        handles = sum(self.handleWidth() for i in range(1, 3) if self._shown(i))
        total = self.width() - handles
        left = self.left if self._shown(0) else 0
        right = self.right if self._shown(2) else 0
        want = max(ARTICLE_MIN, self.readable_width())
        self.setSizes(list(share(total, want, left, right)))

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.fit()


class WindowAreas(QMainWindow):
    """The main window's areas: the lists, the article, the key-terms panel (see
    :class:`reader.ui.window.ReaderWindow`, which builds them)."""

    splitter: AreaSplitter
    lists: QWidget
    terms_box: QWidget
    article_view: QListView
    pane: ReadingPane
    _terms_before_full_width: bool

    # ---- the areas: lists, article, panel -----------------------------------------------
    def fit_areas(self) -> None:
        """Share the width (the article first); the window is never narrower
        than the areas shown need."""
        self.setMinimumWidth(max(WINDOW_MIN[0], self.splitter.least_width() + 2 * MARGIN))
        self.splitter.fit()

    def focus_reading_list(self) -> None:
        """The focus to the article list, or to the article while the lists are hidden."""
        target = self.pane if self.lists.isHidden() else self.article_view
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_full_width(self, on: bool) -> None:
        """Hide the lists and the key-terms panel (the article across the window),
        or show them as they were."""
        if on == self.lists.isHidden():
            return
        if on:
            self._terms_before_full_width = self.terms_box.isVisible()
            self.lists.hide()
            self.terms_box.hide()
        else:
            self.lists.show()
            if self._terms_before_full_width:
                self.terms_box.show()
        self.fit_areas()
