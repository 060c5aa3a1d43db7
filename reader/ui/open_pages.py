"""The open pages, in date order, and each one as shown in the current script.

Opening (reading and parsing files) and conversion run on workers; the
answers come back through :attr:`OpenPages.opened` and
:attr:`OpenPages.converted`, which the command runner hands to their handlers.
Converted pages are kept until the script changes.
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


def page_order(page: Page) -> tuple[bool, str, str]:
    """Dated pages first, by date, then by path."""
    return (page.date is None, page.date.isoformat() if page.date else "", page.path)


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
        self._shown: dict[str, Page] = {}

    # ---- opening ---------------------------------------------------------------
    def request(self, request: OpenRequest) -> None:
        """Read the pages of *request* on a worker; :attr:`opened` tells when."""
        paths, restoring = list(request.paths), request.restoring

        def work() -> Opened:
            from reader.core.opening import open_paths

            return open_paths(paths, skip_missing=restoring)

        self.workers.submit(TaskKind.OPEN, work, lambda opened: self.opened.emit(opened, request),
                            exclusive=False)

    def add(self, opened: Opened) -> None:
        """Add (or replace) the pages opened, keeping the date order."""
        by_path = {p.path: p for p in self.pages}
        for p in opened.pages:
            by_path[p.path] = p
            self._shown.pop(p.path, None)
        self.real_paths.update(opened.real_paths)
        self.pages = sorted(by_path.values(), key=page_order)

    def clear(self) -> None:
        self.pages, self._shown = [], {}

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
        """The page in the script shown (as printed until its conversion arrives)."""
        return self._shown.get(path) or self.page(path)

    def is_converted(self, path: str) -> bool:
        return path in self._shown

    def shown_article(self, ref: ArticleRef | None) -> Article | None:
        if ref is None:
            return None
        page = self.shown(ref.path)
        if page is None or not 0 <= ref.index < len(page.articles):
            return None
        return page.articles[ref.index]

    # ---- conversion ------------------------------------------------------------
    def set_script(self, script: Script, first: str | None) -> None:
        self.script = script
        self._shown.clear()
        self.convert(first)

    def convert(self, first: str | None) -> None:
        """Convert every page not converted yet, the page *first* before the others."""
        if not self.engine.has_converter or not self.pages:
            return
        if first is not None:
            self.convert_one(first)
        script = self.script
        conv = self.engine.converter(script)
        todo = [p for p in self.pages if p.path not in self._shown and p.path != first]
        if todo:
            self.workers.submit(
                TaskKind.CONVERT,
                lambda: (script, {p.path: convert_page(p, conv) for p in todo}),
                self._on_converted)

    def convert_one(self, path: str) -> None:
        page = self.page(path)
        if page is None or path in self._shown or not self.engine.has_converter:
            return
        script = self.script
        conv = self.engine.converter(script)
        # One question per page: switching pages quickly keeps each one's answer.
        self.workers.submit(TaskKind.CONVERT,
                            lambda: (script, {path: convert_page(page, conv)}),
                            self._on_converted, key=path)

    def _on_converted(self, result: tuple[Script, dict[str, Page]]) -> None:
        script, pages = result
        if script != self.script:
            return
        fresh = {k for k in pages if self.page(k) is not None and k not in self._shown}
        self._shown.update({k: pages[k] for k in fresh})
        if fresh:
            self.converted.emit(script, fresh)

