"""Composition root: builds the application objects and wires them together.

``main(argv)`` paints the window with the first page as soon as it can and
only then starts loading the text engine (OpenCC, jieba) and opening the
library on workers.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader import APP_NAME
from reader.core.library.backends import LibraryFirstSearch, OpenPagesSearch
from reader.core.model import ArticleRef
from reader.core.preferences import PreferencesStore
from reader.core.resources import resource, sample_page
from reader.core.session import SettingsStore
from reader.ui.commands import showing
from reader.ui.commands.application import bound_actions
from reader.ui.commands.runner import CommandRunner
from reader.ui.context import Context, Models, Reporter, Services
from reader.ui.engine import TextEngine
from reader.ui.keys import KeyDispatcher
from reader.ui.library import LibraryKeeper
from reader.ui.models import ArticleListModel, KeywordListModel, PageListModel, WatchListModel
from reader.ui.open_pages import OpenPages
from reader.ui.reading_state import ReadingKeeper
from reader.ui.search import SearchRunner
from reader.ui.state import Change, ReaderState
from reader.ui.terms import HighlightTerms
from reader.ui.window import ReaderWindow
from reader.ui.window_view import WindowView
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.ui.problems import Problem


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
    view: WindowView
    state: ReaderState
    services: Services
    commands: CommandRunner
    engine: TextEngine
    workers: WorkerPool
    dispatcher: KeyDispatcher
    #: What went wrong while starting (shown in the error bar once the window is up).
    problems: list[Problem] = field(default_factory=list)
    engine_requested: bool = False

    @property
    def ctx(self) -> Context:
        return self.commands.ctx


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


def _one_thread_pool(app: QObject) -> WorkerPool:
    """One thread: Python runs one thread at a time; more workers would not
    finish sooner, only queue longer for the GUI's turn."""
    pool = QThreadPool(app)
    pool.setMaxThreadCount(1)
    return WorkerPool(pool)


def build_commands(settings_path: Path | None = None, engine: TextEngine | None = None,
                   workers: WorkerPool | None = None, library_path: Path | None = None
                   ) -> tuple[CommandRunner, list[Problem]]:
    """The state, the services and the command runner, without a window (attach
    one with ``runner.attach(view)``), and what went wrong while starting (also
    reported: shown once a view is attached to the runner's reporter)."""
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    report = Reporter()   # keeps what is said until the window can show it
    problems: list[Problem] = []
    store = SettingsStore(settings_path)
    settings, settings_problem = store.load()
    prefs_store = PreferencesStore(
        settings_path.with_name("preferences.json") if settings_path is not None else None)
    prefs, prefs_problem = prefs_store.load()
    actions, refused = bound_actions(prefs)
    if refused is not None:
        prefs.keys = {}
    problems += [p for p in (settings_problem, prefs_problem, refused) if p is not None]
    # One thread for what the reader asks (open, convert, search, key terms) and
    # one for loading the text engine.
    workers = workers if workers is not None else _one_thread_pool(app)
    engine = engine if engine is not None else TextEngine(_one_thread_pool(app))
    state = ReaderState(script=prefs.default_script or settings.script,
                        text_size=settings.text_size, recent=list(settings.recent),
                        prefs=prefs, actions=actions)
    open_search = OpenPagesSearch()
    library = LibraryKeeper(workers, LibraryFirstSearch(open_search), library_path)
    pages = OpenPages(workers, engine, state.script)
    models = Models(ArticleListModel(), PageListModel(), KeywordListModel(), WatchListModel())
    terms = HighlightTerms(workers, engine, models.keywords, models.watch, settings.watch,
                           settings.highlight)
    terms.palette = list(prefs.watch_colours)
    services = Services(
        workers=workers, engine=engine, open=pages, open_search=open_search,
        search=SearchRunner(workers, library.search), terms=terms,
        reading=ReadingKeeper(workers, library, lambda: [p.path for p in pages.pages]),
        library=library, models=models, settings=settings,
        settings_store=store, prefs_store=prefs_store)
    services.reading.restore(settings.pending_marks)
    runner = CommandRunner(state, services, report)
    for qobject in (library, pages, terms, services.search, services.reading):
        qobject.setParent(runner)
    for pool in {workers, engine.workers}:
        # A task whose caller has nothing to say about its failure: the error bar.
        pool.on_failure = _task_failed(report)
    for problem in problems:
        report.problem(problem)
    return runner, problems


