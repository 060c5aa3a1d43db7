"""An assembled article's fields: kicker, title and subtitle from its headline
lines, dateline and byline from its lead, a title made up where none is
printed, and whether it goes on elsewhere."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.model import Article
from reader.core.page.heads import head_fields, heading_roles
from reader.core.page.lines import tidy_spaces
from reader.core.page.marks import (
    BYLINE_NAMES,
    BYLINE_PAREN,
    BYLINE_REPORTS,
    CONTINUED_NOTE,
    DATELINE,
    byline_apart,
    ends_sentence,
    is_section_marker,
)
from reader.core.page.segment import Draft


def finish(index: int, draft: Draft, *, last: bool) -> Article:
    paras = draft.paras + draft.extra
    paragraphs = [tidy_spaces(p.text) for p in paras if p.text]
    dateline = byline = lead = None
    if paras and paras[0].dateline is not None and paragraphs:
        dateline, byline, lead, rest = split_lead(paragraphs[0])
        if rest:
            paragraphs[0] = rest
        else:
            paragraphs.pop(0)
    column = next((p.width for p in paras if p.width is not None), None)
    head_lines = [line for block in draft.heads for line in block.lines]
    if lead is None and draft.credit is None and head_lines:
        # 本报记者 张三 on a line of its own at either end of the headline: never
        # a heading.  Printed before the body it is the body's first line (as
        # the body's own first line is: it stays a paragraph); after the body,
        # the byline.
        ends = [k for k in (0, -1) if byline_apart(head_lines[k].text)]
        if ends:
            line = head_lines.pop(ends[0])
            if paras and paras[0].lines and line.number < paras[0].lines[0].number:
                paragraphs.insert(0, line.text.strip())
            else:
                lead = line.text.strip()
                byline = byline_apart(lead)
    body = "".join(paragraphs) if head_lines and len(head_lines) > 1 else ""
    kicker, title, subtitle = heading_roles(head_fields(head_lines, column, body), body)
    photo = draft.credit is not None
    kind = "photo" if photo else "news"
    if draft.credit is not None:
        byline = draft.credit.text
    continued = last and _is_cut(draft)
    if paragraphs and CONTINUED_NOTE.search(paragraphs[-1][-16:]):
        continued = True
    title_inferred = title is None
    if title is None:
        title = infer_title(paragraphs, kind)
    return Article(
        index=index,
        title=title,
        paragraphs=tuple(paragraphs),
        title_inferred=title_inferred,
        kicker=kicker,
        subtitle=subtitle,
        dateline=dateline,
        byline=byline,
        lead=lead,
        kind=kind,
        continued=continued,
    )


def split_lead(first: str) -> tuple[str, str | None, str, str]:
    """``本报讯（记者 X）正文…`` → dateline, byline, lead, rest of the paragraph."""
    m = DATELINE.match(first)
    assert m is not None
    dateline = re.sub(r"\s+", "", m.group("dateline"))
    pos = m.end()
    byline = None
    b = (BYLINE_PAREN.match(first, pos) or BYLINE_REPORTS.match(first, pos)
         or BYLINE_NAMES.match(first, pos))
    if b:
        byline = " ".join(b.group("byline").split())
        pos = b.end()
    lead = first[:pos].strip()
    return dateline, byline, lead, first[pos:].strip()


def _is_cut(draft: Draft) -> bool:
    """The page's last article ends mid-sentence: it goes on elsewhere."""
    if draft.heads or draft.credit is not None or not draft.paras:
        return False
    return not ends_sentence(draft.paras[-1].text)


def infer_title(paragraphs: Sequence[str], kind: str = "news") -> str:
    """A title for an article that prints none: its first sentence, shortened
    (past a box's marker: 核心阅读 says nothing of the article)."""
    marker = ""
    for para in paragraphs:
        text = para.strip()
        if not text:
            continue
        if len(text) <= 8 and is_section_marker(text):
            marker = marker or text
            continue
        m = re.search(r"[。！？!?；;]", text)
        sentence = text[: m.start()] if m else text
        sentence = sentence.strip("“”\"'‘’ ")
        if len(sentence) > 24:
            cut = max(sentence.rfind(ch, 0, 24) for ch in "，、：,")
            sentence = sentence[:cut] if cut >= 8 else sentence[:20] + "…"
        if sentence:
            return sentence
    return marker or ("图片" if kind == "photo" else "（无标题）")
