"""A headline block into its fields: kicker (引题), title (主题), subtitle (副题).

Lines set apart by a blank line are fields of their own.  Two lines printed
one under the other are either one headline wrapped in two (halves of about
the same length, a bracket or quotation left open) or two fields (a kicker
ending in ——, a subtitle opening with ——, a column tag closing the title);
a learned weighing of such marks decides (``field`` weights), and another
(``roles``) which of two fields is the title when no dash or tag says so.
"""

from __future__ import annotations

import re

from reader.core.page.features import model, score
from reader.core.page.lexicon import clean_break, word_across
from reader.core.page.lines import Line, tidy_spaces
from reader.core.page.marks import (
    BYLINE_PAREN,
    COLUMN_TAG,
    DATED,
    DATELINE,
    NO_LINE_START,
    TWO_PART,
    title_tag,
    unbalanced,
)
from reader.core.page.words import recurring_share


def field_signals(first: str, second: str, lines_in_block: int, position: int,
                  column: float | None, body: str = "") -> dict[str, float]:
    """Signals for: is *second* the rest of headline *first*, wrapped?  *body*:
    the article's text, where a word the line break cut in two (药 / 物攻关)
    is printed whole."""
    a, b = len(first), len(second)
    f: dict[str, float] = {"bias": 1.0}
    if body and "\u3400" <= first[-1] <= "\u9fff" and "\u3400" <= second[0] <= "\u9fff":
        f["word_across" if first[-1] + second[0] in body else "no_word_across"] = 1.0
    if clean_break(first, second):
        # a known word ends the line and another starts the next (…委员长会议 /
        # 决定…): a break between words, as between a headline's fields
        f["clean_break"] = 1.0
    elif word_across(first, second):
        # a known word runs across the break (药 / 物攻关): one headline
        # wrapped.  The two characters met in the article's text mislead alone
        # (side by side somewhere in the body by chance); both at once hardly
        # ever do.
        f["known_across"] = 1.0
        if "word_across" in f:
            f["known_word_across"] = 1.0
    d = abs(a - b)
    f["diff1" if d <= 1 else "diff3" if d <= 3 else "diff5" if d <= 5 else "diff_more"] = 1.0
    t = a + b
    f["sum16" if t <= 16 else "sum20" if t <= 20 else "sum26" if t <= 26 else "sum34"
      if t <= 34 else "sum_more"] = 1.0
    if a < 6:
        f["a_short"] = 1.0
    if b < 6:
        f["b_short"] = 1.0
    if column is not None and t > column + 4:
        f["over_column"] = 1.0
    if first.endswith(("——", "—")):
        f["a_dash"] = 1.0
    if first.endswith(("：", ":")):
        f["a_colon"] = 1.0
    if second.startswith(("——", "—")):
        f["b_dash"] = 1.0
    if COLUMN_TAG.search(first):
        f["a_tag"] = 1.0
    tag = COLUMN_TAG.search(second)
    if tag is not None:
        f["b_tag"] = 1.0
        if tag.start() >= 3 and abs(len(_AFTER_COLON(first)[-1]) - tag.start()) <= 1:
            # 落实中美元首共识 / 合作解决经贸问题（钟声）: two halves of one
            # title, set one under the other, the column's name after the second
            f["halves_tagged"] = 1.0
    if first[-1] in "（(“《「【" or first[-1] in "，、":
        f["a_open"] = 1.0
    if unbalanced(first):
        f["a_unbalanced"] = 1.0
        if not unbalanced(first + second):
            f["closes"] = 1.0
    if second[0] in NO_LINE_START:
        f["b_bad_start"] = 1.0
    if first[-1] in _BINDS_ON:
        f["a_binds_on"] = 1.0  # …代表建议与 / 委员提案…: no phrase ends on 与
    if second[0] in _GOES_ON:
        f["b_goes_on"] = 1.0  # 习近平同…总统杜克 / 就两国建交…: a preposition going on
    if first[-1].isdigit() and second[0].isdigit():
        f["number_cut"] = 1.0  # 超4 / 0家
    if second.endswith(_KICKER_END) and not first.endswith(_KICKER_END):
        f["b_kicker_end"] = 1.0  # 派出医疗队员 / 22批2424人——: one kicker in two lines
    if _SAYS_END.search(first):
        f["a_says"] = 1.0  # 孙春兰强调 / 打赢…: a kicker leading to what was said
    if TWO_PART.search(first):
        f["a_two_part"] = 1.0
    if TWO_PART.search(second):
        f["b_two_part"] = 1.0
    if " " in first or "\u3000" in first:
        f["a_space"] = 1.0
    if "，" in first:
        f["a_comma"] = 1.0
    if "，" in second:
        f["b_comma"] = 1.0
    if second[-1] in "！？!?":
        f["b_exclaim"] = 1.0
    f["block2" if lines_in_block == 2 else "block3" if lines_in_block == 3 else "block4"] = 1.0
    if position == 0:
        f["pos0"] = 1.0
    return f


