"""Articles that segmentation cut in pieces, joined back: a digest of reports
under one headline, a column of briefs, a report's key points.

Segmentation opens an article at every dateline and every headline.  These
print several of both, or stand apart, and are still one article:

* a digest: reports of one day from one place under one headline (王毅同X、Y、
  Z外长通电话), each opening with the same dateline and nearly the same first
  sentence.  A report that is not the digest's own would open on its own
  headline; one whose first sentence says the neighbour's again, under the
  neighbour's dateline, is the next item of the same digest;
* a column of briefs: a short column name (新闻速递, 微阅读) over a few briefs,
  each a few hundred characters under a headline of its own and closed by its
  source in brackets (（新华社）, （据《经济日报》）, （记者 X）).  The column is
  the article; the briefs' headlines are its paragraphs;
* key points set as bullets (■ …) right above a dated report: its summary;
* a paragraph's first line read as a headline: set straight over the rest of
  its paragraph, as wide as the column the paragraph before it fills, saying
  no sentence and no column's name.  A headline is as long as its words make
  it; a line that fills the column exactly and runs on into the paragraph
  below without a break is a wrapped line of the report it stands in.
* a sign-off read as a headline (——编者 under an editor's note): it closes the
  text above, and what follows it is the same report's.
* text without a headline closed by the very dateline the report above opened
  with, in brackets (（新华社北京2月27日电）): what an agency appends to its
  report (a list of names) and closes with the report's dateline.

Joining keeps every block in page order: the kept headline stays a headline,
every other block is body, placed by the line it starts on.
"""

from __future__ import annotations

import re

from reader.core.page.blocks import Block
from reader.core.page.features import FIRST
from reader.core.page.layout import BODY, HEAD
from reader.core.page.lexicon import known_words
from reader.core.page.lines import tidy_spaces
from reader.core.page.marks import (
    BULLETS,
    BYLINE_PAREN,
    CLOSING_REMARK,
    COLUMN_TAG,
    DATED,
    ends_sentence,
    is_section_marker,
)
from reader.core.page.segment import Draft
from reader.core.page.words import recurring_share

#: A brief is at most this long (characters of all its paragraphs).
BRIEF = 600
#: A column's name is this many characters long.
COLUMN_NAME = (2, 6)
#: How much of a report's first sentence says its neighbour's again to be the
#: next item of one digest (the share of its character pairs found there).
RECURS = 0.5

_SPACES = re.compile(r"[\s\u3000]+")
_NAME = re.compile(r"[\u3400-\u9fff]+")
_SENTENCE = re.compile(r"[。！？!?]")


def digest(drafts: list[Draft], orient: int) -> list[Draft]:
    """*drafts* with the pieces of one digest or one column of briefs joined."""
    first = orient == FIRST
    joined = _join_points(_join_reports(_join_columns(drafts, first), first), first)
    return _join_attached(_join_signed(_join_wrapped(joined))) if first else joined


# ------------------------------------------------------------------ columns

def _join_columns(drafts: list[Draft], first: bool) -> list[Draft]:
    return _columns_first(drafts) if first else _columns_after(drafts)


def _columns_first(drafts: list[Draft]) -> list[Draft]:
    """Headlines printed first: the column's name tops its first brief's
    headlines, and the briefs below follow, each under a headline or none."""
    out: list[Draft] = []
    i = 0
    n = len(drafts)
    while i < n:
        name = _named_column(drafts[i])
        j = i + 1
        while j < n and _brief(drafts[j]) and _named_column(drafts[j]) is None:
            j += 1
        if name is not None and _brief(drafts[i]) and j - i >= 2:
            out.append(_joined(drafts[i:j], name))
            i = j
        else:
            out.append(drafts[i])
            i += 1
    return out


def _columns_after(drafts: list[Draft]) -> list[Draft]:
    """Headlines printed after their bodies: the column's name closes its last
    brief; the briefs above it are without a headline, or end on one short
    headline (the next brief's, printed above it), or are a brief's headline
    alone, read as a paragraph."""
    out: list[Draft] = []
    for d in drafts:
        name = _named_column(d)
        if name is None or len(d.heads) != 1 or len(d.heads[0].lines) != 1 or not _brief(d):
            out.append(d)
            continue
        taken: list[Draft] = []
        briefs = 1
        while out and (not out[-1].heads or _headed_brief(out[-1])):
            prev = out[-1]
            if _brief(prev):
                briefs += 1
            elif not _heading_only(prev) or (taken and _heading_only(taken[-1])):
                break
            taken.append(out.pop())
        if briefs >= 2:
            out.append(_joined([*reversed(taken), d], name))
        else:
            out.extend(reversed(taken))
            out.append(d)
    return out


