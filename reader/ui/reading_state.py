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

from reader.core.model import ArticleRef, MarkKind, Page, PendingMark
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.core.library.facade import Library
    from reader.core.library.reading import PageReading, StarredArticle
    from reader.ui.library import LibraryKeeper, LibraryState

#: How long an article must be shown before it counts as read.
READ_AFTER_MS = 1000

Mark = tuple[ArticleRef, MarkKind]


class ReadingKeeper(QObject):
    changed = Signal()        # the read or starred state of an open article changed
    written = Signal()        # changes reached the library

    def __init__(self, workers: WorkerPool, library: LibraryKeeper | None,
                 open_paths: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        #: The pages whose state the window wants (the open pages).
        self.open_paths = open_paths
        self.library = library
        self._marks: dict[MarkKind, dict[str, set[int]]] = {k: {} for k in MarkKind}
        #: Changes the library could not take yet.
        self._pending: dict[Mark, bool] = {}
        self._shown: ArticleRef | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_AFTER_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        if library is not None:
            library.state_changed.connect(self.on_library_state_changed)
            library.index_finished.connect(self.on_library_index_finished)

    # ---- what the window asks ---------------------------------------------------------------
    def is_marked(self, ref: ArticleRef, kind: MarkKind) -> bool:
        return ref.index in self._marks[kind].get(ref.path, ())

    def is_read(self, ref: ArticleRef) -> bool:
        return self.is_marked(ref, MarkKind.READ)

    def is_starred(self, ref: ArticleRef) -> bool:
        return self.is_marked(ref, MarkKind.STAR)

    def marked(self, kind: MarkKind) -> frozenset[ArticleRef]:
        return frozenset(ArticleRef(p, i) for p, s in self._marks[kind].items() for i in s)

    def read_refs(self) -> frozenset[ArticleRef]:
        return self.marked(MarkKind.READ)

    def starred_refs(self) -> frozenset[ArticleRef]:
        return self.marked(MarkKind.STAR)

    def unread_of(self, path: str, total: int) -> int:
        read = self._marks[MarkKind.READ].get(path, ())
        return max(0, total - len({i for i in read if i < total}))

    def next_unread(self, after: ArticleRef, rows: Sequence[ArticleRef],
                    later: Iterable[Page] = ()) -> ArticleRef | None:
        """The first unread article after *after* in *rows* (the list shown), else
        on the pages *later* (in the window's order)."""
        start = rows.index(after) + 1 if after in rows else 0
        for ref in rows[start:]:
            if not self.is_read(ref):
                return ref
        for page in later:
            for i in range(len(page.articles)):
                if not self.is_read(ArticleRef(page.path, i)):
                    return ArticleRef(page.path, i)
        return None

    # ---- shown for a moment → read ----------------------------------------------------------
    def shown(self, ref: ArticleRef | None) -> None:
        """*ref* is shown now: it counts as read once it stays shown a moment."""
        if ref == self._shown and self._timer.isActive():
            return
        self._shown = ref
        self._timer.stop()
        if ref is not None and not self.is_read(ref):
            self._timer.start()

    def on_timer_timeout(self) -> None:
        if self._shown is not None and not self.is_read(self._shown):
            self.set_mark(self._shown, MarkKind.READ, True)

    def stop(self) -> None:
        self._timer.stop()

    # ---- changes ----------------------------------------------------------------------------
    def set_mark(self, ref: ArticleRef, kind: MarkKind, value: bool) -> None:
        self._apply(ref, kind, value)
        if kind is MarkKind.READ and not value and ref == self._shown:
            self._timer.stop()   # unread on purpose: stays unread while shown
        self.changed.emit()
        self._pending[(ref, kind)] = value
        self._flush()

    def toggle(self, ref: ArticleRef, kind: MarkKind) -> bool:
        """Set the mark if it is not, clear it if it is; whether it is set now."""
        value = not self.is_marked(ref, kind)
        self.set_mark(ref, kind, value)
        return value

    def _apply(self, ref: ArticleRef, kind: MarkKind, value: bool) -> None:
        marks = self._marks[kind].setdefault(ref.path, set())
        if value:
            marks.add(ref.index)
        else:
            marks.discard(ref.index)

    def _lib(self) -> Library | None:
        return self.library.lib if self.library is not None else None

    def _flush(self) -> None:
        lib = self._lib()
        if lib is None or not self._pending:
            return
        todo = dict(self._pending)

        def done(written: set[Mark]) -> None:
            for item in written:
                if self._pending.get(item) == todo[item]:
                    del self._pending[item]
            if written:
                self.written.emit()

        self.workers.submit(TaskKind.READING_WRITE, lambda: _apply(lib, todo), done,
                            exclusive=False)

    def pending(self) -> int:
        """Changes not in the library yet (its page not indexed yet)."""
        return len(self._pending)

    def pending_marks(self) -> list[PendingMark]:
        """The changes not in the library yet, to keep in the settings at close."""
        return [PendingMark(ref, kind, value) for (ref, kind), value in self._pending.items()]

    def restore(self, marks: Iterable[PendingMark]) -> None:
        """Changes kept from the last session: shown now, written once the library
        knows their articles."""
        for mark in marks:
            self._pending[(mark.ref, mark.kind)] = mark.value
            self._apply(mark.ref, mark.kind, mark.value)
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

        self.workers.submit(TaskKind.READING_LOAD, work, self._on_loaded, exclusive=False)

    def _on_loaded(self, state: dict[str, PageReading]) -> None:
        for path, reading in state.items():
            if reading.total == 0:
                continue  # not in the library (yet): keep what the window knows
            self._marks[MarkKind.READ][path] = set(reading.read)
            self._marks[MarkKind.STAR][path] = set(reading.starred)
        for (ref, kind), value in self._pending.items():
            self._apply(ref, kind, value)
        self.changed.emit()

    def starred(self, done: Callable[[list[StarredArticle]], None]) -> bool:
        """Ask the library for the starred articles; False when it is not open."""
        lib = self._lib()
        if lib is None:
            return False
        self.workers.submit(TaskKind.STARRED, lib.starred, done)
        return True

    def on_library_state_changed(self, library_state: LibraryState) -> None:
        from reader.ui.library import LibraryState

        if library_state is LibraryState.READY:
            self.reload()

    def on_library_index_finished(self, *_args: object) -> None:
        self._flush()
        self.reload()

    def reload(self) -> None:
        self._flush()
        self.load(self.open_paths())


def _apply(lib: Library, todo: dict[Mark, bool]) -> set[Mark]:
    """Write the changes the library knows the articles of; return those written."""
    from reader.core.library.reading import UnknownArticleError

    written: set[Mark] = set()
    for item, value in todo.items():
        ref, kind = item
        try:
            if kind is MarkKind.READ:
                lib.mark_read(ref.path, ref.index, value)
            else:
                lib.set_starred(ref.path, ref.index, value)
        except UnknownArticleError:
            continue
        written.add(item)
    return written
