"""Reading marks and the lists shown instead of a page: the starred articles
(``S``) and the articles of a trend chart's bar (``T``).

:class:`ListingCommands` carries out those actions for the controller, which
keeps one handler per action id, the list state and :meth:`show_listing`.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from reader.core.library.hits import SearchHit
from reader.ui.i18n import tr
from reader.ui.workers import TaskKind

if TYPE_CHECKING:
    from reader.core.library.reading import StarredArticle
    from reader.core.library.trends import TrendRow
    from reader.ui.controller import ReaderController

Key = tuple[str, int]


class ListingCommands:
    """Read/unread and star marks; the starred and trend listings."""

    def __init__(self, controller: ReaderController) -> None:
        self.c = controller

    def _state_key(self) -> Key | None:
        """The article the reading-state keys act on (one that exists)."""
        if self.c.current is None or self.c.shown_article() is None:
            self.c.say(tr("status", "No article"))
            return None
        return self.c.current

    def _unsaved_note(self) -> str:
        lib = self.c.library
        if lib is None or lib.state == "unavailable":
            return tr("status", " (not saved: the library is unavailable)")
        return ""

    def toggle_read(self) -> None:
        key = self._state_key()
        if key is not None:
            read = self.c.reading.toggle_read(key)
            self.c.say((tr("status", "Marked read") if read else tr("status", "Marked unread"))
                       + self._unsaved_note())

    def toggle_star(self) -> None:
        key = self._state_key()
        if key is not None:
            starred = self.c.reading.toggle_star(key)
            self.c.say((tr("status", "★ Starred") if starred else tr("status", "Unstarred"))
                       + self._unsaved_note())

    def show_starred(self) -> None:
        """``S``: the list shows the library's starred articles (Esc goes back)."""
        if not self.c.reading.starred(self.on_reading_starred):
            self.c.say(tr("status", "The library is not open") + self._unsaved_note())

    def on_reading_starred(self, items: list[StarredArticle]) -> None:
        self.c.clear_search()
        aliases = self.c._index.aliases()
        info: dict[Key, SearchHit] = {}
        for s in items:
            path = s.path if self.c.page_by_path(s.path) else aliases.get(s.path, s.path)
            date = s.page_date.isoformat() if s.page_date else ""
            info[(path, s.index)] = SearchHit(
                path, s.index, s.title, f"{s.page_name}　{date}".strip(),
                page_name=s.page_name, page_date=s.page_date)
        # Starred now but not yet in the library (its page is being indexed).
        for key in sorted(self.c.reading.starred_keys() - info.keys()):
            art = self.c.shown_article(key)
            page = self.c.open.shown(key[0])
            if art is not None and page is not None:
                info[key] = SearchHit(key[0], key[1], art.title, page.name,
                                      page_name=page.name)
        self.c.show_listing("starred", info, tr("status", "%1 starred", len(info)))
        self.c.say(tr("status", "%1 starred article(s); Esc goes back", len(info)))

    def show_trends(self) -> None:
        """The trend chart of the query searched, else the watched term chosen."""
        if self.c.library is None or self.c.library.lib is None:
            self.c.say(tr("status", "The library is not open"))
            return
        row = self.c._view().current_watch_row()
        watched = [w.term for w in self.c.watch]
        term = self.c.search.query or (watched[row] if 0 <= row < len(watched) else "") or (
            watched[0] if watched else "")
        self.c._view().show_trends(term, watched)

    def request_trend(self, query: str) -> None:
        """Count *query*'s mentions per issue over the library (on a worker)."""
        lib = self.c.library.lib if self.c.library is not None else None
        if lib is None:
            self.c.trend_failed.emit(tr("status", "The library is not open"))
            return
        self.c.workers.submit(TaskKind.TRENDS, lambda: lib.trend(query), self.c.trend_ready.emit,
                            lambda err: self.c.trend_failed.emit(
                                tr("status", "Could not count: %1", err)))

    def open_trend_row(self, row: TrendRow) -> None:
        """A bar of the chart: its articles in the list."""
        aliases = self.c._index.aliases()
        date = row.date.isoformat() if row.date else ""
        info: dict[Key, SearchHit] = {}
        for item in row.items:
            path = item.path if self.c.page_by_path(item.path) else aliases.get(item.path,
                                                                              item.path)
            name = os.path.splitext(os.path.basename(item.path))[0]
            info[(path, item.index)] = SearchHit(
                path, item.index, item.title,
                tr("status", "%1　%2　%3 time(s)", name, date, item.occurrences),
                page_name=name, page_date=row.date)
        self.c.show_listing("trend", info,
                            tr("status", "%1: %2 article(s)", date or "—", len(info)))
        self.c.say(tr("status", "%1: %2 article(s); Esc goes back", date, len(info)))
