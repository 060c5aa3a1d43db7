"""The text index: tantivy, in a folder beside the library file, made from its rows.

SQLite holds what must never be lost (pages, articles, reading marks); the
index only answers "which articles hold these characters" and can always be
made again from the rows.  docs/LIBRARY_INDEX.md says why tantivy (a third
the size of the FTS5 index it replaces, faster at every query length).

Keeping the two level, whatever happens to the process: every write of an
article row also adds its id to ``index_queue`` in the same SQLite
transaction.  :meth:`TextIndex.sync` (after each committed batch, and on
opening) takes each queued id's *current* row — or its absence — into the
index, commits the index, and only then deletes the queue entries it took.
A process killed at any moment leaves entries behind, and the next sync
applies them again (deleting an id and adding its row is idempotent).

The folder holds a marker (:mod:`reader.core.library.indexmarker`) naming the
library it was made for, the tokens it holds, and a checksum of each of its
(write-once) files.
A folder made for another library (a library file set aside and started
anew), for other tokens, or unreadable, is made again from the rows; the
thorough check also verifies the checksums.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import tantivy

from reader.core.library import textquery
from reader.core.library.indexmarker import (
    bad_file,
    identity,
    read_marker,
    refresh_fold_stats,
    update_marker,
    wipe,
    write_marker,
)
from reader.core.library.query import (
    ParsedQuery,
    article_fields,
    index_text,
    pairs,
)
from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row, read_snapshot
from reader.core.library.store import LibraryError, write_transaction
from reader.core.library.textcodec import TextCodec
from reader.core.library.textquery import TextIndexDamagedError
from reader.core.model import Article

#: The folder's name is the library file's plus this.
FOLDER_SUFFIX = ".index"
#: Memory the index writer gathers documents in before it writes a segment.
WRITER_HEAP = 48_000_000
#: How long a writer waits for another one (another copy of the app).
WRITER_WAIT_S = 30.0
#: Rows read at a time when making the index anew.
REBUILD_BATCH = 1000

_TOKENIZER = "pairs"

#: (head pairs, body pairs, characters) of one article, as the index takes them.
Tokens = tuple[str, str, str]


def article_tokens(article: Article) -> Tokens:
    head, body = (index_text(t) for t in article_fields(article))
    # Every character, repeats and all: the index keeps each once per article
    # ("basic"), and joining is 10x cheaper than making a set first.
    return pairs(head), pairs(body), " ".join(head + body)


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_integer_field("id", indexed=True, fast=True)
    sb.add_text_field("head", tokenizer_name=_TOKENIZER, index_option="position")
    sb.add_text_field("body", tokenizer_name=_TOKENIZER, index_option="position")
    sb.add_text_field("chars", tokenizer_name=_TOKENIZER, index_option="basic")
    return sb.build()


class TextIndex:
    """The index folder of one library file; safe to share between threads."""

    def __init__(self, db_path: Path) -> None:
        self.folder = db_path.with_name(db_path.name + FOLDER_SUFFIX)
        self._schema = _schema()
        self._index: tantivy.Index | None = None
        self._write_lock = threading.Lock()
        #: Why the index was found damaged and made again (None: it was not).
        self.damage: str | None = None

    # ------------------------------------------------------------ opening

    def open(self, conn: sqlite3.Connection, codec: TextCodec, thorough: bool = False) -> None:
        """Open the folder, making it again from the rows when it is missing,
        made for another library or other tokens, or damaged (``damage`` then
        says why); then take in what the queue holds."""
        marker = read_marker(self.folder)
        library_id, tokens = identity(conn, marker)
        problem = self._problem(marker, library_id, tokens, thorough)
        if problem is None:
            refresh_fold_stats(self.folder, marker)
        if problem is None:
            try:
                self.sync(conn, codec, wait=False)
                return
            except TextIndexDamagedError as err:
                problem = f"damaged: {err}"
        if problem.startswith("damaged"):
            self.damage = problem.removeprefix("damaged: ")
        self.rebuild(conn, codec)

    def _problem(self, marker: dict[str, object] | None, library_id: str, tokens: str,
                 thorough: bool) -> str | None:
        if marker is None:
            return "missing"
        if marker.get("library") != library_id or marker.get("tokens") != tokens:
            return "made for another library or other tokens"
        try:
            self._index = self._open_index()
            self._index.searcher()
        except Exception as err:  # tantivy reports every failure as ValueError/OSError
            return f"damaged: {err}"
        if thorough:
            try:
                bad = bad_file(self.folder, marker)
            except (OSError, ValueError, KeyError, TypeError) as err:
                return f"damaged: its list of segments cannot be read ({err})"
            if bad:
                return f"damaged: {bad} does not match its checksum"
        return None

    def _open_index(self) -> tantivy.Index:
        index = tantivy.Index(self._schema, path=str(self.folder), reuse=True,
                              sort_by_field="id", sort_order=tantivy.Order.Desc)
        index.register_tokenizer(
            _TOKENIZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        # No watcher thread: the library reloads when SQLite says another
        # connection wrote (Library._reading), and after its own commits.
        index.config_reader(reload_policy="manual")
        return index

    def close(self) -> None:
        """Let go of the index's files (its memory maps go with the last searcher)."""
        self._index = None

    # ------------------------------------------------------------ writing

    def rebuild(self, conn: sqlite3.Connection, codec: TextCodec,
                progress: Callable[[int], None] | None = None) -> int:
        """Make the index again from every stored article; returns how many."""
        library_id, tokens = identity(conn)
        with self._write_lock:
            self._index = None
            try:  # the same index emptied, under its writer's lock: others wait
                self._index = self._open_index()
                self._index.searcher()
            except Exception:  # missing, unreadable, another format: a new folder
                wipe(self.folder)
                self.folder.mkdir(parents=True)
                self._index = self._open_index()
        n = 0
        with read_snapshot(conn), self._writer(wait=True) as writer:
            assert writer is not None
            writer.clear()
            top = conn.execute("SELECT max(seq) FROM index_queue").fetchone()[0]
            last = -1
            while True:
                rows = conn.execute(
                    f"SELECT id, {ARTICLE_COLUMNS} FROM articles WHERE id > ? "
                    "ORDER BY id LIMIT ?", (last, REBUILD_BATCH)).fetchall()
                if not rows:
                    break
                for row in rows:
                    writer.put(row[0], article_tokens(article_from_row(row[1:], codec, conn)),
                               new=True)
                n += len(rows)
                last = rows[-1][0]
                if progress is not None:
                    progress(n)
            writer.commit()
        write_marker(self.folder, library_id, tokens)
        if top is not None:
            with write_transaction(conn):
                conn.execute("DELETE FROM index_queue WHERE seq <= ?", (top,))
        self._reader().reload()
        return n

    def sync(self, conn: sqlite3.Connection, codec: TextCodec, wait: bool = True) -> int:
        """Take the queued articles into the index: each id's current row, or
        none if it was deleted.  Without *wait*, a writer busy elsewhere (an
        indexer at work, which takes in what it queues) means nothing to do.
        Returns how many ids were taken."""
        if conn.execute("SELECT 1 FROM index_queue LIMIT 1").fetchone() is None:
            return 0
        with self._writer(wait) as writer:
            if writer is None:
                return 0
            with read_snapshot(conn):
                queued = conn.execute(
                    "SELECT seq, article_id FROM index_queue ORDER BY seq").fetchall()
                ids = sorted({r[1] for r in queued})
                rows = conn.execute(
                    f"SELECT id, {ARTICLE_COLUMNS} FROM articles "
                    "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
                ).fetchall()
            for article_id in ids:
                writer.drop(article_id)
            for row in rows:
                writer.put(row[0], article_tokens(article_from_row(row[1:], codec, conn)))
            writer.commit()
            if queued:
                with write_transaction(conn):
                    conn.execute("DELETE FROM index_queue WHERE seq <= ?", (queued[-1][0],))
        return len(ids)

    def begin(self) -> IndexWriting:
        """The index's one writer, for an indexer's transaction (waiting, as
        long as SQLite's writers wait, for another process's to finish).  Take
        it before SQLite's write lock, never while holding it."""
        writing = self._acquire(wait=True)
        assert writing is not None
        return writing

    @contextlib.contextmanager
    def _writer(self, wait: bool) -> Iterator[IndexWriting | None]:
        writing = self._acquire(wait)
        if writing is None:
            yield None
            return
        try:
            yield writing
        finally:
            writing.rollback()  # nothing left to roll back after a commit

    def _acquire(self, wait: bool) -> IndexWriting | None:
        index = self._reader()
        if not self._write_lock.acquire(timeout=WRITER_WAIT_S if wait else 0):
            if not wait:
                return None
            raise LibraryError(f"the search index {self.folder} is busy")
        deadline = time.monotonic() + WRITER_WAIT_S
        while True:
            try:
                return IndexWriting(self, index.writer(WRITER_HEAP, 1))
            except ValueError as err:
                if "LockBusy" not in str(err) or not wait or time.monotonic() > deadline:
                    self._write_lock.release()
                    if "LockBusy" in str(err) and not wait:
                        return None
                    raise LibraryError(f"the search index {self.folder} is busy: {err}") \
                        from err
                time.sleep(0.05)

    def _written(self) -> None:
        """After a commit: checksums of the new files, and searches see it."""
        update_marker(self.folder)
        self._reader().reload()

    # ------------------------------------------------------------ reading

    def _reader(self) -> tantivy.Index:
        if self._index is None:
            raise LibraryError("the search index is not open")
        return self._index

    def reload(self) -> None:
        """See what another process committed."""
        self._reader().reload()

    def top(
        self, query: ParsedQuery, limit: int, offset: int
    ) -> tuple[int, list[tuple[int, float]]]:
        """(total, [(article id, score)]) of the slice asked for (:func:`textquery.top`)."""
        return textquery.top(self._searcher(), self._schema, query, limit, offset)

    def all_ids(self, query: ParsedQuery) -> list[int]:
        """Every matching article id, newest first."""
        return textquery.all_ids(self._searcher(), self._schema, query)

    def problem(self, conn: sqlite3.Connection, codec: TextCodec) -> str | None:
        """None when the index holds each stored article once (the queue taken
        in first), else what differs."""
        self.sync(conn, codec)
        self.reload()
        indexed = textquery.ids(self._searcher())
        stored = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id DESC")]
        if indexed == stored:
            return None
        missing, extra = len(set(stored) - set(indexed)), len(set(indexed) - set(stored))
        doubled = len(indexed) - len(set(indexed))
        return (f"the search index lacks {missing} articles, holds {extra} that are gone "
                f"and {doubled} twice")

    def _searcher(self) -> tantivy.Searcher:
        try:
            return self._reader().searcher()
        except ValueError as err:
            raise TextIndexDamagedError(str(err)) from err


