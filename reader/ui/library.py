"""The persistent library, as the window holds it.

:class:`LibraryKeeper` opens the library on a worker, hands it to the search
(``LibraryFirstSearch``), adds the pages the user opens in the background,
adds folders the user accepts with a progress bar (both in a child process,
see :class:`reader.ui.indexing.IndexRunner`), lists the library's pages for
the panel and survives a library that is damaged or cannot be opened at all:
it says so and the window goes on searching its open pages.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.library.backends import LibraryFirstSearch
from reader.ui.i18n import tr
from reader.ui.indexing import IndexJob, IndexRunner, IndexStatus
from reader.ui.models import PageListModel, PageRow, library_page_rows
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.core.library.facade import Library

#: Pages opened within this long are indexed by one child process, which
#: starts only once the window's worker is idle (the page shown, converted):
#: on two cores a third busy process would slow the window's own work.
BATCH_MS = 500


class LibraryKeeper(QObject):
    state_changed = Signal(str)        # "opening", "ready", "unavailable"
    reported = Signal(str)             # a problem for the error bar
    said = Signal(str)                 # a status-bar message
    pages_listed = Signal()            # the panel's model was refilled
    index_started = Signal(object)     # IndexJob
    index_progressed = Signal(object)  # IndexStatus
    index_finished = Signal(object, str)
    damaged = Signal(str)              # from a search worker: the file turned out broken

    def __init__(self, workers: WorkerPool, search: LibraryFirstSearch,
                 path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from reader.core.paths import default_library_path

        self.workers = workers
        self.search = search
        self.path = path if path is not None else default_library_path()
        self.model = PageListModel()
        self.lib: Library | None = None
        self.state = "closed"
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
        self.damaged.connect(self.on_damaged)
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
        if self.state != "closed":
            return
        self._set_state("opening")
        path = self.path
        self.workers.submit(TaskKind.LIBRARY_OPEN, lambda: _open(path), self._on_opened,
                            self._on_open_failed)

    def _on_opened(self, result: tuple[Library, list[str], list[str]]) -> None:
        lib, stale, salvaged = result
        self.lib = lib
        self.search.library = lib
        self._set_state("ready")
        rec = lib.recovery
        if rec is not None:
            self.reported.emit(tr("errors", "The library was damaged; it was set aside and "
                                   "rebuilt: %1", rec.message))
            if salvaged:
                self.runner.add(salvaged, visible=True)
        if stale:
            self.runner.add(stale)
        self._flush()
        self.refresh_pages()

    def _on_open_failed(self, err: Exception) -> None:
        self.lib = None
        self.search.library = None
        self._set_state("unavailable")
        self._pending.clear()
        self.reported.emit(tr("errors", "The library cannot be used (%1); search covers "
                               "the open pages only", err))

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def on_damaged(self, message: str) -> None:
        """A search found the file damaged: set it aside and start a new one."""
        if self.state != "ready":
            return
        self.reported.emit(tr("errors", "The library is damaged (%1); searching the open "
                               "pages until it is rebuilt", message))
        old, self.lib = self.lib, None
        self.search.library = None
        self.runner.cancel()
        self._set_state("opening")
        path = self.path

        def reopen() -> tuple[Library, list[str], list[str]]:
            from reader.core.library.facade import Library

            if old is not None:
                old.close()
            return _opened(Library.reopen_damaged(path, message))

        self.workers.submit(TaskKind.LIBRARY_OPEN, reopen, self._on_opened, self._on_open_failed)

    # ---- adding pages ------------------------------------------------------------
    def pages_opened(self, paths: list[str]) -> None:
        """Pages the user opened: into the library, quietly, soon."""
        if self.state == "unavailable":
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
        if self.lib is None or not self._pending:
            return
        paths, self._pending = self._pending, []
        self.runner.add(paths)

    def _is_withheld(self, path: str) -> bool:
        """By the path's text (no file system call on the GUI thread): the pages of
        a folder are opened under the folder's path as given, which is withheld
        along with its real path."""
        return any(path.startswith(f.rstrip(os.sep) + os.sep) for f in self.withheld)

    def folder_opened(self, folder: str) -> bool:
        """The user opened *folder*: whether to offer adding it to the library.
        A folder the library already knows is brought up to date quietly."""
        if self.lib is None:
            return False
        real = os.path.realpath(folder)
        if real in self.withheld:
            return False
        try:
            known = self.lib.pages_under(real)
        except Exception as err:  # a damaged file: reported by the next search
            self.said.emit(tr("errors", "Library error: %1", err))
            return False
        if known:
            self.runner.add([real], folders=True)
            return False
        self.withheld.update({real, folder})
        return True

    def add_folder(self, folder: str) -> None:
        """The user accepted: index *folder* with a progress bar."""
        real = os.path.realpath(folder)
        self.withheld.difference_update({real, folder})
        if self.state == "unavailable":
            self.reported.emit(tr("errors", "The library cannot be used"))
            return
        self.runner.add([real], visible=True, folders=True)

    def cancel(self) -> bool:
        return self.runner.cancel()

    def on_runner_finished(self, job: IndexJob, status: str) -> None:
        if status.startswith("failed"):
            self.reported.emit(tr("errors", "Indexing failed (%1)", status[8:]))
        self.refresh_pages()
        self.index_finished.emit(job, status)

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

        self.workers.submit(TaskKind.LIBRARY_PAGES, work, self._on_pages, self._on_pages_failed)

    def _on_pages(self, result: tuple[list[PageRow], tuple[int, int], dict[str, int]]) -> None:
        rows, self.counts, unread = result
        if rows != self.model.page_rows():
            self.model.set_rows(rows, -1)
        self.model.set_unread(unread)
        self.pages_listed.emit()

    def _on_pages_failed(self, err: Exception) -> None:
        from reader.core.library.facade import LibraryDamagedError

        if isinstance(err, LibraryDamagedError):
            self.on_damaged(str(err))
        else:
            self.said.emit(tr("errors", "Library error: %1", err))

    def shutdown(self) -> None:
        """The window is closing: stop the indexer; close the library once no
        worker can be using it (closing a connection in use could crash)."""
        self._batch.stop()
        self.runner.finished.disconnect(self.on_runner_finished)
        self.runner.shutdown()
        lib, self.lib = self.lib, None
        self.search.library = None
        self.state = "closed"
        if lib is not None and self.workers.wait(2000):
            lib.close()


def _open(path: Path) -> tuple[Library, list[str], list[str]]:
    """Open the library; a file found damaged while opening is set aside."""
    from reader.core.library.facade import Library, LibraryDamagedError

    try:
        lib = Library.open(path)
    except LibraryDamagedError as err:
        if not path.is_file():
            raise
        lib = Library.reopen_damaged(path, str(err))
    return _opened(lib)


def _opened(lib: Library) -> tuple[Library, list[str], list[str]]:
    """(library, pages an older parser read, pages of a damaged file still there):
    what to index again, found on the worker."""
    rec = lib.recovery
    salvaged = [p for p in rec.salvaged_paths if os.path.exists(p)] if rec else []
    return lib, lib.stale_pages(), salvaged
