"""The persistent library in the window: `/` searches it, `l` lists its pages,
opening a folder offers to add it, indexing runs in a child process with a
progress bar and can be stopped, and a damaged or unusable library is reported
while the window keeps working."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from reader.core.library.facade import Library, LibraryDamagedError
from reader.core.model import ArticleRef
from reader.core.page.shown import shown_text
from reader.core.paths import default_library_path
from reader.ui.commands import library as library_commands
from reader.ui.commands import showing
from reader.ui.indexing import IndexStatus
from reader.ui.models import HeaderRole
from reader.ui.state import Change
from tests.ui.conftest import changed, ime_type, wait_idle
from tests.ui.conftest import compose_page as _compose

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


def compose_page(path: Path, articles) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return _compose(path, articles)


def _index(*paths: Path) -> None:
    """Put pages into the library the window will open (as an earlier session did)."""
    with Library.open(default_library_path()) as lib:
        report = lib.indexer().index_paths([str(p) for p in paths])
        assert not report.failed


def _titles(c) -> list[str]:
    return [c.models.articles.index(i, 0).data() for i in range(c.models.articles.rowCount())]


def _idle_library(qtbot, r) -> None:
    qtbot.waitUntil(lambda: not r.ctx.services.library.runner.busy()
                    and not r.ctx.services.library._batch.isActive(), timeout=20_000)
    wait_idle(qtbot, r)


def _pages(tmp_path: Path) -> tuple[Path, Path]:
    a = compose_page(tmp_path / "open" / "a_20190221.txt", [
        ("本市召开农业工作会议", "会议部署今年的春耕生产。" * 3),
        ("城区道路改造完工", "三条道路改造完成，交通恢复。" * 3),
    ])
    b = compose_page(tmp_path / "shelf" / "b_20190218.txt", [
        ("港口吞吐量再创新高", "港口集装箱吞吐量同比增长。" * 3),
        ("科技园区引进量子计算项目", "园区与高校合作，量子计算实验室揭牌。" * 3),
    ])
    return a, b


def test_slash_finds_a_page_that_is_not_open_and_enter_opens_it_at_the_hit(
        make_reader, qtbot, tmp_path: Path):
    a, b = _pages(tmp_path)
    _index(b)
    r = make_reader([str(a)], library=True)
    w, c = r.window, r.ctx
    assert c.services.library.state == "ready"
    assert c.page(str(b)) is None
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    assert w.search_bar.field.hasFocus()
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "量子計算")  # any script finds any script
    rows = c.models.articles.rows()
    assert [row.article.title for row in rows] == ["科技园区引进量子计算项目"]
    assert rows[0].path == str(b.resolve())
    assert rows[0].page_name == "b_20190218"
    assert "量子计算" in rows[0].detail_line, "the hit's snippet is shown"
    assert c.models.articles.terms == ("量子計算",)
    with changed(qtbot, r, Change.LOADED, timeout=5000):
        qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
    wait_idle(qtbot, r)
    assert c.state.current == ArticleRef(str(b.resolve()), 1)
    assert w.pane.hasFocus()
    text = shown_text(c.shown_article())
    assert w.pane.textCursor().position() == text.index("量子计算"), "scrolled to the hit"
    assert w.windowTitle() == "科技园区引进量子计算项目 — b_20190218 — Dubao"
    qtbot.keyClick(w.pane, Qt.Key.Key_Escape)
    assert not w.search_bar.isVisible() and c.state.listing is None
    assert _titles(c) == ["港口吞吐量再创新高", "科技园区引进量子计算项目"]
    assert c.state.current == ArticleRef(str(b.resolve()), 1)
    assert w.article_view.hasFocus()


def test_esc_returns_to_the_page_being_read(make_reader, qtbot, tmp_path: Path):
    a, b = _pages(tmp_path)
    _index(b)
    r = make_reader([str(a)], library=True)
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    before = c.state.current
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "港口")
    assert _titles(c) == ["港口吞吐量再创新高"]
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        w.search_bar.field.clear()  # an empty query restores the list
    assert _titles(c) == ["本市召开农业工作会议", "城区道路改造完工"]
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "港口")
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Escape)
    assert c.state.current == before == ArticleRef(str(a), 1)
    assert _titles(c) == ["本市召开农业工作会议", "城区道路改造完工"]
    assert c.page(str(b.resolve())) is None, "nothing was opened"


def test_library_panel_lists_pages_by_date_then_folder_and_enter_opens_one(
        make_reader, qtbot, qtmodeltester, tmp_path: Path):
    shelf = tmp_path / "shelf"
    early = compose_page(shelf / "2019-02-21" / "p1.txt", [("二十一日头版", "内容。" * 5)])
    late = compose_page(shelf / "2019-02-22" / "p1.txt", [("二十二日头版", "内容。" * 5)])
    late2 = compose_page(shelf / "2019-02-22" / "p2.txt", [("二十二日二版", "内容。" * 5)])
    loose = compose_page(shelf / "misc" / "loose.txt", [("没有日期的版面", "内容。" * 5)])
    _index(early, late, late2, loose)
    r = make_reader(library=True)
    w, c = r.window, r.ctx
    with qtbot.waitSignal(c.services.library.pages_listed, timeout=5000):
        qtbot.keyClick(w.article_view, Qt.Key.Key_L)
    panel = w.library_panel
    assert panel.isVisible() and panel.view.hasFocus()
    assert w.focus_mode() == "library"
    model = c.services.library.model
    qtmodeltester.check(model)
    rows = model.page_rows()
    assert [Path(row.path) for row in rows] == [
        late.resolve(), late2.resolve(), early.resolve(), loose.resolve()]
    headers = [model.index(i, 0).data(HeaderRole) for i in range(model.rowCount())]
    assert headers == ["2019-02-22", None, "2019-02-21", "misc/"]
    assert "4 pages" in panel.title.text()
    # j does not move the article list while the panel has the focus
    current = c.state.current
    qtbot.keyClick(panel.view, Qt.Key.Key_J)
    assert c.state.current == current
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    with changed(qtbot, r, Change.LOADED, timeout=5000):
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    wait_idle(qtbot, r)
    assert c.state.current == ArticleRef(str(early.resolve()), 0)
    assert w.windowTitle().startswith("二十一日头版 — ")
    from PySide6.QtWidgets import QApplication
    assert w.article_view.hasFocus(), QApplication.focusWidget()
    # l moves back into the panel; l there hides it
    qtbot.keyClick(w.article_view, Qt.Key.Key_L)
    assert panel.view.hasFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_L)
    assert not panel.isVisible() and w.article_view.hasFocus()


def test_opening_a_folder_offers_to_add_it_and_accepting_indexes_it(
        make_reader, qtbot, tmp_path: Path, monkeypatch):
    folder = tmp_path / "2019-03-01"
    folder.mkdir()
    for i in range(3):
        compose_page(folder / f"p{i}.txt", [(f"三月一日第{i}版", "海关通关时间缩短。" * 3)])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    r = make_reader(library=True)
    _idle_library(qtbot, r)   # the sample page went in quietly
    w, c = r.window, r.ctx
    seen: list[IndexStatus] = []
    c.services.library.index_progressed.connect(seen.append)
    qtbot.keyClick(w.article_view, Qt.Key.Key_O, Ctrl | Shift)
    qtbot.waitUntil(lambda: w.library_offer is not None and w.library_offer.isVisible())
    assert str(folder) in w.library_offer.text()
    with qtbot.waitSignal(c.services.library.index_started, timeout=5000):
        qtbot.keyClick(w.library_offer, Qt.Key.Key_Return)
    assert w.index_bar.isVisible()
    with qtbot.waitSignal(c.services.library.index_finished, timeout=20_000) as done:
        pass
    assert done.args[1] == "done"
    assert not w.index_bar.isVisible()
    assert seen and (seen[-1].done, seen[-1].total) == (3, 3)
    assert c.services.library.lib.pages_under(folder) == 3
    _idle_library(qtbot, r)
    # `/` now finds them in the library
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "海关")
    assert len(c.models.articles.rows()) == 3


def test_declining_the_offer_leaves_the_folder_out(make_reader, qtbot, tmp_path: Path,
                                                   monkeypatch):
    folder = tmp_path / "declined"
    folder.mkdir()
    compose_page(folder / "p.txt", [("不要收录的版面", "内容。" * 5)])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    r = make_reader(library=True)
    w, c = r.window, r.ctx
    with changed(qtbot, r, Change.LOADED, timeout=5000):
        qtbot.keyClick(w.article_view, Qt.Key.Key_O, Ctrl | Shift)
    qtbot.waitUntil(lambda: w.library_offer is not None and w.library_offer.isVisible())
    qtbot.keyClick(w.library_offer, Qt.Key.Key_Escape)
    assert w.library_offer is None
    _idle_library(qtbot, r)
    assert c.page(str(folder / "p.txt")) is not None, "the folder is open"
    assert c.services.library.lib.pages_under(folder) == 0, "but not in the library"


def test_cancel_stops_indexing(make_reader, qtbot, tmp_path: Path):
    folder = tmp_path / "big"
    for i in range(400):
        day = folder / f"2019-01-{1 + i // 20:02d}"
        compose_page(day / f"p{i}.txt", [(f"第{i}版头条", "内容很多。" * 40),
                                          (f"第{i}版二条", "更多内容。" * 40)])
    r = make_reader(library=True)
    _idle_library(qtbot, r)
    w, c = r.window, r.ctx
    with qtbot.waitSignal(c.services.library.index_progressed, timeout=10_000):
        c.enter(library_commands.add_folder_to_library, str(folder))
    assert w.index_bar.isVisible()
    assert "/400" in w.index_bar.label.text()
    with qtbot.waitSignal(c.services.library.index_finished, timeout=10_000) as done:
        qtbot.keyClick(w.article_view, Qt.Key.Key_Period, Ctrl)
    assert done.args[1] == "cancelled"
    assert not w.index_bar.isVisible() and not c.services.library.runner.busy()
    assert "stopped" in w.statusBar().currentMessage()
    qtbot.wait(800)  # a child still running would have finished all 400 by now
    assert c.services.library.lib.pages_under(folder) < 400
    # what was done stays done; asking again finishes the rest
    with qtbot.waitSignal(c.services.library.index_finished, timeout=30_000) as done:
        c.enter(library_commands.add_folder_to_library, str(folder))
    assert done.args[1] == "done"
    assert c.services.library.lib.pages_under(folder) == 400


def test_opened_pages_go_into_the_library_in_the_background(make_reader, qtbot,
                                                           tmp_path: Path):
    a, b = _pages(tmp_path)
    r = make_reader([str(a)], library=True)
    c = r.ctx
    _idle_library(qtbot, r)
    assert [p.path for p in c.services.library.lib.pages()] == [str(a.resolve())]
    assert not r.window.index_bar.isVisible()
    with changed(qtbot, r, Change.LOADED, timeout=5000):
        c.enter(showing.open_pages, [str(a), str(b)])
    _idle_library(qtbot, r)
    assert {p.path for p in c.services.library.lib.pages()} == {str(a.resolve()), str(b.resolve())}
    assert c.services.library.runner.add([str(a), str(b)]) is False, "nothing indexed twice"


def test_a_damaged_library_is_reported_and_the_window_keeps_working(
        make_reader, qtbot, tmp_path: Path, home: Path):
    db = default_library_path()
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database at all" * 100)
    r = make_reader(library=True)
    w, c = r.window, r.ctx
    assert c.services.library.state == "ready", "a new library was started"
    assert w.error_bar.isVisible()
    assert "damaged" in w.error_bar.label.text()
    assert list(db.parent.glob("library.sqlite3.damaged-*"))
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "半导体")
    assert c.models.articles.rowCount() >= 1


def test_damage_found_while_searching_falls_back_to_open_pages(make_reader, qtbot,
                                                              tmp_path: Path):
    a, _b = _pages(tmp_path)
    r = make_reader([str(a)], library=True)
    w, c = r.window, r.ctx
    _idle_library(qtbot, r)

    class Broken:
        def search(self, query, limit=20, offset=0):
            raise LibraryDamagedError("the library is damaged: database disk image is malformed")

    c.services.library.search.library = Broken()
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "道路")
    assert _titles(c) == ["城区道路改造完工"], "the open pages answered"
    qtbot.waitUntil(lambda: "damaged" in w.error_bar.label.text())
    qtbot.waitUntil(lambda: c.services.library.state == "ready" and c.services.library.lib is not None)
    assert isinstance(c.services.library.search.library, Library), "reopened"


def test_the_window_works_when_the_library_cannot_be_opened(make_reader, qtbot,
                                                           home: Path):
    home.mkdir(parents=True, exist_ok=True)
    (home / "data").write_text("a file where the data folder should be")
    r = make_reader(library=True)
    w, c = r.window, r.ctx
    assert c.services.library.state == "unavailable"
    assert "cannot be used" in w.error_bar.label.text()
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH, timeout=5000):
        ime_type(w.search_bar.field, "半导体")
    assert c.models.articles.rowCount() >= 1, "search falls back on the open pages"
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Escape)
    qtbot.keyClick(w.article_view, Qt.Key.Key_L)
    assert "unavailable" in w.library_panel.title.text()
    qtbot.keyClick(w.library_panel.view, Qt.Key.Key_Escape)
    assert not w.library_panel.isVisible()
