"""An article's end and the next one's opening around a run of short pieces
(reader.core.page.edges): the signals that tell a headline printed before a
body without a dateline from a section head inside an article."""

from __future__ import annotations

from reader.core.page.articles import parse_articles
from reader.core.page.blocks import _context
from reader.core.page.edges import in_report
from reader.core.page.features import base_signals
from reader.core.page.geometry import geometry
from reader.core.page.layout import BODY as BODY_LABEL
from reader.core.page.layout import HEAD, cut_pieces
from reader.core.page.lines import split_lines
from tests.core.pagegen import body
from tests.core.pagegen import page as page_of

BODY = "城市里的公园在节日期间对市民免费开放，游人络绎不绝，秩序井然。"


def signals_of(text: str, short: str) -> dict[str, float]:
    """The signals of the piece whose text is *short* on the page *text*."""
    lines = split_lines(text)
    geo = geometry(lines)
    ctx = _context(cut_pieces(lines, geo), geo)
    i = next(k for k, p in enumerate(ctx.pieces) if p.text == short)
    assert ctx.candidate[i]
    return base_signals(ctx, i)


def page(before: str, head: str, after: str) -> str:
    para = "\n".join(BODY[k : k + 16] for k in range(0, len(BODY), 16))
    return f"{para}\n\n{para}{before}\n\n{head}\n\n{after}{para}\n\n{para}\n"


def test_a_closing_remark_before_and_a_date_after_mark_an_article_edge() -> None:
    f = signals_of(page("（新华社北京2月24日电）", "开行免费专列保障返岗", "2月24日，"),
                   "开行免费专列保障返岗")
    assert f.get("prev_closes") == 1.0
    assert f.get("next_date") == 1.0
    assert "next_opener" not in f


def test_a_section_head_inside_an_article_shows_no_edge() -> None:
    f = signals_of(page("", "紧急驰援建医院", "他说，"), "紧急驰援建医院")
    for name in ("prev_closes", "next_date", "next_opener"):
        assert name not in f


def test_openers_are_read_in_either_script() -> None:
    assert signals_of(page("", "多彩廟會品年俗", "當天，"), "多彩廟會品年俗").get("next_date") == 1.0
    assert signals_of(page("", "多彩庙会品年俗", "近日，"), "多彩庙会品年俗").get("next_opener") == 1.0


def test_a_bracket_inside_the_last_sentence_is_no_closing_remark() -> None:
    f = signals_of(page("他说（大意）", "多彩庙会品年俗", ""), "多彩庙会品年俗")
    assert "prev_closes" not in f


# A report (opening with a dateline), then a headline of an article without
# one, standing alone between blank lines, printed before its body.
_REPORT = ("新华社北京2月24日电  滨江新区举行重点项目集中开工仪式，共有十八个项目开工，"
           "总投资超过一百二十亿元，涵盖先进制造、现代物流和城市更新等领域。")
_MORE = ("据介绍，这批项目建成后预计每年可新增产值四十亿元，带动就业三千余人。新区将持续"
         "优化营商环境，为项目建设做好要素保障。")
_CLOSE = "当天，参加仪式的企业代表表示，将加快施工进度，确保项目早日建成投产，为地方经济发展贡献力量。"
_MARKET = ("清晨六点，菜市场里已经人来人往。摊主们忙着摆放新鲜蔬菜，讨价还价声此起彼伏，"
           "一派繁忙景象。")
_UPGRADE = ("市场负责人告诉记者，今年以来市场完成了提档升级，地面、排水和照明全部更新，"
            "还开通了线上下单服务。")


def test_a_lone_heading_after_a_report_opens_the_next_article() -> None:
    # printed headline-first: the line after the report is the next article's
    # headline (reports seldom have section heads), though its words do not
    # come back below it
    text = page_of(["滨江新区十八个重点项目集中开工"], body([_REPORT, _MORE, _CLOSE], 16),
                   ["老菜场焕发新活力"], body([_MARKET, _UPGRADE], 16))
    first, second = parse_articles(text)
    assert first.title == "滨江新区十八个重点项目集中开工" and len(first.paragraphs) == 3
    assert second.title == "老菜场焕发新活力"
    assert second.paragraphs == (_MARKET, _UPGRADE)


def test_a_lone_heading_inside_a_feature_stays_in_it() -> None:
    # the same line inside an article without a dateline (a feature, whose
    # section heads look like headlines) is weighed as before: a section head
    text = page_of(["滨江新区十八个重点项目集中开工"],
                   body([_MORE, _CLOSE, _MORE.replace("据介绍，", "")], 16),
                   ["老菜场焕发新活力"], body([_MARKET, _UPGRADE], 16))
    (article,) = parse_articles(text)
    assert article.title == "滨江新区十八个重点项目集中开工"


def test_in_report_reads_the_labels_back_to_the_headline_above() -> None:
    lines = split_lines(page_of(["滨江新区十八个重点项目集中开工"], body([_REPORT, _MORE], 16),
                                ["老菜场焕发新活力"], body([_MARKET], 16)))
    pieces = cut_pieces(lines, geometry(lines))
    lone = next(k for k, p in enumerate(pieces) if p.text == "老菜场焕发新活力")
    assert not in_report(pieces, lone)  # no headline labelled above yet
    pieces[0].label = HEAD
    assert in_report(pieces, lone)
    assert not in_report(pieces, 1)  # right under the headline: nothing between
    pieces[0].label = BODY_LABEL
    pieces[lone - 1].label = HEAD  # a headline right above: no report between
    assert not in_report(pieces, lone)
