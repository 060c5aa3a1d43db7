"""Pieces: runs of printed lines that certainly belong together.

Text pulled out of an e-paper PDF keeps the printed line breaks: body lines are
cut at the column width, a paragraph's last line is short, a blank line stands
between paragraphs or wherever a column ends (even mid-sentence), and some
papers mark paragraphs by indenting their first line instead.  A *piece* is a
run of lines that certainly belong together: every line but the last fills
the column.  Pieces are cut at blank lines, at indented lines, before
datelines, after a line that stops short of the column, and after a full line
ending a sentence when a short line without end punctuation follows (a
headline printed right under a paragraph).  Whether two pieces are one
paragraph, a headline or body, is decided later (``blocks``); here only what
the lines show is measured, and what a dateline piece says of the pieces above
it (a new report; the line right above it, its headline).
"""

from __future__ import annotations

import re

from reader.core.page.geometry import Geometry
from reader.core.page.lines import Line, ascii_run
from reader.core.page.marks import (
    CLAUSE_MARKS,
    CLOSING_REMARK,
    COLUMN_TAG,
    CREDIT_ENDS,
    DATELINE,
    DATELINE_FIRST,
    MARKER_LEAD,
    NO_LINE_START,
    SECTION_MARKERS,
    SENTENCE_TAIL,
    TWO_PART,
    closes_caption,
    ends_sentence,
    is_credit,
    is_dateline_start,
)

#: What a piece (or block) is: body text, a headline line, a photo credit.
BODY, HEAD, CREDIT = 0, 1, 2
#: Why a piece starts where it does.
START, BLANK, INDENT, SHORT, SENTENCE, DATELINE_CUT = range(6)


class Piece:
    """Lines that certainly run on into one another (each but the last fills the
    column), and why the piece starts where it does."""

    __slots__ = ("_own", "cut", "first", "label", "last", "lines", "span", "text")

    def __init__(self, lines: list[Line], cut: int) -> None:
        self.lines = lines
        #: Why the piece starts where it does (START, BLANK, …).
        self.cut = cut
        #: BODY / HEAD / CREDIT, set by ``blocks``.
        self.label = BODY
        #: A credit wrapped over several pieces: how many (on the first of them).
        self.span = 1
        self.first = lines[0]
        self.last = lines[-1]
        # (a list, not a generator, for join: a piece is made for every few lines)
        self.text = self.first.text if len(lines) == 1 else "".join([x.text for x in lines])
        self._own: float | None = None

    def __repr__(self) -> str:
        return f"Piece({self.text!r}, cut={self.cut}, label={self.label})"

    def own_width(self) -> float | None:
        """The column width the piece shows: its widest line but the last (not
        counting a mark hanging past the end), or None for one line."""
        if self._own is None:
            lines = self.lines
            if len(lines) < 2:
                return None
            w = 0.0
            for line in lines[:-1]:
                if line.core > w:
                    w = line.core
            self._own = w
        return self._own


def dateline_opens(above: list[Piece], b: Piece, first: bool) -> bool:
    """A dateline under a paragraph of two lines or more cut off in
    mid-sentence: a report of its own (the sentence goes on in another
    column; text never runs on into 本报北京2月3日电).  Under one line only
    where headlines come *first*: that line is the report's deck, which
    ``segment`` hands to it."""
    return is_dateline_start(b.text) and (first or len(above) > 1 or len(above[0].lines) >= 2)


def head_over_dateline(above: list[Piece], b: Piece) -> Line | None:
    """The line printed right under a paragraph's last sentence, with no end
    mark of its own, over a dateline that starts a paragraph: that report's
    headline (a paragraph never stops in mid-sentence above a dateline)."""
    lines = above[-1].lines
    if len(lines) < 2 or not is_dateline_start(b.text):
        return None
    last = lines[-1]
    if len(last.text) > 30 or last.last_char in "，、；：" or ends_sentence(last.text) \
            or not ends_sentence(lines[-2].text):
        return None
    return last


