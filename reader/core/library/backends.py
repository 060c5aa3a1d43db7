"""The seam between the reader window's search and whatever answers it.

The window asks a :class:`SearchBackend` for hits; :class:`OpenPagesSearch`
answers from the pages open in memory, :class:`LibrarySearch` from the
persistent library, and :class:`LibraryFirstSearch` (what the window uses)
from the library plus the open pages it does not hold yet, falling back on
the open pages alone while the library is unavailable or damaged.  Queries:
words must all occur, ``"…"`` is a phrase, ``-word`` excludes; any script
finds any script — the library's grammar (``library_query.parse_query``) for
both, so a query means the same whichever answers it.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from reader.core.library.query import article_fields, parse_query
from reader.core.model import Article, Page
from reader.core.text.fold import fold


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article that answers a query: where it is and its first match."""

    path: str
    index: int
    title: str
    snippet: str
    score: float = 0.0
    page_name: str = ""
    page_date: dt.date | None = None
    #: Whether the hit came from the library (its page may not be open).
    from_library: bool = False


class Hit(Protocol):
    """What the window needs of a hit: which article (the rest it reads itself)."""

    @property
    def path(self) -> str: ...
    @property
    def index(self) -> int: ...


class SearchBackend(Protocol):
    def search(self, query: str) -> Sequence[Hit]: ...


class _LibraryHit(Protocol):
    @property
    def path(self) -> str: ...
    @property
    def index(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def snippet(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def page_name(self) -> str: ...
    @property
    def page_date(self) -> dt.date | None: ...


class _ResultLike(Protocol):
    @property
    def hits(self) -> Sequence[_LibraryHit]: ...


class _Library(Protocol):
    def search(self, query: str, limit: int = ..., offset: int = ...) -> _ResultLike: ...


def _from_library(h: _LibraryHit, path: str | None = None,
                  shown: Callable[[str], str] | None = None) -> SearchHit:
    conv = shown if shown is not None else (lambda t: t)
    return SearchHit(path=path or h.path, index=h.index, title=conv(h.title),
                     snippet=conv(h.snippet), score=h.score, page_name=conv(h.page_name),
                     page_date=h.page_date, from_library=True)


class LibrarySearch:
    """The persistent library (``reader.core.library.facade.Library``) behind the seam."""

    def __init__(self, library: _Library, limit: int = 500) -> None:
        self._library = library
        self._limit = limit

    def search(self, query: str) -> list[SearchHit]:
        return [_from_library(h) for h in self._library.search(query, limit=self._limit).hits]


def article_text(article: Article) -> str:
    """All the printed text of an article that search reads (the library's two
    fields, headline block and body, one after the other)."""
    return "\n".join(part for part in article_fields(article) if part)


def snippet_around(text: str, start: int, end: int, width: int = 24) -> str:
    left = max(0, start - width // 2)
    right = min(len(text), end + width)
    out = text[left:right].replace("\n", " ")
    return ("…" if left > 0 else "") + out + ("…" if right < len(text) else "")


class OpenPagesSearch:
    """Substring search over pages held in memory (folded once, searched many times)."""

    def __init__(self, pages: Sequence[Page] = ()) -> None:
        self._lock = threading.Lock()
        self._docs: list[tuple[Page, Article, str, str]] = []
        self._paths: list[str] = []
        self._real: dict[str, str] = {}   # open path → real path, computed when asked
        self.set_pages(pages)

    def set_pages(self, pages: Sequence[Page]) -> None:
        docs = []
        for page in pages:
            for art in page.articles:
                text = article_text(art)
                docs.append((page, art, text, fold(text)))
        with self._lock:
            self._docs = docs
            self._paths = [p.path for p in pages]

    def aliases(self) -> dict[str, str]:
        """Real path (absolute, symlinks resolved: how the library names a file)
        → the path the open page is known by.  File system calls happen here,
        on the searching thread, once per page."""
        with self._lock:
            paths = list(self._paths)
        real = self._real
        for p in paths:
            if p not in real:
                real[p] = os.path.realpath(p)
        return {real[p]: p for p in paths}

    def search(self, query: str) -> list[SearchHit]:
        q = parse_query(query)
        if not q.include:
            return []
        terms = [fold(t) for t in q.include]
        excluded = [fold(t) for t in q.exclude]
        with self._lock:
            docs = list(self._docs)
        hits: list[SearchHit] = []
        for page, art, text, folded in docs:
            if not all(t in folded for t in terms) or any(x in folded for x in excluded):
                continue
            first = min(folded.find(t) for t in terms)
            count = sum(folded.count(t) for t in terms)
            in_title = sum(t in fold(art.title) for t in terms)
            hits.append(SearchHit(
                path=page.path, index=art.index, title=art.title,
                snippet=snippet_around(text, first, first + len(terms[0])),
                score=count + 3.0 * in_title, page_name=page.name, page_date=page.date,
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
    """

    def __init__(self, open_pages: OpenPagesSearch, limit: int = 500,
                 on_damage: Callable[[str], None] | None = None) -> None:
        self.open_pages = open_pages
        self.library: _Library | None = None
        self.shown: Callable[[str], str] | None = None
        self.limit = limit
        self.on_damage = on_damage

    def search(self, query: str) -> list[SearchHit]:
        open_hits = self.open_pages.search(query)
        lib = self.library
        if lib is None:
            return open_hits
        try:
            found = lib.search(query, limit=self.limit).hits
        except Exception as err:
            from reader.core.library.facade import LibraryDamagedError, LibraryError, QueryError

            if isinstance(err, QueryError):
                return open_hits
            if not isinstance(err, LibraryError):
                raise
            if self.library is lib:
                self.library = None
            if isinstance(err, LibraryDamagedError) and self.on_damage is not None:
                self.on_damage(str(err))
            return open_hits
        shown = self.shown
        aliases = self.open_pages.aliases()
        hits: list[SearchHit] = []
        seen: set[tuple[str, int]] = set()
        for h in found:
            path = aliases.get(h.path)
            hit = _from_library(h, path, None if path is not None else shown)
            hits.append(hit)
            seen.add((hit.path, hit.index))
        hits.extend(h for h in open_hits if (h.path, h.index) not in seen)
        return hits
