"""What a line of a newspaper page says about itself: sentence ends, datelines,
bylines, photo credits, headline marks.

These are the conventions of Chinese newspaper typesetting in general (a
dateline 本报讯 / 新华社X月X日电 opens an article, a credit ends in 摄, a
headline may carry its column's name in brackets), never the phrases of one
paper.  Patterns are written in simplified characters and match text in any
script.
"""

from __future__ import annotations

import re

from reader.core.text.fold import script_blind_pattern

#: Characters that end a sentence.
SENTENCE_END = frozenset("。！？!?…")
#: Closing marks that may follow a sentence end (``。”``, ``！）``).
CLOSERS = frozenset("”’」』）)》〉】\"'")
#: The last characters of a line that may end a sentence: a quick test
#: before :func:`ends_sentence`, made for every line.
SENTENCE_TAIL = SENTENCE_END | CLOSERS
#: Characters no printed line may start with (they hang at the end of the line before).
NO_LINE_START = frozenset("，。、；：？！”’）》」』】〕…%％·,.;:?!)]}")
#: Marks inside a clause (body text nearly always has some; headlines rarely do).
CLAUSE_MARKS = frozenset("，、；：,;:")
_HAN = r"\u3400-\u9fff"


class BlindPattern:
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
DATELINE = BlindPattern(
    r"^[【\[]?(?P<dateline>"
    r"据?(?:本报|新华社|中新社|中国新闻社|人民网|新华网|央视网|光明网|中央广播电视总台|法新社|美联社|路透社)"
    rf"[{_HAN}A-Za-z·]{{0,12}}?\s*[0-9０-９]{{1,2}}\s*月\s*[0-9０-９]{{1,2}}\s*日\s*(?:电|讯|消息)"
    rf"|据?(?:本报|新华社|中新社)[{_HAN}]{{0,6}}电(?=[\s（(])"
    r"|本报讯|本报综合消息|本报消息|本刊讯"
    r")[】\]]?"
)
#: Characters a dateline can start with: a cheap test before the regex.
DATELINE_FIRST = frozenset("【[据據本新中人央光法美路")
# The byline that follows a dateline: 本报讯（记者 X）.
BYLINE_PAREN = re.compile(r"\s*[（(](?P<byline>[^（）()]{1,60})[）)]")
# 本报讯 记者张三报道： — a byline without brackets.
BYLINE_REPORTS = BlindPattern(
    rf"\s*(?P<byline>(?:(?:本报|特约)?记者|通讯员)[{_HAN}·、 \u3000]{{1,30}}?)\s*报道[：:]?"
)
# 本报讯 记者 张三 通讯员 李四 连日来…: roles and names set off by spaces, no
# brackets; a space ends the byline and the body follows.  A name never starts
# with a word that opens a sentence (记者从…获悉, 记者近日…).
_ROLE = r"(?:(?:本报|特约|实习|摄影)?记者|通讯员|实习生)"
_NAME = rf"(?![从在近今昨日前获了于对将到随])[{_HAN}·]{{2,4}}"
BYLINE_NAMES = BlindPattern(
    rf"[ \u3000]*(?P<byline>{_ROLE}[ \u3000]*{_NAME}"
    rf"(?:[ \u3000、]+(?:{_ROLE}[ \u3000]*)?{_NAME}){{0,7}})(?=[ \u3000]+[^\s，。、；：,.;:])"
)
# 本报记者 张三 李四 as the first line of an article.
REPORTER_LINE = BlindPattern(
    rf"^(?:(?:本报|新华社|人民日报)(?:特约|驻[{_HAN}]{{1,6}})?记者[ \u3000]*"
    rf"|(?:特约|驻[{_HAN}]{{1,6}})记者[ \u3000]*|记者[ \u3000]+)[{_HAN}·]{{1,4}}"
    rf"(?:[ \u3000、，][{_HAN}·]{{1,4}}){{0,5}}$"
)
# Photo credits: 刘满仓摄（新华社发） / 新华社记者 潘昱龙摄 / 吴烙思琪 维祥摄影报道 / 新华社发.
CREDIT = BlindPattern(
    rf"^[{_HAN}A-Za-z·、\s]{{0,40}}"
    r"(?:摄影报道|摄影|摄|供图|制图|绘图|图文|社发)"
    rf"(?:[（(][{_HAN}A-Za-z·、\s]{{1,12}}[）)])?$"
)
CREDIT_WORD = BlindPattern(r"^(摄影报道|摄影|供图|制图)")
# The credit word alone on a line: 摄 / 摄影报道 / 摄（新华社发）.
CREDIT_TAIL = BlindPattern(
    rf"^(?:摄影报道|摄影|摄|供图|制图|绘图)(?:[（(][{_HAN}A-Za-z·、\s]{{1,12}}[）)])?$"
)
# A remark in brackets that closes an article: （本报莫斯科2月20日电） （记者 X）.
CLOSING_REMARK = re.compile(r"^[（(][^（）()]{2,80}[）)]$")
# In-text section markers that newspapers print inside articles, never as headlines.
SECTION_MARKERS = frozenset(
    {
        "核心阅读", "记者手记", "编者按", "编辑手记", "延伸阅读", "相关链接", "链接",
        "短评", "点评", "背景", "新闻链接", "新闻背景", "专家点评", "记者观察",
        "阅读提示", "本版导读", "导读", "编者的话",
    }
)
#: Of those, the boxes printed at an article's top, before its body: in a year
#: of the paper 核心阅读 opens its article's paragraphs 372 times in 373.
OPENING_MARKERS = frozenset({"核心阅读", "阅读提示", "编者按", "编者的话"})
# Continuation notes: （下转第2版） / 转第3版.
CONTINUED_NOTE = BlindPattern(r"[（(]?(?:下转|转|接)第?[\d一二三四五六七八九十]+版[）)]?$")
# （新语） / （记录中国·我们都是追梦人）: the column a headline belongs to.
COLUMN_TAG = re.compile(r"[（(][^（）()]{1,30}[）)]$")
# A column's name in brackets, alone on a line or after the last few
# characters of a title wrapped onto it: （政策解读·聚焦中央一号文件②）, 年（…）.
_TITLE_TAG = re.compile(r"[^（）()，。；！？]{0,3}[（(]([^（）()，。；！？]{2,30})[）)]")
# A date's number and unit: what tells （2019年1月3日） from a column's name.
_DATE_WORD = r"[0-9０-９〇一二三四五六七八九十]\s*[年月日]"
DATED = re.compile(_DATE_WORD)
# …not a byline, a dateline, a credit or a date in brackets: （记者 张三）,
# （本报北京2月3日电）, （新华社发）, （2019年1月3日）.
_NOT_TAG = BlindPattern(
    r"^(?:本报|特约)?记者(?!手记|观察|调查)|^(?:通讯员|实习生|作者|文/|图/)|[电讯摄发]$|报道$"
    rf"|{_DATE_WORD}"
)


