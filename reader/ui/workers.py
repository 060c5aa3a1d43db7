"""Slow work off the event loop: QRunnable tasks that report through signals.

Each task is submitted under a *kind* ("search", "convert", …) and gets a
token; submitting again under the same kind makes earlier tokens stale, and
a stale result is dropped instead of delivered.  Workers never touch widgets.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


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

    task_finished = Signal(str)  # kind, after the callback ran (tests wait on it)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._counter = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._closed = False
        self._running: dict[int, tuple[str, _Task, Callable[[Any], None],
                                       Callable[[Exception], None] | None]] = {}

    def submit(self, kind: str, fn: Callable[[], object], done: Callable[[Any], None],
               failed: Callable[[Exception], None] | None = None, *,
               exclusive: bool = True) -> int:
        """Run *fn* on a worker and call *done(result)* on the GUI thread.

        With *exclusive*, a later submit of the same *kind* makes this one stale.
        """
        token = next(self._counter)
        if exclusive:
            self._latest[kind] = token
        task = _Task(token, fn)
        task.signals.finished.connect(self.on_task_finished)
        self._running[token] = (kind, task, done, failed)
        self._pool.start(task)
        return token

    def close(self) -> None:
        """Deliver nothing any more (the window is closing)."""
        self._closed = True

    def cancel(self, kind: str) -> None:
        """Make every running task of *kind* stale."""
        self._latest[kind] = -1

    def is_current(self, kind: str, token: int) -> bool:
        return self._latest.get(kind, token) == token

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 5000) -> bool:
        return bool(self._pool.waitForDone(msecs))

    @Slot(object, object, object)
    def on_task_finished(self, token: int, result: object, error: object) -> None:
        kind, _task, done, failed = self._running.pop(token)
        if not self._closed and self.is_current(kind, token):
            if isinstance(error, Exception):
                if failed is not None:
                    failed(error)
            else:
                done(result)
        self.task_finished.emit(kind)