def role_signals(first: str, second: str, body: str = "") -> dict[str, float]:
    """Signals for: are two fields kicker and title (rather than title and
    subtitle)?  *body*: the article's text.  Kicker and subtitle both tell
    more than the title, but a subtitle tells what the body goes on to report,
    so its words come back there more than the title's; a kicker sets the
    scene, and the title under it is the shorter, freer phrase."""
    a, b = len(first), len(second)
    f: dict[str, float] = {"bias": 1.0}
    if body:
        oa, ob = recurring_share(first, body), recurring_share(second, body)
        if oa is not None and ob is not None:
            f["recur_diff"] = oa - ob
            if oa > ob + 0.15:
                f["a_recurs_more"] = 1.0
            elif ob > oa + 0.15:
                f["b_recurs_more"] = 1.0
        opening = _opening(body)
        la, lb = recurring_share(first, opening), recurring_share(second, opening)
        if la is not None and lb is not None:
            # the lead's first words restate the title's news, more than a
            # kicker's scene or a subtitle's detail
            f["lead_diff"] = la - lb
    f["a_longer" if a > b + 2 else "b_longer" if b > a + 2 else "same_length"] = 1.0
    f["a_len8" if a <= 8 else "a_len16" if a <= 16 else "a_len24" if a <= 24 else "a_long"] = 1.0
    f["b_len8" if b <= 8 else "b_len16" if b <= 16 else "b_len24" if b <= 24 else "b_long"] = 1.0
    if _SAYS_END.search(first):
        f["a_says"] = 1.0  # X在…时强调 / 外交部回应: a kicker leading to what was said
    if _SAYS_START.match(second):
        f["b_says"] = 1.0  # 强调… / 将…: a subtitle going on from its title
    if _EVENT_END.search(first):
        f["a_event"] = 1.0  # …会议召开 / …标准发布: a whole piece of news, a title
    if _EVENT_END.search(second):
        f["b_event"] = 1.0
    if len(second) <= 14 and _PRESIDED.search(second):
        f["b_presided"] = 1.0  # 尤权出席并讲话 / 胡春华主持: who took part, a subtitle
    elif len(second) <= 12 and _TOOK_PART.search(second):
        f["b_took_part"] = 1.0  # 栗战书主持会议 / 黄坤明看望慰问演职人员
    elif len(second) > 14 and _PRESIDED_TAIL.search(second):
        f["b_presided_long"] = 1.0  # 审议…决定草案等栗战书主持: what a meeting did, who chaired
    if _PUBLISHES.search(first):
        f["a_publishes"] = 1.0  # 两部门印发通知 / 《求是》杂志发表…文章: the title is what it says
    if _FIGURE.search(second) and len(second) < len(first):
        # 南水北调…累计输水200亿立方米 / 5300多万人受益: a short line of figures under
        # the news bears it out, a subtitle; a title stating a figure is the
        # longer line under a kicker's few words (成都中心城区 / 490余个菜市场…)
        f["b_figure"] = 1.0
    if _OUTLOOK.search(second):
        f["b_outlook"] = 1.0  # 10年内将累计投入3亿元: what comes of the title's news
    if _OUTLOOK.search(first):
        f["a_outlook"] = 1.0
    if second[0] in "将已要":
        f["b_will"] = 1.0  # 将规范…: what follows from the title's news
    if second[0].isdigit():
        f["b_number"] = 1.0  # 6亿人次线上办事: a figure that bears the title out
    if second[0] in "（(":
        f["b_paren"] = 1.0  # （2019年1月3日）
    if "在" in first and first.endswith(("时", "强调", "指出", "表示")):
        f["a_when"] = 1.0
    for name, text in (("a", first), ("b", second)):
        if "，" in text:
            f[name + "_comma"] = 1.0
        if TWO_PART.search(text):
            f[name + "_two_part"] = 1.0
        if text[-1] in "！？!?":
            f[name + "_exclaim"] = 1.0
        if text[0] in "“" and text[-1] in "”":
            f[name + "_quoted"] = 1.0
        if _PUN.search(text):
            f[name + "_pun"] = 1.0  # 共绘“丰”景图: word play in quotes, a title's device
        if any(ch.isdigit() for ch in text):
            f[name + "_digits"] = 1.0
        if _NATION.match(text):
            f[name + "_nation"] = 1.0  # 我国全面禁止…: the news, its subject first
    return f


