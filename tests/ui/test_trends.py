"""The trend chart (`T`): mentions of a term per issue date across the library,
counted as a plain count over the library would; ←/→ choose a bar, Enter opens
its articles in the list."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.export import article_text
from reader.core.library.facade import Library
from reader.core.paths import default_library_path
from reader.ui.state import Change
from tests.ui.conftest import changed, compose_page, ime_type, wait_idle

Shift = Qt.KeyboardModifier.ShiftModifier


def _pages(tmp_path: Path) -> list[Path]:
    d = tmp_path / "shelf"
    d.mkdir()
    return [
        compose_page(d / "a_20190221.txt", [
            ("港口吞吐量再创新高", "港口集装箱吞吐量同比增长，港口扩建。" * 2),
            ("城区道路改造完工", "交通恢复。" * 3),
            ("港口新航线开通", "新航线连接两个港口。" * 2),
        ]),
        compose_page(d / "b_20190222.txt", [
            ("科技园区揭牌", "园区与高校合作。" * 3),
            ("海关数据发布", "本月经港口进出口的货物增加。" * 2),
        ]),
        compose_page(d / "c_20190223.txt", [("春耕生产", "农业部门部署春耕。" * 3)]),
    ]


def test_chart_counts_equal_a_plain_count_and_a_bar_opens_its_articles(
        make_reader, qtbot, tmp_path: Path):
    pages = _pages(tmp_path)
    with Library.open(default_library_path()) as lib:
        assert not lib.indexer().index_paths([str(p) for p in pages]).failed
        articles: Counter[dt.date | None] = Counter()
        mentions: Counter[dt.date | None] = Counter()
        for page in lib.pages():
            for art in lib.articles(page.path):
                n = article_text(art).count("港口")
                if n:
                    articles[page.date] += 1
                    mentions[page.date] += n
    r = make_reader([str(pages[2])], library=True)
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_T, Shift)
    dialog = w.trend_dialog
    assert dialog is not None and dialog.isVisible()
    line = dialog.term_box.lineEdit()
    with changed(qtbot, r, Change.TREND, timeout=10_000):
        ime_type(line, "港口")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    chart = dialog.chart
    assert {row.date: row.articles for row in chart.rows} == dict(articles)
    assert {row.date: row.occurrences for row in chart.rows} == dict(mentions)
    assert [row.date.day for row in chart.rows] == [21, 22]
    assert chart.hasFocus()
    assert chart.current == 0, "the busiest issue is chosen first"
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current == 1
    assert "2019-02-22" in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert w.trend_dialog is None
    assert c.state.listing_kind == "trend"
    titles = [row.article.title for row in c.models.articles.rows()]
    assert titles == ["港口吞吐量再创新高", "港口新航线开通"]
    qtbot.waitUntil(w.article_view.hasFocus, timeout=2000)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.shown_article() is not None
                    and c.shown_article().title == "港口吞吐量再创新高", timeout=5000)
    wait_idle(qtbot, r)
    assert w.pane.hasFocus()


def test_trend_of_the_query_searched_opens_at_once(make_reader, qtbot, tmp_path: Path):
    pages = _pages(tmp_path)
    with Library.open(default_library_path()) as lib:
        lib.indexer().index_paths([str(p) for p in pages])
    r = make_reader([str(pages[0])], library=True)
    w = r.window
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "航线")
    w.article_view.setFocus()
    with changed(qtbot, r, Change.TREND, timeout=10_000):
        qtbot.keyClick(w.article_view, Qt.Key.Key_T, Shift)
    assert w.trend_dialog.query() == "航线"
    assert [(row.articles, row.occurrences) for row in w.trend_dialog.chart.rows] == [(1, 3)]
    qtbot.keyClick(w.trend_dialog.chart, Qt.Key.Key_Escape)
    assert w.trend_dialog is None
