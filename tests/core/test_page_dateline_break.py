"""A dateline opens a new report: under a paragraph cut off in mid-sentence
(the rest printed in another column) it never runs on as that sentence's next
words, and a line printed right under the paragraph's last sentence, above the
dateline, is that report's headline."""

from __future__ import annotations

from reader.core.page.articles import parse_articles
from reader.core.page.blocks import page_blocks
from reader.core.page.layout import BODY, HEAD

HEAD_A = "全市公交线路今起恢复运营"
# two sentences, cut at the column's foot in the middle of the second
CUT = ("本报讯（记者王明）记者从市交通运输局获悉，全市公交线路今起恢复运营。"
       "各线路首末班时间不变，发车间隔将根据实时客流")
DATED = ("新华社南宁2月3日电（记者李华）全区冬春农田水利建设近日全面展开，"
         "各地组织群众清淤修渠，确保春耕用水。")
FIRST = "本报讯（记者张三）记者从市气象台获悉，本周全市以晴好天气为主，白天最高气温逐步回升。"
TITLE = "春耕备耕物资供应充足平稳有序"  # as wide as the column


def lines(text: str, width: int = 14) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


def test_a_dateline_under_a_cut_off_paragraph_opens_a_report() -> None:
    body = lines(CUT)
    assert len(body[-1]) == 14  # the cut paragraph fills its last line
    text = "\n".join([HEAD_A, "", *body, "", *lines(DATED), ""]) + "\n"
    arts = parse_articles(text)
    assert [a.dateline for a in arts] == ["本报讯", "新华社南宁2月3日电"]
    assert "".join(arts[0].paragraphs).endswith("发车间隔将根据实时客流")


def test_the_dateline_still_opens_a_report_where_a_headline_heads_it() -> None:
    text = "\n".join([HEAD_A, "", *lines(CUT), "", "农田水利建设全面展开", "",
                      *lines(DATED), ""]) + "\n"
    arts = parse_articles(text)
    assert [a.title for a in arts] == [HEAD_A, "农田水利建设全面展开"]


def test_a_line_under_a_last_sentence_and_over_a_dateline_heads_that_report() -> None:
    body = lines(FIRST)
    assert FIRST.endswith("。") and len(body[-1]) == 14  # the sentence ends the line
    assert len(TITLE) == 14
    text = "\n".join([HEAD_A, "", *body, TITLE, "", *lines(DATED), ""]) + "\n"
    blocks, _ = page_blocks(text)
    assert [(b.kind, b.text) for b in blocks if TITLE in b.text] == [(HEAD, TITLE)]
    assert blocks[1].kind == BODY and blocks[1].text == FIRST
    arts = parse_articles(text)
    assert [a.title for a in arts] == [HEAD_A, TITLE]
    assert arts[1].dateline == "新华社南宁2月3日电"


def test_a_sentence_running_on_over_a_blank_line_is_still_one_paragraph() -> None:
    # no dateline below: the column break inside a sentence is closed as before
    rest = "变化适时调整，市民可通过手机查询。"
    text = "\n".join([HEAD_A, "", *lines(CUT), "", *lines(rest), ""]) + "\n"
    arts = parse_articles(text)
    assert len(arts) == 1
    assert CUT[CUT.index("记者从"):] + rest in "".join(arts[0].paragraphs)
