"""Find in the article (Ctrl+F, n/N, F3) and search across open pages (/)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.model import ArticleRef
from reader.core.page.shown import shown_text
from reader.ui.commands import search, showing
from reader.ui.state import Change
from tests.ui.conftest import changed, ime_type, make_page, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


def _article_with(c, word: str) -> None:
    for row in range(c.models.articles.rowCount()):
        c.enter(showing.select_row, row)
        if shown_text(c.shown_article()).count(word) >= 2:
            return
    raise AssertionError(f"no article mentions {word} twice")


def test_find_counts_moves_and_wraps(make_reader, qtbot):
    r = make_reader()
    w, c = r.window, r.ctx
    _article_with(c, "招商")
    expected = shown_text(c.shown_article()).count("招商")
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Ctrl)
    assert w.find_bar.isVisible() and w.find_bar.field.hasFocus()
    ime_type(w.find_bar.field, "招商")
    assert len(c.state.find.matches) == expected
    assert w.find_bar.count.text() == f"1/{expected}"
    labels = [lab for _s, _e, lab in w.pane.highlight_categories()]
    assert labels.count("find") == expected - 1 and labels.count("current match") == 1
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_Return)
    assert w.find_bar.count.text() == f"2/{expected}"
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_F3, Shift)
    assert w.find_bar.count.text() == f"1/{expected}"
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_N, Shift)  # N: back past the first: wraps
    assert w.find_bar.count.text() == f"{expected}/{expected}"
    assert "wrapped" in w.statusBar().currentMessage()
    qtbot.keyClick(w.article_view, Qt.Key.Key_N)
    assert w.find_bar.count.text() == f"1/{expected}"
    assert "wrapped to the top" in w.statusBar().currentMessage()
    qtbot.keyClick(w.article_view, Qt.Key.Key_F3)
    assert w.find_bar.count.text() == f"2/{expected}"
    cur_start, cur_end = c.state.find.matches[c.state.find.current]
    assert shown_text(c.shown_article())[cur_start:cur_end] == "招商"
    qtbot.keyClick(w.article_view, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible()
    assert not any(lab in ("find", "current match")
                   for _s, _e, lab in w.pane.highlight_categories())
    assert w.article_view.hasFocus()


def test_find_is_script_blind(make_reader, qtbot):
    r = make_reader()
    w, c = r.window, r.ctx
    _article_with(c, "招商")
    expected = shown_text(c.shown_article()).count("招商引资")
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Ctrl)
    ime_type(w.find_bar.field, "招商引資")  # traditional query, simplified text
    assert expected > 0
    assert len(c.state.find.matches) == expected


def test_search_filters_as_you_type_and_esc_restores(make_reader, qtbot, tmp_path: Path):
    a = make_page(tmp_path / "a_20190221.txt", [
        ("半导体产业迎来新机遇", "本市半导体企业增加。半导体项目签约。"),
        ("农业丰收", "今年粮食产量稳定。"),
    ])
    b = make_page(tmp_path / "b_20190222.txt", [
        ("教育新闻", "学校开学。"),
        ("科技园区", "园区引进功率半导体项目。"),
    ])
    r = make_reader(pages=[a, b])
    path_a, path_b = a.path, b.path
    w, c = r.window, r.ctx
    full = c.models.articles.rowCount()
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    assert w.search_bar.field.hasFocus()
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "半導體")  # any script finds any script
    wait_idle(qtbot, r)
    titles = [c.models.articles.index(i, 0).data() for i in range(c.models.articles.rowCount())]
    assert len(titles) == 2
    assert any("半导体" in t for t in titles) and "科技园区" in titles
    assert c.models.articles.terms == ("半導體",)
    assert "2" in w.search_bar.count.text()
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
    assert w.pane.hasFocus()
    assert c.state.current == ArticleRef(str(path_a), 0)
    first = shown_text(c.shown_article()).index("半导体")
    assert w.pane.textCursor().position() == first, "scrolled to the first match"
    assert (first, first + 3, "search terms") in w.pane.highlight_categories()
    # j moves through the hits, across pages
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    assert c.state.current == ArticleRef(str(path_b), 1)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Escape)
    assert not w.search_bar.isVisible()
    assert c.state.listing is None
    assert c.state.current == ArticleRef(str(path_b), 1), "Esc keeps the article being read"
    assert c.models.articles.rowCount() == len(c.page(str(path_b)).articles)
    assert full >= 2
    assert w.article_view.hasFocus()


def test_stale_search_results_are_dropped(make_reader, qtbot, tmp_path: Path):
    a = make_page(tmp_path / "a.txt", [("甲标题", "苹果和香蕉。"), ("乙标题", "只有香蕉。")])
    r = make_reader(pages=[a])
    c = r.ctx
    c.enter(search.start_search)
    c.enter(search.set_search_text, "苹果")
    c.services.search.run_now()
    c.enter(search.set_search_text, "香蕉")  # typed on before the first answer came
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        c.services.search.run_now()
    wait_idle(qtbot, r)
    assert c.services.search.query == "香蕉"
    assert c.models.articles.rowCount() == 2


def test_enter_before_the_debounce_opens_the_first_hit(make_reader, qtbot, tmp_path: Path):
    a = make_page(tmp_path / "a.txt", [("甲标题", "今天天气好。"), ("乙标题", "港口吞吐量上升。")])
    r = make_reader(pages=[a])
    path_a = a.path
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    ime_type(w.search_bar.field, "吞吐量")
    with changed(qtbot, r, Change.ARTICLE, timeout=5000):
        qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
    assert c.state.current == ArticleRef(str(path_a), 1)


def test_the_library_plugs_into_the_search_seam(make_reader, qtbot, tmp_path: Path):
    """The persistent library answers through the same seam as the open pages."""
    from reader.core.library.backends import LibrarySearch
    from reader.core.library.facade import Library
    from reader.core.resources import sample_page

    lib = Library.open(tmp_path / "lib.sqlite3")
    lib.indexer().index_paths([sample_page()])
    r = make_reader()
    c, w = r.ctx, r.window
    c.services.search.backend = LibrarySearch(lib)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "半导体")
    wait_idle(qtbot, r)
    assert c.models.articles.rowCount() >= 1
    for row in c.models.articles.rows():
        assert "半导体" in shown_text(row.article)
