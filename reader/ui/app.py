"""The application: ``main(argv)`` paints the window as soon as it can
(:func:`reader.ui.shell.build_shell`: only what the first paint needs), then
builds what runs behind it (:mod:`reader.ui.compose`), opens the first page
and only then loads the word segmenter and opens the library on workers.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from reader import APP_NAME
from reader.ui.shell import Shell, app_icon, build_shell
from reader.ui.theme import fusion_arguments

if TYPE_CHECKING:
    from reader.ui.compose import Reader


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


#: The name of the installed ``.desktop`` file (``resources/dubao.desktop``):
#: Wayland and the task bars find the icon and the name through it.
DESKTOP_FILE = "dubao"


def set_identity(app: QApplication, icon: bool = True) -> None:
    """Name, icon and desktop file of the application (*icon*: the icon now;
    ``main`` gives it after the first paint: reading it costs start-up time)."""
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE)
    if icon:
        app.setWindowIcon(app_icon())


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
    # Fusion from the start, made by Qt itself (setting it later costs a restyle).
    app = existing if isinstance(existing, QApplication) else QApplication(
        sys.argv[:1] + fusion_arguments())
    set_identity(app, icon=False)
    tune_interpreter()
    shell = build_shell()
    window = shell.window
    watcher = FirstPaint(window.article_view.viewport())
    bench_t0 = os.environ.get("DUBAO_BENCH_T0")
    if bench_t0:
        watcher.painted.connect(lambda: print(
            f"first_paint {time.time() - float(bench_t0):.4f}\n"
            f"first_paint_cpu {time.process_time():.4f}", flush=True))
    started: list[Reader] = []
    # Paint first; then build what runs behind the window and read the pages;
    # then load the text engine (jieba).
    watcher.painted.connect(lambda: started.append(start(shell, args, app, bench_t0)))
    from reader.ui.termination import SignalCloser

    SignalCloser(window.close, app)   # SIGTERM, SIGHUP: closed as by the user, session saved
    window.show()
    window.article_view.setFocus()
    status = int(app.exec())
    # Settings were saved when the window closed.  Tearing down the interpreter
    # would free jieba's and OpenCC's millions of objects one by one (about a
    # second after the window is gone), so leave at once once workers are idle.
    for reader in started:
        reader.workers.wait(1000)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def start(shell: Shell, args: Sequence[str], app: QApplication, bench_t0: str | None) -> Reader:
    """After the first paint: the commands and services behind the window, then
    the pages (the library opens after the first page is shown: it queues
    behind it on the worker)."""
    import gc

    gc.enable()   # main.py held it off until the first paint
    from reader.ui.compose import finish_reader, on_loaded, open_startup

    app.setWindowIcon(app_icon())
    reader = finish_reader(shell)
    on_loaded(reader, lambda: _start_engine_after_paint(reader))
    library = reader.services.library
    if library is not None:
        on_loaded(reader, library.start)
    if bench_t0:
        _bench_hooks(reader, float(bench_t0), app)
    open_startup(reader, args)
    return reader


def _start_engine_after_paint(reader: Reader) -> None:
    """Load jieba and OpenCC once the first page has been painted."""
    if reader.engine_requested:
        return
    reader.engine_requested = True
    viewport = reader.window.article_view.viewport()
    painted = FirstPaint(viewport)
    painted.painted.connect(reader.engine.start)
    viewport.update()


def _painted_title(reader: Reader) -> str:
    """The title of the article the reading pane shows (empty if it shows none)."""
    art = reader.ctx.shown_article()
    return art.title if art is not None and art.title in reader.window.pane.toPlainText() else ""


def _bench_hooks(reader: Reader, t0: float, app: QApplication) -> None:
    """For bench/startup.py: print when the page is painted (and its title)."""
    from reader.ui.compose import on_loaded

    def on_page_loaded() -> None:
        page_paint = FirstPaint(reader.window.article_view.viewport())
        page_paint.painted.connect(lambda: (
            print(f"page_paint {time.time() - t0:.4f}\npage_paint_cpu {time.process_time():.4f}"
                  f"\npage_title {_painted_title(reader)}",
                  flush=True), app.quit()))
        reader.window.article_view.viewport().update()

    on_loaded(reader, on_page_loaded)

