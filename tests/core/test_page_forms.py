"""The forms a page comes in, each on a page composed for it: headlines after
or before their bodies, paragraphs by blank lines or by indentation, lists,
digests, photo items, cut articles, dropped indents, full-width digits."""

from __future__ import annotations

from reader.core.model import Article
from reader.core.page.articles import parse_articles
from tests.core.pagegen import NO_LINE_START, body, page, printed, wrap

#: An article written for these tests: (kicker, title, subtitle, lead, paragraphs).
Art = tuple[str | None, str, str | None, str | None, list[str]]

A: Art = (
    None, "滨江新区十八个重点项目集中开工", None, "本报讯（记者 林晓）",
    ["近日，滨江新区举行重点项目集中开工仪式，共有十八个项目开工，总投资超过一百二十亿元，"
     "涵盖先进制造、现代物流和城市更新等领域。",
     "据介绍，这批项目建成后预计每年可新增产值四十亿元，带动就业三千余人。新区将持续优化营商"
     "环境，为项目建设做好要素保障，确保项目早开工、早投产、早见效。",
     "当天，参加仪式的企业代表表示，将加快施工进度，确保项目早日建成投产，为地方经济发展贡献力量。"],
)
B: Art = (
    "河西街道把老旧小区改造作为民生实事——", "老旧小区改造让居民住得更舒心", None,
    "本报讯（通讯员 周航 记者 陈静）",
    ["今年以来，河西街道坚持把老旧小区改造作为民生实事来抓，先后完成管网更新、外墙修缮和道路"
     "整治等工程，居民居住环境明显改善。",
     "街道还建立了居民议事会制度，改造方案先征求意见再动工，施工过程接受居民监督，群众满意度"
     "不断提高。改造后的小区增设了充电桩和休闲广场，老人孩子都有了好去处。"],
)
C: Art = (
    None, "老菜场焕发新活力", "——城西农贸市场提档升级见闻", None,
    ["清晨六点，菜市场里已经人来人往。摊主们忙着摆放新鲜蔬菜，讨价还价声此起彼伏，一派繁忙景象。",
     "市场负责人告诉记者，今年以来市场完成了提档升级，地面、排水和照明全部更新，还开通了线上"
     "下单服务，附近居民足不出户就能买到新鲜的蔬菜和肉类。",
     "“以前一下雨，地上全是泥水，现在干干净净的，买菜也舒心了。”家住附近的王阿姨笑着说。"],
)
D: Art = (
    None, "春季农业生产全面展开", None, "新华社北京２月１５日电",
    ["记者从农业农村部获悉，当前各地春季农业生产由南向北陆续展开，春耕备耕物资供应总体充足，"
     "种子、化肥和农药价格保持稳定。",
     "农业农村部有关负责人表示，将组织专家深入生产一线开展技术指导，帮助农民解决生产中的实际"
     "困难，确保全年粮食播种面积稳定在合理水平。"],
)
ARTICLES = (A, B, C, D)


def parse(text: str) -> list[Article]:
    return list(parse_articles(text))


def heads(art: Art) -> list[list[str]]:
    kicker, title, subtitle, _lead, _paras = art
    return [[h] for h in (kicker, title, subtitle) if h]


def first_para(art: Art) -> str:
    return (art[3] or "") + art[4][0]


def paras(art: Art) -> list[str]:
    return [first_para(art), *art[4][1:]]


def check(articles: list[Article], expected: tuple[Art, ...] = ARTICLES) -> None:
    assert len(articles) == len(expected)
    for got, (kicker, title, subtitle, lead, want) in zip(articles, expected, strict=True):
        assert (got.kicker, got.title, got.subtitle) == (kicker, title, subtitle)
        assert not got.title_inferred
        assert [printed(p) for p in got.paragraphs] == [printed(p) for p in want]
        assert printed(got.lead or "") == printed(lead or "")


def test_headlines_after_their_bodies() -> None:
    blocks = []
    for k, art in enumerate(ARTICLES):
        blocks.append(body(paras(art), 15 + k, breaks=[4]))
        blocks += heads(art)
    check(parse(page(*blocks)))


