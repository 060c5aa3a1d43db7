"""A title glued to its body on a headline-first page (reader.core.page.glued):
wrapped in two under a kicker that leads on, far short of the column, after a
closing remark, and a summary set wider than the column over the dateline — on
pages made up here."""

from __future__ import annotations

from reader.core.page.glued import split_glued
from reader.core.page.layout import BLANK, BODY, DATELINE_CUT, HEAD, SHORT, Piece
from reader.core.page.lines import split_lines

BODY_LINES = "河东县的春天来得早，田野\n里到处是忙碌的身影，农民\n们趁着好天气抢种。\n"


def _glued(text: str, labels: list[int], column: float = 12.0) -> list[Piece]:
    """One piece per blank-separated stretch of *text*, labelled as given (the
    last one opening with a dateline cut where it opens with one), after the
    glued-headline cut on a column *column* characters wide."""
    pieces: list[Piece] = []
    for line in split_lines(text):
        if line.gap or not pieces:
            pieces.append(Piece([line], DATELINE_CUT if line.text.startswith("本报") else BLANK))
        else:
            pieces[-1] = Piece([*pieces[-1].lines, line], pieces[-1].cut)
    for piece, label in zip(pieces, labels, strict=True):
        piece.label = label
    split_glued(pieces, [column] * len(pieces))
    return pieces


def _texts(pieces: list[Piece]) -> list[tuple[int, str]]:
    return [(p.label, p.text) for p in pieces]


def test_a_dash_kickers_title_wrapped_in_two_over_its_body_is_cut_whole() -> None:
    # the first line leaves a bracket open: the title goes on to the second
    text = "河东县代表张三——\n\n为农民说实话办实事（新\n春走基层·代表履职）\n" + BODY_LINES
    assert _texts(_glued(text, [HEAD, BODY]))[:2] == [
        (HEAD, "河东县代表张三——"), (HEAD, "为农民说实话办实事（新春走基层·代表履职）")]
    # a quotation left open, closed on the second line
    text = "河东县代表张三——\n\n“科学只能实事求是，\n不能明哲保身”\n" + BODY_LINES
    assert _texts(_glued(text, [HEAD, BODY]))[1] == (HEAD, "“科学只能实事求是，不能明哲保身”")
    # and so where the layout cut the piece after the short first line
    lines = split_lines(text)
    pieces = [Piece(lines[:1], BLANK), Piece(lines[1:2], BLANK), Piece(lines[2:], SHORT)]
    for piece, label in zip(pieces, (HEAD, BODY, BODY), strict=True):
        piece.label = label
    split_glued(pieces, [12.0] * 3)
    assert _texts(pieces)[1:3] == [(HEAD, "“科学只能实事求是，"), (HEAD, "不能明哲保身”")]
    assert pieces[3].label == BODY
    # a line that closes nothing left open stays body
    text = "河东县代表张三——\n\n为农民说实话办实事\n春走基层·代表履职）\n" + BODY_LINES
    assert _texts(_glued(text, [HEAD, BODY]))[1] == (HEAD, "为农民说实话办实事")


def test_a_whole_line_under_a_dash_kicker_is_its_title_whatever_word_runs_across() -> None:
    # 信心 / 中国…: 心中 is a word, but the line under a kicker that leads on is
    # its title, and a whole one (nothing left open)
    text = "世界卫生组织表示——\n\n对河东控制疫情充满信心\n中国政府采取了非同寻\n常的措施来遏制疫情。\n"
    pieces = _glued(text, [HEAD, BODY])
    assert _texts(pieces)[:2] == [(HEAD, "世界卫生组织表示——"), (HEAD, "对河东控制疫情充满信心")]
    # without the dash the kicker may stand alone: the line stays body
    pieces = _glued(text.replace("——", ""), [HEAD, BODY])
    assert [p.label for p in pieces] == [HEAD, BODY]


