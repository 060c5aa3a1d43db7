"""Reading what can still be read from a damaged library file, read-only.

Three sources, each reaching what the others may not:

* SQLite itself, on the file opened read-only (or, when its 100-byte header is
  garbage, on a copy with a header rebuilt): every carried table is scanned in
  batches forwards and then backwards, skipping ahead past a damaged stretch,
  so one bad page costs the rows on it and no more;
* the file's pages read directly, without SQLite (its first page, where the
  schema lives, may be the one destroyed): the page list is found wherever
  its rows or its index on paths survive;
* the marks file beside the library (:mod:`reader.core.library.journal`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.library.journal import MarksJournal, MarkState
from reader.core.library.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SQLITE_MAGIC,
    schema_version,
    uri,
)

#: The tables that hold a library's content, carried over to a new file when
#: the old one is damaged: the compression dictionaries without which the
#: articles' text cannot be read (schema 3), and the characters trends count
#: spellings of.  The search index is not among them: it is made again from
#: the articles (and its queue with it).
CARRIED_TABLES = ("pages", "text_dicts", "articles", "reading", "unfolded_chars")
_BATCH = 256


@dataclass(slots=True)
class Salvaged:
    """What could be read from a damaged library."""

    version: int = SCHEMA_VERSION
    columns: dict[str, list[str]] = field(default_factory=dict)
    rows: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)
    #: Every page path found, wherever (rows, the index on paths, raw pages).
    paths: set[str] = field(default_factory=set)
    #: The marks file's marks.
    journal: dict[str, MarkState] = field(default_factory=dict)

    def marks(self) -> dict[str, tuple[bool, bool]]:
        """article key → (read, starred), the file's rows first, then the marks file."""
        out = {k: (s.read_at is not None, s.starred_at is not None)
               for k, s in self.journal.items()}
        cols = self.columns.get("reading", [])
        if {"key", "read_at", "starred_at"} <= set(cols):
            k, r, s = cols.index("key"), cols.index("read_at"), cols.index("starred_at")
            for row in self.rows.get("reading", []):
                if row[r] is not None or row[s] is not None:
                    out[str(row[k])] = (row[r] is not None, row[s] is not None)
        return out


def read_damaged(path: Path) -> Salvaged:
    """Everything readable from the library at *path* (never written to)."""
    found = Salvaged()
    with _readable(path) as conn:
        if conn is not None:
            _read_tables(conn, found)
    found.paths |= raw_page_paths(path)
    found.journal = MarksJournal(path).replay()
    return found


def _read_tables(conn: sqlite3.Connection, found: Salvaged) -> None:
    with contextlib.suppress(sqlite3.Error, ValueError):
        found.version = min(schema_version(conn) or SCHEMA_VERSION, SCHEMA_VERSION)
    for table in CARRIED_TABLES:
        try:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        except sqlite3.Error:
            continue
        if not info:
            continue
        cols = [str(r[1]) for r in info]
        order = "rowid" if _has_rowid(conn, table) else next(
            (str(r[1]) for r in info if r[5]), cols[0])
        found.columns[table] = cols
        found.rows[table] = scan(conn, table, cols, order)
    cols = found.columns.get("pages", [])
    if "path" in cols:
        at = cols.index("path")
        found.paths.update(str(r[at]) for r in found.rows["pages"] if isinstance(r[at], str))
    # The index on paths is a second copy of them, on pages of its own.
    found.paths.update(str(r[0]) for r in scan(conn, "pages", ["path"], "path",
                                               index="sqlite_autoindex_pages_1")
                       if isinstance(r[0], str))


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    try:
        conn.execute(f'SELECT rowid FROM "{table}" LIMIT 0')
    except sqlite3.Error:
        return False   # WITHOUT ROWID: its key orders it
    return True


