"""A headline printed right on top of its body, with no blank line between.

Extractors that keep reading order print the headline first, and often with
no blank line before the lead: when the headline happens to be about as wide
as the column, nothing in the line widths cuts it off, and it runs on into
the first paragraph (慕尼黑安全会议聚焦“西方缺失” / 第五十六届慕尼黑安全会议（ / …).
On a page that prints headlines first and marks paragraphs by blank lines
(where paragraphs are indented, the indent under the headline cuts it off),
the first line of a body piece is cut off as a headline line when everything
says a new text starts under it:

* the text before has ended (a sentence end, or no body at all), and the line
  is not indented (an indented line opens a paragraph of its own);
* the line's width is not the column's (a body line fills its column to
  within a mark or a digit, more often over than under; a headline's length
  has nothing to do with it);
* it reads like a phrase, not a cut sentence: no clause mark, nothing open
  (quotation, title marks), no letter or digit at its end, no word of the
  lexicon run across the break, and it ends where a phrase may end;
* the line under it does not go on with the same sentence (starts on a
  particle, or closes a clause within a few characters: 两可。 / 问题，).

A line far short of the column the lines under it fill (3 em and more) is no
line of theirs, whatever clause marks it holds (16个审批要件，一天拿到); and a
remark in brackets that closes an article ((本报巴黎电)) ends the text before
as a sentence's end does.

The line under it opening a new text says the line is whole whatever its
width: a report opening (连日来，) or an item's bullet (■新门诊楼每天…, a
feature's first point; a wrapped line never starts on one).  And under a
kicker that leads on to its title (广东累计…2424人——), the first line of the
body is that title, clause marks and all (“有你们来，才有我们的今天！”), unless
it holds a sentence's end or reads as a cut line.

A line of its own under a kicker that ends on a dash (张淑琴代表——) is that
kicker's title, whatever the weighing said: such a kicker never stands alone.
The title may take two lines, where the first leaves a bracket or quotation
open that the second closes (为农民工说实话办实事（新 / 春走基层·…故事）), or a word
runs on from one into the other; a word across the break under a whole line
is there by chance (…充满信心 / 中国政府…).

Between a headline and the dateline that opens its report, a piece set far
wider than the column (a summary under the title: 习近平强调，…) is headline
type: a body line never runs past its column; and so is a lone phrase over it
after a finished text (the title the weighing took for body).

A headline can be glued on both sides: under the last line of the article
before (…愉悦感受。 / 铁路春运节前发送旅客1.43亿人次) and over its own dateline
(本报北京2月5日电…).  Nothing in the widths cuts it off, but on a page that
prints headlines first, no body line stands between a finished sentence and
a dateline with no blank line around it: the lines there (a few, none of them
ending a sentence) are that dateline's headline; and so where the rest of the
headline block (a subtitle, apart) stands between them and the dateline.
"""

from __future__ import annotations

import re

from reader.core.page.layout import BODY, DATELINE_CUT, HEAD, SHORT, Piece
from reader.core.page.lexicon import word_across
from reader.core.page.lines import Line
from reader.core.page.marks import (
    BULLETS,
    CLOSING_REMARK,
    ends_sentence,
    is_credit,
    is_dateline_start,
    opens_report,
    unbalanced,
)

