"""Opening pages: Ctrl+O, Ctrl+Shift+O, drag and drop, recent files, Ctrl+Q."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from reader.ui.state import Change
from tests.ui.conftest import changed, compose_page, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_o_opens_the_chosen_files(make_reader, qtbot, tmp_path: Path, monkeypatch):
    page = compose_page(tmp_path / "chosen.txt", [("选中的版面", "内容。" * 5)])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(page)], "")))
    r = make_reader()
    with changed(qtbot, r, Change.LOADED, timeout=5000):
        qtbot.keyClick(r.window.article_view, Qt.Key.Key_O, Ctrl)
    wait_idle(qtbot, r)
    assert r.ctx.state.current.path == str(page)
    assert r.window.windowTitle().endswith(" — chosen — Dubao")
    assert r.window.article_view.hasFocus()
    assert r.ctx.state.recent[0] == str(page)


def test_ctrl_shift_o_opens_a_folder(make_reader, qtbot, tmp_path: Path, monkeypatch):
    folder = tmp_path / "2019-02-21"
    folder.mkdir()
    for i in range(3):
        compose_page(folder / f"p{i}.txt", [(f"第{i}版", "内容。" * 5)])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    r = make_reader()
    with changed(qtbot, r, Change.LOADED, timeout=5000):
        qtbot.keyClick(r.window.article_view, Qt.Key.Key_O, Ctrl | Shift)
    wait_idle(qtbot, r)
    assert len(r.ctx.pages) == 4
    assert all(p.date is not None for p in r.ctx.pages if "2019-02-21" in p.path)


def test_dropped_files_open(make_reader, qtbot, tmp_path: Path):
    page = compose_page(tmp_path / "dropped.txt", [("拖进来的版面", "内容。" * 5)])
    r = make_reader()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(page))])
    ev = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with changed(qtbot, r, Change.LOADED, timeout=5000):
        r.window.dropEvent(ev)
    wait_idle(qtbot, r)
    assert r.ctx.state.current.path == str(page)


def test_recent_files_menu_reopens(make_reader, qtbot, tmp_path: Path):
    page = compose_page(tmp_path / "recent.txt", [("最近的版面", "内容。" * 5)])
    r = make_reader([str(page)])
    r2_recent = list(r.ctx.state.recent)
    assert r2_recent[0] == str(page)
    r.window.on_recent_menu_about_to_show()
    texts = [a.text() for a in r.window.recent_menu.actions()]
    assert any(str(page) in t for t in texts)
    r.ctx.pages.clear()
    with changed(qtbot, r, Change.LOADED, timeout=5000):
        next(a for a in r.window.recent_menu.actions() if str(page) in a.text()).trigger()
    assert [p.path for p in r.ctx.pages] == [str(page)]


def test_ctrl_q_quits_and_remembers(make_reader, qtbot, home: Path):
    r = make_reader()
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_J)
    qtbot.keyClick(r.window.article_view, Qt.Key.Key_Q, Ctrl)
    assert not r.window.isVisible()
    import json

    data = json.loads((home / "config" / "settings.json").read_text(encoding="utf-8"))
    assert data["current_article"] == 1