_AFTER_COLON = re.compile("[：:]").split
#: How a kicker that leads on to its title ends.
_KICKER_END = ("——", "—", "：", ":")
#: One or two characters in quotation marks inside a line (“丰”景, “智”造): word
#: play, which a title uses and a subtitle rarely does (in the corpus's
#: two-field heads the title holds it 76 times where the other field does 21).
_PUN = re.compile("[“「][^”」]{1,2}[”」]")
#: Characters a headline's phrase does not end on (a conjunction, a preposition,
#: 的): the line goes on below.
_BINDS_ON = frozenset("的与和及同跟对向把被从于由给让使")
#: Characters that open a line going on with the one above (a preposition, a
#: conjunction): 就两国建交40周年互致贺电.
_GOES_ON = frozenset("就与和及并的")
_OPENERS = frozenset("（(“《「【〈")
#: Words of saying (or of issuing, approving: 中共中央办公厅印发 / 经…批准) that
#: end a kicker (引题), whose object is the title under it.
_SAYS_END = re.compile(
    "(?:强调|指出|表示|要求|回应|提出|宣布|透露|认为|称|说|时|印发|转发|批准|建议|负责人)$")
#: Verbs that close a report of an event (召开 举行 发布 …).
_EVENT_END = re.compile(
    "(?:召开|举行|举办|启动|发布|开幕|闭幕|成立|开通|通过|签署|出台|公布|印发|揭晓|落幕|"
    "开展|建成|开工|投产|上线|完成|推进|正常|增长|下降|实施|施行|生效|"
    "启用|揭牌|落地|问世|竣工|通车|收官|夺冠|晋级|获批|亮相|回信|会见|结束)$")
#: A leader's part in an event (出席 主持 讲话 …), how a subtitle under its title ends.
_PARTS = "(?:出席|主持|讲话|致辞|致信|致贺信|会见|看望|考察|调研|参加|见证)"
_PRESIDED = re.compile(_PARTS + "$")
#: A leader's part closing a line (…栗战书主持 / …习近平主持会议), not a speech's
#: name (在…时的讲话: the title of a speech printed under its kicker).
_PRESIDED_TAIL = re.compile("(?<!的)" + _PARTS + "(?:会议)?$")
#: A leader's part named anywhere in a short line: 栗战书主持会议 / 参加审议 / 看望慰问.
_TOOK_PART = re.compile("(?:主持|出席|参加|看望|慰问|批示|审议)")
#: What is expected to come of the news (将 拟 预计 有望 …): a subtitle's detail.
_OUTLOOK = re.compile("(?:将|拟|可达|预计|有望|仍需|不受)")
#: The country (or all of it) as a line's first word: 我国全面禁止… / 全国公安机关查处…
#: opens a piece of news with its subject, as a title does; a kicker sets a scene.
#: (In TRAIN seeds' two-field heads a first field opening so is the title 42 times
#: of 51, a second field the title 72 of 72.)
#: (The same device in a local paper: 我市 / 全市 / 我省 …)
_NATION = re.compile("(?:我国|中国|全国|[我全][省市县区])")
#: An issuer putting out a document (两部门印发通知, 国家统计局公布数据, 《求是》杂志发表…
#: 文章): a kicker whose title is what the document says; the verb with its object after
#: it (a line ending on 发布 is the news itself, ``a_event``).
_PUBLISHES = re.compile("(?:发布|印发|公布|发表|刊发|颁布|出台|下发|转发)[^，。]{0,10}"
                        "(?:通知|意见|文章|数据|新规|政策|报告|决定|办法|方案|公告|公报|举措|措施|《[^》]*》)$")
#: A figure in ten thousands, hundred millions or per cent: 5300多万 / 81% / 1.2万亿 / 四亿
#: (not 千万, "by all means").
_FIGURE = re.compile("(?:[0-9０-９][0-9０-９.．]*"
                     "|[一二三四五六七八九十两百][一二三四五六七八九十百千两]*)[多余近]?(?:[万亿]|%|％)")
