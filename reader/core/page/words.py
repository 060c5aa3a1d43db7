"""A headline's words, roughly, and how many of them come back in a stretch of
the page: the lexical signals of :mod:`reader.core.page.features`.

Both run for every short piece of every page: the pairs are cut by regular
expressions rather than a loop in Python."""

from __future__ import annotations

import re

#: Every pair of adjacent CJK characters, overlapping (a zero-width match at
#: each place two of them start), in order: the pairs of each run of CJK.
_PAIRS = re.compile(r"(?=([\u3400-\u9fff]{2}))").findall


def bigrams(text: str) -> list[str]:
    """Pairs of adjacent CJK characters: the words of a headline, roughly."""
    return _PAIRS(text)


def alternate_bigrams(text: str) -> list[str]:
    """``bigrams(text)[::2]`` without making the pairs it would drop: every
    other pair of each run of CJK, counted across runs (half the strings)."""
    out: list[str] = []
    k = 0  # where in the run the next kept pair starts: its index in bigrams() is even
    for run in _CJK_RUNS(text):
        out += _CHUNKS(run, k)
        k = (k + len(run) - 1) & 1
    return out


_CJK_RUNS = re.compile(r"[\u3400-\u9fff]{2,}").findall
#: Adjacent, non-overlapping pairs of characters from a given position on.
_CHUNKS = re.compile("..", re.DOTALL).findall


def overlap(grams: list[str], text: str, start: int, stop: int) -> float:
    """The share of *grams* found in ``text[start:stop]``.

    Most pairs are not there (a page's other articles), and a search for one
    character runs several times faster than one for two: a pair is looked
    for only where its second character is found."""
    if stop <= start:
        return 0.0
    window = text[start:stop]
    found = 0
    for g in grams:
        if g[1] in window and g in window:
            found += 1
    return found / len(grams)
