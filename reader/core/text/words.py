"""Word segmentation: a jieba tokenizer of our own, with a fast-loading cache.

jieba's module-level tokenizer is global state shared with any other user of
jieba in the process, so the reader builds its own :class:`jieba.Tokenizer`.
Its prefix dictionary (half a million entries) takes ~0.8 s to build and
jieba's own cache file barely helps, so we keep ours in the app's cache folder:
one ``marshal`` blob read in one go with the garbage collector paused, keyed
by everything that went into it (jieba's dictionary, our user dictionary,
the conversion overrides).

Text is cut after :func:`reader.core.text.fold.fold` (traditional → simplified,
full-width → ASCII, one character for one), so 繁體 text is cut as well as
简体, and the words returned are slices of the text as given.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import marshal
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from reader.core.resources import resource
from reader.core.text.fold import fold, fold_lines

#: Bump when the cache's contents change shape.
#: Entries per marshal slice of the cache (~15 ms to load each).
_CACHE_SLICE = 40_000
_CACHE_FORMAT = 2
#: Every character folding may touch: ASCII, CJK (with extension A and the
#: compatibility block) and full-width forms.
_FOLD_PROBE = "".join(
    chr(c)
    for lo, hi in ((0x20, 0x7F), (0x3000, 0xA000), (0xF900, 0xFB00), (0xFF00, 0xFFF0))
    for c in range(lo, hi)
)


def default_user_dicts() -> tuple[Path, ...]:
    """Newspaper vocabulary shipped in ``resources/``."""
    return (resource("userdict.txt"),)


class Segmenter:
    """Cuts Chinese text into words with a private jieba tokenizer.

    Construct it anywhere; :meth:`load` (slow, ~0.2 s from the cache, ~1 s
    without) belongs on a worker thread.  If :meth:`cut` comes first it loads,
    once, under a lock.
    """

    def __init__(
        self,
        cache_dir: Path | None = None,
        user_dicts: Sequence[Path] | None = None,
        extra_words: Iterable[str] | None = None,
    ) -> None:
        """*user_dicts* defaults to ours; *extra_words* to the conversion
        overrides' phrases (a phrase converted as one unit is one word)."""
        self._cache_dir = cache_dir
        self._user_dicts = tuple(default_user_dicts() if user_dicts is None else user_dicts)
        self._extra_words = None if extra_words is None else tuple(extra_words)
        self._tokenizer: Any = None
        self._lock = threading.Lock()
        self.loaded_from_cache = False

    @property
    def is_loaded(self) -> bool:
        return self._tokenizer is not None

    def load(self) -> None:
        self._get()

    def cut(self, text: str) -> list[str]:
        """*text* as words (spaces and punctuation are words of their own);
        ``"".join(cut(text)) == text``."""
        if not text:
            return []
        words = self._get().lcut(fold(text))
        out: list[str] = []
        pos = 0
        for word in words:
            end = pos + len(word)
            out.append(text[pos:end])
            pos = end
        return out

    def cut_for_search(self, text: str) -> list[str]:
        """Words plus the shorter dictionary words inside long ones
        (``中华人民共和国`` also gives ``中华``, ``人民``, ``共和国``)."""
        return [text[start:end] for _, start, end in self._tokens(text, "search")]

    def tokenize(self, text: str, search: bool = False) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` for each word, offsets into *text*."""
        return [
            (text[start:end], start, end)
            for _, start, end in self._tokens(text, "search" if search else "default")
        ]

    def frequency(self, word: str) -> int:
        """How often jieba's dictionary has seen *word* (folded); 0 when unknown."""
        return int(self._get().FREQ.get(fold(word), 0))

    def _tokens(self, text: str, mode: str) -> Iterator[tuple[str, int, int]]:
        if not text:
            return iter(())
        tokenizer = self._get()
        return iter(tokenizer.tokenize(fold(text), mode=mode))

    def _get(self) -> Any:
        tokenizer = self._tokenizer
        if tokenizer is None:
            with self._lock:
                tokenizer = self._tokenizer
                if tokenizer is None:
                    tokenizer = self._build()
                    self._tokenizer = tokenizer
        return tokenizer

    def _build(self) -> Any:
        import jieba

        extra = self._extra_words
        if extra is None:
            from reader.core.text.convert import override_phrases

            extra = tuple(sorted(override_phrases()))
        tokenizer = jieba.Tokenizer()
        main_dict = Path(jieba.__file__).resolve().parent / "dict.txt"
        key = self._cache_key(main_dict, extra)
        cached = self._read_cache(key)
        if cached is not None:
            tokenizer.FREQ, tokenizer.total, tokenizer.user_word_tag_tab = cached
            tokenizer.initialized = True
            self.loaded_from_cache = True
            return tokenizer
        with _gc_paused():
            tokenizer.FREQ, tokenizer.total = _prefix_dict(main_dict)
        tokenizer.initialized = True
        for path in self._user_dicts:
            folded_dict = io.StringIO(fold(path.read_text(encoding="utf-8-sig")))
            folded_dict.name = str(path)
            tokenizer.load_userdict(folded_dict)
        for word in extra:
            folded = fold(word)
            if len(folded) > 1 and not tokenizer.FREQ.get(folded):
                tokenizer.add_word(folded)
        self._write_cache(key, (tokenizer.FREQ, tokenizer.total, tokenizer.user_word_tag_tab))
        return tokenizer

    def _cache_key(self, main_dict: Path, extra: Sequence[str]) -> str:
        digest = hashlib.sha256(f"format {_CACHE_FORMAT}\n".encode())
        # The cache holds folded words: a change to folding must rebuild it.
        digest.update(fold(_FOLD_PROBE).encode("utf-8", "surrogatepass"))
        stat = main_dict.stat()
        digest.update(f"{main_dict}\n{stat.st_size}\n{stat.st_mtime_ns}\n".encode())
        for path in self._user_dicts:
            digest.update(path.read_bytes())
            digest.update(b"\0")
        digest.update("\n".join(extra).encode())
        return digest.hexdigest()[:24]

    def _cache_path(self, key: str) -> Path | None:
        if self._cache_dir is None:
            return None
        return self._cache_dir / f"jieba-{key}.marshal"

    def _read_cache(self, key: str) -> tuple[dict[str, int], int, dict[str, str]] | None:
        """Read the cache written by :meth:`_write_cache`: a header, then the
        dictionary in slices, each its own ``marshal.load``.  One load of the
        whole dictionary holds the interpreter lock for ~200 ms and would stall
        the window's event loop; slices let other threads run in between."""
        path = self._cache_path(key)
        if path is None:
            return None
        try:
            with path.open("rb") as fh, _gc_paused():
                total, tags, slices = marshal.load(fh)
                freq: dict[str, int] = {}
                for _ in range(slices):
                    freq.update(marshal.load(fh))
                    time.sleep(0)  # let the GUI thread take the lock
        except (OSError, EOFError, ValueError, TypeError):
            return None
        if not isinstance(total, int) or not isinstance(tags, dict):
            return None
        return freq, total, tags

    def _write_cache(self, key: str, value: tuple[Any, ...]) -> None:
        """Write atomically; a cache we cannot write only costs time."""
        path = self._cache_path(key)
        if path is None:
            return
        freq, total, tags = value
        items = list(freq.items())
        slices = [dict(items[i : i + _CACHE_SLICE]) for i in range(0, len(items), _CACHE_SLICE)]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jieba-")
            with os.fdopen(fd, "wb") as fh:
                marshal.dump((total, tags, len(slices)), fh)
                for part in slices:
                    marshal.dump(part, fh)
            os.replace(tmp, path)
            for old in path.parent.glob("jieba-*.marshal"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)


def _prefix_dict(path: Path) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary (word → count, every prefix → 0 unless a word)
    over *folded* words, so it matches folded text in any script."""
    freq: dict[str, int] = {}
    total = 0
    for line in fold_lines(path.read_text(encoding="utf-8")):
        word, _, rest = line.strip().partition(" ")
        if not word:
            continue
        count = int(rest.partition(" ")[0] or 0)
        freq[word] = freq.get(word, 0) + count
        total += count
        for end in range(1, len(word)):
            freq.setdefault(word[:end], 0)
    return freq, total


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Half a million new objects would trigger dozens of useless collections."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
