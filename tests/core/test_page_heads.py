"""A headline block into kicker, title and subtitle (reader.core.page.heads),
and a dash kicker's title line (reader.core.page.glued): the rules an editor
would name, on headlines made up here."""

from __future__ import annotations

from reader.core.page.glued import split_glued
from reader.core.page.heads import field_signals, heading_roles, role_signals
from reader.core.page.layout import BLANK, BODY, DATELINE_CUT, HEAD, Piece
from reader.core.page.lines import split_lines


def test_after_a_kicker_of_saying_every_line_below_is_the_title() -> None:
    kicker, title, subtitle = heading_roles(["王某在河东县调研时强调", "守住安全底线", "推动产业稳步发展"])
    assert kicker == "王某在河东县调研时强调"
    assert title == "守住安全底线推动产业稳步发展"
    assert subtitle is None


def test_after_a_kicker_of_saying_a_line_of_who_took_part_is_the_subtitle() -> None:
    kicker, title, subtitle = heading_roles(
        ["王某在河东县调研时强调", "守住安全底线", "推动产业稳步发展", "李某张某出席"])
    assert (kicker, title, subtitle) == ("王某在河东县调研时强调", "守住安全底线推动产业稳步发展", "李某张某出席")


def test_without_a_kicker_of_saying_three_fields_stay_three() -> None:
    assert heading_roles(["河东县新貌", "守住安全底线", "推动产业稳步发展"]) == (
        "河东县新貌", "守住安全底线", "推动产业稳步发展")


def test_role_signals_name_an_outlook_a_leaders_part_and_an_issuing_kicker() -> None:
    assert role_signals("河东县推出新举措", "明年将新增岗位三千个")["b_outlook"] == 1.0
    assert "b_outlook" not in role_signals("河东县推出新举措", "新增岗位三千个")
    assert role_signals("河东县工作会议召开", "李某主持会议")["b_took_part"] == 1.0
    assert role_signals("河东县政府办公室印发", "关于做好春耕工作的通知")["a_says"] == 1.0


def test_role_signals_name_an_issuer_and_its_document_as_a_kicker() -> None:
    assert role_signals("河东县两部门印发通知", "做好春耕备耕工作")["a_publishes"] == 1.0
    assert role_signals("某某杂志发表王某重要文章", "在全县春耕工作会议上的讲话")["a_publishes"] == 1.0
    assert role_signals("河东县政府印发《春耕方案》", "做好春耕备耕工作")["a_publishes"] == 1.0
    # the document named by its subject is the news itself, and so is a line ending on 发布
    assert "a_publishes" not in role_signals("河东县出台春耕补贴方案的细则", "每亩补贴五十元")
    assert "a_publishes" not in role_signals("河东县春耕方案发布", "每亩补贴五十元")


def test_role_signals_see_a_short_line_of_figures_under_the_news() -> None:
    assert role_signals("河东县水库累计蓄水3000万立方米", "5万多人受益")["b_figure"] == 1.0
    assert role_signals("河东县去年粮食总产再创新高", "比上年增长8.5%")["b_figure"] == 1.0
    assert role_signals("河东县新建水库蓄水", "三千万立方米")["b_figure"] == 1.0
    # the longer line under a short kicker, a count without 万 亿 %, 千万 ("by all means")
    assert "b_figure" not in role_signals("河东县水库", "累计蓄水3000万立方米")
    assert "b_figure" not in role_signals("河东县春耕备耕有序推进", "新增岗位300个")
    assert "b_figure" not in role_signals("河东县春耕备耕有序推进", "千万别误农时")


def test_role_signals_see_who_chaired_at_the_end_of_a_long_line() -> None:
    long = "审议关于做好春耕工作的决定草案等李某主持"
    assert role_signals("河东县人大常委会举行会议", long)["b_presided_long"] == 1.0
    assert role_signals("河东县召开会议", "研究部署春耕备耕和防汛抗旱工作李某主持会议")[
        "b_presided_long"] == 1.0
    # a speech's name is a title; a short line of who took part has its own signal
    assert "b_presided_long" not in role_signals("某某杂志发表王某重要文章", "在全县春耕工作会议上的讲话")
    short = role_signals("河东县人大常委会举行会议", "李某主持")
    assert "b_presided_long" not in short and short["b_presided"] == 1.0


def test_the_new_role_signals_turn_the_learned_decision() -> None:
    # a line of figures and a line of who chaired are subtitles; the words of
    # an issuer and its document a kicker
    assert heading_roles(["河东县水库累计蓄水3000万立方米", "5万多人受益"]) == (
        None, "河东县水库累计蓄水3000万立方米", "5万多人受益")
    assert heading_roles(["河东县人大常委会举行会议", "审议关于做好春耕工作的决定草案等李某主持"]) == (
        None, "河东县人大常委会举行会议", "审议关于做好春耕工作的决定草案等李某主持")
    assert heading_roles(["某某杂志发表王某重要文章", "在全县春耕工作会议上的讲话"]) == (
        "某某杂志发表王某重要文章", "在全县春耕工作会议上的讲话", None)


