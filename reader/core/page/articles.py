"""Page text into articles: datelines, headline blocks, bylines, photo items.

The page is read as a sequence of units (see :mod:`reader.core.page.layout`), each
classified as body text, a headline line or a photo credit; then articles are
cut where the page shows a boundary: a dateline opens one, a headline block
closes one (e-paper text puts headlines *after* their body), a photo credit
closes a caption.  Only what the page itself shows is used: line widths
against the column width, end punctuation, position.  Every printed character
ends up in exactly one field of one article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from reader.core.model import Article
from reader.core.page.layout import (
    Line,
    Unit,
    column_width,
    continues_after,
    display_width,
    ends_sentence,
    has_inner_sentence_end,
    is_full,
    join_lines,
    split_lines,
    split_units,
    tidy_spaces,
)
from reader.core.text.fold import fold, script_blind_pattern

#: Bumped whenever parsing changes its output; the library re-parses pages
#: stored under an older version.
PARSER_VERSION = 4

_HAN = r"\u3400-\u9fff"


class _BlindPattern:
    """A regular expression written in simplified characters that matches text in
    any script (本报讯 and 本報訊 alike), compiled on first use so importing the
    parser stays cheap."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(script_blind_pattern(self.source))
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

# 本报讯 / 本报北京1月5日电 / 新华社北京1月5日电 / 据新华社… / 本报记者 X.
DATELINE = _BlindPattern(
    r"^[【\[]?(?P<dateline>"
    r"据?(?:本报|新华社|中新社|中国新闻社|人民网|新华网|央视网|光明网|中央广播电视总台|法新社|美联社|路透社)"
    rf"[{_HAN}A-Za-z·]{{0,12}}?\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:电|讯|消息)"
    rf"|据?(?:本报|新华社|中新社)[{_HAN}]{{0,6}}电(?=[\s（(])"
    r"|本报讯|本报综合消息|本报消息|本刊讯"
    r")[】\]]?"
)
#: Characters a dateline can start with: a cheap test before the regex.
_DATELINE_FIRST = frozenset("【[据據本新中人央光法美路")
# The byline that follows a dateline: 本报讯（记者 X）.
BYLINE_PAREN = re.compile(r"\s*[（(](?P<byline>[^（）()]{1,60})[）)]")
# 本报讯 记者张三报道： — a byline without brackets.
BYLINE_REPORTS = _BlindPattern(
    rf"\s*(?P<byline>(?:(?:本报|特约)?记者|通讯员)[{_HAN}·、 \u3000]{{1,30}}?)\s*报道[：:]?"
)
# 本报记者 张三 李四 as the first line of an article.
REPORTER_LINE = _BlindPattern(
    rf"^(?:(?:本报|新华社|人民日报)(?:特约|驻[{_HAN}]{{1,6}})?记者[ \u3000]*"
    rf"|(?:特约|驻[{_HAN}]{{1,6}})记者[ \u3000]*|记者[ \u3000]+)[{_HAN}·]{{1,4}}"
    rf"(?:[ \u3000、，][{_HAN}·]{{1,4}}){{0,5}}$"
)
# Photo credits: 刘满仓摄（新华社发） / 新华社记者 潘昱龙摄 / 吴烙思琪 维祥摄影报道 / 新华社发.
CREDIT = _BlindPattern(
    rf"^[{_HAN}A-Za-z·、\s]{{0,40}}"
    r"(?:摄影报道|摄影|摄|供图|制图|绘图|图文|社发)"
    rf"(?:[（(][{_HAN}A-Za-z·、\s]{{1,12}}[）)])?$"
)
# A remark in brackets that closes an article: （本报莫斯科2月20日电） （记者 X）.
CLOSING_REMARK = re.compile(r"^[（(][^（）()]{2,80}[）)]$")
# In-text section markers that newspapers print inside articles, never as headlines.
SECTION_MARKERS = frozenset(
    {
        "核心阅读", "记者手记", "编者按", "编辑手记", "延伸阅读", "相关链接", "链接",
        "短评", "点评", "背景", "新闻链接", "新闻背景", "专家点评", "记者观察",
        "阅读提示", "本版导读", "导读",
    }
)
# ——编 者 / ——本报评论员: the signature under an editor's note or commentary.
_SIGNATURE = re.compile(r"^——[^，。；：]{1,8}$")
# Continuation notes: （下转第2版） / 转第3版.
CONTINUED_NOTE = _BlindPattern(r"[（(]?(?:下转|转|接)第?[\d一二三四五六七八九十]+版[）)]?$")