def test_a_line_far_short_of_its_column_is_a_headline_clause_marks_and_all() -> None:
    # nine characters over a body twelve wide: no line of that body
    text = "河东县一企一策助复工\n\n十个要件，一天办好\n" + BODY_LINES
    pieces = _glued(text, [HEAD, BODY])
    assert _texts(pieces)[:2] == [(HEAD, "河东县一企一策助复工"), (HEAD, "十个要件，一天办好")]
    # two characters short, with a clause mark: a line of the body all the same
    # (a number carried over to the next line leaves as much)
    text = "河东县一企一策助复工\n\n十个要件，一天内办好\n" + BODY_LINES
    assert [p.label for p in _glued(text, [HEAD, BODY])] == [HEAD, BODY]


def test_a_closing_remark_ends_the_text_before_a_glued_headline() -> None:
    # (本报河东电) closes the article above as a sentence's end would
    text = "（据新华社河东电  记者张\n三）\n\n河东县春耕提速\n" + BODY_LINES
    pieces = _glued(text, [BODY, BODY])
    assert _texts(pieces)[:2] == [(BODY, "（据新华社河东电  记者张三）"), (HEAD, "河东县春耕提速")]
    # a line cut in mid-sentence above does not
    text = "河东县的农民们说，今年的\n春耕要\n\n河东县春耕提速\n" + BODY_LINES
    assert [p.label for p in _glued(text, [BODY, BODY])] == [BODY, BODY]


def test_a_summary_wider_than_the_column_over_the_dateline_is_a_headline() -> None:
    summary = "王某强调，河东县高度重视春耕工作，目前各项工作正在有序推进。我们一定会积极努力"
    text = f"王某会见河东县农民代表\n\n{summary}\n\n本报河东2月5日电（记者张\n三）河东县今年春耕提前了十天。\n"
    pieces = _glued(text, [HEAD, BODY, BODY])
    assert [p.label for p in pieces] == [HEAD, HEAD, BODY]
    # a line of the column's width there is body: a one-line paragraph
    text = "王某会见河东县农民代表\n\n王某强调，春耕要抓紧。\n\n本报河东2月5日电（记者张\n三）河东县今年春耕提前了十天。\n"
    assert [p.label for p in _glued(text, [HEAD, BODY, BODY])] == [HEAD, BODY, BODY]


def test_a_title_over_a_summary_is_a_headline_too_even_weighed_as_body() -> None:
    summary = "王某强调，河东县高度重视春耕工作，目前各项工作正在有序推进。我们一定会积极努力"
    text = (f"一个句子到此结束。\n\n王某会见河东县农民代表\n\n{summary}\n\n"
            "本报河东2月5日电（记者张\n三）河东县今年春耕提前了十天。\n")
    pieces = _glued(text, [BODY, BODY, BODY, BODY])
    assert [p.label for p in pieces] == [BODY, HEAD, HEAD, BODY]
    # a line ending a clause is no title: the text goes on under it
    text = text.replace("王某会见河东县农民代表", "王某会见河东县农民代表时说，")
    assert [p.label for p in _glued(text, [BODY, BODY, BODY, BODY])][:2] == [BODY, BODY]


def test_a_title_glued_under_the_text_before_over_its_subtitle_and_dateline() -> None:
    text = ("田野里到处是忙碌的身影，农\n民们趁着好天气抢种。\n王某看望河东县农民代表\n\n"
            "代表党中央向农民们致以新春祝福\n\n本报河东2月5日电（记者张\n三）王某5日看望了农民。\n")
    pieces = _glued(text, [BODY, HEAD, BODY])
    assert _texts(pieces)[:3] == [(BODY, "田野里到处是忙碌的身影，农民们趁着好天气抢种。"),
                                  (HEAD, "王某看望河东县农民代表"),
                                  (HEAD, "代表党中央向农民们致以新春祝福")]
    # with no dateline under the headline block, the line stays where it is
    text = text.replace("本报河东2月5日电（记者张\n三）", "")
    assert [p.label for p in _glued(text, [BODY, HEAD, BODY])] == [BODY, HEAD, BODY]
