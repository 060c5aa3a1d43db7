"""The text index: tantivy, in a folder beside the library file, made from its rows.

SQLite holds what must never be lost (pages, articles, reading marks); the
index only answers "which articles hold these characters" and can always be
made again from the rows (docs/LIBRARY_INDEX.md says why tantivy).

Kept level whatever happens to the process: every write of an article row
also queues its id in ``index_queue`` in the same SQLite transaction;
:meth:`TextIndex.sync` takes each queued id's *current* row (or its absence)
into the index, commits it, and only then deletes the entries it took.  A
kill leaves entries behind, applied again by the next sync (idempotent);
until then searches read the queued rows (:mod:`reader.core.library.textsearch`).

The folder's marker (:mod:`reader.core.library.indexmarker`) names the
library and tokens it was made for and each file's size and checksum.  An
opening that may write makes the folder again when it is missing, foreign or
damaged; one that only reads (:meth:`TextIndex.look`) writes nothing.  A
read-only folder is opened through a private folder of links.  tantivy's
errors are sorted (:mod:`reader.core.library.indexfaults`) into full,
read-only, busy — or damage, mended here, never setting the library aside.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import tantivy

from reader.core.library import textquery
from reader.core.library.faults import Fault, LibraryError
from reader.core.library.indexfaults import (
    TextIndexDamagedError,
    describe_index,
    index_error,
    index_fault,
    is_index_error,
)
from reader.core.library.indexmarker import (
    MarkerUnreadableError,
    identity,
    note_damage,
    read_marker,
    refresh_fold_stats,
    update_marker,
    wipe,
    write_marker,
)
from reader.core.library.indexshadow import Shadow
from reader.core.library.query import ParsedQuery
from reader.core.library.store import write_transaction
from reader.core.library.textcheck import Trouble, folder_trouble
from reader.core.library.textcodec import TextCodec
from reader.core.library.textwriting import IndexWriting, article_tokens, new_writer

__all__ = ["IndexWriting", "TextIndex", "TextIndexDamagedError", "Trouble", "article_tokens"]

#: The folder's name is the library file's plus this.
FOLDER_SUFFIX = ".index"
#: How long a writer waits for another one (another copy of the app).
WRITER_WAIT_S = 30.0

_TOKENIZER = "pairs"


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_integer_field("id", indexed=True, fast=True)
    sb.add_text_field("head", tokenizer_name=_TOKENIZER, index_option="position")
    sb.add_text_field("body", tokenizer_name=_TOKENIZER, index_option="position")
    sb.add_text_field("chars", tokenizer_name=_TOKENIZER, index_option="basic")
    return sb.build()


# Where tantivy's files are opened (its writer: textwriting.new_writer).

def open_tantivy(folder: Path, schema: tantivy.Schema, create: bool) -> tantivy.Index:
    """tantivy's index in *folder*; made there when *create* (else it must be there)."""
    if create:
        return tantivy.Index(schema, path=str(folder), reuse=True, sort_by_field="id",
                             sort_order=tantivy.Order.Desc)
    return tantivy.Index.open(str(folder))


