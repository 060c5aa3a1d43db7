"""Composition root: builds the application objects and wires them together.

``main(argv)`` paints the window with the first page as soon as it can and
only then starts loading the text engine (OpenCC, jieba) and opening the
library on workers.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader import APP_NAME
from reader.core.library.backends import LibraryFirstSearch, OpenPagesSearch
from reader.core.preferences import PreferencesStore
from reader.core.problems import SettingsDamaged, SettingsUnreadable
from reader.core.resources import resource, sample_page
from reader.core.session import Settings, SettingsStore
from reader.ui.controller import ReaderController
from reader.ui.engine import TextEngine
from reader.ui.keys import KeyDispatcher
from reader.ui.library import LibraryKeeper
from reader.ui.models import ArticleListModel, KeywordListModel, PageListModel, WatchListModel
from reader.ui.problems import TaskFailed, describe
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
    settings_problem: SettingsDamaged | SettingsUnreadable | None
    engine_requested: bool = False


#: The name of the installed ``.desktop`` file (``resources/dubao.desktop``):
#: Wayland and the task bars find the icon and the name through it.
DESKTOP_FILE = "dubao"


def app_icon() -> QIcon:
    """The application's icon (``resources/icons``; the PNG: reading the SVG would
    load Qt's SVG plugin before the first paint)."""
    path = resource("icons/dubao.png")
    return QIcon(str(path)) if path.is_file() else QIcon()


def set_identity(app: QApplication) -> None:
    """Name, icon and desktop file of the application."""
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())


def build_reader(settings_path: Path | None = None, engine: TextEngine | None = None,
                 workers: WorkerPool | None = None,
                 library_path: Path | None = None) -> Reader:
    """Build the window and its collaborators (nothing loaded, nothing shown; the
    library opens with ``reader.controller.library.start()``).  *library_path*:
    the library file (default: the data folder, under ``DUBAO_HOME`` if set)."""
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    store = SettingsStore(settings_path)
    settings, message = store.load()
    prefs_store = PreferencesStore(
        settings_path.with_name("preferences.json") if settings_path is not None else None)
    prefs, prefs_message = prefs_store.load()
    if workers is None:
        # One thread for what the reader asks (open, convert, search, key terms) and
        # one for loading the text engine.  Python runs one thread at a time; more
        # workers would not finish sooner, only queue longer for the GUI's turn.
        pool = QThreadPool(app)
        pool.setMaxThreadCount(1)
        workers = WorkerPool(pool)
    if engine is None:
        loader_pool = QThreadPool(app)
        loader_pool.setMaxThreadCount(1)
        engine = TextEngine(WorkerPool(loader_pool))
    library = LibraryKeeper(workers, LibraryFirstSearch(OpenPagesSearch()), library_path)
    controller = ReaderController(
        workers=workers, engine=engine, store=store, settings=settings,
        article_model=ArticleListModel(), page_model=PageListModel(),
        keyword_model=KeywordListModel(), watch_model=WatchListModel(), library=library,
        prefs=prefs, prefs_store=prefs_store,
    )
    library.setParent(controller)
    window = ReaderWindow(controller)
    for workers_pool in {workers, engine.workers}:
        # A task whose caller has nothing to say about its failure: the error bar.
        workers_pool.on_failure = lambda kind, err: window.show_error(
            describe(TaskFailed(kind, err)))
    window.setWindowIcon(app_icon())
    window.restore_layout(settings.geometry, settings.splitter)
    dispatcher = KeyDispatcher(window, window.focus_mode, controller.run, parent=window)
    window.key_filter = dispatcher
    dispatcher.watch(window)
    window.apply_preferences()
    for problem in (message, prefs_message):
        if problem:
            window.show_error(describe(problem))
    return Reader(window, controller, engine, workers, dispatcher, message)


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

    Everything loads on workers; the page to show first loads alone so it
    appears as soon as it is parsed, and the others follow.
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
    c.open_paths([first], select=select, scroll=scroll)
    rest = [p for p in paths if p != first]
    if rest:
        c.open_paths(rest, keep_current=True)


#: How long a worker thread may hold the GIL before the GUI thread gets a turn.
#: Python's default (5 ms) makes every call from Qt into Python (paint, data())
#: wait up to 5 ms while a worker converts or parses: a repaint of the list
#: would stall for 100 ms and more.
GIL_SWITCH_INTERVAL_S = 0.0005


def tune_interpreter() -> None:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    set_identity(app)
    tune_interpreter()
    reader = build_reader()
    window = reader.window
    watcher = FirstPaint(window.article_view.viewport())
    # Paint first; then read the pages; then load the text engine (jieba, OpenCC).
    watcher.painted.connect(lambda: open_startup(reader, args))
    reader.controller.pages_loaded.connect(lambda: _start_engine_after_paint(reader))
    # The library opens after the first page is shown (it queues behind it on the worker).
    reader.controller.pages_loaded.connect(reader.controller.library_start)
    bench_t0 = os.environ.get("DUBAO_BENCH_T0")
    if bench_t0:
        _bench_hooks(reader, watcher, float(bench_t0), app)
    window.show()
    window.article_view.setFocus()
    status = int(app.exec())
    # Settings were saved when the window closed.  Tearing down the interpreter
    # would free jieba's and OpenCC's millions of objects one by one (about a
    # second after the window is gone), so leave at once once workers are idle.
    reader.workers.wait(1000)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _start_engine_after_paint(reader: Reader) -> None:
    """Load jieba and OpenCC once the first page has been painted."""
    if reader.engine_requested:
        return
    reader.engine_requested = True
    viewport = reader.window.article_view.viewport()
    painted = FirstPaint(viewport)
    painted.painted.connect(reader.engine.start)
    viewport.update()


def _bench_hooks(reader: Reader, watcher: FirstPaint, t0: float, app: QApplication) -> None:
    """For bench/startup.py: print when the window and then the page are painted."""
    watcher.painted.connect(lambda: print(
        f"first_paint {time.time() - t0:.4f}\nfirst_paint_cpu {time.process_time():.4f}",
        flush=True))

    def on_loaded() -> None:
        page_paint = FirstPaint(reader.window.article_view.viewport())
        page_paint.painted.connect(lambda: (
            print(f"page_paint {time.time() - t0:.4f}\npage_paint_cpu {time.process_time():.4f}",
                  flush=True), app.quit()))
        reader.window.article_view.viewport().update()

    reader.controller.pages_loaded.connect(on_loaded)
