"""Writing the text index: an article as the index takes it, and the index's
one writer while an indexer holds it (:class:`IndexWriting`), its failures
told as the library's faults or as damage
(:mod:`reader.core.library.indexfaults`)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import tantivy

from reader.core.library.faults import LibraryError
from reader.core.library.indexfaults import index_error, is_index_error
from reader.core.library.query import article_fields, index_text, pairs
from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row, read_snapshot
from reader.core.library.textcodec import TextCodec
from reader.core.model import Article

__all__ = ["IndexWriting", "Tokens", "article_tokens", "new_writer"]

#: Memory the index writer gathers documents in before it writes a segment.
WRITER_HEAP = 48_000_000
#: Rows read at a time when making the index anew.
REBUILD_BATCH = 1000

#: (head pairs, body pairs, characters) of one article, as the index takes them.
Tokens = tuple[str, str, str]


def article_tokens(article: Article) -> Tokens:
    head, body = (index_text(t) for t in article_fields(article))
    # Every character, repeats and all: the index keeps each once per article
    # ("basic"), and joining is 10x cheaper than making a set first.
    return pairs(head), pairs(body), " ".join(head + body)



def new_writer(index: tantivy.Index) -> tantivy.IndexWriter:
    """The index's one writer (tantivy's lock file says another holds it: ``LockBusy``)."""
    return index.writer(WRITER_HEAP, 1)


class IndexWriting:
    """The index's writer while one holds it: what is put and dropped becomes
    visible together at :meth:`commit` (after the SQLite transaction it mirrors
    has committed), or never (:meth:`rollback`).  A failure is told as the
    index's fault (the disk full …) or its damage."""

    def __init__(self, writer: tantivy.IndexWriter, library: Path, lock: threading.Lock,
                 written: Callable[[], None]) -> None:
        self._writer: tantivy.IndexWriter | None = writer
        self._library = library
        #: The text index's lock of its one writer, held while this lives.
        self._lock = lock
        self._written = written

    def put(self, article_id: int, toks: Tokens, new: bool = False) -> None:
        """Index an article (replacing what the index held under its id)."""
        doc = tantivy.Document()
        doc.add_integer("id", article_id)
        doc.add_text("head", toks[0])
        doc.add_text("body", toks[1])
        doc.add_text("chars", toks[2])
        with self._told():
            writer = self._live()
            if not new:
                writer.delete_documents_by_term("id", article_id)
            writer.add_document(doc)

    def drop(self, article_id: int) -> None:
        with self._told():
            self._live().delete_documents_by_term("id", article_id)

    def clear(self) -> None:
        """Drop every article (before the index is made again)."""
        with self._told():
            self._live().delete_all_documents()

    def save(self) -> None:
        """Write what was put and dropped so far; keep the writer."""
        with self._told():
            self._live().commit()
        self._written()

    def commit(self) -> None:
        """Write it all, wait for the merges it started, give the writer back."""
        writer = self._live()
        try:
            with self._told():
                writer.commit()
        finally:
            self._end(writer)
        self._written()

    def rollback(self) -> None:
        """Forget what was put and dropped since the last commit; give the writer back."""
        if self._writer is not None:
            writer = self._writer
            try:
                with contextlib.suppress(Exception):  # a writer a failure ended
                    writer.rollback()
            finally:
                self._end(writer)

    # ---- from the library's rows

    def take_queue(self, conn: sqlite3.Connection, codec: TextCodec) -> tuple[int, int | None]:
        """Put each queued id's current row (or none, if it was deleted);
        returns (ids taken, the last queue entry taken: None, none)."""
        with read_snapshot(conn):
            queued = conn.execute("SELECT seq, article_id FROM index_queue ORDER BY seq").fetchall()
            ids = sorted({r[1] for r in queued})
            rows = conn.execute(
                f"SELECT id, {ARTICLE_COLUMNS} FROM articles "
                "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
            ).fetchall()
        for article_id in ids:
            self.drop(article_id)
        for row in rows:
            self.put(row[0], article_tokens(article_from_row(row[1:], codec, conn)))
        return len(ids), (queued[-1][0] if queued else None)

    def put_every_row(self, conn: sqlite3.Connection, codec: TextCodec,
                      progress: Callable[[int], None] | None) -> tuple[int, int | None]:
        """Drop everything, then put every stored article; returns (how many,
        the last queue entry they stand for: None, none)."""
        n = 0
        with read_snapshot(conn):
            self.clear()
            top = conn.execute("SELECT max(seq) FROM index_queue").fetchone()[0]
            last = -1
            while True:
                rows = conn.execute(
                    f"SELECT id, {ARTICLE_COLUMNS} FROM articles WHERE id > ? "
                    "ORDER BY id LIMIT ?", (last, REBUILD_BATCH)).fetchall()
                if not rows:
                    break
                for row in rows:
                    self.put(row[0], article_tokens(article_from_row(row[1:], codec, conn)),
                             new=True)
                n += len(rows)
                last = rows[-1][0]
                if progress is not None:
                    progress(n)
        return n, top

    @contextlib.contextmanager
    def _told(self) -> Iterator[None]:
        try:
            yield
        except BaseException as err:
            if not is_index_error(err):
                raise
            raise index_error(err, self._library) from err

    def _live(self) -> tantivy.IndexWriter:
        if self._writer is None:
            raise LibraryError("the search index's writer was given back")
        return self._writer

    def _end(self, writer: tantivy.IndexWriter) -> None:
        self._writer = None
        try:
            with contextlib.suppress(Exception):  # merges a failure stopped
                writer.wait_merging_threads()
        finally:
            self._lock.release()
