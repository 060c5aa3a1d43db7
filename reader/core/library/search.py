"""Answering a query: matching articles, ranked, with a marked snippet each.

Ranking is FTS5's BM25 with each query term as one unit (its phrase of
characters), the headline counting three times the body, ties newest first.
Article ids grow with the page's date, so FTS5 walks matches newest first
and stops early.  A match set larger than :data:`RANK_WINDOW` is ranked over
its newest ``RANK_WINDOW`` matches; the total still counts every match, and
pages past the window continue newest first.  When the matches are more than
half of all articles, BM25 weighs every term at nothing (its idf is clamped
to zero): all scores tie, so they come newest first without scoring.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

from reader.core.library.hits import SearchHit, article_snippet, find_spans
from reader.core.library.query import (
    CharTokens,
    ParsedQuery,
    fts_expression,
    parse_query,
    term_pattern,
)
from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row, read_snapshot

#: Largest match set ranked as a whole; larger ones are ranked over their
#: newest this many (measured by bench/library.py: keeps p95 under 20 ms).
RANK_WINDOW = 1000
#: The headline's weight in BM25 against the body's 1.
HEAD_WEIGHT = 3.0


@dataclass(frozen=True, slots=True)
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
    tokens: CharTokens,
    text: str,
    limit: int = 20,
    offset: int = 0,
    rank_window: int = RANK_WINDOW,
    corpus_size: Callable[[], int] | None = None,
) -> SearchResult:
    """Run *text* against the library.  An empty query finds nothing; a query
    of exclusions only raises ``QueryError``.  *corpus_size* gives the number
    of articles (a cached count saves a scan)."""
    start = time.perf_counter()
    query = parse_query(text)
    if query.empty:
        return SearchResult(text, (), 0, _ms(start), ())
    expr = fts_expression(query, tokens)
    # Total, ranking and rows all from the same snapshot.
    with read_snapshot(conn):
        total, ranked = _ranked_ids(
            conn, expr, limit, offset, rank_window, corpus_size or (lambda: _count(conn)),
            count_first=all(len(t) == 1 for t in query.include),
        )
        hits = _hits(conn, query, ranked)
    return SearchResult(text, query.include, total, _ms(start), hits)


def _count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _ranked_ids(
    conn: sqlite3.Connection,
    expr: str,
    limit: int,
    offset: int,
    window: int,
    corpus_size: Callable[[], int],
    count_first: bool,
) -> tuple[int, list[tuple[int, float]]]:
    """(total, [(article id, score)] for the slice asked for).  *count_first*
    (for single characters, whose matches are often most of the library)
    counts before scoring, so a flat ranking is never scored at all."""
    total = _matches(conn, expr) if count_first else None
    if total is not None and total > window and 2 * total > corpus_size():
        return total, _newest(conn, expr, limit, offset)
    rows = conn.execute(
        f"SELECT rowid, -bm25(chars, {HEAD_WEIGHT}, 1.0) FROM chars WHERE chars MATCH ? "
        "ORDER BY rowid DESC LIMIT ?",
        (expr, window + 1),
    ).fetchall()
    if len(rows) <= window:
        total = len(rows)
    else:
        rows = rows[:window]
        if total is None:
            total = _matches(conn, expr)
            if 2 * total > corpus_size():
                return total, _newest(conn, expr, limit, offset)
    out = sorted(rows, key=lambda r: (-r[1], -r[0]))[offset: offset + limit]
    if total > window and offset + limit > window:
        skip = max(0, offset - window)
        out.extend(conn.execute(
            f"SELECT rowid, -bm25(chars, {HEAD_WEIGHT}, 1.0) FROM chars "
            "WHERE chars MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?",
            (expr, rows[-1][0], offset + limit - window - skip, skip),
        ).fetchall())
    return total, out


def _matches(conn: sqlite3.Connection, expr: str) -> int:
    return int(conn.execute("SELECT count(*) FROM chars WHERE chars MATCH ?", (expr,))
               .fetchone()[0])


def _newest(
    conn: sqlite3.Connection, expr: str, limit: int, offset: int
) -> list[tuple[int, float]]:
    """Matches newest first, every score zero: when the query's terms are in
    over half of all articles, BM25 weighs each at nothing and all scores tie."""
    rows = conn.execute(
        "SELECT rowid FROM chars WHERE chars MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?",
        (expr, limit, offset),
    ).fetchall()
    return [(r[0], 0.0) for r in rows]


def _hits(
    conn: sqlite3.Connection, query: ParsedQuery, ranked: list[tuple[int, float]]
) -> tuple[SearchHit, ...]:
    if not ranked:
        return ()
    ids = [r[0] for r in ranked]
    rows = conn.execute(
        f"SELECT a.id, p.path, p.name, p.date, {_prefixed(ARTICLE_COLUMNS)} "
        f"FROM articles a JOIN pages p ON p.id = a.page_id "
        f"WHERE a.id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    pattern = term_pattern(query.include)
    hits = []
    for article_id, score in ranked:
        row = by_id.get(article_id)
        if row is None:  # an index entry without its article: never written so
            continue
        article = article_from_row(row[4:])
        snippet, spans = article_snippet(article, pattern)
        hits.append(SearchHit(
            path=row[1], index=article.index, title=article.title, score=score,
            snippet=snippet, snippet_spans=spans,
            title_spans=find_spans(article.title, pattern),
            page_name=row[2], page_date=dt.date.fromisoformat(row[3]) if row[3] else None,
            article_id=article_id,
        ))
    return tuple(hits)


def _prefixed(columns: str) -> str:
    return ", ".join(f"a.{c.strip()}" for c in columns.split(","))
