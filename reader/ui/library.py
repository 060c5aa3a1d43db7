"""The persistent library, as the window holds it.

:class:`LibraryKeeper` opens the library on a worker, hands it to the search
(``LibraryFirstSearch``), adds the pages the user opens in the background,
adds folders the user accepts with a progress bar (both in a child process,
see :class:`reader.ui.indexing.IndexRunner`), lists the library's pages for
the panel and survives a library that is damaged or cannot be opened at all:
it says so and the window goes on searching its open pages.  A library it
cannot write (the disk full, a read-only folder) is opened for reading and
nothing is indexed into it; one that is locked or cannot be read is reported
for what it is; only a library a thorough check finds damaged is set aside
(with everything readable carried over).  It never asks the library
anything, nor the file system, on the GUI thread.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.library.backends import LibraryFirstSearch
from reader.ui.indexing import IndexJob, IndexOutcome, IndexRunner, IndexStatus
from reader.ui.models import PageListModel, PageRow, library_page_rows
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.core.library.facade import Library
    from reader.core.problems import LibraryProblem, SearchIndexProblem
    from reader.ui.problems import Problem

#: Pages opened within this long are indexed by one child process, which
#: starts only once the window's worker is idle (the page shown, converted):
#: on two cores a third busy process would slow the window's own work.
BATCH_MS = 500


class LibraryState(enum.StrEnum):
    CLOSED = "closed"
    OPENING = "opening"
    READY = "ready"
    UNAVAILABLE = "unavailable"


class LibraryKeeper(QObject):
    state_changed = Signal(object)     # LibraryState
    reported = Signal(object)          # a Problem for the error bar
    said = Signal(str)                 # a line for the status bar (from the indexer)
    pages_listed = Signal()            # the panel's model was refilled
    #: (folder as opened, its real path): a folder the library does not know
    #: was opened; the window may offer to add it.
    folder_offered = Signal(str, str)
    index_started = Signal(object)     # IndexJob
    index_progressed = Signal(object)  # IndexStatus
    index_finished = Signal(object, object)  # IndexJob, IndexOutcome
    damaged = Signal(str)              # from a search worker: the file turned out broken
    index_noticed = Signal(object)     # from a search worker: a SearchIndexProblem

    def __init__(self, workers: WorkerPool, search: LibraryFirstSearch,
                 path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from reader.core.paths import default_library_path

        self.workers = workers
        self.search = search
        self.path = path if path is not None else default_library_path()
        self.model = PageListModel()
        self.lib: Library | None = None
        self.state = LibraryState.CLOSED
        self.counts = (0, 0)
        self.runner = IndexRunner(self.path, self)
        #: Folders the user was offered (or declined) to add: their pages are
        #: not added one by one as they are opened.
        self.withheld: set[str] = set()
        self._pending: list[str] = []
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(BATCH_MS)
        self._batch.timeout.connect(self.on_batch_timeout)
        search.on_damage = self.damaged.emit   # queued to this thread by Qt
        search.on_index = self.index_noticed.emit
        self.damaged.connect(self.on_damaged)
        self.index_noticed.connect(self._report)
        self.runner.started.connect(self.index_started)
        self.runner.progressed.connect(self.index_progressed)
        self.runner.finished.connect(self.on_runner_finished)
        self.runner.message.connect(self.on_runner_message)

    # ---- opening -----------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self.lib is not None

    def start(self) -> None:
        """Open the library on a worker (once)."""
        if self.state is not LibraryState.CLOSED:
            return
        self._set_state(LibraryState.OPENING)
        path = self.path
        self.workers.submit(TaskKind.LIBRARY_OPEN, lambda: _open(path), self._on_opened,
                            self._on_open_failed)

    def _on_opened(self, opened: Opened) -> None:
        lib = self.lib = opened.lib
        self.search.library = lib
        self._set_state(LibraryState.READY)
        rec = lib.recovery
        if rec is not None:
            from reader.core.problems import LibraryRecovered  # problems load when they happen

            self._report(LibraryRecovered(rec.reason, rec.set_aside_as.name, rec.all_pages,
                                          rec.marks))
        if opened.index is not None:
            self._report(opened.index)
        if opened.why is not None:
            self._report(opened.why)
            self._pending.clear()
        else:
            if opened.salvaged:
                self.runner.add(opened.salvaged, visible=True)
            if opened.stale:
                self.runner.add(opened.stale)
        self._flush()
        self.refresh_pages()

    def _on_open_failed(self, err: Exception) -> None:
        self.lib = None
        self.search.library = None
        self._set_state(LibraryState.UNAVAILABLE)
        self._pending.clear()
        self._report(_problem(err, self.path))

    @property
    def writable(self) -> bool:
        """Whether pages can be added (the library is open, and not read-only)."""
        return self.lib is not None and not self.lib.read_only

    def _set_state(self, state: LibraryState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _report(self, problem: Problem) -> None:
        self.reported.emit(problem)

    def on_damaged(self, message: str) -> None:
        """A search or a question found the file damaged: check it whole on a
        worker; only if it really is damaged is it set aside (what it held
        carried over to a new one, and said); a sound one is opened again."""
        if self.state is not LibraryState.READY:
            return
        old, self.lib = self.lib, None
        self.search.library = None
        self.runner.cancel()
        self._set_state(LibraryState.OPENING)
        path = self.path

        def reopen() -> Opened:
            from reader.core.library.facade import Library

            if old is not None:
                old.close()
            return _opened(Library.reopen_damaged(path, message))

        self.workers.submit(TaskKind.LIBRARY_OPEN, reopen, self._on_opened,
                            self._on_open_failed)

    # ---- adding pages ------------------------------------------------------------
    def pages_opened(self, paths: list[str]) -> None:
        """Pages the user opened: into the library, quietly, soon."""
        if self.state is LibraryState.UNAVAILABLE or (self.lib is not None and not self.writable):
            return
        self._pending.extend(p for p in paths if not self._is_withheld(p))
        if self._pending:
            self._batch.start()

    def on_batch_timeout(self) -> None:
        if self.workers.busy():
            self._batch.start()   # the window is still busy with its own work
            return
        self._flush()

    def _flush(self) -> None:
        if not self.writable or not self._pending:
            return
        paths, self._pending = self._pending, []
        self.runner.add(paths)

    def _is_withheld(self, path: str) -> bool:
        """By the path's text (no file system call on the GUI thread): the pages of
        a folder are opened under the folder's path as given, which is withheld
        along with its real path."""
        return any(path.startswith(f.rstrip(os.sep) + os.sep) for f in self.withheld)

    def folder_opened(self, folder: str) -> None:
        """The user opened *folder*: a folder the library knows is brought up to
        date quietly; for one it does not, :attr:`folder_offered` is emitted (the
        window offers to add it).  The lookup runs on a worker."""
        lib = self.lib
        if lib is None or lib.read_only:
            return
        before = set(self.withheld)
        # Until the answer comes, its pages (opening now) are not added one by one.
        self.withheld.add(folder)

        def work() -> tuple[str, int]:
            real = os.path.realpath(folder)
            return real, lib.pages_under(real)

        def done(result: tuple[str, int]) -> None:
            real, known = result
            if before & {real, folder}:
                return   # offered before: declined, or being added
            if known:
                self.withheld.discard(folder)
                self.runner.add([real], folders=True)
                return
            self.withheld.add(real)
            self.folder_offered.emit(folder, real)

        self.workers.submit(TaskKind.LIBRARY_FOLDER, work, done,
                            self._failed(TaskKind.LIBRARY_FOLDER),
                            exclusive=False)

    def add_folder(self, folder: str, real: str | None = None) -> None:
        """The user accepted: index *folder* with a progress bar.  *real*: its real
        path, when known (else it is found on a worker)."""
        if real is None:
            self.workers.submit(TaskKind.LIBRARY_FOLDER, lambda: os.path.realpath(folder),
                                lambda found: self.add_folder(folder, found), exclusive=False)
            return
        self.withheld.difference_update({real, folder})
        if self.state is LibraryState.UNAVAILABLE or (self.lib is not None and not self.writable):
            from reader.ui.problems import LibraryUnavailable

            self._report(LibraryUnavailable(""))
            return
        self.runner.add([real], visible=True, folders=True)

    def cancel(self) -> bool:
        return self.runner.cancel()

    def on_runner_finished(self, job: IndexJob, outcome: IndexOutcome, detail: str) -> None:
        if outcome is IndexOutcome.FAILED:
            from reader.ui.problems import IndexFailed

            self._report(IndexFailed(detail))
        self.refresh_pages()
        self.index_finished.emit(job, outcome)

    def on_runner_message(self, line: str) -> None:
        if line.startswith("reader: "):
            self.said.emit(line[len("reader: "):])

    @property
    def index_status(self) -> IndexStatus | None:
        return self.runner.status

    # ---- the panel ---------------------------------------------------------------
    def refresh_pages(self) -> None:
        """List the library's pages (on a worker) into :attr:`model`."""
        lib = self.lib
        if lib is None:
            return

        def work() -> tuple[list[PageRow], tuple[int, int], dict[str, int]]:
            pages = lib.pages()
            rows = library_page_rows(
                [(p.path, p.name, p.folder, p.date, p.article_count) for p in pages])
            return rows, lib.counts(), lib.unread_counts()

        self.workers.submit(TaskKind.LIBRARY_PAGES, work, self._on_pages,
                            self._failed(TaskKind.LIBRARY_PAGES))

    def _on_pages(self, result: tuple[list[PageRow], tuple[int, int], dict[str, int]]) -> None:
        rows, self.counts, unread = result
        if rows != self.model.page_rows():
            self.model.set_rows(rows, -1)
        self.model.set_unread(unread)
        self.pages_listed.emit()

    def _failed(self, kind: TaskKind) -> Callable[[Exception], None]:
        """A question to the library failed: the file is damaged (set it aside),
        or say what went wrong."""
        def failed(err: Exception) -> None:
            from reader.core.library.faults import LibraryDamagedError, about_library
            from reader.ui.problems import TaskFailed

            problem = about_library(err, self.path) or err
            if isinstance(problem, LibraryDamagedError):
                self.on_damaged(str(problem))
            else:
                self._report(TaskFailed(kind, problem))
        return failed

    def shutdown(self) -> None:
        """The window is closing: stop the indexer; close the library once no
        worker can be using it (closing a connection in use could crash)."""
        self._batch.stop()
        self.runner.finished.disconnect(self.on_runner_finished)
        self.runner.shutdown()
        lib, self.lib = self.lib, None
        self.search.library = None
        self.state = LibraryState.CLOSED
        if lib is not None and self.workers.wait(2000):
            lib.close()


