"""Search across open pages as the user types: debounced, on a worker, latest only.

The answer comes from a :class:`reader.core.library.backends.SearchBackend`; the
persistent library can replace the in-memory one without touching the window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.library.backends import SearchBackend
from reader.core.library.hits import SearchHit
from reader.core.library.query import parse_query
from reader.ui.workers import TaskKind, WorkerPool

SEARCH_DEBOUNCE_MS = 120


class SearchRunner(QObject):
    #: (query, hits) for the latest query; hits is None when the query is empty.
    #: A search that fails takes the workers' default path (the error bar).
    results = Signal(str, object)

    def __init__(self, workers: WorkerPool, backend: SearchBackend,
                 debounce_ms: int = SEARCH_DEBOUNCE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.backend = backend
        self.text = ""    # what the field says
        self.query = ""   # what the results shown answer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.on_timer_timeout)

    def set_text(self, text: str) -> None:
        """The field changed: search once typing pauses."""
        self.text = text
        self._timer.start()

    def pending(self) -> bool:
        """Whether the results shown do not yet answer what the field says."""
        return self._timer.isActive() or self.text != self.query

    def run_now(self) -> None:
        self._timer.stop()
        self._run(self.text)

    def rerun(self) -> None:
        """Ask again (the pages searched changed)."""
        if self.query and not self.pending():
            self._run(self.query)

    def cancel(self) -> None:
        self._timer.stop()
        self.workers.cancel(TaskKind.SEARCH)
        self.text = self.query = ""

    def stop(self) -> None:
        self._timer.stop()

    def on_timer_timeout(self) -> None:
        self._run(self.text)

    def _run(self, text: str) -> None:
        if not parse_query(text).include:
            self.workers.cancel(TaskKind.SEARCH)
            self.query = text
            self.results.emit(text, None)
            return
        backend = self.backend
        self.workers.submit(TaskKind.SEARCH, lambda: (text, backend.search(text)),
                            self._on_done)

    def _on_done(self, result: tuple[str, Sequence[SearchHit]]) -> None:
        text, hits = result
        self.query = text
        self.results.emit(text, hits)
