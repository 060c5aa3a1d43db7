"""A title's column name in brackets printed on the line under the title
(（政策解读·聚焦中央一号文件②）) stays with that title, on pages printing
headlines before or after their bodies; on pages made up here."""

from __future__ import annotations

from reader.core.page.articles import parse_articles
from reader.core.page.marks import title_tag
from tests.core.pagegen import body, page

PARAS_A = ["全面建成小康社会，最突出的短板在农村。各地要集中资源、强化保障、精准施策，加快补上短板。",
           "今年的文件对农村教育、医疗、社会保障等作出部署，要求一件一件解决好。"]
PARAS_B = ["近日，市灯具协会第三次会员大会召开，选举产生新一届领导班子，会议审议了工作报告。",
           "会上，与会代表围绕智慧照明产业发展建言献策，提出多条建议。"]


def test_a_tag_under_its_title_on_a_headline_first_page() -> None:
    text = page(["加快补上农村领域短板", "（政策解读·聚焦一号文件②）", *body(PARAS_A, 15, [])],
                ["市灯具协会第三次会员大会召开", *body(PARAS_B, 15, [])])
    first = parse_articles(text)[0]
    assert first.title == "加快补上农村领域短板（政策解读·聚焦一号文件②）"
    assert first.paragraphs[0].startswith("全面建成小康社会")


def test_a_tag_under_its_title_on_a_headline_after_page() -> None:
    text = page(body(PARAS_A, 15, []), ["加快补上农村领域短板", "（政策解读·聚焦一号文件②）"],
                body(PARAS_B, 15, []), ["市灯具协会第三次会员大会召开"])
    articles = parse_articles(text)
    assert [a.title for a in articles] == ["加快补上农村领域短板（政策解读·聚焦一号文件②）",
                                           "市灯具协会第三次会员大会召开"]


def test_what_a_title_tag_is() -> None:
    assert title_tag("（百姓影像·春节特别策划）")
    assert title_tag("年（百姓影像·春节特别策划）")  # the title's last character wrapped on
    assert title_tag("（记者手记）")
    assert not title_tag("（记者 张三）")
    assert not title_tag("（本报北京2月3日电）")
    assert not title_tag("（新华社发）")
    assert not title_tag("（2019年1月3日）")
    assert not title_tag("（详见第三版，下同）")