def _named_column(draft: Draft) -> Block | None:
    """The headline block naming a column of briefs (新闻速递), printed on a line of
    its own at the top of the draft's headlines, or None."""
    if not draft.heads:
        return None
    line = draft.heads[0].lines[0]
    name = _SPACES.sub("", line.text)
    lo, hi = COLUMN_NAME
    if not lo <= len(name) <= hi or _NAME.fullmatch(name) is None or is_section_marker(name):
        return None
    return Block(HEAD, [line], line.text)


def _brief(draft: Draft) -> bool:
    """A brief: a few hundred characters closed by its source in brackets."""
    paras = draft.paras
    if not paras or draft.credit is not None or draft.extra:
        return False
    if CLOSING_REMARK.match(paras[-1].text) is None or len(paras) < 2:
        return False
    return sum(len(p.text) for p in paras) <= BRIEF


def _headed_brief(draft: Draft) -> bool:
    """A brief with one short headline after it: where headlines follow their
    bodies, the next brief's own, printed above it."""
    heads = draft.heads
    return (len(heads) == 1 and len(heads[0].lines) <= 2 and len(heads[0].text) <= 30
            and _brief(draft))


def _heading_only(draft: Draft) -> bool:
    """A brief's headline read as a paragraph of its own (headlines printed
    after their bodies put it there): one short line that says no sentence."""
    paras = draft.paras
    return (not draft.heads and draft.credit is None and len(paras) == 1
            and len(paras[0].lines) <= 2 and len(paras[0].text) <= 30
            and not ends_sentence(paras[0].text))


# ------------------------------------------------------------------ digests

def _join_reports(drafts: list[Draft], first: bool) -> list[Draft]:
    """Each digest's reports joined to the one under its headline: read from
    the headline on (backwards where headlines follow their bodies)."""
    seq = drafts if first else drafts[::-1]
    out: list[Draft] = []
    for d in seq:
        if out and _next_report(out[-1], d):
            head = out.pop()
            out.append(_joined([head, d] if first else [d, head], None, head.heads))
        else:
            out.append(d)
    return out if first else out[::-1]


def _next_report(head: Draft, c: Draft) -> bool:
    """Is *c*, printed right after the reports under *head*'s headline (before,
    where headlines follow their bodies), the digest's next report?  It has no
    headline of its own, the same dated dateline, a first sentence that says
    *head*'s again, and it names a word of the headline that the reports so far
    have not used (德国 in 王毅同俄罗斯、德国外长通电话, under the report of
    the call with Russia)."""
    if not head.heads or c.heads or head.credit is not None or c.credit is not None:
        return False
    if not head.paras or not c.paras or head.extra or c.extra:
        return False
    dh, dc = _dateline(head), _dateline(c)
    if dh is None or dh != dc or DATED.search(dh) is None:
        return False
    sh, sc = _first_sentence(head), _first_sentence(c)
    share = recurring_share(sc, sh) if sh and sc else None
    if share is None or share < RECURS:
        return False
    body = "".join(p.text for p in head.paras)
    return any(w in sc for w in known_words("".join(h.text for h in head.heads)) if w not in body)


def _dateline(draft: Draft) -> str | None:
    m = draft.paras[0].dateline
    return None if m is None else _SPACES.sub("", m.group("dateline"))


def _first_sentence(draft: Draft) -> str:
    """The report's first sentence, past its dateline and byline (a dateline
    may stand on a line of its own, above the first paragraph)."""
    for block in draft.paras[:2]:
        text = block.text
        if block.dateline is not None:
            pos = block.dateline.end()
            b = BYLINE_PAREN.match(text, pos)
            text = text[b.end() if b else pos :]
        m = _SENTENCE.search(text)
        sentence = (text[: m.start()] if m else text).strip()
        if sentence:
            return sentence
    return ""


# ------------------------------------------------------------------ key points

def _join_points(drafts: list[Draft], first: bool) -> list[Draft]:
    """Key points set as bullets (■ …) right above a dated report: its summary,
    not an article of its own (the report has no headline between them)."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        between = d.heads if first else prev.heads if prev is not None else []
        if (prev is not None and _points(prev) and not between and d.paras
                and d.paras[0].dateline is not None and d.credit is None and not d.extra):
            out.pop()
            out.append(_joined([prev, d], None, prev.heads if first else d.heads))
        else:
            out.append(d)
    return out


def _points(draft: Draft) -> bool:
    """Paragraphs that are all bulleted points."""
    return (bool(draft.paras) and draft.credit is None and not draft.extra
            and all(p.text and p.text[0] in BULLETS for p in draft.paras))


# ------------------------------------------------------------------ wrapped lines

#: How far (in characters) a line's width may be from a column's to fill it.
FILLS = 1.0
_SPACED = re.compile(r"[\u3400-\u9fff”》][ \u3000]+[\u3400-\u9fff“《]")


def _join_wrapped(drafts: list[Draft]) -> list[Draft]:
    """Headlines printed first: a one-line "headline" that is the first line
    of a paragraph of the report above it, joined back into both."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and _wrapped_head(prev, d):
            head = d.heads[0]
            para = d.paras[0]
            text = tidy_spaces(head.text + para.text)
            merged = Block(BODY, head.lines + para.lines, text, para.width)
            out[-1] = Draft(paras=[*prev.paras, merged, *d.paras[1:]], heads=prev.heads)
        else:
            out.append(d)
    return out