class Kind(Enum):
    BODY = "body"
    HEAD = "head"
    CREDIT = "credit"


@dataclass(slots=True)
class Item:
    """Units merged by reflow into one paragraph, one headline line, or one credit."""

    kind: Kind
    lines: list[Line]
    width: float | None = None
    dateline: re.Match[str] | None = None
    runs_on: bool = False
    #: Opens an article though it is no dateline (a ``本报记者 X`` line).
    opens: bool = False

    _text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = join_lines(line.text for line in self.lines)
        return self._text

    def extend(self, lines: list[Line]) -> None:
        self.lines.extend(lines)
        self._text = None


@dataclass(slots=True)
class _Draft:
    """An article being assembled."""

    paras: list[Item] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    credit: str | None = None
    photo: bool = False
    closed_by_remark: bool = False
    #: Seen 核心阅读 or a section head: later headline-like lines are section heads too.
    feature: bool = False


def parse_articles(text: str) -> tuple[Article, ...]:
    """All articles of a page, in page order."""
    units = _split_glued_headlines(_split_at_datelines(split_units(split_lines(text))))
    if not units:
        return ()
    items = _classify(units)
    drafts = _segment(items)
    return tuple(_finish(i, d, last=i == len(drafts) - 1) for i, d in enumerate(drafts))


# --------------------------------------------------------------- units


def _split_at_datelines(units: list[Unit]) -> list[Unit]:
    """A dateline inside a unit opens a new one (no blank line before it)."""
    out: list[Unit] = []
    for unit in units:
        start = 0
        for i in range(1, len(unit.lines)):
            line = unit.lines[i]
            prev = unit.lines[i - 1]
            if line.text[0] in _DATELINE_FIRST and DATELINE.match(line.text) and (
                line.lead_space
                or ends_sentence(prev.text)
                or (not has_inner_sentence_end(prev.text) and _looks_like_heading(prev.text))
            ):
                out.append(Unit(unit.lines[start:i], unit.gap_before if start == 0 else False))
                start = i
        out.append(Unit(unit.lines[start:], unit.gap_before if start == 0 else False))
    return out


def _split_glued_headlines(units: list[Unit]) -> list[Unit]:
    """A headline printed right above its body with no blank line between
    (``点对点 促复工`` / ``滇粤返岗专列启程`` / ``近日，为保障民生，…``)
    becomes a unit of its own."""
    out: list[Unit] = []
    for unit in units:
        lines = unit.lines
        if (
            len(lines) >= 4
            and _has_title_form([lines[0].text])
            and "，" not in lines[0].text
            and not DATELINE.match(lines[0].text)
        ):
            k = 1
            while (
                k < min(3, len(lines) - 2)
                and _looks_like_heading(lines[k].text)
                and "，" not in lines[k].text
                and not _unbalanced(lines[k].text)
            ):
                k += 1
            if _looks_like_heading(lines[0].text) and not _looks_like_heading(lines[k].text):
                out.append(Unit(lines[:k], unit.gap_before, headline=True))
                out.append(Unit(lines[k:], False))
                continue
        out.append(unit)
    return out


def _marker(text: str) -> str:
    """A section marker without its ornament, folded: ■記者手記 → 记者手记; a
    head tagged as one, 有心又有为（记者手记）, counts as that marker."""
    text = fold(text.lstrip("■□●○◆◇▲△★☆▶►·• "))
    tag = _COLUMN_TAG.search(text)
    if tag and tag.group()[1:-1] in SECTION_MARKERS:
        return tag.group()[1:-1]
    return text


def _has_marker(heads: list[str]) -> bool:
    return any(_marker(h) in SECTION_MARKERS for h in heads)


