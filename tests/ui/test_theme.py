"""Themes: one definition for light and dark, applied to every widget through the
application's palette; every text the reader draws reads at WCAG AA contrast."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from reader.core.preferences import Preferences, Theme
from reader.core.session import WATCH_COLOURS
from reader.ui.commands import application
from reader.ui.delegates import row_colours
from reader.ui.theme import (
    DARK,
    HIGHLIGHT_KINDS,
    LIGHT,
    MIN_CONTRAST,
    Colours,
    colours,
    contrast,
    luminance,
)

THEMES = [pytest.param(LIGHT, id="light"), pytest.param(DARK, id="dark")]


def test_contrast_is_wcag_relative_luminance():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near-miss
    assert luminance("#ff0000") == pytest.approx(0.2126)


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_on_its_background_reaches_aa_contrast(theme: Colours):
    pairs = list(theme.pairs(WATCH_COLOURS))
    low = [(what, fg, bg, round(contrast(fg, bg), 2)) for what, fg, bg in pairs
           if contrast(fg, bg) < MIN_CONTRAST]
    assert low == []
    # Every kind of text is listed: rows in all four states, each highlight, badges.
    names = {what for what, _fg, _bg in pairs}
    for needed in ("list row", "list row, read", "list row, selected",
                   "list row, selected and read", "list row, selected, list unfocused",
                   "list row, selected and read, list unfocused", "article text",
                   "status message", "error bar", "badge 图片", "highlight keyword"):
        assert needed in names
    assert {f"highlight {k}" for k in HIGHLIGHT_KINDS if k != "watch"} <= names
    assert sum(name.startswith("highlight watch") for name in names) == len(WATCH_COLOURS)


@pytest.mark.parametrize("theme", THEMES)
@given(st.from_regex(r"#[0-9a-f]{6}", fullmatch=True))
def test_any_watch_colour_gets_readable_text(theme: Colours, colour: str):
    h = theme.watch(colour)
    assert contrast(h.foreground, h.background) >= MIN_CONTRAST


@pytest.mark.parametrize("theme", THEMES)
def test_list_rows_paint_with_the_checked_pairs(theme: Colours):
    """The delegate's colours for each state are the ones the contrast test checks."""
    checked = {(fg, bg) for _what, fg, bg in theme.pairs()}
    for selected in (False, True):
        for focused in (False, True):
            for read in (False, True):
                look = row_colours(theme, selected, focused, read)
                bg = look.background.name() if look.background is not None else theme.base
                for fg in (look.text, look.second, look.star):
                    assert (fg.name(), bg) in checked, (selected, focused, read)


@pytest.mark.parametrize("theme", THEMES)
def test_key_terms_are_quiet_and_distinct(theme: Colours):
    """A thin solid underline in a muted colour, on the paper: not a red
    spell-check squiggle, and unlike every other highlight."""
    key = theme.highlight("keyword")
    assert key.background == "" and key.underline and not key.bold
    r, g, b = (int(key.underline[i:i + 2], 16) for i in (1, 3, 5))
    assert not (r > g + 40 and r > b + 40), "a reddish underline reads as a spelling error"
    looks = {(h.background, h.underline) for h in theme.highlights.values()}
    assert len(looks) == len(theme.highlights)


def _dark(colour) -> bool:
    return luminance(colour.name()) < 0.2


def _light(colour) -> bool:
    return luminance(colour.name()) > 0.4


def _check_dark(widget: QWidget) -> list[str]:
    """Names of widgets whose window or base colour is not dark, or text not light."""
    bad = []
    for w in [widget, *widget.findChildren(QWidget)]:
        pal = w.palette()
        role = QPalette.ColorRole
        if not (_dark(pal.color(role.Window)) and _dark(pal.color(role.Base))
                and _light(pal.color(role.WindowText)) and _light(pal.color(role.Text))):
            bad.append(f"{type(w).__name__}#{w.objectName()}")
    return bad


def test_dark_reaches_every_widget_and_back(make_reader, qtbot):
    r = make_reader()
    w, c = r.window, r.ctx
    prefs = Preferences(theme=Theme.DARK)
    c.enter(application.set_preferences, prefs)
    assert colours() is DARK and w.theme is DARK
    qtbot.keyClick(w.article_view, Qt.Key.Key_W)            # the key-terms panel
    qtbot.keyClick(w.article_view, Qt.Key.Key_F1)
    assert w.overlay.isVisible()
    w.menus.entries()                                       # every menu filled
    qtbot.waitUntil(lambda: _check_dark(w) == [], timeout=2000)   # palette events delivered
    for menu in w.menus.menus.values():
        assert _check_dark(menu) == []
    assert _check_dark(w.recent_menu) == []
    # The paper of the article and the text on it.
    pane = w.pane.viewport().palette()
    assert pane.color(QPalette.ColorRole.Base).name() == DARK.base
    # Dialogs made later follow too.
    qtbot.keyClick(w.overlay.text, Qt.Key.Key_Escape)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert w.preferences_dialog is not None
    qtbot.waitUntil(lambda: _check_dark(w.preferences_dialog) == [], timeout=2000)
    w.preferences_dialog.reject()
    # The overlay's help lines and the highlights take the dark colours too.
    assert DARK.muted in w.overlay.text.toHtml() or DARK.muted.upper() in w.overlay.text.toHtml()
    c.enter(application.set_preferences, Preferences(theme=Theme.LIGHT))
    assert colours() is LIGHT
    qtbot.waitUntil(lambda: w.pane.viewport().palette().color(QPalette.ColorRole.Base).name()
                    == LIGHT.base, timeout=2000)
    c.enter(application.set_preferences, Preferences())


def test_highlights_in_the_article_use_the_theme(make_reader, qtbot, tmp_path):
    from PySide6.QtGui import QTextFormat

    from tests.ui.conftest import make_page

    page = make_page(tmp_path / "p.txt", [("港口", "港口吞吐量上升。港口建设加快。")])
    r = make_reader(pages=[page])
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    w.find_bar.field.setText("港口")
    for theme, prefs in ((DARK, Preferences(theme=Theme.DARK)),
                         (LIGHT, Preferences(theme=Theme.LIGHT))):
        c.enter(application.set_preferences, prefs)
        found = {}
        for sel in w.pane.extraSelections():
            fmt = sel.format
            found[str(fmt.property(QTextFormat.Property.UserProperty))] = (
                fmt.background().color().name(), fmt.foreground().color().name())
        assert found["find"] == (theme.highlight("find").background,
                                 theme.highlight("find").foreground)
    c.enter(application.set_preferences, Preferences())


def test_the_focus_ring_follows_the_focus(make_reader, qtbot):
    """The list or article with the focus is outlined (Fusion draws nothing)."""
    from PySide6.QtCore import QPoint

    r = make_reader()
    w = r.window
    ring = w.focus_ring
    area = w.centralWidget()

    def around(widget) -> bool:
        return bool(ring.isVisible()) and ring.geometry().topLeft() == widget.mapTo(
            area, QPoint(0, 0)) and ring.size() == widget.size()

    w.article_view.setFocus()
    qtbot.waitUntil(lambda: around(w.article_view), timeout=2000)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: around(w.pane), timeout=2000)
    w.resize(w.width() - 100, w.height())          # it follows as the pane moves
    qtbot.waitUntil(lambda: around(w.pane), timeout=2000)
    qtbot.keyClick(w.pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not ring.isVisible(), timeout=2000)   # a field shows its own
