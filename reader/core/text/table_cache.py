"""Big word tables (jieba's dictionary, its IDF table) kept in the cache folder
as they are in memory, so they load in milliseconds instead of the second it
takes to build them.

A table is a list of byte strings (a trie, flat arrays: see
:mod:`reader.core.text.word_trie` and :mod:`reader.core.text.idf_table`) read
in one call.  Every load is checked: a magic string, the key the table was
built for (what it was built from), the length of each part and a CRC-32 of
each part.  A file that is truncated, damaged, from another format or built
from other sources is refused (:func:`read_parts` returns ``None``) and the
caller builds the table again.  Files are written to a temporary name and
renamed into place, so a reader never sees half a file.

    MAGIC | header length, header CRC | header (marshal: key, extra, part sizes and CRCs) | parts…
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import marshal
import os
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

MAGIC = b"DUBAO-TABLE-2\n\0\0"
_PREAMBLE_SIZE = len(MAGIC) + 8 + 4
#: A header holds a key, a small extra value and the parts' sizes: never this big.
_MAX_HEADER = 16 << 20
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

    return source_key(*sources, start=fold(_FOLD_PROBE).encode("utf-8", "surrogatepass"))


def source_key(*sources: str | bytes | Path, start: bytes = b"") -> str:
    """A short digest of what a table is built from (:func:`cache_key`'s, without
    folding: for tables that fold nothing)."""
    digest = hashlib.sha256(start)
    for source in sources:
        if isinstance(source, Path):
            stat = source.stat()
            digest.update(f"{source}\n{stat.st_size}\n{stat.st_mtime_ns}".encode(
                "utf-8", "surrogatepass"))
        elif isinstance(source, str):
            digest.update(source.encode("utf-8", "surrogatepass"))
        else:
            digest.update(source)
        digest.update(b"\0")
    return digest.hexdigest()[:24]


def table_path(cache_dir: Path, name: str, key: str) -> Path:
    """Where the table *name* built for *key* lives in *cache_dir*."""
    return cache_dir / f"{name}-{key}.table"


def read_parts(path: Path, key: str) -> tuple[list[bytearray], object] | None:
    """The byte strings :func:`write_parts` stored for *key* and its extra value,
    each checked, or ``None`` when the file is missing, unreadable, damaged,
    truncated or was built for another key.

    Each part is read straight into a buffer of its own, which the caller may
    keep as it is (``memoryview(part).cast(...)``): no copy of the whole file
    is made and let go, which would leave a hole of its size in the heap."""
    try:
        with path.open("rb") as fh:
            return _read_parts(fh, key)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def _read_parts(fh: io.BufferedReader, key: str) -> tuple[list[bytearray], object] | None:
    preamble = fh.read(_PREAMBLE_SIZE)
    if len(preamble) < _PREAMBLE_SIZE or preamble[: len(MAGIC)] != MAGIC:
        return None
    header_size = int.from_bytes(preamble[len(MAGIC) : len(MAGIC) + 8], "little")
    header_crc = int.from_bytes(preamble[len(MAGIC) + 8 :], "little")
    if header_size > _MAX_HEADER:
        return None
    header = fh.read(header_size)
    if len(header) != header_size or zlib.crc32(header) != header_crc:
        return None
    stored_key, extra, sizes = marshal.loads(header)
    if stored_key != key:
        return None
    whole = _PREAMBLE_SIZE + header_size + sum(size for size, _ in sizes)
    if whole != os.fstat(fh.fileno()).st_size:
        return None  # truncated or grown: refused before any buffer is made
    parts: list[bytearray] = []
    for size, crc in sizes:
        part = bytearray(size)
        if fh.readinto(part) != size or zlib.crc32(part) != crc:
            return None
        parts.append(part)
    if fh.read(1):
        return None  # more than was written
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


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Building a table makes half a million objects at once: without a pause
    they would trigger dozens of useless collections."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
