"""The seam between the reader window's search and whatever answers it.

The window asks a :class:`SearchBackend` for hits (:class:`SearchHit`, the one
hit type); :class:`OpenPagesSearch` answers from the pages open in memory,
:class:`LibrarySearch` from the persistent library, and
:class:`LibraryFirstSearch` (what the window uses) from the library plus the
open pages it does not hold yet, falling back on the open pages alone while
the library is unavailable or damaged.  Queries: words must all occur,
``"…"`` is a phrase, ``-word`` excludes; any script finds any script — the
library's grammar (:func:`reader.core.library.query.parse_query`) for both, so
a query means the same whichever answers it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from reader.core.library.hits import SearchHit, article_snippet
from reader.core.library.query import QueryError, article_fields, parse_query, term_pattern
from reader.core.model import Article, ArticleRef, Page
from reader.core.record import replace
from reader.core.text.fold import fold

if TYPE_CHECKING:
    from reader.core.library.facade import Library
    from reader.core.problems import SearchIndexProblem


class SearchBackend(Protocol):
    def search(self, query: str) -> Sequence[SearchHit]: ...


class LibrarySearch:
    """The persistent library behind the seam."""

    def __init__(self, library: Library, limit: int = 500) -> None:
        self._library = library
        self._limit = limit

    def search(self, query: str) -> list[SearchHit]:
        return list(self._library.search(query, limit=self._limit).hits)


def searchable_text(article: Article) -> str:
    """All the printed text of an article that search reads (the library's two
    fields, headline block and body, one after the other)."""
    return "\n".join(part for part in article_fields(article) if part)


class OpenPagesSearch:
    """Substring search over pages held in memory (folded once, searched many times)."""

    def __init__(self, pages: Sequence[Page] = ()) -> None:
        self._lock = threading.Lock()
        self._docs: list[tuple[Page, Article, str]] = []
        self._aliases: dict[str, str] = {}
        self.set_pages(pages)

    def set_pages(self, pages: Sequence[Page], real_paths: Mapping[str, str] = {}) -> None:
        """Search *pages* from now on.  *real_paths*: each page's real path (how
        the library names its file) where known; the others are resolved here
        (call this on a worker: it may touch the file system)."""
        docs = [(page, art, fold(searchable_text(art))) for page in pages for art in page.articles]
        real = {p.path: real_paths.get(p.path) or os.path.realpath(p.path) for p in pages}
        with self._lock:
            self._docs = docs
            self._aliases = {r: p for p, r in real.items()}

    def aliases(self) -> dict[str, str]:
        """Real path (absolute, symlinks resolved: how the library names a file)
        → the path the open page is known by (no file system call)."""
        with self._lock:
            return dict(self._aliases)

    def search(self, query: str) -> list[SearchHit]:
        q = parse_query(query)
        if not q.include:
            return []
        terms = [fold(t) for t in q.include]
        excluded = [fold(t) for t in q.exclude]
        pattern = term_pattern(q.include)
        with self._lock:
            docs = list(self._docs)
        hits: list[SearchHit] = []
        for page, art, folded in docs:
            if not all(t in folded for t in terms) or any(x in folded for x in excluded):
                continue
            count = sum(folded.count(t) for t in terms)
            in_title = sum(t in fold(art.title) for t in terms)
            snippet, spans = article_snippet(art, pattern)
            hits.append(SearchHit(
                path=page.path, index=art.index, title=art.title, snippet=snippet,
                snippet_spans=spans, score=count + 3.0 * in_title, page_name=page.name,
                page_date=page.date,
            ))
        return hits


class LibraryFirstSearch:
    """The library's ranked hits, then open pages' hits the library lacks (pages
    just opened, not indexed yet).  With no library (not open yet, cannot be
    opened, found damaged) the open pages answer alone.

    Safe to call from a worker: ``library`` and ``shown`` are swapped whole by the
    window.  ``shown`` converts the titles and snippets of pages that are not
    open into the script shown.  ``on_damage(message)`` is called (from the
    worker's thread) when the library turns out damaged; ``library`` is then
    dropped so the next searches use the open pages until the window reopens it.
    ``on_index(notice)`` is called (from the worker's thread) when a search
    found the library's search index damaged (made again, nothing lost) or
    unusable (read around): the user is told once.
    """

    def __init__(self, open_pages: OpenPagesSearch, limit: int = 500,
                 on_damage: Callable[[str], None] | None = None,
                 on_index: Callable[[SearchIndexProblem], None] | None = None) -> None:
        self.open_pages = open_pages
        self.library: Library | None = None
        self.shown: Callable[[str], str] | None = None
        self.limit = limit
        self.on_damage = on_damage
        self.on_index = on_index

    def search(self, query: str) -> list[SearchHit]:
        from reader.core.library.store import LibraryDamagedError, LibraryError

        open_hits = self.open_pages.search(query)
        lib = self.library
        if lib is None:
            return open_hits
        try:
            found = lib.search(query, limit=self.limit).hits
            notice = lib.index_notice()
            if notice is not None and self.on_index is not None:
                self.on_index(notice)
        except LibraryError as err:
            if self.library is lib:
                self.library = None
            if isinstance(err, LibraryDamagedError) and self.on_damage is not None:
                self.on_damage(str(err))
            return open_hits
        except QueryError:  # only words to leave out: the open pages say nothing either
            return open_hits
        shown = self.shown
        aliases = self.open_pages.aliases()
        hits: list[SearchHit] = []
        seen: set[ArticleRef] = set()
        for h in found:
            path = aliases.get(h.path)
            if path is not None:
                hit = replace(h, path=path)
            else:
                hit = h.shown(shown) if shown is not None else h
            hits.append(hit)
            seen.add(hit.ref)
        hits.extend(h for h in open_hits if h.ref not in seen)
        return hits

