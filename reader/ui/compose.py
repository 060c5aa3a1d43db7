"""Composition root, second half: the services and commands behind the window
(built after its first paint by :func:`reader.ui.app.main`, at once by
:func:`build_reader` for tests and scripts), and what the window opens first.

:func:`finish_reader` makes the workers, the text engine, the open pages, the
search, the highlights, the read marks, the library keeper and the command
runner, attaches them to the window and gives the window its keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QApplication

from reader.core.library.backends import LibraryFirstSearch, OpenPagesSearch
from reader.core.model import ArticleRef
from reader.core.resources import sample_page
from reader.ui.commands import showing
from reader.ui.commands.runner import CommandRunner
from reader.ui.context import Context, Services
from reader.ui.engine import TextEngine
from reader.ui.keys import KeyDispatcher
from reader.ui.library import LibraryKeeper
from reader.ui.models import Models
from reader.ui.open_pages import OpenBatch, OpenPages
from reader.ui.reading_state import ReadingKeeper
from reader.ui.report import Reporter
from reader.ui.search import SearchRunner
from reader.ui.shell import Loaded, Shell, app_icon, build_shell, load_state
from reader.ui.state import Change, ReaderState
from reader.ui.terms import HighlightTerms
from reader.ui.window import ReaderWindow
from reader.ui.window_view import WindowView
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.ui.problems import Problem


@dataclass
class Reader:
    """Everything the composition root made, for ``main`` and for tests."""

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


def _one_thread_pool(app: QObject) -> WorkerPool:
    """One thread: Python runs one thread at a time; more workers would not
    finish sooner, only queue longer for the GUI's turn."""
    pool = QThreadPool(app)
    pool.setMaxThreadCount(1)
    return WorkerPool(pool)


def _runner(loaded: Loaded, models: Models, engine: TextEngine | None,
            workers: WorkerPool | None, library_path: Path | None) -> CommandRunner:
    """The services over *loaded*'s state and the runner of the commands; what
    went wrong while loading is reported (shown once a view is attached)."""
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    report = Reporter()   # keeps what is said until the window can show it
    state, settings = loaded.state, loaded.settings
    # One thread for what the reader asks (open, convert, search, key terms) and
    # one for loading the text engine.
    workers = workers if workers is not None else _one_thread_pool(app)
    engine = engine if engine is not None else TextEngine(_one_thread_pool(app))
    open_search = OpenPagesSearch()
    library = LibraryKeeper(workers, LibraryFirstSearch(open_search), library_path)
    # Hits on pages that are not open are shown in the script shown too.
    library.search.shown = engine.converter(state.script)
    pages = OpenPages(workers, engine, state.script)
    terms = HighlightTerms(workers, engine, models.keywords, models.watch, settings.watch,
                           settings.highlight)
    terms.palette = list(state.prefs.watch_colours)
    terms.mark_keywords = state.prefs.mark_key_terms
    services = Services(
        workers=workers, engine=engine, open=pages, open_search=open_search,
        search=SearchRunner(workers, library.search), terms=terms,
        reading=ReadingKeeper(workers, library, lambda: [p.path for p in pages.pages]),
        library=library, models=models, settings=settings,
        settings_store=loaded.store, prefs_store=loaded.prefs_store)
    services.reading.restore(settings.pending_marks)
    runner = CommandRunner(state, services, report)
    for qobject in (library, pages, terms, services.search, services.reading):
        qobject.setParent(runner)
    for pool in {workers, engine.workers}:
        # A task whose caller has nothing to say about its failure: the error bar.
        pool.on_failure = _task_failed(report)
    for problem in loaded.problems:
        report.problem(problem)
    return runner


def build_commands(settings_path: Path | None = None, engine: TextEngine | None = None,
                   workers: WorkerPool | None = None, library_path: Path | None = None
                   ) -> tuple[CommandRunner, list[Problem]]:
    """The state, the services and the command runner, without a window (attach
    one with ``runner.attach(view)``), and what went wrong while starting (also
    reported: shown once a view is attached to the runner's reporter)."""
    loaded = load_state(settings_path)
    return _runner(loaded, Models.empty(), engine, workers, library_path), loaded.problems


def _task_failed(report: Reporter) -> Callable[[TaskKind, Exception], None]:
    def report_failure(task: TaskKind, err: Exception) -> None:
        from reader.ui.problems import TaskFailed

        report.problem(TaskFailed(task, err))
    return report_failure


def finish_reader(shell: Shell, engine: TextEngine | None = None,
                  workers: WorkerPool | None = None,
                  library_path: Path | None = None) -> Reader:
    """The services and commands behind *shell*'s window, attached to it; its
    keys (nothing loaded yet; the library opens with ``services.library.start()``)."""
    runner = _runner(shell.loaded, shell.models, engine, workers, library_path)
    state, services, window = runner.state, runner.services, shell.window
    runner.setParent(window)
    window.setWindowIcon(app_icon())
    view = WindowView(window)
    runner.attach(view)
    window.attach(runner)
    dispatcher = KeyDispatcher(window, window.focus_mode, runner.run, parent=window)
    dispatcher.set_actions(state.actions)
    window.key_filter = dispatcher
    dispatcher.watch(window)
    runner.report.attach(view)   # what was said before the window existed is shown now
    return Reader(window, view, state, services, runner, services.engine, services.workers,
                  dispatcher, shell.loaded.problems)


def build_reader(settings_path: Path | None = None, engine: TextEngine | None = None,
                 workers: WorkerPool | None = None,
                 library_path: Path | None = None) -> Reader:
    """The window and everything behind it, at once (nothing loaded, nothing
    shown).  *library_path*: the library file (default: the data folder, under
    ``DUBAO_HOME`` if set)."""
    return finish_reader(build_shell(settings_path), engine, workers, library_path)


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
    rest = [p for p in paths if p != first]
    # Said once, when both have answered: "Opened 41 pages", not "1" then "40".
    batch = OpenBatch(2 if rest else 1)
    do(showing.open_pages, [first], select=select, scroll=scroll, restoring=restoring,
       batch=batch)
    if rest:
        do(showing.open_pages, rest, keep_current=True, restoring=restoring, batch=batch)


def on_loaded(reader: Reader, then: Callable[[], object]) -> None:
    """Call *then()* each time an open request finishes (``Change.LOADED``)."""
    reader.commands.changed.connect(lambda change: then() if change & Change.LOADED else None)
