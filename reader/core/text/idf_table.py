"""jieba's IDF table (how telling a word is in Chinese at large), folded, kept
in four flat arrays instead of a dict.

As a dict of 270k words the table held ~50 MB in the window to weigh the key
terms of one article at a time.  Here it is an open-addressing hash table over
flat arrays: slots, word offsets, IDF values (float32) and the words as one
UTF-8 string; ~6.5 MB, loaded from the cache folder in milliseconds, a lookup in
about a microsecond.  Hashes are CRC-32 of the UTF-8 word, so the arrays can
be stored and read back as they are.
"""

from __future__ import annotations

import heapq
import io
import itertools
import sys
import threading
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from reader.core.text.fold import fold
from reader.core.text.table_cache import cache_key, read_parts, table_path, write_parts

_FORMAT = 2


class IdfTable(Mapping[str, float]):
    """Folded word → IDF, read-only; :attr:`median` stands in for unknown words."""

    def __init__(self, slots: array[int] | memoryview, offsets: array[int] | memoryview,
                 values: array[float] | memoryview[float], blob: bytes | bytearray,
                 median: float) -> None:
        """The arrays as built (``array``) or as read (``memoryview`` casts of the
        cache file's parts, kept as they are)."""
        if len(offsets) != len(values) + 1 or len(slots) & (len(slots) - 1):
            raise ValueError("inconsistent IDF arrays")
        self._slots = slots
        self._offsets = offsets
        self._values = values
        self._blob = blob
        self.median = median

    @classmethod
    def from_mapping(cls, table: Mapping[str, float]) -> IdfTable:
        return cls.from_entries(table.items(), len(table))

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, float]], most: int) -> IdfTable:
        """The table of *entries* (at most *most* of them; of a word given twice
        the first value counts), built straight into the arrays: no dict of
        words on the way, whose memory the process would keep."""
        # At most two thirds full (jieba's 270k words: half): a missing word
        # takes ~2.5 probes, and the slots hold 2 MB rather than 4.
        size = 1
        while size < most * 3 // 2 + 1:
            size *= 2
        mask = size - 1
        slots = array("i", [-1]) * size
        offsets = array("I", [0])
        values = array("f")
        blob = bytearray()
        for word, value in entries:
            key = word.encode("utf-8", "surrogatepass")
            slot = zlib.crc32(key) & mask
            while (index := slots[slot]) >= 0:
                if blob[offsets[index] : offsets[index + 1]] == key:
                    break
                slot = (slot + 1) & mask
            else:
                if len(values) >= most:
                    raise ValueError("more entries than announced")
                slots[slot] = len(values)
                blob += key
                offsets.append(len(blob))
                values.append(value)
        return cls(slots, offsets, values, bytes(blob), _median(values))

    def to_parts(self) -> list[bytes]:
        arrays = (self._slots, self._offsets, self._values)
        return [*(memoryview(a).tobytes() for a in arrays), bytes(self._blob),
                array("d", [self.median]).tobytes()]

    @classmethod
    def from_parts(cls, parts: list[bytearray]) -> IdfTable:
        """The table of :meth:`to_parts` (same byte order), its arrays used in place."""
        if len(parts) != 5:
            raise ValueError("not an IDF table")
        try:
            slots = memoryview(parts[0]).cast("i")
            offsets = memoryview(parts[1]).cast("I")
            values = memoryview(parts[2]).cast("f")
            (median,) = memoryview(parts[4]).cast("d")
        except (TypeError, ValueError) as err:
            raise ValueError(f"inconsistent IDF arrays: {err}") from None
        blob = parts[3] if isinstance(parts[3], bytes | bytearray) else bytes(parts[3])
        if offsets and offsets[-1] != len(blob):
            raise ValueError("inconsistent IDF arrays")
        return cls(slots, offsets, values, blob, median)

    def _find(self, word: str) -> int:
        key = word.encode("utf-8", "surrogatepass")
        slots, offsets, blob = self._slots, self._offsets, self._blob
        mask = len(slots) - 1
        slot = zlib.crc32(key) & mask
        while True:
            index = slots[slot]
            if index < 0:
                return -1
            start = offsets[index]
            if offsets[index + 1] - start == len(key) and blob.startswith(key, start):
                return index
            slot = (slot + 1) & mask

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        index = self._find(word)
        return default if index < 0 else float(self._values[index])

    def __getitem__(self, word: str) -> float:
        index = self._find(word)
        if index < 0:
            raise KeyError(word)
        return float(self._values[index])

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) >= 0

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[str]:
        offsets, blob = self._offsets, self._blob
        for index in range(len(self._values)):
            yield blob[offsets[index] : offsets[index + 1]].decode("utf-8", "surrogatepass")


_LOCK = threading.Lock()
_LOADED: list[IdfTable] = []


def jieba_idf_table(cache_dir: Path | None = None) -> IdfTable:
    """jieba's IDF table over folded words, loaded once per process: from
    *cache_dir* when a current copy is there, else built from jieba's
    ``analyse/idf.txt`` (~1 s, a line at a time) and, with a *cache_dir*, stored there."""
    with _LOCK:
        if not _LOADED:
            _LOADED.append(_load(cache_dir))
        return _LOADED[0]


def _load(cache_dir: Path | None) -> IdfTable:
    from reader.core.text.words import import_jieba

    jieba = import_jieba()
    source = Path(jieba.__file__).resolve().parent / "analyse" / "idf.txt"
    key = cache_key(f"idf {_FORMAT} jieba {jieba.__version__} {sys.byteorder}", source)
    path = None if cache_dir is None else table_path(cache_dir, "idf", key)
    if path is not None:
        stored = read_parts(path, key)
        if stored is not None:
            try:
                return IdfTable.from_parts(stored[0])
            except ValueError:
                pass
    text = source.read_text(encoding="utf-8")
    # Lines from memory, not from the file: reading the file a buffer at a time
    # hands the interpreter lock back and forth and starves the window's
    # thread (~0.1-0.4 s waits measured).
    idf = IdfTable.from_entries(_entries(io.StringIO(text)), most=text.count("\n") + 1)
    del text
    if path is not None:
        write_parts(path, key, idf.to_parts())
    return idf


def _median(values: array[float]) -> float:
    """The middle value, sorted a slice at a time: one sort of 270k values
    would hold the interpreter lock for ~50 ms."""
    if not values:
        return 0.0
    step = 30_000
    runs = [sorted(values[start : start + step]) for start in range(0, len(values), step)]
    return float(next(itertools.islice(heapq.merge(*runs), len(values) // 2, None)))


def _entries(lines: Iterable[str]) -> Iterator[tuple[str, float]]:
    """(folded word, IDF) of each ``word value`` line, a line at a time."""
    for line in lines:
        word, _, value = fold(line).strip().partition(" ")
        if word and value:
            yield word, float(value)
