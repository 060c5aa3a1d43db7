"""Taking text out of the reader: copy (``y``/``Y``), print and export.

:class:`ExportCommands` carries out those actions for the controller (which
keeps one handler per action id and calls these); the files are written by
:class:`reader.ui.exporting.Exporter` on a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader import APP_NAME
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.core.export import ExportItem
    from reader.ui.controller import ReaderController
    from reader.ui.exporting import Exporter


class ExportCommands:
    """Copy, print and export the article, the page, the starred articles or the hits."""

    def __init__(self, controller: ReaderController) -> None:
        self.c = controller
        self._exporter: Exporter | None = None

    def copy_article(self, markdown: bool) -> None:
        """``y`` / ``Y``: the article shown, as plain text or Markdown, in its script."""
        from reader.core.export import article_markdown, article_text

        art = self.c.shown_article()
        if art is None:
            self.c.say(tr("status", "No article"))
            return
        self.c._view().set_clipboard(article_markdown(art) if markdown else article_text(art))
        self.c.say(tr("status", "Copied as Markdown") if markdown
                 else tr("status", "Article copied"))

    def print_article(self) -> None:
        from reader.core.export import article_markdown

        art = self.c.shown_article()
        if art is None:
            self.c.say(tr("status", "No article"))
            return
        self.c._view().print_markdown(article_markdown(art), art.title)

    @property
    def exporter(self) -> Exporter:
        """Writes export files (made on first use)."""
        if self._exporter is None:
            from reader.ui.exporting import Exporter

            self._exporter = Exporter(self.c.workers, self.c)
            self._exporter.written.connect(self.on_exporter_written)
            self._exporter.failed.connect(self.c.report_error)
        return self._exporter

    def export(self) -> None:
        """Ask what to export and where; write it on a worker."""
        from reader.ui.exporting import SCOPES

        art = self.c.shown_article()
        name = art.title if art is not None else APP_NAME
        if self.c.list_kind == "starred":
            first = "starred"
        elif self.c.search_hits is not None:
            first = "search"
        else:
            first = "article"
        scopes = sorted(SCOPES, key=lambda s: s[0] != first)
        answer = self.c._view().ask_export(list(scopes), name)
        if answer is None:
            return
        self.export_to(*answer)

    def export_to(self, scope: str, path: str) -> None:
        from reader.ui.exporting import ExportJob, format_of

        fmt, path = format_of(path)
        made = self._export_items(scope)
        if made is None:
            return
        gather, heading = made
        self.exporter.export(ExportJob(gather, fmt, path, self.c.script, heading))
        self.c.say(tr("status", "Exporting to %1…", path))

    def _export_items(self, scope: str) -> tuple[Callable[[], list[ExportItem]], str] | None:
        from reader.core.export import ExportItem, page_items, starred_items

        page = self.c.page_by_path(self.c.current[0]) if self.c.current else None
        lib = self.c.library.lib if self.c.library is not None else None
        if scope in ("article", "page"):
            if page is None or self.c.current is None or not page.articles:
                self.c.say(tr("status", "No article"))
                return None
            if scope == "page":
                return (lambda: page_items(page)), page.name
            art = page.articles[self.c.current[1]]
            item = ExportItem(page.path, page.name, page.date, art)
            return (lambda: [item]), art.title
        if scope == "starred":
            if lib is None:
                self.c.say(tr("status", "The library is not open"))
                return None
            return (lambda: starred_items(lib)), tr("status", "Starred")
        keys = list(self.c.search_hits or [])
        if not keys:
            self.c.say(tr("status", "No search results"))
            return None
        pages = {p.path: p for p in self.c.pages}
        hits = dict(self.c._hit_info)

        def gather() -> list[ExportItem]:
            out: list[ExportItem] = []
            for path, i in keys:
                p = pages.get(path)
                if p is not None and 0 <= i < len(p.articles):
                    out.append(ExportItem(p.path, p.name, p.date, p.articles[i]))
                elif lib is not None and (a := lib.article(path, i)) is not None:
                    hit = hits.get((path, i))
                    out.append(ExportItem(path, hit.page_name if hit else "",
                                          hit.page_date if hit else None, a))
            return out

        return gather, tr("status", "Search: %1", self.c.search.query)

    def on_exporter_written(self, path: str, n: int) -> None:
        self.c.say(tr("status", "Exported %1 article(s) to %2", n, path))