def test_role_signals_see_word_play_in_quotes_but_not_a_quoted_phrase() -> None:
    signals = role_signals("首批技术人员启程", "两地心手相连共绘“丰”景图")
    assert signals["b_pun"] == 1.0 and "a_pun" not in signals
    assert "b_pun" not in role_signals("首批技术人员启程", "“共同绘就丰收景象”")
    assert role_signals("「智」造新城", "河东县推出新举措")["a_pun"] == 1.0


def test_the_bodys_opening_after_its_dateline_is_where_the_title_recurs() -> None:
    body = "本报河东2月3日电（记者王某）河东县推出新举措，支持春耕生产。" + "另起一段。" * 40
    signals = role_signals("河东县推出新举措", "明年将新增岗位三千个", body)
    assert signals["lead_diff"] > 0.5  # the first field's words open the body
    late = "另起一段。" * 40 + "河东县推出新举措"
    assert role_signals("河东县推出新举措", "明年将新增岗位三千个", late)["lead_diff"] == 0.0


def test_field_signals_see_a_line_going_on_below() -> None:
    assert field_signals("河东县代表建议与", "委员提案全部办结", 2, 0, None)["a_binds_on"] == 1.0
    assert field_signals("王某同外国客人", "就双边合作交换意见", 2, 0, None)["b_goes_on"] == 1.0
    assert field_signals("新增床位超4", "0张", 2, 0, None)["number_cut"] == 1.0
    assert field_signals("河东县累计派出", "医疗队员二十批——", 2, 0, None)["b_kicker_end"] == 1.0
    assert field_signals("王某强调", "守住安全底线", 2, 0, None)["a_says"] == 1.0


def test_field_signals_weigh_words_at_the_break() -> None:
    cut = field_signals("加快药", "物攻关", 2, 0, None, "本报讯 加快药物攻关")
    assert cut["known_across"] == cut["known_word_across"] == 1.0
    assert "clean_break" not in cut
    # 分区 / 分级: words end and start at the break; the 区分 across it is chance
    clean = field_signals("精准施策分区", "分级防控", 2, 0, None)
    assert clean["clean_break"] == 1.0
    assert "known_across" not in clean


def _pieces(text: str, labels: list[int]) -> list[Piece]:
    """One piece per blank-separated stretch of *text*, labelled as given."""
    out: list[Piece] = []
    for line in split_lines(text):
        if line.gap or not out:
            out.append(Piece([line], BLANK))
        else:
            out[-1] = Piece([*out[-1].lines, line], BLANK)
    for piece, label in zip(out, labels, strict=True):
        piece.label = label
    return out


def _glued(text: str, labels: list[int], column: float = 8.0) -> list[Piece]:
    """The pieces of *text* (see :func:`_pieces`) after the glued-headline cut,
    on a column *column* characters wide."""
    pieces = _pieces(text, labels)
    split_glued(pieces, [column] * len(pieces))
    return pieces


def test_a_line_alone_under_a_dash_kicker_is_its_title() -> None:
    text = "河东县代表——\n\n把种子播撒到孩子心中\n\n河东县的春天来得早，田野里到处是忙碌的身影，\n农民们趁着好天气抢种。\n"
    pieces = _glued(text, [HEAD, BODY, BODY], 16.0)
    assert [p.label for p in pieces] == [HEAD, HEAD, BODY]


def test_a_line_alone_under_a_kicker_without_a_dash_is_left_to_the_weighing() -> None:
    text = "河东县代表\n\n把种子播撒到孩子心中\n\n河东县的春天来得早，田野里到处是忙碌的身影，\n农民们趁着好天气抢种。\n"
    pieces = _glued(text, [HEAD, BODY, BODY], 16.0)
    assert [p.label for p in pieces] == [HEAD, BODY, BODY]


def test_a_date_in_brackets_under_a_title_is_its_subtitle_not_a_column_tag() -> None:
    assert heading_roles(["关于做好春耕工作的意见", "（2019年1月31日）"]) == (
        None, "关于做好春耕工作的意见", "（2019年1月31日）")
    assert heading_roles(["在河东县工作会议上的讲话", "（二〇一九年二月三日）"])[1] == "在河东县工作会议上的讲话"
    # a column's name in brackets still marks the title
    assert heading_roles(["河东县春耕有序推进", "田野里的故事（新时代·面孔）"]) == (
        "河东县春耕有序推进", "田野里的故事（新时代·面孔）", None)


def test_a_line_as_wide_as_the_column_over_a_report_opening_is_a_headline() -> None:
    # no blank line under the headline, which is one character short of the
    # column: only the report's opening words (连日来，) under it tell
    text = "一个句子到此结束。\n\n春风行动助就业\n连日来，湖南省嘉\n禾县积极做好企业\n对接服务工作。\n"
    pieces = _glued(text, [BODY, BODY])
    assert [p.label for p in pieces] == [BODY, HEAD, BODY]
    assert pieces[1].text == "春风行动助就业"