def _looks_like_heading(text: str) -> bool:
    """A single line that could be a headline: no sentence ends in or at it
    (a column tag such as ``（暖相册）`` and a headline that is one quotation,
    ``“疫情不退，我们不退！”``, aside), and it does not stop mid-clause."""
    if len(text) > 60 or text.endswith(("，", "、", "；")):
        return False
    core = _COLUMN_TAG.sub("", text) or text
    if (core != text or _WHOLE_QUOTE.match(core)) and len(core) <= 30:
        # 返岗工友们，一起看灯去！（暖相册） / “疫情不退，我们不退！”
        core = core.strip("“”").rstrip("！？!?。…")
    return not ends_sentence(core) and not has_inner_sentence_end(core)


_WHOLE_QUOTE = re.compile(r"^“[^“”]+”$")


def _is_credit(text: str) -> bool:
    flat = text.replace(" ", "").replace("\u3000", "")
    return len(flat) <= 36 and not re.search(r"[，。；：！？]", flat) and bool(CREDIT.match(text))


# --------------------------------------------------------------- classification


def _classify(units: list[Unit]) -> list[Item]:
    """Units into items: body paragraphs (column breaks closed), headline lines
    and photo credits."""
    page_widths = _body_widths(units)
    own = [_own_width(u) for u in units]
    items: list[Item] = []
    width: float | None = column_width(units)
    run_on: Item | None = None  # a paragraph whose sentence continues past a column break
    for k, unit in enumerate(units):
        text = unit.text
        dl = DATELINE.match(text)
        if run_on is not None and not dl and not _is_strong_headline(unit):
            run_on.extend(unit.lines)
            w = own[k] or run_on.width
            run_on.width = w
            run_on.runs_on = continues_after(unit, w)
            if not run_on.runs_on:
                run_on = None
            continue
        run_on = None
        if not dl and len(unit.lines) <= 3 and len(text) <= 48 and _is_credit(text):
            items.append(Item(Kind.CREDIT, list(unit.lines)))
            continue
        if not dl and len(unit.lines) == 1 and REPORTER_LINE.match(text):
            items.append(Item(Kind.BODY, list(unit.lines), width=width, opens=True))
            continue
        nxt = units[k + 1] if k + 1 < len(units) else None
        near = [w for w in (own[k], width, _next_width(units, own, k)) if w is not None]
        if unit.headline or (not dl and (
            _is_heading_unit(unit, near, page_widths, nxt) or _is_kicker_unit(unit, nxt)
        )):
            for group in _heading_lines(unit.lines):
                items.append(Item(Kind.HEAD, group))
            continue
        w = own[k] or _fitting_width(unit, near) or width
        if own[k] is not None:
            width = own[k]
        item = Item(Kind.BODY, list(unit.lines), width=w, dateline=dl)
        item.runs_on = continues_after(unit, w)
        items.append(item)
        if item.runs_on:
            run_on = item
    return items


def _is_strong_headline(unit: Unit) -> bool:
    """One line with marks only a printed headline has (column tag, two halves,
    kicker dash) and no sentence in it."""
    if len(unit.lines) != 1:
        return False
    text = unit.first.text
    return _looks_like_heading(text) and _has_title_form([text])


def _is_kicker_unit(unit: Unit, nxt: Unit | None) -> bool:
    """Headline-shaped lines right above a printed headline are its kicker, even
    when they happen to fill the column (``长征五号B遥一运载火箭运抵海南`` /
    ``文昌，“三大件”齐集航天发射场``)."""
    if nxt is None or len(unit.lines) > 2 or not _is_strong_headline(nxt):
        return False
    return _looks_like_heading(unit.text) and not unit.text.endswith(("，", "、"))


def _own_width(unit: Unit) -> float | None:
    """A unit's column width when it shows one reliably (three or more wrapped lines)."""
    if len(unit.lines) >= 3 and unit.is_wrapped():
        return unit.wrap_width
    return None


def _next_width(units: list[Unit], own: list[float | None], k: int) -> float | None:
    for j in range(k + 1, min(k + 3, len(units))):
        if own[j] is not None:
            return own[j]
    return None


def _body_widths(units: Sequence[Unit]) -> list[float]:
    """Column widths of the page's body text: those of units with 3+ wrapped lines."""
    return sorted({w for u in units if (w := _own_width(u)) is not None})


