"""Properties of parsing and reflow that must hold for any page."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.model import Article
from reader.core.page.articles import parse_articles
from reader.core.page.blocks import reflow
from tests.core.pagegen import body, page, printed

HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
PUNCT = "，。、；：？！“”（）《》—"
ALNUM = "0123456789ABCxyz%"

chars = st.sampled_from(HAN + HAN + HAN + PUNCT + ALNUM + "  ")
#: A sentence starts with a character, never with closing punctuation (printed
#: text never does: it hangs at the end of the line before).
sentence = st.tuples(st.sampled_from(HAN), st.text(chars, min_size=3, max_size=40)).map(
    lambda t: (t[0] + t[1]).strip() + "。"
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map("".join)
heading = st.text(st.sampled_from(HAN + "“”（）· "), min_size=2, max_size=22).map(str.strip)


@st.composite
def pages(draw: st.DrawFn) -> str:
    # headings may stand above the first body too: a headline whose body was
    # on the page before, the page's own date or section line
    blocks: list[list[str]] = [[h] for h in draw(st.lists(heading, max_size=2)) if h]
    for _ in range(draw(st.integers(1, 4))):
        width = draw(st.integers(9, 22))
        paras = draw(st.lists(paragraph, min_size=1, max_size=4))
        if draw(st.booleans()):
            paras[0] = draw(st.sampled_from(["本报讯（记者 林晓）", "新华社北京1月5日电 ", ""])) + paras[0]
        n_lines = sum(len(p) for p in paras) // width + 1
        breaks = draw(st.lists(st.integers(1, n_lines), max_size=3))
        blocks.append(body(paras, width, breaks))
        for _ in range(draw(st.integers(0, 3))):
            h = draw(heading)
            if h:
                blocks.append([h])
    return page(*blocks)


def printed_fields(articles: tuple[Article, ...]) -> str:
    """Every printed character the parse put somewhere, each field once."""
    out: list[str] = []
    for a in articles:
        for field in (a.kicker, a.subtitle, a.lead, *a.paragraphs):
            if field:
                out.append(field)
        if not a.title_inferred:
            out.append(a.title)
        if a.kind == "photo" and a.byline:
            out.append(a.byline)
    return printed("".join(out))


def is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_no_printed_character_is_lost_or_duplicated(text: str) -> None:
    articles = parse_articles(text)
    assert sorted(printed_fields(articles)) == sorted(printed(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_body_text_keeps_page_order(text: str) -> None:
    articles = parse_articles(text)
    bodies = printed("".join(p for a in articles for p in a.paragraphs))
    assert is_subsequence(bodies, printed(text))


@settings(max_examples=150, deadline=None)
@given(pages())
def test_titles_are_never_empty_and_indexes_run_in_order(text: str) -> None:
    articles = parse_articles(text)
    assert [a.index for a in articles] == list(range(len(articles)))
    assert all(a.title.strip() for a in articles)


@settings(max_examples=200, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=6), st.integers(9, 22), st.data())
def test_reflow_of_reflowed_text_changes_nothing(paras: list[str], width: int, data: st.DataObject) -> None:
    n_lines = sum(len(p) for p in paras) // width + 1
    breaks = data.draw(st.lists(st.integers(1, n_lines), max_size=3))
    once = reflow("\n".join(body(paras, width, breaks)))
    twice = reflow("\n\n".join(once))
    assert twice == once


@settings(max_examples=100, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=6), st.integers(12, 22))
# (found by hypothesis: a few short paragraphs, most ending a sentence, were
# taken for a page of whole paragraphs; and a dash cut across two lines)
@example(["的————。的0————。", "的00——————————————。的0——一—一一一一一。的00000。",
          "的000。的000。的————。的0———————0——————————。", "的0—一一一一一一一一一一一。"], 21)
@example(["的000。的000。的————。", "的000。的000。的0—————。的——————0—————————。",
          "的—————————————。"], 20)
def test_reflow_restores_wrapped_paragraphs(paras: list[str], width: int) -> None:
    paras = [printed(p) for p in paras]
    got = reflow("\n".join(body(paras, width)))
    assert [printed(p) for p in got] == paras


@st.composite
def unwrapped_pages(draw: st.DrawFn) -> str:
    """Pages that print each paragraph on one line (extractors that reflow),
    with or without blank lines, headlines before or after their bodies."""
    blank = draw(st.booleans())
    first = draw(st.booleans())
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        paras = draw(st.lists(paragraph, min_size=1, max_size=5))
        body_lines: list[str] = []
        for p in paras:
            body_lines += [p, ""] if blank else [p]
        head = [h for h in draw(st.lists(heading, max_size=3)) if h]
        lines += [*head, *body_lines] if first else [*body_lines, *head]
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unwrapped_pages())
def test_no_character_is_lost_where_each_paragraph_is_one_line(text: str) -> None:
    articles = parse_articles(text)
    assert sorted(printed_fields(articles)) == sorted(printed(text))
    bodies = printed("".join(p for a in articles for p in a.paragraphs))
    assert is_subsequence(bodies, printed(text))
