"""Answering a query: matching articles, ranked, with a marked snippet each.

The text index (:mod:`reader.core.library.textindex`) finds and ranks: BM25
with each query term as one unit (its phrase of character pairs), the
headline counting three times the body, ties newest first; a query of single
characters only, which matches much of the library, comes newest first.
Articles the index has not taken in yet, or all of them where it cannot
serve, are read from their rows (:mod:`reader.core.library.textsearch`).
The rows of the slice asked for are then read from SQLite for the snippets.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

from reader.core.library import textsearch
from reader.core.library.hits import SearchHit, article_snippet, find_spans
from reader.core.library.query import ParsedQuery, parse_query, term_pattern
from reader.core.library.rows import ARTICLE_COLUMNS_A, article_from_row, read_snapshot
from reader.core.library.textcodec import TextCodec
from reader.core.library.textindex import TextIndex
from reader.core.record import record


@record
class SearchResult:
    """The answer to a query: ``total`` matching articles, ``hits`` the
    requested slice of them in rank order."""

    query: str
    terms: tuple[str, ...]
    total: int
    took_ms: float
    hits: tuple[SearchHit, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "total": self.total,
            "took_ms": round(self.took_ms, 2),
            "results": [h.to_json() for h in self.hits],
        }


def search(
    conn: sqlite3.Connection,
    index: TextIndex,
    codec: TextCodec,
    text: str,
    limit: int = 20,
    offset: int = 0,
) -> SearchResult:
    """Run *text* against the library.  An empty query finds nothing; a query
    of exclusions only raises ``QueryError``."""
    start = time.perf_counter()
    query = parse_query(text)
    if query.empty:
        return SearchResult(text, (), 0, _ms(start), ())
    with read_snapshot(conn):  # the queue, the rows and the hits' text agree
        total, ranked = textsearch.top(conn, index, codec, query, limit, offset)
        hits = _hits(conn, codec, query, ranked)
    return SearchResult(text, query.include, total, _ms(start), hits)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _hits(
    conn: sqlite3.Connection, codec: TextCodec, query: ParsedQuery,
    ranked: list[tuple[int, float]],
) -> tuple[SearchHit, ...]:
    if not ranked:
        return ()
    ids = [r[0] for r in ranked]
    rows = conn.execute(
        f"SELECT a.id, p.path, p.name, p.date, {ARTICLE_COLUMNS_A} "
        f"FROM articles a JOIN pages p ON p.id = a.page_id "
        f"WHERE a.id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    pattern = term_pattern(query.include)
    hits = []
    for article_id, score in ranked:
        row = by_id.get(article_id)
        if row is None:  # an index entry whose row has gone since: the next sync drops it
            continue
        article = article_from_row(row[4:], codec, conn)
        snippet, spans = article_snippet(article, pattern)
        hits.append(SearchHit(
            path=row[1], index=article.index, title=article.title, score=score,
            snippet=snippet, snippet_spans=spans,
            title_spans=find_spans(article.title, pattern),
            page_name=row[2], page_date=dt.date.fromisoformat(row[3]) if row[3] else None,
            article_id=article_id,
        ))
    return tuple(hits)
