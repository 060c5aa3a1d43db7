"""Painting list rows: article title with its marks, kicker/subtitle, byline and first
words (or the search snippet), with the search terms highlighted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from reader.core.text.find import find_matches
from reader.ui.models import (
    CurrentRole,
    DetailRole,
    HeaderRole,
    MarksRole,
    PageNameRole,
    ReadRole,
    StarredRole,
    SubtitleRole,
    TermsRole,
    mark_label,
)
from reader.ui.theme import UI_FAMILIES, Colours, colours

Index = QModelIndex | QPersistentModelIndex
_PAD = 6


def _font(base: QFont, scale: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(base)
    f.setFamilies([*UI_FAMILIES])
    f.setPointSizeF(max(6.0, base.pointSizeF() * scale))
    f.setBold(bold)
    f.setItalic(italic)
    return f


def _draw_text(p: QPainter, rect: QRect, text: str, font: QFont, colour: QColor,
               terms: tuple[str, ...]) -> None:
    """One elided line; *terms* drawn in the search style (its text on its
    background), the rest in *colour*."""
    fm = QFontMetrics(font)
    shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    p.setFont(font)
    align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    marked = sorted({m for t in terms for m in find_matches(shown, t)})
    if not marked:
        p.setPen(colour)
        p.drawText(rect, align, shown)
        return
    style = colours().highlight("query")
    pos = 0
    pieces: list[tuple[int, int, bool]] = []
    for start, end in marked:
        if start < pos:
            continue
        if start > pos:
            pieces.append((pos, start, False))
        pieces.append((start, end, True))
        pos = end
    if pos < len(shown):
        pieces.append((pos, len(shown), False))
    for start, end, is_term in pieces:
        x = rect.left() + fm.horizontalAdvance(shown[:start])
        piece = QRect(x, rect.top(), fm.horizontalAdvance(shown[start:end]) + 1, rect.height())
        if is_term:
            p.fillRect(piece, QColor(style.background))
        p.setPen(QColor(style.foreground) if is_term else colour)
        p.drawText(piece, align, shown[start:end])


@dataclass(frozen=True, slots=True)
class RowColours:
    """The colours of one list row: its background (None: the list's) and texts."""

    background: QColor | None
    text: QColor
    second: QColor
    star: QColor


def row_colours(c: Colours, selected: bool, focused: bool, read: bool) -> RowColours:
    """A row's colours in theme *c*: the current row of the focused list, of a
    list without the focus, or any other row; read rows dimmed (each pair is
    one of the theme's checked pairs)."""
    if selected and focused:
        text = c.selected_read if read else c.selected_text
        return RowColours(QColor(c.selected), QColor(text), QColor(text), QColor(c.selected_text))
    if selected:
        text = c.unfocused_read if read else c.unfocused_text
        return RowColours(QColor(c.unfocused), QColor(text), QColor(text), QColor(text))
    return RowColours(None, QColor(c.read if read else c.text),
                      QColor(c.read if read else c.muted), QColor(c.star))


class ArticleDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = option.font
        h = (QFontMetrics(_font(base, 1.1, True)).height()
             + 2 * QFontMetrics(_font(base, 0.9)).height() + 2 * _PAD + 4)
        return QSize(200, h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Painted by hand from the view's current row (no QStyle/QPalette: they cost
        # start-up time in PySide and the list is single-selection anyway).
        opt = option
        view = self.parent()
        selected = isinstance(view, QAbstractItemView) and view.currentIndex() == index
        focused = isinstance(view, QAbstractItemView) and view.hasFocus()
        painter.save()
        read = bool(index.data(ReadRole))
        c = colours()
        look = row_colours(c, selected, focused, read)
        if look.background is not None:
            painter.fillRect(opt.rect, look.background)
        text_col, dim = look.text, look.second
        base: QFont = opt.font
        rect: QRect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        terms: tuple[str, ...] = index.data(TermsRole) or ()
        marks: list[str] = index.data(MarksRole) or []
        title_font = _font(base, 1.1, bold=not read, italic="拟题" in marks)
        small = _font(base, 0.9)
        line1 = QFontMetrics(title_font).height()
        line2 = QFontMetrics(small).height()
        x = rect.left()
        if index.data(StarredRole):
            star = "★"
            painter.setFont(title_font)
            painter.setPen(look.star)
            sw = QFontMetrics(title_font).horizontalAdvance(star) + 4
            painter.drawText(QRect(x, rect.top(), sw, line1),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             star)
            x += sw
        mark_font = _font(base, 0.8, bold=True)
        mfm = QFontMetrics(mark_font)
        for m in marks:
            shown = mark_label(m)
            w = mfm.horizontalAdvance(shown) + 8
            badge = QRect(x, rect.top() + (line1 - mfm.height()) // 2, w, mfm.height())
            painter.setBrush(QColor(c.badge(m)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(QColor(c.badge_text))
            painter.setFont(mark_font)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), shown)
            x += w + 4
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        _draw_text(painter, QRect(x, rect.top(), rect.right() - x, line1), title, title_font,
                   text_col, terms)
        y = rect.top() + line1 + 2
        page = str(index.data(PageNameRole) or "") if terms else ""
        sub = str(index.data(SubtitleRole) or "")
        second = "　".join(s for s in (f"〔{page}〕" if page else "", sub) if s)
        lines = [t for t in (second, str(index.data(DetailRole) or "")) if t]
        for i, text in enumerate(lines):
            _draw_text(painter, QRect(rect.left(), y + i * line2, rect.width(), line2), text,
                       small, dim, terms)
        painter.restore()


class PageDelegate(QStyledItemDelegate):
    """A page row of one uniform height: the date in a left column on the first
    page of each date (a rule above it), then the page's name and article count."""

    DATE_WIDTH_EM = 6.5

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(150, QFontMetrics(option.font).height() + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view = self.parent()
        selected = isinstance(view, QAbstractItemView) and view.currentIndex() == index
        focused = isinstance(view, QAbstractItemView) and view.hasFocus()
        rect: QRect = option.rect
        base: QFont = option.font
        fm = QFontMetrics(base)
        painter.save()
        c = colours()
        look = row_colours(c, selected, focused, read=False)
        if look.background is not None:
            painter.fillRect(rect, look.background)
        colour = look.text
        header = index.data(HeaderRole)
        date_w = int(fm.horizontalAdvance("0") * self.DATE_WIDTH_EM * 1.6)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if header:
            if index.row() > 0:
                painter.setPen(QColor(c.rule))
                painter.drawLine(rect.left(), rect.top(), rect.right(), rect.top())
            bold = QFont(base)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(colour)
            painter.drawText(rect.adjusted(_PAD, 0, 0, 0), align,
                             fm.elidedText(str(header), Qt.TextElideMode.ElideRight, date_w))
        name_font = QFont(base)
        name_font.setBold(bool(index.data(CurrentRole)))
        painter.setFont(name_font)
        painter.setPen(colour)
        name_rect = rect.adjusted(_PAD + date_w, 0, -_PAD, 0)
        painter.drawText(name_rect, align, QFontMetrics(name_font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight,
            name_rect.width()))
        painter.restore()
