"""How often the library mentions a term, issue by issue: what the trend chart draws.

The articles counted are exactly the ones search finds for the same query
(every article containing each term, in any script; ``-word`` excludes);
occurrences are the non-overlapping matches of the terms in those articles'
folded text (headline block and body).  Rows go by the pages' issue dates;
pages without a date come last, under ``None``.  Each row lists its articles
so that a bar of the chart can open them.  The whole library may be read:
call it on a worker.  Asked of the library: :meth:`Library.trend`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections import defaultdict
from dataclasses import dataclass

from reader.core.library.query import (
    CharTokens,
    article_fields,
    fts_expression,
    parse_query,
    term_pattern,
)
from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row, read_snapshot
from reader.core.model import ArticleRef
from reader.core.text.fold import fold


@dataclass(frozen=True, slots=True)
class TrendArticle:
    """One article a row counts, and how many times it mentions the terms."""

    path: str
    index: int
    title: str
    occurrences: int

    @property
    def ref(self) -> ArticleRef:
        return ArticleRef(self.path, self.index)

    def to_json(self) -> dict[str, object]:
        return {"path": self.path, "index": self.index, "title": self.title,
                "occurrences": self.occurrences}


@dataclass(frozen=True, slots=True)
class TrendRow:
    """One issue date: how many articles mention the terms, how many times,
    and which articles (page by page, in article order)."""

    date: dt.date | None
    articles: int
    occurrences: int
    items: tuple[TrendArticle, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.date.isoformat() if self.date else None,
            "articles": self.articles,
            "occurrences": self.occurrences,
            "items": [i.to_json() for i in self.items],
        }


@dataclass(frozen=True, slots=True)
class Trend:
    query: str
    terms: tuple[str, ...]
    rows: tuple[TrendRow, ...]
    took_ms: float

    @property
    def articles(self) -> int:
        return sum(r.articles for r in self.rows)

    @property
    def occurrences(self) -> int:
        return sum(r.occurrences for r in self.rows)

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "articles": self.articles,
            "occurrences": self.occurrences,
            "took_ms": round(self.took_ms, 2),
            "rows": [r.to_json() for r in self.rows],
        }


def mention_trend(conn: sqlite3.Connection, tokens: CharTokens, query: str) -> Trend:
    """Mentions of *query* per issue date, sorted by date (undated pages last).
    Raises ``QueryError`` for a query of exclusions only; an empty query
    mentions nothing.  Asked through :meth:`Library.trend`."""
    start = time.perf_counter()
    parsed = parse_query(query)
    if parsed.empty:
        return Trend(query, (), (), 0.0)
    expr = fts_expression(parsed, tokens)
    pattern = term_pattern(parsed.include)
    cols = ", ".join(f"a.{c.strip()}" for c in ARTICLE_COLUMNS.split(","))
    by_date: dict[str | None, list[TrendArticle]] = defaultdict(list)
    with read_snapshot(conn):  # one snapshot while an indexer may be writing
        rows = conn.execute(
            f"SELECT p.path, p.date, {cols} FROM articles a JOIN pages p ON p.id = a.page_id "
            "WHERE a.id IN (SELECT rowid FROM chars WHERE chars MATCH ?) ORDER BY a.id",
            (expr,),
        )
        for path, date, *article_row in rows:
            article = article_from_row(article_row)
            count = 0
            if pattern is not None:
                for text in article_fields(article):
                    count += sum(1 for _ in pattern.finditer(fold(text)))
            by_date[date].append(TrendArticle(path, article.index, article.title, count))
    ordered = sorted(by_date.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
    out = tuple(
        TrendRow(
            date=dt.date.fromisoformat(d) if d else None,
            articles=len(items),
            occurrences=sum(i.occurrences for i in items),
            items=tuple(items),
        )
        for d, items in ordered
    )
    return Trend(query, parsed.include, out, (time.perf_counter() - start) * 1000)
