"""Key terms of an article: its candidate terms ranked by a weighted sum of
what the text says about each (:mod:`reader.core.text.term_features`).

The weights (:data:`WEIGHTS`) were fitted by ``scripts/tune_keywords.py`` on
half of a year of real newspaper articles given as bare bodies: the terms that
are words of the missing headline should come first.  ``bench/keywords.py``
measures the other half, and pages with headlines, next to jieba's
``extract_tags``.  How rare a word is comes from jieba's IDF table
(:mod:`reader.core.text.idf_table`, read from its package folder: importing
``jieba.analyse`` would also load the POS tagger, ~130 MB), blended with the
user's own document frequencies as they grow (:class:`DocumentFrequencies`).
A single body says what it is about, not which of its words a headline would
use; counts of headlines do.  Two features carry them: until the user's
library has enough printed headlines (:data:`MIN_LIBRARY_HEADLINES`) they come
from a small shipped table (:mod:`reader.core.text.headline_words`: how
many articles of the tuning half had a word as a candidate, and how many of
them had it in their headline), then from the user's own
library, which says which words *this* paper puts in its headlines, with
:data:`LIBRARY_WEIGHTS` (the IDF feature is then jieba's alone: the library's
counts are in the two).
Newspaper boilerplate (本报讯, 记者, 近日 …) is in ``resources/stopwords.txt``;
numbers, dates and amounts never name what an article is about and are
skipped.  Words are compared folded (:func:`reader.core.text.fold.fold`), so
counts hold across scripts; a term is shown as the text writes it.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from reader.core.model import Article
from reader.core.resources import resource
from reader.core.text.document_frequencies import DocumentFrequencies
from reader.core.text.fold import fold
from reader.core.text.headline_words import load_headline_words, shipped_headline_words
from reader.core.text.idf_table import IdfTable, jieba_idf_table
from reader.core.text.term_features import (
    FEATURES,
    NO_LIBRARY,
    ArticleTerms,
    collect,
    feature_vector,
    is_folded_term,
    is_fragment,
    library_features,
    quoted_phrases,
)
from reader.core.text.words import Segmenter

__all__ = [  # DocumentFrequencies lives in its own module; callers import it from here
    "DocumentFrequencies",
    "HeadlineCounts",
    "Keyword",
    "KeywordExtractor",
    "default_stopwords",
    "jieba_idf",
    "load_headline_words",
    "load_stopwords",
    "shipped_headline_words",
    "watched_terms",
]

#: The user's own document frequencies are blended with jieba's table, with a
#: share that grows with the documents counted and is whole from this many on.
FULL_TRUST_DOCUMENTS = 1000
#: How much each of :data:`reader.core.text.term_features.FEATURES` adds to a
#: term's score: ``scripts/tune_keywords.py --without latin,name`` on the TUNE
#: half, the headline counts from the shipped table.  Latin words and unknown
#: names are left at 0: that one paper rarely puts them in headlines says
#: little about other papers (tech pages, people).
WEIGHTS: dict[str, float] = {
    "log_alone": 1.3606,
    "log_count": -0.2173,
    "log_inside": -0.0788,
    "idf": 0.2864,
    "idf_unknown": -0.9762,
    "span": 2.3883,
    "quoted": 1.4043,
    "compound": -1.5099,
    "quoted_phrase": 0.7449,
    "log_first_sentence": 0.7106,
    "early": 0.6868,
    "name": 0.0000,
    "latin": 0.0000,
    "two_chars": 0.5562,
    "spread": 0.8247,
    "first_pos": -0.0870,
    "char_freq": 0.4548,
    "title_prior": -0.0322,
    "log_titles": 0.4179,
}
#: The weights with a library of at least :data:`MIN_LIBRARY_HEADLINES` printed
#: headlines: ``scripts/tune_keywords.py --library --without latin,name``, each
#: TUNE body judged against the other TUNE articles (titles and bodies).
LIBRARY_WEIGHTS: dict[str, float] = {
    "log_alone": 1.3300,
    "log_count": -0.1953,
    "log_inside": -0.0810,
    "idf": 0.2252,
    "idf_unknown": -1.0964,
    "span": 2.4595,
    "quoted": 1.3559,
    "compound": -1.5865,
    "quoted_phrase": 0.7407,
    "log_first_sentence": 0.6802,
    "early": 0.6724,
    "name": 0.0000,
    "latin": 0.0000,
    "two_chars": 0.5500,
    "spread": 0.7460,
    "first_pos": -0.0755,
    "char_freq": 0.4436,
    "title_prior": 0.2741,
    "log_titles": 0.3632,
}
MIN_LIBRARY_HEADLINES = 200
#: Folded word -> (headlines with it, articles with it as a candidate).
HeadlineCounts = Mapping[str, tuple[int, int]]
#: Added to the score of a word of the printed headline (title, kicker,
#: subtitle): what the paper itself says the article is about comes first.
HEADLINE_BONUS = 5.0


@dataclass(frozen=True)
class Keyword:
    """A key term and its weight: its share of the article's candidate terms'
    weights (a probability: the top term of an article weighs most)."""

    word: str
    weight: float

    def to_json(self) -> dict[str, object]:
        return {"word": self.word, "weight": round(self.weight, 4)}


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


class KeywordExtractor:
    """Ranks an article's candidate terms by the weighted sum of their features."""

    def __init__(
        self,
        segmenter: Segmenter,
        doc_freqs: DocumentFrequencies | None = None,
        stopwords: frozenset[str] | None = None,
        headline_words: HeadlineCounts | None = None,
    ) -> None:
        """*headline_words* defaults to the shipped table
        (:func:`reader.core.text.headline_words.shipped_headline_words`)."""
        self.segmenter = segmenter
        self.doc_freqs = doc_freqs
        self._stopwords = stopwords
        self._headline_words = headline_words
        self._idf_table: IdfTable | None = None
        self._candidates: dict[str, bool] = {}

    @property
    def headline_words(self) -> HeadlineCounts:
        if self._headline_words is None:
            self._headline_words = shipped_headline_words()
        return self._headline_words

    @property
    def stopwords(self) -> frozenset[str]:
        if self._stopwords is None:
            self._stopwords = default_stopwords()
        return self._stopwords

    def extract(self, text: str, top: int = 10) -> list[Keyword]:
        """The *top* key terms of *text* (an article's body: no headline)."""
        return self._rank(text, self._cut(text), set(), top)

    def extract_article(self, article: Article, top: int = 10) -> list[Keyword]:
        """The *top* key terms of *article*: words of its printed headline (title,
        kicker, subtitle; not a title the parser made up) come first."""
        headings = [
            heading
            for heading in (article.kicker, article.title, article.subtitle)
            if heading and not (heading is article.title and article.title_inferred)
        ]
        body = article.body
        if not headings:
            return self._rank(body, self._cut(body), set(), top)
        headline = "\n".join(headings)
        headline_words = self.segmenter.cut_folded(headline)
        phrases = [phrase for _, phrase in quoted_phrases(fold(headline))]
        terms = {w for w in (*headline_words, *phrases) if self._candidate(w)}
        # A line break ends whatever jieba is cutting: the two cuts joined are the cut of both.
        words = [*headline_words, "\n", *self._cut(body)]
        return self._rank(f"{headline}\n{body}", words, terms, top)

    def features(self, text: str) -> list[tuple[str, list[float]]]:
        """Each candidate term of *text* (folded) with its feature vector, in
        the order of :data:`FEATURES`: what the weights were fitted on."""
        article = self._collect(text, self._cut(text))
        library = self._has_library()
        return [(word, self._vector(word, article, library)) for word in article.terms
                if not self._is_fragment(word, article)]

    def idf(self, word: str) -> float:
        """How telling *word* is: rare in the user's pages and in Chinese at large."""
        return self._idf(fold(word))[0]

    def _idf(self, key: str, blend: bool = True) -> tuple[float, bool]:
        """The IDF of a folded word (blended with the user's, unless not to),
        and whether jieba's table knows it."""
        table = self._jieba_idf()
        median = table.median
        known = table.get(key)
        general = median if known is None else known
        freqs = self.doc_freqs
        if freqs is None or freqs.documents == 0 or not blend:
            return general, known is not None
        n = freqs.documents
        own = math.log((n + 1) / (freqs.count_folded(key) + 0.5))
        # Scale the user's IDF to jieba's range so the two can be blended.
        own *= median / math.log(2 * (n + 1))
        trust = min(1.0, n / FULL_TRUST_DOCUMENTS)
        return trust * own + (1 - trust) * general, known is not None

    def _jieba_idf(self) -> IdfTable:
        if self._idf_table is None:
            self._idf_table = jieba_idf_table(self.segmenter.cache_dir)
        return self._idf_table

    def _candidate(self, word: str) -> bool:
        """Could the folded *word* be a key term (remembered: words recur)."""
        known = self._candidates.get(word)
        if known is None:
            known = word not in self.stopwords and is_folded_term(word)
            if len(self._candidates) > 200_000:
                self._candidates.clear()
            self._candidates[word] = known
        return known

    def _cut(self, text: str) -> list[str]:
        """The folded words of *text*; a text the document frequencies counted
        was cut then and is not cut again."""
        if self.doc_freqs is not None:
            return self.doc_freqs.cut_folded(text, self.segmenter)
        return self.segmenter.cut_folded(text)

    def _collect(self, text: str, words: list[str]) -> ArticleTerms:
        return collect(fold(text), words, self._candidate, self.segmenter.frequencies(),
                       self.segmenter.parts)

    def _is_fragment(self, word: str, article: ArticleTerms) -> bool:
        return is_fragment(word, article.terms[word], self.segmenter.frequencies().get(word, 0))

    def _vector(self, word: str, article: ArticleTerms, library: bool) -> list[float]:
        """*word*'s features; with a *library* its counts go into the last two
        and the IDF is jieba's alone (what :data:`LIBRARY_WEIGHTS` were fitted
        on), without one the shipped table's counts do."""
        idf, known = self._idf(word, blend=not library)
        frequency = self.segmenter.frequencies().get(word, 0)
        extra = NO_LIBRARY
        freqs = self.doc_freqs
        if library and freqs is not None:
            extra = library_features(freqs.title_count_folded(word), freqs.count_folded(word))
        else:
            counts = self.headline_words.get(word)
            if counts is not None:
                extra = library_features(*counts)
        return feature_vector(word, article.terms[word], article, idf, known, frequency, extra)

    def _has_library(self) -> bool:
        """Whether the user's library has enough headlines to go by."""
        freqs = self.doc_freqs
        return freqs is not None and freqs.titled >= MIN_LIBRARY_HEADLINES

    def _rank(self, text: str, words: list[str], headline: set[str], top: int) -> list[Keyword]:
        if not text or top <= 0:
            return []
        article = self._collect(text, words)
        library = self._has_library()
        weights = [(LIBRARY_WEIGHTS if library else WEIGHTS)[name] for name in FEATURES]
        scores: dict[str, float] = {}
        for word in article.terms:
            if self._is_fragment(word, article):
                continue
            vector = self._vector(word, article, library)
            score = sum(map(operator.mul, weights, vector))
            scores[word] = score + (HEADLINE_BONUS if word in headline else 0.0)
        if not scores:
            return []
        best = max(scores.values())
        shares = {word: math.exp(score - best) for word, score in scores.items()}
        total = sum(shares.values())
        ranked = sorted(scores, key=lambda word: (-scores[word], word))[:top]
        return [Keyword(self._shown(text, word, article), shares[word] / total) for word in ranked]

    @staticmethod
    def _shown(text: str, word: str, article: ArticleTerms) -> str:
        """*word* as the text writes it (its first occurrence)."""
        start = article.terms[word].first
        return text[start : start + len(word)].strip()
