"""The geometry of extracted page text: lines, their widths, and pieces.

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
the lines show is measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.page.marks import (
    CLAUSE_MARKS,
    COLUMN_TAG,
    DATELINE,
    DATELINE_FIRST,
    NO_LINE_START,
    SECTION_MARKERS,
    TWO_PART,
    ends_sentence,
    is_credit,
    is_dateline_start,
)

#: What a piece (or block) is: body text, a headline line, a photo credit.
BODY, HEAD, CREDIT = 0, 1, 2
#: Why a piece starts where it does.
START, BLANK, INDENT, SHORT, SENTENCE, DATELINE_CUT = range(6)
#: How far short of its column a full line may fall (compressed punctuation).
TOLERANCE = 1.5


#: Punctuation that typesetters often set in half a character's width (two in a
#: row, or at a line's end): a full line holds more of these than the column
#: has room for.  Counted as ¾, so lines of extraction that keeps them whole
#: and of pages that compress them both measure close to their column.
_SQUEEZABLE = "，。、；：？！“”‘’（）《》【】「」『』"
_FIND_SQUEEZABLE = re.compile(f"[{_SQUEEZABLE}]").findall


def display_width(s: str) -> float:
    """Width in em: CJK characters count 1, ASCII ½, CJK punctuation ¾.

    Counted with codecs and ``str.translate`` rather than a Python loop so that
    reading tens of megabytes stays fast."""
    squeezable = len(_FIND_SQUEEZABLE(s))
    return len(s) - 0.5 * len(s.encode("latin-1", "ignore")) - 0.25 * squeezable


@dataclass(slots=True)
class Line:
    """One printed line: its text without surrounding blanks, and its shape."""

    number: int
    text: str
    width: float
    #: 0: flush left; 1: one stray space; 2: indented (``　`` or two spaces or more).
    indent: int
    #: A blank line (or the top of the page) stands before this line.
    gap: bool
    #: How many marks of squeezable punctuation it holds.
    squeeze: int = 0
    #: Its width without a mark hanging past the column's end.
    core: float = 0.0


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of *text*.  A margin every line shares is not an indent."""
    raw = text.split("\n")
    cut = 0
    for s in raw:
        if s and not s[0].isspace():
            break  # (a line flush left: no margin, the usual case)
    else:
        cut = min((len(s) - len(s.lstrip()) for s in raw if s.strip()), default=0)
    # measured a column at a time (list comprehensions run at C speed)
    texts = [s.strip() for s in raw]
    find = _FIND_SQUEEZABLE
    squeezes = [len(find(t)) for t in texts]
    halves = [len(t.encode("latin-1", "ignore")) for t in texts]
    hang = _HANG
    out: list[Line] = []
    append = out.append
    gap = True
    for number, t in enumerate(texts):
        if not t:
            gap = True
            continue
        s = raw[number]
        indent = 0
        if s[0].isspace():
            lead = len(s) - len(s.lstrip()) - cut
            if lead > 0:
                head = s[cut : cut + lead]
                em = head.count("\u3000") + 0.5 * (lead - head.count("\u3000"))
                indent = 2 if em >= 1.0 else 1
        squeeze = squeezes[number]
        w = len(t) - 0.5 * halves[number] - 0.25 * squeeze
        append(Line(number, t, w, indent, gap, squeeze, w - hang.get(t[-1], 0.0)))
        gap = False
    return out


#: How much of a line's width a mark hanging past the column's end takes.
_HANG = {
    ch: 0.5 if ch.isascii() else 0.75 if ch in _SQUEEZABLE else 1.0 for ch in NO_LINE_START
}


def uses_indent(lines: list[Line]) -> bool:
    """Does the page mark paragraphs by indenting their first line?"""
    n = sum([line.indent == 2 for line in lines])
    return n >= 3 and n * 25 >= len(lines)


@dataclass(slots=True)
class Geometry:
    """How the page is set, as a whole."""

    #: Paragraphs are marked by indenting their first line.
    indenting: bool
    #: How much shorter than the column a paragraph's first line may be.
    first_allowance: float
    #: How far short of its column a full line may fall.
    tolerance: float


def geometry(lines: list[Line]) -> Geometry:
    indenting = uses_indent(lines)
    allowance = 2.0 if indenting or drops_indent(lines) else 0.0
    return Geometry(indenting, allowance, TOLERANCE + 1.5 * max(0.0, _spread(lines) - 0.5))


def _spread(lines: list[Line]) -> float:
    """How much full lines vary in width on this page (typesetters squeeze and
    stretch lines with punctuation): most full lines lie within this of the
    column."""
    devs: list[float] = []
    run: list[float] = []
    for line in lines[:300]:  # (the page is set one way throughout)
        if (line.gap or line.indent == 2) and run:
            _deviations(run, devs)
            if len(devs) >= 400:
                break  # (enough to tell: the page is set one way throughout)
            run = []
        run.append(line.width)
    _deviations(run, devs)
    if len(devs) < 20:
        return 0.5
    devs.sort()
    return devs[int(len(devs) * 0.9)]


