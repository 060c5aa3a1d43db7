"""jieba's dictionary in a MARISA trie: ~3 MB in the window instead of ~55 MB.

jieba keeps its dictionary as one Python dict of every word *and every prefix
of a word* (half a million ``str`` keys of ~80 bytes each, plus the dict), so
that building a sentence's graph of possible words can stop at the first
fragment that starts no word.  A trie answers the same question directly (the
words that are prefixes of the rest of the sentence) in one C call, and
``marisa-trie`` stores 350k words in ~1.2 MB.  :class:`WordCounts` is that trie
with each word's count beside it in a flat array; :func:`tokenizer` makes a
``jieba.Tokenizer`` whose graph (``get_DAG``) and best route (``calc``) read
it.  Everything else is jieba's own: its dictionary, its counts, its route
formula (the same floating-point steps, so the same ties), its HMM for words it
does not know.  The trie and the counts are stored as they are in the cache
folder (:mod:`reader.core.text.table_cache`), so loading takes milliseconds.
"""

from __future__ import annotations

import functools
import math
import sys
from array import array
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

import marisa_trie

_V = TypeVar("_V")


class TrieMapping(Mapping[str, _V]):
    """A read-only mapping whose keys a MARISA trie holds and numbers; the
    values live in flat arrays by that number (:meth:`_value`): a few bytes a
    word where a dict takes a hundred."""

    _trie: marisa_trie.Trie

    def _value(self, index: int) -> _V:
        raise NotImplementedError

    def get(self, word: str, default: Any = None) -> Any:
        """Without raising for an unknown word (most look-ups)."""
        index = self._trie.get(word)
        return default if index is None else self._value(index)

    def __getitem__(self, word: str) -> _V:
        index = self._trie.get(word)
        if index is None:
            raise KeyError(word)
        return self._value(index)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._trie

    def __len__(self) -> int:
        return len(self._trie)

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.iterkeys())


class WordCounts(TrieMapping[int]):
    """Folded word → its count in jieba's dictionary (words only: a prefix
    that is no word is absent, where jieba's dict holds it with 0)."""

    def __init__(self, trie: marisa_trie.Trie, counts: array[int] | memoryview[int],
                 total: int, logs: array[float] | memoryview[float] | None = None) -> None:
        """*logs*: each word's ``log(count) - log(total)``, as :attr:`logs` holds
        them (computed when not given)."""
        if len(trie) != len(counts) or (logs is not None and len(logs) != len(counts)):
            raise ValueError("a count for each word")
        self._trie = trie
        self._counts = counts
        self.total = total
        self.log_total = math.log(total) if total > 0 else 0.0
        #: Each word's log-probability, the number jieba's route adds up: worked
        #: out once here (2.8 MB) rather than once per edge of every sentence.
        self.logs: array[float] | memoryview[float] = logs if logs is not None else array(
            "d", [math.log(count or 1) - self.log_total for count in counts])
        #: The longest word: no graph edge reaches further.
        self.longest = max((len(w) for w in trie.iterkeys()), default=1)

    @classmethod
    def from_counts(cls, counts: Mapping[str, int], total: int) -> WordCounts:
        """The words of *counts* with a count above 0."""
        words = [word for word, count in counts.items() if count > 0]
        trie = marisa_trie.Trie(words)
        values = array("I", bytes(4 * len(trie)))
        for word in words:
            values[trie[word]] = min(counts[word], 0xFFFF_FFFF)
        return cls(trie, values, total)

    def to_parts(self) -> list[bytes]:
        counts, logs = array("I", self._counts), array("d", self.logs)
        if sys.byteorder != "little":
            counts.byteswap()
            logs.byteswap()
        return [self._trie.tobytes(), counts.tobytes(), logs.tobytes()]

    @classmethod
    def from_parts(cls, parts: list[bytearray], total: int) -> WordCounts:
        """The table :meth:`to_parts` gave, its arrays used in place (raises
        ``ValueError`` when damaged)."""
        if len(parts) != 3:
            raise ValueError("not a word table")
        try:
            trie = marisa_trie.Trie().frombytes(bytes(parts[0]))
        except Exception as err:  # the C library's own error types
            raise ValueError(f"not a trie: {err}") from err
        try:
            counts: array[int] | memoryview[int] = memoryview(parts[1]).cast("I")
            logs: array[float] | memoryview[float] = memoryview(parts[2]).cast("d")
        except TypeError as err:
            raise ValueError(f"not a word table: {err}") from None
        if sys.byteorder != "little":  # stored little-endian: swap a copy
            counts, logs = array("I", counts), array("d", logs)
            counts.byteswap()
            logs.byteswap()
        return cls(trie, counts, total, logs)

    # ---- the mapping (what jieba and the key terms ask) -------------------------------
    def _value(self, index: int) -> int:
        return int(self._counts[index])

    def get(self, word: str, default: Any = None) -> Any:
        # (without the call of _value: jieba asks for every word of every sentence)
        index = self._trie.get(word)
        return default if index is None else self._counts[index]

    # ---- the graph -------------------------------------------------------------------
    def graph(self, sentence: str) -> WordGraph:
        """jieba's DAG of *sentence* (start → ends of the words starting there,
        or the start alone), each edge with its log-probability."""
        dag = WordGraph()
        weights = dag.weights
        prefixes = self._trie.iter_prefixes_with_ids
        word_logs = self.logs
        unknown = -self.log_total  # jieba: log(1) - log(total)
        longest = self.longest
        for k in range(len(sentence)):
            ends: list[int] = []
            logs: list[float] = []
            for word, index in prefixes(sentence[k : k + longest]):
                ends.append(k + len(word) - 1)
                logs.append(word_logs[index])
            if not ends:
                ends.append(k)
                logs.append(unknown)
            dag[k] = ends
            weights.append(logs)
        return dag


