"""The hits of a search in the list: taking the results in, Enter on the first
hit (once the search has answered), scrolling it to its first match, and going
back to the page.

:class:`SearchHitCommands` does this for the controller, which keeps the list
state (``search_hits``, ``list_kind``, what each hit said) and one handler per
action id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.library.hits import SearchHit
from reader.core.page.shown import shown_text
from reader.core.text.find import find_matches
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.controller import ReaderController

Key = tuple[str, int]


class SearchHitCommands:
    """Search results shown as the list; the first hit opened and revealed."""

    def __init__(self, controller: ReaderController) -> None:
        self.c = controller
        #: A hit whose page is being opened: scroll to its first match once shown.
        self.reveal: Key | None = None
        #: Enter came before the search answered: open the first hit when it does.
        self.open_first_when_ready = False

    def on_search_results(self, query: str, hits: Sequence[SearchHit] | None) -> None:
        if hits is None:
            self.set_hits(None)
        else:
            info = {(h.path, h.index): h for h in hits}
            keys = list(dict.fromkeys(
                (h.path, h.index) for h in hits
                if self.c.page_by_path(h.path) is not None or (h.path, h.index) in info))
            self.c._hit_info = info
            self.set_hits(keys)
            self.c._view().set_search_status(tr("status", "%1 article(s)", len(keys)))
            self.c.say(tr("status", "“%1”: %2 article(s) match", query, len(keys)))
        self.c.search_finished.emit()
        if self.open_first_when_ready and not self.c.search.pending():
            self.open_first_when_ready = False
            self.open_first_hit()

    def set_hits(self, hits: list[Key] | None) -> None:
        self.c.search_hits = hits
        self.c.list_kind = None if hits is None else "search"
        if hits is None:
            self.c._hit_info = {}
            self.c._view().set_search_status("")
        self.c._refresh_rows()
        self.c._update_highlights()

    def open_first_hit(self) -> None:
        """Enter in the search field: the first hit, scrolled to its first match."""
        if self.c.search.pending():
            self.open_first_when_ready = True
            self.c.search.run_now()
            return
        if not self.c.search_hits:
            self.c.say(tr("status", "Nothing found"))
            return
        key = self.c.search_hits[0]
        if self.c.page_by_path(key[0]) is None:
            self.reveal = key   # scrolled to once its page is open
            self.c.select(key)
            return
        self.c.select(key)
        self.reveal_hit()

    def reveal_hit(self) -> None:
        """Scroll the article shown to the first match of the query; focus it."""
        art = self.c.shown_article()
        terms = self.c._query_terms()
        if art is not None and terms:
            text = shown_text(art)
            found = sorted(m for t in terms for m in find_matches(text, t)[:1])
            if found:
                self.c._view().scroll_to_position(found[0][0])
        self.c._view().focus("article")

    def clear_search(self) -> None:
        self.c.search.cancel()
        self.open_first_when_ready = False
        self.reveal = None
        self.c._view().hide_search()
        if self.c.search_hits is not None:
            self.set_hits(None)
            self.c._mark_current_page()

    def page_shown(self) -> None:
        """Pages were opened: reveal the hit that waited for its page."""
        if self.reveal is not None and self.reveal == self.c.current:
            self.reveal = None
            self.reveal_hit()
