"""Blocks into articles: which way round the page prints headlines, and where
one article ends and the next begins.

E-paper text puts a headline either *after* the body it belongs to (text taken
column by column, the headline box last) or *before* it (extractors that keep
reading order).  The page decides, as a whole, from what it shows: a page that
opens with a headline and ends in body text reads headline-first, one that
ends with a headline reads headline-after; and a headline's words recur in
its own article, so the text on the side it belongs to shares more of them.
Then a headline block closes (or opens) an article, a dateline opens one, and
a photo credit closes a caption.
"""

from __future__ import annotations

from reader.core.page.blocks import Block
from reader.core.page.features import FIRST
from reader.core.page.geometry import uses_indent
from reader.core.page.layout import BODY, CREDIT, HEAD
from reader.core.page.marks import (
    CLOSING_REMARK,
    MARKER_LEAD,
    NUMBERED_CAPTION,
    OPENING_MARKERS,
    REPORTER_LINE,
    BlindPattern,
    closes_caption,
    ends_sentence,
    inner_sentence_end,
    is_section_marker,
)


class Draft:
    """An article being assembled.  (A plain class: compiled by mypyc, its
    ``__init__`` is native, where a dataclass's is written in Python.)"""

    __slots__ = ("credit", "extra", "heads", "paras")

    def __init__(self, paras: list[Block] | None = None,
                 heads: list[Block] | None = None) -> None:
        self.paras: list[Block] = [] if paras is None else paras
        self.heads: list[Block] = [] if heads is None else heads
        self.credit: Block | None = None
        #: Text printed as a headline but read as body (a section marker at the top).
        self.extra: list[Block] = []

    def __repr__(self) -> str:
        return (f"Draft(paras={self.paras!r}, heads={self.heads!r}, credit={self.credit!r}, "
                f"extra={self.extra!r})")


def segment(blocks: list[Block], orient: int) -> list[Draft]:
    """Cut the page's blocks into articles; *orient* says which way round the
    page prints headlines (``features.FIRST``: above their bodies)."""
    first = orient == FIRST
    # (an indenting page marks its paragraphs: no deck is read out of them)
    decks = first and not uses_indent([line for b in blocks for line in b.lines])
    drafts: list[Draft] = []
    cur = Draft()

    def close() -> None:
        nonlocal cur
        if cur.paras or cur.heads or cur.credit or cur.extra:
            drafts.append(cur)
        cur = Draft()

    n = len(blocks)
    i = 0
    while i < n:
        block = blocks[i]
        if block.kind == BODY:
            if first and _PHOTO_REPORT.match(block.text) is not None:
                # 图片报道 printed first, weighed as body: the heading of the
                # photo item below it, never a line of the article above
                close()
                cur.heads = [_as_head(block)]
                i += 1
                continue
            if decks and block.dateline is not None and cur.paras:
                deck = _deck(cur)
                if len(deck) == len(cur.paras):
                    # headline, deck (weighed as body), dateline: one report
                    cur.heads.extend(_as_head(b) for b in deck)
                    cur.paras = [block]
                    i += 1
                    continue
                if deck:
                    del cur.paras[-len(deck):]
                    close()
                    cur.heads = [_as_head(b) for b in deck]
                    cur.paras.append(block)
                    i += 1
                    continue
            if cur.paras and (
                block.dateline is not None
                or cur.credit is not None
                or (cur.paras[0].dateline is not None and len(block.lines) == 1
                    and REPORTER_LINE.match(block.text) is not None)
                or _closed_by_remark(cur)
                # 核心阅读 opens its article: right under body text on a page
                # printing headlines first, it opens one without a headline
                or (first and block.text.lstrip(MARKER_LEAD) in OPENING_MARKERS)
            ):
                close()
            cur.paras.append(block)
            i += 1
            continue
        if block.kind == CREDIT:
            if _in_series(cur, blocks, i):
                # a credit between numbered captions (图① … 摄 / 图② …): a
                # picture feature's own line, never the end of an article
                cur.paras.append(_as_body(block))
                i += 1
                continue
            caption = _split_caption(cur, first)
            if caption is not cur:
                close()
                cur = caption
            cur.credit = block
            i += 1
            if not first:
                # a headline right after a credit names the photo
                j = i
                while j < n and blocks[j].kind == HEAD:
                    j += 1
                if j > i and j - i <= 3:
                    cur.heads = blocks[i:j]
                    i = j
            close()
            continue
        # a run of headline blocks
        j = i
        while j < n and blocks[j].kind == HEAD:
            j += 1
        heads = blocks[i:j]
        i = j
        if all(is_section_marker(h.text) for h in heads):
            # 核心阅读 and the like open a section inside an article
            cur.paras.extend(_as_body(h) for h in heads)
            continue
        if first:
            close()
            cur.heads = heads
        elif cur.paras:
            if cur.heads:
                # a headline above the first body, and now that body's own below
                # it: the one above heads no body on this page (a headline of the
                # page before, or the page's own furniture): an article of its own
                drafts.append(Draft(heads=cur.heads))
            cur.heads = heads
            close()
        else:
            # a headline with no body before it (top of the page): it opens
            # the next article
            close()
            cur.heads = heads
    close()
    if first and drafts and not drafts[-1].paras and drafts[-1].heads and len(drafts) > 1:
        # headlines at the very end with no body: part of the article before
        last = drafts.pop()
        drafts[-1].paras.extend(_as_body(h) for h in last.heads)
    return drafts


#: The heading of a photo report, a line of its own: 图片报道 / 图片新闻.
_PHOTO_REPORT = BlindPattern(r"^(?:图片报道|图片新闻|新闻图片)$")

#: A caption's last paragraph, saying what the photo shows: 图为.
_PHOTO_SHOWS = BlindPattern(r"^(?:图为|上图为|下图为)")

