"""Articles to and from their rows: the one place that knows the columns.

Since schema 3 an article row holds its title in the clear (lists, marks and
trends read it) and the rest of its text as one compressed frame
(:mod:`reader.core.library.textcodec`); each write also marks the article
for the text index (``index_queue``), in the same transaction, so the index
can always be brought level with the rows (:mod:`reader.core.library.textindex`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import cast

from reader.core.filenames import fs_path, key_text
from reader.core.library.textcodec import TextCodec
from reader.core.model import Article
from reader.core.text.fold import unfolded

#: The article columns, in the order :func:`article_from_row` reads them.
ARTICLE_COLUMNS = "idx, title, title_inferred, kind, continued, text"
#: The same, each prefixed with the table alias ``a.`` (for joins).
ARTICLE_COLUMNS_A = ", ".join(f"a.{c.strip()}" for c in ARTICLE_COLUMNS.split(","))
#: The columns of schema 2, which kept every field in the clear (migrations read them).
V2_COLUMNS = (
    "idx, title, title_inferred, kicker, subtitle, dateline, byline, lead, paragraphs, "
    "kind, continued"
)


_SPACE = re.compile(r"\s+")


def page_key(path: Path) -> str:
    """How a file is named in the library: absolute, symlinks resolved, a name
    that is not UTF-8 as :func:`reader.core.filenames.key_text` keeps it."""
    return key_text(os.path.realpath(fs_path(os.fspath(path))))


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
    import hashlib  # here: a command that only reads the library never needs it

    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def article_from_row(
    row: Sequence[object], codec: TextCodec, conn: sqlite3.Connection | None = None
) -> Article:
    """An :class:`Article` from the columns of :data:`ARTICLE_COLUMNS`."""
    idx, title, inferred, kind, cont, blob = row
    kicker, subtitle, dateline, byline, lead, paras = codec.unpack(cast(bytes, blob), conn)
    return Article(
        index=int(str(idx)), title=str(title), paragraphs=paras, title_inferred=bool(inferred),
        kicker=kicker, subtitle=subtitle, dateline=dateline, byline=byline, lead=lead,
        kind=str(kind), continued=bool(cont),
    )


def v2_article_from_row(row: Sequence[object]) -> Article:
    """An :class:`Article` from the columns of :data:`V2_COLUMNS`."""
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
    conn: sqlite3.Connection, codec: TextCodec, article_id: int, page_id: int, a: Article
) -> None:
    """Store *a* once (its text compressed) and mark it for the text index."""
    conn.execute(
        f"INSERT INTO articles (id, page_id, key, {ARTICLE_COLUMNS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, page_id, article_key(a), a.index, a.title, int(a.title_inferred),
         a.kind, int(a.continued), codec.pack(a)),
    )
    queue_for_index(conn, (article_id,))


def note_unfolded(conn: sqlite3.Connection, texts: Iterable[str]) -> None:
    """Record the characters of *texts* (a page's, or its articles') that
    folding changes: kept for ever, since a superset is all trends need."""
    found: set[str] = set()
    for text in texts:
        found.update(text)
    found &= unfolded()
    if found:
        conn.executemany("INSERT OR IGNORE INTO unfolded_chars (ch) VALUES (?)",
                         ((c,) for c in found))


def unfolded_chars(conn: sqlite3.Connection) -> frozenset[str]:
    return frozenset(r[0] for r in conn.execute("SELECT ch FROM unfolded_chars"))


def delete_page_articles(conn: sqlite3.Connection, page_id: int) -> list[int]:
    """Remove a page's articles (marked for the text index); returns their ids."""
    ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE page_id = ?", (page_id,))]
    conn.execute("DELETE FROM articles WHERE page_id = ?", (page_id,))
    queue_for_index(conn, ids)
    return ids


def queue_for_index(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Mark articles whose rows changed (added, replaced, deleted): the text
    index takes each one's current row, or its absence, at its next sync."""
    conn.executemany("INSERT INTO index_queue (article_id) VALUES (?)", ((i,) for i in ids))


def legacy_articles(
    conn: sqlite3.Connection, batch: int = 500
) -> Iterator[list[tuple[int, Article]]]:
    """Every article of a schema-2 table (:data:`V2_COLUMNS`) with its id, in
    id order, a batch at a time: a year of articles would not fit in memory."""
    last = -1
    while True:
        rows = conn.execute(
            f"SELECT id, {V2_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return
        yield [(row[0], v2_article_from_row(row[1:])) for row in rows]
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
