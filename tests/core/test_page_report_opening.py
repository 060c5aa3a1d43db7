"""A paragraph cut off at a column's foot (or continued elsewhere), then a
blank line and a report's opening (2月24日，…): two paragraphs, not one sentence
running on across the column break."""

from __future__ import annotations

from reader.core.page.articles import parse_articles
from reader.core.page.marks import opens_report

CUT = "贵州通过建立省际沟通对接机制，与七个用工量较大的省份展开常态对接，及时掌握用工需求，安排首趟务工"
NEXT = "2月24日，国家中医药管理局紧急启动有效方剂临床筛选研究，在四个省份开展救治观察。"
INTO = "国家卫健委新闻发言人在今天上午的发布会上介绍截至"


def lines(text: str, width: int) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


def test_report_opening_is_read_in_either_script() -> None:
    assert opens_report("务工", "2月24日，国家")
    assert opens_report("务工", "連日來，湖南")
    assert not opens_report("截至", "2月24日，全省")
    assert not opens_report("会上，", "2月24日，全省")
    assert not opens_report("务工", "2月24日召开会议")


def test_a_report_opening_after_a_cut_off_paragraph_starts_a_paragraph() -> None:
    body = lines(CUT, 16)
    assert len(body[-1]) == 16  # the cut paragraph's last line fills its column
    text = "\n".join([*body, "", *lines(NEXT, 16)]) + "\n"
    paragraphs = [p for a in parse_articles(text) for p in a.paragraphs]
    assert CUT in paragraphs
    assert NEXT in paragraphs


def test_a_line_leading_into_the_date_runs_on() -> None:
    assert len(INTO) == 24  # two full lines of 12
    rest = "2月24日，全省累计治愈出院一千余人，在院患者病情总体平稳。"
    text = "\n".join([*lines(INTO, 12), "", *lines(rest, 12)]) + "\n"
    paragraphs = [p for a in parse_articles(text) for p in a.paragraphs]
    assert INTO + rest in paragraphs
