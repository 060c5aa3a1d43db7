"""The text engine (OpenCC, jieba, key terms), loaded on workers after first paint.

Until :attr:`TextEngine.converter_ready` the window shows the page as printed;
until :attr:`segmenter_ready` it has no key terms.  Nothing here blocks the
event loop: every slow step runs on a :class:`WorkerPool` task.
"""

from __future__ import annotations

import gc
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
        from reader.core.text import convert, fold

        fold.preload()
        convert.preload([s.config for s in convert.Script])
        _keep_out_of_gc()
        return True

    def _load_segmenter(self) -> KeywordExtractor:
        from reader.core.paths import cache_dir
        from reader.core.text.keywords import KeywordExtractor, default_stopwords, jieba_idf
        from reader.core.text.words import Segmenter

        seg = Segmenter(cache_dir=self._cache_dir if self._cache_dir is not None else cache_dir())
        seg.load()
        jieba_idf()  # the IDF table loads on first use: now, not at the first article
        default_stopwords()
        _keep_out_of_gc()
        return KeywordExtractor(seg)

    def _on_converters(self, _result: object) -> None:
        self.has_converter = True
        self.converter_ready.emit()

    def _on_segmenter(self, extractor: KeywordExtractor) -> None:
        self._extractor = extractor
        self.has_segmenter = True
        self.segmenter_ready.emit()

    # ---- use (safe on workers once ready) -------------------------------
    @staticmethod
    def converter(script: Script) -> Callable[[str], str]:
        from reader.core.text.convert import convert_text

        def conv(text: str) -> str:
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

        return compute_spans(text, terms, script=script if self.has_converter else None)

    def find(self, text: str, query: str, script: Script) -> list[tuple[int, int]]:
        """Find-in-article matches: script-blind, and the query's converted form too
        (``U盘`` finds ``隨身碟``) once the converters are loaded."""
        if not self.has_converter:
            from reader.core.text.find import find_matches

            return find_matches(text, query)
        if not query.strip():
            return []
        return [(s.start, s.end) for s in self.spans(text, {"find": [query.strip()]}, script)]