def test_headlines_before_their_bodies() -> None:
    blocks = []
    for k, art in enumerate(ARTICLES):
        blocks += heads(art)
        blocks.append(body(paras(art), 18 - k, breaks=[5]))
    check(parse(page(*blocks)))


def test_headlines_before_their_bodies_with_no_blank_line_under_them() -> None:
    lines: list[str] = []
    for k, art in enumerate(ARTICLES):
        lines += ["", *[h[0] for h in heads(art)]]
        lines += body(paras(art), 18 - k)
    check(parse("\n".join(lines) + "\n"))


def indented(paragraphs: list[str], width: int, breaks: tuple[int, ...] = ()) -> list[str]:
    """Paragraphs marked by a two-character indent, no blank line between them;
    a blank line after the body lines numbered in *breaks* (column breaks)."""
    out: list[str] = []
    n = 0
    for para in paragraphs:
        first = wrap(para, width - 2)[0]
        rest = wrap(para[len(first):], width) if len(first) < len(para) else []
        for k, line in enumerate([first, *rest]):
            out.append(("\u3000\u3000" if k == 0 else "") + line)
            n += 1
            if n in breaks:
                out.append("")
    return out


def test_indented_paragraphs_with_column_breaks_in_mid_sentence() -> None:
    lines: list[str] = []
    for k, art in enumerate(ARTICLES):
        lines += indented(paras(art), 16 + k, breaks=(3, 7))
        lines += [h[0] for h in heads(art)]
    check(parse("\n".join(lines) + "\n"))


def test_indented_paragraphs_with_headlines_first() -> None:
    lines: list[str] = []
    for k, art in enumerate(ARTICLES):
        lines += [h[0] for h in heads(art)]
        lines += indented(paras(art), 19 - k, breaks=(4,))
    check(parse("\n".join(lines) + "\n"))


def test_first_lines_two_short_where_extraction_dropped_the_indent() -> None:
    blocks = []
    for k, art in enumerate(ARTICLES):
        lines = [line.lstrip("\u3000") if line else "" for line in indented(paras(art), 17 + k)]
        para_lines: list[str] = []
        for line, raw in zip(lines, indented(paras(art), 17 + k), strict=True):
            if raw.startswith("\u3000") and para_lines:
                para_lines.append("")  # paragraphs still set apart by blank lines
            para_lines.append(line)
        blocks.append(para_lines)
        blocks += heads(art)
    check(parse(page(*blocks)))


def test_a_list_of_short_lines_is_body_not_a_heading() -> None:
    people = "林晓陈静周航王明李华张强赵敏钱多孙悦吴迪郑重冯涛陈晨褚楚卫东蒋欣沈洁韩梅杨帆" \
        "朱珠秦岭尤佳许诺何平吕方施展张弛孔亮曹操严谨华夏金鑫魏巍陶然姜山"
    names = [f"第{k + 1}名 {people[2 * k : 2 * k + 2]}" for k in range(35)]
    assert len(names) == 35
    intro = "区运动会日前闭幕，经过三天的角逐，各项比赛名次全部产生。现将男子五千米长跑成绩公布如下："
    text = page(
        body(["本报讯（记者 林晓）" + intro], 16),
        body(names, 16),
        body(["以上选手将代表本区参加下月举行的全市运动会。"], 16),
        ["区运动会圆满闭幕"],
        *[b for art in (B, D) for b in (body(paras(art), 16), *heads(art))],
    )
    first, *rest = parse(text)
    assert first.title == "区运动会圆满闭幕" and first.subtitle is None and first.kicker is None
    assert list(first.paragraphs) == [intro, *names, "以上选手将代表本区参加下月举行的全市运动会。"]
    assert [a.title for a in rest] == [B[1], D[1]]


