"""Articles segmentation cuts in pieces, joined back (reader.core.page.digest):
the reports of a digest under one headline, and a column of briefs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.page import digest as digest_module
from reader.core.page.articles import parse_articles
from reader.core.page.blocks import Block, page_blocks
from reader.core.page.features import AFTER, FIRST
from reader.core.page.layout import BODY, HEAD
from reader.core.page.lines import Line
from reader.core.page.marks import DATELINE
from reader.core.page.segment import Draft, segment
from tests.core.pagegen import body, char_width, page, printed

JOBS = ["本报讯  本市日前举办春季招聘会，两百余家企业提供岗位八千多个，吸引求职者一万余人次到场。",
        "招聘会还设立了政策咨询区，为求职者解答社保、落户等问题。"]
JOBS_HEAD = "本市举办春季招聘会"
BUSES = ["本报讯  市交通部门日前发布消息，今年将新开和优化公交线路三十条，进一步方便市民出行。",
         "新线路将重点覆盖新建居住区和产业园区，缓解早晚高峰出行压力。"]
BUSES_HEAD = "本市将新开公交线路三十条"

DL = "新华社北京3月2日电  "
CALLS = "李明同德国、法国、意大利外长通电话"
GERMANY = [DL + "3月1日，国务委员兼外长李明应约同德国外长马丁通电话。",
           "马丁表示，德方愿同中方加强沟通协调，共同推动两国关系稳定发展，深化各领域务实合作。",
           "李明表示，中方愿同德方一道，落实好两国领导人达成的重要共识，推动双边合作取得新进展。"]
FRANCE = [DL + "3月1日晚，国务委员兼外长李明应约同法国外长罗兰通电话。",
          "罗兰表示，法方高度重视对华关系，愿同中方保持高层交往，加强在气候变化等领域的合作。",
          "李明表示，中法关系保持良好发展势头，双方应继续相互支持，拓展互利合作的广度和深度。"]
ITALY = [DL + "3月1日，国务委员兼外长李明应约同意大利外长罗西通电话。",
         "罗西表示，意方愿同中方深化经贸、文化和旅游等领域合作，推动两国人民友好往来。",
         "李明表示，中意传统友谊深厚，双方应以建交纪念为契机，推动全面战略伙伴关系不断发展。"]

BRIEFS = [
    ("城东图书馆新馆开放",
     ["本报电  城东图书馆新馆日前开放，新馆藏书三十万册，设有少儿阅览区、数字阅读区和自习区，"
      "周末延长开放时间至晚上九点。", "（记者 王芳）"]),
    ("河滨公园完成绿化提升",
     ["本报电  河滨公园绿化提升工程日前完工，新栽乔木两千余株，新建健身步道三公里，"
      "为市民休闲锻炼提供了好去处。", "（记者 李强）"]),
    ("社区食堂覆盖所有街道",
     ["本报电  记者从市民政局获悉，本市社区食堂已覆盖全部街道，每天为老年人提供午餐一万余份，"
      "价格实惠、菜品丰富。", "（记者 赵敏）"]),
]
BRIEF_TEXT = tuple(p for head, paras in BRIEFS for p in (head, *paras))


def _orient(text: str) -> int:
    return page_blocks(text)[1]


def _digest_first() -> str:
    return page([JOBS_HEAD], body(JOBS, 16), [CALLS], body(GERMANY, 16), body(FRANCE, 16),
                body(ITALY, 16))


def _digest_after() -> str:
    return page(body(JOBS, 16), [JOBS_HEAD], body(GERMANY, 16), body(FRANCE, 16),
                body(ITALY, 16), [CALLS])


@pytest.mark.parametrize("make", [_digest_first, _digest_after])
def test_a_digest_of_reports_under_one_headline_is_one_article(make: Callable[[], str]) -> None:
    text = make()
    jobs, calls = parse_articles(text)
    assert jobs.title == JOBS_HEAD
    assert calls.title == CALLS and not calls.title_inferred
    assert calls.dateline == "新华社北京3月2日电"
    assert printed("".join(calls.paragraphs)) == printed(
        "".join([*GERMANY, *FRANCE, *ITALY])[len(DL):])
    blocks, orient = page_blocks(text)
    assert len(segment(blocks, orient)) == 4  # segmentation alone opens one per dateline


def test_the_digest_is_read_either_way_round() -> None:
    assert _orient(_digest_first()) == FIRST
    assert _orient(_digest_after()) == AFTER


def test_reports_under_headlines_of_their_own_stay_apart() -> None:
    # the same dateline and nearly the same first sentence, but each report
    # prints its own headline: three articles
    text = page([JOBS_HEAD], body(JOBS, 16), ["李明同德国外长通电话"], body(GERMANY, 16),
                ["李明同法国外长通电话"], body(FRANCE, 16), ["李明同意大利外长通电话"], body(ITALY, 16))
    titles = [a.title for a in parse_articles(text)]
    assert titles == [JOBS_HEAD, "李明同德国外长通电话", "李明同法国外长通电话", "李明同意大利外长通电话"]


def test_a_report_that_names_no_new_word_of_the_headline_stays_apart() -> None:
    # the headline names only what the first report says: the report under the
    # same dateline after it, without a headline, is not the digest's
    text = page([JOBS_HEAD], body(JOBS, 16), ["李明同德国外长通电话"], body(GERMANY, 16),
                body(FRANCE, 16))
    articles = parse_articles(text)
    assert [a.title_inferred for a in articles] == [False, False, True]
    assert articles[2].paragraphs[0].startswith("3月1日晚")


def test_a_report_under_another_dateline_stays_apart() -> None:
    other = ["新华社北京3月3日电  " + FRANCE[0][len(DL):], *FRANCE[1:]]
    text = page([JOBS_HEAD], body(JOBS, 16), [CALLS], body(GERMANY, 16), body(other, 16))
    assert len(parse_articles(text)) == 3


def test_a_column_of_briefs_is_one_article() -> None:
    blocks = [[JOBS_HEAD], body(JOBS, 16), ["新闻速递"]]
    for head, paras in BRIEFS:
        blocks += [[head], body(paras, 16)]
    text = page(*blocks)
    assert _orient(text) == FIRST
    jobs, column = parse_articles(text)
    assert jobs.title == JOBS_HEAD
    assert column.title == "新闻速递" and not column.title_inferred
    assert column.dateline is None  # each brief keeps its own 本报电 in its paragraph
    assert printed("".join(column.paragraphs)) == printed("".join(BRIEF_TEXT))


def test_a_column_of_briefs_with_its_name_after_them_is_one_article() -> None:
    blocks = [body(JOBS, 16), [JOBS_HEAD], body(BUSES, 16), [BUSES_HEAD]]
    for head, paras in BRIEFS:
        blocks += [[head], body(paras, 16)]
    blocks.append(["新闻速递"])
    text = page(*blocks)
    assert _orient(text) == AFTER
    titles = [a.title for a in parse_articles(text)]
    assert titles == [JOBS_HEAD, BUSES_HEAD, "新闻速递"]
    column = parse_articles(text)[-1]
    assert printed("".join(column.paragraphs)) == printed("".join(BRIEF_TEXT))


def test_briefs_too_long_or_not_closed_by_a_source_are_articles() -> None:
    long_tail = "此外，" + "新馆还将定期举办讲座、展览和读书会等活动，丰富市民的精神文化生活。" * 18
    blocks = [[JOBS_HEAD], body(JOBS, 16), ["新闻速递"]]
    for k, (head, paras) in enumerate(BRIEFS):
        paras = [paras[0], long_tail, paras[1]] if k == 0 else paras
        blocks += [[head], body(paras, 16)]
    long_first = parse_articles(page(*blocks))
    # the first "brief" is no brief: the name heads nothing to join
    assert len(long_first) == 4
    blocks = [[JOBS_HEAD], body(JOBS, 16), ["新闻速递"]]
    for head, paras in BRIEFS:
        blocks += [[head], body(paras[:1], 16)]  # no source in brackets
    assert len(parse_articles(page(*blocks))) == 4


def test_joined_blocks_keep_page_order() -> None:
    blocks = [[JOBS_HEAD], body(JOBS, 16), ["新闻速递"]]
    for head, paras in BRIEFS:
        blocks += [[head], body(paras, 16)]
    found, orient = page_blocks(page(*blocks))
    drafts = digest_module.digest(segment(found, orient), orient)
    numbers = [b.lines[0].number for d in drafts for b in d.paras]
    assert numbers == sorted(numbers)
    assert [h.text for h in drafts[-1].heads] == ["新闻速递"]


POINTS = ["■全市今年将新建和改扩建中小学二十所，新增学位两万个。",
          "■到今年底，所有街道都将建成至少一所普惠性幼儿园。"]
SCHOOLS = ["新华社北京3月5日电  记者从市教育局获悉，本市今年将继续加大教育投入，新建和改扩建"
           "中小学二十所，新增学位两万个，进一步缓解入学压力。",
           "市教育局有关负责人表示，新建学校将优先布局在人口导入较多的新城和大型居住区。"]
SCHOOLS_HEAD = "本市今年新增中小学学位两万个"


def test_key_points_over_a_report_open_it() -> None:
    first = page([JOBS_HEAD], body(JOBS, 16), [SCHOOLS_HEAD], body(POINTS, 16),
                 body(SCHOOLS, 16))
    after = page(body(JOBS, 16), [JOBS_HEAD], body(BUSES, 16), [BUSES_HEAD],
                 body(POINTS, 16), body(SCHOOLS, 16), [SCHOOLS_HEAD])
    for text in (first, after):
        schools = parse_articles(text)[-1]
        assert schools.title == SCHOOLS_HEAD
        assert schools.paragraphs[:2] == tuple(POINTS)
        assert printed(schools.paragraphs[2]) == printed(SCHOOLS[0])


def test_points_under_a_headline_of_their_own_stay_apart() -> None:
    # headlines after their bodies: the points close on a headline of their own
    text = page(body(JOBS, 16), [JOBS_HEAD], body(BUSES, 16), [BUSES_HEAD],
                body(POINTS, 16), ["本市教育工作要点"], body(SCHOOLS, 16), [SCHOOLS_HEAD])
    titles = [a.title for a in parse_articles(text)]
    assert titles == [JOBS_HEAD, BUSES_HEAD, "本市教育工作要点", SCHOOLS_HEAD]


# -------------------------------------------------- a paragraph's first line read as a headline

def _line(number: int, text: str, indent: int = 0) -> Line:
    return Line(number, text, sum(char_width(ch) for ch in text), indent, False)


def _block(kind: int, first: int, texts: list[str], indent: int = 0) -> Block:
    lines = [_line(first + k, t, indent if k == 0 else 0) for k, t in enumerate(texts)]
    widths = [line.width for line in lines]
    text = "".join(texts)
    if kind != BODY:
        return Block(kind, lines, text)
    return Block(kind, lines, text, max(widths), DATELINE.match(text))


REPORT = ["本报讯  市交通部门日前发布消息，今年", "将新开和优化公交线路三十条，进一步",
          "方便市民出行。"]


def _report(line: str, gap: int = 1, indent: int = 0) -> list[Draft]:
    """A report under its headline, then a draft that *line* heads, over the
    rest of a paragraph (*gap* lines below it)."""
    first = Draft(paras=[_block(BODY, 2, REPORT)], heads=[_block(HEAD, 0, [BUSES_HEAD])])
    n = 6 + gap
    second = Draft(paras=[_block(BODY, n, ["条线路，新线路将重点覆盖新建居住区", "和产业园区。"], indent),
                          _block(BODY, n + 3, ["缓解早晚高峰出行压力。"])],
                   heads=[_block(HEAD, 6, [line])])
    return [first, second]


WRAPPED = "市公交集团表示，首批开通的是其中十"  # as wide as the column: 18


def test_a_line_filling_the_column_over_its_paragraph_is_no_headline() -> None:
    drafts = digest_module.digest(_report(WRAPPED), FIRST)
    assert len(drafts) == 1
    (report,) = drafts
    assert [h.text for h in report.heads] == [BUSES_HEAD]
    assert [p.text for p in report.paras] == [
        "".join(REPORT), WRAPPED + "条线路，新线路将重点覆盖新建居住区和产业园区。", "缓解早晚高峰出行压力。"]
    assert [line.number for line in report.paras[1].lines] == [6, 7, 8]


@pytest.mark.parametrize("line, gap, indent", [
    (WRAPPED, 2, 0),                          # a blank line under it: set apart
    ("市公交集团首批开通十条", 1, 0),             # shorter than the column
    ("市公交集团首批开通十条线路（民生）", 1, 0),    # a column's name in brackets
    ("公交线路 方便出行 缓解早晚高峰", 1, 0),       # two phrases spaced apart
    ("“首批开通的是其中十条线路哦”", 1, 0),         # a whole quotation
    ("市公交集团表示，首批开通的是其中十条。", 1, 0),  # a sentence
    (WRAPPED, 1, 2),                          # an indented line below opens a paragraph
])
def test_a_headline_stays_a_headline(line: str, gap: int, indent: int) -> None:
    assert len(digest_module.digest(_report(line, gap, indent), FIRST)) == 2


def test_headlines_after_their_bodies_are_left_alone() -> None:
    assert len(digest_module.digest(_report(WRAPPED), AFTER)) == 2


def _signed(sign: str) -> list[Draft]:
    """An editor's note under its headline, then a draft headed by *sign*."""
    note = Draft(paras=[_block(BODY, 2, REPORT)], heads=[_block(HEAD, 0, [BUSES_HEAD])])
    rest = Draft(paras=[_block(BODY, 8, ["条线路，新线路将重点覆盖新建居住区", "和产业园区。"])],
                 heads=[_block(HEAD, 6, [sign])])
    return [note, rest]


