"""Painting list rows: article title with its marks, kicker/subtitle, byline and first
words (or the search snippet), with the search terms highlighted."""

from __future__ import annotations

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
from reader.ui.theme import ACCENT, COLOURS, STYLES, UI_FAMILIES

Index = QModelIndex | QPersistentModelIndex
_MARK_COLOURS = {"拟题": "#8d6e63", "图片": "#00897b", "待续": "#6d4c41"}
_PAD = 6
_SELECTED_TEXT = QColor("#ffffff")
_SELECTED_BG = QColor(ACCENT)
_SELECTED_BG_UNFOCUSED = QColor("#c7d2e6")
_STAR = QColor("#e0a100")


def _font(base: QFont, scale: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(base)
    f.setFamilies([*UI_FAMILIES])
    f.setPointSizeF(max(6.0, base.pointSizeF() * scale))
    f.setBold(bold)
    f.setItalic(italic)
    return f


def _draw_text(p: QPainter, rect: QRect, text: str, font: QFont, colour: QColor,
               terms: tuple[str, ...]) -> None:
    """One elided line; *terms* painted with the search style behind them."""
    fm = QFontMetrics(font)
    shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    p.setFont(font)
    if terms:
        bg = QColor(STYLES["query"].background)
        for t in terms:
            for start, end in find_matches(shown, t):
                x = rect.left() + fm.horizontalAdvance(shown[:start])
                w = fm.horizontalAdvance(shown[start:end])
                p.fillRect(QRect(x, rect.top(), w, rect.height()), bg)
    p.setPen(colour)
    p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


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
        if selected:
            painter.fillRect(opt.rect, _SELECTED_BG if focused else _SELECTED_BG_UNFOCUSED)
        read = bool(index.data(ReadRole))
        text_col = _SELECTED_TEXT if selected and focused else QColor(
            COLOURS["read" if read else "text"])
        dim = QColor(text_col)
        dim.setAlpha(170)
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
            painter.setPen(_SELECTED_TEXT if selected and focused else _STAR)
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
            painter.setBrush(QColor(_MARK_COLOURS.get(m, "#546e7a")))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(QColor("#ffffff"))
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
        if selected:
            painter.fillRect(rect, _SELECTED_BG if focused else _SELECTED_BG_UNFOCUSED)
        colour = _SELECTED_TEXT if selected and focused else QColor(COLOURS["text"])
        header = index.data(HeaderRole)
        date_w = int(fm.horizontalAdvance("0") * self.DATE_WIDTH_EM * 1.6)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if header:
            if index.row() > 0:
                painter.setPen(QColor("#cfd8dc"))
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
