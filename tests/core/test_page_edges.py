"""An article's end and the next one's opening around a run of short pieces
(reader.core.page.edges): the signals that tell a headline printed before a
body without a dateline from a section head inside an article."""

from __future__ import annotations

from reader.core.page.blocks import _context
from reader.core.page.features import base_signals
from reader.core.page.geometry import geometry
from reader.core.page.layout import cut_pieces
from reader.core.page.lines import split_lines

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
