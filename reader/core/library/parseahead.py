"""Pages read and parsed ahead of the indexer, in other processes.

Indexing a folder is bound by one Python thread: reading, decoding and
parsing each page take about half of it, storing and feeding the text index
the rest.  With a core to spare, :class:`ParseAhead` has other processes
(spawned, never forked: the indexer has threads) read, decode and parse the
next pages while the indexer stores the current one; the indexer then takes
each page as it comes, in order.

Nothing here decides anything: a page the indexer would not read (unchanged
since it was indexed) is not sent; a file that changed between being parsed
and being stored (its size or time differ), or that could not be read or
parsed in the other process, is read again by the indexer itself, which
reports its errors as it always does.  The other processes write nothing,
and end with the indexer, however it ends (killed included).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from reader.core.model import Page
from reader.core.text.decode import decode_bytes, read_regular_file

__all__ = ["ParseAhead", "Parsed", "page_digest", "parse_file", "parse_workers"]

#: Pages sent ahead of the one being stored, per process.
DEPTH = 8
#: Fewer files than this are parsed by the indexer alone: starting a process
#: (~0.2 s: Python and the parser) would cost more than it saves.
MIN_FILES = 48


@dataclass(frozen=True, slots=True)
class Parsed:
    """A page file as another process read and parsed it."""

    size: int
    mtime_ns: int
    digest: str
    #: Each character of the page's text once (what the library notes of it):
    #: the text itself is in *page*, and need not cross twice.
    chars: str
    page: Page


def parse_workers(files: int) -> int:
    """How many processes to parse *files* pages with: a core is left to the
    indexer and one to the text index's own thread; none for a few files."""
    if files < MIN_FILES:
        return 0
    return max(0, min(2, (os.cpu_count() or 1) - 1))


def page_digest(data: bytes) -> str:
    """The content hash the library keeps of a page file."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def parse_file(path: str) -> Parsed | None:
    """Read, decode and parse the page at *path* (in another process); None
    when anything goes wrong: the indexer then reads it itself."""
    from reader.core.page.pages import page_from_text

    try:
        st = os.stat(path)
        data = read_regular_file(path, st.st_size)
        decoded = decode_bytes(data)
        page = page_from_text(decoded.text, path=path, encoding=decoded.encoding)
    except Exception:  # said by the indexer when it reads the file itself
        return None
    return Parsed(st.st_size, st.st_mtime_ns, page_digest(data), "".join(set(decoded.text)), page)


def _end_with_parent() -> None:
    """In a parsing process: end when the indexer does, however it ends (a
    pool's process holds both ends of its queue, so it never sees the
    indexer go: it waits on the parent's sentinel instead)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


class ParseAhead:
    """Pages of *paths* parsed by *workers* other processes, taken in order
    with :meth:`take`.  *wanted(path)* says whether the indexer will read a
    file (asked when it is about to be sent)."""

    def __init__(self, paths: Sequence[Path], workers: int,
                 wanted: Callable[[Path], bool]) -> None:
        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_end_with_parent)
        self._wanted = wanted
        self._next: Iterator[Path] = iter(paths)
        self._sent: deque[tuple[Path, Future[Parsed | None] | None]] = deque()
        self._depth = DEPTH * workers
        self._fill()

    def _fill(self) -> None:
        while len(self._sent) < self._depth:
            path = next(self._next, None)
            if path is None:
                return
            job = self._pool.submit(parse_file, str(path)) if self._wanted(path) else None
            self._sent.append((path, job))

    def take(self, path: Path) -> Parsed | None:
        """*path*'s page as parsed ahead (None: not sent, or it failed); the
        paths must be taken in the order they were given."""
        while self._sent and self._sent[0][0] != path:
            self._sent.popleft()  # skipped by the indexer (seen twice)
        if not self._sent:
            return None
        _, job = self._sent.popleft()
        self._fill()
        if job is None:
            return None
        try:
            return job.result()
        except Exception:  # a process that died: the indexer reads it itself
            return None

    def close(self) -> None:
        """Stop the other processes (what they were still parsing is dropped)."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    def __enter__(self) -> ParseAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
