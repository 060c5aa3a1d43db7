"""The smaller defects found by using the reader (issue 11, item 7), each as a
person meets it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from reader.core.library.facade import Library
from reader.core.model import MarkKind
from reader.core.paths import default_library_path
from reader.core.session import Settings, SettingsStore
from reader.ui import dialogs, reading_state
from reader.ui.compose import build_reader, open_startup
from reader.ui.engine import TextEngine
from reader.ui.state import Change
from reader.ui.workers import WorkerPool
from tests.ui.conftest import changed, compose_page, ime_type, make_page, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


def _open_preferences(qtbot, r):
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_Comma, Ctrl)
    dialog = r.window.preferences_dialog
    assert dialog is not None
    return dialog


def test_keys_label_has_a_working_mnemonic(make_reader, qtbot):
    """"&Keys:" was shown with its ampersand and Alt+K did nothing."""
    r = make_reader()
    dialog = _open_preferences(qtbot, r)
    label = next(lab for lab in dialog.findChildren(QLabel) if lab.text() == "&Keys:")
    assert label.buddy() is dialog.action_box
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.font_box.setFocus()
    qtbot.keyClick(dialog.font_box, Qt.Key.Key_K, Alt)
    assert dialog.action_box.hasFocus()
    dialog.reject()


def test_refusal_names_the_action_being_set_as_the_newcomer(make_reader, qtbot):
    """Setting Next article to y (Copy article's key) said the opposite."""
    r = make_reader()
    dialog = _open_preferences(qtbot, r)
    dialog.action_box.setCurrentIndex(dialog.action_box.findData("article.next"))
    dialog.key_field.setText("y")
    assert not dialog.set_key()
    assert dialog.key_message.text() == (
        "Refused: “y” is already Copy article; it cannot also be Next article")
    dialog.action_box.setCurrentIndex(dialog.action_box.findData("text.copy"))
    dialog.key_field.setText("j")
    assert not dialog.set_key()
    assert dialog.key_message.text() == (
        "Refused: “j” is already Next article; it cannot also be Copy article")
    dialog.reject()


def _library_pages(tmp_path: Path) -> list[Path]:
    d = tmp_path / "shelf"
    d.mkdir()
    pages = [
        compose_page(d / "a_20190221.txt", [
            # A body names what its headline says (the parser weighs that).
            ("城区道路改造完工", "城区道路改造完工后交通恢复。" * 6 + "新航线开通，港口扩建。"),
            ("港口新航线开通", "新航线连接两个港口。" * 2)]),
        compose_page(d / "b_20190222.txt", [("海关数据发布", "本月经港口进出口的货物增加。")]),
    ]
    with Library.open(default_library_path()) as lib:
        assert not lib.indexer().index_paths([str(p) for p in pages]).failed
    return pages


def test_trend_after_a_search_closed_with_esc_shows_that_query(make_reader, qtbot,
                                                              tmp_path: Path):
    """The chart opened empty once Esc had closed the search."""
    pages = _library_pages(tmp_path)
    r = make_reader([str(pages[1])], library=True)
    w = r.window
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "航线")
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Escape)
    assert not w.search_bar.isVisible()
    with changed(qtbot, r, Change.TREND, timeout=10_000):
        qtbot.keyClick(w.article_view, Qt.Key.Key_T, Shift)
    dialog = w.trend_dialog
    assert dialog is not None and dialog.query() == "航线"
    assert [row.articles for row in dialog.chart.rows] == [2]
    qtbot.keyClick(dialog.chart, Qt.Key.Key_Escape)


def test_an_article_opened_from_a_trend_date_is_shown_at_the_term(make_reader, qtbot,
                                                                  tmp_path: Path):
    """Articles opened from a trend's date neither scrolled to nor marked the term."""
    pages = _library_pages(tmp_path)
    r = make_reader([str(pages[1])], library=True)
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_T, Shift)
    dialog = w.trend_dialog
    assert dialog is not None
    with changed(qtbot, r, Change.TREND, timeout=10_000):
        ime_type(dialog.term_box.lineEdit(), "航线")
        qtbot.keyClick(dialog.term_box.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClick(dialog.chart, Qt.Key.Key_Return)
    qtbot.waitUntil(w.article_view.hasFocus, timeout=2000)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Return)    # the first article of that date
    qtbot.waitUntil(lambda: c.shown_article() is not None
                    and c.shown_article().title == "城区道路改造完工", timeout=10_000)
    wait_idle(qtbot, r)
    art = c.shown_article()
    assert art is not None
    from reader.core.page.shown import shown_text

    first = shown_text(art).index("航线")
    assert w.pane.textCursor().selectionStart() == first, "the cursor at the term"
    assert (first, first + 2, "current term") in w.pane.highlight_categories()
    assert (first, first + 2, "search terms") in w.pane.highlight_categories() or any(
        lab == "search terms" and s <= first < e for s, e, lab in w.pane.highlight_categories())
    # The term is on screen, not below the fold.
    rect = w.pane.cursorRect(w.pane.textCursor())
    assert 0 <= rect.top() < w.pane.viewport().height()


