"""Which way round a page prints its headlines: after their bodies or before.

E-paper text puts a headline either *after* the body it belongs to (text taken
column by column, the headline box last) or *before* it (extractors that keep
reading order).  The page decides as a whole, from what it shows: a page that
opens with a headline and ends in body text reads headline-first, one that
ends with a headline reads headline-after; and a headline's words recur in its
own article, so the text on the side it belongs to shares more of them.
"""

from __future__ import annotations

from reader.core.page.features import AFTER, FIRST
from reader.core.page.layout import BODY, CREDIT, HEAD
from reader.core.page.marks import is_section_marker


def orientation(kinds: list[int], texts: list[str], lexical: float) -> int:
    """``AFTER`` or ``FIRST`` for a page of pieces of these kinds; *lexical* is
    how much more of their headlines' words recur after them than before
    (averaged over the headline pieces)."""
    top = next((k for k in range(len(kinds)) if kinds[k] != CREDIT), None)
    if top is None or HEAD not in kinds:
        return AFTER
    score = 0.0
    if kinds[top] == HEAD:
        score += -0.5 if is_section_marker(texts[top]) else 2.0
    else:
        score -= 1.0
    if kinds[-1] == HEAD:
        score -= 3.0
    elif kinds[-1] == BODY:
        score += 0.5
    score += WORDS * lexical
    return FIRST if score > 0.0 else AFTER


#: How much the recurring words weigh against where headlines stand.
WORDS = 4.0
