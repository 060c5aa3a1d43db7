"""A headline's words, roughly, and how many of them come back in a stretch of
the page: the lexical signals of :mod:`reader.core.page.features`."""

from __future__ import annotations

import re


def bigrams(text: str) -> list[str]:
    """Pairs of adjacent CJK characters: the words of a headline, roughly."""
    out: list[str] = []
    for run in _CJK_RUNS(text):
        out += [run[k : k + 2] for k in range(len(run) - 1)]
    return out


_CJK_RUNS = re.compile(r"[\u3400-\u9fff]{2,}").findall


def overlap(grams: list[str], text: str, start: int, stop: int) -> float:
    """The share of *grams* found in ``text[start:stop]``."""
    if stop <= start:
        return 0.0
    find = text.find
    found = 0
    for g in grams:
        if find(g, start, stop) >= 0:
            found += 1
    return found / len(grams)