def _fits(unit: Unit, w: float) -> bool:
    """Could the unit's lines have been cut at column width *w*?"""
    lines = unit.lines
    first_ok = w - 2.5 <= lines[0].width <= w + 0.5
    inner_ok = all(w - 1.5 <= line.width <= w + 0.5 for line in lines[1:-1])
    return first_ok and inner_ok and lines[-1].width <= w + 1.0


def _fitting_width(unit: Unit, widths: Sequence[float]) -> float | None:
    for w in widths:
        if len(unit.lines) >= 2 and _fits(unit, w):
            return w
    return None


def _is_heading_unit(
    unit: Unit, near: list[float], page_widths: list[float], nxt: Unit | None
) -> bool:
    """Is this unit a headline block (kicker/title/subtitle lines) rather than body?"""
    lines = unit.lines
    if len(lines) > 3 or CLOSING_REMARK.match(unit.text) or _SIGNATURE.match(unit.text):
        return False
    if len(lines) == 1 and page_widths and lines[0].width > max(page_widths) + 3:
        # Wider than any column on the page: a headline line, whatever its punctuation.
        return not ends_sentence(lines[0].text) or lines[0].width > max(page_widths) + 8
    if page_widths and any(line.width > max(page_widths) + 3 for line in lines):
        return True  # a headline block with a subtitle too long for any column
    if len(lines) == 1:
        return _looks_like_heading(lines[0].text) and not _is_body_fragment(lines[0], near, nxt)
    # Several lines: body cut at a column end fills its last line; headline lines
    # are each their own field, or one headline wrapped over two lines.
    if all(_looks_like_heading(line.text) for line in lines) and (
        _has_title_form([line.text for line in lines])
        or (
            not any(ch in _CLAUSE_MARKS for ch in unit.text)
            and not any(abs(lines[0].width - w) <= 0.5 for w in near)
        )
    ):
        # Body lines fill the column and nearly always carry some punctuation;
        # headline lines need neither.
        return True
    if any(_fits(unit, w) and is_full(lines[-1], w) for w in near):
        return False
    if len(lines) == 2 and _continues_heading(lines[0].text, lines[1].text):
        return _looks_like_heading(unit.text)
    if not all(_looks_like_heading(line.text) for line in lines):
        return False
    return not (len(lines) >= 3 and unit.is_wrapped())


def _heading_lines(lines: list[Line]) -> list[list[Line]]:
    """Headline lines into fields: a headline too long for one line is wrapped
    onto the next, and the two lines are one field."""
    groups: list[list[Line]] = [[lines[0]]]
    for line in lines[1:]:
        prev = join_lines(x.text for x in groups[-1])
        if _continues_heading(prev, line.text):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


_CLAUSE_MARKS = frozenset("，。、；：？！,.;:?!")
_NO_LINE_START = "%％）)”’」』》〉】、，。：；！？·—"


def _continues_heading(first: str, second: str) -> bool:
    """Is *second* the rest of headline *first*, wrapped (not a title under a kicker)?"""
    if first.endswith(("——", "—", "：", ":")) or second.startswith(("——", "—")):
        return False
    if _COLUMN_TAG.search(second) and not _COLUMN_TAG.search(first) and len(first) <= 8:
        return True  # 找到好出路 / 带动全村富（新思想基层结硕果）: one title, two lines
    if first.endswith(("，", "、")) or second[0] in _NO_LINE_START or len(second) <= 2:
        return True
    if first[-1] in "（(“《「【":
        return True  # a line cannot end on an opening bracket
    return _unbalanced(first) and not _unbalanced(first + second)


def _unbalanced(text: str) -> bool:
    return (
        text.count("（") + text.count("(") != text.count("）") + text.count(")")
        or text.count("“") != text.count("”")
        or text.count("《") != text.count("》")
        or text.count("「") != text.count("」")
    )


