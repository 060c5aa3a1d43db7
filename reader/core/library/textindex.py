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

The folder holds a marker (:data:`MARKER`) naming the library it was made
for, the tokens it holds, and a checksum of each of its (write-once) files.
A folder made for another library (a library file set aside and started
anew), for other tokens, or unreadable, is made again from the rows; the
thorough check also verifies the checksums.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import tantivy

from reader.core.library import textquery
from reader.core.library.query import (
    TOKENS_VERSION,
    ParsedQuery,
    article_fields,
    char_tokens,
    pair_tokens,
)
from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row, read_snapshot
from reader.core.library.store import LibraryError, get_meta, write_transaction
from reader.core.library.textcodec import TextCodec
from reader.core.library.textquery import TextIndexDamagedError
from reader.core.model import Article
from reader.core.text.fold import signature as fold_signature

#: The folder's name is the library file's plus this.
FOLDER_SUFFIX = ".index"
MARKER = "dubao-index.json"
#: Memory the index writer gathers documents in before it writes a segment.
WRITER_HEAP = 48_000_000
#: How long a writer waits for another one (another copy of the app).
WRITER_WAIT_S = 30.0
#: Rows read at a time when making the index anew.
REBUILD_BATCH = 1000

_TOKENIZER = "pairs"
#: Files tantivy rewrites in place (everything else it writes once).
_MUTABLE = {"meta.json", ".managed.json", ".tantivy-meta.lock", ".tantivy-writer.lock", MARKER}

#: (head pairs, body pairs, characters) of one article, as the index takes them.
Tokens = tuple[str, str, str]