def title_tag(line: str) -> bool:
    """Is *line* a title's column name in brackets (with at most the last few
    characters of the title before it), the way it is printed under its title?"""
    m = _TITLE_TAG.fullmatch(line)
    return m is not None and _NOT_TAG.search(m.group(1)) is None


# 共商良策 推进脱贫攻坚: headline halves set apart by a space.
TWO_PART = re.compile(rf"[{_HAN}”》）][ \u3000\u00a0]+[{_HAN}“《（]")
# 一、 / 1. / （一） / 第一 / ■: a numbered or marked item.
ITEM_MARK = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[0-9０-９]+[、．.)）]"
    r"|[（(][一二三四五六七八九十0-9]+[）)]|第[一二三四五六七八九十]|[■□●○◆◇▲△★☆▶►·•])"
)


#: An item's bullet: a line that starts on one opens a text (■新门诊楼…).
BULLETS = "■□●○◆◇▲△★☆▶►"
#: What may stand before a section's marker: bullets, dots, spaces (■核心阅读).
MARKER_LEAD = BULLETS + "·• "


def is_section_marker(text: str) -> bool:
    """核心阅读, ■记者手记, or a head tagged as one: 有心又有为（记者手记）."""
    text = text.lstrip(MARKER_LEAD)
    if text in SECTION_MARKERS:
        return True
    tag = COLUMN_TAG.search(text)
    return tag is not None and tag.group()[1:-1] in SECTION_MARKERS