def scan(conn: sqlite3.Connection, table: str, cols: list[str], order: str,
         index: str | None = None) -> list[tuple[object, ...]]:
    """The rows of *table* that can be read, in batches along *order* (the
    rowid or a unique key): forwards until a damaged stretch, skipping ahead
    past it where the order is a number, then backwards from the end."""
    what = ", ".join(f'"{c}"' for c in cols)
    source = f'"{table}"' + (f" INDEXED BY {index}" if index else "")
    key_at = cols.index(order) if order in cols else None
    select = f"SELECT {order}, {what} FROM {source}" if key_at is None else \
        f"SELECT {what} FROM {source}"
    got: dict[object, tuple[object, ...]] = {}

    def batch(cond: str, value: object, desc: bool) -> list[tuple[object, ...]]:
        sql = (f"{select} WHERE {order} {cond} ? ORDER BY {order} "
               f"{'DESC' if desc else 'ASC'} LIMIT {_BATCH}")
        return conn.execute(sql, (value,)).fetchall()

    def keep(rows: list[tuple[object, ...]]) -> object:
        for row in rows:
            if key_at is None:
                got[row[0]] = tuple(row[1:])
            else:
                got[row[key_at]] = tuple(row)
        last = rows[-1]
        return last[0] if key_at is None else last[key_at]

    for desc in (False, True):
        numeric = order == "rowid"
        if numeric:
            start: object = 2**63 - 1 if desc else -(2**63)
        else:
            start = "\U0010ffff" * 4 if desc else ""
        cond = "<" if desc else ">"
        last, step, misses = start, 1, 0
        while misses < 70:
            try:
                rows = batch(cond, last, desc)
            except sqlite3.Error:
                if not numeric or not isinstance(last, int):
                    break
                misses += 1
                nxt = last - step if desc else last + step
                if not -(2**63) < nxt < 2**63 - 1:
                    break
                last, step = nxt, step * 2
                continue
            if not rows:
                break
            last, step, misses = keep(rows), 1, 0
    return list(got.values())


@contextlib.contextmanager
def _readable(path: Path) -> Iterator[sqlite3.Connection | None]:
    """The damaged file opened read-only; if SQLite cannot read even its
    schema there (a garbage header), a copy with its header rebuilt; else None."""
    conn = _try_open(uri(path, mode="ro"))
    if conn is not None:
        try:
            yield conn
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=path.parent) as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        if repaired_copy(path, copy):
            conn = _try_open(uri(copy, mode="ro", immutable="1"))
        try:
            yield conn
        finally:
            if conn is not None:
                conn.close()


