"""In how many of the user's articles each word occurs, and in how many of
their printed headlines: what makes a word telling for *this* reader's pages
(see :meth:`KeywordExtractor.idf <reader.core.text.keywords.KeywordExtractor.idf>`)
and how often this paper puts it in a headline when an article has it (the
key terms' library features, :mod:`reader.core.text.keywords`).

Counting a document cuts it into words; the cut is remembered (as word
lengths, ~2 bytes a word) so that key terms of the same texts, asked for next,
do not cut them again: ``reader keywords`` counts every article of the pages
given and then ranks each one's terms, and cutting is most of its time.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from reader.core.model import Article
from reader.core.text.fold import fold
from reader.core.text.term_features import is_folded_term
from reader.core.text.words import Segmenter

#: Words whose cut is remembered at most (~64 MB of lengths).
REMEMBERED_WORDS = 32_000_000


class DocumentFrequencies:
    """In how many of the user's articles each (folded) word occurs."""

    def __init__(self, counts: Mapping[str, int] | None = None, documents: int = 0,
                 titles: Mapping[str, int] | None = None, titled: int = 0) -> None:
        self._counts: Counter[str] = Counter(counts or {})
        self.documents = documents
        #: In how many printed headlines each word occurs, of :attr:`titled` documents.
        self._titles: Counter[str] = Counter(titles or {})
        self.titled = titled
        self._cuts: dict[bytes, array[int]] = {}
        self._remembered = 0

    @classmethod
    def from_texts(cls, texts: Iterable[str], segmenter: Segmenter) -> DocumentFrequencies:
        freqs = cls()
        for text in texts:
            freqs.add_text(text, segmenter)
        return freqs

    @classmethod
    def from_articles(cls, articles: Iterable[Article],
                      segmenter: Segmenter) -> DocumentFrequencies:
        """Every article's body, and its headline when the page printed one (a
        title the parser inferred says nothing about what this paper prints)."""
        freqs = cls()
        for article in articles:
            freqs.add_text(article.body, segmenter, printed_title(article))
        return freqs

    def add_text(self, text: str, segmenter: Segmenter, title: str | None = None) -> None:
        """Count one document (and its printed headline, if any)."""
        words = segmenter.cut_folded(text)
        self._remember(text, words)
        self._add_folded(words)
        if title:
            self._titles.update(_terms(segmenter.cut_folded(title)))
            self.titled += 1

    def remove_text(self, text: str, segmenter: Segmenter, title: str | None = None) -> None:
        """Uncount a document counted by :meth:`add_text` (so it can be judged
        against the others alone, as tuning and the benchmark do)."""
        self._counts.subtract(_terms(self.cut_folded(text, segmenter)))
        self.documents -= 1
        if title:
            self._titles.subtract(_terms(segmenter.cut_folded(title)))
            self.titled -= 1

    def add_words(self, words: Iterable[str]) -> None:
        """Count one document given as its words."""
        self._add_folded(fold(w) for w in words)

    def cut_folded(self, text: str, segmenter: Segmenter) -> list[str]:
        """``segmenter.cut_folded(text)``, without cutting a text counted before."""
        lengths = self._cuts.get(_digest(text))
        if lengths is None:
            return segmenter.cut_folded(text)
        folded = fold(text)
        words, pos = [], 0
        for length in lengths:
            words.append(folded[pos : pos + length])
            pos += length
        return words

    def _remember(self, text: str, words: list[str]) -> None:
        if self._remembered + len(words) > REMEMBERED_WORDS:
            return
        try:
            self._cuts[_digest(text)] = array("H", map(len, words))
        except OverflowError:  # a word longer than 65535 characters: not worth it
            return
        self._remembered += len(words)

    def _add_folded(self, words: Iterable[str]) -> None:
        self._counts.update(_terms(words))
        self.documents += 1

    def count(self, word: str) -> int:
        return self.count_folded(fold(word))

    def count_folded(self, word: str) -> int:
        return self._counts.get(word, 0)

    def title_count_folded(self, word: str) -> int:
        """In how many counted headlines the folded *word* occurs."""
        return self._titles.get(word, 0)

    def __len__(self) -> int:
        return len(self._counts)

    def to_json(self) -> dict[str, object]:
        return {"version": 2, "documents": self.documents, "counts": _positive(self._counts),
                "titled": self.titled, "titles": _positive(self._titles)}

    @classmethod
    def from_json(cls, obj: Mapping[str, object]) -> DocumentFrequencies:
        """A table :meth:`to_json` gave (version 1, without headlines, too)."""
        documents = obj.get("documents", 0)
        counts = obj.get("counts", {})
        titled = obj.get("titled", 0)
        titles = obj.get("titles", {})
        if not (isinstance(documents, int) and isinstance(counts, dict)
                and isinstance(titled, int) and isinstance(titles, dict)):
            raise ValueError("not a document-frequency table")
        return cls(_positive(counts), documents, _positive(titles), titled)


def printed_title(article: Article) -> str | None:
    """The headline the page printed (None for a title the parser made up)."""
    return None if article.title_inferred else article.title or None


def _terms(words: Iterable[str]) -> set[str]:
    """The distinct words of a document that are counted."""
    return {w for w in words if len(w) >= 2 and is_folded_term(w.strip())}


def _positive(counts: Mapping[Any, Any]) -> dict[str, int]:
    return {str(k): v for k, v in counts.items() if isinstance(v, int) and v > 0}


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
