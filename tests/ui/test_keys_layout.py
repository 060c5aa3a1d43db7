"""Keys that toggle what they open, keys that work in the key-terms panel, m and
Enter on a term, n/N after find was closed, full-width reading, and a window
that gives its width to the article first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.page.shown import shown_text
from reader.ui.layout import LEFT_DEFAULT, LEFT_MIN, RIGHT_MIN, WINDOW_MIN, share
from tests.ui.conftest import make_page, wait_idle

Shift = Qt.KeyboardModifier.ShiftModifier
Ctrl = Qt.KeyboardModifier.ControlModifier

BODY = "港口吞吐量上升。港口建设加快，吞吐量再创新高。新港口开工。港口物流发展。"


def _pages(tmp_path: Path):
    return [make_page(tmp_path / "p.txt", [("港口吞吐量创新高", BODY), ("第二篇", "农业丰收。"),
                                           ("第三篇", "学校开学。")])]


def test_question_mark_closes_the_key_list_it_opened(make_reader, qtbot):
    r = make_reader()
    w = r.window
    qtbot.keyClick(w.article_view, Qt.Key.Key_Question, Shift)
    assert w.overlay.isVisible() and w.focus_mode() == "overlay"
    qtbot.keyClick(w.overlay.text, Qt.Key.Key_Question, Shift)
    assert not w.overlay.isVisible()
    assert w.article_view.hasFocus()


def test_w_opens_and_closes_the_panel_and_letters_work_inside(make_reader, qtbot, engine,
                                                             tmp_path: Path):
    r = make_reader(pages=_pages(tmp_path), engine=engine)
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_W)
    panel = w.terms_panel
    assert w.terms_box.isVisible() and panel.keyword_view.hasFocus()
    # Letter keys work while the panel has the focus: j, h, t.
    qtbot.keyClick(panel.keyword_view, Qt.Key.Key_J)
    assert c.state.current is not None and c.state.current.index == 1
    qtbot.keyClick(panel.keyword_view, Qt.Key.Key_K)
    assert c.state.current.index == 0
    on = c.services.terms.on
    qtbot.keyClick(panel.keyword_view, Qt.Key.Key_H)
    assert c.services.terms.on is not on
    # Tab still moves between the panel's own fields.
    qtbot.keyClick(panel.keyword_view, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and w.terms_box.isAncestorOf(focused)
    panel.keyword_view.setFocus()
    # A second w closes what the first opened.
    qtbot.keyClick(panel.keyword_view, Qt.Key.Key_W)
    assert not w.terms_box.isVisible()
    assert w.article_view.hasFocus()


def test_m_and_enter_on_a_key_term_move_the_cursor_and_mark_it(make_reader, qtbot, engine,
                                                              tmp_path: Path):
    r = make_reader(pages=_pages(tmp_path), engine=engine)
    w, c = r.window, r.ctx
    wait_idle(qtbot, r)
    qtbot.keyClick(w.article_view, Qt.Key.Key_W)
    view = w.terms_panel.keyword_view
    terms = c.models.keywords.terms()
    assert "吞吐量" in terms
    view.setCurrentIndex(c.models.keywords.index(terms.index("吞吐量"), 0))
    text = shown_text(c.shown_article())
    places = [i for i in range(len(text)) if text.startswith("吞吐量", i)]
    assert len(places) >= 2
    qtbot.keyClick(view, Qt.Key.Key_M)
    cursor = w.pane.textCursor()
    assert (cursor.selectionStart(), cursor.selectedText()) == (places[0], "吞吐量")
    assert (places[0], places[0] + 3, "current term") in w.pane.highlight_categories()
    assert "1/" in w.statusBar().currentMessage()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert w.pane.textCursor().selectionStart() == places[1]
    assert (places[1], places[1] + 3, "current term") in w.pane.highlight_categories()
    assert view.hasFocus(), "the focus stays in the panel"


def test_n_after_find_was_closed_goes_on_from_the_last_match(make_reader, qtbot,
                                                            tmp_path: Path):
    r = make_reader(pages=_pages(tmp_path))
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Ctrl)
    w.find_bar.field.setText("港口")
    find = c.state.find
    assert len(find.matches) == 5 and find.current == 0
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_Return)
    assert find.current == 2
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible() and not find.active
    qtbot.keyClick(w.article_view, Qt.Key.Key_N)
    assert find.active and find.current == 3, "on from match 3, not back to match 1"
    assert w.find_bar.count.text() == "4/5" or w.find_label.text().endswith("4/5")
    qtbot.keyClick(w.article_view, Qt.Key.Key_Escape)
    qtbot.keyClick(w.article_view, Qt.Key.Key_N, Shift)
    assert find.current == 2, "N goes back from the last match"


def test_f_reads_full_width_and_back(make_reader, qtbot, tmp_path: Path):
    r = make_reader(pages=_pages(tmp_path))
    w, c = r.window, r.ctx
    w.resize(1200, 800)
    qtbot.keyClick(w.article_view, Qt.Key.Key_F)
    assert c.state.full_width
    assert w.lists.isHidden() and w.pane.hasFocus()
    assert w.pane.width() > w.splitter.width() - 40
    # The article keys still work; Tab and Esc keep the focus in the article.
    qtbot.keyClick(w.pane, Qt.Key.Key_J)
    assert c.state.current is not None and c.state.current.index == 1
    qtbot.keyClick(w.pane, Qt.Key.Key_Tab)
    assert w.pane.hasFocus()
    qtbot.keyClick(w.pane, Qt.Key.Key_F)
    assert not c.state.full_width and not w.lists.isHidden()
    # The search needs the lists: / brings them back.
    qtbot.keyClick(w.article_view, Qt.Key.Key_F)
    qtbot.keyClick(w.pane, Qt.Key.Key_Slash)
    assert not w.lists.isHidden() and w.search_bar.field.hasFocus()


def test_small_windows_squeeze_the_lists_before_the_article(make_reader, qtbot,
                                                           tmp_path: Path):
    r = make_reader(pages=_pages(tmp_path))
    w = r.window
    assert (w.minimumWidth(), w.minimumHeight()) == WINDOW_MIN
    w.resize(1400, 900)
    qtbot.waitUntil(lambda: w.width() == 1400)
    assert w.lists.width() == LEFT_DEFAULT
    wide_article = w.pane.width()
    w.resize(640, 480)
    qtbot.waitUntil(lambda: w.width() == 640)
    assert w.lists.width() == LEFT_MIN, "the lists gave up their width first"
    assert w.pane.width() >= 640 - LEFT_MIN - 30
    em = w.pane.points * 96 / 72
    assert w.pane.viewport().width() / em > 18, "a line of the article holds 18+ characters"
    w.resize(400, 300)
    assert (w.width(), w.height()) == WINDOW_MIN, "no smaller than the minimum"
    w.resize(1400, 900)
    qtbot.waitUntil(lambda: w.width() == 1400)
    assert w.lists.width() == LEFT_DEFAULT, "back to the width it had"
    assert w.pane.width() == wide_article


def test_dragged_widths_are_kept_and_remembered(make_reader, qtbot, tmp_path: Path):
    r = make_reader(pages=_pages(tmp_path))
    w = r.window
    w.resize(1400, 900)
    qtbot.waitUntil(lambda: w.width() == 1400)
    w.splitter.moveSplitter(300, 1)
    w.splitter.on_splitter_moved(300, 1)   # what a drag of the handle emits
    assert w.splitter.left == w.lists.width()
    w.resize(900, 700)
    w.resize(1400, 900)
    qtbot.waitUntil(lambda: w.width() == 1400)
    assert w.lists.width() == w.splitter.left
    w.remember_layout()
    assert r.services.settings.splitter[0] == w.splitter.left


@pytest.mark.parametrize(("total", "want", "left", "right", "expected"), [
    (1400, 780, 360, 0, (360, 1040, 0)),      # room for all: the article takes the rest
    (1000, 780, 360, 0, (220, 780, 0)),       # the list gives up what the article lacks
    (640, 780, LEFT_DEFAULT, 0, (LEFT_MIN, 640 - LEFT_MIN, 0)),   # ... down to its minimum
    (1200, 780, 360, 260, (LEFT_MIN, 780, 1200 - LEFT_MIN - 780)),  # then the panel
    (900, 780, 360, 260, (LEFT_MIN, 900 - LEFT_MIN - RIGHT_MIN, RIGHT_MIN)),
])
def test_the_article_gets_width_first(total, want, left, right, expected):
    assert share(total, want, left, right) == expected