def test_a_digest_of_datelined_items() -> None:
    items = [
        "本报讯（记者 林晓）市图书馆新馆日前开放，新增阅览座位八百个，全天免费向市民开放。",
        "本报讯（记者 陈静）城东污水处理厂二期工程投入运行，日处理能力提高到十万吨。",
        "本报讯（通讯员 周航）全市首批智慧社区建成，居民刷脸即可进出小区、预约服务。",
    ]
    text = page(*[body([item], 16) for item in items], body(paras(D), 16), *heads(D))
    *digest, last = parse(text)
    assert [a.dateline for a in digest] == ["本报讯"] * 3
    assert [a.byline for a in digest] == ["记者 林晓", "记者 陈静", "通讯员 周航"]
    assert all(a.title_inferred and len(a.paragraphs) == 1 for a in digest)
    assert last.title == D[1] and last.dateline == "新华社北京２月１５日电"


def test_full_width_digits_in_a_dateline() -> None:
    (article,) = parse(page(body(paras(D), 16), *heads(D)))
    assert article.dateline == "新华社北京２月１５日电"
    assert printed(article.paragraphs[0]) == printed(D[4][0])


def test_photo_item_with_its_credit_between_articles() -> None:
    caption = "游客在城西湿地公园观赏盛开的樱花。近年来，公园不断完善配套设施，吸引众多市民前来休闲。"
    text = page(
        body(paras(A), 16), *heads(A),
        body([caption], 10), ["本报记者 周 航", "摄"],
        body(paras(B), 16), *heads(B),
    )
    first, photo, last = parse(text)
    assert (first.title, last.title) == (A[1], B[1])
    assert photo.kind == "photo" and photo.byline == "本报记者 周 航摄"
    assert photo.paragraphs == (caption,) and photo.title_inferred


def test_last_article_cut_at_the_page_edge() -> None:
    cut = body(paras(B), 17)[:4]
    assert cut[-1][-1] not in NO_LINE_START and not cut[-1].endswith("。")
    text = page(body(paras(A), 16), *heads(A), body(paras(D), 18), *heads(D), cut)
    *_, last = parse(text)
    assert last.continued and last.title_inferred
    assert printed("".join(last.paragraphs)) == printed("".join(cut)[len(B[3] or ""):])


def test_stray_spaces_and_spaces_around_digits() -> None:
    spaced = [p.replace("十八个", " 18 个").replace("三千余人", "3000 余人") for p in paras(A)]
    lines = body(spaced, 16)
    lines[2] = " " + lines[2]
    (article,) = parse(page(lines, *heads(A)))
    assert article.paragraphs[0].count(" ") == 0
    assert "18个" in article.paragraphs[0] and "3000余人" in article.paragraphs[1]
    assert article.title == A[1]


def test_a_long_text_is_read_a_stretch_at_a_time_with_nothing_lost() -> None:
    one = page(*[b for art in ARTICLES for b in (body(paras(art), 16), *heads(art))])
    text = "\n".join([one] * 12)
    parts = parse_articles(text, stretch=len(one))
    fields = []
    for a in parts:
        fields += [a.kicker or "", "" if a.title_inferred else a.title, a.subtitle or ""]
        fields += [a.lead or "", *a.paragraphs]
    assert sorted(printed("".join(fields))) == sorted(printed(text))
    bodies = printed("".join(p for a in parts for p in a.paragraphs))
    it = iter(printed(text))
    assert all(ch in it for ch in bodies)  # in page order
    assert [a.index for a in parts] == list(range(len(parts)))
    assert len(parts) >= 3 * 12


