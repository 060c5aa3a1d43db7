"""What gets highlighted: the article's key terms (from the text engine, on a
worker) and the user's watch-list, plus the on/off switch."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.core.model import Article, ArticleRef
from reader.core.session import WATCH_COLOURS, WatchTerm
from reader.core.text.script import Script
from reader.strings import Tr
from reader.ui.engine import TextEngine
from reader.ui.i18n import tr
from reader.ui.models import KeywordListModel, WatchListModel
from reader.ui.workers import TaskKind, WorkerPool


class HighlightTerms(QObject):
    keywords_arrived = Signal(object)  # the ArticleRef whose key terms arrived
    watch_changed = Signal()

    def __init__(self, workers: WorkerPool, engine: TextEngine,
                 keyword_model: KeywordListModel,
                 watch_model: WatchListModel, watch: list[WatchTerm], on: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.engine = engine
        self.keyword_model = keyword_model
        self.watch_model = watch_model
        self.on = on
        self.watch = [WatchTerm(w.term, w.colour) for w in watch]
        #: Colours offered to new watched terms, in order (preferences).
        self.palette: list[str] = list(WATCH_COLOURS)
        self._keywords: dict[ArticleRef, list[str]] = {}
        watch_model.set_items(self.watch)

    # ---- key terms ------------------------------------------------------------
    def keywords(self, ref: ArticleRef | None) -> list[str]:
        return list(self._keywords.get(ref, [])) if ref is not None else []

    def request_keywords(self, ref: ArticleRef, article: Article) -> bool:
        """Compute *article*'s key terms on a worker unless known; True if known."""
        if ref in self._keywords:
            return True
        if not self.engine.has_segmenter:
            return False
        engine = self.engine
        self.workers.submit(TaskKind.KEYWORDS, lambda: (ref, engine.keywords_for(article)),
                            self._on_keywords)
        return False

    def _on_keywords(self, result: tuple[ArticleRef, list[str]]) -> None:
        ref, words = result
        self._keywords[ref] = words
        self.keywords_arrived.emit(ref)

    def show_keywords(self, ref: ArticleRef | None, script: Script) -> None:
        """Fill the key-terms list for *ref*, in the script shown."""
        words = self.keywords(ref)
        if words and self.engine.has_converter and script != Script.SIMPLIFIED:
            conv = self.engine.converter(script)
            words = [conv(w) for w in words]
        self.keyword_model.set_terms(words)

    # ---- the watch-list -------------------------------------------------------
    def colour_of(self, term: str) -> str:
        return next((w.colour for w in self.watch if w.term == term), WATCH_COLOURS[0])

    def colours(self) -> dict[str, str]:
        return {w.term: w.colour for w in self.watch}

    def add(self, term: str, colour: str | None = None) -> str | None:
        """Add *term*; returns why not, or None when it was added."""
        term = term.strip()
        if not term or "\n" in term:
            return tr(Tr.STATUS, "The term is empty")
        if any(w.term == term for w in self.watch):
            return tr(Tr.STATUS, "“%1” is already watched", term)
        palette = self.palette or list(WATCH_COLOURS)
        colour = colour or palette[len(self.watch) % len(palette)]
        self.watch.append(WatchTerm(term, colour))
        self._changed()
        return None

    def remove(self, row: int) -> str | None:
        if not 0 <= row < len(self.watch):
            return None
        gone = self.watch.pop(row)
        self._changed()
        return gone.term

    def set_colour(self, row: int, colour: str) -> None:
        if 0 <= row < len(self.watch):
            self.watch[row].colour = colour
            self._changed()

    def _changed(self) -> None:
        self.watch_model.set_items(self.watch)
        self.watch_changed.emit()

    # ---- what to mark -----------------------------------------------------------
    def terms(self, ref: ArticleRef | None, query_terms: tuple[str, ...]) -> dict[str, list[str]]:
        """Category → terms to highlight in the article *ref* (empty when off)."""
        if not self.on:
            return {}
        out: dict[str, list[str]] = {}
        if query_terms:
            out["query"] = list(query_terms)
        if self.keywords(ref):
            out["keyword"] = self.keywords(ref)
        if self.watch:
            out["watch"] = [w.term for w in self.watch]
        return out
