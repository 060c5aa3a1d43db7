"""The one theme definition: the fonts, and every colour the reader draws, for
the light and the dark theme.

A theme (:class:`Colours`) is applied to the whole application at once
(:func:`apply_theme`): Qt's Fusion style with an application palette made from
it reaches every widget (lists, the article's paper, menus, the status bar,
dialogs, tool tips, fields); the painters of our own widgets (list rows,
highlights, the focus ring, the error bar, the key list's veil, the trend
chart) ask :func:`colours` for the theme in use.  No widget carries colours
of its own, and no style sheet is needed (an application style sheet would
cost every widget a restyle: start-up time).

Every text colour is listed with the background it is drawn on
(:meth:`Colours.pairs`); a test checks that each pair reaches WCAG AA contrast
(4.5:1) in both themes.  Watch-list colours are the user's: :meth:`Colours.watch`
tones them for the theme and picks the text colour that reads best on them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont

from reader.core.preferences import Theme

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

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

#: WCAG AA for normal text.
MIN_CONTRAST = 4.5


# ---- WCAG contrast ----------------------------------------------------------------------
def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` → (r, g, b)."""
    h = colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    r, g, b = (_channel(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: str, b: str, share_of_a: float) -> str:
    """*a* laid over *b* at *share_of_a* opacity, as ``#rrggbb``."""
    return "#" + "".join(f"{round(x * share_of_a + y * (1 - share_of_a)):02x}"
                         for x, y in zip(rgb(a), rgb(b), strict=True))


def readable_on(background: str, dark: str, light: str) -> str:
    """Whichever of *dark* and *light* text reads better on *background*."""
    return dark if contrast(dark, background) >= contrast(light, background) else light


# ---- the definition -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Highlight:
    """How one kind of highlight in the article looks: its text on its own
    background, or (no background) the page's text with a thin underline."""

    label: str              # English; the legend translates it (context "legend")
    background: str         # "" : the paper shows through
    foreground: str
    underline: str = ""     # a thin solid underline in this colour ("" : none)
    bold: bool = False


#: The kinds of highlight, in the legend's order (``find.current`` and
#: ``term.current`` are the one match or occurrence the cursor is on).
HIGHLIGHT_KINDS = ("find", "find.current", "query", "keyword", "watch", "term.current")
LEGEND_ORDER = ("find", "query", "keyword", "watch")

#: Marks on list rows (MARK_* in reader.ui.models) → their badge's colour key.
BADGES = ("拟题", "图片", "待续", "other")


@dataclass(frozen=True, slots=True, eq=False, repr=False)   # compared by identity
class Colours:
    """Every colour of one theme.  Names say what is drawn; each text colour's
    background is named in :meth:`pairs`."""

    name: str
    dark: bool
    # the window: menus, the status bar, panels, dialogs
    window: str
    window_text: str
    button: str
    accent: str              # focus borders, the current bar of the chart
    # lists, fields and the article's paper
    base: str
    text: str                # an unread row's title, a field's text
    muted: str               # a row's second and third lines, placeholders
    read: str                # a read row
    selected: str            # the current row while its list has the focus
    selected_text: str
    selected_read: str
    unfocused: str           # the current row while the focus is elsewhere
    unfocused_text: str
    unfocused_read: str
    rule: str                # the line above a new date in the page list
    star: str
    page_muted: str          # the article's kicker, subtitle, dateline and byline
    # messages
    tooltip: str
    tooltip_text: str
    error: str               # the error bar (its text is window_text)
    error_border: str
    not_found: str           # a find or search field that found nothing
    not_found_text: str
    link: str
    # badges on list rows: background per mark (the text is badge_text)
    badge_text: str
    badges: dict[str, str]
    # the trend chart's bars (the labels are window_text on window)
    chart_bar: str
    # highlights in the article (and on the hits' rows: query)
    highlights: dict[str, Highlight]
    #: How much of a watch-list colour shows over the paper (dark themes tone
    #: the user's bright colours down).
    watch_share: float = 1.0
    #: The colours tried for text on a watch-list colour (black or white: one of
    #: them reaches 4.58:1 on any colour).
    watch_text: tuple[str, str] = ("#000000", "#ffffff")
    #: The veil over the window behind the key list (r, g, b, alpha).
    overlay_scrim: tuple[int, int, int, int] = (20, 20, 20, 200)

    def highlight(self, category: str) -> Highlight:
        """The look of a highlight category (``Span.category``, or ``find.current``
        and ``term.current``)."""
        return self.highlights[category]

    def watch(self, colour: str) -> Highlight:
        """The highlight of a watched term in the user's *colour*."""
        bg = mix(colour, self.base, self.watch_share)
        return Highlight("watch-list", bg, readable_on(bg, *self.watch_text))

    def badge(self, mark: str) -> str:
        return self.badges.get(mark, self.badges["other"])

    def pairs(self, watch_colours: tuple[str, ...] = ()) -> Iterator[tuple[str, str, str]]:
        """(what, text colour, background) for every text the reader draws."""
        yield "window text", self.window_text, self.window
        yield "button text", self.window_text, self.button
        yield "status message", self.window_text, self.window
        yield "list row", self.text, self.base
        yield "list row, second lines", self.muted, self.base
        yield "list row, read", self.read, self.base
        yield "list row, star", self.star, self.base
        yield "list row, selected", self.selected_text, self.selected
        yield "list row, selected and read", self.selected_read, self.selected
        yield "list row, selected, list unfocused", self.unfocused_text, self.unfocused
        yield "list row, selected and read, list unfocused", self.unfocused_read, self.unfocused
        yield "field placeholder", self.muted, self.base
        yield "article text", self.text, self.base
        yield "article kicker and byline", self.page_muted, self.base
        yield "tool tip", self.tooltip_text, self.tooltip
        yield "error bar", self.window_text, self.error
        yield "field that found nothing", self.not_found_text, self.not_found
        yield "link", self.link, self.base
        yield "chart labels", self.window_text, self.window
        for mark in BADGES:
            yield f"badge {mark}", self.badge_text, self.badge(mark)
        for kind in HIGHLIGHT_KINDS:
            if kind == "watch":
                continue
            h = self.highlights[kind]
            yield f"highlight {kind}", h.foreground, h.background or self.base
            # the legend's chip of it, in the status bar
            yield f"legend {kind}", h.foreground, h.background or self.window
        yield "highlight query, on a list row", self.highlights["query"].foreground, \
            self.highlights["query"].background
        for colour in watch_colours:
            h = self.watch(colour)
            yield f"highlight watch {colour}", h.foreground, h.background


LIGHT = Colours(
    name="light", dark=False,
    window="#f3f3f3", window_text="#1b1b1b", button="#e8e8e8", accent="#2563eb",
    base="#fffdf8", text="#1b1b1b", muted="#555555", read="#6b6b6b",
    selected="#1d4ed8", selected_text="#ffffff", selected_read="#d6e0ff",
    unfocused="#d4dcec", unfocused_text="#1b1b1b", unfocused_read="#4d4d4d",
    rule="#cfd8dc", star="#8a5a00", page_muted="#5c5c5c",
    tooltip="#ffffdc", tooltip_text="#1b1b1b",
    error="#fdecea", error_border="#f5c2c0",
    not_found="#fdecea", not_found_text="#1b1b1b", link="#1d4ed8",
    badge_text="#ffffff",
    badges={"拟题": "#7b5e55", "图片": "#00796b", "待续": "#6d4c41", "other": "#546e7a"},
    chart_bar="#78909c",
    highlights={
        "find": Highlight("find", "#fff176", "#1b1b1b"),
        "find.current": Highlight("current match", "#ff9800", "#000000", bold=True),
        "query": Highlight("search terms", "#b3e5fc", "#1b1b1b", underline="#0277bd"),
        "keyword": Highlight("key terms", "", "#1b1b1b", underline="#8d9bb3"),
        "watch": Highlight("watch-list", "#ffd54f", "#1b1b1b"),
        "term.current": Highlight("current term", "#c5cae9", "#1b1b1b", underline="#3949ab"),
    },
)

DARK = Colours(
    name="dark", dark=True,
    window="#2b2d31", window_text="#e4e4e4", button="#3a3d42", accent="#5b8def",
    base="#1e1f21", text="#e4e4e4", muted="#b0b0b0", read="#9a9a9a",
    selected="#2a56c6", selected_text="#ffffff", selected_read="#d5e0ff",
    unfocused="#3a4150", unfocused_text="#e6e6e6", unfocused_read="#b9b9b9",
    rule="#4a4f57", star="#f0b400", page_muted="#a8a8a8",
    tooltip="#3a3d42", tooltip_text="#eeeeee",
    error="#4a2523", error_border="#7a3a36",
    not_found="#5a2a28", not_found_text="#ffffff", link="#8ab4f8",
    badge_text="#ffffff",
    badges={"拟题": "#7b5e55", "图片": "#00695c", "待续": "#6d4c41", "other": "#546e7a"},
    chart_bar="#78909c",
    highlights={
        "find": Highlight("find", "#6b5c00", "#ffffff"),
        "find.current": Highlight("current match", "#ffb74d", "#000000", bold=True),
        "query": Highlight("search terms", "#123f5c", "#e6f4ff", underline="#4fc3f7"),
        "keyword": Highlight("key terms", "", "#e4e4e4", underline="#7c8aa8"),
        "watch": Highlight("watch-list", "#7a6420", "#ffffff"),
        "term.current": Highlight("current term", "#34416b", "#ffffff", underline="#8c9eff"),
    },
    watch_share=0.45,
    overlay_scrim=(0, 0, 0, 170),
)

THEMES = {False: LIGHT, True: DARK}
_CURRENT: list[Colours] = [LIGHT]


def legend_categories(mark_keywords: bool) -> tuple[str, ...]:
    """The highlight categories an article may show (key terms only when marked)."""
    return tuple(c for c in LEGEND_ORDER if c != "keyword" or mark_keywords)


def colours() -> Colours:
    """The theme in use."""
    return _CURRENT[0]


def is_dark(theme: Theme, system_dark: bool) -> bool:
    """Whether *theme* shows dark colours."""
    return theme is Theme.DARK or (theme is Theme.SYSTEM and system_dark)


# ---- fonts --------------------------------------------------------------------------------
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


# ---- applying it --------------------------------------------------------------------------
def palette(c: Colours) -> QPalette:
    """Qt's palette for the theme (every role Fusion paints with)."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window = QColor(c.window)

    def shade(factor: int) -> QColor:
        """A bevel colour: away from the window's colour (lighter on dark)."""
        return window.lighter(factor) if c.dark else window.darker(factor)

    roles = {
        role.Window: c.window, role.WindowText: c.window_text, role.Base: c.base,
        role.AlternateBase: c.window, role.Text: c.text, role.Button: c.button,
        role.ButtonText: c.window_text, role.BrightText: "#ffffff",
        role.Highlight: c.selected, role.HighlightedText: c.selected_text,
        role.ToolTipBase: c.tooltip, role.ToolTipText: c.tooltip_text,
        role.PlaceholderText: c.muted, role.Link: c.link, role.LinkVisited: c.link,
        role.Accent: c.accent,
    }
    for r, value in roles.items():
        p.setColor(r, QColor(value))
    p.setColor(role.Light, shade(90) if c.dark else window.lighter(115))
    p.setColor(role.Midlight, shade(110))
    p.setColor(role.Mid, shade(140))
    p.setColor(role.Dark, shade(170) if not c.dark else window.darker(150))
    p.setColor(role.Shadow, QColor("#000000"))
    p.setColor(group.Inactive, role.Highlight, QColor(c.unfocused))
    p.setColor(group.Inactive, role.HighlightedText, QColor(c.unfocused_text))
    disabled = QColor(mix(c.window_text, c.window, 0.45))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, disabled)
    return p


