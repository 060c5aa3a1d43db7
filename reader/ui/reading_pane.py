"""The reading pane: one article as a QTextDocument built with cursors and formats.

Page text goes in through ``QTextCursor.insertText`` only, so ``<a href>``,
``<img>`` or ``<b>`` in a page stay characters.  Document positions equal
offsets in :func:`reader.core.page.shown.shown_text`; highlights are extra
selections over those positions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.core.model import Article
from reader.strings import Tr
from reader.ui.i18n import tr
from reader.ui.theme import LINE_CHARS, LINE_HEIGHT_PERCENT, STYLES

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat

    from reader.core.text.highlight import Span

class ReadingPane(QTextBrowser):
    """A read-only article view with a readable line length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReadingPane")
        self.setAccessibleName(tr(Tr.WINDOW, "Article"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        # Keys must reach the dispatcher, not an input method's composition.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.points = 15
        self.family = ""                   # the user's font ("" = the built-in list)
        self.line_percent = LINE_HEIGHT_PERCENT
        self.article: Article | None = None
        self.watch_colours: dict[str, str] = {}
        self._highlights: tuple[list[Span], list[tuple[int, int]], int] = (
            [], [], -1)
        self._keep_top: int | None = None
        self.verticalScrollBar().rangeChanged.connect(self.on_scrollbar_range_changed)

    def restore_position(self, pos: int) -> None:
        """Scroll so the line holding character *pos* is at the top, and keep it there
        while the layout settles (first show, resizes) until the reader scrolls."""
        self._keep_top = pos
        self._apply_top()

    def _apply_top(self) -> None:
        if self._keep_top is None:
            return
        cur = QTextCursor(self.document())
        cur.setPosition(max(0, min(self._keep_top, self.document().characterCount() - 1)))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cur).top())

    def on_scrollbar_range_changed(self, _lo: int, _hi: int) -> None:
        self._apply_top()

    def release_position(self) -> None:
        self._keep_top = None

    def show_article(self, article: Article | None) -> None:
        from reader.ui.document import build_document

        self._keep_top = None
        self.article = article
        build_document(article, self.points, self.document(), self.family, self.line_percent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def set_look(self, family: str, line_percent: int) -> None:
        """The user's font and line spacing (preferences)."""
        if (family, line_percent) == (self.family, self.line_percent):
            return
        self.family, self.line_percent = family, line_percent
        self._rebuild(self.points)

    def set_points(self, points: int) -> None:
        if points == self.points:
            return
        self._rebuild(points)

    def _rebuild(self, points: int) -> None:
        top = self._keep_top if self._keep_top is not None else self.first_visible_position()
        from reader.ui.document import build_document

        self.points = points
        build_document(self.article, points, self.document(), self.family, self.line_percent)
        self.set_highlights(*self._highlights)
        self._update_margins()
        self.restore_position(top)

    def set_highlights(self, spans: list[Span],
                       finds: list[tuple[int, int]], current: int) -> None:
        from reader.ui.document import selection_format

        self._highlights = (spans, finds, current)
        sels: list[QTextEdit.ExtraSelection] = []
        for span in spans:
            style = STYLES.get(span.category)
            if style is None:
                continue
            colour = self.watch_colours.get(span.term) if span.category == "watch" else None
            sels.append(self._selection(span.start, span.end, selection_format(style, colour)))
        find_fmt = selection_format(STYLES["find"])
        for i, (start, end) in enumerate(finds):
            if i != current:
                sels.append(self._selection(start, end, find_fmt))
        if 0 <= current < len(finds):
            start, end = finds[current]
            sels.append(self._selection(start, end, selection_format(STYLES["find.current"])))
        self.setExtraSelections(sels)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(self.document())
        cur.setPosition(start)
        cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        sel.format = fmt
        return sel

    def highlight_categories(self) -> list[tuple[int, int, str]]:
        """(start, end, style label) of every extra selection: what tests look at."""
        from PySide6.QtGui import QTextFormat

        out = []
        for sel in self.extraSelections():
            cur: QTextCursor = sel.cursor
            fmt: QTextCharFormat = sel.format
            out.append((cur.selectionStart(), cur.selectionEnd(),
                        str(fmt.property(QTextFormat.Property.UserProperty))))
        return out

    def scroll_to_position(self, pos: int) -> None:
        self._keep_top = None
        cur = QTextCursor(self.document())
        cur.setPosition(max(0, min(pos, self.document().characterCount() - 1)))
        self.setTextCursor(cur)
        rect = self.cursorRect(cur)
        bar = self.verticalScrollBar()
        # Put the match a third of the way down, not at the very edge.
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def scroll_page(self, forward: bool) -> bool:
        self._keep_top = None
        bar = self.verticalScrollBar()
        before = bar.value()
        step = max(1, self.viewport().height() - QFontMetricsF(self.font()).height() * 3)
        bar.setValue(before + int(step if forward else -step))
        return bar.value() != before

    def first_visible_position(self) -> int:
        if self._keep_top is not None:
            return self._keep_top
        return self.cursorForPosition(self.viewport().rect().topLeft()).position()

    def wheelEvent(self, e: QWheelEvent) -> None:
        self._keep_top = None
        super().wheelEvent(e)

    def _update_margins(self) -> None:
        em = self.points * 96 / 72
        text_width = LINE_CHARS * em + 2 * self.document().documentMargin()
        side = max(0, int((self.width() - text_width) / 2))
        self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, e: QResizeEvent) -> None:
        self._update_margins()
        super().resizeEvent(e)

    def inputMethodQuery(self, query: Qt.InputMethodQuery, *args: Any) -> Any:
        if query == Qt.InputMethodQuery.ImEnabled:
            return False
        return super().inputMethodQuery(query, *args)
