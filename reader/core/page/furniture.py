"""Page furniture: the lines a printed page carries that belong to no article.

A page extracted whole from an e-paper PDF often opens with its masthead,
date and edition (人民日报 / 2020年2月10日 星期一 / 第4版 要闻) and closes
with its staff and imprint lines (责任编辑：王芳  版式设计：李明, 社址：… 邮编：…
电话：…).  Left in, they become an article of their own, or the headline of
the article next to them.  They are taken off the page's top and bottom
before it is parsed, kept as the page's own lines (``Page.furniture``: still
every printed character in exactly one place), and the date they print dates
a page whose file name does not.

Only the outermost lines are looked at, and only a run that holds at least
one line nothing else could be (a date with its weekday, an edition number,
a staff credit with its colon, an imprint) is taken: a masthead's name or a
bare page number alone decides nothing.  A line that ends a sentence, opens
with a bracket (an article's own ``（责任编辑：X）``) or sends the reader to
another page (下转第2版: that marks its article as continued) is never
furniture.  A text of several pages (form feeds between them) is looked at
page by page.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

from reader.core.page.marks import BlindPattern

_D = "[0-9０-９]"
#: 2019年11月26日 / 2019-11-26 / 2019.11.26
_DATE = BlindPattern(
    rf"((?:19|20|１９|２０){_D}{_D})\s*(?:年\s*({_D}{{1,2}})\s*月\s*({_D}{{1,2}})\s*日"
    rf"|[-./]({_D}{{1,2}})[-./]({_D}{{1,2}})(?!{_D}))"
)
_WEEKDAY = BlindPattern(r"(?:星期|礼拜|周)[一二三四五六日天]|农历")
#: 第4版 / 第十二版 / A4版 / 4版 (not 版权, 版本)
_EDITION_MARK = (
    rf"(?:第\s*(?:{_D}{{1,3}}|[一二三四五六七八九十]{{1,3}})|(?<![0-9A-Za-z０-９])[A-Za-z]?{_D}{{1,2}})"
    r"\s*版(?![权本次])"
)
_EDITION = BlindPattern(_EDITION_MARK)
#: A line that opens with its edition: 第4版  要闻 / A2版·综合.
_EDITION_LINE = BlindPattern(
    rf"^{_EDITION_MARK}(?:[\s|｜·:：\-—]+[\u3400-\u9fff]{{1,8}}[\s\u3400-\u9fff]{{0,8}})?$")
#: A staff credit with its label: 责任编辑：王芳 / 版式设计 李明 / 美编：X.
_STAFF = BlindPattern(
    r"(?:责任编辑|本版编辑|版式设计|版面设计|美术编辑|图片编辑|值班编辑|值班主任|责任校对)\s*[:：\s]"
    r"|(?:版式|美编|责编|校对|组版|审读|排版|编辑)\s*[:：]"
)
#: What imprint lines are made of; two of them make one.
_IMPRINT = BlindPattern(
    r"社址|地址|邮编|邮政编码|电话|传真|定价|零售价|印刷|出版|发行|连续出版物号|刊号"
    r"|许可证|网址|https?://|www\."
)
_SERIAL = re.compile(rf"CN\s*{_D}{{2}}\s*[-－]\s*{_D}{{4}}")
#: A masthead's name: 高邮日报, 人民日报海外版, 扬子晚报.
_MASTHEAD = BlindPattern(
    r"^[\u3400-\u9fff]{2,8}(?:日报|晚报|时报|周报|商报|早报|导报|晨报|都市报)(?:[\u3400-\u9fff]{1,3}版)?$"
)
#: A page number alone (- 4 -), or with its section (4 要闻, A2｜综合).
_PAGE_NUMBER = re.compile(
    r"^[-—－·\s]*[A-Za-z]?[0-9０-９]{1,3}[-—－·\s]*$"
    r"|^[A-Za-z]?[0-9０-９]{1,2}\s*[|｜·]?\s*[\u3400-\u9fff]{2,6}$"
)
#: A line that belongs to an article, whatever else it holds.
_ARTICLE_LINE = BlindPattern(
    r"[。！？；，]|^[（(【\[〔]|[转接见续]\s*第?\s*[0-9０-９一二三四五六七八九十]+\s*版"
)
#: Furniture lines are short: a longer line is text.
_MAX_LEN = 80
#: The most lines a page's top or bottom furniture takes.
_MAX_RUN = 8


class Kind(enum.Enum):
    """What one outer line of a page may be."""

    TEXT = 0
    WEAK = 1  # furniture only beside a strong line: a masthead, a page number
    STRONG = 2  # nothing but furniture


def line_kind(line: str) -> Kind:
    """What the stripped *line* may be (see :class:`Kind`)."""
    if not line or len(line) > _MAX_LEN or _ARTICLE_LINE.search(line):
        return Kind.TEXT
    if _MASTHEAD.search(line) or _PAGE_NUMBER.match(line):
        return Kind.WEAK
    if _DATE.search(line) and (_WEEKDAY.search(line) or _EDITION.search(line)):
        return Kind.STRONG
    if _EDITION_LINE.search(line) or _STAFF.search(line) or _SERIAL.search(line):
        return Kind.STRONG
    if "，" not in line and ("：" in line or ":" in line) \
            and len(set(_IMPRINT.compiled.findall(line))) >= 2:
        return Kind.STRONG
    return Kind.TEXT


def peel_furniture(text: str) -> tuple[str, tuple[str, ...]]:
    """*text* with its furniture lines blanked (line breaks kept, so the page's
    shape is as printed) and those lines, stripped, in page order."""
    if "\f" in text:
        parts = [peel_furniture(part) for part in text.split("\f")]
        return "\f".join(p[0] for p in parts), tuple(x for p in parts for x in p[1])
    lines = text.split("\n")
    top = _run(lines, range(len(lines)))
    bottom = _run(lines, range(len(lines) - 1, max(top) if top else -1, -1))
    taken = sorted(top + bottom)
    if not taken:
        return text, ()
    furniture = tuple(lines[i].strip() for i in taken)
    for i in taken:
        lines[i] = ""
    return "\n".join(lines), furniture


def _run(lines: list[str], order: range) -> list[int]:
    """The indices of the furniture run met first along *order* (blank lines
    skipped), or none when the run holds no strong line."""
    run: list[int] = []
    strong = False
    for i in order:
        s = lines[i].strip()
        if not s:
            continue
        kind = line_kind(s)
        if kind is Kind.TEXT or len(run) == _MAX_RUN:
            break
        run.append(i)
        strong = strong or kind is Kind.STRONG
    return run if strong else []


def furniture_date(furniture: tuple[str, ...]) -> dt.date | None:
    """The first valid date the page's furniture prints, or None."""
    for line in furniture:
        for m in _DATE.compiled.finditer(line):
            # (int reads full-width digits as they are)
            year = int(m.group(1))
            month = int(m.group(2) or m.group(4))
            day = int(m.group(3) or m.group(5))
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
    return None