def _try_open(target: str) -> sqlite3.Connection | None:
    try:
        conn = sqlite3.connect(target, uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        if "immutable" not in target:
            return _try_open(target + "&immutable=1")
        return None
    return conn


def page_size_of(data: bytes) -> int:
    """The page size of a database file whose header cannot be trusted: the
    size at which the most pages start like b-tree (or overflow) pages."""
    header = int.from_bytes(data[16:18], "big") if len(data) >= 18 else 0
    if data.startswith(SQLITE_MAGIC) and header in (512, 1024, 2048, 4096, 8192, 16384, 32768, 1):
        return 65536 if header == 1 else header
    best, score = 4096, -1.0
    for size in (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512):
        pages = range(1, min(len(data) // size, 400))
        if not pages:
            continue
        good = sum(1 for i in pages if data[i * size] in (0, 2, 5, 10, 13))
        if good / len(pages) > score + 0.05:
            best, score = size, good / len(pages)
    return best


def repaired_copy(path: Path, copy: Path) -> bool:
    """Copy *path* to *copy* with a new 100-byte header (page size found from
    the pages), so SQLite can read the rest.  False if there is nothing to copy."""
    try:
        shutil.copyfile(path, copy)
        with copy.open("r+b") as fh:
            head = fh.read(1 << 20)
            size = page_size_of(head)
            pages = os.fstat(fh.fileno()).st_size // size
            if pages == 0:
                return False
            fh.seek(0)
            fh.write(_header(size, pages))
    except OSError:
        return False
    return True


def _header(page_size: int, pages: int) -> bytes:
    h = bytearray(100)
    h[0:16] = SQLITE_MAGIC
    h[16:18] = (1 if page_size == 65536 else page_size).to_bytes(2, "big")
    h[18], h[19], h[20], h[21], h[22], h[23] = 1, 1, 0, 64, 32, 32
    h[24:28] = (1).to_bytes(4, "big")            # change counter
    h[28:32] = pages.to_bytes(4, "big")          # size in pages, valid for counter 1
    h[40:44] = (1).to_bytes(4, "big")            # schema cookie
    h[44:48] = (4).to_bytes(4, "big")            # schema format
    h[56:60] = (1).to_bytes(4, "big")            # UTF-8
    h[68:72] = APPLICATION_ID.to_bytes(4, "big")
    h[92:96] = (1).to_bytes(4, "big")
    h[96:100] = (3040001).to_bytes(4, "big")
    return bytes(h)


# ---- reading pages without SQLite ---------------------------------------------------

def raw_page_paths(path: Path) -> set[str]:
    """Page paths read straight from the file's b-tree pages: rows of the page
    list (a path next to a 32-digit content hash) and entries of its index on
    paths, wherever they survive.  Folders and paths no longer on disk are
    left out by the caller."""
    try:
        data = path.read_bytes()
    except OSError:
        return set()
    size = page_size_of(data)
    usable = size - (data[20] if data.startswith(SQLITE_MAGIC) else 0)
    found: set[str] = set()
    for start in range(0, len(data) - 8, size):
        page = data[start: start + size]
        head = 100 if start == 0 else 0
        kind = page[head] if len(page) > head else 0
        if kind not in (10, 13):
            continue
        for values in _cells(page, head, kind == 13, usable):
            text = _page_path(values, table=kind == 13)
            if text is not None:
                found.add(text)
    return found


def _page_path(values: list[object], table: bool) -> str | None:
    if table:
        # id (NULL: the rowid), path, folder, name, size, mtime_ns, hash, …
        if len(values) >= 13 and values[0] is None and isinstance(values[1], str) \
                and isinstance(values[6], str) and len(values[6]) == 32:
            return values[1]
        return None
    if len(values) == 2 and isinstance(values[0], str) and isinstance(values[1], int) \
            and os.sep in values[0]:
        return values[0]
    return None


def _varint(buf: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        if at + i >= len(buf):
            raise ValueError("cut")
        byte = buf[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise ValueError("varint")


def _cells(page: bytes, head: int, table: bool, usable: int) -> Iterator[list[object]]:
    """The decoded records of a leaf page's cells held whole on the page."""
    count = int.from_bytes(page[head + 3: head + 5], "big")
    limit = usable - 35 if table else (usable - 12) * 64 // 255 - 23
    for i in range(min(count, (len(page) - head - 8) // 2)):
        ptr = int.from_bytes(page[head + 8 + 2 * i: head + 10 + 2 * i], "big")
        try:
            size, at = _varint(page, ptr)
            if table:
                _, at = _varint(page, at)
            if size > limit or at + size > len(page):
                continue
            values = _record(page[at: at + size])
        except (ValueError, UnicodeDecodeError, IndexError):
            continue
        yield values


def _record(rec: bytes) -> list[object]:
    header, at = _varint(rec, 0)
    types: list[int] = []
    while at < header:
        t, at = _varint(rec, at)
        types.append(t)
    at = header
    out: list[object] = []
    for t in types:
        if t == 0:
            out.append(None)
        elif 1 <= t <= 6:
            n = (1, 2, 3, 4, 6, 8)[t - 1]
            out.append(int.from_bytes(rec[at: at + n], "big", signed=True))
            at += n
        elif t == 7:
            out.append(float("nan"))   # a REAL: not needed here
            at += 8
        elif t in (8, 9):
            out.append(t - 8)
        elif t >= 12:
            n = (t - 12) // 2
            chunk = rec[at: at + n]
            if len(chunk) < n:
                raise ValueError("cut")
            out.append(chunk.decode("utf-8", "surrogateescape") if t % 2 else chunk)
            at += n
        else:
            raise ValueError("reserved type")
    return out
