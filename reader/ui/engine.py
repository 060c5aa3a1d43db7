"""The text engine (OpenCC, jieba, key terms), loaded on workers after first paint.

Until :attr:`TextEngine.converter_ready` the window shows the page as printed;
until :attr:`segmenter_ready` it has no key terms.  Nothing here blocks the
event loop: every slow step runs on a :class:`WorkerPool` task.

Only the conversion tables of a script the window shows are loaded (each
script's ~1-25 MB), where they are first used: by the worker that converts a
page into that script.  A conversion the GUI thread asks for before they are
in gives the text as printed and loads them on a worker; ``converter_ready``
then fires again and the window converts what it shows.
"""

from __future__ import annotations

import gc
import linecache
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal

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
    converter_ready = Signal()
    segmenter_ready = Signal()

    def __init__(self, workers: WorkerPool, cache_dir: Any = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self._cache_dir = cache_dir
        self._extractor: KeywordExtractor | None = None
        self.has_converter = False
        self.has_segmenter = False
        self._started = False
        self._loading: set[Script] = set()

    # ---- loading -------------------------------------------------------
    def start(self) -> None:
        """Load the converters, then jieba, on workers (idempotent)."""
        if self._started:
            return
        self._started = True
        # Failures take the workers' default path: the error bar.
        self.workers.submit(TaskKind.ENGINE_CONVERT, self._load_converters, self._on_converters,
                            exclusive=False)
        self.workers.submit(TaskKind.ENGINE_WORDS, self._load_segmenter, self._on_segmenter,
                            exclusive=False)

    @staticmethod
    def _load_converters() -> bool:
        """Script-blind matching; each script's tables load where first used."""
        from reader.core.text import fold

        fold.preload()
        return True

    def _load_segmenter(self) -> KeywordExtractor:
        from reader.core.paths import cache_dir
        from reader.core.text.keywords import KeywordExtractor, default_stopwords, jieba_idf
        from reader.core.text.words import Segmenter

        seg = Segmenter(cache_dir=self._cache_dir if self._cache_dir is not None else cache_dir())
        seg.load()
        jieba_idf(seg.cache_dir)  # on first use else: now, from the cache, not at the first article
        default_stopwords()
        _forget_sources()
        _keep_out_of_gc()
        _return_freed_memory()
        return KeywordExtractor(seg)

    def _on_converters(self, _result: object) -> None:
        self.has_converter = True
        self.converter_ready.emit()

    def _on_segmenter(self, extractor: KeywordExtractor) -> None:
        self._extractor = extractor
        self.has_segmenter = True
        self.segmenter_ready.emit()

    def _load_script(self, script: Script) -> None:
        """Load *script*'s tables on a worker (once); ``converter_ready`` when in."""
        if script in self._loading:
            return
        self._loading.add(script)

        def load() -> bool:
            from reader.core.text.convert import get_converter

            get_converter(script.config).load()
            _keep_out_of_gc()
            _return_freed_memory()
            return True

        self.workers.submit(TaskKind.ENGINE_CONVERT, load, self._on_converters,
                            key=script.name, exclusive=False)

    def _converts_now(self, script: Script) -> bool:
        """Whether converting into *script* is instant (its tables are in); if
        not, they start loading on a worker."""
        from reader.core.text.convert import get_converter

        if get_converter(script.config).is_loaded:
            return True
        self._load_script(script)
        return False

    # ---- use (safe on workers once ready) -------------------------------
    def converter(self, script: Script) -> Callable[[str], str]:
        """Text → *script*.  On a worker the first call loads the tables; on the
        GUI thread, until they are in, the text comes back as printed."""
        from reader.core.text.convert import get_converter

        converter = get_converter(script.config)

        def conv(text: str) -> str:
            if not converter.is_loaded:
                if QThread.currentThread() == self.thread():
                    self._load_script(script)
                    return text
                converter.load()
                _keep_out_of_gc()
                _return_freed_memory()
            return converter.convert(text)

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

        ready = self.has_converter and script is not None and self._converts_now(script)
        return compute_spans(text, terms, script=script if ready else None)

    def find(self, text: str, query: str, script: Script) -> list[tuple[int, int]]:
        """Find-in-article matches: script-blind, and the query's converted form too
        (``U盘`` finds ``隨身碟``) once the converters are loaded."""
        if not (self.has_converter and self._converts_now(script)):
            from reader.core.text.find import find_matches

            return find_matches(text, query)
        if not query.strip():
            return []
        return [(s.start, s.end) for s in self.spans(text, {"find": [query.strip()]}, script)]
