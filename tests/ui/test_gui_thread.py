"""The event loop never waits for the disk or the library: no SQL and no file
system call on the GUI thread while a person uses the window (opening pages
and folders, adding a folder to the library, searching it, marks, the starred
list, the library panel, trends, export).  Start-up (reading the settings
before the window shows) and closing (saving them) are left out."""

from __future__ import annotations

import builtins
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from reader.core.library.facade import Library
from reader.ui.state import Change
from tests.ui.conftest import changed, compose_page, ime_type, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


class GuiThreadWatch:
    """Records the calls of the watched functions made on the GUI thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        self.on = False
        self._mp = monkeypatch

    def watch(self, owner: Any, name: str, label: str) -> None:
        real: Callable[..., Any] = getattr(owner, name)

        def watched(*args: Any, **kwargs: Any) -> Any:
            if self.on and threading.current_thread() is threading.main_thread() \
                    and not _importing():
                self.calls.append(f"{label} <- {_callers()}")
            return real(*args, **kwargs)

        self._mp.setattr(owner, name, watched)


def test_no_sql_and_no_file_system_call_on_the_gui_thread(make_reader, qtbot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    shelf = tmp_path / "2019-03-01"
    shelf.mkdir()
    for i in range(3):
        compose_page(shelf / f"p{i}.txt", [(f"三月一日第{i}版", "海关通关时间缩短。港口吞吐量上升。" * 3)])
    page = compose_page(tmp_path / "a_20190221.txt", [("港口新闻", "港口吞吐量上升。" * 3),
                                                      ("园区", "园区引进项目。" * 3)])
    r = make_reader([str(page)], library=True)
    w, c = r.window, r.ctx
    guard = GuiThreadWatch(monkeypatch)
    guard.watch(Library, "connection", "Library.connection (SQL)")
    for name in ("exists", "realpath", "isfile", "isdir", "getsize"):
        guard.watch(os.path, name, f"os.path.{name}")
    for name in ("stat", "walk", "replace", "listdir", "scandir"):
        guard.watch(os, name, f"os.{name}")
    for name in ("exists", "is_file", "is_dir", "resolve", "stat", "open", "read_text",
                 "read_bytes", "write_text", "write_bytes", "iterdir"):
        guard.watch(Path, name, f"Path.{name}")
    guard.watch(builtins, "open", "open")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(shelf)))
    guard.on = True

    # Open a folder; the library offers to add it; accept; it is indexed.
    qtbot.keyClick(w.article_view, Qt.Key.Key_O, Ctrl | Shift)
    qtbot.waitUntil(lambda: w.library_offer is not None and w.library_offer.isVisible())
    keeper = c.services.library
    assert keeper is not None
    with qtbot.waitSignal(keeper.index_finished, timeout=20_000):
        qtbot.keyClick(w.library_offer, Qt.Key.Key_Return)
    wait_idle(qtbot, r)
    # Search the library, open the first hit; star it; list the starred articles.
    qtbot.keyClick(w.article_view, Qt.Key.Key_Slash)
    with changed(qtbot, r, Change.SEARCH):
        ime_type(w.search_bar.field, "海关")
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
    wait_idle(qtbot, r)
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_S)
    qtbot.keyClick(w.article_view, Qt.Key.Key_S, Shift)
    wait_idle(qtbot, r)
    qtbot.keyClick(w.article_view, Qt.Key.Key_Escape)
    # The library panel, the trend chart, another script, an export.
    qtbot.keyClick(w.article_view, Qt.Key.Key_L)
    wait_idle(qtbot, r)
    qtbot.keyClick(w.library_panel.view, Qt.Key.Key_Escape)
    with changed(qtbot, r, Change.TREND, timeout=10_000):
        qtbot.keyClick(w.article_view, Qt.Key.Key_T, Shift)
        assert w.trend_dialog is not None
        line = w.trend_dialog.term_box.lineEdit()
        ime_type(line, "港口")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClick(w.trend_dialog.chart, Qt.Key.Key_Escape)
    qtbot.keyClick(w.article_view, Qt.Key.Key_T)
    out = tmp_path / "export.csv"
    monkeypatch.setattr(r.view, "ask_export", lambda _scopes, _name: ("page", str(out)))
    with qtbot.waitSignal(c.services.exporter.written, timeout=10_000):
        qtbot.keyClick(w.article_view, Qt.Key.Key_E, Ctrl)
    wait_idle(qtbot, r)
    guard.on = False
    assert out.is_file()
    assert "\n".join(guard.calls) == ""


def _importing() -> bool:
    """Whether Python is importing a module (finding its file is the
    interpreter's business, and PySide's import hook's, not a question the
    reader asks of the disk)."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith("<frozen importlib") or name.startswith("shibokensupport/"):
            return True
        frame = frame.f_back
    return False


def _callers() -> str:
    """Where in the reader the call came from (frames only: no file is read)."""
    frame: FrameType | None = sys._getframe(2)
    out: list[str] = []
    while frame is not None and len(out) < 4:
        name = frame.f_code.co_filename
        if "/reader/" in name:
            out.append(f"{name.rsplit('/reader/', 1)[-1]}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " <- ".join(out) or "?"