def test_a_body_line_over_a_date_that_runs_on_is_not_cut() -> None:
    # the same widths, but a body line running on into the date (截至 / 2月24日，)
    text = "一个句子到此结束。\n\n会议通报显示截至\n2月24日，全省累\n计治愈出院千人。\n"
    pieces = _glued(text, [BODY, BODY])
    assert [p.label for p in pieces] == [BODY, BODY]


def test_a_line_as_wide_as_the_column_over_a_bullet_is_a_headline() -> None:
    # the headline is one character over the column, glued to a feature's
    # first point: a wrapped line never goes on at a bullet
    text = "一个句子到此结束。\n\n河东县春耕正当其时\n■河东县今年春耕\n提前了整整十天，\n农民们很高兴。\n"
    pieces = _glued(text, [BODY, BODY])
    assert [p.label for p in pieces] == [BODY, HEAD, BODY]
    assert pieces[1].text == "河东县春耕正当其时"


def test_the_same_line_over_a_plain_line_stays_body() -> None:
    text = "一个句子到此结束。\n\n河东县春耕正当其时\n河东县今年春耕提\n前了整整十天，农\n民们很高兴。\n"
    pieces = _glued(text, [BODY, BODY])
    assert [p.label for p in pieces] == [BODY, BODY]


def test_the_line_glued_under_a_dash_kicker_is_its_title_clause_marks_and_all() -> None:
    text = ("河东县派出医疗队员二十批——\n\n“有你们来，才有今天！”\n"
            "2月21日下午，河东县第二\n十批医疗队出征，队员们\n来自六家医院。\n")
    pieces = _glued(text, [HEAD, BODY], 12.0)
    assert [p.label for p in pieces] == [HEAD, HEAD, BODY]
    assert pieces[1].text == "“有你们来，才有今天！”"
    # a sentence's end, or a line cut at a clause mark, is body all the same
    for first in ("有你们来。才有今天！", "有你们来，才有今天，"):
        text = f"河东县派出医疗队员二十批——\n\n{first}\n河东县第二十批医疗\n队出征，队员们来自\n六家医院。\n"
        pieces = _glued(text, [HEAD, BODY], 12.0)
        assert [p.label for p in pieces] == [HEAD, BODY]


def _over_dateline(tail: str) -> list[Piece]:
    """A body that ends a sentence, *tail* right under it, and a dateline right
    under that, no blank line anywhere; split_glued run over it."""
    lines = split_lines("田野里到处是忙碌的身影，农民们\n趁着好天气抢种。\n" + tail
                        + "本报河东2月5日电 （记者张三）\n河东县今年的春耕提前了十天。\n")
    n = len(lines) - 2
    pieces = [Piece(lines[:n], BLANK), Piece(lines[n:], DATELINE_CUT)]
    split_glued(pieces, [15.0] * len(pieces))
    return pieces


def test_lines_glued_between_a_finished_sentence_and_a_dateline_are_its_headline() -> None:
    pieces = _over_dateline("河东县科研团队研究发现——\n春耕提前让小麦“早熟”\n")
    assert [p.label for p in pieces] == [BODY, HEAD, BODY]
    assert pieces[0].text == "田野里到处是忙碌的身影，农民们趁着好天气抢种。"
    assert pieces[1].text == "河东县科研团队研究发现——春耕提前让小麦“早熟”"


def test_a_sentence_run_on_or_a_closing_remark_over_a_dateline_stays_body() -> None:
    for tail in ("他们说，今年一定是\n", "（据新华社电）\n", "河东县科研团队研究发现。\n"):
        pieces = _over_dateline(tail)
        assert [p.label for p in pieces] == [BODY, BODY], tail


def test_a_field_opening_with_the_country_is_the_title_over_its_subtitle() -> None:
    # no dash, no tag: 我国… names the news with its subject first, as a title does
    # (before the signal the weighing made it a kicker, at +0.5)
    body = "本报北京3月2日电 记者从国家能源局获悉，我国今年新建十座水电站，每年发电量可供三千万户家庭用电。"
    assert heading_roles(["我国新建十座水电站", "每年可供三千万户家庭用电"], body) == (
        None, "我国新建十座水电站", "每年可供三千万户家庭用电")
    assert role_signals("我国新建十座水电站", "每年可供三千万户家庭用电")["a_nation"] == 1.0
    assert "b_nation" in role_signals("河东县新貌", "全国春耕有序推进")


def test_a_local_paper_opens_its_title_with_its_own_place_the_same_way() -> None:
    # 我市 / 全县 in a city's or county's paper, as 我国 / 全国 in a national one
    body = "本报讯（记者 林晓）记者从市能源局获悉，我市今年新建十座水电站，每年发电量可供三千万户家庭用电。"
    assert heading_roles(["我市新建十座水电站", "每年可供三千万户家庭用电"], body) == (
        None, "我市新建十座水电站", "每年可供三千万户家庭用电")
    assert role_signals("全县春耕有序推进", "河东新貌")["a_nation"] == 1.0
    assert "a_nation" not in role_signals("市民我心中的城市", "河东新貌")
