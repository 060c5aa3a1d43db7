"""The indexer's write transactions, kept level with the text index's writer
(:class:`WriteBatch`): SQLite commits first, the index saves after, the
queue entries it took deleted only then."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator

from reader.core.library.store import write_transaction
from reader.core.library.textindex import TextIndex
from reader.core.library.textwriting import IndexWriting

__all__ = ["BATCH_SECONDS", "INDEX_SAVE_SECONDS", "WriteBatch"]

#: How long one write transaction gathers files before it commits.
BATCH_SECONDS = 0.5
#: How often the text index writes what it was given: each save is a segment
#: to merge later (every 5 s left a 100k-article index 12% larger and merged
#: more); searches see new pages after at most this long.
INDEX_SAVE_SECONDS = 15.0


class WriteBatch:
    """One write transaction spanning several files, committed every
    :data:`BATCH_SECONDS`; another writer waits at most that long.

    The text index's writer is taken at the first write of a run, before
    SQLite's lock (always in that order), and kept until the run ends: it is
    fed as rows are written (its own thread indexes while the next file is
    parsed, its merges run in the background) and saved every
    :data:`INDEX_SAVE_SECONDS`, always after the SQLite transactions it
    mirrors have committed.  The queue entries of a saved transaction (ids
    ``first < seq <= last``) are deleted in the next transaction; a kill
    before that leaves them for the next opening to take in again.
    """

    def __init__(self, conn: sqlite3.Connection, text_index: TextIndex,
                 on_commit: Callable[[], None]) -> None:
        self._conn = conn
        self._text = text_index
        self._since: float | None = None
        self._on_commit = on_commit
        self._first_seq = 0
        self._saved_at = time.monotonic()
        #: Queue ranges committed to SQLite, not yet to the index; then both.
        self._pending: list[tuple[int, int]] = []
        self._taken: list[tuple[int, int]] = []
        self._index: IndexWriting | None = None

    @contextlib.contextmanager
    def write(self) -> Iterator[IndexWriting]:
        if self._since is None:
            if self._index is None:
                self._index = self._text.begin()
                self._saved_at = time.monotonic()
            self._conn.execute("BEGIN IMMEDIATE")
            self._since = time.monotonic()
            self._forget_taken()
            self._first_seq = self._conn.execute(
                "SELECT coalesce(max(seq), 0) FROM index_queue").fetchone()[0]
        try:
            assert self._index is not None
            yield self._index
        except BaseException:
            self.rollback()
            raise

    def maybe_commit(self) -> None:
        if self._since is not None and time.monotonic() - self._since >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self._since is not None:
            last = self._conn.execute(
                "SELECT coalesce(max(seq), 0) FROM index_queue").fetchone()[0]
            self._conn.execute("COMMIT")  # failing (the disk full), still open: rolled back
            self._since = None
            self._pending.append((self._first_seq, last))
            if time.monotonic() - self._saved_at >= INDEX_SAVE_SECONDS:
                self._save()
            self._on_commit()

    def finish(self) -> None:
        """Commit, save the index, give its writer back (its merges done) and
        delete the queue entries it has taken."""
        self.commit()
        if self._index is not None:
            index, self._index = self._index, None
            index.commit()
            self._taken += self._pending
            self._pending = []
        if self._taken:
            with write_transaction(self._conn):
                self._forget_taken()

    def rollback(self) -> None:
        """Undo the open transaction and what the index was given since it was
        last saved (the queue keeps those rows for the next opening)."""
        try:
            if self._since is not None:
                self._since = None
                if self._conn.in_transaction:  # SQLite may have rolled it back itself
                    self._conn.execute("ROLLBACK")
        finally:
            if self._index is not None:
                index, self._index = self._index, None
                self._pending = []
                index.rollback()

    def _save(self) -> None:
        if self._index is not None and self._pending:
            self._index.save()
            self._taken += self._pending
            self._pending = []
        self._saved_at = time.monotonic()

    def _forget_taken(self) -> None:
        self._conn.executemany("DELETE FROM index_queue WHERE seq > ? AND seq <= ?",
                               self._taken)
        self._taken = []