class IndexWriting:
    """The index's writer while one holds it: what is put and dropped becomes
    visible together at :meth:`commit` (after the SQLite transaction it mirrors
    has committed), or never (:meth:`rollback`)."""

    def __init__(self, owner: TextIndex, writer: tantivy.IndexWriter) -> None:
        self._owner = owner
        self._writer: tantivy.IndexWriter | None = writer

    def put(self, article_id: int, toks: Tokens, new: bool = False) -> None:
        """Index an article (replacing what the index held under its id)."""
        writer = self._live()
        if not new:
            writer.delete_documents_by_term("id", article_id)
        doc = tantivy.Document()
        doc.add_integer("id", article_id)
        doc.add_text("head", toks[0])
        doc.add_text("body", toks[1])
        doc.add_text("chars", toks[2])
        writer.add_document(doc)

    def drop(self, article_id: int) -> None:
        self._live().delete_documents_by_term("id", article_id)

    def clear(self) -> None:
        """Drop every article (before the index is made again)."""
        self._live().delete_all_documents()

    def save(self) -> None:
        """Write what was put and dropped so far; keep the writer."""
        self._live().commit()
        self._owner._written()

    def commit(self) -> None:
        """Write it all, wait for the merges it started, give the writer back."""
        writer = self._live()
        try:
            writer.commit()
        finally:
            self._end(writer)
        self._owner._written()

    def rollback(self) -> None:
        """Forget what was put and dropped since the last commit; give the writer back."""
        if self._writer is not None:
            writer = self._writer
            try:
                writer.rollback()
            finally:
                self._end(writer)

    def _live(self) -> tantivy.IndexWriter:
        if self._writer is None:
            raise LibraryError("the search index's writer was given back")
        return self._writer

    def _end(self, writer: tantivy.IndexWriter) -> None:
        self._writer = None
        try:
            writer.wait_merging_threads()
        finally:
            self._owner._write_lock.release()
