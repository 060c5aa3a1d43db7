"""Reading state as the window keeps it: read and starred articles.

The library (:mod:`reader.core.library.reading`) is where the state lives, so it
survives restarts.  :class:`ReadingKeeper` keeps a copy of it for the open
pages (the list dims read articles and marks starred ones from that copy, with
no database call while painting), writes every change through on a worker, and
holds on to changes made to articles the library does not know yet (a page
just opened is indexed a moment later): they are written once indexing ends.

An article counts as read once it has been shown for :data:`READ_AFTER_MS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.model import ArticleRef, MarkKind, PendingMark
from reader.ui.i18n import tr
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.core.library.facade import Library
    from reader.core.library.reading import PageReading, StarredArticle
    from reader.ui.library import LibraryKeeper

Key = tuple[str, int]

#: How long an article must be shown before it counts as read.
READ_AFTER_MS = 1000


class ReadingKeeper(QObject):
    changed = Signal()        # the read or starred state of an open article changed
    written = Signal()        # changes reached the library
    said = Signal(str)        # a status-bar message

    def __init__(self, workers: WorkerPool, library: LibraryKeeper | None,
                 open_paths: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        #: The pages whose state the window wants (the open pages).
        self.open_paths = open_paths
        self.library = library
        self._read: dict[str, set[int]] = {}
        self._starred: dict[str, set[int]] = {}
        #: Changes the library could not take yet: (key, "read"|"star") → value.
        self._pending: dict[tuple[Key, str], bool] = {}
        self._shown: Key | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_AFTER_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        if library is not None:
            library.state_changed.connect(self.on_library_state_changed)
            library.index_finished.connect(self.on_library_index_finished)

    # ---- what the window asks ---------------------------------------------------------------
    def is_read(self, key: Key) -> bool:
        return key[1] in self._read.get(key[0], ())

    def is_starred(self, key: Key) -> bool:
        return key[1] in self._starred.get(key[0], ())

    def read_keys(self) -> frozenset[Key]:
        return frozenset((p, i) for p, s in self._read.items() for i in s)

    def starred_keys(self) -> frozenset[Key]:
        return frozenset((p, i) for p, s in self._starred.items() for i in s)

    def unread_of(self, path: str, total: int) -> int:
        return max(0, total - len({i for i in self._read.get(path, ()) if i < total}))

    def next_unread(self, after: Key, rows: Sequence[Key],
                    later: Iterable[tuple[str, int]] = ()) -> Key | None:
        """The first unread article after *after* in *rows* (the list shown), else
        on the pages *later* ((path, article count) in the window's order)."""
        start = rows.index(after) + 1 if after in rows else 0
        for key in rows[start:]:
            if not self.is_read(key):
                return key
        for path, count in later:
            for i in range(count):
                if not self.is_read((path, i)):
                    return (path, i)
        return None

    # ---- shown for a moment → read ----------------------------------------------------------
    def shown(self, key: Key | None) -> None:
        """*key* is shown now: it counts as read once it stays shown a moment."""
        if key == self._shown and self._timer.isActive():
            return
        self._shown = key
        self._timer.stop()
        if key is not None and not self.is_read(key):
            self._timer.start()

    def on_timer_timeout(self) -> None:
        if self._shown is not None and not self.is_read(self._shown):
            self.set_read(self._shown, True)

    def stop(self) -> None:
        self._timer.stop()

    # ---- changes ----------------------------------------------------------------------------
    def set_read(self, key: Key, read: bool) -> None:
        marks = self._read.setdefault(key[0], set())
        if read:
            marks.add(key[1])
        else:
            marks.discard(key[1])
            if key == self._shown:
                self._timer.stop()   # unread on purpose: stays unread while shown
        self.changed.emit()
        self._write(key, "read", read)

    def toggle_read(self, key: Key) -> bool:
        read = not self.is_read(key)
        self.set_read(key, read)
        return read

    def toggle_star(self, key: Key) -> bool:
        starred = not self.is_starred(key)
        marks = self._starred.setdefault(key[0], set())
        if starred:
            marks.add(key[1])
        else:
            marks.discard(key[1])
        self.changed.emit()
        self._write(key, "star", starred)
        return starred

    def _lib(self) -> Library | None:
        return self.library.lib if self.library is not None else None

    def _write(self, key: Key, what: str, value: bool) -> None:
        self._pending[(key, what)] = value
        self._flush()

    def _flush(self) -> None:
        lib = self._lib()
        if lib is None or not self._pending:
            return
        todo = dict(self._pending)

        def work() -> set[tuple[Key, str]]:
            return _apply(lib, todo)

        def done(written: set[tuple[Key, str]]) -> None:
            for item in written:
                if self._pending.get(item) == todo[item]:
                    del self._pending[item]
            if written:
                self.written.emit()

        self.workers.submit(TaskKind.READING_WRITE, work, done, self._on_failed, exclusive=False)

    def pending(self) -> int:
        """Changes not in the library yet (its page not indexed yet)."""
        return len(self._pending)

    def pending_marks(self) -> list[PendingMark]:
        """The changes not in the library yet, to keep in the settings at close."""
        return [PendingMark(ArticleRef(path, index), MarkKind(what), value)
                for ((path, index), what), value in self._pending.items()]

    def restore(self, marks: Iterable[PendingMark]) -> None:
        """Changes kept from the last session: shown now, written once the library
        knows their articles."""
        for mark in marks:
            path, index, what, value = mark.ref.path, mark.ref.index, mark.kind, mark.value
            self._pending[((path, index), what)] = value
            sets = self._read if what == "read" else self._starred
            if value:
                sets.setdefault(path, set()).add(index)
            else:
                sets.setdefault(path, set()).discard(index)
        self._flush()

    # ---- from the library -------------------------------------------------------------------
    def load(self, paths: Sequence[str]) -> None:
        """Read the state of the pages at *paths* from the library (on a worker)."""
        lib = self._lib()
        if lib is None or not paths:
            return
        paths = list(paths)

        def work() -> dict[str, PageReading]:
            return {p: lib.page_reading(p) for p in paths}

        self.workers.submit(TaskKind.READING_LOAD, work, self._on_loaded, self._on_failed,
                            exclusive=False)

    def _on_loaded(self, state: dict[str, PageReading]) -> None:
        for path, reading in state.items():
            if reading.total == 0:
                continue  # not in the library (yet): keep what the window knows
            self._read[path] = set(reading.read)
            self._starred[path] = set(reading.starred)
        for ((path, index), what), value in self._pending.items():
            marks = (self._read if what == "read" else self._starred).setdefault(path, set())
            if value:
                marks.add(index)
            else:
                marks.discard(index)
        self.changed.emit()

    def starred(self, done: Callable[[list[StarredArticle]], None]) -> bool:
        """Ask the library for the starred articles; False when it is not open."""
        lib = self._lib()
        if lib is None:
            return False
        self.workers.submit(TaskKind.STARRED, lib.starred, done, self._on_failed)
        return True

    def on_library_state_changed(self, state: str) -> None:
        if state == "ready":
            self.reload()

    def on_library_index_finished(self, *_args: object) -> None:
        self._flush()
        self.reload()

    def reload(self) -> None:
        self._flush()
        self.load(self.open_paths())

    def _on_failed(self, err: Exception) -> None:
        self.said.emit(tr("errors", "The reading state was not saved: %1", err))


def _apply(lib: Library, todo: dict[tuple[Key, str], bool]) -> set[tuple[Key, str]]:
    """Write the changes the library knows the articles of; return those written."""
    from reader.core.library.reading import UnknownArticleError

    written: set[tuple[Key, str]] = set()
    for item, value in todo.items():
        (path, index), what = item
        try:
            if what == "read":
                lib.mark_read(path, index, value)
            else:
                lib.set_starred(path, index, value)
        except UnknownArticleError:
            continue
        written.add(item)
    return written
