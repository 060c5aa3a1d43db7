"""Which way round a page prints its headlines: after their bodies or before.

E-paper text puts a headline either *after* the body it belongs to (text taken
column by column, the headline box last) or *before* it (extractors that keep
reading order).  The page decides as a whole, from what it shows: a page that
opens with a headline and ends in body text reads headline-first, one that
ends with a headline reads headline-after; and a headline's words recur in its
own article, so the text on the side it belongs to shares more of them.
"""

from __future__ import annotations

from reader.core.page.features import AFTER, FIRST, bigrams
from reader.core.page.layout import BODY, CREDIT, HEAD
from reader.core.page.marks import is_section_marker


def orientation(kinds: list[int], texts: list[str]) -> int:
    """``AFTER`` or ``FIRST`` for a page of blocks (or pieces) of these kinds."""
    groups = _groups(kinds)
    if not groups:
        return AFTER
    score = 0.0
    top = next((k for k in range(len(kinds)) if kinds[k] != CREDIT), None)
    if top is not None and kinds[top] == HEAD:
        score += -0.5 if is_section_marker(texts[top]) else 2.0
    else:
        score -= 1.0
    if kinds[-1] == HEAD:
        score -= 3.0
    elif kinds[-1] == BODY:
        score += 0.5
    bounds = [(-1, -1), *groups, (len(kinds), len(kinds))]
    lexical = 0.0
    for k in range(1, len(bounds) - 1):
        a, b = bounds[k]
        grams: set[str] = set()
        for t in texts[a : b + 1]:
            grams.update(bigrams(t))
        if not grams:
            continue
        lo, hi = bounds[k - 1][1] + 1, bounds[k + 1][0]
        before = "".join(texts[x] for x in range(lo, a) if kinds[x] == BODY)
        after = "".join(texts[x] for x in range(b + 1, hi) if kinds[x] == BODY)
        lexical += (_share(grams, after) - _share(grams, before))
    score += 4.0 * lexical / len(groups)
    return FIRST if score > 0.0 else AFTER


def _groups(kinds: list[int]) -> list[tuple[int, int]]:
    """(first, last) index of every run of headline blocks."""
    out = []
    i, n = 0, len(kinds)
    while i < n:
        if kinds[i] == HEAD:
            j = i
            while j + 1 < n and kinds[j + 1] == HEAD:
                j += 1
            out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def _share(grams: set[str], text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for g in grams if g in text) / len(grams)