def _is_body_fragment(line: Line, near: list[float], nxt: Unit | None) -> bool:
    """A lone line of body text between column breaks (not a headline): cut at
    the width of the column the text goes on in."""
    text = line.text
    if _unbalanced(text) and (re.search(r"[，、；]", text) or text[0] in "（("):
        # “以前，地里残留的… / （本报记者贺勇、…、李 — cut off mid-way: body text
        return True
    if _COLUMN_TAG.search(text) or text.endswith(("——", "—", "：", ":")):
        return False
    if _TWO_PART_TITLE.search(text) or line.width < 8:
        return False
    if nxt is None or DATELINE.match(nxt.first.text) or (
        len(nxt.lines) == 1 and _looks_like_heading(nxt.first.text)
    ):
        return False
    if len(nxt.lines) == 1 and nxt.first.width <= 6 and ends_sentence(nxt.first.text):
        return True  # "…各成员单位参加" + "会议。": the sentence's last words
    w = _own_width(nxt) or (nxt.first.width if len(nxt.lines) >= 2 else None)
    if w is None:
        return False
    if not re.search(r"[，、；]", text):
        # Headlines rarely carry clause punctuation; body lines nearly always do.
        return False
    slack = 1.0 if text[-1] in "，、；：。”" else 0.5  # punctuation may hang past the end
    # (The first line of a paragraph may be indented by two characters.)
    return w - 2.5 <= line.width <= w + slack


# 共商良策 推进脱贫攻坚: headline halves set apart by a space, never body text.
_TWO_PART_TITLE = re.compile(rf"[{_HAN}”》）][ \u3000\u00a0]+[{_HAN}“《（]")


# --------------------------------------------------------------- segmentation


def _headlines_lead(items: list[Item]) -> bool:
    """Does this page print headlines above their bodies?

    E-paper text usually puts each headline after its body; a page that opens
    with a headline (not a section marker such as 核心阅读) and ends in body
    text shows the other order."""
    first = next((it for it in items if it.kind is not Kind.CREDIT), None)
    if first is None or first.kind is not Kind.HEAD or _marker(first.text) in SECTION_MARKERS:
        return False
    if "，" in first.text and not _has_title_form([first.text]):
        return False
    return items[-1].kind is Kind.BODY


def _segment(items: list[Item]) -> list[_Draft]:
    """Cut the item sequence into articles."""
    lead = _headlines_lead(items)
    drafts: list[_Draft] = []
    cur = _Draft()
    pending_heads: list[str] = []  # heading lines seen with no body before them

    def close() -> None:
        nonlocal cur
        if cur.paras or cur.heads or cur.credit:
            drafts.append(cur)
        cur = _Draft()

    i = 0
    n = len(items)
    while i < n:
        item = items[i]
        if item.kind is Kind.BODY:
            if cur.paras and (item.dateline or item.opens or cur.closed_by_remark or cur.photo):
                close()
            if pending_heads:
                cur.paras.extend(Item(Kind.BODY, [_fake_line(h)]) for h in pending_heads)
                pending_heads = []
            cur.paras.append(item)
            if CLOSING_REMARK.match(item.text) and len(cur.paras) > 1:
                cur.closed_by_remark = True
            i += 1
            continue
        if item.kind is Kind.CREDIT:
            caption = _split_caption(cur)
            if caption is not cur:
                close()
                cur = caption
            cur.photo = True
            cur.credit = _join_credit(item.lines)
            i += 1
            # A headline right after a credit names the photo.
            j = i
            heads: list[str] = []
            while not lead and j < n and items[j].kind is Kind.HEAD and len(heads) < 3:
                if _marker(items[j].text) in SECTION_MARKERS:
                    break
                heads.append(items[j].text)
                j += 1
            if heads and (j >= n or items[j].kind is not Kind.HEAD):
                cur.heads = heads
                i = j
            close()
            continue
        # A run of headline lines.
        j = i
        heads = []
        while j < n and items[j].kind is Kind.HEAD:
            if heads and _marker(items[j].text) in SECTION_MARKERS:
                break
            heads.append(items[j].text)
            j += 1
            if _marker(heads[-1]) in SECTION_MARKERS:
                break
        nxt = items[j] if j < n else None
        if nxt is not None and _caption_follows(items, j):
            nxt = None  # a photo caption starts after these lines: they close the article
        if lead and not (cur.paras and _is_subheading(heads, cur, nxt)):
            # Headlines above their bodies: these open the next article.
            if _has_marker(heads):
                pending_heads.extend(heads)
                cur.feature = True
            else:
                close()
                cur.heads = heads
        elif not cur.paras:
            pending_heads.extend(heads)
            if _has_marker(heads):
                cur.feature = True
        elif _is_subheading(heads, cur, nxt):
            # Markers and clause-pair heads show a feature with sections; a lone
            # short line between paragraphs of one column shows nothing more.
            if any(_marker(h) in SECTION_MARKERS or "，" in h for h in heads):
                cur.feature = True
            cur.paras.extend(Item(Kind.BODY, [_fake_line(h)], width=cur.paras[-1].width)
                             for h in heads)
        else:
            cur.heads = heads
            close()
        i = j
    if pending_heads:
        if cur.paras or not drafts:
            cur.paras.extend(Item(Kind.BODY, [_fake_line(h)]) for h in pending_heads)
        else:
            # Headline lines at the very end with nothing after them belong to the
            # article before.
            drafts[-1].heads.extend(pending_heads)
    close()
    return drafts


