"""A page's own lines (masthead, date, edition, staff, imprint) are set apart
from its articles, and nothing an article prints is taken for them."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.page.furniture import Kind, furniture_date, line_kind, peel_furniture
from reader.core.page.pages import page_from_text
from reader.core.resources import sample_page
from tests.core.pagegen import body, page, printed
from tests.core.test_parse_properties import pages, printed_fields

HEADER = ["高邮日报", "2019年11月26日　星期二", "第2版  综合新闻"]
FOOTER = ["责任编辑：王芳  版式设计：李明",
          "社址：高邮市海潮东路8号  邮编：225600  电话：0514-84612345"]


def sample() -> str:
    return sample_page().read_text(encoding="utf-8")


def with_furniture(text: str, header: list[str], footer: list[str]) -> str:
    return "\n".join(header) + "\n\n" + text.rstrip("\n") + "\n\n" + "\n".join(footer) + "\n"


def shape(text: str) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    return [(a.title, a.kicker, a.subtitle, a.paragraphs) for a in page_from_text(text).articles]


def test_header_and_footer_are_set_apart_and_the_articles_are_as_without_them() -> None:
    text = with_furniture(sample(), HEADER, FOOTER)
    got = page_from_text(text)
    assert got.furniture == (*[h.strip() for h in HEADER], *FOOTER)
    assert shape(text) == shape(sample())


def test_every_printed_character_is_in_one_place() -> None:
    text = with_furniture(sample(), HEADER, FOOTER)
    got = page_from_text(text)
    assert sorted(printed("".join(got.furniture)) + printed_fields(got.articles)) \
        == sorted(printed(text))


def test_the_furniture_dates_a_page_its_file_name_does_not() -> None:
    text = with_furniture(sample(), HEADER, FOOTER)
    assert page_from_text(text, path="/papers/gaoyou/front.txt").date == dt.date(2019, 11, 26)
    assert page_from_text(text, path="/papers/2020-01-05/front.txt").date == dt.date(2020, 1, 5)
    assert furniture_date(("２０２０年２月１０日 星期一",)) == dt.date(2020, 2, 10)
    assert furniture_date(("2020年2月30日 星期一",)) is None


def test_the_json_lists_the_furniture() -> None:
    obj = page_from_text(with_furniture(sample(), HEADER, FOOTER)).to_json()
    assert obj["furniture"] == [*HEADER, *FOOTER]
    assert page_from_text(sample()).to_json()["furniture"] == []


def test_each_page_of_a_text_of_several_pages_loses_its_own_furniture() -> None:
    one = with_furniture(sample(), HEADER, FOOTER)
    two = with_furniture(sample(), ["2019年11月27日 星期三", "第3版"], ["责编：赵六"])
    got = page_from_text(one + "\f" + two)
    assert got.furniture[-3:] == ("2019年11月27日 星期三", "第3版", "责编：赵六")
    assert len(got.articles) == 2 * len(page_from_text(sample()).articles)


def test_lines_of_articles_at_the_page_edges_stay_in_their_articles() -> None:
    paras = ["据介绍，该工程总投资约三亿元，将于明年六月完工并投入使用。",
             "下一步，当地将继续加大投入，推动更多项目落地见效，惠及更多群众。"]
    for edge in (["（责任编辑：王芳）"], ["2019年2月26日"], ["下转第2版"], ["高邮日报"],
                 ["第五版诊疗方案重点修订"]):
        text = page(["某某工程开工建设"], body(paras, 14, []), edge)
        assert page_from_text(text).furniture == (), edge
        assert printed("".join(edge)) in printed_fields(page_from_text(text).articles)
    continued = page_from_text(page(["某某工程开工建设"], body(paras, 14, []), ["下转第2版"]))
    assert continued.articles[-1].continued


def test_what_a_line_may_be() -> None:
    assert line_kind("2020年2月10日 星期一") is Kind.STRONG
    assert line_kind("第4版：要闻") is Kind.STRONG
    assert line_kind("A2版 | 国际") is Kind.STRONG
    assert line_kind("美编：李明  校对：张三") is Kind.STRONG
    assert line_kind("国内统一连续出版物号 CN32-0012") is Kind.STRONG
    assert line_kind("人民日报") is Kind.WEAK
    assert line_kind("- 4 -") is Kind.WEAK
    # body lines that hold the same words
    assert line_kind("依据国家卫健委对防控方案第四版和") is Kind.TEXT
    assert line_kind("2020年1月24日，农历大年三") is Kind.TEXT
    assert line_kind("地址为：http：//www.npc.gov.cn/，") is Kind.TEXT
    assert line_kind("凤凰教育出版社出版、周晨设计") is Kind.TEXT


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(), st.lists(st.sampled_from(HEADER), max_size=3),
       st.lists(st.sampled_from(FOOTER), max_size=2))
def test_no_character_is_lost_with_or_without_furniture(
        text: str, header: list[str], footer: list[str]) -> None:
    full = with_furniture(text, header, footer)
    got = page_from_text(full)
    assert sorted(printed("".join(got.furniture)) + printed_fields(got.articles)) \
        == sorted(printed(full))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_pages_without_furniture_lose_no_line_to_it(text: str) -> None:
    assert peel_furniture(text) == (text, ())
