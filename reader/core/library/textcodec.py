"""Article text at rest: compressed with zstd and a dictionary of the library's own.

An article's text fields other than its title (kicker, subtitle, dateline,
byline, lead, paragraphs) are kept as one zstd frame: the JSON of the fields
search reads, a NUL, the JSON of the others (dateline and byline when a lead
stands for them), so that a count of a term in the first part is a count in
what search reads (:mod:`reader.core.library.trends` counts there).  One
article is a kilobyte or two: too little for a compressor to learn from, so
once the library holds :data:`TRAIN_AT` articles a dictionary is trained on
them (zstd's own trainer), kept in the file (``text_dicts``), and every
article is compressed with it from then on (those before it again).  Each
frame names its dictionary, so a library may hold frames of several.
Measured on real articles (docs/LIBRARY_INDEX.md): 0.43 of their UTF-8 size
with the dictionary, 0.55 without; reading back 14k articles takes ~40 ms.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from typing import cast

import zstandard

from reader.core.model import Article

#: Articles a library holds before a dictionary is trained on them.
TRAIN_AT = 500
#: Articles the trainer reads (the newest rows without a dictionary).
TRAIN_SAMPLES = 2000
#: Dictionary size: zstd's own default (110 KB).
DICT_BYTES = 112_640
LEVEL = 3
#: Frames from which :meth:`TextCodec.raw_many` decompresses on several threads
#: (at 1,000 they save nothing yet).
THREADED_FRAMES = 1000

#: kicker, subtitle, dateline, byline, lead, paragraphs.
Fields = tuple[str | None, str | None, str | None, str | None, str | None, tuple[str, ...]]


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class TextCodec:
    """Packs and unpacks article text; safe to share between threads (each
    thread gets its own zstd contexts, which are not)."""

    def __init__(self) -> None:
        self._dicts: dict[int, zstandard.ZstdCompressionDict] = {}
        self._current = 0
        #: Bumped when a dictionary is learnt: each thread's compressor is made again.
        self._generation = 0
        self._local = threading.local()
        self._lock = threading.Lock()

    @property
    def trained(self) -> bool:
        return self._current != 0

    def load(self, conn: sqlite3.Connection) -> None:
        """Learn the dictionaries the library holds (the newest compresses)."""
        rows = conn.execute("SELECT id, data FROM text_dicts ORDER BY rowid").fetchall()
        with self._lock:
            for dict_id, data in rows:
                if dict_id not in self._dicts:
                    self._dicts[int(dict_id)] = zstandard.ZstdCompressionDict(bytes(data))
            if rows and int(rows[-1][0]) != self._current:
                self._current = int(rows[-1][0])
                self._generation += 1

    def pack(self, a: Article) -> bytes:
        """The frame of *a*'s text (all but the title)."""
        lead = bool(a.lead)
        read = [a.kicker, a.subtitle, a.lead, None if lead else a.dateline,
                None if lead else a.byline, list(a.paragraphs)]
        rest = [a.dateline, a.byline] if lead else []
        return self._compressor().compress(_json(read) + b"\0" + _json(rest))

    def raw(self, blob: bytes, conn: sqlite3.Connection | None = None) -> bytes:
        """The frame's bytes, uncompressed (*conn*: where to find a dictionary
        this codec has not met yet, written by another copy of the app)."""
        dict_id = _dict_id(blob)
        if dict_id and dict_id not in self._dicts and conn is not None:
            self.load(conn)
        return bytes(self._decompressor(dict_id).decompress(blob))

    def raw_many(self, blobs: list[bytes], conn: sqlite3.Connection | None = None) -> list[bytes]:
        """The bytes of many frames: in one call into zstd when they share one
        dictionary, as nearly all do (a third faster than a call per frame),
        and from :data:`THREADED_FRAMES` frames on with zstd's own threads, one
        per core (14,400 articles: 70 -> 35 ms on two cores)."""
        ids = {_dict_id(b) for b in blobs[:1]}
        if len(ids) == 1:
            dict_id = ids.pop()
            if dict_id and dict_id not in self._dicts and conn is not None:
                self.load(conn)
            try:
                frames: list[bytes | bytearray | memoryview[int]] = list(blobs)
                threads = (os.cpu_count() or 1) if len(frames) >= THREADED_FRAMES else 0
                found = self._decompressor(dict_id).multi_decompress_to_buffer(
                    frames, threads=threads)
                return [found[i].tobytes() for i in range(len(found))]
            except zstandard.ZstdError:  # frames of several dictionaries
                pass
        return [self.raw(b, conn) for b in blobs]

    def unpack(self, blob: bytes, conn: sqlite3.Connection | None = None) -> Fields:
        """kicker, subtitle, dateline, byline, lead, paragraphs of a frame."""
        read, _, rest = self.raw(blob, conn).partition(b"\0")
        kicker, subtitle, lead, dateline, byline, paras = json.loads(read)
        if lead:
            dateline, byline = json.loads(rest)
        return kicker, subtitle, dateline, byline, lead, tuple(paras)

    @staticmethod
    def searched_end(raw: bytes) -> int:
        """Where the part of an uncompressed frame that search reads (JSON,
        UTF-8) ends: an offset, so that a caller counting in it copies nothing."""
        return raw.find(b"\0")

    def train(self, conn: sqlite3.Connection) -> bool:
        """Inside a write transaction: train a dictionary on the articles held
        and compress them all with it.  False when there is too little text."""
        rows = conn.execute(
            "SELECT text FROM articles ORDER BY id DESC LIMIT ?", (TRAIN_SAMPLES,)
        ).fetchall()
        if len(rows) < TRAIN_AT:
            return False
        samples: list[bytes | bytearray | memoryview[int]] = [
            self._decompressor(_dict_id(r[0])).decompress(r[0]) for r in rows]
        try:
            trained = zstandard.train_dictionary(DICT_BYTES, samples, level=LEVEL)
        except zstandard.ZstdError:
            return False
        dict_id = trained.dict_id()
        conn.execute("INSERT OR REPLACE INTO text_dicts (id, data) VALUES (?, ?)",
                     (dict_id, trained.as_bytes()))
        self.load(conn)
        old = conn.execute("SELECT id, text FROM articles").fetchall()
        conn.executemany("UPDATE articles SET text = ? WHERE id = ?", [
            (self._compressor().compress(self.raw(blob, conn)), article_id)
            for article_id, blob in old if _dict_id(blob) != dict_id
        ])
        return True

    def _compressor(self) -> zstandard.ZstdCompressor:
        made = cast("tuple[int, zstandard.ZstdCompressor] | None",
                    getattr(self._local, "c", None))
        if made is None or made[0] != self._generation:
            d = self._dicts.get(self._current)
            made = (self._generation, zstandard.ZstdCompressor(level=LEVEL, dict_data=d)
                    if d is not None else zstandard.ZstdCompressor(level=LEVEL))
            self._local.c = made
        return made[1]

    def _decompressor(self, dict_id: int) -> zstandard.ZstdDecompressor:
        cache = cast("dict[int, zstandard.ZstdDecompressor] | None",
                     getattr(self._local, "d", None))
        if cache is None:
            cache = self._local.d = {}
        d = cache.get(dict_id)
        if d is None:
            known = self._dicts.get(dict_id)
            if dict_id and known is None:
                raise sqlite3.DatabaseError(f"article text uses an unknown dictionary {dict_id}")
            d = cache[dict_id] = zstandard.ZstdDecompressor(dict_data=known) \
                if known is not None else zstandard.ZstdDecompressor()
        return d


def _dict_id(blob: bytes) -> int:
    return int(zstandard.get_frame_parameters(blob).dict_id)