@pytest.mark.parametrize("sign", ["——编  者", "——编者", "—— 编辑部"])
def test_a_sign_off_read_as_a_headline_closes_the_text_above(sign: str) -> None:
    drafts = digest_module.digest(_signed(sign), FIRST)
    assert len(drafts) == 1
    assert [h.text for h in drafts[0].heads] == [BUSES_HEAD]
    assert [p.lines[0].number for p in drafts[0].paras] == [2, 6, 8]


@pytest.mark.parametrize("sign", ["——香港居民沈秀英的春运体验", "编者按"])
def test_a_subtitle_or_a_marker_is_no_sign_off(sign: str) -> None:
    assert len(digest_module.digest(_signed(sign), FIRST)) == 2


def _attached(closing: str, headed_between: bool = False) -> list[Draft]:
    """A dated report under its headline, a list's name and count, then the
    list closed by *closing*."""
    report = Draft(paras=[_block(BODY, 2, [DL + "本市日前命名第三批", "文明社区五十个。"])],
                   heads=[_block(HEAD, 0, ["本市命名第三批文明社区"])])
    name = Draft(paras=[_block(BODY, 5, ["第三批文明社区名单"]), _block(BODY, 7, ["（50个）"])],
                 heads=[_block(HEAD, 4, ["另一条新闻的标题"])] if headed_between else None)
    items = Draft(paras=[_block(BODY, 9, ["东城区和平里社区"]), _block(BODY, 11, ["西城区月坛社区"]),
                         _block(BODY, 13, [closing])])
    return [report, name, items]


def test_a_list_closed_by_the_reports_dateline_is_the_reports() -> None:
    drafts = digest_module.digest(_attached("（新华社北京 3 月 2 日电）"), FIRST)
    assert len(drafts) == 1
    assert [h.text for h in drafts[0].heads] == ["本市命名第三批文明社区"]
    assert [p.lines[0].number for p in drafts[0].paras] == [2, 5, 7, 9, 11, 13]


@pytest.mark.parametrize("closing, headed", [
    ("（新华社北京3月3日电）", False),   # another day's dateline
    ("（记者 王芳）", False),            # a source, no dateline
    ("（新华社北京3月2日电）", True),    # a headline of its own in between
])
def test_text_closed_otherwise_stays_apart(closing: str, headed: bool) -> None:
    assert len(digest_module.digest(_attached(closing, headed), FIRST)) == 3
