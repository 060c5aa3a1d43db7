"""Key terms of an article: TF-IDF over the user's own pages.

Document frequencies come from the articles the user has opened or indexed
(:class:`DocumentFrequencies`); while there are few, jieba's IDF table (read
from its package folder: importing ``jieba.analyse`` would also load the POS
tagger, ~130 MB; kept in flat arrays, :mod:`reader.core.text.idf_table`)
carries the weight.  Newspaper boilerplate (本报讯, 记者,
近日 …) is in ``resources/stopwords.txt``; numbers, dates and amounts never
name what an article is about and are skipped.  Words are compared folded
(:func:`reader.core.text.fold.fold`), so counts hold across scripts.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from reader.core.model import Article
from reader.core.resources import resource
from reader.core.text.fold import fold
from reader.core.text.idf_table import jieba_idf_table
from reader.core.text.words import Segmenter

#: The user's own document frequencies are blended with jieba's table, with a
#: share that grows with the documents counted and is whole from this many on.
FULL_TRUST_DOCUMENTS = 1000
#: Term frequency is raised to this power: a word the article keeps coming
#: back to is what it is about, more than linear counting says (measured in
#: bench/keywords.py).
TF_POWER = 1.3

#: A headline word counts this many times an occurrence in the body.
HEADLINE_WEIGHT = 3.0
#: Words of the lead paragraph weigh more: it says what the article is about.
LEAD_WEIGHT = 1.5

# Numbers, dates, amounts, percentages, ordinals: 2019年, 3月, 1.5亿元, 第三, 30%.
_NUMERIC = re.compile(
    r"^(?:第)?[\d０-９.．,，%％零〇一二三四五六七八九十百千万亿两半几多余]+"
    r"(?:年|月|日|号|时|点|分|秒|天|周|岁|人|名|个|家|次|项|件|座|所|条|亿元|万元|元|亿|万"
    r"|千米|公里|米|吨|斤|亩|平方米|倍|成|届|期|批|户|辆|台|份|篇|部|位|节|层|类|种|轮)?$"
)
_WORDLIKE = re.compile(r"[\w]", re.UNICODE)


@dataclass(frozen=True)
class Keyword:
    """A key term and its TF-IDF weight (the top term of an article weighs most)."""

    word: str
    weight: float

    def to_json(self) -> dict[str, object]:
        return {"word": self.word, "weight": round(self.weight, 4)}


class DocumentFrequencies:
    """In how many of the user's articles each (folded) word occurs."""

    def __init__(self, counts: Mapping[str, int] | None = None, documents: int = 0) -> None:
        self._counts: Counter[str] = Counter(counts or {})
        self.documents = documents

    @classmethod
    def from_texts(cls, texts: Iterable[str], segmenter: Segmenter) -> DocumentFrequencies:
        freqs = cls()
        for text in texts:
            freqs.add_text(text, segmenter)
        return freqs

    def add_text(self, text: str, segmenter: Segmenter) -> None:
        """Count one document."""
        self.add_words(segmenter.cut(text))

    def add_words(self, words: Iterable[str]) -> None:
        """Count one document given as its words."""
        self._counts.update({fold(w) for w in words if _is_term(w)})
        self.documents += 1

    def count(self, word: str) -> int:
        return self._counts.get(fold(word), 0)

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


def jieba_idf(cache_dir: Path | None = None) -> tuple[Mapping[str, float], float]:
    """jieba's IDF table (folded words) and its median, for unknown words;
    loaded once per process (see :func:`reader.core.text.idf_table.jieba_idf_table`)."""
    table = jieba_idf_table(cache_dir)
    return table, table.median


@functools.cache
def default_stopwords() -> frozenset[str]:
    return load_stopwords(resource("stopwords.txt"))


def load_stopwords(path: Path) -> frozenset[str]:
    """Words separated by spaces or lines; ``#`` starts a comment."""
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        words.update(fold(word) for word in line.partition("#")[0].split())
    return frozenset(words)


