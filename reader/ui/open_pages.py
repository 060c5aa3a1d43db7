"""The open pages, in date order, and each one as shown in the current script.

Opening (reading and parsing files) and conversion run on workers; the
answers come back through :attr:`OpenPages.opened` and
:attr:`OpenPages.converted`, which the command runner hands to their handlers.

A page is shown only in the script shown, never as printed first: the task
that opens pages also converts them (loading the one converter needed, on
its worker), so a page arrives ready to show.  Converted pages are kept until
the script changes; while the pages are converted to a new script, the ones
of the script before stay shown (:meth:`OpenPages.shown`), never the printed text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.core.model import Article, ArticleRef, Page
from reader.core.page.shown import convert_page
from reader.core.text.script import Script
from reader.ui.engine import TextEngine
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    # Imported on the worker that opens pages: it loads the parser (slow).
    from reader.core.opening import Opened


def converted(engine: TextEngine, script: Script, pages: list[Page]
              ) -> tuple[Script, dict[str, Page]]:
    """*pages* in *script*, by path (on a worker: loads the converter if need be)."""
    engine.prepare(script)
    conv = engine.converter(script)
    return script, {p.path: convert_page(p, conv) for p in pages}


def page_order(page: Page) -> tuple[bool, str, str]:
    """Dated pages first, by date, then by path."""
    return (page.date is None, page.date.isoformat() if page.date else "", page.path)


@dataclass(slots=True)
class OpenBatch:
    """Requests that answer one action (the page to show first, then the rest):
    what they opened is said once, in total, when the last one answers."""

    requests: int
    answered: int = 0
    pages: int = 0
    articles: int = 0

    def add(self, pages: list[Page]) -> bool:
        """Count one request's pages; True when it was the last one."""
        self.answered += 1
        self.pages += len(pages)
        self.articles += sum(len(p.articles) for p in pages)
        return self.answered >= self.requests


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """What to do once the pages asked for are open: show *select* (else the
    first new page, or with *keep_current* what is shown now), scrolled to
    *scroll*.  *restoring*: the last session's pages (files that are gone since
    are left out without a word)."""

    paths: tuple[str, ...]
    select: ArticleRef | None = None
    scroll: int | None = None
    keep_current: bool = False
    restoring: bool = False
    batch: OpenBatch | None = None


class OpenPages(QObject):
    #: (Opened, OpenRequest): pages read for a request (or the problems met).
    opened = Signal(object, object)
    #: (script, paths) whose converted text just arrived.
    converted = Signal(object, object)

    def __init__(self, workers: WorkerPool, engine: TextEngine, script: Script,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.engine = engine
        self.script = script
        self.pages: list[Page] = []
        #: Each open page's real path (how the library names its file).
        self.real_paths: dict[str, str] = {}
        #: The pages in the script shown; those of the script before, until
        #: their conversion arrives; conversions that came with opened pages.
        self._shown: dict[str, Page] = {}
        self._before: dict[str, Page] = {}
        self._arrived: dict[str, tuple[Script, Page]] = {}

    # ---- opening ---------------------------------------------------------------
    def request(self, request: OpenRequest) -> None:
        """Read the pages of *request* on a worker, converted to the script
        shown; :attr:`opened` tells when."""
        paths, restoring = list(request.paths), request.restoring
        script, engine = self.script, self.engine

        def work() -> tuple[Opened, Script, dict[str, Page]]:
            from reader.core.opening import open_paths

            opened = open_paths(paths, skip_missing=restoring)
            return (opened, *converted(engine, script, opened.pages))

        self.workers.submit(TaskKind.OPEN, work, lambda answer: self._on_opened(request, *answer),
                            exclusive=False)

    def _on_opened(self, request: OpenRequest, opened: Opened, script: Script,
                   shown: dict[str, Page]) -> None:
        self._arrived.update({path: (script, page) for path, page in shown.items()})
        self.opened.emit(opened, request)

    def add(self, opened: Opened) -> None:
        """Add (or replace) the pages opened, keeping the date order; with them
        their conversion to the script shown, if it came along."""
        by_path = {p.path: p for p in self.pages}
        for p in opened.pages:
            by_path[p.path] = p
            self._shown.pop(p.path, None)
            self._before.pop(p.path, None)
            script, converted = self._arrived.pop(p.path, (None, None))
            if script == self.script and converted is not None:
                self._shown[p.path] = converted
        self.real_paths.update(opened.real_paths)
        self.pages = sorted(by_path.values(), key=page_order)

    def clear(self) -> None:
        self.pages, self._shown, self._before = [], {}, {}

    def aliases(self) -> dict[str, str]:
        """Real path → the path an open page is known by (no file system call)."""
        return {self.real_paths.get(p.path, p.path): p.path for p in self.pages}

    def known_as(self, path: str) -> str | None:
        """The open page a path names (as opened, or by its real path), if any."""
        if self.page(path) is not None:
            return path
        return self.aliases().get(path)

    # ---- what is open ----------------------------------------------------------
    def page(self, path: str) -> Page | None:
        return next((p for p in self.pages if p.path == path), None)

    def index(self, path: str | None) -> int:
        return next((i for i, p in enumerate(self.pages) if p.path == path), -1)

    def shown(self, path: str) -> Page | None:
        """The page in the script shown (in the script before while it is being
        converted; None until it has been converted once: never as printed)."""
        return self._shown.get(path) or self._before.get(path)

    def shown_article(self, ref: ArticleRef | None) -> Article | None:
        if ref is None:
            return None
        page = self.shown(ref.path)
        if page is None or not 0 <= ref.index < len(page.articles):
            return None
        return page.articles[ref.index]

    # ---- conversion ------------------------------------------------------------
    def set_script(self, script: Script, first: str | None) -> None:
        """Show *script* from now on (the pages converted on workers, *first*
        first; until then each page stays in the script it was shown in)."""
        self.script = script
        if self._shown:
            self._before = {**self._before, **self._shown}
        self._shown = {}
        self.convert(first)

    def converting(self, path: str | None) -> bool:
        """Whether the page *path* is not shown in the script shown yet."""
        return path is not None and self.page(path) is not None and path not in self._shown

    def convert(self, first: str | None) -> None:
        """Convert every page not converted yet, the page *first* before the others."""
        if not self.pages:
            return
        if first is not None:
            self.convert_one(first)
        script, engine = self.script, self.engine
        todo = [p for p in self.pages if p.path not in self._shown and p.path != first]
        if todo:
            self.workers.submit(
                TaskKind.CONVERT,
                lambda: converted(engine, script, todo), self._on_converted)

    def convert_one(self, path: str) -> None:
        page = self.page(path)
        if page is None or path in self._shown:
            return
        script, engine = self.script, self.engine
        # One question per page: switching pages quickly keeps each one's answer.
        self.workers.submit(TaskKind.CONVERT,
                            lambda: converted(engine, script, [page]),
                            self._on_converted, key=path)

    def _on_converted(self, result: tuple[Script, dict[str, Page]]) -> None:
        script, pages = result
        if script != self.script:
            return
        fresh = {k for k in pages if self.page(k) is not None and k not in self._shown}
        self._shown.update({k: pages[k] for k in fresh})
        for k in fresh:
            self._before.pop(k, None)
        if fresh:
            self.converted.emit(script, fresh)

