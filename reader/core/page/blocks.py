"""Pieces into blocks: body paragraphs, headline lines and photo credits.

Every piece is body text unless it is short (a few lines, a few dozen
characters); a short piece is weighed by the learned model of
:mod:`reader.core.page.features`.  Body pieces are then joined into paragraphs:
a blank line that follows a full line in mid-sentence is a column break, an
indented line or a short last line ends a paragraph.
"""

from __future__ import annotations

import re

from reader.core.page.edges import IN_REPORT, in_report
from reader.core.page.features import (
    AFTER,
    FIRST,
    Context,
    model,
    neighbour_signals,
    oriented,
    score,
)
from reader.core.page.geometry import Geometry, geometry
from reader.core.page.glued import split_glued
from reader.core.page.layout import (
    BLANK,
    BODY,
    CREDIT,
    DATELINE_CUT,
    HEAD,
    INDENT,
    SENTENCE,
    SHORT,
    Piece,
    cut_pieces,
    dateline_opens,
    head_over_dateline,
)
from reader.core.page.lines import Line, ascii_run, split_lines, tidy_spaces
from reader.core.page.marks import (
    CLOSING_REMARK,
    CREDIT_WORD,
    DATELINE,
    DATELINE_FIRST,
    NO_LINE_START,
    closes_caption,
    ends_sentence,
    inner_sentence_end,
    is_credit,
    is_dateline_start,
    is_section_marker,
    opens_report,
    title_tag,
)
from reader.core.page.orient import orientation
from reader.core.page.trees import forest
from reader.core.page.weigh import FIRST_PAGE, Weighing


class Block:
    """A paragraph of body text, a run of headline lines, or a photo credit.

    (A plain class: compiled by mypyc, its ``__init__`` is native, where a
    dataclass's is the one the dataclasses module writes in Python.)"""

    __slots__ = ("dateline", "kind", "lines", "text", "width")

    def __init__(self, kind: int, lines: list[Line], text: str, width: float | None = None,
                 dateline: re.Match[str] | None = None) -> None:
        self.kind = kind
        self.lines = lines
        self.text = text
        #: The column the block was set in (body), when its lines show one.
        self.width = width
        self.dateline = dateline

    def __repr__(self) -> str:
        return (f"Block(kind={self.kind!r}, lines={self.lines!r}, text={self.text!r}, "
                f"width={self.width!r}, dateline={self.dateline!r})")


def page_blocks(text: str) -> tuple[list[Block], int]:
    """The blocks of a page, in page order, and which way round it prints
    headlines (``features.AFTER`` or ``features.FIRST``)."""
    lines = split_lines(text)
    if not lines:
        return [], AFTER
    geo = geometry(lines)
    ctx = _context(cut_pieces(lines, geo), geo)
    orient = _label(ctx)
    if orient == FIRST and not geo.indenting:
        split_glued(ctx.pieces, ctx.column)
    return _blocks(ctx, orient == FIRST), orient


def _is_candidate(p: Piece) -> bool:
    """Short enough to be a headline block (longer pieces are body for sure);
    never a dateline, a remark in brackets or the end of a sentence."""
    if len(p.lines) > 4 or p.cut == DATELINE_CUT:
        return False
    text = p.text
    if len(text) > 64 or p.last.last_char in "。，、；":
        return False
    if text[0] in DATELINE_FIRST and DATELINE.match(text):
        return False
    if inner_sentence_end(text) and (len(_CLAUSE_MARKS(text)) >= 2 or ends_sentence(text)):
        return False  # sentences, one after another: body
    return CLOSING_REMARK.match(text) is None


def _context(pieces: list[Piece], geo: Geometry) -> Context:
    n = len(pieces)
    candidate = [_is_candidate(p) for p in pieces]
    own = [
        p.own_width() if len(p.lines) >= 3 and not candidate[i] else None
        for i, p in enumerate(pieces)
    ]
    column: list[float | None] = []
    for i in range(n):
        column.append(own[i] if own[i] is not None else _nearby_column(own, candidate, i))
        if column[-1] is None and not candidate[i]:
            column[-1] = pieces[i].own_width()
    run: list[tuple[int, int]] = [(i, i) for i in range(n)]
    i = 0
    while i < n:
        if candidate[i]:
            j = i
            while j + 1 < n and candidate[j + 1]:
                j += 1
            for k in range(i, j + 1):
                run[k] = (i, j)
            i = j + 1
        else:
            i += 1
    offset = []
    parts = []
    pos = 0
    for p in pieces:
        offset.append(pos)
        parts.append(p.text)
        pos += len(p.text)
    marked: list[bool] = []
    state = dated = False
    for p in pieces:
        if p.cut == DATELINE_CUT or is_dateline_start(p.first.text):
            state = False
            dated = True
        elif len(p.lines) == 1 and is_section_marker(p.text):
            state = True
        marked.append(state)
    return Context(pieces, candidate, column, run, geo, "".join(parts), offset, dated=dated,
                   marked=marked)


