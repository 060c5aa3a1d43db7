"""Moving through articles and pages with the keys a reader presses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.text.script import Script
from reader.ui.commands import showing
from reader.ui.state import Change
from tests.ui.conftest import changed, compose_page, make_page, wait_idle

Shift = Qt.KeyboardModifier.ShiftModifier


def test_window_title_and_list_on_start(make_reader):
    r = make_reader()
    c = r.ctx
    assert c.models.articles.rowCount() >= 3
    art = c.shown_article()
    assert art is not None
    assert r.window.windowTitle() == f"{art.title} — sample_page — Dubao"
    assert art.title in r.window.pane.toPlainText()


def test_j_k_gg_shift_g_move_through_articles(make_reader, qtbot):
    r = make_reader()
    c, lst = r.ctx, r.window.article_view
    n = c.models.articles.rowCount()
    qtbot.keyClick(lst, Qt.Key.Key_J)
    assert c.current_row() == 1
    assert lst.currentIndex().row() == 1
    qtbot.keyClick(lst, Qt.Key.Key_J)
    qtbot.keyClick(lst, Qt.Key.Key_K)
    assert c.current_row() == 1
    qtbot.keyClick(lst, Qt.Key.Key_G, Shift)
    assert c.current_row() == n - 1
    title = c.shown_article().title
    assert r.window.windowTitle().startswith(title + " — ")
    assert r.window.pane.toPlainText().startswith(
        c.shown_article().kicker or c.shown_article().title)
    qtbot.keyClick(lst, Qt.Key.Key_G)
    assert c.current_row() == n - 1, "one g is only half of g g"
    qtbot.keyClick(lst, Qt.Key.Key_G)
    assert c.current_row() == 0
    qtbot.keyClick(lst, Qt.Key.Key_End)
    assert c.current_row() == n - 1
    qtbot.keyClick(lst, Qt.Key.Key_Home)
    assert c.current_row() == 0
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    assert c.current_row() == 1
    qtbot.keyClick(lst, Qt.Key.Key_Up)
    assert c.current_row() == 0


def test_tab_moves_focus_and_space_reaches_the_next_article(make_reader, qtbot):
    r = make_reader()
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_Tab)
    assert w.pane.hasFocus()
    qtbot.keyClick(w.pane, Qt.Key.Key_Tab)
    assert w.article_view.hasFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_Return)
    assert w.pane.hasFocus()
    start = c.current_row()
    for _ in range(200):
        qtbot.keyClick(w.pane, Qt.Key.Key_Space)
        if c.current_row() != start:
            break
    assert c.current_row() == start + 1
    assert w.pane.verticalScrollBar().value() == 0
    assert w.pane.hasFocus(), "focus stays in the article"


def test_text_size_keys(make_reader, qtbot):
    r = make_reader()
    c, lst = r.ctx, r.window.article_view
    base = c.state.text_size
    qtbot.keyClick(lst, Qt.Key.Key_Plus, Shift)
    qtbot.keyClick(lst, Qt.Key.Key_Equal)
    assert c.state.text_size == base + 2
    assert r.window.pane.points == base + 2
    qtbot.keyClick(lst, Qt.Key.Key_Minus)
    assert c.state.text_size == base + 1
    qtbot.keyClick(lst, Qt.Key.Key_0)
    assert c.state.text_size == base


def test_brackets_move_between_pages_grouped_by_date(make_reader, qtbot, tmp_path: Path):
    r = make_reader(pages=[
        make_page(tmp_path / "p01_20190222.txt", [("次日头版丙", "丙文内容。" * 5)]),
        make_page(tmp_path / "p02_20190221.txt", [("第二版标题乙", "乙文内容。" * 5)]),
        make_page(tmp_path / "p01_20190221.txt", [("第一版标题甲", "甲文内容。" * 5)]),
    ])
    c, w = r.ctx, r.window
    assert len(c.pages) == 3
    assert w.page_view.isVisible()
    headers = [c.models.pages.index(i, 0).data(Qt.ItemDataRole.UserRole + 7)
               for i in range(3)]
    assert headers == ["2019-02-21", None, "2019-02-22"]
    assert c.state.current.path.endswith("p01_20190221.txt")
    qtbot.keyClick(w.article_view, Qt.Key.Key_BracketRight)
    assert c.state.current.path.endswith("p02_20190221.txt")
    assert "乙" in w.windowTitle()
    qtbot.keyClick(w.article_view, Qt.Key.Key_BracketRight)
    assert c.state.current.path.endswith("p01_20190222.txt")
    qtbot.keyClick(w.article_view, Qt.Key.Key_BracketLeft)
    assert c.state.current.path.endswith("p02_20190221.txt")
    assert w.page_view.currentIndex().row() == 1


def test_keys_bound_by_code_work_whatever_text_an_input_method_gives(make_reader, qtbot):
    r = make_reader()
    w, c = r.window, r.ctx
    assert not w.article_view.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert not w.pane.inputMethodQuery(Qt.InputMethodQuery.ImEnabled)
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    ev = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier, "们")
    QApplication.sendEvent(w.article_view, ev)
    assert c.current_row() == 1


def test_single_letters_never_fire_in_a_text_field(make_reader, qtbot):
    r = make_reader()
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    assert w.search_bar.field.hasFocus()
    qtbot.keyClicks(w.search_bar.field, "jkth")
    assert w.search_bar.field.text() == "jkth"
    assert c.current_row() == 0
    assert c.state.script == Script.SIMPLIFIED
    assert c.services.terms.on


def test_unreadable_file_is_reported_and_the_rest_opens(make_reader, qtbot, tmp_path: Path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 200)
    missing = tmp_path / "gone.txt"
    good = compose_page(tmp_path / "good.txt", [("完好的版面标题", "正文内容。" * 4)])
    good_text = "正文内容。" * 4
    r = make_reader([str(bad), str(good), str(missing)])
    w, c = r.window, r.ctx
    assert w.error_bar.isVisible()
    shown = w.error_bar.label.text()
    assert "broken.txt" in shown and "gone.txt" in shown
    assert [p.path for p in c.pages] == [str(good)]
    assert good_text in w.pane.toPlainText().replace("\n", "")
    assert w.windowTitle().endswith(" — good — Dubao")
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)  # still working


def test_page_text_is_shown_literally(make_reader, tmp_path: Path):
    page = compose_page(tmp_path / "html.txt", [
        ("标题<b>加粗</b>", '正文<a href="http://example.com">链接</a>和<img src="x.png">图片。'),
    ])
    r = make_reader([str(page)])
    pane = r.window.pane
    text = pane.toPlainText()
    assert '<a href="http://example.com">链接</a>' in text
    assert '<img src="x.png">' in text
    assert "<b>加粗</b>" in text
    block = pane.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isAnchor()
            assert not fmt.isImageFormat()
            it += 1
        block = block.next()
    rows = [r.ctx.models.articles.index(i, 0) for i in
            range(r.ctx.models.articles.rowCount())]
    from reader.ui.models import DetailRole

    assert any("<b>加粗</b>" in (i.data() + i.data(DetailRole)) for i in rows)


def test_open_folder_on_a_worker(make_reader, qtbot, tmp_path: Path):
    r = make_reader()
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        compose_page(folder / f"p{i:02d}.txt", [(f"第{i}版要闻", "内容。" * 20)])
    with changed(qtbot, r, Change.LOADED, timeout=10_000):
        r.ctx.enter(showing.open_pages, [str(folder)])
    wait_idle(qtbot, r)
    assert len(r.ctx.pages) == 13
    assert r.window.windowTitle().endswith(" — p00 — Dubao")
    assert r.window.page_view.isVisible()