class TextIndex:
    """The index folder of one library file; safe to share between threads."""

    def __init__(self, db_path: Path, read_only: bool = False) -> None:
        self.library = db_path
        self.folder = db_path.with_name(db_path.name + FOLDER_SUFFIX)
        #: Opened by a command that only reads: nothing is ever written.
        self.read_only = read_only
        self._schema = _schema()
        self._index: tantivy.Index | None = None
        self._shadow = Shadow(self.folder)
        self._write_lock = threading.Lock()
        #: Why the index was found damaged (None: it was not).
        self.damage: str | None = None
        #: Why the index does not answer (searches then read the library
        #: itself); None: it does.
        self.unusable: Trouble | None = None
        #: Whether the index was made again after :attr:`damage` was found.
        self.rebuilt = False

    # ------------------------------------------------------------ opening

    def open(self, conn: sqlite3.Connection, codec: TextCodec, thorough: bool = False) -> None:
        """For an opening that may write: open the folder, making it again from
        the rows when it is missing, made for another library or other tokens,
        or damaged (``damage`` then says why); then take in what the queue
        holds.  What cannot be done now (the disk full, another indexer at
        work, a folder that cannot be written) is left for a later opening:
        searches read around it meanwhile."""
        trouble = self._check(conn, thorough)
        if trouble is None:
            with contextlib.suppress(MarkerUnreadableError):
                refresh_fold_stats(self.folder, read_marker(self.folder))
            try:
                self.sync(conn, codec, wait=False)
                return
            except TextIndexDamagedError as err:
                trouble = Trouble(str(err), damaged=True)
            except LibraryError:
                return  # the queue keeps its entries; searches read them from the rows
        self._make_again(conn, codec, trouble)

    def look(self, conn: sqlite3.Connection, thorough: bool = False) -> None:
        """For an opening that only reads: open the folder as it is, writing
        nothing; an index that cannot serve is read around (``unusable``)."""
        trouble = self._check(conn, thorough)
        if trouble is not None:
            self._read_around(trouble)

    def mend(self, conn: sqlite3.Connection, codec: TextCodec, reason: str) -> None:
        """Damage met while searching: make the index again (where this
        opening may write and nothing stops it), else read around it."""
        self._make_again(conn, codec, Trouble(reason, damaged=True))

    def _make_again(self, conn: sqlite3.Connection, codec: TextCodec, trouble: Trouble) -> None:
        if trouble.damaged:
            self.damage = trouble.reason
        if trouble.fault is None and not self.read_only:
            try:
                self.rebuild(conn, codec, anew=trouble.damaged)
                self.rebuilt = trouble.damaged
                return
            except LibraryError as err:  # full, busy, read-only: made again later
                if trouble.damaged:
                    note_damage(self.folder, trouble.reason)
                trouble = Trouble(f"{trouble.reason}; {err}", trouble.damaged, err.fault)
        self._read_around(trouble)

    def read_around(self, reason: str, damaged: bool, err: LibraryError) -> None:
        """The index cannot be made again now (*err* says why): searches read
        the library itself."""
        self._read_around(Trouble(f"{reason}; {err}", damaged, err.fault))

    def made_elsewhere(self, conn: sqlite3.Connection, damage: str | None) -> None:
        """Another opening of the library made the index again (*damage*: why
        it had to): open it as it now is."""
        self.unusable = None
        self.damage = damage
        self.rebuilt = damage is not None
        trouble = self._check(conn, False)
        if trouble is not None:
            self._read_around(trouble)

    def _read_around(self, trouble: Trouble) -> None:
        self.unusable = trouble
        if trouble.damaged:
            self.damage = trouble.reason
        self._index = None

    def _check(self, conn: sqlite3.Connection, thorough: bool) -> Trouble | None:
        """What is wrong with the folder (None: nothing), writing nothing."""
        trouble = folder_trouble(self.folder, conn, thorough)
        if trouble is not None:
            return trouble
        try:
            self._index = self._open_index()
            self._index.searcher()
        except BaseException as err:
            if not is_index_error(err):
                raise
            self._index = None
            fault = index_fault(err)
            if fault is None:
                return Trouble(str(index_error(err, self.library)), damaged=True)
            return Trouble(describe_index(fault, self.library), fault=fault)
        return None

    def _open_index(self, create: bool = False) -> tantivy.Index:
        try:
            index = open_tantivy(self.folder, self._schema, create)
        except BaseException as err:
            # tantivy takes a lock file even to read: a folder it cannot write
            # is read through a private folder of links to its files.
            if create or not is_index_error(err) or index_fault(err) is not Fault.READ_ONLY:
                raise
            index = open_tantivy(self._shadow.make(), self._schema, False)
        index.register_tokenizer(
            _TOKENIZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        # No watcher thread: the library reloads when SQLite says another
        # connection wrote (Library._reading), and after its own commits.
        index.config_reader(reload_policy="manual")
        return index

    def close(self) -> None:
        """Let go of the index's files (its memory maps go with the last searcher)."""
        self._index = None
        self._shadow.remove()

    # ------------------------------------------------------------ writing

    def rebuild(self, conn: sqlite3.Connection, codec: TextCodec,
                progress: Callable[[int], None] | None = None, anew: bool = True) -> int:
        """Make the index again from every stored article; returns how many.
        Not *anew*: when another copy of the app made it meanwhile, it is kept."""
        if self.read_only or self._shadow.active:
            raise LibraryError(describe_index(Fault.READ_ONLY, self.library), Fault.READ_ONLY)
        library_id, tokens = identity(conn)
        with self._write_lock:
            self._index = None
            self._index = self._folder(conn)
        with self._writer(wait=True) as writer:
            assert writer is not None
            if not anew and self._check(conn, False) is None:
                self.unusable = None
                return 0  # made by another copy of the app while this one waited
            n, top = writer.put_every_row(conn, codec, progress)
            writer.commit()
            self._call(lambda: write_marker(self.folder, library_id, tokens))
        if top is not None:
            with write_transaction(conn):
                conn.execute("DELETE FROM index_queue WHERE seq <= ?", (top,))
        self.unusable = None
        return n

    def _folder(self, conn: sqlite3.Connection) -> tantivy.Index:
        """The index to write, the folder made anew where it cannot be opened.
        Under SQLite's write lock, held a moment: copies of the app opening a
        new library together make the folder one at a time."""
        with write_transaction(conn):
            try:
                index = self._open_index()
                index.searcher()
                return index
            except BaseException as err:
                if not is_index_error(err):
                    raise
                if self.folder.exists() and index_fault(err) is not None:
                    raise index_error(err, self.library) from err
            try:
                wipe(self.folder)
                self.folder.mkdir(parents=True)
                return self._open_index(create=True)
            except BaseException as err:
                if not is_index_error(err):
                    raise
                raise index_error(err, self.library) from err

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
            taken, last = writer.take_queue(conn, codec)
            writer.commit()
            if last is not None:
                with write_transaction(conn):
                    conn.execute("DELETE FROM index_queue WHERE seq <= ?", (last,))
        return taken

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
        if self.read_only or self._shadow.active:
            raise LibraryError(describe_index(Fault.READ_ONLY, self.library), Fault.READ_ONLY)
        index = self._reader()
        busy = LibraryError(describe_index(Fault.LOCKED, self.library), Fault.LOCKED)
        if not self._write_lock.acquire(timeout=WRITER_WAIT_S if wait else 0):
            if not wait:
                return None
            raise busy
        deadline = time.monotonic() + WRITER_WAIT_S
        while True:
            try:
                return IndexWriting(new_writer(index), self.library, self._write_lock,
                                    self._written)
            except BaseException as err:
                problem = index_error(err, self.library) if is_index_error(err) else err
                locked = isinstance(problem, LibraryError) and problem.fault is Fault.LOCKED
                if not locked or not wait or time.monotonic() > deadline:
                    self._write_lock.release()
                    if locked and not wait:
                        return None
                    raise problem from err
                time.sleep(0.05)

    def _written(self) -> None:
        """After a commit: checksums of the new files, and searches see it."""
        self._call(lambda: update_marker(self.folder))
        self.reload()

    def _call(self, write: Callable[[], None]) -> None:
        """A write of the marker, its failure told as the index's fault."""
        try:
            write()
        except OSError as err:
            raise index_error(err, self.library) from err

    # ------------------------------------------------------------ reading

    @property
    def answers(self) -> bool:
        """Whether the index can be asked (else the library is read itself)."""
        return self.unusable is None and self._index is not None

    def _reader(self) -> tantivy.Index:
        if self._index is None:
            raise LibraryError("the search index is not open")
        return self._index

    def reload(self) -> None:
        """See what another process committed."""
        if self._index is None:
            return
        try:
            if self._shadow.active:
                self._shadow.make()  # links to the files written since
            self._index.reload()
        except BaseException as err:
            if not is_index_error(err):
                raise
            raise index_error(err, self.library) from err

    def top(self, query: ParsedQuery, limit: int, offset: int,
            without: Sequence[int] = ()) -> tuple[int, list[tuple[int, float]]]:
        """(total, [(article id, score)]) of the slice asked for (:func:`textquery.top`)."""
        return textquery.top(self._searcher(), self._schema, query, limit, offset, without)

    def all_ids(self, query: ParsedQuery, without: Sequence[int] = ()) -> list[int]:
        """Every matching article id, newest first."""
        return textquery.all_ids(self._searcher(), self._schema, query, without)

    def stats(self, field: str, tokens: Sequence[str]) -> tuple[int, list[int]]:
        """(articles indexed, in how many of them *field* holds each token)."""
        searcher = self._searcher()
        return searcher.num_docs, [textquery.doc_freq(searcher, field, t) for t in tokens]

    def problem(self, conn: sqlite3.Connection, codec: TextCodec) -> str | None:
        """None when the index holds each stored article once (the queue taken
        in first), else what differs."""
        if not self.answers:
            assert self.unusable is not None
            return f"the search index cannot be used: {self.unusable.reason}"
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
        except BaseException as err:
            if not is_index_error(err):
                raise
            raise TextIndexDamagedError(str(err)) from err