def cut_pieces(lines: list[Line], geo: Geometry) -> list[Piece]:
    """Cut the page's lines into pieces (see the module's docstring)."""
    if geo.whole:
        return _whole_pieces(lines, geo)
    indenting = geo.indenting
    first_allowance = geo.first_allowance
    tolerance = geo.tolerance
    pieces: list[Piece] = []
    cur: list[Line] = []
    reason = START
    column = 0.0  # the column width the last long piece showed
    n = len(lines)
    # a credit or a section marker is a line of its own
    alone = [
        (len(x.text) <= 7 or x.last_char in CREDIT_ENDS) and _stands_alone(x.text)
        for x in lines
    ]
    for i in range(n - 1):
        # a credit wrapped over a line and a stub (耿玉和摄（影像中 / 国）), set
        # right under its caption with no blank line between
        stub = lines[i + 1]
        if not stub.gap and stub.last_char in "）)" and len(stub.text) <= 4 and not alone[i] \
                and len(lines[i].text) <= 36 and is_credit(lines[i].text + stub.text):
            alone[i] = alone[i + 1] = True
    enders = SENTENCE_TAIL
    for i in range(n):
        line = lines[i]
        if not cur:
            cur = [line]
            continue
        text = line.text
        prev = cur[-1]
        ptext = prev.text
        if line.gap:
            why = BLANK
        elif indenting and line.indent == 2:
            why = INDENT
        elif text[0] in DATELINE_FIRST and (
            DATELINE.match(text)
            or (i + 1 < n and not lines[i + 1].gap and DATELINE.match(text + lines[i + 1].text))
        ):
            why = DATELINE_CUT  # (also one wrapped over two lines: 新华社北京1月 / 5日电)
        elif alone[i] or alone[i - 1]:
            why = SHORT
        elif prev.last_char in "）)" and cur[0].text[0] in "（(" and CLOSING_REMARK.match(
            "".join(x.text for x in cur)
        ):
            why = SHORT  # （本报记者 X、Y） closed: what follows is new text (a headline)
        elif (
            len(cur) >= 2
            and prev.last_char not in enders
            and cur[-2].core - tolerance <= prev.core
            and line.core <= prev.core + tolerance
        ):
            cur.append(line)  # a line of a column like the ones before: runs on
            continue
        elif len(cur) <= 2 and ("（" in cur[0].text or "（" in ptext) and _byline_open(
            cur, line, lines[i + 1] if i + 1 < n else None
        ):
            cur.append(line)  # 本报讯（通讯员 X 詹礼 / 邦 记者 Y）: a bracket left open
            continue
        else:
            nxt = lines[i + 1] if i + 1 < n else None
            run_ends = nxt is None or nxt.gap or (indenting and nxt.indent == 2)
            ref = 0.0
            if len(cur) >= 2:
                ref = cur[-2].core
            elif (prev.last_char in "）)" or ptext[0] == "—" or " " in ptext) \
                    and _title_form(ptext):
                why = SHORT  # a headline printed right above its body
                pieces.append(Piece(cur, reason))
                cur = [line]
                reason = why
                continue
            if (
                len(cur) == 1
                and not run_ends
                and prev.core < column - 2.0
                and _both_short(prev, line, lines[i + 1], tolerance)
            ):
                # two short lines over a full one: neither runs on (a paragraph's
                # last line, then a headline printed right under it)
                pieces.append(Piece(cur, reason))
                cur = [line]
                reason = SHORT
                continue
            col = ref or prev.width
            ahead = not run_ends and line.core > ref
            if ahead:
                ref = line.core
            tol = tolerance
            if text[0].isascii():
                tol += ascii_run(text)
            if prev.squeeze > 1:
                tol += 0.25 * (prev.squeeze - 1)  # squeezed or set whole: ¼ either way
            if len(cur) == 1 and reason <= INDENT:
                tol += first_allowance
            sentence_end = prev.last_char in enders and ends_sentence(ptext)
            if len(cur) == 1 and sentence_end and not ahead and column > ref:
                ref = column  # a one-line paragraph ends here
            if ref == 0.0:
                full = prev.width >= line.width - tol
            else:
                full = prev.width >= ref - tol and (
                    len(cur) >= 2 or not ahead or prev.core <= ref + tol + 0.75
                )
            if not full:
                why = SHORT
            elif (
                sentence_end
                and (abs(line.width - col) > tolerance or (indenting and run_ends))
                and line.last_char not in "，、；,;"
                and text[0] not in NO_LINE_START
                and not ends_sentence(text)
            ):
                why = SENTENCE
            else:
                cur.append(line)
                continue
        piece = Piece(cur, reason)
        if len(cur) >= 3:
            w = piece.own_width()
            if w is not None:
                column = w
        pieces.append(piece)
        cur = [line]
        reason = why
    if cur:
        pieces.append(Piece(cur, reason))
    return pieces


