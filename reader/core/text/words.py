"""Word segmentation: a jieba tokenizer of our own, with a fast-loading cache.

jieba's module-level tokenizer is global state shared with any other user of
jieba in the process, so the reader builds its own :class:`jieba.Tokenizer`,
its dictionary in a compact trie (:mod:`reader.core.text.word_trie`: ~3 MB
where jieba's dict of words and prefixes holds ~55 MB).  Building it from
jieba's text file takes ~1 s, so it is kept in the app's cache folder (a
:mod:`reader.core.text.table_cache` container, keyed by everything that went
into it: jieba's dictionary and version, our user dictionary, the conversion
overrides, folding) and loads from there in a few milliseconds.

Text is cut after :func:`reader.core.text.fold.fold` (traditional → simplified,
full-width → ASCII, one character for one), so 繁體 text is cut as well as
简体, and the words returned are slices of the text as given.

jieba's cutter is quadratic in the length of a run of characters it cannot
split (one letter repeated, a page of ideographs without punctuation: its HMM
copies a growing path per character).  Runs longer than :data:`MAX_RUN` are
therefore cut a window at a time, each window ending on a word boundary, so
the time to cut any text grows with its length only.
"""

from __future__ import annotations

import io
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from reader.core.resources import resource
from reader.core.text import word_trie
from reader.core.text.fold import fold, fold_lines
from reader.core.text.table_cache import (
    cache_key,
    gc_paused,
    read_parts,
    table_path,
    write_parts,
)
from reader.core.text.word_trie import WordCounts

#: Bump when the cache's contents change shape.
_CACHE_FORMAT = 4
#: Longest run of characters jieba cuts in one piece (what it treats as one
#: block: ideographs, Latin letters, digits and ``+#&._%-``).  Real text has
#: punctuation far more often than this.
MAX_RUN = 400
_BLOCK = re.compile(f"[\u4e00-\u9fd5a-zA-Z0-9+#&._%\\-]{{{MAX_RUN + 1},}}")


def default_user_dicts() -> tuple[Path, ...]:
    """Newspaper vocabulary shipped in ``resources/``."""
    return (resource("userdict.txt"),)


