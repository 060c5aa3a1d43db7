"""Every background task that fails reaches the user.

Regression: five tasks (opening pages, preparing the open pages for search,
converting the page read and the other pages, key terms) were submitted
without a failure callback and their errors vanished.  Now a task without one
still reports to the error bar; each is made to fail here as a fault would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import compose_page, make_page, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier


def _boom(*_args: object, **_kwargs: object) -> object:
    raise OSError("the disk is on fire")


def _errors(r) -> list[str]:
    return [m for m in r.window.error_bar.messages if "the disk is on fire" in m]


def _open_with_ctrl_o(qtbot, r, monkeypatch: pytest.MonkeyPatch, page: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(page)], "")))
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_O, Ctrl)
    wait_idle(qtbot, r)


def test_a_failing_open_is_reported(make_reader, qtbot, monkeypatch, tmp_path: Path):
    import reader.core.opening

    r = make_reader()
    monkeypatch.setattr(reader.core.opening, "open_paths", _boom)
    _open_with_ctrl_o(qtbot, r, monkeypatch, compose_page(tmp_path / "p.txt", [("标题", "正文。")]))
    assert len(_errors(r)) == 1
    assert "opening pages" in _errors(r)[0]
    assert r.window.error_bar.isVisible()


def test_a_failing_search_index_of_the_open_pages_is_reported(make_reader, qtbot,
                                                              monkeypatch, tmp_path: Path):
    from reader.core.library.backends import OpenPagesSearch

    r = make_reader()
    monkeypatch.setattr(OpenPagesSearch, "set_pages", _boom)
    _open_with_ctrl_o(qtbot, r, monkeypatch, compose_page(tmp_path / "p.txt", [("标题", "正文。")]))
    assert len(_errors(r)) == 1
    assert "search" in _errors(r)[0]


def test_failing_conversions_are_reported(make_reader, qtbot, engine, monkeypatch,
                                          tmp_path: Path):
    import reader.ui.open_pages

    r = make_reader(pages=[make_page(tmp_path / "a_20190221.txt", [("开发区", "招商。")]),
                           make_page(tmp_path / "b_20190222.txt", [("发展", "引资。")])],
                    engine=engine)
    monkeypatch.setattr(reader.ui.open_pages, "convert_page", _boom)
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_T)
    wait_idle(qtbot, r)
    # The page being read and the other open pages: two tasks, two reports.
    assert len(_errors(r)) == 2
    assert all("converting" in m for m in _errors(r))


def test_failing_key_terms_are_reported(make_reader, qtbot, engine, monkeypatch,
                                        tmp_path: Path):
    r = make_reader(pages=[make_page(tmp_path / "p.txt", [("甲", "港口。"), ("乙", "园区。")])],
                    engine=engine)
    monkeypatch.setattr(engine, "keywords_for", _boom)
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_J)
    wait_idle(qtbot, r)
    assert len(_errors(r)) == 1
    assert "key terms" in _errors(r)[0]