def _whole_pieces(lines: list[Line], geo: Geometry) -> list[Piece]:
    """A page whose lines are whole paragraphs: each line is a piece of its own."""
    out: list[Piece] = []
    for i, line in enumerate(lines):
        text = line.text
        if not i:
            why = START
        elif line.gap:
            why = BLANK
        elif geo.indenting and line.indent == 2:
            why = INDENT
        elif text[0] in DATELINE_FIRST and DATELINE.match(text):
            why = DATELINE_CUT
        else:
            why = SHORT
        out.append(Piece([line], why))
    return out


_CJK_WORD = re.compile(r"[\u3400-\u9fff]{2}")
_SENTENCE_MARKS = re.compile("[。！？!?]")
_CLAUSE_MARK_PATTERN = re.compile("[" + "".join(sorted(CLAUSE_MARKS)) + "]")
_CLAUSE_MARK = _CLAUSE_MARK_PATTERN.search
_CLAUSE_MARKS_IN = _CLAUSE_MARK_PATTERN.findall


def _title_form(text: str) -> bool:
    """Marks only a printed headline line has: its column's name in brackets at
    the end, a subtitle's opening dash, two halves set apart by a space."""
    if text[-1] in "）)":
        tag = COLUMN_TAG.search(text)
        if tag is None or text[0] in "（(" or is_dateline_start(text):
            return False
        # a column's name: words, not a remark (（。）, （—）)
        if not _CJK_WORD.search(tag.group()) or _SENTENCE_MARKS.search(tag.group()):
            return False
        # (one comma at most: 帮把手，不要乱伸手（观象台）, or a list of three
        # at most: 讲好共促和平、共谋发展的故事（钟声）; a sentence has more)
        marks = _CLAUSE_MARKS_IN(text)
        if "，" in text:
            return len(marks) <= 1
        return len(marks) <= 2 and all(m == "、" for m in marks)
    return text.startswith("——") or (
        TWO_PART.search(text) is not None and _CLAUSE_MARK(text) is None
    )


def _both_short(prev: Line, line: Line, nxt: Line, tolerance: float) -> bool:
    """*prev* and *line* both stop well short of *nxt* (a line that fills its
    column): each ends a piece of its own."""
    reach = nxt.core - tolerance - 1.0 - ascii_run(nxt.text)
    return prev.core < reach and line.core < reach


def _byline_open(cur: list[Line], line: Line, nxt: Line | None) -> bool:
    """A bracket opened at the top of a piece (a byline: 本报讯（记者 X) is
    closed on this line or the next: the names run on over short lines."""
    if len(cur) > 2:
        return False
    text = "".join(x.text for x in cur)
    k = max(text.rfind("（"), text.rfind("("))
    if k < 0 or "）" in text[k:] or ")" in text[k:] or len(text) - k > 30:
        return False
    ahead = line.text[:24] + ("" if nxt is None or nxt.gap else nxt.text[:24])
    return "）" in ahead or ")" in ahead


def _stands_alone(text: str) -> bool:
    """A photo credit or a section marker."""
    if len(text) <= 7 and text.lstrip(MARKER_LEAD) in SECTION_MARKERS:
        return True
    return closes_caption(text)