def _task_failed(report: Reporter) -> Callable[[TaskKind, Exception], None]:
    def report_failure(task: TaskKind, err: Exception) -> None:
        from reader.ui.problems import TaskFailed

        report.problem(TaskFailed(task, err))
    return report_failure


def build_reader(settings_path: Path | None = None, engine: TextEngine | None = None,
                 workers: WorkerPool | None = None,
                 library_path: Path | None = None) -> Reader:
    """Build the window and its collaborators (nothing loaded, nothing shown; the
    library opens with ``reader.services.library.start()``).  *library_path*:
    the library file (default: the data folder, under ``DUBAO_HOME`` if set)."""
    runner, problems = build_commands(settings_path, engine, workers, library_path)
    state, services = runner.state, runner.services
    window = ReaderWindow(state, services, runner)
    runner.setParent(window)
    view = WindowView(window)
    runner.attach(view)
    window.setWindowIcon(app_icon())
    window.restore_layout(services.settings.geometry, services.settings.splitter)
    dispatcher = KeyDispatcher(window, window.focus_mode, runner.run, parent=window)
    window.key_filter = dispatcher
    dispatcher.watch(window)
    window.apply_preferences()
    runner.report.attach(view)   # what was said before the window existed is shown now
    return Reader(window, view, state, services, runner, services.engine, services.workers,
                  dispatcher, problems)


def open_startup(reader: Reader, args: Sequence[str]) -> None:
    """Open the command line's pages, or the last session, or the sample page.

    Everything loads on workers; the page to show first loads alone so it
    appears as soon as it is parsed, and the others follow.  The last session's
    files are checked on a worker first (some may be gone).
    """
    settings = reader.services.settings
    if args:
        _open_first(reader, list(args), restoring=False)
    elif settings.pages:
        remembered = list(settings.pages)
        reader.workers.submit(
            TaskKind.SESSION, lambda: [p for p in remembered if Path(p).is_file()],
            lambda found: _open_first(reader, found or [str(sample_page())], bool(found)))
    else:
        _open_first(reader, [str(sample_page())], restoring=False)


def _open_first(reader: Reader, paths: list[str], restoring: bool) -> None:
    settings, do = reader.services.settings, reader.commands.do
    first = paths[0]
    select: ArticleRef | None = None
    scroll: int | None = None
    if restoring and settings.current_page in paths:
        first = settings.current_page
        select = ArticleRef(first, settings.current_article)
        scroll = settings.scroll
    do(showing.open_pages, [first], select=select, scroll=scroll, restoring=restoring)
    rest = [p for p in paths if p != first]
    if rest:
        do(showing.open_pages, rest, keep_current=True, restoring=restoring)


#: How long a worker thread may hold the GIL before the GUI thread gets a turn.
#: Python's default (5 ms) makes every call from Qt into Python (paint, data())
#: wait up to 5 ms while a worker converts or parses: a repaint of the list
#: would stall for 100 ms and more.
GIL_SWITCH_INTERVAL_S = 0.0005


def tune_interpreter() -> None:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def on_loaded(reader: Reader, then: Callable[[], object]) -> None:
    """Call *then()* each time an open request finishes (``Change.LOADED``)."""
    reader.commands.changed.connect(lambda change: then() if change & Change.LOADED else None)


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
    on_loaded(reader, lambda: _start_engine_after_paint(reader))
    # The library opens after the first page is shown (it queues behind it on the worker).
    library = reader.services.library
    if library is not None:
        on_loaded(reader, library.start)
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

    def on_page_loaded() -> None:
        page_paint = FirstPaint(reader.window.article_view.viewport())
        page_paint.painted.connect(lambda: (
            print(f"page_paint {time.time() - t0:.4f}\npage_paint_cpu {time.process_time():.4f}",
                  flush=True), app.quit()))
        reader.window.article_view.viewport().update()

    on_loaded(reader, on_page_loaded)