#: (library, pages an older parser read, pages of a damaged file to read again,
#: why it is open for reading only).
@dataclass(frozen=True, slots=True)
class Opened:
    """A library opened on a worker, with what the window does next: pages to
    index again (*stale*: parsed by an older parser; *salvaged*: a rebuilt
    library could not carry), why it is read-only (*why*), and what to say of
    its search index (*index*)."""

    lib: Library
    stale: list[str]
    salvaged: list[str]
    why: LibraryProblem | None
    index: SearchIndexProblem | None


def _open(path: Path) -> Opened:
    """Open the library (a file found damaged is set aside, what it held carried
    over to a new one); one that cannot be written is opened for reading."""
    from reader.core.library.facade import Access, Fault, Library, LibraryError
    from reader.core.problems import LibraryProblem

    try:
        return _opened(Library.open_or_rebuild(path))
    except LibraryError as err:
        if err.fault not in (Fault.FULL, Fault.READ_ONLY):
            raise
        why = LibraryProblem(err.fault, str(path), read_only=True)
    return _opened(Library.open(path, access=Access.READ), why)


def _opened(lib: Library, why: LibraryProblem | None = None) -> Opened:
    """What to index again, and what to say of the search index (found
    damaged and made again on opening), found on the worker."""
    index = lib.index_notice()
    if lib.read_only:
        return Opened(lib, [], [], why, index)
    return Opened(lib, lib.stale_pages(), lib.salvaged_pages(), why, index)


def _problem(err: Exception, path: Path) -> Problem:
    """Why the library could not be opened, for the error bar."""
    from reader.core.library.faults import LibraryError, about_library, library_error
    from reader.core.problems import LibraryProblem
    from reader.ui.problems import LibraryUnavailable

    if isinstance(err, OSError):   # anything the system said while opening it
        err = library_error(err, path)
    err = about_library(err, path) or err
    if isinstance(err, LibraryError) and err.fault is not None:
        return LibraryProblem(err.fault, str(path), err.detail or str(err))
    return LibraryUnavailable(str(err))