def _caption_follows(items: list[Item], j: int) -> bool:
    """Do the body items from *j* end, within a few paragraphs, in a photo credit?"""
    for item in items[j : j + 4]:
        if item.kind is Kind.CREDIT:
            return True
        if item.kind is Kind.HEAD or item.dateline:
            return False
    return False


def _fake_line(text: str) -> Line:
    return Line(number=-1, text=text, width=float(len(text)), indented=False, lead_space=False)


def _is_subheading(heads: list[str], cur: _Draft, nxt: Item | None) -> bool:
    """Headline-like lines inside an article (核心阅读, in-text section heads)
    rather than the headline that closes it."""
    if _has_marker(heads):
        return True
    if nxt is None or nxt.kind is not Kind.BODY or nxt.dateline:
        return False
    before, after = cur.paras[-1].width, nxt.width
    same_column = before is not None and after is not None and abs(before - after) <= 1.0
    if cur.feature and same_column and not any(
        _COLUMN_TAG.search(h) or h.endswith("——") for h in heads
    ):
        return True  # 浙江丽水庆元县 / 用好“浙里办” 办事不用跑: a section of a feature
    if _has_title_form(heads):
        return False
    # "完善农村公共服务，解决好农民最迫切的期盼": a section head is a clause pair;
    # a printed headline with a comma carries a column tag or is one quotation.
    if any("，" in h for h in heads):
        return True
    if cur.feature:
        return True
    # Short heads between paragraphs of one column are section heads; a new
    # article after a headline usually starts a column of another width.
    # A kicker-and-title pair is a headline block, not a section head, and a
    # section head is printed inside the column, so it is no wider than it.
    if len(heads) != 1 or before is None or after is None or abs(before - after) > 0.5:
        return False
    return display_width(heads[0]) <= before + 0.5


def _has_title_form(heads: list[str]) -> bool:
    """Marks only a printed headline has: a column tag, a kicker dash, two halves."""
    return any(
        _COLUMN_TAG.search(h) or h.endswith("——") or h.startswith("——")
        or _TWO_PART_TITLE.search(h)
        for h in heads
    )


# （新语） / （记录中国·我们都是追梦人）: the column a headline belongs to.
_COLUMN_TAG = re.compile(r"[（(][^（）()]{1,30}[）)]$")


def _split_caption(cur: _Draft) -> _Draft:
    """The paragraphs a photo credit belongs to: the trailing run in one column.

    Returns *cur* itself when all its paragraphs are the caption, or a new draft
    holding the caption (removed from *cur*)."""
    if not cur.paras:
        return cur
    if not cur.paras[0].dateline and len(cur.paras) <= 3:
        return cur
    k = len(cur.paras) - 1
    w = cur.paras[k].width
    while k > 0:
        prev = cur.paras[k - 1]
        if cur.paras[k].dateline or prev.width is None or w is None or abs(prev.width - w) > 1.0:
            break
        k -= 1
    if k == 0:
        return cur
    caption = _Draft(paras=cur.paras[k:])
    del cur.paras[k:]
    return caption