class WordGraph(dict[int, list[int]]):
    """A DAG as jieba builds it, with the log-probability of each edge
    (``weights[start][i]`` for ``self[start][i]``)."""

    def __init__(self) -> None:
        super().__init__()
        self.weights: list[list[float]] = []


def tokenizer(jieba: Any, words: WordCounts, tags: Mapping[str, str]) -> Any:
    """A ready ``jieba.Tokenizer`` over *words* (tags: the user dictionaries'
    part-of-speech tags, kept as jieba keeps them)."""
    tok = _tokenizer_class(jieba)()
    tok.FREQ = words
    tok.total = words.total
    tok.user_word_tag_tab = dict(tags)
    tok.initialized = True
    return tok


@functools.cache
def _tokenizer_class(jieba: Any) -> Any:
    class TrieTokenizer(jieba.Tokenizer):  # type: ignore[misc]
        """jieba's tokenizer, its graph and route read from :class:`WordCounts`."""

        FREQ: WordCounts

        def get_DAG(self, sentence: str) -> WordGraph:  # noqa: N802 (jieba's name)
            return self.FREQ.graph(sentence)

        def calc(self, sentence: str, DAG: dict[int, list[int]],  # noqa: N803
                 route: dict[int, tuple[float, int]]) -> None:
            """jieba's best route: the same sums in the same order, so the same ties."""
            n = len(sentence)
            route[n] = (0, 0)
            if isinstance(DAG, WordGraph):
                weights = DAG.weights
                for idx in range(n - 1, -1, -1):
                    ends, logs = DAG[idx], weights[idx]
                    if len(ends) == 1:  # most positions: no choice to make
                        x = ends[0]
                        route[idx] = (logs[0] + route[x + 1][0], x)
                    else:
                        route[idx] = max((w + route[x + 1][0], x)
                                         for x, w in zip(ends, logs))  # noqa: B905
                return
            get, log, log_total = self.FREQ.get, math.log, self.FREQ.log_total
            for idx in range(n - 1, -1, -1):
                route[idx] = max((log(get(sentence[idx : x + 1]) or 1) - log_total
                                  + route[x + 1][0], x) for x in DAG[idx])

        def add_word(self, word: str, freq: Any = None, tag: Any = None) -> None:
            raise TypeError("the trie is read-only: build it with every word")

    return TrieTokenizer
