"""Exact answers whatever state the text index is in.

The index (:mod:`reader.core.library.textindex`) lags the rows by design: an
article written to SQLite is queued for it (``index_queue``) and taken in a
moment later — or, when the writing process was killed, at the next opening
that may write; an opening that only reads never takes it in.  And an index
that cannot serve (damaged where it cannot be made again, missing on a
read-only share) is not asked at all.  So every question is answered from
one SQLite snapshot:

* the index, for every article but the queued ones;
* the queued articles' current rows (or their absence), read and matched
  here exactly as the index would match them (:func:`scan`);
* where the index cannot serve, every row.

Matching is the index's own rule (:mod:`reader.core.library.query`): a term
matches where its folded text (whitespace runs as one) occurs in the
article's folded headline block or body; exclusions leave out. Articles read
here are ranked by a BM25 of the same shape as the index's (headline three
times the body; the terms' rarity from the index where it answers, else from
the rows read), so they fall among the index's answers where they belong.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator, Sequence
from typing import cast

from reader.core.library.query import ParsedQuery, QueryError, article_fields, index_text
from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row
from reader.core.library.textcodec import TextCodec
from reader.core.library.textindex import TextIndex
from reader.core.library.textquery import HEAD_WEIGHT
from reader.core.library.textwriting import REBUILD_BATCH
from reader.core.record import record

#: BM25's saturation (tantivy's default).
K1 = 1.2


@record
class Matched:
    """An article read from its row that matches: how often each required
    term occurs in its headline block and in its body.  (A record: made on
    every search's import, a named tuple costs ten times as long, 1 ms.)"""

    id: int
    counts: tuple[tuple[int, int], ...]


def queued(conn: sqlite3.Connection) -> list[int]:
    """The articles written since the index last took them in."""
    return [r[0] for r in conn.execute("SELECT DISTINCT article_id FROM index_queue")]


def top(conn: sqlite3.Connection, index: TextIndex, codec: TextCodec, query: ParsedQuery,
        limit: int, offset: int) -> tuple[int, list[tuple[int, float]]]:
    """(total, [(article id, score)]) of the slice asked for, best first and
    ties newest first (single characters only: newest first), as
    :func:`reader.core.library.textquery.top` ranks; inside the caller's snapshot."""
    _needs_a_word(query)
    flat = _flat(query)
    if not index.answers:
        looked, found = scan(conn, codec, query, None)
        idf = _idf_of_rows(looked, found, len(query.include))
        return len(found), _slice([_scored(m, idf, flat) for m in found], limit, offset)
    pending = queued(conn)
    if not pending:
        return index.top(query, limit, offset)
    total, ranked = index.top(query, offset + limit, 0, without=pending)
    _, found = scan(conn, codec, query, pending)
    idf = [] if flat else _idf_of_index(index, query)
    return total + len(found), _slice(ranked + [_scored(m, idf, flat) for m in found],
                                      limit, offset)


def all_ids(conn: sqlite3.Connection, index: TextIndex, codec: TextCodec,
            query: ParsedQuery) -> list[int]:
    """Every matching article id (in no particular order); inside the caller's snapshot."""
    _needs_a_word(query)
    if not index.answers:
        return [m.id for m in scan(conn, codec, query, None)[1]]
    pending = queued(conn)
    ids = index.all_ids(query, without=pending)
    if pending:
        ids += [m.id for m in scan(conn, codec, query, pending)[1]]
    return ids


def scan(conn: sqlite3.Connection, codec: TextCodec, query: ParsedQuery,
         ids: Sequence[int] | None) -> tuple[int, list[Matched]]:
    """(articles read, those that match *query*) among the articles *ids*
    (None: every article), read from their rows."""
    include = [index_text(t) for t in query.include]
    exclude = [x for x in (index_text(t) for t in query.exclude) if x]
    if not include or not all(include):
        return 0, []
    looked, found = 0, []
    for row in _rows(conn, ids):
        looked += 1
        head, body = (index_text(t) for t in article_fields(article_from_row(row[1:], codec,
                                                                              conn)))
        if all(t in head or t in body for t in include) and \
                not any(x in head or x in body for x in exclude):
            found.append(Matched(cast(int, row[0]), tuple((head.count(t), body.count(t))
                                                    for t in include)))
    return looked, found


def _rows(conn: sqlite3.Connection, ids: Sequence[int] | None) -> Iterator[Sequence[object]]:
    if ids is not None:
        yield from conn.execute(
            f"SELECT id, {ARTICLE_COLUMNS} FROM articles "
            "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))
        return
    last = -1
    while True:
        rows = conn.execute(f"SELECT id, {ARTICLE_COLUMNS} FROM articles WHERE id > ? "
                            "ORDER BY id LIMIT ?", (last, REBUILD_BATCH)).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def _needs_a_word(query: ParsedQuery) -> None:
    if not query.include:
        raise QueryError("a search needs a word to look for, not only words to leave out")


def _flat(query: ParsedQuery) -> bool:
    """A query of single characters only: ranked newest first, as the index ranks it."""
    return all(len(index_text(t)) == 1 for t in query.include)


def _idf(articles: int, having: int) -> float:
    return math.log(1 + (articles - having + 0.5) / (having + 0.5))


def _idf_of_index(index: TextIndex, query: ParsedQuery) -> list[float]:
    """Each term's rarity as the index weighs it: the sum over its pairs."""
    out = []
    for term in query.include:
        t = index_text(term)
        tokens = [t[i: i + 2] for i in range(len(t) - 1)] or [t]
        articles, having = index.stats("body", tokens)
        out.append(sum(_idf(articles, n) for n in having))
    return out


def _idf_of_rows(looked: int, found: list[Matched], terms: int) -> list[float]:
    """Each term's rarity among the rows read (all of them)."""
    return [_idf(looked, sum(1 for m in found if sum(m.counts[i]))) for i in range(terms)]


def _scored(m: Matched, idf: list[float], flat: bool) -> tuple[int, float]:
    if flat:
        return m.id, 0.0
    score = 0.0
    for (head, body), weight in zip(m.counts, idf, strict=True):
        score += weight * (HEAD_WEIGHT * _saturated(head) + _saturated(body))
    return m.id, score


def _saturated(tf: int) -> float:
    return tf * (K1 + 1) / (tf + K1)


def _slice(ranked: list[tuple[int, float]], limit: int,
           offset: int) -> list[tuple[int, float]]:
    ranked.sort(key=lambda r: (-r[1], -r[0]))
    return ranked[offset: offset + limit]
