"""t cycles the script; h toggles highlighting; the watch-list; key terms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.core.page.shown import shown_text
from reader.ui.commands import terms
from reader.ui.state import Change
from tests.ui.conftest import changed, ime_type, make_page, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier


def _press_t(qtbot, r) -> None:
    with changed(qtbot, r, Change.SHOWN, timeout=10_000):
        qtbot.keyClick(r.window.article_view, Qt.Key.Key_T)
    wait_idle(qtbot, r)


def test_t_cycles_scripts_and_converts_title_list_and_text(make_reader, qtbot, engine,
                                                         tmp_path: Path):
    page = make_page(tmp_path / "p.txt", [("开发区发展", "开发区招商引资。U盘和软件。"),
                                          ("第二篇", "内容。")])
    r = make_reader(pages=[page], engine=engine)
    w, c = r.window, r.ctx
    wait_idle(qtbot, r)
    assert w.windowTitle() == "开发区发展 — p — Dubao"
    assert w.script_badge.text() == "简体"
    _press_t(qtbot, r)
    assert w.script_badge.text() == "繁體"
    assert w.windowTitle() == "開發區發展 — p — Dubao"
    assert "開發區招商引資" in w.pane.toPlainText()
    assert c.models.articles.index(0, 0).data() == "開發區發展"
    _press_t(qtbot, r)
    assert w.script_badge.text() == "臺灣正體"
    assert "隨身碟" in w.pane.toPlainText()  # s2twp converts phrases, not only characters
    _press_t(qtbot, r)
    assert w.script_badge.text() == "香港繁體"
    _press_t(qtbot, r)
    assert w.script_badge.text() == "简体"
    assert w.windowTitle() == "开发区发展 — p — Dubao"


def test_find_stays_exact_on_converted_text(make_reader, qtbot, engine, tmp_path: Path):
    page = make_page(tmp_path / "p.txt", [("标题", "把U盘插上。再拿一个U盘和开发区的U盘。")])
    r = make_reader(pages=[page], engine=engine)
    w, c = r.window, r.ctx
    _press_t(qtbot, r)
    _press_t(qtbot, r)  # 臺灣正體: U盘 → 隨身碟 changes lengths
    text = shown_text(c.shown_article())
    assert text.count("隨身碟") == 3
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Ctrl)
    ime_type(w.find_bar.field, "随身碟")
    assert len(c.state.find.matches) == 3
    for s, e in c.state.find.matches:
        assert text[s:e] == "隨身碟"
    ime_type(w.find_bar.field, "")
    w.find_bar.field.setText("开发区")
    assert [text[s:e] for s, e in c.state.find.matches] == ["開發區"]


def test_h_toggles_keyword_highlighting(make_reader, qtbot, engine, tmp_path: Path):
    body = "半导体产业发展迅速。半导体企业增加，半导体项目落地。园区引进半导体人才。"
    r = make_reader(pages=[make_page(tmp_path / "p.txt", [("半导体产业", body)])],
                    engine=engine)
    w, c = r.window, r.ctx
    wait_idle(qtbot, r)
    assert c.models.keywords.rowCount() > 0
    assert "半导体" in c.models.keywords.terms()
    labels = {lab for _s, _e, lab in w.pane.highlight_categories()}
    assert "key terms" in labels
    qtbot.keyClick(w.article_view, Qt.Key.Key_H)
    assert not c.services.terms.on
    assert w.pane.highlight_categories() == []
    assert "off" in w.highlight_label.text()
    assert not w.legend.isVisible()
    qtbot.keyClick(w.article_view, Qt.Key.Key_H)
    assert {lab for _s, _e, lab in w.pane.highlight_categories()} >= {"key terms"}
    assert w.legend.isVisible()


def test_watch_list_add_selection_typed_colour_remove(make_reader, qtbot, engine,
                                                     tmp_path: Path):
    body = "港口吞吐量上升。港口建设加快。"
    r = make_reader(pages=[make_page(tmp_path / "p.txt", [("港口新闻", body)])], engine=engine)
    w, c = r.window, r.ctx
    text = shown_text(c.shown_article())
    start = text.index("吞吐量")
    cur = QTextCursor(w.pane.document())
    cur.setPosition(start)
    cur.setPosition(start + 3, QTextCursor.MoveMode.KeepAnchor)
    w.pane.setTextCursor(cur)
    w.pane.setFocus()
    qtbot.keyClick(w.pane, Qt.Key.Key_A)
    assert [x.term for x in c.services.terms.watch] == ["吞吐量"]
    assert c.models.watch.index(0, 0).data() == "吞吐量"
    watch = [(s, e) for s, e, lab in w.pane.highlight_categories() if lab == "watch-list"]
    assert (start, start + 3) in watch
    # w opens the panel; type a term there; single letters stay text
    qtbot.keyClick(w.pane, Qt.Key.Key_W)
    assert w.terms_panel.isVisible()
    w.terms_panel.term_field.setFocus()
    ime_type(w.terms_panel.term_field, "建设")
    qtbot.keyClick(w.terms_panel.term_field, Qt.Key.Key_Return)
    assert [x.term for x in c.services.terms.watch] == ["吞吐量", "建设"]
    assert c.services.terms.watch[0].colour != c.services.terms.watch[1].colour
    w.terms_panel.watch_view.setCurrentIndex(c.models.watch.index(1, 0))
    w.terms_panel.colour_box.setCurrentIndex(4)
    w.terms_panel.colour_box.activated.emit(4)
    assert c.services.terms.watch[1].colour == w.terms_panel.colour_box.itemData(4)
    w.terms_panel.watch_view.setCurrentIndex(c.models.watch.index(0, 0))
    w.terms_panel.remove_button.click()
    assert [x.term for x in c.services.terms.watch] == ["建设"]
    assert c.models.watch.rowCount() == 1
    # keyboard only: Tab moves inside the panel, j is no article key there, Delete removes
    w.terms_panel.watch_view.setFocus()
    w.terms_panel.watch_view.setCurrentIndex(c.models.watch.index(0, 0))
    row = c.current_row()
    qtbot.keyClick(w.terms_panel.watch_view, Qt.Key.Key_J)
    assert c.current_row() == row
    qtbot.keyClick(w.terms_panel.watch_view, Qt.Key.Key_Delete)
    assert c.services.terms.watch == []
    qtbot.keyClick(w.terms_panel.watch_view, Qt.Key.Key_Escape)
    assert w.article_view.hasFocus()


def test_key_term_jumps(make_reader, qtbot, engine, tmp_path: Path):
    body = "\n".join(["今天天气很好。"] * 30 + ["港口吞吐量创新高，港口吞吐量继续上升。"])
    r = make_reader(pages=[make_page(tmp_path / "p.txt", [("港口吞吐量", body)])],
                    engine=engine)
    w, c = r.window, r.ctx
    c.enter(terms.jump_to_term, "吞吐量")
    text = shown_text(c.shown_article())
    first = text.index("吞吐量")
    assert w.pane.textCursor().position() == first
    c.enter(terms.jump_to_term, "吞吐量")
    assert w.pane.textCursor().position() == text.index("吞吐量", first + 1)
    w.pane.setFocus()
    qtbot.keyClick(w.pane, Qt.Key.Key_M)
    assert w.pane.textCursor().position() > 0


def test_find_typed_in_simplified_finds_converted_phrases(make_reader, qtbot, engine,
                                                          tmp_path: Path):
    page = make_page(tmp_path / "p.txt", [("标题", "把U盘插上。")])
    r = make_reader(pages=[page], engine=engine)
    w, c = r.window, r.ctx
    _press_t(qtbot, r)
    _press_t(qtbot, r)
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Ctrl)
    w.find_bar.field.setText("U盘")
    text = shown_text(c.shown_article())
    assert [text[s:e] for s, e in c.state.find.matches] == ["隨身碟"]


def test_highlights_survive_a_text_size_change(make_reader, qtbot, tmp_path: Path):
    r = make_reader(pages=[make_page(tmp_path / "p.txt", [("标题", "港口港口港口。")])])
    w = r.window
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Ctrl)
    w.find_bar.field.setText("港口")
    before = w.pane.highlight_categories()
    assert len(before) == 3
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_Minus)
    assert w.pane.highlight_categories() == before
