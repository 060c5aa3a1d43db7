"""Schema 3: article text compressed, the FTS5 index replaced by the text index.

Called by :func:`reader.core.library.store.migrate` inside its transaction.
Articles are copied into the new layout (title in the clear, the rest one
compressed frame, the same ids and keys, so reading marks — kept by key —
are untouched), a compression dictionary is trained on them, the FTS5 table
is dropped, and the library is given an id that its text index folder must
carry.  The folder itself is made from the rows when the library is next
opened (:class:`reader.core.library.textindex.TextIndex`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from reader.core.library.query import article_fields
from reader.core.library.rows import legacy_articles, note_unfolded
from reader.core.library.textcodec import TextCodec

_DDL = """
CREATE TABLE articles_v3 (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages(id),
    idx INTEGER NOT NULL,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    title_inferred INTEGER NOT NULL,
    kind TEXT NOT NULL,
    continued INTEGER NOT NULL,
    text BLOB NOT NULL
);
CREATE TABLE text_dicts (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
-- Every character the articles hold that folding changes (a traditional or
-- full-width form …): trends count only the spellings that can occur.
CREATE TABLE unfolded_chars (ch TEXT PRIMARY KEY) WITHOUT ROWID;
-- Articles whose rows changed since the text index last took them in.
CREATE TABLE index_queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL
);
"""

_SWAP = """
DROP TABLE articles;
ALTER TABLE articles_v3 RENAME TO articles;
CREATE INDEX articles_page ON articles(page_id, idx);
CREATE INDEX articles_key ON articles(key);
DROP TABLE chars;
"""


def to_v3(conn: sqlite3.Connection, run_script: Callable[[sqlite3.Connection, str], None]) -> None:
    """Bring a schema-2 file to schema 3 (the caller holds the transaction;
    *run_script* runs DDL statements inside it)."""
    run_script(conn, _DDL)
    codec = TextCodec()
    for rows in legacy_articles(conn):
        note_unfolded(conn, (t for _, a in rows for t in article_fields(a)))
        conn.executemany(
            "INSERT INTO articles_v3 (id, page_id, idx, key, title, title_inferred, kind, "
            "continued, text) SELECT id, page_id, idx, key, title, title_inferred, kind, "
            "continued, ? FROM articles WHERE id = ?",
            [(codec.pack(a), article_id) for article_id, a in rows],
        )
    run_script(conn, _SWAP)
    codec.train(conn)
    import uuid  # here: every command imports this module, one in a lifetime runs it

    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('library_id', ?)",
                 (uuid.uuid4().hex,))
    # The FTS5 index's pages are free now but still in the file: the opener
    # gives them back (VACUUM cannot run inside this transaction).
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('vacuum', '1')")


def vacuum_after_v3(conn: sqlite3.Connection) -> None:
    """Just migrated to schema 3: give the old FTS5 index's space back (VACUUM
    copies the rest; it cannot run inside the migration's transaction)."""
    if conn.execute("SELECT 1 FROM meta WHERE key = 'vacuum'").fetchone() is None:
        return
    conn.execute("VACUUM")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM meta WHERE key = 'vacuum'")
    conn.execute("COMMIT")


def index_anew(conn: sqlite3.Connection) -> None:
    """A library made from a damaged one's rows: its index folder (the damaged
    one's) is made again when it is next opened, since the new library has a
    new id; nothing here is left to be done after it (inside the caller's
    write transaction)."""
    conn.execute("DELETE FROM index_queue")
    conn.execute("DELETE FROM meta WHERE key = 'vacuum'")
