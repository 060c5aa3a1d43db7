"""Photo credits that name only an agency (人民视觉, 视觉中国): no 摄 tells
them, yet they close a caption as any credit does."""

from __future__ import annotations

import pytest

from reader.core.page.articles import parse_articles
from reader.core.page.marks import is_agency, is_credit
from tests.core.pagegen import body, page, wrap

P1 = "本报讯（记者 林晓）近日，滨江新区举行重点项目集中开工仪式，共有十八个项目开工，总投资超过一百二十亿元，涵盖先进制造、现代物流和城市更新等领域。"
P2 = "据介绍，这批项目建成后预计每年可新增产值四十亿元，带动就业三千余人。新区将持续优化营商环境，为项目建设做好要素保障。"
CAPTION = "云南罗平县，百万亩油菜花成片绽放，田野和山村到处金灿灿一片。图为村民在田中劳作。"


@pytest.mark.parametrize("credit", ["人民视觉", "視覺中國", "影像中国", "CFP", "资料图片"])
def test_an_agency_alone_is_a_credit(credit: str) -> None:
    assert is_agency(credit)
    assert is_credit(credit)


@pytest.mark.parametrize("text", ["人民", "中国视觉艺术", "人民视觉报道了", "新华社"])
def test_other_short_lines_are_not(text: str) -> None:
    assert not is_agency(text)


def test_headless_photo_after_an_article_printed_headline_first() -> None:
    # kicker-less headline first, its body, then a photo caption with only the
    # agency under it: the caption is a photo item of its own, not the article's end
    text = page(["滨江新区重点项目集中开工"], body([P1, P2], 17), body([CAPTION], 12), ["人民视觉"])
    news, photo = parse_articles(text)
    assert news.title == "滨江新区重点项目集中开工"
    assert news.paragraphs[-1] == P2
    assert photo.kind == "photo"
    assert photo.byline == "人民视觉"
    assert photo.paragraphs == (CAPTION,)


def test_credit_wrapped_right_under_its_caption() -> None:
    # indented paragraphs, no blank lines: the credit's agency runs on to a stub
    # line (国）), and the credit's first line is as wide as the caption's
    caption = "云南罗平县，百万亩油菜花成片绽放，田野和山村到处金灿灿。图为村民在田中劳作。"

    def indented(paragraph: str, width: int) -> list[str]:
        return wrap("\u3000\u3000" + paragraph, width)

    text = "\n".join([
        "滨江新区重点项目集中开工", *indented(P1, 17), *indented(P2, 17),
        *indented(caption, 8), "耿玉和摄（影像中", "国）",
    ])
    news, photo = parse_articles(text)
    assert news.paragraphs[-1] == P2
    assert photo.kind == "photo"
    assert photo.byline == "耿玉和摄（影像中国）"
    assert photo.paragraphs == (caption,)


def test_caption_paragraph_pointing_back_takes_the_one_before() -> None:
    # 2月12日，… then 当日，…: the second caption paragraph points back to the
    # first, a short one set a little wider; both are the photo's
    c1 = "2月12日，选手在比赛中。"
    c2 = "当日，第二届全国青年运动会高山滑雪比赛在岱海国际滑雪场举行，共有十六支代表队参赛。"
    text = page(["滨江新区重点项目集中开工"], body([P1, P2], 17), body([c1], 14), body([c2], 10),
                ["王正摄（人民视觉）"])
    news, photo = parse_articles(text)
    assert news.paragraphs[-1] == P2
    assert photo.paragraphs == (c1, c2)
    assert photo.byline == "王正摄（人民视觉）"


# Pages that print each paragraph on one line show no column width, so a
# caption cannot be told by the narrower column it is set in.
Q1 = "本报讯（记者 史自强）记者从省教育厅获悉：全省各级教育行政部门和中小学校将统筹网上教学资源，为学生居家学习提供服务。"
Q2 = "据介绍，省电教馆将牵头建立在线教育教学服务平台，为全省中小学生提供课程资源和答疑辅导，并组织名师录制专题课程。"
R1 = "本报讯（记者 颜珂）近日，市教育局发布指导意见，提出为中小学和中职学校开设网上课堂，课程安排由各校根据实际确定。"
R2 = "指导意见要求，各校要合理安排学生在线学习时间，科学设置课程内容，防止学生长时间使用电子产品，保护学生视力。"
PHOTO = "2月1日，红河州弥勒市竹园镇群众正在种植莲藕。竹园镇已有上百年的莲藕种植历史，今年种植面积扩大到八千亩。"
PHOTO_MORE = "当日，当地农技人员来到田间地头，指导群众科学种植，确保莲藕按时下种、丰产增收。"
PHOTO_NEXT = "竹园镇的农技人员来到田间地头，指导群众科学种植，确保莲藕按时下种、丰产增收。"


def one_paragraph_a_line(*items: str) -> str:
    return "\n\n".join(items) + "\n"