def _nearby_column(own: list[float | None], candidate: list[bool], i: int) -> float | None:
    """The column width of the nearest long piece, looking first on either side
    without crossing a short one (a headline between two articles)."""
    n = len(own)
    for reach in (True, False):
        for d in range(1, 4):
            for j in (i - d, i + d):
                if 0 <= j < n and own[j] is not None and (
                    not reach or not any(candidate[min(i, j) + 1 : max(i, j)])
                ):
                    return own[j]
    return None


def _label(ctx: Context) -> int:
    """Label every piece; returns the page's orientation (``features.AFTER`` or
    ``features.FIRST``).  Short pieces are weighed twice: once without knowing
    which way round the page prints headlines, and again once the first
    labels have decided that."""
    pieces = ctx.pieces
    n = len(pieces)
    cand = [i for i in range(n) if ctx.candidate[i]]
    i = 0
    for i in cand:
        p = pieces[i]
        if p.label == CREDIT:
            continue
        k = _credit_span(pieces, i) if len(p.text) <= 40 else 0
        if k:
            p.label = CREDIT
            p.span = k
            for j in range(i + 1, i + k):
                pieces[j].label = CREDIT
                pieces[j].span = 0
    first = model("head0")
    # section markers (核心阅读) are printed like headlines but open a section
    todo = [i for i in cand if pieces[i].label != CREDIT and not is_section_marker(pieces[i].text)]
    weighing = Weighing(ctx, todo)  # (cohesion measured only where it can tell)
    signals = weighing.signals
    for i in todo:
        pieces[i].label = HEAD if weighing.head(first, i, score(first, signals[i])) else BODY
    orient = _orientation(pieces, signals)
    second = model("head")
    trees = forest("head")  # (where the linear weighing is unsure)
    band = trees.band if trees is not None else 0.0
    page = {FIRST_PAGE: 1.0} if orient == FIRST else {}
    # (an indenting page marks its paragraphs, so its headlines need no lift)
    lifting = orient == FIRST and not ctx.geo.indenting
    if second:
        weights = oriented(second, orient)
        own = {i: score(weights, signals[i]) for i in todo}
        for _ in range(2):  # (in page order: the piece above as just weighed)
            for i in todo:
                near = neighbour_signals(ctx, i)
                lift = IN_REPORT if lifting and in_report(pieces, ctx.run[i][0]) else 0.0
                said = weighing.beyond(weights, i, own[i], score(weights, near) + lift, band)
                if said < 0 and trees is not None:
                    near.update(page)
                    said = int(weighing.tree_score(trees, i, near) + lift > 0.0)
                pieces[i].label = HEAD if said == 1 else BODY
    for i in todo:
        p = pieces[i]
        if p.label == HEAD and _announced(ctx, i):
            p.label = BODY
    for i in range(1, n):
        p = pieces[i]
        if p.label == BODY and pieces[i - 1].label == HEAD and not p.first.gap \
                and len(p.lines) == 1 and title_tag(p.text):
            p.label = HEAD  # （百姓影像·春节特别策划） right under its title: part of it
    return _orientation(pieces, signals)


def _announced(ctx: Context, i: int) -> bool:
    """Text a colon announced (现将名单公布如下：) is body: a list or a
    quotation; and so is all but the ends of a long run of short lines (a
    headline block is a few lines at most)."""
    pieces = ctx.pieces
    if i and pieces[i - 1].label == BODY and pieces[i - 1].last.last_char in "：:":
        return True
    first, last = ctx.run[i]
    return last - first + 1 > 6 and first + 2 < i < last - 2


def _orientation(pieces: list[Piece], signals: dict[int, dict[str, float]]) -> int:
    return orientation(pieces, head_lexical(pieces, signals))


def head_lexical(pieces: list[Piece], signals: dict[int, dict[str, float]]) -> list[float]:
    """For each headline piece: how much more of its words recur after it than before."""
    return [f.get("words_after", 0.0) - f.get("words_before", 0.0)
            for i, f in signals.items() if pieces[i].label == HEAD]


def _credit_span(pieces: list[Piece], i: int) -> int:
    """A photo credit starting at piece *i*: ``新华社记者 潘昱龙摄``, or one wrapped
    over a few short pieces (``吴烙思琪 维祥`` / ``摄影报道``, ``高东风摄（人民视`` /
    ``觉）``).  Returns how many pieces it takes, 0 if it is none."""
    text = ""
    for k in range(3):
        if i + k >= len(pieces):
            return 0
        p = pieces[i + k]
        if len(p.lines) > 2:
            return 0
        t = p.text
        if _SENTENCE_MARKS(t):
            return 0
        text += t
        if len(text) > 40:
            return 0
        if closes_caption(text):  # (text is 40 characters at most here)
            # 杨玉岗 范长江摄影报道 / （影像中国）: the agency wrapped on
            nxt = pieces[i + k + 1] if i + k + 1 < len(pieces) else None
            if nxt is not None and len(nxt.lines) == 1 and nxt.text[0] in "（(" \
                    and is_credit(text + nxt.text):
                return k + 2
            return k + 1
    return 0