def _wrapped_head(prev: Draft, d: Draft) -> bool:
    """Is *d*'s headline a line of a paragraph, wrapped at the width of the
    column *prev*'s last paragraph is set in, over the rest of that paragraph?
    A headline's own marks say otherwise: a column's name in brackets, a space
    between two phrases, a whole quotation, a sentence's end."""
    if (len(d.heads) != 1 or len(d.heads[0].lines) != 1 or not d.paras or not prev.paras
            or prev.credit is not None or prev.extra or d.credit is not None or d.extra):
        return False
    line = d.heads[0].lines[0]
    para = d.paras[0]
    last = prev.paras[-1]
    if para.dateline is not None or para.lines[0].number != line.number + 1:
        return False
    if para.lines[0].indent == 2:
        return False  # (an indented line opens a paragraph: the line above ends before it)
    if last.width is None or abs(line.width - last.width) > FILLS:
        return False
    text = line.text.strip()
    if CLOSING_REMARK.match(last.text) is not None or ends_sentence(text):
        return False
    if COLUMN_TAG.search(text) or _SPACED.search(text):
        return False
    return not (text[0] in "“\"" and text[-1] in "”\"")


# ------------------------------------------------------------------ sign-offs

#: A sign-off names at most this many characters after its dash (——编者).
SIGNER = 4
_SIGN_OFF = re.compile(r"[—－-]{1,2}[\s\u3000]*((?:[\u3400-\u9fff][\s\u3000]*){1,"
                       + str(SIGNER) + "})")


def _join_signed(drafts: list[Draft]) -> list[Draft]:
    """Headlines printed first: a "headline" that is only a sign-off (——编者,
    under an editor's note) closes the text above it: it and what follows
    belong to the report above."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev is not None and prev.paras and len(d.heads) == 1 and len(d.heads[0].lines) == 1
                and _SIGN_OFF.fullmatch(d.heads[0].text.strip()) is not None
                and prev.credit is None and not prev.extra and d.credit is None and not d.extra):
            out[-1] = _joined([prev, d], None, prev.heads)
        else:
            out.append(d)
    return out


# ------------------------------------------------------------------ attachments

def _join_attached(drafts: list[Draft]) -> list[Draft]:
    """Headlines printed first: text without a headline of its own, closed by
    the very dateline a report above opened with, in brackets (（新华社北京2月
    27日电）): what an agency appends to a report (a list of names, a document's
    text) and closes with the report's own dateline.  It joins that report,
    with any text without a headline between them."""
    out: list[Draft] = []
    for d in drafts:
        k = _attached_to(out, d)
        if k is None:
            out.append(d)
            continue
        group = [*out[k:], d]
        del out[k:]
        out.append(_joined(group, None, group[0].heads))
    return out


def _attached_to(out: list[Draft], d: Draft) -> int | None:
    """Where in *out* the report *d* is appended to starts, or None."""
    if d.heads or not d.paras or d.credit is not None or d.extra:
        return None
    last = d.paras[-1].text.strip()
    if CLOSING_REMARK.match(last) is None:
        return None
    closing = _SPACES.sub("", last[1:-1])
    if DATED.search(closing) is None:
        return None
    k = len(out) - 1
    while k >= 0:
        c = out[k]
        if c.credit is not None or c.extra or not c.paras:
            return None
        if _dateline(c) == closing:
            return k
        if c.heads:
            return None
        k -= 1
    return None


# ------------------------------------------------------------------ joining

def _joined(group: list[Draft], name: Block | None, keep: list[Block] | None = None) -> Draft:
    """One draft of *group*: *name* (a column's name cut from the top headline
    block) or the blocks of *keep* as its headline, every other block body, in
    page order."""
    kept = keep if keep is not None else []
    body: list[Block] = []
    for d in group:
        for h in d.heads:
            if any(h is k for k in kept):
                continue
            if name is not None and h is d.heads[0] and h.lines[0] is name.lines[0]:
                rest = h.lines[1:]
                if rest:
                    body.append(Block(BODY, rest, "".join(line.text for line in rest)))
                continue
            body.append(Block(BODY, h.lines, h.text))
        body.extend(d.paras)
    body.sort(key=lambda b: b.lines[0].number)
    heads = [name] if name is not None else list(kept)
    return Draft(paras=body, heads=heads)
