"""A headline's words, roughly, and how many of them come back in a stretch of
the page: the lexical signals of :mod:`reader.core.page.features`.

The words are the pairs of adjacent CJK characters of each run of CJK.  Both
measures run for every short piece of every page, and making a string costs
more than looking for one, so a pair is made only where both its characters
are found in the stretch (most pairs are not: a page's other articles): a
one-character search runs several times faster than a two-character one
(memchr, where a pair takes CPython's general search, ~0.5 us over 700 CJK
characters).
"""

from __future__ import annotations

import re

_CJK_RUNS = re.compile(r"[\u3400-\u9fff]{2,}").findall

#: At most this many of a piece's pairs are looked for (evenly spread).
SAMPLE = 16


def pair_shares(text: str, before: str, after: str) -> tuple[float, float] | None:
    """The share of *text*'s pairs found in *before* and in *after* (at most
    :data:`SAMPLE` of them, every n-th), or None when it has none."""
    runs = _CJK_RUNS(text)
    total = sum(map(len, runs)) - len(runs)
    if not total:
        return None
    step = total // SAMPLE + 1 if total > SAMPLE else 1
    in_before = in_after = kept = first = 0  # first: index of the run's first pair
    for run in runs:
        last = len(run) - 1
        j = -first % step
        while j < last:
            c = run[j + 1]
            a = run[j]
            pair = None
            if c in before and a in before:
                pair = run[j : j + 2]
                if pair in before:
                    in_before += 1
            if c in after and a in after:
                if pair is None:
                    pair = run[j : j + 2]
                if pair in after:
                    in_after += 1
            kept += 1
            j += step
        first += last
    return in_before / kept, in_after / kept


def alternate_share(text: str, window: str) -> float | None:
    """The share of every other pair of *text* (the first, third, …, counted
    across runs) found in *window*, or None when it has none."""
    total = found = k = 0  # k: where in the run the next kept pair starts
    for run in _CJK_RUNS(text):
        seconds = run[k + 1 :: 2]  # the kept pairs' second characters
        total += len(seconds)
        j = k
        for c in seconds:
            if c in window and run[j] in window and run[j : j + 2] in window:
                found += 1
            j += 2
        k = (k + len(run) - 1) & 1
    return found / total if total else None


def recurring_share(text: str, window: str) -> float | None:
    """The share of all of *text*'s pairs found in *window* (each occurrence
    counted), or None when it has none: how much of a heading the body says
    again (few pairs: a heading's, so none is left out)."""
    total = found = 0
    for run in _CJK_RUNS(text):
        total += len(run) - 1
        for j in range(len(run) - 1):
            if run[j + 1] in window and run[j] in window and run[j : j + 2] in window:
                found += 1
    return found / total if total else None
