"""核心阅读 and the like: a box printed at an article's top, under its headline
(reader.core.page.segment, blocks, fields).  On a page that prints headlines
first, such a box right under another article's body opens an article that
has no headline on the page."""

from __future__ import annotations

import pytest

from reader.core.page.articles import infer_title, parse_articles
from tests.core.pagegen import body, page

LEAD = ("新华社北京2月24日电  滨江新区举行重点项目集中开工仪式，共有十八个项目开工，"
        "总投资超过一百二十亿元，涵盖先进制造、现代物流和城市更新等领域。")
MORE = ("据介绍，这批项目建成后预计每年可新增产值四十亿元，带动就业三千余人。新区将持续"
        "优化营商环境，为项目建设做好要素保障。")
GIST = "老旧小区改造让居民住得更舒心，街道把改造方案交给居民商量，群众满意度不断提高。"
Q1 = ("今年以来，河西街道坚持把老旧小区改造作为民生实事来抓，先后完成管网更新、外墙修缮"
      "和道路整治等工程，居民居住环境明显改善。")
Q2 = "街道还建立了居民议事会制度，改造方案先征求意见再动工，施工过程接受居民监督。"


@pytest.mark.parametrize("cut_off", [False, True])
def test_a_reading_box_under_a_body_opens_an_article(cut_off: bool) -> None:
    # cut off: the text above stops mid-sentence on a full line (the rest is
    # on another page), and the box must not be read as its last words
    more = MORE[:48] if cut_off else MORE  # 48: three full lines of 16
    text = page(["滨江新区十八个重点项目集中开工"], body([LEAD, more], 16),
                ["核心阅读"], body([GIST, Q1, Q2], 16))
    first, second = parse_articles(text)
    assert first.title == "滨江新区十八个重点项目集中开工"
    assert first.paragraphs[-1] == more
    assert second.paragraphs == ("核心阅读", GIST, Q1, Q2)
    assert second.title_inferred and second.title == "老旧小区改造让居民住得更舒心"


def test_a_reading_box_under_its_headline_stays_in_its_article() -> None:
    text = page(["滨江新区十八个重点项目集中开工"], body([LEAD, MORE], 16),
                ["老旧小区改造让居民住得更舒心"], ["核心阅读"], body([GIST, Q1, Q2], 16))
    first, second = parse_articles(text)
    assert first.paragraphs[-1] == MORE
    assert second.title == "老旧小区改造让居民住得更舒心" and not second.title_inferred
    assert second.paragraphs == ("核心阅读", GIST, Q1, Q2)


def test_an_inferred_title_reads_past_the_box() -> None:
    assert infer_title(["核心阅读", GIST]) == "老旧小区改造让居民住得更舒心"
    assert infer_title(["■核心阅读", GIST]) == "老旧小区改造让居民住得更舒心"
    assert infer_title(["核心阅读"]) == "核心阅读"