def _deviations(run: list[float], out: list[float]) -> None:
    inner = run[1:-1]
    if len(inner) < 3:
        return
    med = sorted(inner)[len(inner) // 2]
    for w in inner:
        d = w - med if w >= med else med - w
        if d <= 3.0:
            out.append(d)


def drops_indent(lines: list[Line]) -> bool:
    """Are paragraphs' first lines two characters short of the column?  Papers
    indent them and some extraction drops the indent, leaving a short line
    that does not end the paragraph."""
    diffs = []
    n = len(lines)
    for i in [k for k in range(1, n - 2) if lines[k].gap]:
        if not lines[i + 1].gap and not lines[i + 2].gap and ends_sentence(lines[i - 1].text):
            diffs.append(min(lines[i + 1].width, lines[i + 2].width) - lines[i].width)
            if len(diffs) >= 60:
                break  # (enough to tell: the page is set one way throughout)
    if len(diffs) < 3:
        return False
    diffs.sort()
    return diffs[len(diffs) // 2] >= 1.0


def _ascii_run(text: str) -> float:
    """Width of the half-width word a line starts with: a line before it may stop
    that much short of the column, since such words are not split."""
    k = 0
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".,%/+-"):
            k += 1
        else:
            break
    return 0.5 * k


@dataclass(slots=True)
class Piece:
    """Lines that certainly run on into one another (each but the last fills the
    column), and why the piece starts where it does."""

    lines: list[Line]
    cut: int
    #: BODY / HEAD / CREDIT, set by ``blocks``.
    label: int = 0
    #: A credit wrapped over several pieces: how many (on the first of them).
    span: int = 1
    _text: str | None = field(default=None, repr=False)
    _own: float | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._text is None:
            if len(self.lines) == 1:
                self._text = self.lines[0].text
            else:
                self._text = "".join(line.text for line in self.lines)
        return self._text

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]

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


def cut_pieces(lines: list[Line], geo: Geometry) -> list[Piece]:
    """Cut the page's lines into pieces (see the module's docstring)."""
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
        (len(x.text) <= 7 or x.text[-1] in _CREDIT_ENDS) and _stands_alone(x.text)
        for x in lines
    ]
    enders = _SENTENCE_TAIL
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
        elif (
            len(cur) >= 2
            and ptext[-1] not in enders
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
            elif (ptext[-1] in "）)" or ptext[0] == "—" or " " in ptext) and _title_form(ptext):
                why = SHORT  # a headline printed right above its body
                pieces.append(Piece(cur, reason))
                cur = [line]
                reason = why
                continue
            col = ref or prev.width
            ahead = not run_ends and line.core > ref
            if ahead:
                ref = line.core
            tol = tolerance
            if text[0].isascii():
                tol += _ascii_run(text)
            if prev.squeeze > 1:
                tol += 0.25 * (prev.squeeze - 1)  # squeezed or set whole: ¼ either way
            if len(cur) == 1 and reason <= INDENT:
                tol += first_allowance
            sentence_end = ptext[-1] in enders and ends_sentence(ptext)
            if len(cur) == 1 and sentence_end and not ahead and column > ref:
                ref = column  # a one-line paragraph ends here
            if ref == 0.0:
                full = prev.width >= line.width - tol
            else:
                full = prev.width >= ref - tol and (
                    len(cur) >= 2 or not ahead or prev.width <= ref + 2.5
                )
            if not full:
                why = SHORT
            elif (
                sentence_end
                and (abs(line.width - col) > tolerance or (indenting and run_ends))
                and text[-1] not in "，、；,;"
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


#: The last characters of a line that may end a sentence (quick test).
_SENTENCE_TAIL = frozenset("。！？!?…”’」』）)》〉】\"'")


def _title_form(text: str) -> bool:
    """Marks only a printed headline line has: its column's name in brackets at
    the end, a subtitle's opening dash, two halves set apart by a space."""
    if text[-1] in "）)":
        if COLUMN_TAG.search(text) is None or text[0] in "（(" or is_dateline_start(text):
            return False
        return not any(ch in CLAUSE_MARKS for ch in text)
    return text.startswith("——") or (
        TWO_PART.search(text) is not None and not any(ch in CLAUSE_MARKS for ch in text)
    )


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
    if len(text) <= 7 and text.lstrip("■□●○◆◇▲△★☆▶►·• ") in SECTION_MARKERS:
        return True
    return text[-1] in _CREDIT_ENDS and len(text) <= 40 and is_credit(text)


_CREDIT_ENDS = frozenset("摄道图发）)")


# Spaces that extraction leaves between digits/Latin and CJK: "23 日", "333 省道".
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACE_AFTER_ALNUM = re.compile(rf"(?<=[0-9A-Za-z%％])[ \u00a0\u3000]+(?=[{_CJK}])")
_SPACE_BEFORE_ALNUM = re.compile(rf"(?<=[{_CJK}])[ \u00a0\u3000]+(?=[0-9A-Za-z])")


def tidy_spaces(text: str) -> str:
    """Drop the spaces extraction leaves between digits/Latin and CJK characters."""
    if " " not in text and "\u00a0" not in text and "\u3000" not in text:
        return text
    text = _SPACE_AFTER_ALNUM.sub("", text)
    return _SPACE_BEFORE_ALNUM.sub("", text)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one paragraph: no spaces inserted, stray spaces
    between digits/Latin and CJK removed."""
    return tidy_spaces("".join(lines))
