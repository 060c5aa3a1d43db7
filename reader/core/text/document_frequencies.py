"""In how many of the user's articles each word occurs: what makes a word
telling for *this* reader's pages (see :meth:`KeywordExtractor.idf
<reader.core.text.keywords.KeywordExtractor.idf>`).

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

from reader.core.text.fold import fold
from reader.core.text.term_features import is_folded_term
from reader.core.text.words import Segmenter

#: Words whose cut is remembered at most (~64 MB of lengths).
REMEMBERED_WORDS = 32_000_000


class DocumentFrequencies:
    """In how many of the user's articles each (folded) word occurs."""

    def __init__(self, counts: Mapping[str, int] | None = None, documents: int = 0) -> None:
        self._counts: Counter[str] = Counter(counts or {})
        self.documents = documents
        self._cuts: dict[bytes, array[int]] = {}
        self._remembered = 0

    @classmethod
    def from_texts(cls, texts: Iterable[str], segmenter: Segmenter) -> DocumentFrequencies:
        freqs = cls()
        for text in texts:
            freqs.add_text(text, segmenter)
        return freqs

    def add_text(self, text: str, segmenter: Segmenter) -> None:
        """Count one document."""
        words = segmenter.cut_folded(text)
        self._remember(text, words)
        self._add_folded(words)

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
        self._counts.update({w for w in words if len(w) >= 2 and is_folded_term(w.strip())})
        self.documents += 1

    def count(self, word: str) -> int:
        return self.count_folded(fold(word))

    def count_folded(self, word: str) -> int:
        return self._counts.get(word, 0)

    def __len__(self) -> int:
        return len(self._counts)

    def to_json(self) -> dict[str, object]:
        return {"version": 1, "documents": self.documents, "counts": dict(self._counts)}

    @classmethod
    def from_json(cls, obj: Mapping[str, object]) -> DocumentFrequencies:
        documents = obj.get("documents", 0)
        counts = obj.get("counts", {})
        if not isinstance(documents, int) or not isinstance(counts, dict):
            raise ValueError("not a document-frequency table")
        clean = {str(k): int(v) for k, v in counts.items() if isinstance(v, int) and v > 0}
        return cls(clean, documents)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
