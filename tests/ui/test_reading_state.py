"""Reading state in the window: an article shown a moment is read and dimmed, `u`
toggles read, `s` stars, `S` lists the starred articles, Space at the end of an
article goes to the next unread one, unread counts per page, and all of it
survives a restart (it is kept in the library)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt

from reader.core.model import ArticleRef, MarkKind, PendingMark
from reader.ui.models import ReadRole, StarredRole, UnreadRole
from reader.ui.reading_state import READ_AFTER_MS
from tests.ui.conftest import compose_page, make_page, wait_idle

Shift = Qt.KeyboardModifier.ShiftModifier


def _pages(tmp_path: Path):
    a = make_page(tmp_path / "a_20190221.txt", [
        ("本市召开农业工作会议", "会议部署春耕。"),
        ("城区道路改造完工", "交通恢复。"),
        ("港口吞吐量再创新高", "同比增长。"),
    ])
    b = make_page(tmp_path / "b_20190222.txt", [("科技园区揭牌", "实验室揭牌。")])
    return a, b


def _row_data(c, row: int, role: int):
    return c.models.articles.index(row, 0).data(role)


def test_an_article_shown_a_moment_is_read_and_dimmed(make_reader, qtbot, tmp_path):
    a, b = _pages(tmp_path)
    r = make_reader(pages=[a, b])
    c = r.ctx
    assert c.state.current == ArticleRef(a.path, 0)
    assert not c.services.reading.is_read(c.state.current), "not read the instant it is shown"
    assert _row_data(c, 0, ReadRole) is False
    assert c.models.pages.index(0, 0).data(UnreadRole) == 3
    qtbot.waitUntil(lambda: c.services.reading.is_read(ArticleRef(a.path, 0)), timeout=READ_AFTER_MS * 4)
    assert _row_data(c, 0, ReadRole) is True
    assert _row_data(c, 1, ReadRole) is False
    assert c.models.pages.index(0, 0).data(UnreadRole) == 2
    assert "2 unread" in c.models.pages.index(0, 0).data()


def test_u_toggles_read_and_s_stars(make_reader, qtbot, tmp_path):
    a, b = _pages(tmp_path)
    r = make_reader(pages=[a, b])
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    assert c.state.current == ArticleRef(a.path, 1)
    qtbot.keyClick(w.article_view, Qt.Key.Key_U)
    assert c.services.reading.is_read(ArticleRef(a.path, 1))
    assert _row_data(c, 1, ReadRole) is True
    qtbot.keyClick(w.article_view, Qt.Key.Key_U)
    assert not c.services.reading.is_read(ArticleRef(a.path, 1))
    qtbot.keyClick(w.article_view, Qt.Key.Key_S)
    assert c.services.reading.is_starred(ArticleRef(a.path, 1))
    assert _row_data(c, 1, StarredRole) is True
    assert "★" in _row_data(c, 1, Qt.ItemDataRole.AccessibleTextRole)
    qtbot.keyClick(w.article_view, Qt.Key.Key_S)
    assert not c.services.reading.is_starred(ArticleRef(a.path, 1))


def test_space_at_the_end_goes_to_the_next_unread_article(make_reader, qtbot, tmp_path):
    a, b = _pages(tmp_path)
    r = make_reader(pages=[a, b])
    w, c = r.window, r.ctx
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    qtbot.keyClick(w.article_view, Qt.Key.Key_U)      # the second article: read
    qtbot.keyClick(w.article_view, Qt.Key.Key_K)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Return)
    assert w.pane.hasFocus()
    qtbot.keyClick(w.pane, Qt.Key.Key_Space)          # short article: at its end
    assert c.state.current == ArticleRef(a.path, 2), "the read one is skipped"
    qtbot.keyClick(w.pane, Qt.Key.Key_U)              # the third: read
    qtbot.keyClick(w.pane, Qt.Key.Key_Space)
    assert c.state.current == ArticleRef(b.path, 0), "on to the next page's first unread article"
    qtbot.keyClick(w.pane, Qt.Key.Key_U)
    qtbot.keyClick(w.pane, Qt.Key.Key_Space)
    assert c.state.current == ArticleRef(b.path, 0), "nothing unread after it: stays"


def _idle_library(qtbot, r) -> None:
    lib = r.ctx.services.library
    qtbot.waitUntil(lambda: lib.state == "ready" and not lib.runner.busy()
                    and not lib._batch.isActive(), timeout=20_000)
    wait_idle(qtbot, r)


def test_read_and_starred_survive_a_restart_and_shift_s_lists_them(make_reader, qtbot,
                                                                   tmp_path):
    page = compose_page(tmp_path / "p_20190221.txt", [
        ("本市召开农业工作会议", "会议部署今年的春耕生产。" * 3),
        ("城区道路改造完工", "三条道路改造完成，交通恢复。" * 3),
        ("港口吞吐量再创新高", "港口集装箱吞吐量同比增长。" * 3),
    ])
    r = make_reader([str(page)], library=True)
    w, c = r.window, r.ctx
    path = c.state.current.path
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    qtbot.keyClick(w.article_view, Qt.Key.Key_S)       # starred before it is indexed
    qtbot.keyClick(w.article_view, Qt.Key.Key_U)
    _idle_library(qtbot, r)
    qtbot.waitUntil(lambda: c.services.reading.pending() == 0, timeout=10_000)
    wait_idle(qtbot, r)
    assert c.services.library.lib.is_starred(path, 1)
    assert c.services.library.lib.is_read(path, 1)
    assert not c.services.library.lib.is_read(path, 2)
    w.close()

    r2 = make_reader([str(page)], library=True)
    w2, c2 = r2.window, r2.ctx
    qtbot.waitUntil(lambda: c2.services.reading.is_starred(ArticleRef(path, 1)), timeout=10_000)
    assert c2.services.reading.is_read(ArticleRef(path, 1))
    assert not c2.services.reading.is_read(ArticleRef(path, 2))
    assert c2.models.articles.index(1, 0).data(ReadRole) is True
    assert c2.models.articles.index(1, 0).data(StarredRole) is True

    with qtbot.waitSignal(r2.workers.task_finished, timeout=5000):
        qtbot.keyClick(w2.article_view, Qt.Key.Key_S, Shift)
    assert c2.state.listing_kind == "starred"
    assert [row.article.title for row in c2.models.articles.rows()] == ["城区道路改造完工"]
    assert w2.article_view.hasFocus()
    qtbot.keyClick(w2.article_view, Qt.Key.Key_Return)
    assert c2.state.current == ArticleRef(path, 1)
    qtbot.keyClick(w2.pane, Qt.Key.Key_Escape)
    assert c2.state.listing_kind is None
    assert c2.models.articles.rowCount() == 3


def test_marks_on_pages_not_indexed_yet_survive_closing(make_reader, qtbot, tmp_path,
                                                       monkeypatch):
    """Marked while the library could not take them (the page not indexed yet):
    kept in the settings at close, written to the library at the next start."""
    from reader.ui import reading_state

    # Only the marks set by keys count here: article 0, shown while the library
    # opens (seconds on a busy machine), must not become read by being shown.
    monkeypatch.setattr(reading_state, "READ_AFTER_MS", 60_000)
    page = compose_page(tmp_path / "q_20190221.txt", [
        ("本市召开农业工作会议", "会议部署今年的春耕生产。" * 3),
        ("城区道路改造完工", "三条道路改造完成，交通恢复。" * 3),
    ])
    r = make_reader([str(page)])          # the library not open: nothing can be written
    w, c = r.window, r.ctx
    path = c.state.current.path
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    qtbot.keyClick(w.article_view, Qt.Key.Key_S)
    qtbot.keyClick(w.article_view, Qt.Key.Key_U)
    assert c.services.reading.pending() == 2
    w.close()
    assert sorted(c.services.settings.pending_marks) == [
        PendingMark(ArticleRef(path, 1), MarkKind.READ, True),
        PendingMark(ArticleRef(path, 1), MarkKind.STAR, True)]

    r2 = make_reader([str(page)], library=True)
    c2 = r2.ctx
    assert c2.services.reading.is_read(ArticleRef(path, 1)) and c2.services.reading.is_starred(ArticleRef(path, 1))
    _idle_library(qtbot, r2)
    qtbot.waitUntil(lambda: c2.services.reading.pending() == 0, timeout=10_000)
    wait_idle(qtbot, r2)
    assert c2.services.library.lib.is_read(path, 1)
    assert c2.services.library.lib.is_starred(path, 1)
    assert not c2.services.library.lib.is_read(path, 0)
    r2.window.close()
    assert c2.services.settings.pending_marks == []


def test_the_library_panel_unread_counts_follow_the_marks(make_reader, qtbot, tmp_path,
                                                           monkeypatch):
    from reader.ui import reading_state

    # Only U marks here: an article shown a moment also counts as read, and on a
    # busy machine article 0's moment could end between the two counts compared.
    monkeypatch.setattr(reading_state, "READ_AFTER_MS", 60_000)
    page = compose_page(tmp_path / "u_20190221.txt", [
        ("本市召开农业工作会议", "会议部署今年的春耕生产。" * 3),
        ("城区道路改造完工", "三条道路改造完成，交通恢复。" * 3),
        ("港口吞吐量再创新高", "港口集装箱吞吐量同比增长。" * 3),
    ])
    r = make_reader([str(page)], library=True)
    w, c = r.window, r.ctx
    _idle_library(qtbot, r)
    qtbot.waitUntil(lambda: c.services.reading.pending() == 0, timeout=10_000)
    qtbot.keyClick(w.article_view, Qt.Key.Key_L)
    panel = w.library_panel
    model = panel.view.model()

    def unread() -> int | None:
        for row in range(model.rowCount()):
            idx = model.index(row, 0)
            if str(idx.data(Qt.ItemDataRole.ToolTipRole)).endswith("u_20190221.txt"):
                return cast("int | None", idx.data(UnreadRole))
        return None

    qtbot.waitUntil(lambda: unread() is not None, timeout=10_000)
    before = unread()
    assert before is not None and before >= 2
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    qtbot.keyClick(w.article_view, Qt.Key.Key_U)       # marked read now
    assert c.services.reading.is_read(c.state.current)
    assert panel.isVisible()
    qtbot.waitUntil(lambda: unread() == before - 1, timeout=10_000)
    qtbot.keyClick(w.article_view, Qt.Key.Key_U)       # and unread again
    qtbot.waitUntil(lambda: unread() == before, timeout=10_000)
    wait_idle(qtbot, r)
