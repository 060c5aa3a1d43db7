"""Slow work off the event loop: QRunnable tasks that report through signals.

Each task is submitted as a :class:`TaskKind` (and, for per-item questions, a
key) and gets a token; submitting again under the same kind and key makes
earlier tokens stale, and a stale result is dropped instead of delivered.
A task whose caller gave no failure callback still reaches the user: its
error goes to :attr:`WorkerPool.on_failure`, which the composition root points
at the error bar.  Workers never touch widgets.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskKind(enum.Enum):
    """What a background task does (the value: how a message names it)."""

    OPEN = "opening pages"
    SESSION = "restoring the last session"
    INDEX_OPEN_PAGES = "preparing the open pages for search"
    CONVERT = "converting pages to the script shown"
    KEYWORDS = "finding key terms"
    SEARCH = "searching"
    TRENDS = "counting mentions"
    EXPORT = "exporting"
    ENGINE_CONVERT = "loading the script converters"
    ENGINE_WORDS = "loading the word segmenter"
    LIBRARY_OPEN = "opening the library"
    LIBRARY_PAGES = "listing the library's pages"
    LIBRARY_FOLDER = "looking up a folder in the library"
    READING_WRITE = "saving read and star marks"
    READING_LOAD = "reading read and star marks"
    STARRED = "listing the starred articles"
    SAVE = "saving the settings"


def print_failure(kind: TaskKind, error: Exception) -> None:
    """The failure path of last resort (no window to show it in): stderr."""
    print(f"reader: {kind.value} failed:", file=sys.stderr)
    traceback.print_exception(error, file=sys.stderr)


class _TaskSignals(QObject):
    finished = Signal(object, object, object)  # token, result, error


class _Task(QRunnable):
    def __init__(self, token: int, fn: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.token = token
        self.fn = fn
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result: object = self.fn()
            error: Exception | None = None
        except Exception as err:  # reported to the caller, never lost in a thread
            result, error = None, err
        # RuntimeError: the application is shutting down and nobody is listening.
        with contextlib.suppress(RuntimeError):
            self.signals.finished.emit(self.token, result, error)


class WorkerPool(QObject):
    """Runs callables on a thread pool; delivers only the latest result per kind."""

    task_finished = Signal(object)  # TaskKind, after the callback ran (tests wait on it)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._counter = itertools.count(1)
        self._latest: dict[tuple[TaskKind, str], int] = {}
        self._closed = False
        self._running: dict[int, tuple[TaskKind, str, _Task, Callable[[Any], None],
                                       Callable[[Exception], None] | None]] = {}
        #: Where the error of a task submitted without a failure callback goes.
        self.on_failure: Callable[[TaskKind, Exception], None] = print_failure

    def submit(self, kind: TaskKind, fn: Callable[[], object], done: Callable[[Any], None],
               failed: Callable[[Exception], None] | None = None, *, key: str = "",
               exclusive: bool = True) -> int:
        """Run *fn* on a worker and call *done(result)* on the GUI thread; if it
        raises, *failed(error)*, or without one :attr:`on_failure`.

        With *exclusive*, a later submit of the same *kind* and *key* makes this
        one stale.
        """
        token = next(self._counter)
        if exclusive:
            self._latest[(kind, key)] = token
        task = _Task(token, fn)
        task.signals.finished.connect(self.on_task_finished)
        self._running[token] = (kind, key, task, done, failed)
        self._pool.start(task)
        return token

    def close(self) -> None:
        """Deliver nothing any more (the window is closing)."""
        self._closed = True

    def cancel(self, kind: TaskKind, key: str = "") -> None:
        """Make every running task of *kind* (and *key*) stale."""
        self._latest[(kind, key)] = -1

    def is_current(self, kind: TaskKind, key: str, token: int) -> bool:
        return self._latest.get((kind, key), token) == token

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 5000) -> bool:
        return bool(self._pool.waitForDone(msecs))

    @Slot(object, object, object)
    def on_task_finished(self, token: int, result: object, error: object) -> None:
        kind, key, _task, done, failed = self._running.pop(token)
        if not self._closed and self.is_current(kind, key, token):
            if isinstance(error, Exception):
                (failed or (lambda err: self.on_failure(kind, err)))(error)
            else:
                done(result)
        self.task_finished.emit(kind)
