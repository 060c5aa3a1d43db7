"""Which way round a page prints its headlines: after their bodies or before.

E-paper text puts a headline either *after* the body it belongs to (text taken
column by column, the headline box last) or *before* it (extractors that keep
reading order).  The page decides as a whole, from what it shows once its
short pieces have been weighed: where the headlines stand (a page that opens
with one and ends in body text reads headline-first, one that ends with a
headline reads headline-after), how much body stands before the first
headline and after the last, whether a photo credit is followed by a headline
(the photo's, printed after it), and whether a headline's words recur after
it or before it (they recur in its own article).  A learned weighing
(``orient`` weights, :mod:`reader.core.page.features`) decides.
"""

from __future__ import annotations

from reader.core.page.features import AFTER, FIRST, model, score
from reader.core.page.layout import CREDIT, HEAD, Piece
from reader.core.page.marks import is_dateline_start, is_section_marker


def orientation_signals(pieces: list[Piece], lexical: list[float]) -> dict[str, float]:
    """Signals for: does this page print headlines first?  *lexical*: for each
    headline piece, how much more of its words recur after it than before."""
    f: dict[str, float] = {"bias": 1.0}
    n = len(pieces)
    heads = [i for i in range(n) if pieces[i].label == HEAD]
    if not heads:
        f["no_heads"] = 1.0
        return f
    top = next((k for k in range(n) if pieces[k].label != CREDIT), 0)
    if pieces[top].label == HEAD:
        f["top_marker" if is_section_marker(pieces[top].text) else "top_head"] = 1.0
    else:
        f["top_body"] = 1.0
    f["bottom_head" if pieces[-1].label == HEAD else "bottom_credit"
      if pieces[-1].label == CREDIT else "bottom_body"] = 1.0
    before = sum(len(p.text) for p in pieces[: heads[0]])
    after = sum(len(p.text) for p in pieces[heads[-1] + 1 :])
    for name, chars in (("lead_", before), ("tail_", after)):
        f[name + ("0" if chars == 0 else "200" if chars < 200 else "600" if chars < 600
                  else "more")] = 1.0
    if lexical:
        f["words"] = sum(lexical) / len(lexical)
        f["words_up"] = sum(1 for x in lexical if x > 0) / len(lexical)
        f["words_down"] = sum(1 for x in lexical if x < 0) / len(lexical)
    runs = 0
    credit_head = dateline_after = dateline_before = 0
    for k in heads:
        if k and pieces[k - 1].label == HEAD:
            continue
        runs += 1
        if k and pieces[k - 1].label == CREDIT:
            credit_head += 1
        j = k
        while j + 1 < n and pieces[j + 1].label == HEAD:
            j += 1
        if j + 1 < n and is_dateline_start(pieces[j + 1].first.text):
            dateline_after += 1
        if k and is_dateline_start(pieces[k - 1].first.text):
            dateline_before += 1
    f["credit_head"] = credit_head / runs
    f["dateline_after"] = dateline_after / runs
    f["dateline_before"] = dateline_before / runs
    return f


def orientation(pieces: list[Piece], lexical: list[float]) -> int:
    """``AFTER`` or ``FIRST`` for a page of labelled pieces."""
    return FIRST if score(model("orient"), orientation_signals(pieces, lexical)) > 0.0 else AFTER