def import_jieba() -> Any:
    """``import jieba``, minus pkg_resources: jieba's first import pulls it in
    (~60 ms, most of the import) only to locate its own data files, which we
    read by path.  With pkg_resources absent jieba falls back on plain paths."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if hide and sys.modules.get("pkg_resources", False) is None:
            del sys.modules["pkg_resources"]
    return jieba


class Segmenter:
    """Cuts Chinese text into words with a private jieba tokenizer.

    Construct it anywhere; :meth:`load` (~10 ms from the cache, ~1 s
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
        self.cache_dir = cache_dir
        self._user_dicts = tuple(default_user_dicts() if user_dicts is None else user_dicts)
        self._extra_words = None if extra_words is None else tuple(extra_words)
        self._tokenizer: Any = None
        self._lock = threading.Lock()
        self._parts: dict[str, list[str]] = {}
        self.loaded_from_cache = False

    @property
    def is_loaded(self) -> bool:
        return self._tokenizer is not None

    def load(self) -> None:
        self._get()

    def cut(self, text: str) -> list[str]:
        """*text* as words (spaces and punctuation are words of their own);
        ``"".join(cut(text)) == text``."""
        out: list[str] = []
        pos = 0
        for word in self.cut_folded(text):
            end = pos + len(word)
            out.append(text[pos:end])
            pos = end
        return out

    def cut_folded(self, text: str) -> list[str]:
        """The words of ``fold(text)``: what :meth:`cut` gives, folded (a word of
        the text is at the same offsets in both)."""
        if not text:
            return []
        return list(self._cut(fold(text)))

    def cut_for_search(self, text: str) -> list[str]:
        """Words plus the shorter dictionary words inside long ones
        (``中华人民共和国`` also gives ``中华``, ``人民``, ``共和国``)."""
        return [text[start:end] for start, end in self._spans(text, search=True)]

    def tokenize(self, text: str, search: bool = False) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` for each word, offsets into *text*."""
        return [(text[start:end], start, end) for start, end in self._spans(text, search)]

    def frequency(self, word: str) -> int:
        """How often jieba's dictionary has seen *word* (folded); 0 when unknown."""
        return int(self._get().FREQ.get(fold(word), 0))

    def parts(self, word: str) -> list[str]:
        """How jieba would cut the folded *word* if it were not a word itself:
        the short forms a long word is made of (疫情防控 → 疫情 防控, 粤港澳大湾区 →
        粤港澳 大湾区).  A word of one character, or one made of single
        characters, gives its characters."""
        parts = self._parts.get(word)
        if parts is None:
            parts = _best_split(word, self._get())
            if len(self._parts) > 100_000:
                self._parts.clear()
            self._parts[word] = parts
        return parts

    def frequencies(self) -> WordCounts:
        """The whole dictionary: folded word → count (read-only)."""
        return self._get().FREQ  # type: ignore[no-any-return]

    def _spans(self, text: str, search: bool) -> Iterator[tuple[int, int]]:
        """jieba's ``tokenize`` over our bounded runs: each word's offsets and,
        in search mode, first the dictionary words of 2 and 3 characters inside it."""
        if not text:
            return
        freq = self._get().FREQ
        start = 0
        for word in self._cut(fold(text)):
            width = len(word)
            if search:
                for n in (2, 3):
                    if width > n:
                        for i in range(width - n + 1):
                            if freq.get(word[i : i + n]):
                                yield start + i, start + i + n
            yield start, start + width
            start += width

    def _cut(self, folded: str) -> Iterator[str]:
        """jieba's words of *folded*, runs longer than :data:`MAX_RUN` a window at
        a time (jieba cuts each run on its own, so the pieces in between are
        cut exactly as a whole would be)."""
        cut = self._get().cut
        pos = 0
        for run in _BLOCK.finditer(folded):
            if run.start() > pos:
                yield from cut(folded[pos : run.start()])
            pos = run.start()
            while run.end() - pos > MAX_RUN:
                words = list(cut(folded[pos : pos + MAX_RUN]))
                if len(words) > 1:
                    words.pop()  # it may go on past the window: cut it again
                for word in words:
                    yield word
                    pos += len(word)
        if pos < len(folded):
            yield from cut(folded[pos:])

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
        jieba = import_jieba()
        extra = self._extra_words
        if extra is None:
            from reader.core.text.convert import override_phrases

            extra = tuple(sorted(override_phrases()))
        main_dict = Path(jieba.__file__).resolve().parent / "dict.txt"
        key = self._cache_key(jieba, main_dict, extra)
        path = None if self.cache_dir is None else table_path(self.cache_dir, "jieba", key)
        if path is not None:
            cached = _read_cached(path, key)
            if cached is not None:
                self.loaded_from_cache = True
                return word_trie.tokenizer(jieba, *cached)
        # jieba's own tokenizer over its prefix dict, only to take in the user
        # dictionaries and the extra words as jieba does (their counts depend on
        # what is in already); then the words go into the trie and it goes.
        plain = jieba.Tokenizer()
        with gc_paused():
            plain.FREQ, plain.total = _prefix_dict(main_dict)
        plain.initialized = True
        for user_dict in self._user_dicts:
            folded_dict = io.StringIO(fold(user_dict.read_text(encoding="utf-8-sig")))
            folded_dict.name = str(user_dict)
            plain.load_userdict(folded_dict)
        for word in extra:
            folded = fold(word)
            if len(folded) > 1 and not plain.FREQ.get(folded):
                plain.add_word(folded)
        words = WordCounts.from_counts(plain.FREQ, plain.total)
        tags = dict(plain.user_word_tag_tab)
        del plain
        if path is not None:
            write_parts(path, key, words.to_parts(), (words.total, tags))
        return word_trie.tokenizer(jieba, words, tags)

    def _cache_key(self, jieba: Any, main_dict: Path, extra: Sequence[str]) -> str:
        user_dicts = [path.read_bytes() for path in self._user_dicts]
        return cache_key(f"format {_CACHE_FORMAT} jieba {jieba.__version__}", main_dict,
                         *user_dicts, "\n".join(extra))


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


def _read_cached(path: Path, key: str) -> tuple[WordCounts, dict[str, str]] | None:
    """The words and tags stored for *key*, or ``None`` (missing, damaged, other)."""
    stored = read_parts(path, key)
    if stored is None:
        return None
    parts, meta = stored
    if not (isinstance(meta, tuple) and len(meta) == 2):
        return None
    total, tags = meta
    if not (isinstance(total, int) and isinstance(tags, dict)):
        return None
    try:
        return WordCounts.from_parts(parts, total), tags
    except ValueError:
        return None


def _best_split(word: str, tokenizer: Any) -> list[str]:
    """jieba's route (most probable path through the dictionary words of
    *word*) with the whole word itself left out."""
    size = len(word)
    dag = dict(tokenizer.get_DAG(word))  # a plain DAG: calc looks each edge up
    dag[0] = [end for end in dag[0] if end != size - 1] or [0]
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(word, dag, route)
    parts, start = [], 0
    while start < size:
        end = route[start][1] + 1
        parts.append(word[start:end])
        start = end
    return parts
