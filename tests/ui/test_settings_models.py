"""Remembering between runs, damaged settings, and every model under qtmodeltester."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.model import ArticleRef
from reader.core.problems import SettingsDamaged
from reader.core.session import WatchTerm
from reader.core.text.script import Script
from reader.ui.commands import showing, terms
from reader.ui.models import (
    ArticleListModel,
    ArticleRow,
    KeywordListModel,
    PageListModel,
    WatchListModel,
    page_rows,
)
from reader.ui.state import Change
from tests.ui.conftest import changed, make_page, wait_idle

Shift = Qt.KeyboardModifier.ShiftModifier


def test_settings_restored_in_a_new_window(make_reader, qtbot, engine, home: Path,
                                           tmp_path: Path):
    from reader.core.resources import sample_page

    other = tmp_path / "other_20200101.txt"
    other.write_text("第二个版面\n\n本报讯（记者 王明）内容内容。\n", encoding="utf-8")
    r1 = make_reader([str(sample_page()), str(other)], engine=engine)
    w1, c1 = r1.window, r1.ctx
    c1.enter(showing.select_page, c1.page_index(str(sample_page())))
    qtbot.keyClick(w1.article_view, Qt.Key.Key_J)
    qtbot.keyClick(w1.article_view, Qt.Key.Key_J)
    with changed(qtbot, r1, Change.SHOWN, timeout=10_000):
        qtbot.keyClick(w1.article_view, Qt.Key.Key_T)
    wait_idle(qtbot, r1)
    qtbot.keyClick(w1.article_view, Qt.Key.Key_Plus, Shift)
    c1.enter(terms.add_watch, "招商")
    qtbot.keyClick(w1.article_view, Qt.Key.Key_H)
    w1.resize(700, 500)  # the offscreen screen is 800×600
    qtbot.keyClick(w1.article_view, Qt.Key.Key_Space)
    qtbot.keyClick(w1.article_view, Qt.Key.Key_Space)
    top = w1.pane.first_visible_position()
    assert top > 0
    title = w1.windowTitle()
    sizes = w1.splitter.sizes()
    size = w1.size()
    w1.close()
    assert (home / "config" / "settings.json").is_file()

    r2 = make_reader([], engine=engine)  # no PATH: the last session
    w2, c2 = r2.window, r2.ctx
    wait_idle(qtbot, r2)
    assert {p.path for p in c2.pages} == {str(sample_page()), str(other)}
    assert c2.state.current == ArticleRef(str(sample_page()), 2)
    assert c2.state.script == Script.TRADITIONAL
    assert w2.script_badge.text() == "繁體"
    assert w2.windowTitle() == title
    assert c2.state.text_size == c1.state.text_size
    assert w2.pane.points == c1.state.text_size
    assert [x.term for x in c2.services.terms.watch] == ["招商"]
    assert not c2.services.terms.on
    assert w2.size() == size
    assert w2.splitter.sizes()[0] == sizes[0]
    assert w2.pane.first_visible_position() == top
    assert w2.pane.verticalScrollBar().value() > 0


def test_damaged_settings_fall_back_to_defaults_with_a_message(make_reader, home: Path):
    cfg = home / "config"
    cfg.mkdir(parents=True)
    (cfg / "settings.json").write_text("{ this is not json", encoding="utf-8")
    r = make_reader([])
    assert any(isinstance(p, SettingsDamaged) for p in r.problems)
    assert r.window.error_bar.isVisible()
    assert "damaged" in r.window.error_bar.label.text()
    assert r.ctx.state.script == Script.SIMPLIFIED
    assert r.window.windowTitle().endswith(" — sample_page — Dubao")  # first run: sample


def test_wrong_types_in_settings_are_damage_too(make_reader, home: Path):
    cfg = home / "config"
    cfg.mkdir(parents=True)
    (cfg / "settings.json").write_text(json.dumps({"pages": 5, "watch": "x"}),
                                       encoding="utf-8")
    r = make_reader([])
    assert r.window.error_bar.isVisible()
    assert r.ctx.services.terms.watch == []


def test_nothing_open_titles_dubao(make_reader, tmp_path: Path):
    r = make_reader([str(tmp_path / "missing.txt")])
    assert r.window.windowTitle() == "Dubao"
    assert r.window.error_bar.isVisible()


def test_esc_closes_overlay_then_find_and_search(make_reader, qtbot):
    r = make_reader()
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    w.find_bar.field.setText("开发区")
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_F1)
    assert w.overlay.isVisible()
    qtbot.keyClick(w.overlay.text, Qt.Key.Key_J)  # no action under the overlay
    assert c.current_row() == 0
    qtbot.keyClick(w.overlay.text, Qt.Key.Key_Escape)
    assert not w.overlay.isVisible() and w.find_bar.isVisible()
    qtbot.keyClick(w.article_view, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible()
    assert w.article_view.hasFocus()


def _rows(tmp_path: Path) -> list[ArticleRow]:
    page = make_page(tmp_path / "p.txt", [("甲", "内容一。"), ("乙", "内容二。")])
    return [ArticleRow(page.path, i, a, page.name) for i, a in enumerate(page.articles)]


def test_models_pass_qtmodeltester(qtmodeltester, tmp_path: Path):
    articles = ArticleListModel()
    articles.set_rows(_rows(tmp_path), ("内容",))
    qtmodeltester.check(articles)
    pages = PageListModel()
    import datetime as dt

    pages.set_rows(page_rows([("a", "a", dt.date(2019, 2, 21), 3),
                              ("b", "b", dt.date(2019, 2, 21), 2), ("c", "c", None, 1)]), 1)
    qtmodeltester.check(pages)
    keywords = KeywordListModel()
    keywords.set_terms(["半导体", "开发区"])
    qtmodeltester.check(keywords)
    watch = WatchListModel()
    watch.set_items([WatchTerm("招商", "#ffd54f"), WatchTerm("港口", "#81d4fa")])
    qtmodeltester.check(watch)


def test_live_models_pass_qtmodeltester(make_reader, qtmodeltester, qtbot):
    r = make_reader()
    qtmodeltester.check(r.ctx.models.articles)
    qtmodeltester.check(r.ctx.models.pages)
    wait_idle(qtbot, r)


def test_article_marks(tmp_path: Path):
    from reader.core.model import Article
    from reader.ui.models import MarksRole

    arts = [Article(0, "拟的题", ("正文。",), title_inferred=True),
            Article(1, "图片新闻", ("说明。",), kind="photo", continued=True)]
    model = ArticleListModel()
    model.set_rows([ArticleRow("p", i, a) for i, a in enumerate(arts)])
    assert model.index(0, 0).data(MarksRole) == ["拟题"]
    assert model.index(1, 0).data(MarksRole) == ["图片", "待续"]
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "〔Photo〕〔Continued〕图片新闻"  # English UI