#: Marks inside a clause, or a sentence's end, anywhere in the line.
_MARKS = re.compile("[，、；：,;:。！？!?]").search
#: A clause closed within the first few characters of the next line.
_CLAUSE_SOON = re.compile("^.{1,3}[，。、；！？]")
#: Characters a line that goes on with the sentence above seldom starts with
#: a new text on: 的 了 着 … (a particle binds to what stands before it).
_BOUND = frozenset("的了着过与和及之地得")
#: The ends of a phrase cut in the middle: a hyphen, a name's dot, an opener.
_OPEN_END = frozenset("—-·・（(“《「【〈")
#: Characters that seldom end a phrase: 的 了 在 和 ….
_PARTICLES = frozenset("的了在和是对为与将把被从以及并而就也都还又向于着过之其让使由到给比跟同或但")
_ALNUM_END = re.compile(r"[0-9A-Za-z０-９]").search
#: How a kicker that leads on to its title ends (a colon ends lead-ins inside a body too).
_LEADS_ON = ("——", "—")
#: The longest line taken for a title under its kicker.
_TITLE_MAX = 40
#: A sentence's end inside a line: no headline line holds one.
_SENTENCE_END = re.compile("[。；;]").search
_BULLETS = frozenset(BULLETS)
#: The most lines of a headline block glued between two texts.
_GLUED_LINES = 3
#: How much wider than the column a summary's lines are (a headline is set
#: on its own measure; a body line never runs past its column).
_WIDER = 1.5
#: How far (em) short of its column a line stands that is no line of it.
_FAR_SHORT = 3.0
#: Clause marks a line cut in mid-sentence may end on.
_CLAUSE_END = frozenset("，、：,:")


def split_glued(pieces: list[Piece], column: list[float | None]) -> list[int]:
    """Cut a headline line off the top of body pieces (on a page printing
    headlines first); the new pieces are HEAD, inserted before their bodies,
    and *column* is kept in step.  Returns the indices of the new pieces."""
    out: list[int] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if p.label == BODY and len(p.lines) == 1 and _title_of_kicker(pieces, i):
            p.label = HEAD
            out.append(i)
            if unbalanced(p.lines[0].text) and _rest_of_title(pieces, i) \
                    and pieces[i + 1].label == BODY:
                # (a title wrapped in two, the layout's cut after its first line)
                _cut_head(pieces, column, i + 1, 1)
                out.append(i + 1)
                i += 1
        elif p.label == BODY and _summary(pieces, column, i):
            p.label = HEAD
            if pieces[i - 1].label == BODY:
                pieces[i - 1].label = HEAD
                out.append(i - 1)
            out.append(i)
        elif p.label == BODY and len(p.lines) >= 2 and (n := _glued(pieces, column, i)):
            _cut_head(pieces, column, i, n)
            out.append(i)
            i += 2
            continue
        elif p.label == BODY and (k := _over_dateline(pieces, i)):
            head = Piece(p.lines[k:], SHORT)
            head.label = HEAD
            pieces[i : i + 1] = [Piece(p.lines[:k], p.cut), head]
            column.insert(i, column[i])
            out.append(i + 1)
            i += 2
            continue
        i += 1
    return out


def _over_dateline(pieces: list[Piece], i: int) -> int:
    """Where the headline lines at the end of body piece *i* start, when they
    stand between a finished sentence and the dateline right under them (or
    the rest of their headline block right under them, over its dateline); 0
    for none."""
    if i + 1 >= len(pieces):
        return 0
    nxt = pieces[i + 1]
    if nxt.label == HEAD and nxt.first.gap:
        # (王沪宁看望… glued under the text before, its subtitle apart below)
        if i + 2 >= len(pieces) or not _opens_dated(pieces[i + 2]):
            return 0
    elif nxt.cut != DATELINE_CUT or nxt.first.gap:
        return 0
    lines = pieces[i].lines
    k = len(lines)
    while k and not ends_sentence(lines[k - 1].text):
        k -= 1
    if not k or not 1 <= len(lines) - k <= _GLUED_LINES:
        return 0
    text = "".join(line.text for line in lines[k:])
    if (
        len(text) > _TITLE_MAX * 2
        or _SENTENCE_END(text)
        or any(line.text[-1] in _CLAUSE_END or line.text[-1] in _PARTICLES for line in lines[k:])
        or text.count("“") != text.count("”")
        or CLOSING_REMARK.match(text)
        or is_credit(text)
        or is_dateline_start(text)
    ):
        return 0
    return k


