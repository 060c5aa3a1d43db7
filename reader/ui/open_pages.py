"""The open pages, in date order, and each one as shown in the current script.

Conversion runs on workers (the page being read first); the converted pages
are kept until the script changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.core.model import Article, Page
from reader.core.page.shown import convert_page
from reader.core.text.script import Script
from reader.ui.engine import TextEngine
from reader.ui.workers import TaskKind, WorkerPool

Key = tuple[str, int]


def page_order(page: Page) -> tuple[bool, str, str]:
    """Dated pages first, by date, then by path."""
    return (page.date is None, page.date.isoformat() if page.date else "", page.path)


class OpenPages(QObject):
    #: (script, paths) whose converted text just arrived.
    converted = Signal(object, object)

    def __init__(self, workers: WorkerPool, engine: TextEngine, script: Script,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.engine = engine
        self.script = script
        self.pages: list[Page] = []
        self._shown: dict[str, Page] = {}

    def add(self, pages: list[Page]) -> None:
        """Add (or replace) *pages*, keeping the date order."""
        by_path = {p.path: p for p in self.pages}
        for p in pages:
            by_path[p.path] = p
            self._shown.pop(p.path, None)
        self.pages = sorted(by_path.values(), key=page_order)

    def page(self, path: str) -> Page | None:
        return next((p for p in self.pages if p.path == path), None)

    def index(self, path: str | None) -> int:
        return next((i for i, p in enumerate(self.pages) if p.path == path), -1)

    def shown(self, path: str) -> Page | None:
        """The page in the script shown (as printed until its conversion arrives)."""
        return self._shown.get(path) or self.page(path)

    def is_converted(self, path: str) -> bool:
        return path in self._shown

    def shown_article(self, key: Key | None) -> Article | None:
        if key is None:
            return None
        page = self.shown(key[0])
        if page is None or not 0 <= key[1] < len(page.articles):
            return None
        return page.articles[key[1]]

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