_CREDIT_WORD = _BlindPattern(r"^(摄影报道|摄影|供图|制图)")


def _join_credit(lines: list[Line]) -> str:
    """Credit lines into one: ``刘满仓`` + ``摄（新华社发）`` → ``刘满仓摄（新华社发）``,
    but ``吴烙思琪 维祥`` + ``摄影报道`` keeps the words apart."""
    out = lines[0].text
    for line in lines[1:]:
        word = line.text
        sep = " " if " " in out and _CREDIT_WORD.match(word) else ""
        out += sep + word
    return out


# --------------------------------------------------------------- fields


def _finish(index: int, draft: _Draft, *, last: bool) -> Article:
    paragraphs = [tidy_spaces(p.text) for p in draft.paras if p.text]
    dateline = byline = lead = None
    if draft.paras and draft.paras[0].dateline is not None:
        dateline, byline, lead, rest = _split_lead(paragraphs[0])
        if rest:
            paragraphs[0] = rest
        else:
            paragraphs.pop(0)
    elif paragraphs and REPORTER_LINE.match(paragraphs[0]) and len(paragraphs) > 1:
        byline = lead = paragraphs.pop(0)
    kicker, title, subtitle = _heading_roles(draft.heads)
    kind = "photo" if draft.photo else "news"
    if draft.photo:
        byline = draft.credit
    continued = last and _is_cut(draft)
    if any(CONTINUED_NOTE.search(p) for p in paragraphs[-1:]):
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


def _split_lead(first: str) -> tuple[str, str | None, str, str]:
    """``本报讯（记者 X）正文…`` → dateline, byline, lead, rest of the paragraph."""
    m = DATELINE.match(first)
    assert m is not None
    dateline = re.sub(r"\s+", "", m.group("dateline"))
    pos = m.end()
    byline = None
    b = BYLINE_PAREN.match(first, pos) or BYLINE_REPORTS.match(first, pos)
    if b:
        byline = " ".join(b.group("byline").split())
        pos = b.end()
    lead = first[:pos].strip()
    return dateline, byline, lead, first[pos:].strip()


def _heading_roles(heads: list[str]) -> tuple[str | None, str | None, str | None]:
    """Kicker (引题), title and subtitle from the headline lines, in page order."""
    heads = [h for h in heads if h]
    if not heads:
        return None, None, None
    if len(heads) == 1:
        return None, heads[0], None
    tagged = [i for i, h in enumerate(heads) if _COLUMN_TAG.search(h)]
    if len(tagged) == 1 and len(heads) <= 4:
        # （解码）-style tags sit on the title: lines above are the kicker, below the subtitle.
        t = tagged[0]
        return ("".join(heads[:t]) or None, heads[t], "".join(heads[t + 1 :]) or None)
    if len(heads) == 2:
        a, b = heads
        if a.endswith(("——", "—", "：", ":")):
            return a, b, None
        if b.startswith(("——", "—")) or re.search(r"[（(][^（）()]+[）)]$", a):
            return None, a, b
        if len(b) > max(1.6 * len(a), 24) or (len(b) <= 6 and len(a) >= 12):
            return None, a, b
        return a, b, None
    return heads[0], heads[1], "".join(heads[2:])


def _is_cut(draft: _Draft) -> bool:
    """The page's last article ends mid-sentence: it goes on elsewhere."""
    if draft.heads or draft.photo or not draft.paras:
        return False
    last = draft.paras[-1]
    return not ends_sentence(last.text)


def infer_title(paragraphs: Sequence[str], kind: str = "news") -> str:
    """A title for an article that prints none: its first sentence, shortened."""
    for para in paragraphs:
        text = para.strip()
        if not text:
            continue
        m = re.search(r"[。！？!?；;]", text)
        sentence = text[: m.start()] if m else text
        sentence = sentence.strip("“”\"'‘’ ")
        if len(sentence) > 24:
            cut = max(sentence.rfind(ch, 0, 24) for ch in "，、：,")
            sentence = sentence[:cut] if cut >= 8 else sentence[:20] + "…"
        if sentence:
            return sentence
    return "图片" if kind == "photo" else "（无标题）"