def article_tokens(article: Article) -> Tokens:
    head, body = article_fields(article)
    return pair_tokens(head), pair_tokens(body), char_tokens(head, body)


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
        library_id, tokens = _identity(conn)
        problem = self._problem(library_id, tokens, thorough)
        if problem is None:
            try:
                self.sync(conn, codec)
                return
            except TextIndexDamagedError as err:
                problem = f"damaged: {err}"
        if problem.startswith("damaged"):
            self.damage = problem.removeprefix("damaged: ")
        self.rebuild(conn, codec)

    def _problem(self, library_id: str, tokens: str, thorough: bool) -> str | None:
        marker = self._marker()
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
            bad = self._bad_files(marker.get("files", {}))
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

    def _marker(self) -> dict[str, object] | None:
        try:
            data = json.loads((self.folder / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def _bad_files(self, files: object) -> str | None:
        if not isinstance(files, dict):
            return MARKER
        for name, crc in files.items():
            try:
                if _crc(self.folder / name) != crc:
                    return str(name)
            except OSError:
                return str(name)
        return None

    # ------------------------------------------------------------ writing

    def rebuild(self, conn: sqlite3.Connection, codec: TextCodec,
                progress: Callable[[int], None] | None = None) -> int:
        """Make the index again from every stored article; returns how many."""
        library_id, tokens = _identity(conn)
        with self._write_lock:
            self._index = None
            self._wipe()
            self.folder.mkdir(parents=True)
            self._index = self._open_index()
            n = 0
            with read_snapshot(conn), self._writer() as writer:
                top = conn.execute("SELECT max(seq) FROM index_queue").fetchone()[0]
                last = -1
                while True:
                    rows = conn.execute(
                        f"SELECT id, {ARTICLE_COLUMNS} FROM articles WHERE id > ? "
                        "ORDER BY id LIMIT ?", (last, REBUILD_BATCH)).fetchall()
                    if not rows:
                        break
                    for row in rows:
                        writer.add_document(self._doc(
                            row[0], article_tokens(article_from_row(row[1:], codec, conn))))
                    n += len(rows)
                    last = rows[-1][0]
                    if progress is not None:
                        progress(n)
                writer.commit()
            self._write_marker(library_id, tokens)
            if top is not None:
                with write_transaction(conn):
                    conn.execute("DELETE FROM index_queue WHERE seq <= ?", (top,))
            self._index.reload()
            return n

    def sync(self, conn: sqlite3.Connection, codec: TextCodec,
             fresh: dict[int, tuple[str, Tokens]] | None = None) -> int:
        """Take the queued articles into the index: each id's current row, or
        none if it was deleted.  *fresh*: id → (article key, tokens) the caller
        just wrote, used when the row still holds that article.  Returns how
        many ids were taken."""
        if conn.execute("SELECT 1 FROM index_queue LIMIT 1").fetchone() is None:
            return 0
        with self._write_lock, self._writer() as writer:
            with read_snapshot(conn):
                queued = conn.execute(
                    "SELECT seq, article_id FROM index_queue ORDER BY seq").fetchall()
                ids = sorted({r[1] for r in queued})
                rows = conn.execute(
                    f"SELECT id, key, {ARTICLE_COLUMNS} FROM articles "
                    "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
                ).fetchall()
            for article_id in ids:
                writer.delete_documents_by_term("id", article_id)
            for row in rows:
                known = fresh.get(row[0]) if fresh else None
                toks = known[1] if known is not None and known[0] == row[1] \
                    else article_tokens(article_from_row(row[2:], codec, conn))
                writer.add_document(self._doc(row[0], toks))
            writer.commit()
            self._update_marker()
        if queued:
            with write_transaction(conn):
                conn.execute("DELETE FROM index_queue WHERE seq <= ?", (queued[-1][0],))
        self._reader().reload()
        return len(ids)

    @contextlib.contextmanager
    def _writer(self) -> Iterator[tantivy.IndexWriter]:
        """The index's one writer, waiting for another process's to finish;
        merges are waited for before the lock is given back."""
        index = self._reader()
        deadline = time.monotonic() + WRITER_WAIT_S
        while True:
            try:
                writer = index.writer(WRITER_HEAP, 1)
                break
            except ValueError as err:
                if "LockBusy" not in str(err) or time.monotonic() > deadline:
                    raise LibraryError(f"the search index {self.folder} is busy: {err}") \
                        from err
                time.sleep(0.05)
        try:
            yield writer
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()

    def _doc(self, article_id: int, toks: Tokens) -> tantivy.Document:
        doc = tantivy.Document()
        doc.add_integer("id", article_id)
        doc.add_text("head", toks[0])
        doc.add_text("body", toks[1])
        doc.add_text("chars", toks[2])
        return doc

    def _wipe(self) -> None:
        """Remove the folder, if it is an index folder (or empty)."""
        if not self.folder.exists():
            return
        names = set(os.listdir(self.folder))
        if names and not names & {"meta.json", MARKER}:
            raise LibraryError(f"{self.folder} is in the way of the library's search index")
        shutil.rmtree(self.folder)

    def _write_marker(self, library_id: str, tokens: str) -> None:
        self._save_marker({"library": library_id, "tokens": tokens, "files": self._files({})})

    def _update_marker(self) -> None:
        marker = self._marker() or {}
        known = marker.get("files")
        marker["files"] = self._files(known if isinstance(known, dict) else {})
        self._save_marker(marker)

    def _files(self, known: dict[str, object]) -> dict[str, object]:
        """A checksum of each write-once file (known ones not read again)."""
        out: dict[str, object] = {}
        for name in sorted(os.listdir(self.folder)):
            if name in _MUTABLE or name.endswith(".tmp"):
                continue
            out[name] = known[name] if name in known else _crc(self.folder / name)
        return out

    def _save_marker(self, marker: dict[str, object]) -> None:
        tmp = self.folder / (MARKER + ".tmp")
        tmp.write_text(json.dumps(marker), encoding="utf-8")
        os.replace(tmp, self.folder / MARKER)

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


def _identity(conn: sqlite3.Connection) -> tuple[str, str]:
    """(the library's id, what its index depends on: the tokenizer, how text
    folds — a new OpenCC table changes it — and tantivy's index format): an
    index made for another library or with others is made again."""
    return (get_meta(conn, "library_id") or "",
            f"{TOKENS_VERSION}:{fold_signature()}:{getattr(tantivy, '__version__', '')}")


def _crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc
