"""A deck (a line between a headline and its dateline, printed the width of
the page, with no end mark) on a page printing headlines first stays with its
report: neither run into the dated paragraph below it (hiding the dateline)
nor left at the end of the article above."""

from __future__ import annotations

from reader.core.page.articles import parse_articles
from reader.core.page.blocks import Block
from reader.core.page.layout import BODY
from reader.core.page.lines import split_lines
from reader.core.page.segment import _deck_line
from tests.core.pagegen import body, wrap

HEAD_A = "全市公交线路今起恢复运营"
PARAS_A = ["本报讯（记者王明）记者从市交通运输局获悉，全市公交线路今起恢复运营，首末班时间不变。",
           "各线路发车间隔将根据客流变化适时调整，市民可通过手机查询车辆到站时间。"]
HEAD_B = "全区冬春农田水利建设全面展开"
DECK = ("各地组织群众清淤修渠加固堤坝；新建改造灌溉渠道一千二百公里，"
        "新增节水灌溉面积三十万亩，改善灌溉条件，确保春耕用水和夏季防汛工作两不误")
PARAS_B = ["新华社南宁2月3日电（记者李华）全区冬春农田水利建设近日全面展开，各地组织群众清淤修渠。",
           "自治区水利厅有关负责人介绍，今冬明春全区计划完成水利投资八十亿元。"]


def test_a_deck_between_headline_and_dateline_heads_its_report() -> None:
    assert len(DECK) > 64  # printed across the page: body for the weighing
    lines = [HEAD_A, "", *body(PARAS_A, 15), "", HEAD_B, DECK, "", *body(PARAS_B, 15)]
    a, b = parse_articles("\n".join(lines) + "\n")
    assert a.title == HEAD_A and DECK not in "".join(a.paragraphs)
    assert b.title == HEAD_B and b.subtitle == DECK
    assert b.dateline == "新华社南宁2月3日电"
    assert b.paragraphs[0].startswith("全区冬春农田水利建设") and b.paragraphs[1] == PARAS_B[1]


def test_what_a_deck_line_is() -> None:
    def block(text: str) -> Block:
        return Block(BODY, split_lines(text + "\n"), text)

    assert _deck_line(block("为打赢脱贫攻坚战奠定坚实基础"), False)
    assert not _deck_line(block("为打赢脱贫攻坚战奠定坚实基础。"), False)  # a sentence's end
    assert not _deck_line(block("新华社发"), False)  # a photo's credit
    with_sentence = "会议强调。要为打赢脱贫攻坚战奠定坚实基础"
    assert _deck_line(block(with_sentence), True) and not _deck_line(block(with_sentence), False)
    assert not _deck_line(Block(BODY, split_lines("\n".join(wrap(DECK, 15))), DECK), True)