_SAYS_START = re.compile("(?:强调|指出|表示|要求|提出|宣布|将|为|以|让|把|对|向|在|并|已|要|具有)")


#: How much of the body's opening (after its dateline) restates the title.
OPENING = 60


def _opening(body: str) -> str:
    """The first words of *body* after its dateline and byline, if printed."""
    m = DATELINE.match(body)
    if m is None:
        return body[:OPENING]
    b = BYLINE_PAREN.match(body, m.end())
    start = b.end() if b else m.end()
    return body[start : start + OPENING]


def head_fields(lines: list[Line], column: float | None = None, body: str = "") -> list[str]:
    """Headline lines (of one article, in page order) into fields; *body* is
    the article's text."""
    weights = model("field")
    fields: list[list[Line]] = []
    block: list[Line] = []
    for line in lines:
        if line.gap and block:
            fields += _split_block(block, weights, column, body)
            block = []
        block.append(line)
    if block:
        fields += _split_block(block, weights, column, body)
    return [tidy_spaces("".join(line.text for line in g)) for g in fields]


def _split_block(block: list[Line], weights: dict[str, float], column: float | None,
                 body: str) -> list[list[Line]]:
    groups: list[list[Line]] = [[block[0]]]
    for k in range(1, len(block)):
        group = groups[-1]
        first = "".join(line.text for line in group)
        second = block[k].text
        if first[-1] in _OPENERS or second[0] in NO_LINE_START or _bare_tag(second) \
                or title_tag(second) or (
            len(group) == 1
            and score(weights, field_signals(first, second, len(block), k - 1, column, body))
            > 0.0
        ):
            # (a line never ends on an opening bracket nor starts on a closing mark;
            # a column's name on a line of its own closes the title above it)
            group.append(block[k])
        else:
            groups.append([block[k]])
    return groups


#: A column's name in brackets, alone on its line: （来自疫情防控一线的报道）
#: (but a date in brackets, marks.DATED, is a field of its own: （2020年2月24日…通过）).
_BARE_TAG = re.compile(r"[（(][^（）()]{2,30}[）)]")


def _bare_tag(line: str) -> bool:
    return _BARE_TAG.fullmatch(line) is not None and DATED.search(line) is None


def _is_date_line(field: str) -> bool:
    """（2019年1月31日）: a document's date in brackets, a field of its own."""
    return _BARE_TAG.fullmatch(field) is not None and DATED.search(field) is not None


def _column_tagged(field: str) -> bool:
    """Does *field* end with a column's name in brackets (the title's mark),
    rather than a date (（2019年1月3日）: a document's, under its title)?"""
    tag = COLUMN_TAG.search(field)
    return tag is not None and DATED.search(tag.group()) is None


def _took_part(line: str) -> bool:
    """李克强主持 栗战书汪洋…出席: a line naming who took part in the event."""
    return _PRESIDED.search(line) is not None or (
        len(line) <= 24 and _TOOK_PART.search(line) is not None)


def heading_roles(heads: list[str], body: str = "") -> tuple[str | None, str | None, str | None]:
    """Kicker, title and subtitle from the headline fields, in page order;
    *body* is the article's text."""
    heads = [h for h in heads if h]
    if not heads:
        return None, None, None
    if len(heads) == 1:
        return None, heads[0], None
    # (a subtitle opens with a dash, or is the date of the document titled above)
    dash = [i for i, h in enumerate(heads)
            if i >= 1 and (h.startswith(("——", "—")) or _is_date_line(h))]
    kick = [i for i, h in enumerate(heads[:-1]) if h.endswith(_KICKER_END)]
    tagged = [i for i, h in enumerate(heads) if _column_tagged(h)]
    if len(heads) >= 3 and not kick and not dash and _SAYS_END.search(heads[0]):
        # X在…时强调 / 树牢底线思维 / 弘扬斗争精神…: all that was said is the
        # title, however many lines it takes; only who took part stands under it
        rest = heads[1:]
        sub = rest.pop() if _took_part(rest[-1]) else None
        return heads[0], "".join(rest), sub
    if kick:
        t = kick[-1] + 1
    elif dash:
        t = dash[0] - 1
    elif len(tagged) == 1:
        t = tagged[0]
    elif len(heads) == 2:
        t = 1 if score(model("roles"), role_signals(heads[0], heads[1], body)) > 0.0 else 0
    else:
        t = 1
    return ("".join(heads[:t]) or None, heads[t], "".join(heads[t + 1 :]) or None)
