"""The text engine (OpenCC, jieba, key terms), loaded on workers.

The converters load where they are first used (on a worker); until
:attr:`TextEngine.segmenter_ready` the window has no key terms.  Nothing here
blocks the event loop: every slow step runs on a :class:`WorkerPool` task.
"""

from __future__ import annotations

import gc
import linecache
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from reader.core.model import Article
from reader.core.text.script import Script
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.core.text.highlight import Span
    from reader.core.text.keywords import KeywordExtractor


def _keep_out_of_gc() -> None:
    """Move every object alive now (the dictionaries just loaded: millions of them)
    out of the garbage collector's reach.  Otherwise each full collection walks
    them all and stalls every thread, the GUI's too, for ~60 ms."""
    gc.freeze()


def _return_freed_memory() -> None:
    """Loading reads files and builds tables through temporaries; glibc keeps the
    heap they were freed from (~13 MB here) unless told to give it back.
    Linux with glibc only; elsewhere nothing happens."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # another C library (musl has no malloc_trim)
        pass


def _forget_sources() -> None:
    """PySide6's import hook reads the source of every module imported after it
    (to look for ``__feature__``) into :mod:`linecache`, which keeps it: jieba's
    HMM tables alone are 35k lines, ~9 MB.  A traceback reads them again."""
    linecache.clearcache()


class TextEngine(QObject):
    """jieba and the key terms, and the questions the window asks of the script
    converters.  A converter is loaded where it is first used, on a worker: the
    one of the script shown by the task that opens the first page, each other
    one at the first ``t`` that needs it (nothing is loaded for scripts not shown)."""

    segmenter_ready = Signal()

    def __init__(self, workers: WorkerPool, cache_dir: Any = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self._cache_dir = cache_dir
        self._extractor: KeywordExtractor | None = None
        self.has_segmenter = False
        self._started = False

    # ---- loading -------------------------------------------------------
    def start(self) -> None:
        """Load jieba and the key-term tables on a worker (idempotent)."""
        if self._started:
            return
        self._started = True
        # Failures take the workers' default path: the error bar.
        self.workers.submit(TaskKind.ENGINE_WORDS, self._load_segmenter, self._on_segmenter,
                            exclusive=False)

    def _load_segmenter(self) -> KeywordExtractor:
        from reader.core.paths import cache_dir
        from reader.core.text import fold
        from reader.core.text.headline_words import shipped_headline_words
        from reader.core.text.keywords import KeywordExtractor, default_stopwords, jieba_idf
        from reader.core.text.words import Segmenter

        fold.preload()
        seg = Segmenter(cache_dir=self._cache_dir if self._cache_dir is not None else cache_dir())
        seg.load()
        jieba_idf(seg.cache_dir)  # on first use else: now, from the cache, not at the first article
        default_stopwords()
        shipped_headline_words()
        _forget_sources()
        _keep_out_of_gc()
        _return_freed_memory()
        return KeywordExtractor(seg)

    def _on_segmenter(self, extractor: KeywordExtractor) -> None:
        self._extractor = extractor
        self.has_segmenter = True
        self.segmenter_ready.emit()

    @staticmethod
    def ready(script: Script) -> bool:
        """Whether text can be converted to *script* and matched script-blind
        at once (the tables are loaded): what the GUI thread may do itself."""
        fold = sys.modules.get("reader.core.text.fold")
        convert = sys.modules.get("reader.core.text.convert")
        return (fold is not None and bool(fold.is_loaded()) and convert is not None
                and bool(convert.get_converter(script.config).is_loaded))

    @staticmethod
    def prepare(script: Script) -> None:
        """Load what converting to *script* and matching script-blind need, if
        not loaded yet (slow the first time: call it on a worker)."""
        from reader.core.text import fold
        from reader.core.text.convert import get_converter

        converter = get_converter(script.config)
        if converter.is_loaded and fold.is_loaded():
            return
        fold.preload()
        converter.load()
        _keep_out_of_gc()
        _return_freed_memory()

    # ---- use (on workers; on the GUI thread once ready) ------------------
    @staticmethod
    def converter(script: Script) -> Callable[[str], str]:
        """Text → *script* (the first call loads the converter: on a worker)."""
        def conv(text: str) -> str:
            from reader.core.text.convert import convert_text

            return str(convert_text(text, script))

        return conv

    def keywords_for(self, article: Article, top: int = 10) -> list[str]:
        if self._extractor is None:
            return []
        return [k.word for k in self._extractor.extract_article(article, top=top)]

    def spans(self, text: str, terms: Mapping[str, Iterable[str]],
              script: Script | None = None) -> list[Span]:
        """Non-overlapping highlight spans on *text* (as shown).  With *script* (once
        the converters are loaded) terms are also looked for converted into it."""
        from reader.core.text.highlight import compute_spans

        return compute_spans(text, terms,
                             script=script if script is not None and self.ready(script) else None)

    def find(self, text: str, query: str, script: Script) -> list[tuple[int, int]]:
        """Find-in-article matches: script-blind, and the query's converted form too
        (``U盘`` finds ``隨身碟``) once the converters are loaded."""
        if not self.ready(script):
            from reader.core.text.find import find_matches

            return find_matches(text, query)
        if not query.strip():
            return []
        return [(s.start, s.end) for s in self.spans(text, {"find": [query.strip()]}, script)]
