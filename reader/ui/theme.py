"""Fonts, colours and the styles of each highlight category."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from reader.core.preferences import Theme

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


def reading_font(points: int, family: str = "") -> QFont:
    """The article's font: *family* (the user's choice) first, then the CJK list."""
    font = QFont()
    font.setFamilies([family, *CJK_FAMILIES] if family else CJK_FAMILIES)
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

#: Colours that change with the theme: list text, read (dimmed) text, page background.
LIGHT = {"text": "#1b1b1b", "read": "#8a8a8a", "page": "#fffdf8", "page_text": "#1b1b1b"}
DARK = {"text": "#e6e6e6", "read": "#8c8c8c", "page": "#1e1e1e", "page_text": "#e0e0e0"}
#: The colours in use (set by :func:`apply_theme`).
COLOURS: dict[str, str] = dict(LIGHT)
#: The theme last asked of Qt (the system's until the user chooses one).
_ASKED: dict[str, Theme] = {}


def stylesheet(dark: bool) -> str:
    if not dark:
        return STYLESHEET
    return STYLESHEET + (
        f"QTextBrowser {{ background: {DARK['page']}; color: {DARK['page_text']}; }}\n"
        "QFrame#ErrorBar { background: #5c2b29; border: 1px solid #8c3b38; }\n")


def is_dark(theme: Theme, system_dark: bool) -> bool:
    """Whether *theme* shows dark colours."""
    return theme is Theme.DARK or (theme is Theme.SYSTEM and system_dark)


def apply_theme(theme: Theme) -> bool:
    """Follow *theme* (asking Qt for that colour scheme); returns whether it is dark."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    if theme is not _ASKED.get("theme", Theme.SYSTEM):
        # Only when it changes: asking again would restyle every widget (start-up time).
        _ASKED["theme"] = theme
        hints.setColorScheme({Theme.LIGHT: Qt.ColorScheme.Light,
                              Theme.DARK: Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown))
    dark = is_dark(theme, hints.colorScheme() == Qt.ColorScheme.Dark)
    COLOURS.clear()
    COLOURS.update(DARK if dark else LIGHT)
    return dark
