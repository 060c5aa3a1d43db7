"""Which words newspapers put in their headlines: a small shipped table of
counts, read by :mod:`reader.core.text.keywords` for an article whose user has
no library of headlines yet.

``resources/headline_words.txt`` holds, for each word that headed at least one
article of the tuning half of ``bench/keywords.py``'s corpus, how many of those
articles had it in their headline and how many had it as a candidate term
(``scripts/tune_keywords.py --write-table`` makes it).  Counts only, no text.
A few thousand words, kept in a MARISA trie with the counts in flat arrays:
the window holds it for ~0.1 MB where a dict of tuples takes ~0.8 MB.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Mapping
from pathlib import Path

import marisa_trie

from reader.core.resources import resource
from reader.core.text.word_trie import TrieMapping


class HeadlineWords(TrieMapping[tuple[int, int]]):
    """Folded word -> (headlines with it, articles with it as a candidate)."""

    def __init__(self, counts: Mapping[str, tuple[int, int]]) -> None:
        self._trie = marisa_trie.Trie(list(counts))
        self._titles = array("I", bytes(4 * len(self._trie)))
        self._seen = array("I", bytes(4 * len(self._trie)))
        for word, (titles, seen) in counts.items():
            index = self._trie[word]  # the trie numbers its words in an order of its own
            self._titles[index], self._seen[index] = titles, seen

    def _value(self, index: int) -> tuple[int, int]:
        return self._titles[index], self._seen[index]


def load_headline_words(path: Path) -> HeadlineWords:
    """Lines of ``word headlines articles`` (the word folded, as
    :func:`reader.core.text.fold.fold` gives it); ``#`` starts a comment."""
    table: dict[str, tuple[int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.partition("#")[0].split()
        if len(fields) == 3:
            table[fields[0]] = (int(fields[1]), int(fields[2]))
    return HeadlineWords(table)


@functools.cache
def shipped_headline_words() -> HeadlineWords:
    """The table in ``resources/`` (loaded once per process)."""
    return load_headline_words(resource("headline_words.txt"))
