"""Where one article ends and the next one opens: signals from the pieces
around a run of short pieces, for the headline weighing of
:mod:`reader.core.page.features`.

A headline of an article without a dateline, printed before its body, stands
between the end of one article and the opening words of the next, much as a
section head stands between two paragraphs of one article.  What tells them
apart is how newspapers end and open articles: an article often ends in a
remark in brackets (``（本报莫斯科2月20日电）``, ``（作者为…教授）``), and its
first paragraph often opens with the time of the news (``2月24日，``,
``近日，``) — a paragraph inside an article seldom does.
"""

from __future__ import annotations

import re

from reader.core.page.layout import DATELINE_CUT, HEAD, Piece
from reader.core.page.marks import BlindPattern, is_dateline_start

#: How much more a short piece weighs as a headline, on a page that prints
#: headlines first, when it stands inside a report (an article that opened with
#: a dateline): reports seldom have section heads (features, which open without
#: one, do), so a lone heading there more likely opens the next article, one
#: without a dateline.  (Mirrored, a headline printed after its body has the next
#: article's dateline right below it: ``before_dateline``.)  On develop
#: headline-first pages (seeds 1030–1035, 1062–1069) it takes the parser's
#: article errors from 268 to 253; 0.75 or 1.0 give the same, 1.5 one more.
IN_REPORT = 0.5

#: Signals whose meaning depends on which way round the page prints headlines
#: (``features._ORIENTED``): before a headline printed first stands the end of
#: another article, before one printed after its body the end of its own.
EDGE_SIGNALS = ("next_date", "next_opener", "prev_closes")

# 2月24日， / 24日 / 今年2月 / 二〇二〇年: the time of the news, first.
_DATE = BlindPattern(
    r"(?:[0-9０-９]{1,4}|[一二三四五六七八九十〇]{1,4})\s*(?:年|月|日)"
    r"|(?:今年|去年|前年|今天|昨天|昨日|今日|当天|当晚|当日)"
)
# 近日， / 日前， / 连日来，: an article's usual first words when no date is given.
_OPENER = BlindPattern(
    r"^(?:近日|日前|近期|近来|连日来|近年来|眼下|当前|目前|最近|这几天|此前|如今)"
)
# …。（新华社北京2月24日电） / （作者为清华大学教授）: a remark closing an article.
_CLOSING = re.compile(r"(?:^|[。！？!?…”’])[（(][^（）()]{2,60}[）)]$")


def edge_signals(before: Piece | None, after: Piece | None, f: dict[str, float]) -> None:
    """Add to *f* what the pieces *before* and *after* a run of short pieces
    say of an article's end before it and an article's opening after it."""
    if after is not None:
        text = after.first.text
        if _DATE.match(text):
            f["next_date"] = 1.0
        elif _OPENER.match(text):
            f["next_opener"] = 1.0
    if before is not None:
        text = before.text[-64:]
        if text[-1] in "）)" and _CLOSING.search(text):
            f["prev_closes"] = 1.0


def in_report(pieces: list[Piece], first: int) -> bool:
    """Do the pieces above piece *first*, back to the nearest headline (as
    labelled so far), open with a dateline: is it inside a news report?"""
    k = first - 1
    while k >= 0 and pieces[k].label != HEAD:
        k -= 1
    if k < 0 or k + 1 >= first:
        return False
    p = pieces[k + 1]
    return p.cut == DATELINE_CUT or is_dateline_start(p.first.text)
