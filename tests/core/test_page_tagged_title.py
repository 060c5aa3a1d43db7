"""A title ending in its column's name in brackets (（新论）) is a headline line
even with a list in it (给快递、外卖员群体更多关怀（新论）): printed right above
its body with no blank line between, it heads that body, never ends the text
above; a line of a sentence with more marks in it is still body."""

from __future__ import annotations

from reader.core.page.articles import parse_articles
from reader.core.page.layout import _title_form
from tests.core.pagegen import body, wrap

PARAS_A = ["近日，市灯具协会第三次会员大会召开，选举产生新一届领导班子，会议审议了工作报告。",
           "会上，与会代表围绕智慧照明产业发展建言献策，提出多条建议。"]
PARAS_B = ["春节前后，城里的快递小哥和外卖骑手格外忙碌，有的一天要跑上百单，顾不上吃一口热饭。",
           "各地不妨多想一些办法，为他们送上热饭、备好歇脚的地方，让他们干得安心。"]
TITLE = "给快递、外卖员群体更多关怀（新论）"


def test_a_title_with_a_list_before_its_column_name_is_a_headline_line() -> None:
    assert _title_form(TITLE)
    assert _title_form("讲好合作、发展、和平的故事（钟声）")  # two 、
    assert not _title_form("讲好合作、发展、和平、友谊的故事（钟声）")  # a list of four
    assert not _title_form("会上，代表们围绕产业、人才、资金等问题建言（附图）")


def test_it_heads_the_body_printed_right_under_it() -> None:
    lines = ["市灯具协会第三次会员大会召开", "", *body(PARAS_A, 15), "", TITLE,
             *wrap(PARAS_B[0], 15), "", *wrap(PARAS_B[1], 15)]
    articles = parse_articles("\n".join(lines) + "\n")
    assert [a.title for a in articles] == ["市灯具协会第三次会员大会召开", TITLE]
    assert list(articles[1].paragraphs) == PARAS_B
