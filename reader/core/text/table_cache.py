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
it was built from), the length of each part and a CRC-32 of each part.  A file
that is truncated, damaged, from another format or built from other sources is
refused (:func:`read_table` returns ``None``) and the caller builds the table
again.  Files are written to a temporary name and renamed into place, so a
reader never sees half a file.

    MAGIC | header length, header CRC | header (marshal) | slice 1 words | slice 1 values | …
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import tempfile
import time
import zlib
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

MAGIC = b"DUBAO-TABLE-1\n\0\0"
_PREAMBLE_SIZE = len(MAGIC) + 8 + 4
#: Entries per slice: decoding one takes ~15 ms, the longest the lock is held.
SLICE_ENTRIES = 40_000
_TYPECODES = {int: "q", float: "d"}

Number = TypeVar("Number", int, float)


def table_path(cache_dir: Path, name: str, key: str) -> Path:
    """Where the table *name* built for *key* lives in *cache_dir*."""
    return cache_dir / f"{name}-{key}.table"


def read_table(
    path: Path, key: str, kind: type[Number]
) -> tuple[dict[str, Number], object] | None:
    """The table and the extra value stored with it, or ``None`` when the file is
    missing, unreadable, damaged, truncated or was built for another *key*."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _decode(memoryview(data), key, _TYPECODES[kind])
    except (ValueError, EOFError, TypeError, KeyError, UnicodeDecodeError, OverflowError):
        return None


def write_table(
    path: Path,
    key: str,
    table: Mapping[str, Number],
    kind: type[Number],
    extra: Any = None,
) -> bool:
    """Write *table* (and a small marshal-able *extra*) for *key*, atomically, and
    remove this table's files built for other keys.  ``False`` when it could not
    be written (a cache we cannot write only costs time)."""
    typecode = _TYPECODES[kind]
    words = list(table)
    if any("\n" in word for word in words):
        return False
    parts: list[bytes] = []
    slices: list[tuple[int, int, int, int]] = []
    for start in range(0, len(words), SLICE_ENTRIES):
        chunk = words[start : start + SLICE_ENTRIES]
        text = "\n".join(chunk).encode("utf-8", "surrogatepass")
        values = array(typecode, (table[word] for word in chunk)).tobytes()
        parts += (text, values)
        slices.append((len(text), len(values), len(chunk), zlib.crc32(values, zlib.crc32(text))))
    header = marshal.dumps((key, typecode, extra, slices))
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


def _decode(data: memoryview, key: str, typecode: str) -> tuple[dict[str, Any], object] | None:
    if len(data) < _PREAMBLE_SIZE or data[: len(MAGIC)] != MAGIC:
        return None
    header_size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 8], "little")
    header_crc = int.from_bytes(data[len(MAGIC) + 8 : _PREAMBLE_SIZE], "little")
    header = data[_PREAMBLE_SIZE : _PREAMBLE_SIZE + header_size]
    if len(header) != header_size or zlib.crc32(header) != header_crc:
        return None
    stored_key, stored_typecode, extra, slices = marshal.loads(header)
    if stored_key != key or stored_typecode != typecode or not isinstance(slices, list):
        return None
    offset = _PREAMBLE_SIZE + header_size
    if offset + sum(text + values for text, values, _, _ in slices) != len(data):
        return None
    table: dict[str, Any] = {}
    with gc_paused():
        for text_size, values_size, count, crc in slices:
            text = data[offset : offset + text_size]
            packed = data[offset + text_size : offset + text_size + values_size]
            offset += text_size + values_size
            if zlib.crc32(packed, zlib.crc32(text)) != crc:
                return None
            words = str(text, "utf-8", "surrogatepass").split("\n")
            values = array(typecode)
            values.frombytes(packed)
            if len(words) != count or len(values) != count:
                return None
            table.update(zip(words, values, strict=True))
            time.sleep(0)  # let the window's thread take the lock between slices
    return table, extra


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
