"""Big word tables (jieba's prefix dictionary, its IDF table) kept in the cache
folder in a form that loads in a fraction of the time it takes to build them.

Why this layout: ``marshal.load`` on a file object calls back into Python for
every string and number it reads, so loading half a million entries that way
took as long as building them from jieba's text file.  Here the file is read
in one call and each slice is decoded from memory: its words as one UTF-8
string split on newlines, its values as one packed array.  A slice is small
enough (~15 ms) that the interpreter lock is offered to other threads between
slices, so a window loading the table on a worker never stalls.

Every load is checked: a magic string, the key the table was built for (what
it was built from), the length of each part and a CRC-32 of each part.  The
same checked container (:func:`write_parts`, :func:`read_parts`) holds any
list of byte strings, e.g. the flat arrays of :mod:`reader.core.text.idf_table`.  A file
that is truncated, damaged, from another format or built from other sources is
refused (:func:`read_table` returns ``None``) and the caller builds the table
again.  Files are written to a temporary name and renamed into place, so a
reader never sees half a file.

    MAGIC | header length, header CRC | header (marshal: key, extra, part sizes and CRCs) | parts…
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import tempfile
import time
import zlib
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

MAGIC = b"DUBAO-TABLE-2\n\0\0"
_PREAMBLE_SIZE = len(MAGIC) + 8 + 4
#: Entries per slice: decoding one takes ~5-10 ms (growing the table past a
#: power of two adds ~15 ms once in a while), the longest the lock is held.
SLICE_ENTRIES = 20_000
_TYPECODES = {int: "q", float: "d"}

Number = TypeVar("Number", int, float)


#: Every character folding may touch: ASCII, CJK (with extension A and the
#: compatibility block) and full-width forms.
_FOLD_PROBE = "".join(
    chr(c)
    for lo, hi in ((0x20, 0x7F), (0x3000, 0xA000), (0xF900, 0xFB00), (0xFF00, 0xFFF0))
    for c in range(lo, hi)
)


def cache_key(*sources: str | bytes | Path) -> str:
    """A short digest of what a table of folded words is built from: text and
    bytes as given, files by path, size and modification time.  Folding itself
    is part of it (a change to folding must rebuild every table)."""
    from reader.core.text.fold import fold

    digest = hashlib.sha256(fold(_FOLD_PROBE).encode("utf-8", "surrogatepass"))
    for source in sources:
        if isinstance(source, Path):
            stat = source.stat()
            digest.update(f"{source}\n{stat.st_size}\n{stat.st_mtime_ns}".encode())
        elif isinstance(source, str):
            digest.update(source.encode("utf-8", "surrogatepass"))
        else:
            digest.update(source)
        digest.update(b"\0")
    return digest.hexdigest()[:24]


def table_path(cache_dir: Path, name: str, key: str) -> Path:
    """Where the table *name* built for *key* lives in *cache_dir*."""
    return cache_dir / f"{name}-{key}.table"


def read_table(
    path: Path, key: str, kind: type[Number]
) -> tuple[dict[str, Number], object] | None:
    """The table and the extra value stored with it, or ``None`` when the file is
    missing, unreadable, damaged, truncated or was built for another *key*."""
    stored = read_parts(path, key)
    if stored is None:
        return None
    parts, meta = stored
    if not isinstance(meta, tuple) or len(meta) != 3:
        return None
    typecode, extra, counts = meta
    if typecode != _TYPECODES[kind] or not isinstance(counts, list):
        return None
    if len(parts) != 2 * len(counts):
        return None
    try:
        return _decode_table(parts, typecode, counts), extra
    except (ValueError, TypeError, UnicodeDecodeError):
        return None


def write_table(
    path: Path,
    key: str,
    table: Mapping[str, Number],
    kind: type[Number],
    extra: Any = None,
) -> bool:
    """Write *table* (and a small marshal-able *extra*) for *key*: its words and
    values a slice at a time (see :func:`write_parts`)."""
    typecode = _TYPECODES[kind]
    words = list(table)
    if any("\n" in word for word in words):
        return False
    parts: list[bytes] = []
    counts: list[int] = []
    for start in range(0, len(words), SLICE_ENTRIES):
        chunk = words[start : start + SLICE_ENTRIES]
        parts.append("\n".join(chunk).encode("utf-8", "surrogatepass"))
        parts.append(array(typecode, (table[word] for word in chunk)).tobytes())
        counts.append(len(chunk))
    return write_parts(path, key, parts, (typecode, extra, counts))


def read_parts(path: Path, key: str) -> tuple[list[memoryview], object] | None:
    """The byte strings :func:`write_parts` stored for *key* and its extra value,
    each checked, or ``None`` when the file is missing, unreadable, damaged,
    truncated or was built for another key."""
    try:
        data = memoryview(path.read_bytes())
    except OSError:
        return None
    if len(data) < _PREAMBLE_SIZE or data[: len(MAGIC)] != MAGIC:
        return None
    header_size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 8], "little")
    header_crc = int.from_bytes(data[len(MAGIC) + 8 : _PREAMBLE_SIZE], "little")
    header = data[_PREAMBLE_SIZE : _PREAMBLE_SIZE + header_size]
    if len(header) != header_size or zlib.crc32(header) != header_crc:
        return None
    try:
        stored_key, extra, sizes = marshal.loads(header)
        if stored_key != key:
            return None
        offset = _PREAMBLE_SIZE + header_size
        if offset + sum(size for size, _ in sizes) != len(data):
            return None
        parts: list[memoryview] = []
        for size, crc in sizes:
            part = data[offset : offset + size]
            offset += size
            if zlib.crc32(part) != crc:
                return None
            parts.append(part)
    except (ValueError, EOFError, TypeError):
        return None
    return parts, extra


def write_parts(path: Path, key: str, parts: Sequence[bytes], extra: Any = None) -> bool:
    """Write *parts* (and a small marshal-able *extra*) for *key*, atomically, and
    remove this table's files built for other keys.  ``False`` when it could not
    be written (a cache we cannot write only costs time)."""
    sizes = [(len(part), zlib.crc32(part)) for part in parts]
    header = marshal.dumps((key, extra, sizes))
    preamble = MAGIC + len(header).to_bytes(8, "little") + zlib.crc32(header).to_bytes(4, "little")
    tmp = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(preamble)
            fh.write(header)
            for part in parts:
                fh.write(part)
        os.replace(tmp, path)
    except OSError:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
    name = path.name.rpartition("-")[0]
    for old in path.parent.glob(f"{name}-*"):
        if old != path and old.suffix in (".table", ".marshal"):
            with contextlib.suppress(OSError):
                old.unlink()
    return True


def _decode_table(parts: list[memoryview], typecode: str, counts: list[int]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    with gc_paused():
        for i, count in enumerate(counts):
            words = str(parts[2 * i], "utf-8", "surrogatepass").split("\n")
            values = array(typecode)
            values.frombytes(parts[2 * i + 1])
            if len(words) != count or len(values) != count:
                raise ValueError("a slice of the wrong length")
            table.update(zip(words, values, strict=True))
            time.sleep(0)  # let the window's thread take the lock between slices
    return table


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Half a million new objects would trigger dozens of useless collections."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