_SENTENCE_MARKS = re.compile("[，。；！？]").search
_CLAUSE_MARKS = re.compile("[，、；：,;:]").findall


def _blocks(ctx: Context, first: bool = False) -> list[Block]:
    pieces = ctx.pieces
    out: list[Block] = []
    cur: list[Piece] = []
    n = len(pieces)

    def flush() -> None:
        if cur:
            out.append(_paragraph(cur, ctx))
            cur.clear()

    i = 0
    while i < n:
        p = pieces[i]
        if p.label == CREDIT:
            flush()
            lines = [line for q in pieces[i : i + max(1, p.span)] for line in q.lines]
            out.append(Block(CREDIT, lines, _join_credit(lines)))
            i += max(1, p.span)
            continue
        elif p.label == HEAD:
            flush()
            out.append(Block(HEAD, list(p.lines), p.text))
        else:
            if cur and not _joins(cur, p, ctx, i, first):
                head = head_over_dateline(cur, p)
                if head is not None:
                    cur[-1] = Piece(cur[-1].lines[:-1], cur[-1].cut)
                    flush()
                    out.append(Block(HEAD, [head], head.text))
                flush()
            cur.append(p)
        i += 1
    flush()
    return out


def _paragraph(pieces: list[Piece], ctx: Context) -> Block:
    if len(pieces) == 1:
        lines = pieces[0].lines
        text = tidy_spaces(pieces[0].text)
    else:
        lines = [line for p in pieces for line in p.lines]
        text = tidy_spaces("".join(p.text for p in pieces))
    dl = DATELINE.match(text) if text[0] in DATELINE_FIRST else None
    width = None
    for p in pieces:
        w = p.own_width()
        if w is not None:
            width = w
            break
    return Block(BODY, lines, text, width, dl)


def _joins(above: list[Piece], b: Piece, ctx: Context, ib: int, first: bool) -> bool:
    """Does body piece *b* go on with the paragraph *above* (its pieces so far)?
    *first*: the page prints headlines above their bodies."""
    a = above[-1]
    t = b.first.text
    if t[0] == "—" and a.last.last_char == "—":
        return True  # a dash (——) is one mark: cut across lines, it runs on
    if b.cut == DATELINE_CUT or ctx.geo.whole:
        return False  # (where lines are whole paragraphs, each is one)
    if b.cut == INDENT or (ctx.geo.indenting and b.first.indent == 2):
        return False
    if len(b.lines) == 1 and len(t) <= 8 and is_section_marker(t):
        return False  # 核心阅读 on a line of its own opens what follows, even under a cut-off text
    if b.cut == SENTENCE:
        return True  # the last line of the paragraph after all
    last = a.last
    end = ends_sentence(last.text)
    w = a.own_width()
    if w is None:
        w = b.own_width() if len(b.lines) >= 3 else ctx.column[ib - 1]
    full = w is not None and last.width >= w - ctx.geo.tolerance - ascii_run(t)
    if t[0] in NO_LINE_START and (b.cut != BLANK or full or not end):
        return True  # a line never starts on these: the sentence runs on
    if b.cut == SHORT:
        if len(a.lines) >= 2:
            return full
        wb = b.own_width()
        if wb is None:
            wb = ctx.column[ib]
            if wb is None:
                return not end  # nothing to measure against: the sentence runs on
        slack = 1.0 + ctx.geo.tolerance + (ctx.geo.first_allowance if a.cut <= INDENT else 0.0)
        return not end and last.width >= wb - slack
    if b.cut == BLANK:
        if ctx.geo.indenting:
            return not (end and not full)
        if not end and dateline_opens(above, b, first):
            return False  # (an indenting page, above, is left to its indents)
        # (2月24日，… under a line cut short of its sentence: a new report, the
        # text above one cut off at the column's foot)
        return full and not end and not opens_report(last.text, t)
    return False


def _join_credit(lines: list[Line]) -> str:
    """Credit lines into one: ``刘满仓`` + ``摄（新华社发）`` → ``刘满仓摄（新华社发）``,
    but ``吴烙思琪 维祥`` + ``摄影报道`` keeps the words apart."""
    out = lines[0].text
    for line in lines[1:]:
        word = line.text
        sep = " " if " " in out and CREDIT_WORD.match(word) else ""
        out += sep + word
    return out


def reflow(text: str) -> list[str]:
    """Paragraphs of a run of body text: wrapped lines joined, blank-line column
    breaks inside sentences closed, real paragraph ends kept.  Reflowing its
    own output (one paragraph per line, blank lines between) changes nothing."""
    lines = split_lines(text)
    if not lines:
        return []
    geo = geometry(lines)
    ctx = _context(cut_pieces(lines, geo), geo)
    return [b.text for b in _blocks(ctx)]

