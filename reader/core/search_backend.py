"""The seam between the reader window's search and whatever answers it.

The window asks a :class:`SearchBackend` for hits; :class:`OpenPagesSearch`
answers from the pages open in memory.  The persistent library can stand in
later with the same ``search(query)``.  Queries: words must all occur,
``"…"`` is a phrase, ``-word`` excludes; any script finds any script.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from reader.core.fold import fold
from reader.core.model import Article, Page


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[str, ...]
    excluded: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.terms


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article that answers a query: where it is and its first match."""

    path: str
    index: int
    title: str
    snippet: str
    score: float = 0.0


class Hit(Protocol):
    """What the window needs of a hit: which article (the rest it reads itself)."""

    @property
    def path(self) -> str: ...
    @property
    def index(self) -> int: ...


class SearchBackend(Protocol):
    def search(self, query: str) -> Sequence[Hit]: ...


class _ResultLike(Protocol):
    @property
    def hits(self) -> Sequence[Hit]: ...


class _Library(Protocol):
    def search(self, query: str, limit: int = ..., offset: int = ...) -> _ResultLike: ...


class LibrarySearch:
    """The persistent library (``reader.core.library.Library``) behind the same seam.

    Not wired into the window yet: hits on pages that are not open are skipped
    by the window until it learns to open them."""

    def __init__(self, library: _Library, limit: int = 500) -> None:
        self._library = library
        self._limit = limit

    def search(self, query: str) -> Sequence[Hit]:
        return self._library.search(query, limit=self._limit).hits


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse_query(query: str) -> Query:
    """Split a query into required terms and excluded terms."""
    terms: list[str] = []
    excluded: list[str] = []
    for m in _TOKEN.finditer(query.replace("“", '"').replace("”", '"')):
        if m.group(3) is not None:
            word = m.group(3)
            neg = word.startswith("-") and len(word) > 1
            word = word[1:] if neg else word
        else:
            neg = bool(m.group(1))
            word = m.group(2).strip()
        if not word:
            continue
        (excluded if neg else terms).append(word)
    return Query(tuple(terms), tuple(excluded))


def article_text(article: Article) -> str:
    """All the printed text of an article that search reads."""
    parts = [article.kicker, article.title, article.subtitle, article.dateline,
             article.byline, article.lead, *article.paragraphs]
    return "\n".join(p for p in parts if p)


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
        self.set_pages(pages)

    def set_pages(self, pages: Sequence[Page]) -> None:
        docs = []
        for page in pages:
            for art in page.articles:
                text = article_text(art)
                docs.append((page, art, text, fold(text)))
        with self._lock:
            self._docs = docs

    def search(self, query: str) -> list[SearchHit]:
        q = parse_query(query)
        if q.empty:
            return []
        terms = [fold(t) for t in q.terms]
        excluded = [fold(t) for t in q.excluded]
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
                score=count + 3.0 * in_title,
            ))
        return hits
