"""An article as a QTextDocument: blocks and formats, built with a cursor.

Page text goes in through ``QTextCursor.insertText`` only, so ``<a href>``,
``<img>`` or ``<b>`` in a page stay characters.  Imported when the first
article is shown (its Qt classes cost start-up time).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader.core.model import Article
from reader.core.page.shown import article_blocks
from reader.ui.theme import (
    LINE_HEIGHT_PERCENT,
    PARAGRAPH_SPACING_EM,
    Highlight,
    colours,
    reading_font,
)

_ROLE_SCALE = {"kicker": 0.95, "title": 1.6, "subtitle": 1.1, "meta": 0.85, "paragraph": 1.0}


@functools.cache
def _char_format(role: str, points: int, family: str = "", muted: str = "") -> QTextCharFormat:
    """*muted*: the theme's colour for the kicker, subtitle and byline (the rest
    takes the paper's text colour from the pane)."""
    fmt = QTextCharFormat()
    font = reading_font(max(6, round(points * _ROLE_SCALE[role])), family)
    if role == "title":
        font.setWeight(QFont.Weight.Bold)
    fmt.setFont(font)
    if muted and role in ("kicker", "meta", "subtitle"):
        fmt.setForeground(QColor(muted))
    return fmt


@functools.cache
def _block_format(role: str, points: int,
                  line_percent: int = LINE_HEIGHT_PERCENT) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    em = points * 96 / 72
    fmt.setLineHeight(line_percent if role == "paragraph" else 130,
                      QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if role == "paragraph":
        fmt.setTextIndent(2 * em)
        fmt.setBottomMargin(PARAGRAPH_SPACING_EM * em)
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
    elif role == "meta":
        fmt.setBottomMargin(1.2 * em)
        fmt.setTopMargin(0.4 * em)
    else:
        fmt.setBottomMargin(0.25 * em)
    return fmt


def build_document(article: Article | None, points: int, doc: QTextDocument,
                   family: str = "", line_percent: int = LINE_HEIGHT_PERCENT) -> None:
    """Fill *doc* with *article*'s blocks as plain text in formatted blocks
    (*family*: the user's font, tried first; *line_percent*: line spacing)."""
    doc.clear()
    doc.setDefaultFont(reading_font(points, family))
    doc.setDocumentMargin(points * 1.2)
    if article is None:
        return
    cursor = QTextCursor(doc)
    muted = colours().page_muted
    for i, (role, text) in enumerate(article_blocks(article)):
        if i == 0:
            cursor.setBlockFormat(_block_format(role, points, line_percent))
        else:
            cursor.insertBlock(_block_format(role, points, line_percent))
        cursor.insertText(text, _char_format(role, points, family, muted))


def selection_format(style: Highlight) -> QTextCharFormat:
    """The format of one highlight over the article's text (its label, English,
    kept as the format's user property for tests and the legend)."""
    fmt = QTextCharFormat()
    if style.background:
        fmt.setBackground(QColor(style.background))
    fmt.setForeground(QColor(style.foreground))
    if style.underline:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(style.underline))
    if style.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setProperty(QTextFormat.Property.UserProperty, style.label)
    return fmt