_BYLINE_MARKS = MARKER_LEAD + "\u3000"
#: 文/图 · 图／文 · 文： before the names of who wrote and photographed.
_WROTE = re.compile(r"^(?:文|图|圖)(?:[/／、](?:文|图|圖))?[：:]?[ \u3000]*")


def byline_apart(text: str) -> str | None:
    """The byline of a line that holds nothing else (■本报记者 张三, 文/图 记者
    赵六), as local papers print it above or below a headline; None for any
    other line."""
    line = text.strip().lstrip(_BYLINE_MARKS)
    names = _WROTE.sub("", line, count=1)
    if "记" not in names and "記" not in names:
        return None
    return line if REPORTER_LINE.match(names) else None


def is_dateline_start(text: str) -> bool:
    return bool(text) and text[0] in DATELINE_FIRST and DATELINE.match(text) is not None


def ends_sentence(text: str) -> bool:
    """Does *text* end where a sentence ends (``。``, ``！”``, ``……``, ``（…电）``)?"""
    s = text.rstrip()
    while s and s[-1] in CLOSERS:
        if s[-1] in "）)" and s[0] in "（(" and _balanced(s):
            return True
        s = s[:-1]
    return bool(s) and s[-1] in SENTENCE_END


def _balanced(s: str) -> bool:
    return s.count("（") + s.count("(") == s.count("）") + s.count(")")


def inner_sentence_end(text: str) -> bool:
    """A sentence ends somewhere before the last two characters (headlines never do that)."""
    s = text.rstrip()
    return _SENTENCE_MARK.search(s, 0, max(0, len(s) - 2)) is not None


_SENTENCE_MARK = re.compile("[。！？!?]")


def unbalanced(text: str) -> bool:
    return (
        text.count("（") + text.count("(") != text.count("）") + text.count(")")
        or text.count("“") != text.count("”")
        or text.count("《") != text.count("》")
    )


#: A photo agency named alone on the line under a caption, without 摄: the
#: credit of a bought or agency photo (人民视觉, 视觉中国), in any script.
_AGENCY = BlindPattern(r"^(?:人民视觉|视觉中国|影像中国|东方IC|CFP|资料图片)$")
#: The last characters of a photo credit line (…摄 / …报道 / …供图 / …社发 / …）).
CREDIT_ENDS = frozenset("摄道图发）)")


# 2月24日，/ 连日来，/ 近日，: a report's first words, the time of the news,
# and their comma soon after.
_OPENS_REPORT = BlindPattern(
    r"^(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:上午|下午|晚间|晚上|晚|凌晨|中午)?"
    r"|近日|日前|近期|连日来|近年来|当地时间[^，。、]{0,8})，"
)
#: A line ending on these goes on into a date under it: 截至 / 2月24日，.
_INTO_DATE = frozenset("至自截起于从到在")


def opens_report(before: str, text: str) -> bool:
    """Does *text* open a report (2月24日，/ 近日，) rather than go on with
    the words *before* it?  Not after a clause mark or a word leading into a
    date (截至 / 2月24日，)."""
    last = before[-1:]
    return (last not in _INTO_DATE and last not in CLAUSE_MARKS
            and _OPENS_REPORT.match(text) is not None)


# 图①： / 图二：: one of a picture feature's numbered captions.
NUMBERED_CAPTION = BlindPattern(r"^(?:图[①-⑳]|图[一二三四五六七八九十]{1,2}[：:])")


def is_agency(text: str) -> bool:
    """A photo agency alone (人民视觉, CFP): a credit without 摄."""
    return len(text) <= 12 and _AGENCY.match(_flat(text)) is not None


def closes_caption(text: str) -> bool:
    """Is *text* (a line, or lines run together) a photo credit, the line that
    closes a caption?"""
    return (text[-1] in CREDIT_ENDS and len(text) <= 40 and is_credit(text)) or is_agency(text)


def _flat(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "")


def is_credit(text: str) -> bool:
    flat = _flat(text)
    if _AGENCY.match(flat) is not None:
        return True
    return (
        len(flat) <= 40
        and _CREDIT_BREAKER(flat) is None
        and CREDIT.match(text) is not None
    )


#: Marks a photo credit never holds (a clause or a sentence): one search in C.
_CREDIT_BREAKER = re.compile("[，。；：！？]").search
