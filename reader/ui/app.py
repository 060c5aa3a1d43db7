"""Composition root: builds the application objects and wires them together.

``main(argv)`` paints the window with the first page as soon as it can and
only then starts loading the text engine (OpenCC, jieba) on workers.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from reader import APP_NAME
from reader.core.pages import load_page
from reader.core.resources import sample_page
from reader.core.session import Settings, SettingsStore
from reader.core.textio import UnreadableFileError
from reader.ui.controller import ReaderController
from reader.ui.engine import TextEngine
from reader.ui.keys import KeyDispatcher
from reader.ui.models import ArticleListModel, KeywordListModel, PageListModel, WatchListModel
from reader.ui.window import ReaderWindow
from reader.ui.workers import WorkerPool


class FirstPaint(QObject):
    """Emits ``painted`` once, at the first paint of the watched widget."""

    painted = Signal()

    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False


@dataclass
class Reader:
    """Everything ``build_reader`` made, for ``main`` and for tests."""

    window: ReaderWindow
    controller: ReaderController
    engine: TextEngine
    workers: WorkerPool
    dispatcher: KeyDispatcher
    settings_message: str | None


def build_reader(settings_path: Path | None = None, engine: TextEngine | None = None,
                 workers: WorkerPool | None = None) -> Reader:
    """Build the window and its collaborators (nothing loaded, nothing shown)."""
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    store = SettingsStore(settings_path)
    settings, message = store.load()
    workers = workers if workers is not None else WorkerPool(QThreadPool.globalInstance())
    engine = engine if engine is not None else TextEngine(workers)
    controller = ReaderController(
        workers=workers, engine=engine, store=store, settings=settings,
        article_model=ArticleListModel(), page_model=PageListModel(),
        keyword_model=KeywordListModel(), watch_model=WatchListModel(),
    )
    window = ReaderWindow(controller)
    window.restore_layout(settings.geometry, settings.splitter)
    dispatcher = KeyDispatcher(window, window.focus_mode, controller.run, parent=window)
    app.installEventFilter(dispatcher)
    window.destroyed.connect(lambda: _remove_filter(dispatcher))
    if message:
        window.show_error(message)
    return Reader(window, controller, engine, workers, dispatcher, message)


def _remove_filter(dispatcher: KeyDispatcher) -> None:
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(dispatcher)


def startup_paths(args: Sequence[str], settings: Settings) -> tuple[list[str], bool]:
    """What to open, and whether it is the last session being restored."""
    if args:
        return list(args), False
    remembered = [p for p in settings.pages if Path(p).is_file()]
    if remembered:
        return remembered, True
    return [str(sample_page())], False


def open_startup(reader: Reader, args: Sequence[str]) -> None:
    """Open the command line's pages, or the last session, or the sample page.

    The page shown first is loaded here (it is small and fast) so the first paint
    shows it; every other page loads on a worker.
    """
    c = reader.controller
    s = c.settings
    paths, restoring = startup_paths(args, s)
    first = paths[0]
    select: tuple[str, int] | None = None
    scroll: int | None = None
    if restoring and s.current_page in paths:
        first = s.current_page
        select = (first, s.current_article)
        scroll = s.scroll
    rest = [p for p in paths if p != first]
    if Path(first).is_file():
        try:
            page = load_page(first)
        except UnreadableFileError as err:
            c.add_loaded([], [f"无法打开 — cannot open: {err}"])
        else:
            c.add_loaded([page], [], select=select, scroll=scroll)
    else:
        rest.insert(0, first)
    if rest:
        c.open_paths(rest, select=select if c.current is None else None,
                     scroll=scroll if c.current is None else None, keep_current=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    reader = build_reader()
    window = reader.window
    watcher = FirstPaint(window.article_view.viewport())
    bench_t0 = os.environ.get("DUBAO_BENCH_T0")
    if bench_t0:
        watcher.painted.connect(lambda: _bench_report(float(bench_t0), app))
    else:
        watcher.painted.connect(reader.engine.start)
    open_startup(reader, args)
    window.show()
    window.article_view.setFocus()
    return int(app.exec())


def _bench_report(t0: float, app: QApplication) -> None:
    print(f"first_paint {time.time() - t0:.4f}", flush=True)
    app.quit()