def _title_of_kicker(pieces: list[Piece], i: int) -> bool:
    """A line of its own under a kicker that leads on to its title (张淑琴代表——
    / 把红色种子播撒到孩子心中…): that title, not body."""
    line = pieces[i].lines[0]
    text = line.text
    return (
        i > 0
        and pieces[i - 1].label == HEAD
        and pieces[i - 1].last.text.endswith(_LEADS_ON)
        and not line.indent
        and len(text) <= _TITLE_MAX
        and not _SENTENCE_END(text)
        and (text.count("“") == text.count("”") or _rest_of_title(pieces, i))
        and not is_dateline_start(text)
    )


def _summary(pieces: list[Piece], column: list[float | None], i: int) -> bool:
    """Is body piece *i*, between a headline and the dateline that opens its
    report, a summary under that headline (习近平强调，…冬奥会), set on lines far
    wider than the column as headlines are, not wrapped in it as body is?"""
    col = column[i]
    p = pieces[i]
    return (
        col is not None
        and 0 < i < len(pieces) - 1
        and (pieces[i - 1].label == HEAD or _lone_title(pieces, i - 1))
        and _opens_dated(pieces[i + 1])
        and len(p.lines) <= _GLUED_LINES
        and p.first.core > col * _WIDER
        and all(line.core > col for line in p.lines)
        and not is_dateline_start(p.text)
        and CLOSING_REMARK.match(p.text) is None
    )


def _lone_title(pieces: list[Piece], i: int) -> bool:
    """Could body piece *i*, a line of its own after a finished text, be a
    title (over a summary set as headlines are)?"""
    p = pieces[i]
    text = p.text
    return (
        len(p.lines) == 1
        and p.label == BODY
        and (i == 0 or (pieces[i - 1].label == BODY and _ended(pieces[i - 1])))
        and len(text) <= _TITLE_MAX
        and not _MARKS(text)
        and _phrase_ends(text)
        and not unbalanced(text)
    )


def _opens_dated(p: Piece) -> bool:
    """Does piece *p* open with a dateline?"""
    return p.cut == DATELINE_CUT or is_dateline_start(p.first.text)


def _rest_of_title(pieces: list[Piece], i: int) -> bool:
    """Does the first line of body piece *i* + 1 close the title left open on
    the one-line piece *i* (“科学只能实事求是， / 不能明哲保身”（…）)?"""
    if i + 1 >= len(pieces) or pieces[i + 1].first.gap:
        return False
    nxt = pieces[i + 1]
    if nxt.label == HEAD:
        return not unbalanced(pieces[i].lines[0].text + nxt.first.text)
    return nxt.label == BODY and _title_lines(pieces[i].lines + nxt.lines[:2]) == 2


def _cut_head(pieces: list[Piece], column: list[float | None], i: int, n: int) -> None:
    """Make the first *n* lines of piece *i* a HEAD piece of their own."""
    p = pieces[i]
    if n >= len(p.lines):
        p.label = HEAD
        return
    head = Piece(p.lines[:n], p.cut)
    head.label = HEAD
    pieces[i : i + 1] = [head, Piece(p.lines[n:], SHORT)]
    column.insert(i, column[i])


def _glued(pieces: list[Piece], column: list[float | None], i: int) -> int:
    """How many lines at the top of body piece *i* are a headline's (0, 1, 2)."""
    p = pieces[i]
    first, second = p.lines[0], p.lines[1]
    if first.indent or second.gap:
        return 0
    if i and pieces[i - 1].label == BODY and not _ended(pieces[i - 1]):
        return 0
    # (a kicker that leads on never stands alone: what follows it is its title)
    if i > 0 and pieces[i - 1].label == HEAD and pieces[i - 1].last.text.endswith(_LEADS_ON):
        return _title_lines(p.lines)
    text = first.text
    nxt = second.text
    if not _off_column(pieces, column, i, text, nxt):
        return 0
    # (a line far short of the column its own paragraph shows is no line of
    # that paragraph, whatever marks it holds: 16个审批要件，一天拿到)
    far = _far_short(p)
    if (
        ((_SENTENCE_END(text) or text[-1] in _CLAUSE_END) if far else _MARKS(text))
        or not _phrase_ends(text)
        or text.count("“") != text.count("”")
        or text.count("《") != text.count("》")
    ):
        return 0
    return int(not (_runs_on(text, nxt) or word_across(text, nxt)))


