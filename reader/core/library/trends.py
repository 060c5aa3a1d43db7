"""How often the library mentions a term, issue by issue: what the trend chart draws.

The articles counted are exactly the ones search finds for the same query
(every article containing each term, in any script; ``-word`` excludes);
occurrences are the non-overlapping matches of the terms in those articles'
folded text (headline block and body).  Rows go by the pages' issue dates;
pages without a date come last, under ``None``.  Each row lists its articles
so that a bar of the chart can open them.  Asked of the library:
:meth:`Library.trend`.

Counting does not fold the articles again: each folded term is spelt out in
every script it can be written in (``经济`` → ``经济 經濟 经濟 經济``; only with
characters the library holds: ``unfolded_chars``, kept at index time) and those
spellings are counted in the stored text as it is (UTF-8, undecoded), which
equals a count in the folded text whenever no two matches can overlap and the
term has no ASCII (whose characters could meet the JSON the text is kept in).
Other queries (``哈哈``, ``a b``, ``5G``) are counted the slow way, on folded text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import sqlite3
import time
from collections import defaultdict
from dataclasses import dataclass

from reader.core.library import textsearch
from reader.core.library.query import article_fields, parse_query, term_pattern
from reader.core.library.rows import (
    ARTICLE_COLUMNS_A,
    article_from_row,
    read_snapshot,
    unfolded_chars,
)
from reader.core.library.textcodec import TextCodec
from reader.core.library.textindex import TextIndex
from reader.core.model import ArticleRef
from reader.core.text.fold import fold, sources

#: Most spellings of the terms counted one by one; past it, the slow way.
MAX_SPELLINGS = 64
#: Articles uncompressed at a time while counting.
CHUNK = 4096


@dataclass(slots=True)
class TrendArticle:
    """One article a row counts, and how many times it mentions the terms.
    Not frozen: a trend makes tens of thousands, and a frozen dataclass takes
    2.5 times as long to make (14,400: 24 ms against 10)."""

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


def mention_trend(
    conn: sqlite3.Connection, index: TextIndex, codec: TextCodec, query: str
) -> Trend:
    """Mentions of *query* per issue date, sorted by date (undated pages last).
    Raises ``QueryError`` for a query of exclusions only; an empty query
    mentions nothing.  Asked through :meth:`Library.trend`."""
    start = time.perf_counter()
    parsed = parse_query(query)
    if parsed.empty:
        return Trend(query, (), (), 0.0)
    by_date: dict[str | None, list[TrendArticle]] = defaultdict(list)
    with read_snapshot(conn):  # one snapshot while an indexer may be writing
        ids = sorted(textsearch.all_ids(conn, index, codec, parsed))  # rows in file order
        spellings = _spellings(parsed.include, unfolded_chars(conn))
        columns = "a.idx, a.title, a.text" if spellings is not None else ARTICLE_COLUMNS_A
        rows = conn.execute(
            f"SELECT p.path, p.date, {columns} FROM json_each(?) j "
            "JOIN articles a ON a.id = j.value JOIN pages p ON p.id = a.page_id",
            (json.dumps(ids),),
        ).fetchall()
        if spellings is not None:
            counts = _counts(rows, spellings, codec, conn)
            for (path, date, idx, title, _), count in zip(rows, counts, strict=True):
                by_date[date].append(TrendArticle(path, idx, title, count))
        else:
            pattern = term_pattern(parsed.include)
            for path, date, idx, title, *rest in rows:
                article = article_from_row((idx, title, *rest), codec, conn)
                count = _slow_count(pattern, article_fields(article))
                by_date[date].append(TrendArticle(path, idx, title, count))
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


def _counts(
    rows: list[tuple[str, str | None, int, str, bytes]],
    spellings: list[str],
    codec: TextCodec,
    conn: sqlite3.Connection,
) -> list[int]:
    """How many times each row's title and stored text hold the *spellings*:
    the texts uncompressed :data:`CHUNK` at a time (``的`` in 100k articles
    would otherwise hold ~300 MB of them at once), each spelling counted over
    a whole chunk in one pass (a loop over the spellings per article cost
    a third more)."""
    out: list[int] = []
    for first in range(0, len(rows), CHUNK):
        chunk = rows[first : first + CHUNK]
        texts = codec.raw_many([r[-1] for r in chunk], conn)
        titles = [r[3] for r in chunk]
        ends = [TextCodec.searched_end(raw) for raw in texts]
        counts = [0] * len(chunk)
        for spelling in spellings:
            encoded = spelling.encode("utf-8")
            counts = [n + raw.count(encoded, 0, end) + title.count(spelling)
                      for n, raw, end, title in zip(counts, texts, ends, titles, strict=True)]
        out += counts
    return out


def _slow_count(pattern: re.Pattern[str] | None, texts: tuple[str, ...]) -> int:
    if pattern is None:
        return 0
    return sum(sum(1 for _ in pattern.finditer(fold(text))) for text in texts)


def _spellings(terms: tuple[str, ...], written: frozenset[str]) -> list[str] | None:
    """Every way of writing the folded *terms* in stored text, with
    the characters the library holds (*written*: those folding changes that
    it holds); None when counting them so would not equal the count in
    folded text."""
    folded = [fold(t) for t in terms]
    if any(not t or t.isascii() or any(c.isascii() or c.isspace() for c in t) for t in folded):
        return None
    if any(_overlap(a, b) for a in folded for b in folded):
        return None
    out: list[str] = []
    for term in set(folded):
        choices = [[v for v in sources(c) if v == c or v in written] for c in term]
        n = 1
        for c in choices:
            n *= len(c)
        if len(out) + n > MAX_SPELLINGS:
            return None
        out.extend("".join(p) for p in itertools.product(*choices))
    return out


def _overlap(a: str, b: str) -> bool:
    """Whether a match of *a* and one of *b* (the same term included) could
    overlap: one inside the other, or an end of one the start of the other."""
    if a != b and (a in b or b in a):
        return True
    return any(a.endswith(b[:k]) for k in range(1, min(len(a), len(b)) + (a != b)))