def test_caption_after_a_dated_article_on_a_page_of_whole_paragraphs() -> None:
    text = one_paragraph_a_line("搭建网上学习平台", Q1, Q2, PHOTO, "普佳勇摄（影像中国）",
                                "开设网上课堂", R1, R2)
    news, photo, other = parse_articles(text)
    assert news.title == "搭建网上学习平台"
    assert news.paragraphs[-1] == Q2
    assert photo.kind == "photo"
    assert photo.paragraphs == (PHOTO,)
    assert photo.byline == "普佳勇摄（影像中国）"
    assert other.title == "开设网上课堂"


def test_caption_of_two_paragraphs_opens_at_its_date() -> None:
    # 2月1日，… then a paragraph that does not point back: both the photo's;
    # the article's own paragraphs before them run on from its dateline
    text = "\n".join(["搭建网上学习平台", Q1, Q2, PHOTO, PHOTO_NEXT, "普佳勇摄",
                      "开设网上课堂", R1, R2]) + "\n"
    news, photo, other = parse_articles(text)
    assert news.paragraphs[-1] == Q2
    assert photo.paragraphs == (PHOTO, PHOTO_NEXT)
    assert other.paragraphs[-1] == R2


def test_undated_paragraphs_under_a_headline_are_all_caption() -> None:
    # a photo item printed headline first: its headline and every paragraph
    # above the credit are the photo's
    text = one_paragraph_a_line("搭建网上学习平台", Q1, Q2, "莲藕种植正当时", PHOTO, PHOTO_MORE,
                                "普佳勇摄", "开设网上课堂", R1, R2)
    news, photo, other = parse_articles(text)
    assert news.paragraphs[-1] == Q2
    assert photo.title == "莲藕种植正当时"
    assert photo.paragraphs == (PHOTO, PHOTO_MORE)
    assert other.title == "开设网上课堂"


def test_a_photo_report_heading_opens_its_own_item() -> None:
    # 图片报道 on a line of its own, printed first: the heading of the photo
    # item under it, not a line of the article above
    text = "\n".join(["搭建网上学习平台", Q1, Q2, "图片报道", PHOTO, PHOTO_NEXT,
                      "开设网上课堂", R1, R2]) + "\n"
    news, photo, other = parse_articles(text)
    assert news.paragraphs[-1] == Q2
    assert photo.title == "图片报道"
    assert photo.paragraphs == (PHOTO, PHOTO_NEXT)
    assert other.title == "开设网上课堂"


# A picture feature: numbered captions, each with its photo's credit under it.
FEATURE = "新春佳节，万家团圆，也有许多人坚守在岗位上。他们用辛勤的劳动，守护着千家万户的平安与幸福。"
SERIES = [
    ("图①：贵州丹寨县，快递员走在寄件路上。", "黄晓海摄"),
    ("图②：江苏丰县，民警在指挥交通。", "高荣光摄"),
    ("图③：北京站，客运员引导旅客快速进站乘车。", "本报记者 贺勇摄"),
]


@pytest.mark.parametrize("first", [True, False], ids=["headline_first", "headline_after"])
def test_credits_between_numbered_captions_stay_in_their_feature(first: bool) -> None:
    # a credit closes a photo item, but one between numbered captions (图① … 摄
    # / 图② …) is a line of the picture feature, which goes on below it
    parts: list[list[str]] = [body([FEATURE], 17)]
    for caption, credit in SERIES:
        parts += [body([caption], 15), [credit]]
    feature_head, news_head = ["他和她，守护你我幸福年"], ["滨江新区重点项目集中开工"]
    if first:
        text = page(feature_head, *parts, news_head, body([P1, P2], 17))
    else:
        text = page(*parts, feature_head, body([P1, P2], 17), news_head)
    feature, news = parse_articles(text)
    assert feature.title == "他和她，守护你我幸福年"
    assert [p.replace(" ", "") for p in feature.paragraphs] == [
        FEATURE, *(line.replace(" ", "") for pair in SERIES for line in pair)]
    assert news.title == "滨江新区重点项目集中开工"
    assert news.paragraphs[-1] == P2


@pytest.mark.parametrize("first", [True, False], ids=["headline_first", "headline_after"])
def test_photo_shows_takes_the_paragraph_it_describes(first: bool) -> None:
    # a headless photo item: its text set in the article's own column, then
    # 图为… (narrower, under the photo) saying what the photo shows of it, then
    # the credit; 图为 takes the paragraph above however long it is
    about = ("连日来，滨江新区采取主动上门、现场办公、驻点服务等方式，帮助企业解决原材料供应、"
             "物流运输和用工等方面的困难，推动企业有序复工复产，目前规模以上企业复工率已超过九成。")
    shows = "图为2月25日，在滨江新区某机电公司生产线上，一名员工正在加紧生产。"
    head = ["滨江新区重点项目集中开工"]
    if first:
        text = page(head, body([P1, P2], 17), body([about], 17), body([shows], 12),
                    ["秦廷富摄（影像中国）"])
    else:
        text = page(body([P1, P2], 17), head, body([about], 17), body([shows], 12),
                    ["秦廷富摄（影像中国）"])
    news, photo = parse_articles(text)
    assert news.title == "滨江新区重点项目集中开工"
    assert news.paragraphs[-1] == P2
    assert photo.kind == "photo"
    assert photo.paragraphs == (about, shows)
    assert photo.byline == "秦廷富摄（影像中国）"
