"""Articles to and from their rows: the one place that knows the columns."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence

from reader.core.library.query import CharTokens, article_fields
from reader.core.model import Article

#: The article columns, in the order :func:`article_from_row` reads them.
ARTICLE_COLUMNS = (
    "idx, title, title_inferred, kicker, subtitle, dateline, byline, lead, paragraphs, "
    "kind, continued"
)


_SPACE = re.compile(r"\s+")


def article_key(a: Article) -> str:
    """A name for the article that outlives its row: a digest of its printed
    characters (whitespace and a title the reader made up left out).

    Reading state is kept by this key, so it survives re-indexing, a moved
    file, an edit elsewhere on the page and a parser that splits fields or
    paragraphs differently; the same text printed on two pages shares it.
    """
    parts = [a.kicker, None if a.title_inferred else a.title, a.subtitle]
    parts += [a.lead] if a.lead else [a.dateline, a.byline]
    text = _SPACE.sub("", "".join(x for x in (*parts, *a.paragraphs) if x))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def article_from_row(row: Sequence[object]) -> Article:
    """An :class:`Article` from the columns of :data:`ARTICLE_COLUMNS`."""
    idx, title, inferred, kicker, subtitle, dateline, byline, lead, paras, kind, cont = row
    return Article(
        index=int(str(idx)),
        title=str(title),
        paragraphs=tuple(json.loads(str(paras))),
        title_inferred=bool(inferred),
        kicker=_opt(kicker),
        subtitle=_opt(subtitle),
        dateline=_opt(dateline),
        byline=_opt(byline),
        lead=_opt(lead),
        kind=str(kind),
        continued=bool(cont),
    )


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def insert_article(
    conn: sqlite3.Connection, tokens: CharTokens, article_id: int, page_id: int, a: Article
) -> None:
    """Store *a* once (raw text) and index its folded character tokens."""
    conn.execute(
        f"INSERT INTO articles (id, page_id, key, {ARTICLE_COLUMNS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article_id, page_id, article_key(a), a.index, a.title, int(a.title_inferred),
            a.kicker, a.subtitle, a.dateline, a.byline, a.lead,
            json.dumps(list(a.paragraphs), ensure_ascii=False), a.kind, int(a.continued),
        ),
    )
    head, body = article_fields(a)
    conn.execute(
        "INSERT INTO chars (rowid, head, body) VALUES (?, ?, ?)",
        (article_id, tokens.tokens(head), tokens.tokens(body)),
    )


def delete_page_articles(conn: sqlite3.Connection, tokens: CharTokens, page_id: int) -> None:
    """Remove a page's articles and their index entries.  The index is
    contentless, so its tokens are recomputed from the stored text."""
    rows = conn.execute(
        f"SELECT id, {ARTICLE_COLUMNS} FROM articles WHERE page_id = ?", (page_id,)
    ).fetchall()
    for row in rows:
        head, body = article_fields(article_from_row(row[1:]))
        conn.execute(
            "INSERT INTO chars (chars, rowid, head, body) VALUES ('delete', ?, ?, ?)",
            (row[0], tokens.tokens(head), tokens.tokens(body)),
        )
    conn.execute("DELETE FROM articles WHERE page_id = ?", (page_id,))


def reindex_all(conn: sqlite3.Connection, tokens: CharTokens) -> int:
    """Rebuild the character index from the stored articles (after the
    tokens changed); the caller holds a write transaction."""
    conn.execute("INSERT INTO chars (chars) VALUES ('delete-all')")
    n = 0
    for rows in stored_articles(conn):
        for article_id, article in rows:
            head, body = article_fields(article)
            conn.execute(
                "INSERT INTO chars (rowid, head, body) VALUES (?, ?, ?)",
                (article_id, tokens.tokens(head), tokens.tokens(body)),
            )
        n += len(rows)
    return n


def stored_articles(
    conn: sqlite3.Connection, batch: int = 500
) -> Iterator[list[tuple[int, Article]]]:
    """Every stored article with its id, in id order, a batch at a time: a
    year of articles would not fit in memory at once."""
    last = -1
    while True:
        rows = conn.execute(
            f"SELECT id, {ARTICLE_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return
        yield [(row[0], article_from_row(row[1:])) for row in rows]
        last = rows[-1][0]


@contextlib.contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads from one snapshot while another connection (or another copy
    of the app) commits; inside a transaction already, that one serves."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if own:
            conn.execute("COMMIT")