def watched_terms(text: str, watch: Iterable[str]) -> list[str]:
    """The entries of a watch-list that *text* mentions, in any script, in the
    list's order (each once): what flags an article for the user."""
    hay = fold(text)
    found: list[str] = []
    for term in watch:
        needle = fold(term.strip())
        if needle and needle in hay and term not in found:
            found.append(term)
    return found


def _is_cjk(word: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in word)


def _is_term(word: str) -> bool:
    """Could *word* name a topic: two characters or more, has a letter or
    ideograph, and is not a bare number, date or amount."""
    word = word.strip()
    if len(word) < 2 or not _WORDLIKE.search(word):
        return False
    return not _NUMERIC.match(fold(word))


class KeywordExtractor:
    """Ranks an article's words by TF-IDF.  A weight is the word's share of the
    article's total TF-IDF, so weights compare across articles of any length."""

    def __init__(
        self,
        segmenter: Segmenter,
        doc_freqs: DocumentFrequencies | None = None,
        stopwords: frozenset[str] | None = None,
    ) -> None:
        self.segmenter = segmenter
        self.doc_freqs = doc_freqs
        self._stopwords = stopwords

    @property
    def stopwords(self) -> frozenset[str]:
        if self._stopwords is None:
            self._stopwords = default_stopwords()
        return self._stopwords

    def extract(self, text: str, top: int = 10) -> list[Keyword]:
        """The *top* key terms of *text*; the first paragraph weighs a little more."""
        counts: dict[str, float] = {}
        shown: dict[str, str] = {}
        lead, _, rest = text.strip().partition("\n")
        self._count(lead, LEAD_WEIGHT, counts, shown)
        self._count(rest, 1.0, counts, shown)
        return self._rank(counts, shown, top)

    def extract_article(self, article: Article, top: int = 10) -> list[Keyword]:
        """The *top* key terms of *article*: headline words (title, kicker,
        subtitle) count as several occurrences, the lead paragraph a little more."""
        counts: dict[str, float] = {}
        shown: dict[str, str] = {}
        for heading in (article.title, article.kicker, article.subtitle):
            if heading and not (heading is article.title and article.title_inferred):
                self._count(heading, HEADLINE_WEIGHT, counts, shown)
        paragraphs = list(article.paragraphs)
        if paragraphs:
            self._count(paragraphs[0], LEAD_WEIGHT, counts, shown)
            self._count("\n".join(paragraphs[1:]), 1.0, counts, shown)
        return self._rank(counts, shown, top)

    def idf(self, word: str) -> float:
        """How telling *word* is: rare in the user's pages and in Chinese at large."""
        key = fold(word)
        table, median = jieba_idf(self.segmenter.cache_dir)
        general = table.get(key, median)
        freqs = self.doc_freqs
        if freqs is None or freqs.documents == 0:
            return general
        n = freqs.documents
        own = math.log((n + 1) / (freqs.count(key) + 0.5))
        # Scale the user's IDF to jieba's range so the two can be blended.
        own *= median / math.log(2 * (n + 1))
        trust = min(1.0, n / FULL_TRUST_DOCUMENTS)
        return trust * own + (1 - trust) * general

    def _is_fragment(self, key: str) -> bool:
        """A two-character word jieba's dictionary does not know: its HMM glued
        two characters together (上要, 利说), rarely a real term."""
        return _is_cjk(key) and self.segmenter.frequency(key) == 0

    def _count(
        self, text: str, weight: float, counts: dict[str, float], shown: dict[str, str]
    ) -> None:
        if not text:
            return
        stop = self.stopwords
        for word in self.segmenter.cut(text):
            if not _is_term(word):
                continue
            key = fold(word)
            if key in stop:
                continue
            counts[key] = counts.get(key, 0.0) + weight
            shown.setdefault(key, word.strip())

    def _rank(self, counts: dict[str, float], shown: dict[str, str], top: int) -> list[Keyword]:
        if not counts or top <= 0:
            return []
        total = sum(counts.values())
        scored = {
            key: (tf / total) ** TF_POWER * self.idf(key)
            for key, tf in counts.items()
            if len(key) > 2 or not self._is_fragment(key)
        }
        if not scored:
            return []
        norm = sum(scored.values()) or 1.0
        best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        return [Keyword(shown[key], score / norm) for key, score in best]
