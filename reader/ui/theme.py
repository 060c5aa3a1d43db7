"""Fonts, colours and the styles of each highlight category."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

#: CJK-capable families tried in order; Qt falls back along the list per glyph.
CJK_FAMILIES = [
    "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "Source Han Sans SC",
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN", "SimSun",
]
UI_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
               "WenQuanYi Micro Hei", "Droid Sans Fallback"]

#: Percent of the font height between lines, and space after a paragraph (em).
LINE_HEIGHT_PERCENT = 175
PARAGRAPH_SPACING_EM = 0.7
#: A readable line: about this many CJK characters.
LINE_CHARS = 36

ACCENT = "#2563eb"


@dataclass(frozen=True, slots=True)
class HighlightStyle:
    label_zh: str
    label_en: str
    background: str
    foreground: str = ""
    underline: bool = False
    bold: bool = False
    underline_colour: str = "#0277bd"


STYLES: dict[str, HighlightStyle] = {
    "find": HighlightStyle("查找", "find", "#fff176"),
    "find.current": HighlightStyle("当前", "current match", "#ff9800", "#000000", bold=True),
    "query": HighlightStyle("搜索词", "search terms", "#b3e5fc", underline=True),
    "keyword": HighlightStyle("关键词", "key terms", "", "", underline=True,
                              underline_colour="#d84315"),
    "watch": HighlightStyle("关注词", "watch-list", "#ffd54f"),
}
LEGEND_ORDER = ("find", "query", "keyword", "watch")


def reading_font(points: int) -> QFont:
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(points)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def ui_font(points: int = 10) -> QFont:
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSize(points)
    return font


def colour(name: str) -> QColor:
    return QColor(name)


STYLESHEET = f"""
QListView {{ border: 2px solid transparent; outline: 0; }}
QListView:focus, QTextBrowser:focus, QLineEdit:focus {{ border: 2px solid {ACCENT}; }}
QTextBrowser {{ border: 2px solid transparent; background: #fffdf8; }}
QFrame#ErrorBar {{ background: #fdecea; border: 1px solid #f5c2c0; }}
QLabel#ScriptBadge {{ padding: 0 6px; border: 1px solid #999; border-radius: 3px; }}
QLabel#Legend {{ padding: 0 4px; }}
QFrame#Overlay {{ background: rgba(20, 20, 20, 200); }}
"""