def test_a_long_text_with_page_breaks_is_cut_at_them() -> None:
    first = page(*[b for art in (A, B) for b in (*heads(art), body(paras(art), 16))])
    second = page(*[b for art in (C, D) for b in (body(paras(art), 17), *heads(art))])
    articles = parse_articles(first + "\f" + second, stretch=len(first) // 2)
    assert [a.title for a in articles] == [A[1], B[1], C[1], D[1]]


#: Briefs whose headlines share no word with their bodies, as real briefs often do:
#: the head is told by where and how it is printed (a short line on its own,
#: a dateline-led body under or before it), not by words recurring.
BRIEFS: tuple[Art, ...] = (
    (None, "春风吹暖万家灯火", None, "本报讯（记者 林晓）",
     ["近日，滨江新区举行重点项目集中开工仪式，共有十八个项目开工，总投资超过一百二十亿元，"
      "涵盖先进制造、现代物流和城市更新等领域。"]),
    (None, "一条小路通向远方", None, "本报讯（记者 陈静）",
     ["今年以来，河西街道完成管网更新、外墙修缮和道路整治等工程，居民居住环境明显改善，"
      "群众满意度不断提高。"]),
    (None, "好日子越过越红火", None, "新华社北京２月１５日电",
     ["记者从农业农村部获悉，当前各地春季农业生产由南向北陆续展开，春耕备耕物资供应总体充足，"
      "种子、化肥和农药价格保持稳定。"]),
)


def test_brief_headlines_that_share_no_word_with_their_bodies_printed_first() -> None:
    blocks = []
    for k, art in enumerate(BRIEFS):
        blocks += heads(art)
        blocks.append(body(paras(art), 17 - k))
    check(parse(page(*blocks)), BRIEFS)


def test_brief_headlines_that_share_no_word_with_their_bodies_printed_after() -> None:
    blocks = []
    for k, art in enumerate(BRIEFS):
        blocks.append(body(paras(art), 15 + k))
        blocks += heads(art)
    check(parse(page(*blocks)), BRIEFS)


def one_line_each(paragraphs: list[str], blank: bool, indent: str = "") -> list[str]:
    """Each paragraph on one line of its own, as extractors that reflow print
    them; a blank line between paragraphs if *blank*."""
    out: list[str] = []
    for para in paragraphs:
        out += [indent + para] + ([""] if blank else [])
    return out


def unwrapped_page(first: bool, blank: bool, indent: str = "") -> str:
    lines: list[str] = []
    for art in ARTICLES:
        head = [h[0] for h in heads(art)]
        body_lines = one_line_each(paras(art), blank, indent)
        lines += [*head, *body_lines] if first else [*body_lines, *head, *([""] if blank else [])]
    return "\n".join(lines) + "\n"


def test_one_paragraph_per_line_with_blank_lines_between() -> None:
    check(parse(unwrapped_page(first=True, blank=True)))
    check(parse(unwrapped_page(first=False, blank=True)))


def test_one_paragraph_per_line_and_no_blank_line_at_all() -> None:
    # (a line ending in 。 after another is a paragraph of its own, not a wrapped line)
    check(parse(unwrapped_page(first=False, blank=False)))
    check(parse(unwrapped_page(first=False, blank=False, indent="\u3000\u3000")))
    check(parse(unwrapped_page(first=True, blank=False, indent="\u3000\u3000")))


def test_a_wrapped_page_is_not_taken_for_one_paragraph_per_line() -> None:
    from reader.core.page.geometry import whole_paragraphs
    from reader.core.page.lines import split_lines

    wrapped = page(*[body(paras(art), 16) for art in ARTICLES])
    assert not whole_paragraphs(split_lines(wrapped))
    # some articles wrapped, some one paragraph a line: read as wrapped, and
    # the wrapped articles come out whole
    mixed = page(*[body(paras(art), 16) if k % 2 else one_line_each(paras(art), True)
                   for k, art in enumerate(ARTICLES)])
    assert not whole_paragraphs(split_lines(mixed))
    kept = {printed(p) for a in parse(mixed) for p in a.paragraphs}
    assert {printed(p) for p in B[4][1:] + D[4][1:]} <= kept
    assert whole_paragraphs(split_lines(unwrapped_page(first=True, blank=False)))
    # a list of names, one a line, ends no sentence: its long paragraphs tell
    names = [f"{place}第{k}中心学校科技辅导站" for k, place in enumerate("东南西北中上下左右前后")]
    listed = [*A[4], *B[4], "名单如下：", *names]
    assert whole_paragraphs(split_lines("\n".join(listed)))
    got = parse("\n".join([A[1], *listed]))
    # (which end of the page the headline belongs to is another question:
    # here no line is joined to another)
    lines = {printed(x) for x in [A[1], *listed]}
    assert all(printed(p) in lines for a in got for p in a.paragraphs)
    assert sum(len(a.paragraphs) for a in got) >= len(listed)