#: A paragraph opening that points back to the one before: 当日， / 图为.
_BACK_REFERENCE = BlindPattern(r"^(?:当日|当天|同日|当晚|图为|上图为|下图为)")


def _as_body(block: Block) -> Block:
    return Block(BODY, block.lines, block.text)


def _as_head(block: Block) -> Block:
    return Block(HEAD, block.lines, block.text)


def _deck(cur: Draft) -> list[Block]:
    """The lines at the end of *cur* that head the dated report below them,
    on a page printing headlines first: a line or two, each one printed line
    with no sentence in it (a title or deck weighed as body; an article's last
    words end a sentence).  All of *cur* when it is a headline and one or two
    such lines under it, where a deck may hold sentences of its own."""
    paras = cur.paras
    if cur.heads and len(paras) <= 2 and all(_deck_line(b, True) for b in paras):
        return paras
    k = len(paras)
    while k > 1 and len(paras) - k < 2 and _deck_line(paras[k - 1], False):
        k -= 1
    return paras[k:]


def _deck_line(block: Block, sentences: bool) -> bool:
    text = block.text
    return len(block.lines) == 1 and block.dateline is None and not ends_sentence(text) \
        and (sentences or not inner_sentence_end(text)) and text[-1] not in "，、；：,;:" \
        and not closes_caption(text)  # (新华社发: a photo's credit, weighed as body)


def _in_series(cur: Draft, blocks: list[Block], i: int) -> bool:
    """Does the credit at *i* close one of a series of numbered captions
    (图① … / 图② …) that goes on below it or began above?"""
    paras = cur.paras
    if not paras or NUMBERED_CAPTION.match(paras[-1].text) is None:
        return False
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is not None and nxt.kind == BODY and NUMBERED_CAPTION.match(nxt.text) is not None:
        return True
    return any(NUMBERED_CAPTION.match(p.text) is not None for p in paras[:-1])


def _closed_by_remark(cur: Draft) -> bool:
    """（本报莫斯科2月20日电） after the body: that article is over."""
    return len(cur.paras) > 1 and CLOSING_REMARK.match(cur.paras[-1].text) is not None


def _split_caption(cur: Draft, first: bool) -> Draft:
    """The paragraphs a photo credit belongs to: the trailing run set in one
    column.  Returns *cur* itself when all its paragraphs are the caption, or a
    new draft holding the caption (removed from *cur*)."""
    paras = cur.paras
    if not paras:
        return cur
    if all(b.width is None for b in paras):
        return _split_whole_caption(cur, first)
    k = len(paras) - 1
    w = paras[k].width
    while k > 0:
        prev = paras[k - 1]
        if paras[k].dateline or prev.width is None or w is None or abs(prev.width - w) > 1.0:
            break
        k -= 1
    if k == len(paras) - 1 and k > 1 and paras[k - 1].dateline is None \
            and _PHOTO_SHOWS.match(paras[k].text):
        # 图为… under the credit's photo says what it shows of the paragraph
        # above, however long: a photo item's text and its caption (in a year of
        # the paper, 图为 always ends an undated item of two or three paragraphs)
        k -= 1
    # 当日，… / 图为…: a caption's later paragraph, which points back to the
    # one before (2月12日，参赛选手在比赛中。), a line or two set a little apart
    while k > 1 and len(paras[k - 1].lines) <= 2 and _BACK_REFERENCE.match(paras[k].text):
        k -= 1
    if k == 0:
        return cur
    before = paras[k - 1].width
    # headlines above, then a caption set in a column of its own: a photo item of
    # its own; otherwise a few paragraphs under a headline (the photo's own) or
    # without a dateline are all caption
    other_column = w is not None and before is not None and abs(before - w) > 2.5
    if not (cur.heads and other_column) and len(paras) <= 3 and (
        (cur.heads and cur.credit is None) or paras[0].dateline is None
    ):
        return cur
    caption = Draft(paras=paras[k:])
    del paras[k:]
    return caption


#: A caption's usual first words: the day the photo was taken (2月1日，/
#: 当地时间2月10日，/ 25日上午，) or 近日 and the like.
_PHOTO_OPENING = BlindPattern(
    r"^(?:(?:当地时间|北京时间)?(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日"
    r"|近日|日前|近期|连日来|最近|图为)"
)


def _split_whole_caption(cur: Draft, first: bool) -> Draft:
    """`_split_caption` where no paragraph shows a column width (each line a
    whole paragraph, or paragraphs of one line): the caption is the last
    paragraph, with those that point back to it (当日，/ 图为), or from the
    first of the final three that opens as a caption does (2月1日，…); an
    article's own paragraphs run from its dateline, so a dated draft keeps
    them, while a few undated paragraphs are all caption."""
    paras = cur.paras
    n = len(paras)
    k = n - 1
    while k > 1 and _BACK_REFERENCE.match(paras[k].text):
        k -= 1
    for j in range(max(1, n - 3), k):
        if _PHOTO_OPENING.match(paras[j].text):
            k = j
            break
    if k == 0 or (n <= 3 and paras[0].dateline is None):
        return cur
    if first and k > 1 and _short_head(paras[k - 1]):
        # headlines printed first: a short line right above the caption, weighed
        # as body, is the photo's headline
        head = paras[k - 1]
        caption = Draft(paras=paras[k:], heads=[_as_head(head)])
        del paras[k - 1:]
        return caption
    caption = Draft(paras=paras[k:])
    del paras[k:]
    return caption


def _short_head(block: Block) -> bool:
    """A line that reads as a headline: short, and no sentence in it."""
    text = block.text
    return len(text) <= 24 and not ends_sentence(text) and not inner_sentence_end(text)