def apply_theme(app: QApplication, theme: Theme) -> Colours:
    """Show *theme* in every widget of *app* (the system's light or dark for
    ``Theme.SYSTEM``); returns the colours in use."""
    from PySide6.QtCore import Qt

    hints = app.styleHints()
    wanted = {Theme.LIGHT: Qt.ColorScheme.Light,
              Theme.DARK: Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    if _APPLIED.get("asked", Qt.ColorScheme.Unknown) != wanted:
        # Native dialogs and title bars follow the scheme asked for (Unknown:
        # the system's); asked only when it changes, as it restyles every widget.
        _APPLIED["asked"] = wanted
        hints.setColorScheme(wanted)
    system_dark = hints.colorScheme() == Qt.ColorScheme.Dark
    chosen = THEMES[is_dark(theme, system_dark)]
    if _APPLIED.get("colours") is chosen:
        return chosen
    if "style" not in _APPLIED:
        # Fusion paints with the palette everywhere (platform styles ignore parts
        # of it).  Set once, best before any widget exists (it restyles them all).
        _APPLIED["style"] = "Fusion"
        app.setStyle("Fusion")
    _CURRENT[0] = chosen
    _APPLIED["colours"] = chosen
    app.setPalette(palette(chosen))
    return chosen


def fusion_arguments() -> list[str]:
    """Arguments that make a new QApplication start in Fusion (Qt makes the style
    in C++: asking for it from Python later costs a restyle and the wrappers of
    QStyle's enums)."""
    _APPLIED["style"] = "Fusion"
    return ["-style", "Fusion"]


def not_found_palette(base: QPalette) -> QPalette:
    """*base* for a field that found nothing (the theme's warning colours)."""
    from PySide6.QtGui import QColor, QPalette

    c = colours()
    p = QPalette(base)
    p.setColor(QPalette.ColorRole.Base, QColor(c.not_found))
    p.setColor(QPalette.ColorRole.Text, QColor(c.not_found_text))
    return p


_APPLIED: dict[str, object] = {}
