"""A hit: one article that answers a query, with a snippet of its text.

:class:`SearchHit` is the one hit type, whoever answers: the library, the
pages open in the window (:mod:`reader.core.library.backends`), or a listing
that stands in for a search (the starred articles, a trend bar's articles).
:func:`make_snippet` is the one snippet maker.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from reader.core.library.query import article_fields
from reader.core.model import Article, ArticleRef
from reader.core.record import record, replace
from reader.core.text.fold import fold

#: Characters of article text a snippet shows.
SNIPPET_CHARS = 80

_WS_CHAR = re.compile(r"\s")

Spans = tuple[tuple[int, int], ...]


@record
class SearchHit:
    """One article that answers a query: where it is, its title and a snippet.
    ``snippet_spans`` and ``title_spans`` are (start, end) offsets of the query's
    terms in ``snippet`` and ``title``."""

    path: str
    index: int
    title: str
    snippet: str
    score: float = 0.0
    page_name: str = ""
    page_date: dt.date | None = None
    snippet_spans: Spans = ()
    title_spans: Spans = ()
    #: The library's id of the article (ids grow with the issue date); None for
    #: an article the library does not hold (a page just opened).
    article_id: int | None = None

    @property
    def ref(self) -> ArticleRef:
        return ArticleRef(self.path, self.index)

    def shown(self, convert: Callable[[str], str]) -> SearchHit:
        """The hit with its texts converted (into the script shown).  Conversion
        may change lengths, so the spans are dropped; the window marks terms in
        the text it shows."""
        return replace(self, title=convert(self.title), snippet=convert(self.snippet),
                       page_name=convert(self.page_name), snippet_spans=(), title_spans=())

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "index": self.index,
            "title": self.title,
            "score": round(self.score, 3),
            "snippet": self.snippet,
            "snippet_spans": [list(s) for s in self.snippet_spans],
            "page": self.page_name,
            "date": self.page_date.isoformat() if self.page_date else None,
        }


def find_spans(text: str, pattern: re.Pattern[str] | None) -> Spans:
    """Where the terms occur in *text* (folded matching, so offsets hold in
    *text* as it is)."""
    if pattern is None:
        return ()
    return tuple(m.span() for m in pattern.finditer(fold(text)))


def article_snippet(article: Article, pattern: re.Pattern[str] | None) -> tuple[str, Spans]:
    """The snippet of *article* for a hit: from its body (its headline block when
    it has no body) around the best match of *pattern*."""
    head, body = article_fields(article)
    return make_snippet(body or head, pattern)


def make_snippet(
    text: str, pattern: re.Pattern[str] | None, width: int = SNIPPET_CHARS
) -> tuple[str, Spans]:
    """About *width* characters of *text* around its best hit (the one with
    the most different terms close after it), line breaks shown as spaces,
    ``…`` where text was cut, and the hits' spans in the snippet."""
    folded = fold(text)
    matches = [m for _, m in zip(range(500), pattern.finditer(folded), strict=False)] \
        if pattern else []
    begin = max(0, matches[_best_hit(matches, width * 2 // 3)].start() - width // 4) \
        if matches else 0
    end = min(len(text), begin + width)
    begin = max(0, end - width)
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    shown = _WS_CHAR.sub(" ", text[begin:end])
    spans = tuple(
        (m.start() - begin + len(prefix), m.end() - begin + len(prefix))
        for m in matches
        if m.start() >= begin and m.end() <= end
    )
    return prefix + shown + suffix, spans


def _best_hit(matches: list[re.Match[str]], reach: int) -> int:
    """The match followed, within *reach* characters, by the most different
    terms; the first of equals."""
    best, best_count = 0, 0
    for i, m in enumerate(matches):
        seen = set()
        for later in matches[i:]:
            if later.start() >= m.start() + reach:
                break
            seen.add(_WS_CHAR.sub("", later.group()))
        if len(seen) > best_count:
            best, best_count = i, len(seen)
    return best