def test_opened_count_counts_every_page_of_one_action(make_reader, qtbot, tmp_path: Path):
    """Two files on the command line said "Opened 1 page"."""
    a = compose_page(tmp_path / "a.txt", [("甲", "内容。" * 5)])
    b = compose_page(tmp_path / "b.txt", [("乙", "内容。" * 5), ("丙", "内容。" * 5)])
    r = make_reader([str(a), str(b)])
    assert r.window.statusBar().currentMessage() == "Opened 2 page(s), 3 article(s)"


def test_restored_count_counts_every_page(qtbot, home, tmp_path: Path):
    """41 pages restored said "Opened 40 pages"."""
    files = [compose_page(tmp_path / f"p{i:02d}.txt", [(f"第{i}版", "内容。" * 5)])
             for i in range(41)]
    settings_path = tmp_path / "settings.json"
    SettingsStore(settings_path).save(Settings(pages=[str(f) for f in files],
                                               current_page=str(files[5])))
    r = build_reader(settings_path=settings_path, engine=TextEngine(WorkerPool()),
                     workers=WorkerPool())
    qtbot.addWidget(r.window)
    open_startup(r, [])
    r.window.show()
    qtbot.waitUntil(lambda: len(r.ctx.pages) == 41, timeout=20_000)
    wait_idle(qtbot, r)
    assert r.window.statusBar().currentMessage() == "Opened 41 page(s), 41 article(s)"
    r.workers.wait(5000)


def test_printing_to_a_file_says_where_the_pdf_went(make_reader, qtbot, monkeypatch,
                                                   tmp_path: Path):
    out = tmp_path / "article.pdf"

    def print_to_file(_window, printer) -> bool:
        printer.setOutputFileName(str(out))   # what "Print to file" in the dialog does
        return True

    monkeypatch.setattr(dialogs, "ask_print", print_to_file)
    r = make_reader(pages=[make_page(tmp_path / "p.txt", [("标题", "内容。")])])
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_P, Ctrl)
    assert out.read_bytes().startswith(b"%PDF")
    assert r.window.statusBar().currentMessage() == f"Saved as PDF: {out}"


def test_an_article_is_not_read_while_a_dialog_covers_it(make_reader, qtbot, monkeypatch,
                                                        tmp_path: Path):
    monkeypatch.setattr(reading_state, "READ_AFTER_MS", 150)
    page = make_page(tmp_path / "p.txt", [("一", "内容。"), ("二", "内容。")])
    r = make_reader(pages=[page])
    w, c = r.window, r.ctx
    reading = c.services.reading
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)          # article two, unread
    ref = c.state.current
    dialog = _open_preferences(qtbot, r)                  # covers it at once
    qtbot.wait(400)
    assert not reading.is_read(ref), "nobody read it under the dialog"
    dialog.reject()
    qtbot.waitUntil(lambda: reading.is_read(ref), timeout=2000)
    qtbot.keyClick(w.article_view, Qt.Key.Key_K)          # back to one (read by now)
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    reading.set_mark(ref, MarkKind.READ, False)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Question, Shift)   # the key list covers it too
    qtbot.wait(400)
    assert not reading.is_read(ref)
    qtbot.keyClick(w.overlay.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: reading.is_read(ref), timeout=2000)


def test_a_failed_open_says_what_to_do(make_reader, qtbot, tmp_path: Path):
    """A failed open left an empty window with no hint."""
    r = make_reader([str(tmp_path / "gone.txt")])
    w = r.window
    assert any("gone.txt" in m for m in w.error_bar.messages)
    text = w.pane.toPlainText()
    assert text.startswith("No page is open")
    assert "Ctrl+O" in text and "Ctrl+Shift+O" in text and "F1" in text
    assert w.windowTitle() == "Dubao"
    assert QApplication.focusWidget() is not None