def _ended(p: Piece) -> bool:
    """Has the text of body piece *p* ended: a sentence's end, or a remark in
    brackets that closes an article ((据新华社塔什干电  记者蔡国 / 栋))?"""
    return ends_sentence(p.last.text) or CLOSING_REMARK.match(p.text) is not None


def _phrase_ends(text: str) -> bool:
    """Does *text* end where a phrase may end (not on an opener, a particle,
    a letter or digit), and is it no dateline?"""
    return not (text[-1] in _OPEN_END or text[-1] in _PARTICLES or _ALNUM_END(text[-1])
                or is_dateline_start(text))


def _runs_on(text: str, nxt: str) -> bool:
    """Does the line *nxt* go on with the sentence of *text* (的… / 两可。)?"""
    return nxt[0] in _BOUND or (_CLAUSE_SOON.match(nxt) is not None and not _opens(text, nxt))


def _title_lines(lines: list[Line]) -> int:
    """How many of *lines* (a body piece's, under a kicker that leads on) are
    that kicker's title: the first, or the first two where the first leaves a
    bracket or quotation open (为农民工说实话办实事（新 / 春走基层·…故事）) or a
    word runs on into the second and the two close there; 0 for none."""
    def whole(k: int) -> bool:
        if len(lines) <= k or any(line.gap for line in lines[1 : k + 1]):
            return False
        text = "".join(line.text for line in lines[:k])
        return (len(text) <= _TITLE_MAX and not _SENTENCE_END(text)
                and text[-1] not in _CLAUSE_END and _phrase_ends(text)
                and text.count("“") == text.count("”") and text.count("《") == text.count("》")
                and not _runs_on(text, lines[k].text))

    first = lines[0].text
    if (
        (unbalanced(first) or word_across(first, lines[1].text))
        and whole(2)
        and not unbalanced(first + lines[1].text)
        and not word_across(first + lines[1].text, lines[2].text)
    ):
        return 2
    # (a word across the break under a whole line is there by chance: 信心 / 中国…)
    return int(whole(1))


def _far_short(p: Piece) -> bool:
    """Is the first line of *p* far short of the column the lines under it
    fill?  A wrapped line misses its column by a mark or two at most."""
    rest = p.lines[1:-1]
    return bool(rest) and max(line.core for line in rest) - p.lines[0].core >= _FAR_SHORT


def _opens(text: str, nxt: str) -> bool:
    """Does the line under *text* open a new text (连日来，/ ■新门诊楼…)?"""
    return nxt[0] in _BULLETS or opens_report(text, nxt)


def _off_column(pieces: list[Piece], column: list[float | None], i: int, text: str,
                nxt: str) -> bool:
    """Is the first line of piece *i* not a line of its column (or whole all the
    same, above a new text)?"""
    p = pieces[i]
    rest = p.lines[1:-1]
    # (a piece of two lines shows no column but the headline's: the next one's)
    if rest:
        col: float | None = max(line.core for line in rest)
    else:
        col = column[i + 1] if i + 1 < len(column) else None
    # (a body line may miss its column by a mark or a digit either way; but a
    # line without a mark above one that opens a new text, 连日来，…, is a whole
    # phrase, a headline as wide as the column by chance)
    return col is not None and (not -1.5 < p.lines[0].core - col < 2.0 or _opens(text, nxt))
